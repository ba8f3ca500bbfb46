"""The site's own JSON API for other services: offers as the list page finds them
(`list.json`), their places as GeoJSON (`offers.geojson`), and the OpenAPI 3.1 document
that describes both and the map endpoint (`/api/openapi.json`)."""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.views import View

from integrationmap.infrastructure.caching import CachedPageMixin
from integrationmap.infrastructure.rate_limits import RateLimitedMixin
from offers.models import Location, Offer
from offers.opendata.api.openapi import MAX_PER_PAGE, document
from offers.opendata.hsds.views import bad_request, licence
from offers.public.cards import decorate
from offers.public.filters import OfferFilter
from offers.public.markers import MapViewForm


class PageQuery(forms.Form):
    page = forms.IntegerField(required=False, min_value=1, max_value=10**6)
    per_page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PER_PAGE)


def offer_record(request, offer) -> dict:
    language = get_language()
    return {
        "id": offer.pk,
        "hsds_id": str(offer.hsds_id),
        "url": request.build_absolute_uri(offer.get_absolute_url()),
        "title": offer.translated("title").text,
        "summary": offer.translated("summary").text,
        "language": offer.translated("title").language or language,
        "provider": offer.provider.translated("name").text,
        "categories": [{"slug": c.slug, "name": c.translated("name").text}
                       for c in offer.category_list],
        "cost": offer.cost,
        "languages_spoken": [lang.code for lang in offer.languages.all()],
        "open_now": offer.is_open_now,
        "last_verified": offer.last_verified.isoformat() if offer.last_verified else None,
        "places": [{"street": place.street, "postcode": place.postcode,
                    "town": place.municipality.name, "latitude": place.latitude,
                    "longitude": place.longitude} for place in offer.locations.all()],
    }  # fmt: skip


class OfferListJSON(CachedPageMixin, RateLimitedMixin, View):
    """The list page's offers as JSON: the same filters (invalid ones are ignored, as on the
    page), the same order, `page` and `per_page`."""

    def get(self, request):
        paging = PageQuery(request.GET)
        if not paging.is_valid():
            return bad_request(paging)
        filterset = OfferFilter(request.GET, queryset=Offer.objects.public())
        queryset, origin = filterset.ordered(get_language())
        per_page = paging.cleaned_data["per_page"] or 20
        paginator = Paginator(queryset.for_listing(), per_page)
        if filterset.known_count is not None:
            paginator.count = filterset.known_count
        number = paging.cleaned_data["page"] or 1
        offers = list(paginator.page(number).object_list) if number <= paginator.num_pages else []
        decorate(offers, origin=origin, now=timezone.now())
        return JsonResponse(
            {"count": paginator.count, "page": number, "per_page": per_page,
             "pages": paginator.num_pages if paginator.count else 0,
             "language": get_language(), **licence(),
             "results": [offer_record(request, offer) for offer in offers]},
            json_dumps_params={"ensure_ascii": False},
        )  # fmt: skip


class OffersGeoJSON(CachedPageMixin, RateLimitedMixin, View):
    """Every place of the filtered offers as a GeoJSON FeatureCollection (RFC 7946: longitude
    first), for GIS tools and other maps; `bbox=west,south,east,north` narrows it. At most
    MAP_HARD_MAX_MARKERS features: `truncated` says when more exist."""

    def get(self, request):
        offers = OfferFilter(request.GET, queryset=Offer.objects.public()).qs
        box, _zoom = MapViewForm(request.GET).view()
        places = (
            Location.objects.filter(offer__in=offers)
            .select_related("municipality", "offer")
            .order_by("pk")
        )
        if box:
            places = places.filter(longitude__gte=box.west, longitude__lte=box.east,
                                   latitude__gte=box.south, latitude__lte=box.north)  # fmt: skip
        limit = settings.MAP_HARD_MAX_MARKERS
        rows = list(places[: limit + 1])
        features = [
            {"type": "Feature",
             "geometry": {"type": "Point", "coordinates": [place.longitude, place.latitude]},
             "properties": {"offer": place.offer_id,
                            "title": place.offer.translated("title").text,
                            "town": place.municipality.name, "street": place.street,
                            "url": request.build_absolute_uri(place.offer.get_absolute_url())}}
            for place in rows[:limit]
        ]  # fmt: skip
        answer = {"type": "FeatureCollection", "features": features,
                  "truncated": len(rows) > limit, **licence()}  # fmt: skip
        response = JsonResponse(answer, json_dumps_params={"ensure_ascii": False})
        response["Content-Type"] = "application/geo+json"
        return response


def openapi_document(request):
    return JsonResponse(document(request.build_absolute_uri("/").rstrip("/")),
                        json_dumps_params={"ensure_ascii": False})  # fmt: skip
