"""Route links: each provider turns a destination (and perhaps an origin) into the URL of a
route planner for one travel mode. No API keys, nothing fetched: the visitor's browser opens
the link. Which providers are shown, per mode and in which order, is the ROUTING_PROVIDERS
setting (checked at start-up, see routing.checks).

Every builder names the source of its URL format in a comment.
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.conf import settings
from django.utils.translation import gettext_lazy as _

TRANSIT, BICYCLE, CAR, FOOT, APP = "transit", "bicycle", "car", "foot", "app"
MODES = (TRANSIT, BICYCLE, CAR, FOOT, APP)
MODE_LABELS = {
    TRANSIT: _("By bus and train"),
    BICYCLE: _("By bicycle"),
    CAR: _("By car"),
    FOOT: _("On foot"),
    APP: _("Open in my map app"),
}
MODE_ICONS = {
    TRANSIT: "bus-front",
    BICYCLE: "bike",
    CAR: "car",
    FOOT: "footprints",
    APP: "map-pin",
}

# Stand-ins the browser replaces with its position ("from my location", routes.js): the
# position never reaches the server.
LATITUDE_PLACEHOLDER = "__LAT__"
LONGITUDE_PLACEHOLDER = "__LON__"


@dataclass(frozen=True)
class Place:
    """A route end: coordinates, a name for people, and a postal address for planners that
    search by text (either may be empty)."""

    latitude: float
    longitude: float
    name: str = ""
    address: str = ""

    @property
    def lat(self) -> str:
        return f"{self.latitude:.6f}"

    @property
    def lon(self) -> str:
        return f"{self.longitude:.6f}"

    @property
    def lat_lon(self) -> str:
        return f"{self.lat},{self.lon}"

    @property
    def label(self) -> str:
        """How the place is called in a planner: its name and address, as far as known."""
        return ", ".join(part for part in (self.name, self.address) if part) or self.lat_lon


@dataclass(frozen=True)
class BrowserPosition(Place):
    """The visitor's position, unknown to the server: placeholders the browser fills in."""

    latitude: float = 0.0
    longitude: float = 0.0

    @property
    def lat(self) -> str:
        return LATITUDE_PLACEHOLDER

    @property
    def lon(self) -> str:
        return LONGITUDE_PLACEHOLDER


@dataclass(frozen=True)
class Destination(Place):
    """Where an offer takes place, with its nearest stop's name for planners that find
    stops by name better than addresses."""

    stop_name: str = ""


Builder = Callable[[str, Place | None, Destination, str], str]


@dataclass(frozen=True)
class Provider:
    key: str
    name: str
    modes: frozenset[str]
    build: Builder
    # Whether an origin given as coordinates is used (so "from my location" can fill it in).
    takes_coordinates: bool = True
    # Web pages open in a new tab; other links (geo:) hand over to an app.
    web: bool = True


def _openstreetmap(engine: str) -> Builder:
    # Source: openstreetmap-website, app/assets/javascripts/index/directions.js — the page
    # reads `engine` and `route` ("lat,lon;lat,lon", either end may be empty and is then asked
    # for), and engine ids are "<provider>_<mode>" (OSM.Directions.addEngine) with providers
    # fossgis_osrm, graphhopper, fossgis_valhalla (directions/*.js) and modes car, bicycle,
    # foot. `locale` sets the interface language (ApplicationController#preferred_languages
    # reads params[:locale] first).
    def build(mode, origin, destination, language):
        start = origin.lat_lon if origin else ""
        query = {
            "engine": f"{engine}_{mode}",
            "route": f"{start};{destination.lat_lon}",
            "locale": language,
        }
        return "https://www.openstreetmap.org/directions?" + urlencode(query)

    return build


def _motis(mode, origin, destination, language):
    # Source: MOTIS web interface (motis-project/motis, ui/src/routes/+page.svelte) reads
    # fromPlace/fromName and toPlace/toName from the query string; a place is "lat,lon"
    # (ui/src/lib/Location.ts, COORD_REGEX: latitude first). Without fromPlace it asks.
    # Transitous serves this interface at https://api.transitous.org/ (its documentation
    # calls it "the map view of Transitous"); ROUTING_MOTIS_URL points to another instance.
    query = {}
    if origin:
        query.update(fromPlace=origin.lat_lon, fromName=origin.label)
    query.update(toPlace=destination.lat_lon, toName=destination.label)
    return settings.ROUTING_MOTIS_URL + "?" + urlencode(query)


