"""The visitor's list of offers, the handout for a client, and short links to lists."""

import datetime
from urllib.parse import quote
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from offers.geo import Point
from offers.models import Offer, SharedList
from offers.public.cards import decorate
from offers.public.qr import qr_svg
from offers.public.shortlist import (
    list_path,
    offers_in_order,
    parse_ids,
    shared_list_path,
    short_path,
)
from offers.selectors import (
    listed_contact_people,
    opening_days,
    people_prefetches,
    phone_to_call,
)
from routing import directions
from routing.engines import RoutingError, find_journey, later_departures
from routing.forms import active_offices
from routing.way import attach_ways, nearest_stops_prefetch


def client_language(request) -> str:
    """The language the client reads (the handout's and the shared link's): the page's
    unless one of the site's languages is chosen."""
    chosen = request.GET.get("language", "")
    codes = {code for code, _name in settings.LANGUAGES}
    return chosen if chosen in codes else get_language()


class ShortlistView(TemplateView):
    template_name = "offers/shortlist.html"

    def get_context_data(self, **kwargs):
        ids = parse_ids(self.request.GET.get("offers"))
        offers = offers_in_order(ids)
        decorate(offers, origin=None, now=timezone.now())
        ids = [offer.pk for offer in offers]
        for offer in offers:
            offer.remove_url = list_path([i for i in ids if i != offer.pk])
        language = client_language(self.request)
        context = {
            **super().get_context_data(**kwargs),
            "offers": offers,
            "ids": ids,
            "client_language": language,
            "client_languages": [
                (code, translation.get_language_info(code)) for code, _n in settings.LANGUAGES
            ],
        }
        if ids:
            context.update(sharing(self.request, ids, language))
        return context


def sharing(request, ids: list[int], language: str) -> dict:
    """The link to send, and ready-made WhatsApp and e-mail links, in the client's language."""
    url = request.build_absolute_uri(short_path(ids, language))
    with translation.override(language):
        subject = _("Offers for you")
        intro = _("Offers for you on %(site)s") % {"site": settings.SITE_NAME}
        message = f"{intro}: {url}"
    return {
        "share_url": url,
        "share_text": intro,
        # WhatsApp: https://faq.whatsapp.com/5913398998672934 ("wa.me/?text=…");
        # e-mail: RFC 6068 (mailto with subject and body).
        "whatsapp_url": "https://wa.me/?text=" + quote(message, safe=""),
        "mailto_url": f"mailto:?subject={quote(subject, safe='')}&body={quote(message, safe='')}",
    }


def client_offers(ids: list[int], language: str) -> list:
    """The listed offers with what a client needs to go there: contact persons, places
    with their nearest stop and route links, opening days (the handout and the shared list)."""
    queryset = (
        Offer.objects.public()
        .for_listing()
        .prefetch_related(*people_prefetches(), nearest_stops_prefetch("locations__nearest_stops"))
    )
    offers = offers_in_order(ids, queryset)
    decorate(offers, origin=None, now=timezone.now())
    for offer in offers:
        offer.people = listed_contact_people(offer)
        offer.call = phone_to_call(offer, offer.people)
        offer.places = list(offer.locations.all())
        offer.days = opening_days(offer.opening_slots.all())
        attach_ways(offer.places, None, language)
    return offers


class SharedListView(TemplateView):
    """A list as the client opens it from the link or QR code her advisor gave her: read
    only (nothing to remove, no advisor's tools), with what she needs to go there —
    addresses, phone numbers, opening hours and the way — in her language."""

    template_name = "offers/shared_list.html"

    def get_context_data(self, **kwargs):
        ids = parse_ids(self.request.GET.get("offers"))
        offers = client_offers(ids, get_language())
        return {
            **super().get_context_data(**kwargs),
            "offers": offers,
            "ids": [offer.pk for offer in offers],
        }


class HandoutView(TemplateView):
    """A printable A4 handout of the list in the client's language; the page around it
    (print button, way back) stays in the advisor's."""

    template_name = "offers/handout.html"

    def get_context_data(self, **kwargs):
        ids = parse_ids(self.request.GET.get("offers"))
        language = client_language(self.request)
        offers = client_offers(ids, language)
        if not offers:
            raise Http404("no offers")
        ids = [offer.pk for offer in offers]
        offices = active_offices()
        office = offices.get(_int(self.request.GET.get("office")))
        with translation.override(language):
            list_url = self.request.build_absolute_uri(short_path(ids, language))
            list_qr = qr_svg(list_url, _("QR code: this list on the website"))
            for offer in offers:
                offer.handout_url = self.request.build_absolute_uri(offer.get_absolute_url())
                offer.qr = qr_svg(offer.handout_url, _("QR code: this offer on the website"))
                if office is not None and offer.places:
                    offer.way_lines = way_by_bus(office, offer.places[0])
        return {
            **super().get_context_data(**kwargs),
            "offers": offers,
            "ids": ids,
            "client_language": language,
            "client_direction": "rtl" if translation.get_language_info(language)["bidi"] else "ltr",
            "list_url": list_url,
            "list_qr": list_qr,
            "back_url": f"{list_path(ids)}&language={language}",
            "printed": timezone.localdate(),
            "offices": offices,
            "office": office,
        }


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def way_by_bus(office, place) -> list:
    """The way from the advisor's office to the place by bus and train, for the handout: the
    rides with their stops and rhythm, on the next working day at 9:00. Nothing when the
    routing engine gives no route (the handout keeps the nearest stop)."""
    zone = ZoneInfo(settings.TIME_ZONE)
    day = timezone.now().astimezone(zone).date() + datetime.timedelta(days=1)
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    start, end = Point(office.latitude, office.longitude), Point(place.latitude, place.longitude)
    try:
        journey = find_journey(
            mode="transit", start=start, end=end,
            when=datetime.datetime.combine(day, datetime.time(9), zone),
        )  # fmt: skip
    except RoutingError:
        return []
    if not journey.transit_legs:
        return []
    first = journey.transit_legs[0].board.departure
    later = later_departures(journey=journey, start=start, end=end)
    return directions.handout_lines(journey, [first, *later] if first else later)


def short_list(request, code):
    """/s/<code>: the list a QR code or a message points to, in its language."""
    shared = get_object_or_404(SharedList, code=code.lower())
    return redirect(shared_list_path(shared.ids, shared.language))
