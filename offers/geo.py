"""Distances on the district's scale, without GIS libraries.

Ordering uses an equirectangular approximation that the database can compute with plain
arithmetic (SQLite has no trigonometry); shown distances use the haversine formula.
"""

import math
from dataclasses import dataclass

from django.db.models import ExpressionWrapper, F, FloatField, OuterRef, Subquery, Value

from offers.models import Location, areas

EARTH_RADIUS_KM = areas.EARTH_RADIUS_KM
KM_PER_DEGREE = areas.KM_PER_DEGREE


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float


def distance_km(a: Point, b: Point) -> float:
    return areas.distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


def squared_distance(origin: Point, prefix: str = ""):
    """An expression ordering rows by distance from `origin` (squared kilometres)."""
    scale = math.cos(math.radians(origin.latitude))
    dy = (F(f"{prefix}latitude") - Value(origin.latitude)) * Value(KM_PER_DEGREE)
    dx = (F(f"{prefix}longitude") - Value(origin.longitude)) * Value(KM_PER_DEGREE * scale)
    return ExpressionWrapper(dy * dy + dx * dx, output_field=FloatField())


def nearest_location_distance(origin: Point):
    """Subquery: the squared distance of an offer's nearest location (NULL without one)."""
    nearest = (
        Location.objects.filter(offer=OuterRef("pk"))
        .annotate(distance=squared_distance(origin))
        .order_by("distance")
        .values("distance")[:1]
    )
    return Subquery(nearest, output_field=FloatField())
