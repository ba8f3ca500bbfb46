"""The way to one of an offer's places, inside the site (issue 18): the route form, and the
route drawn on a map and told step by step in the reader's language. Where no route can be
given, the page says why and offers the route planners' links (routing.providers).

The visitor's position arrives only by POST from the page's script (a GET address would be
in server logs and browser history); it is used for this answer and kept nowhere. Typed
starts are looked up without being stored (offers.external.geocoder.find_start)."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView

from integrationmap.infrastructure.rate_limits import RateLimitedMixin
from offers.external.geocoder import GeocodingUnavailable, find_start
from offers.geo import Point
from offers.models import Location, Offer
from offers.public.map_config import map_config
from routing import directions
from routing.engines import (
    EngineDown,
    EngineSlow,
    NoRoute,
    NotConfigured,
    OutsideArea,
    RoutingError,
    SamePlace,
    find_journey,
    later_departures,
)
from routing.forms import WayForm
from routing.starts import is_exact, stops_matching
from routing.way import nearest_stops_prefetch, office_place, way_there

# Engines whose operators ask to be named under their answers.
ENGINE_CREDITS = {"motis": "MOTIS / Transitous (transitous.org)"}


class StartUnknown(Exception):
    pass


def problem_text(error: Exception, mode: str) -> str:
    if isinstance(error, StartUnknown):
        return _(
            "We could not find “%(start)s”. Type the name of a stop, or a street with its town."
        ) % {"start": str(error)}
    if isinstance(error, OutsideArea):
        return _("This start is outside the area our route planner covers.")
    if isinstance(error, SamePlace):
        return _("The start is the place itself: you are already there.")
    if isinstance(error, NoRoute):
        if mode == "transit":
            return _("No bus or train goes there at this time. Try another time or another way.")
        return _("No way was found between these two places.")
    if isinstance(error, EngineSlow):
        return _("The route planner is too slow right now. Please try again in a moment.")
    if isinstance(error, NotConfigured | EngineDown):
        return _("Routes inside this site are not available right now.")
    return _("No route could be given.")


# Without CSRF: a POST here changes nothing, and public pages set no cookie.
@method_decorator(csrf_exempt, name="dispatch")
class WayView(RateLimitedMixin, TemplateView):
    template_name = "offers/way.html"
    rate_limit = "route"
    # (name, address) of the other stops a typed start may mean, when it named none exactly.
    other_starts: list[tuple[str, str]] = []

    def get(self, request, *args, **kwargs):
        return self.answer(WayForm(request.GET or None), with_position=False)

    def post(self, request, *args, **kwargs):
        response = self.answer(WayForm(request.POST), with_position=True)
        response["Cache-Control"] = "no-store"
        return response

    def answer(self, form, *, with_position: bool):
        offer = get_object_or_404(
            Offer.objects.public().select_related("provider"), pk=self.kwargs["pk"]
        )
        place = get_object_or_404(
            Location.objects.select_related("municipality").prefetch_related(
                nearest_stops_prefetch()
            ),
            offer=offer,
            pk=self.kwargs["location"],
        )
        context = {"offer": offer, "place": place, "form": form, "map_config": map_config()}
        mode = form.travel_mode
        end = Point(place.latitude, place.longitude)
        origin = None
        if form.is_bound and form.is_valid():
            if form.offices.get(form.cleaned_data.get("office")):
                origin = office_place(form.offices[form.cleaned_data["office"]])
            try:
                start = self.start_of(form, with_position)
                if start is not None:
                    journey = find_journey(
                        mode=mode,
                        start=start[0],
                        end=end,
                        when=self.when(form),
                        arrive_by=form.cleaned_data.get("leave") == "by",
                        cacheable=start[2],
                    )
                    destination = place.translated("name").text or place.street
                    if journey.transit_legs:
                        later = later_departures(journey=journey, start=start[0], end=end)
                        context["later"] = [directions.clock(moment) for moment in later]
                    context.update(
                        journey=journey,
                        attribution=ENGINE_CREDITS.get(journey.engine, ""),
                        start_label=start[1],
                        legs=directions.told(journey, destination),
                        summary=directions.summary(journey),
                        drawing=drawing(journey, start[0], place),
                    )
            except (RoutingError, StartUnknown) as error:
                context["problem"] = problem_text(error, mode)
        context["mode"] = mode
        context["other_starts"] = self.other_starts
        context["way"] = way_there(place, origin, get_language())
        return self.render_to_response(context)

    def start_of(self, form, with_position: bool):
        """(point, label, cacheable) of the start the form names, or None when it names none;
        cacheable: not a person's position or typed address."""
        data = form.cleaned_data
        if with_position and data.get("latitude") is not None and data.get("longitude") is not None:
            return Point(data["latitude"], data["longitude"]), _("My location"), False
        office = form.offices.get(data.get("office"))
        if office is not None:
            return Point(office.latitude, office.longitude), office.name, True
        text = (data.get("start") or "").strip()
        if not text:
            return None
        stops = stops_matching(text)
        if stops:
            best = stops[0]
            if not is_exact(best, text):
                self.other_starts = [
                    (stop.name, self.url_starting_at(stop.name)) for stop in stops[1:]
                ]
            return Point(best.latitude, best.longitude), best.name, True
        try:
            found = find_start(text)
        except GeocodingUnavailable as error:  # the reader can still type a stop's name
            raise StartUnknown(text) from error
        if found is None:
            raise StartUnknown(text)
        return Point(found.latitude, found.longitude), found.label, False

    def url_starting_at(self, name: str) -> str:
        query = self.request.GET.copy()
        query["start"] = name
        query.pop("office", None)
        return f"?{query.urlencode()}#way-result"

    def when(self, form):
        data = form.cleaned_data
        if data.get("leave") in ("at", "by") and data.get("time"):
            zone = ZoneInfo(settings.TIME_ZONE)
            day = timezone.now().astimezone(zone).date()
            return datetime.datetime.combine(day, data["time"], zone)
        return None


def drawing(journey, start: Point, place) -> dict:
    """What the page's map draws (GeoJSON-like, for way.js): each leg's line, stops, ends."""
    return {
        "start": [start.latitude, start.longitude],
        "end": [place.latitude, place.longitude],
        "legs": [
            {
                "mode": leg.mode,
                "transit": leg.is_transit,
                "line": leg.line,
                "points": [[round(lat, 6), round(lon, 6)] for lat, lon in leg.shape],
                "stops": [[s.latitude, s.longitude, s.name] for s in leg.stops],
            }
            for leg in journey.legs
        ],
    }
