"""What the finder's map shows: the markers of the filtered offers, or, where there are too
many to send (a whole federal state), clusters counted by the database on a grid.

Cost follows what is shown, not what exists: a viewport (`bbox`) limits the rows read
through the position index, and clusters are counted in SQL, so the answer is small for any
number of offers. A district's few thousand markers come in one answer without a viewport,
and the browser clusters them itself.
"""

import math
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.db.models import Avg, Count, F, OuterRef, Subquery
from django.db.models.functions import Floor

from .models import Location, OfferCategory
from .models.translated import translated_expression
from .reference import map_categories

COORDINATE_DECIMALS = 5  # about one metre
# From this zoom level on (a few streets in view) the map always gets markers.
MARKERS_FROM_ZOOM = 14
# A cluster covers about this many screen pixels square.
CLUSTER_CELL_PIXELS = 64


@dataclass(frozen=True)
class Box:
    west: float
    south: float
    east: float
    north: float


class MapViewForm(forms.Form):
    """`bbox=west,south,east,north` (degrees) and `zoom`; values that do not validate are
    ignored, as the finder's filters are."""

    bbox = forms.CharField(required=False, max_length=100)
    zoom = forms.IntegerField(required=False, min_value=0, max_value=22)

    def clean_bbox(self) -> Box | None:
        raw = self.cleaned_data["bbox"]
        if not raw:
            return None
        try:
            west, south, east, north = (float(part) for part in raw.split(","))
        except ValueError:
            raise forms.ValidationError("bbox: four numbers") from None
        if not all(math.isfinite(v) for v in (west, south, east, north)):
            raise forms.ValidationError("bbox: finite numbers")
        if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
            raise forms.ValidationError("bbox: west < east, south < north, in degrees")
        return Box(west, south, east, north)

    def view(self) -> tuple[Box | None, int | None]:
        if not self.is_valid():
            # Keep what is valid: a garbled bbox must not also throw away a good zoom.
            return self.cleaned_data.get("bbox"), self.cleaned_data.get("zoom")
        return self.cleaned_data["bbox"], self.cleaned_data["zoom"]


def locations_of(offers, box: Box | None):
    located = Location.objects.filter(offer_id__in=offers.order_by().values("pk"))
    if box is not None:
        located = located.filter(
            latitude__gte=box.south,
            latitude__lte=box.north,
            longitude__gte=box.west,
            longitude__lte=box.east,
        )
    return located.order_by()


def main_category():
    """The offer's first subcategory by sort order, as the marker's colour and icon."""
    links = OfferCategory.objects.filter(offer_id=OuterRef("offer_id")).order_by(
        "category__sort_order", "category__slug"
    )
    return Subquery(links.values("category__slug")[:1])


def marker_rows(offers, box: Box | None, language: str, limit: int):
    """Up to `limit` markers: (location id, offer id, latitude, longitude, title, category
    slug, town). One query."""
    return (
        locations_of(offers, box)
        .annotate(
            title=translated_expression("title", language, prefix="offer__"),
            category=main_category(),
        )
        .values_list(
            "pk", "offer_id", "latitude", "longitude", "title", "category", "municipality__name"
        )[:limit]
    )


def cluster_cell(zoom: int) -> float:
    """The grid step in degrees that makes cells of about CLUSTER_CELL_PIXELS at `zoom`."""
    return 360 / (256 * 2**zoom) * CLUSTER_CELL_PIXELS


def cluster_rows(offers, box: Box | None, zoom: int):
    """(latitude, longitude, number of markers) per grid cell, counted by the database."""
    cell = cluster_cell(zoom)
    return (
        locations_of(offers, box)
        .annotate(
            row=Floor(F("latitude") / cell),
            column=Floor(F("longitude") / cell),
        )
        .values("row", "column")
        .annotate(count=Count("pk"), latitude=Avg("latitude"), longitude=Avg("longitude"))
        .values_list("latitude", "longitude", "count")
    )


def map_answer(offers, box: Box | None, zoom: int | None, language: str) -> dict:
    """Markers when the view is close enough or they are few enough, else clusters."""
    most = settings.MAP_MAX_MARKERS
    if zoom is not None and zoom >= MARKERS_FROM_ZOOM:
        hard = settings.MAP_HARD_MAX_MARKERS
        rows = list(marker_rows(offers, box, language, hard + 1))
        return compact_markers(rows[:hard], truncated=len(rows) > hard)
    # Counting up to the limit reads only indexes; the markers' titles are read only if sent.
    if locations_of(offers, box)[: most + 1].count() <= most:
        return compact_markers(list(marker_rows(offers, box, language, most)))
    zoom = settings.MAP_DEFAULT_ZOOM if zoom is None else zoom
    clusters = [
        [round(lat, COORDINATE_DECIMALS), round(lon, COORDINATE_DECIMALS), count]
        for lat, lon, count in cluster_rows(offers, box, zoom)
    ]
    return {"mode": "clusters", "zoom": zoom, "clusters": clusters}


def compact_markers(rows, truncated: bool = False) -> dict:
    """Markers as arrays, categories and towns as indexes into lists: a third of the size
    of GeoJSON, gzipped."""
    categories = list(map_categories())
    category_index = {slug: i for i, slug in enumerate(categories)}
    towns: list[str] = []
    town_index: dict[str, int] = {}
    markers = []
    for pk, offer_id, lat, lon, title, category, town in rows:
        if town not in town_index:
            town_index[town] = len(towns)
            towns.append(town)
        markers.append(
            [
                pk,
                offer_id,
                round(lat, COORDINATE_DECIMALS),
                round(lon, COORDINATE_DECIMALS),
                title,
                category_index.get(category, -1),
                town_index[town],
            ]
        )
    answer = {"mode": "markers", "categories": categories, "towns": towns, "markers": markers}
    if truncated:
        answer["truncated"] = True
    return answer
