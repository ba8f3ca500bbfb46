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
from django.db.models import Avg, Count, F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Floor

from offers.models import Location, OfferCategory
from offers.models.translated import translated_expression
from offers.reference import category_slugs, town_names

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
    # Django's plain manager: modeltranslation's would rebuild every row on the way out,
    # which costs more than the query itself for thousands of markers.
    located = QuerySet(Location).filter(offer_id__in=offers.order_by().values("pk"))
    if box is not None:
        located = located.filter(
            latitude__gte=box.south,
            latitude__lte=box.north,
            longitude__gte=box.west,
            longitude__lte=box.east,
        )
    return located.order_by()


def main_category():
    """The id of the offer's first subcategory by sort order (the marker's colour and icon)."""
    links = OfferCategory.objects.filter(offer_id=OuterRef("offer_id")).order_by(
        "category__sort_order", "category__slug"
    )
    return Subquery(links.values("category_id")[:1])


def marker_rows(offers, box: Box | None, language: str, limit: int):
    """Up to `limit` markers, each ready to be sent as it comes from the database:
    (location id, offer id, latitude, longitude, title, category id, town id)."""
    return (
        locations_of(offers, box)
        .annotate(
            title=translated_expression("title", language, prefix="offer__"),
            category=main_category(),
        )
        .values_list(
            "pk", "offer_id", "latitude", "longitude", "title", "category", "municipality_id"
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
        # COUNT(*), not of a column: the positions index alone answers.
        .annotate(count=Count("*"), latitude=Avg("latitude"), longitude=Avg("longitude"))
        .values_list("latitude", "longitude", "count")
    )


def chosen_rows(offers, box: Box | None, zoom: int | None, language: str):
    """What the map gets: ("markers", query, rows) when the view is close enough or the
    markers are few enough, else ("clusters", query, rows). `rows` is the query's result
    where it was already needed to decide, else None."""
    most = settings.MAP_MAX_MARKERS
    if zoom is not None and zoom >= MARKERS_FROM_ZOOM:
        return (
            "markers",
            marker_rows(offers, box, language, settings.MAP_HARD_MAX_MARKERS + 1),
            None,
        )
    if box is None:
        # The whole area (a district's first view): one query decides and answers.
        query = marker_rows(offers, None, language, most + 1)
        rows = list(query)
        if len(rows) <= most:
            return "markers", query, rows
    zoom = settings.MAP_DEFAULT_ZOOM if zoom is None else zoom
    query = cluster_rows(offers, box, zoom)
    clusters = list(query)
    if box is not None and sum(count for _lat, _lon, count in clusters) <= most:
        # Few enough in view: the clusters were the count (from the index alone).
        return "markers", marker_rows(offers, box, language, most), None
    return "clusters", query, clusters


def map_answer(offers, box: Box | None, zoom: int | None, language: str) -> dict:
    mode, query, rows = chosen_rows(offers, box, zoom, language)
    rows = list(query) if rows is None else rows
    if mode == "clusters":
        return {"mode": "clusters", "clusters": rows}
    hard = settings.MAP_HARD_MAX_MARKERS
    answer = compact_markers(rows[:hard])
    if len(rows) > hard:
        answer["truncated"] = True
    return answer


def compact_markers(rows) -> dict:
    """Markers as arrays; their categories and towns as ids, named once: a third of the
    size of GeoJSON, gzipped, and no work per marker here."""
    slugs = category_slugs()
    names = town_names()
    return {
        "mode": "markers",
        "categories": {pk: slugs[pk] for pk in {row[5] for row in rows} if pk in slugs},
        "towns": {pk: names[pk] for pk in {row[6] for row in rows} if pk in names},
        "markers": rows,
    }
