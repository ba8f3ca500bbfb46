"""Areas on the map without GIS libraries: whether a point lies in a GeoJSON (Multi)Polygon,
how far it is from one, and the district's service area (a polygon file or a box, from the
settings). Places are checked against them: a typo or swapped digits must not put an offer in
Kerpen into Cologne."""

import itertools
import json
import math
from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def _polygons(area: dict):
    if area.get("type") == "Polygon":
        return [area["coordinates"]]
    if area.get("type") == "MultiPolygon":
        return area["coordinates"]
    raise ValueError("a GeoJSON Polygon or MultiPolygon")


def _in_ring(lat: float, lon: float, ring) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def contains(area: dict, lat: float, lon: float) -> bool:
    """Whether the point lies in the (Multi)Polygon (longitude first, RFC 7946; holes count)."""
    for rings in _polygons(area):
        if (
            rings
            and _in_ring(lat, lon, rings[0])
            and not any(_in_ring(lat, lon, hole) for hole in rings[1:])
        ):
            return True
    return False


def distance_to_km(area: dict, lat: float, lon: float) -> float:
    """How far the point lies outside the area's outline (0 inside), in kilometres."""
    if contains(area, lat, lon):
        return 0.0
    scale = math.cos(math.radians(lat))
    best = math.inf
    for rings in _polygons(area):
        for ring in rings:
            for (x1, y1), (x2, y2) in itertools.pairwise(ring):
                # Nearest point of the segment, on a plane scaled to the latitude.
                ax, ay, bx, by = (x1 - lon) * scale, y1 - lat, (x2 - lon) * scale, y2 - lat
                dx, dy = bx - ax, by - ay
                length = dx * dx + dy * dy
                t = 0.0 if not length else max(0.0, min(1.0, -(ax * dx + ay * dy) / length))
                px, py = ax + t * dx, ay + t * dy
                best = min(best, math.hypot(px, py) * KM_PER_DEGREE)
    return best


@cache
def _service_area_file(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as file:
            data = json.load(file)
        if data.get("type") == "FeatureCollection":
            data = data["features"][0]["geometry"]
        elif data.get("type") == "Feature":
            data = data["geometry"]
        _polygons(data)
    except (OSError, ValueError, KeyError, IndexError, TypeError) as error:
        raise ImproperlyConfigured(
            f"SERVICE_AREA_FILE {path}: not a readable GeoJSON Polygon or MultiPolygon ({error})"
        ) from error
    return data


def in_service_area(lat: float, lon: float) -> bool:
    path = settings.SERVICE_AREA_FILE
    if path:
        return contains(_service_area_file(str(path)), lat, lon)
    south, west, north, east = settings.SERVICE_AREA_BOUNDS
    return south <= lat <= north and west <= lon <= east


def far_from_town(town, lat: float, lon: float) -> str:
    """Why the point cannot be a place in `town` (a Municipality), or "": outside its outline
    (where one is known), else too far from its centre."""
    if town.boundary:
        outside = distance_to_km(town.boundary, lat, lon)
        if outside > settings.MUNICIPALITY_TOLERANCE_KM:
            return _("This point lies %(km)s km outside %(town)s.") % {
                "km": f"{outside:.1f}",
                "town": town.name,
            }
        return ""
    away = distance_km(lat, lon, town.latitude, town.longitude)
    if away > settings.MUNICIPALITY_RADIUS_KM:
        return _(
            "This point lies %(km)s km from the centre of %(town)s: check the coordinates "
            "and the municipality."
        ) % {"km": f"{away:.0f}", "town": town.name}
    return ""
