"""A LibreTranslate server (https://docs.libretranslate.com): `POST /translate` with the texts
in `q`, the key (if the server wants one) in `api_key`."""

from .http import post

# Codes LibreTranslate uses where they differ from ours.
CODES = {"kmr": "ku"}


def translate(service, texts: list[str], source: str, target: str):
    """The translated texts in order, or what the answer holds instead (checked by the
    caller)."""
    payload = {
        "q": texts,
        "source": CODES.get(source, source),
        "target": CODES.get(target, target),
        "format": "text",
    }
    if service.key:
        payload["api_key"] = service.key
    translated = post(service, "/translate", payload, {}).get("translatedText")
    return [translated] if isinstance(translated, str) else translated
