"""The optional MOTIS engine for bus and train (ROUTING_ENGINES transit=motis), against a
local server that answers as a MOTIS 2 plan endpoint does: our server asks with the
User-Agent Transitous's operators ask for, the itinerary becomes the same steps as
Valhalla's, answers for stops are cached and answers for a person's position are not."""

import datetime

import pytest
from django.core.cache import cache

from routing.engines import EngineDown, NoRoute, find_journey
from tests.local_http import Routes, serve

from . import network

pytestmark = pytest.mark.django_db


def encode(points, precision=7):
    """Google's polyline format (the inverse of the engines' decoder), for the fake answers."""
    out, last = [], (0, 0)
    for lat, lon in points:
        current = (round(lat * 10**precision), round(lon * 10**precision))
        for value, previous in zip(current, last, strict=True):
            delta = value - previous
            delta = ~(delta << 1) if delta < 0 else delta << 1
            while delta >= 0x20:
                out.append(chr((0x20 | (delta & 0x1F)) + 63))
                delta >>= 5
            out.append(chr(delta + 63))
        last = current
    return "".join(out)


PLAN = {
    "itineraries": [{
        "duration": 1260, "startTime": "2026-12-08T07:00:00Z", "endTime": "2026-12-08T07:21:00Z",
        "legs": [
            {"mode": "WALK", "duration": 240, "distance": 310.0,
             "from": {"name": "START", "lat": 50.948, "lon": 6.61},
             "to": {"name": "Bergheim Süd", "lat": 50.9482, "lon": 6.612},
             "legGeometry": {"points": encode([(50.948, 6.61), (50.9482, 6.612)]),
                             "precision": 7},
             "steps": [{"relativeDirection": "DEPART", "streetName": "Zeppelinstraße",
                        "distance": 200.0},
                       {"relativeDirection": "LEFT", "streetName": "Querweg 1",
                        "distance": 110.0}]},
            {"mode": "BUS", "duration": 720, "distance": 4200.0, "routeShortName": "920",
             "headsign": "Bergheim Nord", "agencyName": "RVK",
             "from": {"name": "Bergheim Süd", "lat": 50.9482, "lon": 6.612,
                      "departure": "2026-12-08T07:06:00Z"},
             "to": {"name": "Bergheim Nord", "lat": 50.9482, "lon": 6.67,
                    "arrival": "2026-12-08T07:18:00Z"},
             "intermediateStops": [
                 {"name": "Bergheim Rathaus", "lat": 50.9482, "lon": 6.63,
                  "arrival": "2026-12-08T07:09:00Z", "departure": "2026-12-08T07:09:00Z"},
                 {"name": "Bergheim Markt", "lat": 50.9482, "lon": 6.64,
                  "arrival": "2026-12-08T07:12:00Z", "departure": "2026-12-08T07:12:00Z"}],
             "legGeometry": {"points": encode([(50.9482, 6.612), (50.9482, 6.67)]),
                             "precision": 7}},
            {"mode": "WALK", "duration": 180, "distance": 150.0,
             "from": {"name": "Bergheim Nord", "lat": 50.9482, "lon": 6.67},
             "to": {"name": "END", "lat": 50.9495, "lon": 6.67},
             "legGeometry": {"points": encode([(50.9482, 6.67), (50.9495, 6.67)])},
             "steps": []},
        ],
    }]
}  # fmt: skip


@pytest.fixture
def motis(settings):
    server = serve(Routes({"/api/v1/plan": lambda method, query: (200, {}, PLAN, 0)}))
    settings.MOTIS_URL = server.base
    settings.MOTIS_USER_AGENT = "Integrationskarte-Test (kontakt@example.org)"
    settings.ROUTING_ENGINES = {"transit": "motis", "foot": "valhalla"}
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    yield server
    server.shutdown()
    cache.clear()


def test_a_motis_itinerary_becomes_the_same_journey(motis):
    when = datetime.datetime(2026, 12, 8, 7, 0, tzinfo=datetime.UTC)
    journey = find_journey(mode="transit", start=network.START, end=network.DESTINATION,
                           when=when)  # fmt: skip
    walk, bus, _last = journey.legs
    assert walk.mode == "foot" and walk.steps[0].street == "Zeppelinstraße"
    assert walk.steps[1].kind == "left" and walk.steps[-1].kind == "arrive"
    assert bus.mode == "bus" and bus.line == "920" and bus.headsign == "Bergheim Nord"
    assert [stop.name for stop in bus.stops] == [
        "Bergheim Süd", "Bergheim Rathaus", "Bergheim Markt", "Bergheim Nord"
    ]  # fmt: skip
    assert bus.stops_travelled == 3
    assert bus.board.departure == datetime.datetime(2026, 12, 8, 7, 6, tzinfo=datetime.UTC)
    assert bus.shape[0] == pytest.approx((50.9482, 6.612))
    assert journey.engine == "motis" and journey.seconds == 1260
    _method, _path, query, headers, _body = motis.requests[0]
    assert headers["User-Agent"] == "Integrationskarte-Test (kontakt@example.org)"
    assert query["time"] == ["2026-12-08T07:00:00Z"]
    assert query["fromPlace"] == [f"{network.START.latitude:.6f},{network.START.longitude:.6f}"]


def test_answers_for_stops_are_cached_for_positions_not(motis):
    when = datetime.datetime(2026, 12, 8, 7, 0, tzinfo=datetime.UTC)
    ask = {"mode": "transit", "start": network.START, "end": network.DESTINATION, "when": when}
    find_journey(**ask, cacheable=True)
    find_journey(**ask, cacheable=True)
    assert len(motis.requests) == 1
    find_journey(**ask)
    find_journey(**ask)
    assert len(motis.requests) == 3
    # Only the stop's answer is kept: the position's two were asked for and forgotten.
    assert len([key for key in cache._cache if ":motis:" in key]) == 1


def test_motis_down_or_without_itinerary(settings, motis):
    settings.MOTIS_URL = "http://127.0.0.1:9"
    with pytest.raises(EngineDown):
        find_journey(mode="transit", start=network.START, end=network.DESTINATION)
    empty = serve(Routes({"/api/v1/plan": lambda method, query: (200, {}, {"itineraries": []}, 0)}))
    settings.MOTIS_URL = empty.base
    with pytest.raises(NoRoute):
        find_journey(mode="transit", start=network.START, end=network.DESTINATION)
    empty.shutdown()
