"""The way there: route planners per travel mode, nearest stops, walking estimates."""

from .environment import env

# Route planners per travel mode, first one shown as the button, the others as alternatives;
# an empty list hides the mode. Providers: osm-osrm, osm-graphhopper, osm-valhalla (bicycle,
# car, foot), transitous, db (public transport), google (all four), geo (the phone's map app).
ROUTING_PROVIDERS = {
    "transit": env.list("ROUTING_TRANSIT_PROVIDERS", default=["transitous", "db"]),
    "bicycle": env.list("ROUTING_BICYCLE_PROVIDERS", default=["osm-osrm"]),
    "car": env.list("ROUTING_CAR_PROVIDERS", default=["osm-osrm"]),
    "foot": env.list("ROUTING_FOOT_PROVIDERS", default=["osm-osrm"]),
    "app": env.list("ROUTING_APP_PROVIDERS", default=["geo"]),
}
# The MOTIS web interface public-transport links open (Transitous by default).
ROUTING_MOTIS_URL = env.str("ROUTING_MOTIS_URL", default="https://api.transitous.org/")
# Nearest stops shown per location, and how far (straight line, metres) a stop may be.
NEAREST_STOPS_COUNT = env.int("NEAREST_STOPS_COUNT", default=3)
NEAREST_STOPS_MAX_DISTANCE = env.int("NEAREST_STOPS_MAX_DISTANCE", default=3000)
# Walking estimates: streets are longer than the straight line; a calm pace suits children,
# older people and people carrying things.
WALKING_SPEED_KMH = env.float("WALKING_SPEED_KMH", default=4.0)
WALKING_DETOUR_FACTOR = env.float("WALKING_DETOUR_FACTOR", default=1.25)
