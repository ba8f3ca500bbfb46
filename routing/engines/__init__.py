"""Routes drawn inside the app: one setting per travel mode picks the engine that answers it
(ROUTING_ENGINES, ADR 30), and every engine's answer becomes a Journey (routing.engines.journey).
The visitor's position may be a start: it is passed on for this one request and kept nowhere."""

from django.conf import settings

from offers.geo import Point, distance_km

from . import valhalla
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

ENGINES = {"valhalla": valhalla}
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
    "find_journey",
]  # fmt: skip


def engine_for(mode: str):
    """The engine module configured for `mode`, or None."""
    return ENGINES.get(settings.ROUTING_ENGINES.get(mode, ""))


def find_journey(*, mode: str, start: Point, end: Point, when=None, arrive_by=False) -> Journey:
    """The way from `start` to `end` (RoutingError says why not)."""
    engine = engine_for(mode)
    if engine is None:
        raise NotConfigured(mode)
    if distance_km(start, end) * 1000 < SAME_PLACE_METRES:
        raise SamePlace()
    return engine.route(mode=mode, start=start, end=end, when=when, arrive_by=arrive_by)
