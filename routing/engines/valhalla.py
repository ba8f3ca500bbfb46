"""Routes from a Valhalla service (ADR 30): the request for each travel mode, and its answer
turned into a Journey. Valhalla's own instruction texts are not used: its manoeuvre types,
street names and transit stops are, and routing.directions words them in every language."""

import datetime
import json
import urllib.error
import urllib.request

from django.conf import settings

from . import journey as j
from . import polyline
from .errors import EngineDown, EngineSlow, NoRoute, OutsideArea
from .http import ask

COSTING = {"foot": "pedestrian", "bicycle": "bicycle", "car": "auto", "transit": "multimodal"}
# Valhalla's error codes (valhalla.github.io/valhalla/api/turn-by-turn/api-reference, "HTTP
# status codes and conditions"): locations it cannot place on its graph or too far apart for
# it (the region it covers), and no path.
OUTSIDE_CODES = {154, 158, 170, 171, 172}
NO_ROUTE_CODES = {442, 443, 444, 445}

# Manoeuvre type numbers (the API reference's list) → our step kinds; None: not a step of
# its own (its distance goes to the step before).
STEP_KINDS = {
    1: j.DEPART, 2: j.DEPART, 3: j.DEPART,
    36: j.CONTINUE,  # walking on after getting off: not a start
    4: j.ARRIVE, 5: j.ARRIVE, 6: j.ARRIVE,
    7: j.CONTINUE, 8: j.CONTINUE, 17: j.CONTINUE, 22: j.CONTINUE, 25: j.CONTINUE,
    37: j.CONTINUE, 38: j.CONTINUE, 42: j.CONTINUE, 43: j.CONTINUE,
    9: j.SLIGHT_RIGHT, 10: j.RIGHT, 11: j.SHARP_RIGHT, 12: j.U_TURN, 13: j.U_TURN,
    14: j.SHARP_LEFT, 15: j.LEFT, 16: j.SLIGHT_LEFT,
    18: j.KEEP_RIGHT, 20: j.KEEP_RIGHT, 23: j.KEEP_RIGHT,
    19: j.KEEP_LEFT, 21: j.KEEP_LEFT, 24: j.KEEP_LEFT,
    26: j.ROUNDABOUT, 27: None, 28: j.FERRY, 29: None,
    39: j.ELEVATOR, 40: j.STAIRS, 41: j.STAIRS,
}  # fmt: skip
TRANSIT_TYPES = {30, 31, 32}
VEHICLES = {"bus": j.BUS, "tram": j.TRAM, "rail": j.RAIL, "metro": j.SUBWAY,
            "ferry": j.TRANSIT_FERRY, "cable_car": j.TRANSIT, "gondola": j.TRANSIT,
            "funicular": j.TRANSIT}  # fmt: skip
TRAVEL_MODES = {"pedestrian": j.FOOT, "bicycle": j.BICYCLE, "drive": j.CAR}


# Valhalla cannot plan bus and train journeys backwards from an arrival time ("Arrive by for
# multimodal not implemented yet"): such a journey is the latest of those leaving this long
# before it that arrive in time.
ARRIVE_BY_LEADS_MINUTES = (150, 120, 90, 75, 60, 45, 30, 20)


def route(
    *, mode: str, start, end, when=None, arrive_by: bool = False, cacheable: bool = False
) -> j.Journey:
    """`start`, `end`: objects with latitude and longitude; `when`: an aware datetime (None:
    now). Our own engine answers in milliseconds: nothing is cached (`cacheable` ignored)."""
    if mode == "transit" and arrive_by and when is not None:
        return _transit_arriving_by(start, end, when)
    body = {
        "locations": [
            {"lat": start.latitude, "lon": start.longitude},
            {"lat": end.latitude, "lon": end.longitude},
        ],
        "costing": COSTING[mode],
        "units": "kilometers",
        "directions_type": "maneuvers",
    }
    if mode == "transit":
        # Valhalla's multimodal costing walks far before it takes a bus unless told to like
        # buses and trains; walking at the calm pace the site assumes elsewhere.
        body["costing_options"] = {
            "transit": {"use_bus": 0.6, "use_rail": 0.6, "use_transfers": 0.3},
            "pedestrian": {"walking_speed": settings.WALKING_SPEED_KMH},
        }
    if when is not None:
        local = when.astimezone(_zone())
        body["date_time"] = {
            "type": 2 if arrive_by else 1,
            "value": local.strftime("%Y-%m-%dT%H:%M"),
        }
    elif mode == "transit":
        body["date_time"] = {"type": 0}
    answer = _post("/route", body)
    return _journey(mode, answer, when)


def _transit_arriving_by(start, end, deadline) -> j.Journey:
    best = None
    for lead in ARRIVE_BY_LEADS_MINUTES:
        leave = deadline - datetime.timedelta(minutes=lead)
        try:
            journey = route(mode="transit", start=start, end=end, when=leave)
        except NoRoute:
            continue
        in_time = journey.arrival is not None and journey.arrival <= deadline
        if in_time and (best is None or journey.departure > best.departure):
            best = journey
    if best is None:
        raise NoRoute("nothing arrives by then")
    return best


