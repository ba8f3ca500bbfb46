"""JSON for the map: markers or clusters (offers/public/markers.py) and the details a popup shows.

Markers carry only what a marker needs (offer id, title, main category, town); a popup
loads the rest when it is opened.
"""

import json

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.views import View

from integrationmap.infrastructure.caching import CachedPageMixin
from integrationmap.infrastructure.rate_limits import RateLimitedMixin
from offers.models import Offer
from offers.public.cards import decorate
from offers.public.filters import OfferFilter
from offers.public.icons import sprite_name
from offers.public.markers import MapViewForm, map_answer
from offers.selectors import contact_people, phone_to_call
from routing.engines import routes_available
from routing.way import nearest_stops_prefetch, way_there


class MarkersView(CachedPageMixin, RateLimitedMixin, View):
    """The map's markers (or clusters) for the finder's filters and the map's viewport."""

    rate_limit = "map"  # many per visit: every move of the map asks again

    def get(self, request, *args, **kwargs):
        offers = OfferFilter(request.GET, queryset=Offer.objects.public()).qs
        box, zoom = MapViewForm(request.GET).view()
        answer = map_answer(offers, box, zoom, get_language())
        body = json.dumps(answer, ensure_ascii=False, separators=(",", ":"))
        return HttpResponse(body, content_type="application/json")


def text_with_language(value) -> dict:
    return {
        "text": value.text,
        "lang": value.language,
        "dir": value.direction,
        "fallback": value.is_fallback,  # the popup marks it "not yet translated"
    }


def name_on_the_door(obj) -> dict:
    """A name as written on the door, and the page language's translation where one exists
    (offers.public.templatetags.door_name)."""
    original = obj.name_de or obj.name
    value = obj.translated("name")
    own = value.text if not value.is_fallback and value.text != original else ""
    return {"name": original, "translation": own}


def way_for_popup(location, language: str) -> dict:
    """The first link of each travel mode and the nearest stop, for a marker's popup."""
    way = way_there(location, origin=None, language=language)
    stop = way.nearest_stop
    return {
        "routes": [
            {
                "mode": mode.mode,
                "label": str(mode.label),
                "icon": mode.icon,
                "url": mode.primary.url,
                "web": mode.primary.provider.web,
            }
            for mode in way.modes
        ],
        "stop": (
            {
                "name": stop.stop.name,
                "icon": stop.stop.mode_icons[0][0] if stop.stop.mode_icons else "bus-front",
                "walk": str(
                    ngettext(
                        "%(metres)s m, %(minutes)s minute on foot",
                        "%(metres)s m, %(minutes)s minutes on foot",
                        stop.walking_minutes,
                    )
                    % {"metres": stop.walking_distance, "minutes": stop.walking_minutes}
                ),
            }
            if stop
            else None
        ),
        "way": f"#way-{location.pk}",
    }


class PopupView(CachedPageMixin, View):
    """What a marker's popup shows. With `?location=<id>` (the marker's location) also the
    way there: route links and the nearest stop."""

    def get(self, request, pk, *args, **kwargs):
        offer = get_object_or_404(
            Offer.objects.public()
            .for_listing()
            .prefetch_related(nearest_stops_prefetch("locations__nearest_stops")),
            pk=pk,
        )
        decorate([offer], origin=None, now=timezone.now())
        category = offer.main_category
        data = {
            "title": text_with_language(offer.translated("title")),
            "summary": text_with_language(offer.translated("summary")),
            "towns": offer.towns,
            "category": str(category.name) if category else "",
            "category_icon": sprite_name(category.icon) if category else "",
            "url": offer.get_absolute_url(),
            "phone": phone_to_call(offer, contact_people(offer)),
            "provider": name_on_the_door(offer.provider),
        }
        wanted = request.GET.get("location", "")
        location = next((loc for loc in offer.locations.all() if str(loc.pk) == wanted), None)
        if location is not None:
            data.update(way_for_popup(location, get_language()))
            data["way"] = (
                reverse("offers:way", kwargs={"pk": offer.pk, "location": location.pk})
                if routes_available()
                else data["url"] + data["way"]
            )
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
