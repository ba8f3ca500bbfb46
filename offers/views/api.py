"""JSON for the map: markers as GeoJSON (RFC 7946) and the details a popup shows.

Markers carry only what a marker needs (offer id, title, main category, town); a popup
loads the rest when it is opened.
"""

import json

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language
from django.views import View

from offers.cards import decorate
from offers.filters import OfferFilter
from offers.models import Location, Offer, OfferCategory
from offers.models.translated import translated_expression

COORDINATE_DECIMALS = 5  # about one metre


def main_categories(offer_ids_query) -> dict[int, str]:
    """The first subcategory (by sort order) of each offer."""
    links = (
        OfferCategory.objects.filter(offer__in=offer_ids_query)
        .order_by("offer_id", "category__sort_order", "category__slug")
        .values_list("offer_id", "category__slug")
    )
    main = {}
    for offer_id, slug in links:
        main.setdefault(offer_id, slug)
    return main


class MarkersView(View):
    def get(self, request, *args, **kwargs):
        offers = OfferFilter(request.GET, queryset=Offer.objects.public()).qs.values("pk")
        rows = (
            Location.objects.filter(offer__in=offers)
            .annotate(title=translated_expression("title", get_language(), prefix="offer__"))
            .order_by("offer_id", "pk")
            .values_list("pk", "offer_id", "latitude", "longitude", "title", "municipality__name")
        )
        categories = main_categories(offers)
        features = [
            {
                "type": "Feature",
                "id": pk,
                "geometry": {
                    "type": "Point",
                    "coordinates": [
                        round(longitude, COORDINATE_DECIMALS),
                        round(latitude, COORDINATE_DECIMALS),
                    ],
                },
                "properties": {"o": offer_id, "t": title, "c": categories.get(offer_id), "m": town},
            }
            for pk, offer_id, latitude, longitude, title, town in rows
        ]
        body = json.dumps(
            {"type": "FeatureCollection", "features": features},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        return HttpResponse(body, content_type="application/geo+json")


def text_with_language(value) -> dict:
    return {"text": value.text, "lang": value.language, "dir": value.direction}


class PopupView(View):
    def get(self, request, pk, *args, **kwargs):
        offer = get_object_or_404(Offer.objects.public().for_listing(), pk=pk)
        decorate([offer], origin=None, now=timezone.now())
        category = offer.main_category
        return JsonResponse(
            {
                "title": text_with_language(offer.translated("title")),
                "summary": text_with_language(offer.translated("summary")),
                "towns": offer.towns,
                "category": str(category.name) if category else "",
                "url": offer.get_absolute_url(),
            },
            json_dumps_params={"ensure_ascii": False},
        )
