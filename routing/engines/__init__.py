"""Routes drawn inside the app: one setting per travel mode picks the engine that answers it
(ROUTING_ENGINES, ADR 30), and every engine's answer becomes a Journey (routing.engines.journey).
The visitor's position may be a start: it is passed on for this one request and kept nowhere."""

import datetime
import itertools

from django.conf import settings

from offers.geo import Point, distance_km

from . import motis, valhalla
from .errors import (
    EngineDown,
    EngineSlow,
    NoRoute,
    NotConfigured,
    OutsideArea,
    RoutingError,
    SamePlace,
)
from .journey import Journey

ENGINES = {"valhalla": valhalla, "motis": motis}
TRAVEL_MODES = ("transit", "bicycle", "foot", "car")  # in the order the page offers them
# Closer than this, start and destination are one place: there is no way to show.
SAME_PLACE_METRES = 25

__all__ = [
    "TRAVEL_MODES",
    "EngineDown",
    "EngineSlow",
    "Journey",
    "NoRoute",
    "NotConfigured",
    "OutsideArea",
    "RoutingError",
    "SamePlace",
    "engine_for",
    "every_minutes",
    "find_journey",
    "later_departures",
    "routes_available",
]  # fmt: skip


AVAILABLE_CACHE_SECONDS = 300


def routes_available() -> bool:
    """Whether the way page can give routes at all (some mode has an engine that answers),
    asked at most every five minutes: pages offer "Show the way" only then, and keep the
    planners' links either way."""
    from django.core.cache import cache

    key = f"routing-available:{settings.VALHALLA_URL}:{settings.MOTIS_URL}"
    known = cache.get(key)
    if known is None:
        engines = {engine_for(mode) for mode in TRAVEL_MODES} - {None}
        known = any(engine.available() for engine in engines)
        cache.set(key, known, AVAILABLE_CACHE_SECONDS)
    return known


def engine_for(mode: str):
    """The engine module configured for `mode`, or None."""
    return ENGINES.get(settings.ROUTING_ENGINES.get(mode, ""))


def later_departures(*, journey: Journey, start: Point, end: Point, count: int = 2) -> list:
    """When the next `count` rides of a bus-and-train journey's first line leave (its boarding
    stop's departures after the one in `journey`), asking the engine again from just after it:
    "later: 08:32, 08:52". Fewer when the engine finds none."""
    times = []
    legs = journey.transit_legs
    if not legs or legs[0].board is None or legs[0].board.departure is None:
        return times
    walk = sum(leg.seconds for leg in journey.legs[: journey.legs.index(legs[0])])
    leave = legs[0].board.departure
    for _ in range(count):
        try:
            later = find_journey(
                mode="transit", start=start, end=end,
                when=leave - datetime.timedelta(seconds=walk - 60),
            )  # fmt: skip
        except RoutingError:
            break
        ride = later.transit_legs[0] if later.transit_legs else None
        if ride is None or ride.board is None or ride.board.departure is None:
            break
        if ride.board.departure <= leave:
            break
        leave = ride.board.departure
        times.append(leave)
    return times


def every_minutes(departures: list) -> int | None:
    """The interval of departures that come at a regular rhythm ("every 20 minutes"), or None."""
    if len(departures) < 3:
        return None
    gaps = {round((b - a).total_seconds() / 60) for a, b in itertools.pairwise(departures)}
    return gaps.pop() if len(gaps) == 1 else None


def find_journey(
    *, mode: str, start: Point, end: Point, when=None, arrive_by=False, cacheable=False
) -> Journey:
    """The way from `start` to `end` (RoutingError says why not). `cacheable`: the start is
    no person's position or typed address (a stop, an office), so an engine may cache the
    answer under it."""
    engine = engine_for(mode)
    if engine is None:
        raise NotConfigured(mode)
    if distance_km(start, end) * 1000 < SAME_PLACE_METRES:
        raise SamePlace()
    return engine.route(
        mode=mode, start=start, end=end, when=when, arrive_by=arrive_by, cacheable=cacheable
    )
