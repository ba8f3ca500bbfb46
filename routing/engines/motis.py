"""Bus and train routes from a MOTIS 2 server (self-hosted, or Transitous, the public one):
asked by our server, never by the visitor's browser, with the User-Agent its operators ask
for (MOTIS_USER_AGENT: the site and a contact) and answers cached briefly where the start is
no person's position or typed address (a stop, an office). Its itineraries become a Journey;
its walking steps (relative directions and street names) are worded by routing.directions."""

import datetime
import hashlib
import urllib.error
import urllib.parse
import urllib.request

from django.conf import settings
from django.core.cache import cache

from . import journey as j
from . import polyline
from .errors import EngineDown, NoRoute, OutsideArea
from .http import ask

ATTRIBUTION = "MOTIS"
CACHE_SECONDS = 120
VEHICLES = {
    "BUS": j.BUS, "COACH": j.BUS, "TRAM": j.TRAM, "SUBWAY": j.SUBWAY, "METRO": j.SUBWAY,
    "RAIL": j.RAIL, "HIGHSPEED_RAIL": j.RAIL, "LONG_DISTANCE": j.RAIL, "NIGHT_RAIL": j.RAIL,
    "REGIONAL_FAST_RAIL": j.RAIL, "REGIONAL_RAIL": j.RAIL, "SUBURBAN": j.RAIL,
    "FERRY": j.TRANSIT_FERRY,
}  # fmt: skip
STREET_MODES = {"WALK": j.FOOT, "BIKE": j.BICYCLE, "CAR": j.CAR}
DIRECTIONS = {
    "DEPART": j.DEPART, "CONTINUE": j.CONTINUE, "LEFT": j.LEFT, "RIGHT": j.RIGHT,
    "SLIGHTLY_LEFT": j.SLIGHT_LEFT, "SLIGHTLY_RIGHT": j.SLIGHT_RIGHT, "HARD_LEFT": j.SHARP_LEFT,
    "HARD_RIGHT": j.SHARP_RIGHT, "UTURN_LEFT": j.U_TURN, "UTURN_RIGHT": j.U_TURN,
    "CIRCLE_CLOCKWISE": j.ROUNDABOUT, "CIRCLE_COUNTERCLOCKWISE": j.ROUNDABOUT,
    "ELEVATOR": j.ELEVATOR, "STAIRS": j.STAIRS,
}  # fmt: skip


def route(*, mode: str, start, end, when=None, arrive_by=False, cacheable=False) -> j.Journey:
    if mode != "transit":
        raise NoRoute("MOTIS answers bus and train journeys only")
    moment = when or _now()
    query = {
        "fromPlace": f"{start.latitude:.6f},{start.longitude:.6f}",
        "toPlace": f"{end.latitude:.6f},{end.longitude:.6f}",
        "time": moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "arriveBy": "true" if arrive_by else "false",
        "numItineraries": "1",
    }
    base = settings.MOTIS_URL.rstrip("/") + settings.MOTIS_PLAN_PATH
    url = f"{base}?{urllib.parse.urlencode(query)}"
    key = "motis:" + hashlib.sha256(url.encode()).hexdigest() if cacheable else None
    answer = cache.get(key) if key else None
    if answer is None:
        answer = _get(url)
        if key:
            cache.set(key, answer, CACHE_SECONDS)
    itineraries = answer.get("itineraries") or []
    if not itineraries:
        raise NoRoute("no itinerary")
    return _journey(itineraries[0])


def available() -> bool:
    """A MOTIS server is someone else's: configured counts as available (asking it for its
    status on our pages would be load it did not ask for)."""
    return bool(settings.MOTIS_URL)


def _now():
    from django.utils import timezone

    return timezone.now()


def _get(url: str) -> dict:
    request = urllib.request.Request(url, headers={"User-Agent": settings.MOTIS_USER_AGENT})
    return ask(request, _refused)


def _refused(error):
    if error.code in (400, 404, 422):  # places it cannot use
        return OutsideArea(f"HTTP {error.code}")
    return EngineDown(f"HTTP {error.code}")


def _moment(value) -> datetime.datetime | None:
    """MOTIS versions write times as ISO 8601 or as milliseconds since 1970."""
    if value in (None, ""):
        return None
    if isinstance(value, int | float):
        return datetime.datetime.fromtimestamp(value / 1000, datetime.UTC)
    return datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _place_time(place: dict, key: str):
    return _moment(place.get(key))


def _journey(itinerary: dict) -> j.Journey:
    legs = [_leg(leg) for leg in itinerary.get("legs", [])]
    departure = _moment(itinerary.get("startTime"))
    arrival = _moment(itinerary.get("endTime"))
    seconds = int(itinerary.get("duration") or 0)
    if not seconds and departure and arrival:
        seconds = int((arrival - departure).total_seconds())
    return j.Journey(mode="transit", legs=legs, departure=departure, arrival=arrival,
                     seconds=seconds, engine="motis")  # fmt: skip


def _shape(leg: dict) -> list[tuple[float, float]]:
    geometry = leg.get("legGeometry") or {}
    return polyline.decode(geometry.get("points", ""), int(geometry.get("precision") or 7))


def _leg(leg: dict) -> j.Leg:
    mode = leg.get("mode", "")
    seconds = int(leg.get("duration") or 0)
    if mode in STREET_MODES:
        steps = [j.Step(j.DEPART, "", 0)]
        for step in leg.get("steps") or []:
            kind = DIRECTIONS.get(step.get("relativeDirection"), j.CONTINUE)
            steps.append(
                j.Step(kind, step.get("streetName") or "", round(step.get("distance") or 0))
            )
        if len(steps) > 1 and steps[1].kind == j.DEPART:
            steps = steps[1:]
        steps.append(j.Step(j.ARRIVE))
        return j.Leg(mode=STREET_MODES[mode], metres=round(leg.get("distance") or 0),
                     seconds=seconds, shape=_shape(leg), steps=steps)  # fmt: skip
    origin, destination = leg.get("from", {}), leg.get("to", {})
    stops = [j.Stop(origin.get("name", ""), origin.get("lat", 0.0), origin.get("lon", 0.0),
                    departure=_place_time(origin, "departure"))]  # fmt: skip
    for stop in leg.get("intermediateStops") or []:
        stops.append(j.Stop(stop.get("name", ""), stop.get("lat", 0.0), stop.get("lon", 0.0),
                            arrival=_place_time(stop, "arrival"),
                            departure=_place_time(stop, "departure")))  # fmt: skip
    arrival = _place_time(destination, "arrival")
    stops.append(j.Stop(destination.get("name", ""), destination.get("lat", 0.0),
                        destination.get("lon", 0.0), arrival=arrival))  # fmt: skip
    return j.Leg(
        mode=VEHICLES.get(mode, j.TRANSIT), metres=round(leg.get("distance") or 0),
        seconds=seconds, shape=_shape(leg),
        line=(leg.get("routeShortName") or leg.get("displayName") or "").strip(),
        headsign=leg.get("headsign", ""), operator=leg.get("agencyName", ""), stops=stops,
    )  # fmt: skip
