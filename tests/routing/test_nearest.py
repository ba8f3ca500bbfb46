"""Nearest stops: the fast search equals measuring every stop, and stays current."""

import random

import pytest
from django.test import override_settings

from offers import services
from offers.geo import Point
from routing.models import NearestStop, Stop
from routing.nearest import StopGrid, StopPoint, brute_force_nearest_stations, nearest_stations
from routing.services import DatabaseStops, update_nearest_stops
from tests.factories import LocationFactory


def random_stops(rng, count, *, stations=True):
    """Stops scattered over the district and beyond, some grouped into stations."""
    stops = []
    for pk in range(1, count + 1):
        station = f"s{pk // 3}" if stations and rng.random() < 0.5 else f"own{pk}"
        stops.append(
            StopPoint(
                pk, round(rng.uniform(50.6, 51.2), 6), round(rng.uniform(6.3, 7.2), 6), station
            )
        )
    return stops


def as_tuples(found):
    return [(hit.stop.pk, round(hit.distance, 6)) for hit in found]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_grid_search_equals_brute_force_on_random_points(seed):
    rng = random.Random(seed)
    stops = random_stops(rng, 3000)
    grid = StopGrid(stops)
    for _ in range(150):
        point = Point(rng.uniform(50.55, 51.25), rng.uniform(6.25, 7.25))
        for count, reach in ((3, 3000), (1, 800), (5, 10_000)):
            assert as_tuples(nearest_stations(point, grid, count, reach)) == as_tuples(
                brute_force_nearest_stations(point, stops, count, reach)
            ), (point, count, reach)


@pytest.mark.django_db
def test_database_search_equals_brute_force():
    rng = random.Random(7)
    points = random_stops(rng, 800)
    Stop.objects.bulk_create(
        Stop(pk=p.pk, stop_id=str(p.pk), name=f"Halt {p.pk}", latitude=p.latitude,
             longitude=p.longitude, station=p.station)
        for p in points
    )  # fmt: skip
    for _ in range(60):
        point = Point(rng.uniform(50.6, 51.2), rng.uniform(6.3, 7.2))
        assert as_tuples(nearest_stations(point, DatabaseStops(), 3, 3000)) == as_tuples(
            brute_force_nearest_stations(point, points, 3, 3000)
        )


def test_platforms_of_one_station_count_once_with_the_nearest_platform():
    stops = [
        StopPoint(1, 50.9000, 6.7000, "bf"),
        StopPoint(2, 50.9003, 6.7000, "bf"),
        StopPoint(3, 50.9010, 6.7000, "markt"),
    ]
    found = nearest_stations(Point(50.9004, 6.7), StopGrid(stops), 3, 3000)
    assert [(hit.stop.pk, hit.stop.station) for hit in found] == [(2, "bf"), (3, "markt")]


def test_nothing_beyond_the_largest_walking_distance():
    stops = [StopPoint(1, 50.95, 6.70, "far")]  # about 5.6 km north
    assert nearest_stations(Point(50.90, 6.70), StopGrid(stops), 3, 3000) == []


@pytest.mark.django_db
class TestKeptCurrent:
    @pytest.fixture
    def stops(self):
        return Stop.objects.bulk_create(
            [
                Stop(stop_id="a", name="Markt", latitude=50.9000, longitude=6.7000, station="a"),
                Stop(stop_id="b", name="Kirche", latitude=50.9100, longitude=6.7000, station="b"),
            ]
        )

    def test_a_new_location_gets_its_nearest_stops(self, stops):
        location = LocationFactory(latitude=50.9001, longitude=6.7)
        assert [n.stop.name for n in location.nearest_stops.all()] == ["Markt", "Kirche"]
        first = location.nearest_stops.first()
        assert first.rank == 1 and 10 <= first.distance <= 12

    def test_moving_a_location_recomputes(self, stops):
        location = LocationFactory(latitude=50.9001, longitude=6.7)
        location.latitude = 50.9099
        services.save_offer(offer=location.offer, parts=services.OfferParts(locations=[location]))
        assert [n.stop.name for n in location.nearest_stops.all()] == ["Kirche", "Markt"]

    def test_batch_update_equals_single_updates(self, stops):
        rng = random.Random(3)
        locations = [
            LocationFactory(latitude=rng.uniform(50.89, 50.92), longitude=rng.uniform(6.68, 6.72))
            for _ in range(60)  # more than GRID_THRESHOLD: the grid path
        ]
        single = list(NearestStop.objects.values_list("location", "stop", "rank", "distance"))
        assert update_nearest_stops(locations) == 60
        batch = list(NearestStop.objects.values_list("location", "stop", "rank", "distance"))
        assert sorted(batch) == sorted(single) and len(batch) == 120

    def test_deleting_a_location_deletes_its_rows(self, stops):
        location = LocationFactory(latitude=50.9001, longitude=6.7)
        location.delete()
        assert not NearestStop.objects.exists()

    @override_settings(WALKING_SPEED_KMH=4.0, WALKING_DETOUR_FACTOR=1.25)
    def test_walking_distance_and_minutes(self, stops):
        location = LocationFactory(latitude=50.9001, longitude=6.7)
        nearest = NearestStop(location=location, stop=stops[0], rank=1, distance=400)
        # 400 m straight, 500 m on foot, at 66.7 m per minute: 7.5 -> 8 minutes.
        assert (nearest.walking_distance, nearest.walking_minutes) == (500, 8)
        nearest.distance = 5
        assert (nearest.walking_distance, nearest.walking_minutes) == (10, 1)
