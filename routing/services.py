"""Writes of the routing app: replacing the stops, keeping nearest stops current, and offices.

Nearest stops are not kept by a signal: the offers' write path (offers.services) asks for
the places it touched, and replacing the stops recomputes every place's."""

import time
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

from offers.geo import Point
from offers.models import Location

from .gtfs import FeedStop
from .models import NearestStop, Office, Stop, TransitFeed
from .nearest import Box, StopGrid, StopPoint, nearest_stations

# Above this many locations a search loads the stops once into memory instead of asking the
# database per location.
GRID_THRESHOLD = 50
WRITE_BATCH = 5000


class DatabaseStops:
    """Stops inside a box, read through the coordinate index."""

    def within(self, box: Box):
        rows = Stop.objects.filter(
            latitude__range=(box.south, box.north), longitude__range=(box.west, box.east)
        ).values_list("pk", "latitude", "longitude", "station")
        return (StopPoint(*row) for row in rows)


@dataclass(frozen=True)
class StopsReplaced:
    stops: int
    stations: int
    locations: int
    seconds_stops: float
    seconds_nearest: float


@transaction.atomic
def replace_stops(stops: list[FeedStop], feed: TransitFeed) -> StopsReplaced:
    """Put a feed's stops in place of the current ones, all or nothing, and recompute every
    location's nearest stops in the same transaction."""
    started = time.perf_counter()
    feed.stop_count = len(stops)
    feed.full_clean(validate_unique=False)  # the one row is replaced
    NearestStop.objects.all().delete()
    Stop.objects.all().delete()
    Stop.objects.bulk_create(
        (
            Stop(
                stop_id=stop.stop_id,
                name=stop.name,
                latitude=stop.latitude,
                longitude=stop.longitude,
                station=stop.station,
                products=" ".join(sorted(stop.products)),
            )
            for stop in stops
        ),
        batch_size=WRITE_BATCH,
    )
    TransitFeed.objects.all().delete()
    feed.save()
    stops_done = time.perf_counter()
    locations = update_nearest_stops()
    return StopsReplaced(
        stops=len(stops),
        stations=len({stop.station for stop in stops}),
        locations=locations,
        seconds_stops=stops_done - started,
        seconds_nearest=time.perf_counter() - stops_done,
    )


def _stop_source(points: list[tuple[int, float, float]]):
    if len(points) <= GRID_THRESHOLD:
        return DatabaseStops()
    # Only the stops that can be near one of the points.
    reach = settings.NEAREST_STOPS_MAX_DISTANCE
    south_west = Box(Point(min(p[1] for p in points), min(p[2] for p in points)), reach)
    north_east = Box(Point(max(p[1] for p in points), max(p[2] for p in points)), reach)
    rows = Stop.objects.filter(
        latitude__range=(south_west.south, north_east.north),
        longitude__range=(south_west.west, north_east.east),
    ).values_list("pk", "latitude", "longitude", "station")
    return StopGrid(StopPoint(*row) for row in rows.iterator(chunk_size=WRITE_BATCH))


@transaction.atomic
def update_nearest_stops(locations: Iterable[Location] | None = None) -> int:
    """Recompute the nearest stops of the given locations (default: all). Returns how many
    locations were looked at."""
    if locations is None:
        points = list(Location.objects.values_list("pk", "latitude", "longitude"))
        NearestStop.objects.all().delete()
    else:
        points = [(loc.pk, loc.latitude, loc.longitude) for loc in locations]
        NearestStop.objects.filter(location_id__in=[p[0] for p in points]).delete()
    if not points or not Stop.objects.exists():
        return len(points)
    stops = _stop_source(points)
    rows = []
    for pk, latitude, longitude in points:
        found = nearest_stations(
            Point(latitude, longitude),
            stops,
            count=settings.NEAREST_STOPS_COUNT,
            max_distance_m=settings.NEAREST_STOPS_MAX_DISTANCE,
        )
        rows.extend(
            NearestStop(
                location_id=pk, stop_id=hit.stop.pk, rank=rank, distance=round(hit.distance)
            )
            for rank, hit in enumerate(found, start=1)
        )
        if len(rows) >= WRITE_BATCH:
            NearestStop.objects.bulk_create(rows)
            rows = []
    NearestStop.objects.bulk_create(rows, batch_size=WRITE_BATCH)
    return len(points)


def create_offices(*, offices: list[Office]) -> list[Office]:
    """New offices routes may start from (the demo's; editors add theirs in the back office)."""
    for office in offices:
        office.full_clean()
    return Office.objects.bulk_create(offices)
