"""Finding a point's nearest stations among many stops, exactly and fast.

A search looks at the stops inside a bounding box around the point (indexed coordinates in
the database, or a grid in memory for whole batches), measures the exact great-circle
distance to each, keeps each station's nearest platform, and widens the box until it holds
enough stations or reaches the largest distance worth walking. A station outside the box
is farther than every stop inside the box's inscribed circle, so the result equals a
brute-force search over all stops (tests compare the two).
"""

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from offers.geo import EARTH_RADIUS_KM, Point, distance_km

FIRST_RADIUS_M = 400
METRES_PER_DEGREE_LATITUDE = math.pi * EARTH_RADIUS_KM * 1000 / 180
# The box is drawn a little wider than the circle, so that rounding can never leave a stop
# within the radius outside it.
BOX_MARGIN = 1.01


@dataclass(frozen=True)
class StopPoint:
    pk: int
    latitude: float
    longitude: float
    station: str


@dataclass(frozen=True)
class Found:
    stop: StopPoint
    distance: float  # metres, great circle


class Box:
    def __init__(self, centre: Point, radius_m: float):
        dlat = radius_m * BOX_MARGIN / METRES_PER_DEGREE_LATITUDE
        # Longitude degrees shrink towards the poles: use the box edge nearest a pole.
        widest = min(89.9, abs(centre.latitude) + dlat)
        dlon = min(180.0, dlat / math.cos(math.radians(widest)))
        self.south, self.north = centre.latitude - dlat, centre.latitude + dlat
        self.west, self.east = centre.longitude - dlon, centre.longitude + dlon


def distance_m(a: Point, b: StopPoint) -> float:
    return distance_km(a, Point(b.latitude, b.longitude)) * 1000


class StopGrid:
    """All stops in memory, bucketed by coordinates, for searching many points at once."""

    CELL_DEGREES = 0.01

    def __init__(self, stops: Iterable[StopPoint]):
        self.cells: dict[tuple[int, int], list[StopPoint]] = defaultdict(list)
        for stop in stops:
            self.cells[self._cell(stop.latitude, stop.longitude)].append(stop)

    def _cell(self, latitude: float, longitude: float) -> tuple[int, int]:
        return (math.floor(latitude / self.CELL_DEGREES), math.floor(longitude / self.CELL_DEGREES))

    def within(self, box: Box) -> Iterator[StopPoint]:
        south, west = self._cell(box.south, box.west)
        north, east = self._cell(box.north, box.east)
        for row in range(south, north + 1):
            for column in range(west, east + 1):
                yield from self.cells.get((row, column), ())


def nearest_stations(point: Point, stops, count: int, max_distance_m: float) -> list[Found]:
    """The nearest stop of each of the `count` nearest stations within `max_distance_m`,
    nearest first (ties by station). `stops.within(box)` yields the stops inside a box."""
    radius = min(FIRST_RADIUS_M, max_distance_m)
    while True:
        best: dict[str, Found] = {}
        for stop in stops.within(Box(point, radius)):
            distance = distance_m(point, stop)
            if distance > radius:
                continue
            known = best.get(stop.station)
            if known is None or (distance, stop.pk) < (known.distance, known.stop.pk):
                best[stop.station] = Found(stop, distance)
        ranked = sorted(best.values(), key=lambda found: (found.distance, found.stop.station))
        if len(ranked) >= count or radius >= max_distance_m:
            return ranked[:count]
        radius = min(radius * 2, max_distance_m)


def brute_force_nearest_stations(
    point: Point, stops: Iterable[StopPoint], count: int, max_distance_m: float
) -> list[Found]:
    """The definition nearest_stations must meet, for tests: every stop measured."""
    best: dict[str, Found] = {}
    for stop in stops:
        distance = distance_m(point, stop)
        if distance > max_distance_m:
            continue
        known = best.get(stop.station)
        if known is None or (distance, stop.pk) < (known.distance, known.stop.pk):
            best[stop.station] = Found(stop, distance)
    return sorted(best.values(), key=lambda found: (found.distance, found.stop.station))[:count]
