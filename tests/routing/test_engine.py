"""Routes from the real engine on data the tests build (tests/routing/network.py): the way by
bus beats walking and is told with its line, stops and times; on foot, by bicycle and by car
the steps name the streets; what cannot be routed says why; a failed build keeps the data in
use."""

import datetime
import zoneinfo

import pytest

from routing import engine_data
from routing.engines import (
    EngineDown,
    EngineSlow,
    NoRoute,
    NotConfigured,
    OutsideArea,
    SamePlace,
    find_journey,
)

from . import network

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def at(hour: int, minute: int) -> datetime.datetime:
    return datetime.datetime.combine(datetime.date.today(), datetime.time(hour, minute), BERLIN)


def test_by_bus_the_line_stops_and_times_come_from_the_timetable(routes):
    journey = find_journey(
        mode="transit", start=network.START, end=network.DESTINATION, when=at(7, 55)
    )
    bus = journey.transit_legs[0]
    assert bus.line == "920"
    assert bus.headsign == "Bergheim Nord"
    assert bus.board.name == "Bergheim Süd"
    assert bus.alight.name == "Bergheim Nord"
    assert bus.stops_travelled == 4
    # The bus a walker leaving at 07:55 catches leaves Bergheim Süd at 08:12 and reaches Nord
    # 12 minutes later.
    assert bus.board.departure == at(8, 12)
    assert bus.alight.arrival == at(8, 24)
    assert journey.transfers == 0
    assert journey.legs[0].mode == "foot" and journey.legs[-1].mode == "foot"
    assert 100 <= journey.legs[-1].metres <= 250  # the walk from the stop
    assert journey.arrival <= at(8, 30)
    walking = find_journey(mode="foot", start=network.START, end=network.DESTINATION)
    assert journey.seconds < walking.seconds
    assert bus.seconds < walking.seconds / 3


def test_on_foot_by_bicycle_and_by_car_the_steps_name_the_streets(routes):
    for mode in ("foot", "bicycle", "car"):
        journey = find_journey(mode=mode, start=network.START, end=network.DESTINATION)
        (leg,) = journey.legs
        assert leg.mode == mode
        assert leg.steps[0].kind == "depart"
        assert leg.steps[-1].kind == "arrive"
        streets = {step.street for step in leg.steps}
        assert "Zeppelinstraße" in streets
        assert 4000 <= journey.metres <= 5000
        assert len(leg.shape) >= 2
    slow = find_journey(mode="foot", start=network.START, end=network.DESTINATION)
    fast = find_journey(mode="car", start=network.START, end=network.DESTINATION)
    assert fast.seconds < slow.seconds


def test_places_the_data_does_not_cover_the_same_place_and_no_service(routes):
    berlin = network.Place(52.52, 13.40)
    with pytest.raises(OutsideArea):
        find_journey(mode="foot", start=berlin, end=network.DESTINATION)
    with pytest.raises(SamePlace):
        find_journey(mode="foot", start=network.START, end=network.START)
    # No bus runs at 03:00 and walking the whole way is more than the planner allows.
    try:
        journey = find_journey(
            mode="transit", start=network.START, end=network.DESTINATION, when=at(3, 0)
        )
    except NoRoute:
        return
    assert not journey.transit_legs or journey.transit_legs[0].board.departure >= at(6, 12)


def test_an_engine_that_does_not_answer_and_a_mode_without_one(settings):
    settings.VALHALLA_URL = "http://127.0.0.1:9"  # nothing listens there
    with pytest.raises(EngineDown):
        find_journey(mode="foot", start=network.START, end=network.DESTINATION)
    settings.ROUTING_ENGINES = {"foot": ""}
    with pytest.raises(NotConfigured):
        find_journey(mode="foot", start=network.START, end=network.DESTINATION)


class TestBuild:
    def test_a_bad_extract_or_feed_is_named_and_the_data_in_use_stays(
        self, routing_engine, tmp_path
    ):
        data_dir = routing_engine.data.parent.parent
        before = engine_data.current(data_dir).resolve()
        not_osm = tmp_path / "region.osm.pbf"
        not_osm.write_text("<html>not found</html>")
        with pytest.raises(engine_data.BuildError, match="not an OpenStreetMap PBF"):
            engine_data.build(osm=not_osm, data_dir=data_dir)
        streets = network.write_streets(tmp_path / "streets.osm.pbf")
        incomplete = tmp_path / "feed"
        incomplete.mkdir()
        (incomplete / "stops.txt").write_text("stop_id,stop_name,stop_lat,stop_lon\n")
        with pytest.raises(engine_data.BuildError, match=r"lacks routes\.txt, trips\.txt"):
            engine_data.build(osm=streets, gtfs=[incomplete], data_dir=data_dir)
        with pytest.raises(engine_data.BuildError, match="no such file"):
            engine_data.build(osm=tmp_path / "missing.osm.pbf", data_dir=data_dir)
        assert engine_data.current(data_dir).resolve() == before
        assert len(list((data_dir / "builds").iterdir())) == 1  # nothing half-built left

    def test_a_new_build_is_switched_to_and_old_ones_are_cleared(self, tmp_path, routing_engine):
        streets = network.write_streets(tmp_path / "streets.osm.pbf")
        first = engine_data.build(osm=streets, data_dir=tmp_path / "data", report=print)
        assert engine_data.current(tmp_path / "data").resolve() == first
        second = engine_data.build(osm=streets, data_dir=tmp_path / "data", report=print)
        third = engine_data.build(osm=streets, data_dir=tmp_path / "data", report=print)
        assert engine_data.current(tmp_path / "data").resolve() == third
        assert not first.exists() and second.exists()


def test_arrive_by_takes_the_latest_bus_that_is_in_time(routes):
    journey = find_journey(
        mode="transit", start=network.START, end=network.DESTINATION, when=at(9, 0),
        arrive_by=True,
    )  # fmt: skip
    assert journey.arrival <= at(9, 0)
    # Buses reach Bergheim Nord at 08:24, 08:44, 09:04: the 08:44 one, leaving Süd at 08:32.
    assert journey.transit_legs[0].board.departure == at(8, 32)
    walking = find_journey(
        mode="foot", start=network.START, end=network.DESTINATION, when=at(9, 0), arrive_by=True
    )
    assert walking.arrival == at(9, 0)


def test_a_journey_further_north_changes_from_the_bus_to_the_train(routes):
    journey = find_journey(
        mode="transit", start=network.START, end=network.FAR_NORTH, when=at(7, 55)
    )
    lines = [leg.line for leg in journey.transit_legs]
    assert lines == ["920", "RB 38"], lines
    assert journey.transfers == 1
    bus, train = journey.transit_legs
    assert train.mode == "rail"
    assert train.board.name == "Bergheim Bahnhof"
    assert train.board.departure >= bus.alight.arrival  # the change is in time


def test_an_engine_slower_than_the_time_limit_is_given_up(settings):
    from tests.local_http import Routes, serve

    slow = serve(Routes({"/route": lambda method, query, body: (200, {}, {"trip": {}}, 2)}))
    settings.VALHALLA_URL = slow.base
    settings.ROUTING_TIMEOUT_SECONDS = 0.3
    try:
        with pytest.raises(EngineSlow):
            find_journey(mode="foot", start=network.START, end=network.DESTINATION)
    finally:
        slow.shutdown()