def available() -> bool:
    try:
        _get("/status")
    except (EngineDown, EngineSlow):
        return False
    return True


def _zone():
    from zoneinfo import ZoneInfo

    return ZoneInfo(settings.TIME_ZONE)


def _post(path: str, body: dict) -> dict:
    data = json.dumps(body).encode()
    request = urllib.request.Request(
        settings.VALHALLA_URL.rstrip("/") + path,
        data=data,
        headers={"Content-Type": "application/json"},
    )
    return _send(request)


def _get(path: str) -> dict:
    return _send(urllib.request.Request(settings.VALHALLA_URL.rstrip("/") + path))


def _send(request) -> dict:
    return ask(request, _refused)


def _refused(error):
    try:
        problem = json.loads(error.read())
    except ValueError:
        return EngineDown(f"HTTP {error.code}")
    code, text = problem.get("error_code"), problem.get("error", "")
    if code in OUTSIDE_CODES:
        return OutsideArea(text)
    return NoRoute(text if code in NO_ROUTE_CODES else f"{code}: {text}")


def _journey(mode: str, answer: dict, when) -> j.Journey:
    trip = answer["trip"]
    legs = []
    for valhalla_leg in trip["legs"]:
        shape = polyline.decode(valhalla_leg.get("shape", ""))
        legs += _legs(valhalla_leg.get("maneuvers", []), shape, mode)
    seconds = round(trip["summary"]["time"])
    locations = trip.get("locations", [])
    departure = _moment(locations[0]) if locations else None
    arrival = _moment(locations[-1]) if locations else None
    if departure is None:
        departure = (when or _now()).astimezone(_zone())
    if arrival is None:
        arrival = departure + datetime.timedelta(seconds=seconds)
    return j.Journey(
        mode=mode, legs=legs, departure=departure, arrival=arrival, seconds=seconds,
        engine="valhalla",
    )  # fmt: skip


def _now():
    from django.utils import timezone

    return timezone.now()


def _moment(location: dict) -> datetime.datetime | None:
    value = location.get("date_time")
    if not value:
        return None
    return _parse(value + location.get("time_zone_offset", ""))


def _parse(value: str | None) -> datetime.datetime | None:
    if not value:
        return None
    moment = datetime.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_zone())
    return moment


def _legs(maneuvers: list[dict], shape, mode: str) -> list[j.Leg]:
    """Valhalla gives one leg per pair of locations with every way of travelling in it: cut
    it where the way of travelling changes (walk, bus, walk)."""
    legs: list[j.Leg] = []
    current: list[dict] = []

    def close():
        if current:
            legs.append(_street_leg(current, shape, mode))
            current.clear()

    for maneuver in maneuvers:
        if maneuver.get("type") in TRANSIT_TYPES and "transit_info" in maneuver:
            close()
            legs.append(_transit_leg(maneuver, shape))
        else:
            current.append(maneuver)
    close()
    return legs


def _street_leg(maneuvers: list[dict], shape, mode: str) -> j.Leg:
    steps: list[j.Step] = []
    for maneuver in maneuvers:
        kind = STEP_KINDS.get(maneuver.get("type"), j.CONTINUE)
        metres = round(maneuver.get("length", 0) * 1000)
        if kind is None:
            if steps:
                last = steps[-1]
                steps[-1] = j.Step(last.kind, last.street, last.metres + metres, last.exit_number)
            continue
        names = maneuver.get("street_names") or maneuver.get("begin_street_names") or []
        exits = maneuver.get("roundabout_exit_count", 0)
        steps.append(j.Step(kind, names[0] if names else "", metres, exits))
    fallback = j.FOOT if mode == "transit" else mode
    travel = TRAVEL_MODES.get(maneuvers[0].get("travel_mode"), fallback)
    first, last = maneuvers[0]["begin_shape_index"], maneuvers[-1]["end_shape_index"]
    return j.Leg(
        mode=travel,
        metres=sum(step.metres for step in steps),
        seconds=round(sum(m.get("time", 0) for m in maneuvers)),
        shape=shape[first : last + 1],
        steps=steps,
    )


def _transit_leg(maneuver: dict, shape) -> j.Leg:
    info = maneuver["transit_info"]
    stops = [
        j.Stop(
            name=stop.get("name", ""),
            latitude=stop.get("lat", 0.0),
            longitude=stop.get("lon", 0.0),
            arrival=_parse(stop.get("arrival_date_time")),
            departure=_parse(stop.get("departure_date_time")),
        )
        for stop in info.get("transit_stops", [])
    ]
    first, last = maneuver["begin_shape_index"], maneuver["end_shape_index"]
    return j.Leg(
        mode=VEHICLES.get(maneuver.get("travel_type"), j.TRANSIT),
        metres=round(maneuver.get("length", 0) * 1000),
        seconds=round(maneuver.get("time", 0)),
        shape=shape[first : last + 1],
        line=info.get("short_name") or info.get("long_name", ""),
        headsign=info.get("headsign", ""),
        operator=info.get("operator_name", ""),
        stops=stops,
    )
