"""What the "How to get there" block of a location shows: route links per travel mode and
the nearest stops. Read by the offer page and the map popup."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch

from .models import NearestStop, Office
from .providers import Destination, ModeLinks, Place, route_links


@dataclass(frozen=True)
class WayThere:
    modes: list[ModeLinks]
    stops: list[NearestStop]

    @property
    def nearest_stop(self) -> NearestStop | None:
        return self.stops[0] if self.stops else None

    @property
    def walking_speed_kmh(self) -> float:
        return settings.WALKING_SPEED_KMH

    @property
    def max_distance_km(self) -> float:
        return settings.NEAREST_STOPS_MAX_DISTANCE / 1000


def destination(location, stops: list[NearestStop]) -> Destination:
    return Destination(
        latitude=location.latitude,
        longitude=location.longitude,
        name=location.translated("name").text,
        address=location.address,
        stop_name=stops[0].stop.name if stops else "",
    )


def office_place(office: Office) -> Place:
    return Place(office.latitude, office.longitude, name=office.name, address=office.address)


def way_there(location, origin: Place | None, language: str) -> WayThere:
    """Expects `location.nearest_stops` prefetched (see `nearest_stops_prefetch`)."""
    stops = list(location.nearest_stops.all())
    return WayThere(route_links(destination(location, stops), origin, language), stops)


def attach_ways(locations, origin: Place | None, language: str) -> None:
    for location in locations:
        location.way = way_there(location, origin, language)


def nearest_stops_prefetch(lookup: str = "nearest_stops") -> Prefetch:
    """For querysets of locations (or deeper, e.g. "locations__nearest_stops" on offers)."""
    return Prefetch(lookup, queryset=NearestStop.objects.for_display())
