"""The maps: the tile server, where the map opens, when markers become clusters, and the
area locations must lie in."""

from integrationmap.infrastructure.tiles import tile_origin

from .environment import env

MAP_TILES_URL = env.str("MAP_TILES_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILES_ATTRIBUTION = env.str(
    "MAP_TILES_ATTRIBUTION",
    default='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
)
# Where the map opens when nothing else is known: the Rhein-Erft-Kreis by default.
MAP_DEFAULT_CENTER = tuple(env.list("MAP_DEFAULT_CENTER", cast=float, default=[50.90, 6.74]))
MAP_DEFAULT_ZOOM = env.int("MAP_DEFAULT_ZOOM", default=11)
# Up to this many markers the map gets them all and clusters them in the browser (a
# district); beyond, the database counts clusters for the part of the map in view.
MAP_MAX_MARKERS = env.int("MAP_MAX_MARKERS", default=3000)
# Close up (a few streets) markers are always sent, but never more than this.
MAP_HARD_MAX_MARKERS = env.int("MAP_HARD_MAX_MARKERS", default=10000)
# Locations must lie inside the service area: the (Multi)Polygon of a GeoJSON file (the
# district's outline, e.g. from OpenStreetMap) or else this box (south, west, north, east).
# The default box is Germany, which catches swapped latitude/longitude.
SERVICE_AREA_FILE = env.str("SERVICE_AREA_FILE", default="")
SERVICE_AREA_BOUNDS = tuple(
    env.list("SERVICE_AREA_BOUNDS", cast=float, default=[47.2, 5.8, 55.1, 15.1])
)
# A place must lie inside its municipality's outline (where an editor gave one) or within this
# many kilometres of the municipality's centre: coordinates of another town are refused.
MUNICIPALITY_RADIUS_KM = env.float("MUNICIPALITY_RADIUS_KM", default=12)
# How far outside its municipality's outline a place may lie (addresses on a border street).
MUNICIPALITY_TOLERANCE_KM = env.float("MUNICIPALITY_TOLERANCE_KM", default=0.5)
# Map images come from this origin (the Content Security Policy allows it).
MAP_TILES_ORIGIN = tile_origin(MAP_TILES_URL)
LEAFLET_CONFIG = {
    "DEFAULT_CENTER": MAP_DEFAULT_CENTER,
    "DEFAULT_ZOOM": MAP_DEFAULT_ZOOM,
    "TILES": [("OpenStreetMap", MAP_TILES_URL, {"attribution": MAP_TILES_ATTRIBUTION})],
    "RESET_VIEW": False,
}
