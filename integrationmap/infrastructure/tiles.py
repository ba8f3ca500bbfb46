"""The map tile server as a Content Security Policy source."""

from urllib.parse import urlsplit


def tile_origin(template: str) -> str:
    """The origin a tile URL template loads from, as a CSP source: Leaflet's `{s}`
    subdomains become a wildcard (`https://{s}.tile.example` -> `https://*.tile.example`)."""
    url = urlsplit(template)
    host = url.netloc.replace("{s}", "*")
    if not url.scheme or not host or "{" in host:
        raise ValueError(f"MAP_TILES_URL needs a scheme and a host: {template!r}")
    return f"{url.scheme}://{host}"