def _deutsche_bahn(mode, origin, destination, language):
    # Source (third-party evidence, DB documents no deep links for its new planner): the
    # planner at bahn.de reads its search from the fragment, `so` (start) and `zo`
    # (destination) as place names and `sts=true` to search at once; as URLSearchParams
    # writes them (e.g. trovu/trovu's "db" shortcut, blog post 2024-07-14 "Fix der
    # Bahn-Fahrplanauskunft"; a MOTIS-based front end's getBahnSucheUrl). It finds places by
    # name only: the destination is the nearest stop's name, else the address.
    query = {"sts": "true"}
    if origin and origin.address:
        query["so"] = origin.address
    query["zo"] = destination.stop_name or destination.address or destination.label
    return "https://www.bahn.de/buchung/fahrplan/suche#" + urlencode(query)


GOOGLE_TRAVEL_MODES = {TRANSIT: "transit", BICYCLE: "bicycling", CAR: "driving", FOOT: "walking"}


def _google(mode, origin, destination, language):
    # Source: Google Maps URLs, "Directions" action
    # (https://developers.google.com/maps/documentation/urls/get-started#directions-action):
    # api=1, origin and destination as "lat,lon" (origin optional: the visitor's position or
    # a prompt), travelmode driving|walking|bicycling|transit.
    query = {"api": "1"}
    if origin:
        query["origin"] = origin.lat_lon
    query.update(destination=destination.lat_lon, travelmode=GOOGLE_TRAVEL_MODES[mode])
    return "https://www.google.com/maps/dir/?" + urlencode(query)


def _geo(mode, origin, destination, language):
    # Source: RFC 5870 (geo URI: "geo:<lat>,<lon>") plus the query `q=<lat>,<lon>(<label>)`
    # that Android's map apps read (Android developers, "Common intents" → "Show a
    # location"). The label is percent-encoded, brackets included.
    label = quote(destination.label, safe="")
    return f"geo:{destination.lat_lon}?q={destination.lat_lon}({label})"


ROAD_MODES = frozenset({BICYCLE, CAR, FOOT})
PROVIDERS: dict[str, Provider] = {
    provider.key: provider
    for provider in (
        Provider("osm-osrm", "OpenStreetMap (OSRM)", ROAD_MODES, _openstreetmap("fossgis_osrm")),
        Provider(
            "osm-graphhopper", "OpenStreetMap (GraphHopper)", ROAD_MODES,
            _openstreetmap("graphhopper"),
        ),
        Provider(
            "osm-valhalla", "OpenStreetMap (Valhalla)", ROAD_MODES,
            _openstreetmap("fossgis_valhalla"),
        ),
        Provider("transitous", "Transitous", frozenset({TRANSIT}), _motis),
        Provider(
            "db", "Deutsche Bahn", frozenset({TRANSIT}), _deutsche_bahn, takes_coordinates=False
        ),
        Provider("google", "Google Maps", frozenset(GOOGLE_TRAVEL_MODES), _google),
        Provider("geo", "geo:", frozenset({APP}), _geo, takes_coordinates=False, web=False),
    )
}  # fmt: skip


@dataclass(frozen=True)
class RouteLink:
    mode: str
    provider: Provider
    url: str
    # The same link with the browser's position as origin, or "" if the provider cannot
    # take one.
    url_from_browser: str

    @property
    def label(self):
        return MODE_LABELS[self.mode]

    @property
    def icon(self) -> str:
        return MODE_ICONS[self.mode]


@dataclass(frozen=True)
class ModeLinks:
    """The links for one travel mode: the first configured provider and the others."""

    mode: str
    links: list[RouteLink]

    @property
    def primary(self) -> RouteLink:
        return self.links[0]

    @property
    def alternatives(self) -> list[RouteLink]:
        return self.links[1:]

    @property
    def label(self):
        return MODE_LABELS[self.mode]

    @property
    def icon(self) -> str:
        return MODE_ICONS[self.mode]


def configured_providers(mode: str) -> list[Provider]:
    return [PROVIDERS[key] for key in settings.ROUTING_PROVIDERS.get(mode, ())]


def route_links(destination: Destination, origin: Place | None, language: str) -> list[ModeLinks]:
    """Links for every configured mode, in the order of MODES."""
    here = BrowserPosition(name=str(_("My location")))
    result = []
    for mode in MODES:
        links = [
            RouteLink(
                mode=mode,
                provider=provider,
                url=provider.build(mode, origin, destination, language),
                url_from_browser=(
                    provider.build(mode, here, destination, language)
                    if provider.takes_coordinates
                    else ""
                ),
            )
            for provider in configured_providers(mode)
        ]
        if links:
            result.append(ModeLinks(mode, links))
    return result
