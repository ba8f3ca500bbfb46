"""The way there: route planners per travel mode, nearest stops, walking estimates."""

from pathlib import Path

from .environment import BASE_DIR, env

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

# --- Routes drawn inside the app (issue 18, ADR 30) -------------------------------------------
# Which engine answers each travel mode: "valhalla" (our own, built from OpenStreetMap and GTFS
# with `manage.py build_routing_data`), "motis" (a MOTIS 2 server, e.g. Transitous, for bus and
# train) or "" (none: the planner links above). Format: "transit=valhalla,foot=valhalla,…".
ROUTING_ENGINES = env.dict(
    "ROUTING_ENGINES",
    default={"transit": "valhalla", "bicycle": "valhalla", "car": "valhalla", "foot": "valhalla"},
)
# The Valhalla service (`manage.py run_routing_engine` starts ours on this address).
VALHALLA_URL = env.str("VALHALLA_URL", default="http://127.0.0.1:8002")
# A MOTIS 2 server; Transitous asks for a User-Agent that names the site and a contact.
MOTIS_URL = env.str("MOTIS_URL", default="")
MOTIS_USER_AGENT = env.str("MOTIS_USER_AGENT", default="Integrationskarte (set MOTIS_USER_AGENT)")
# The plan endpoint of the server's API version (Transitous: see its API documentation).
MOTIS_PLAN_PATH = env.str("MOTIS_PLAN_PATH", default="/api/v1/plan")
# How long a route may take before the page says the planner is slow and offers the links.
ROUTING_TIMEOUT_SECONDS = env.float("ROUTING_TIMEOUT_SECONDS", default=4.0)
# Where built routing data lives (`current` is the one in use) and the engine's tools
# (the `.venv-routing` that `make` creates with pyvalhalla on Python 3.12+, ADR 30).
ROUTING_DATA_DIR = Path(env.str("ROUTING_DATA_DIR", default=str(BASE_DIR / "var" / "routing")))
ROUTING_TOOLS = Path(env.str("ROUTING_TOOLS", default=str(BASE_DIR / ".venv-routing" / "bin")))
