"""The offer page (and the editors' preview of a draft): everything about one offer."""

from django.contrib.auth.views import redirect_to_login
from django.db.models import Prefetch
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.generic import DetailView

from integrationmap.infrastructure.caching import CachedPageMixin
from offers.models import Location, Offer
from offers.public.cards import decorate
from offers.public.map_config import map_config, topic_of
from offers.reference import attach_links
from offers.roles import scope_of
from offers.selectors import contact_people, opening_days, opening_state, phone_to_call
from routing.engines import routes_available
from routing.forms import OriginForm
from routing.way import attach_ways, nearest_stops_prefetch

MAX_CARRIED_QUERY = 2000


class OfferDetailView(CachedPageMixin, DetailView):
    template_name = "offers/detail.html"
    context_object_name = "offer"

    def offers(self):
        return Offer.objects.public()

    def get_queryset(self):
        # Categories, languages and target groups come from attach_links(): the page needs a
        # fixed number of queries, however many of each it shows.
        return (
            self.offers()
            .select_related("provider")
            .prefetch_related(
                Prefetch("locations", queryset=Location.objects.select_related("municipality")),
                "opening_slots",
                nearest_stops_prefetch("locations__nearest_stops"),
            )
        )

    def get_object(self, queryset=None):
        offer = super().get_object(queryset)
        attach_links([offer])
        return offer

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if kwargs.get("slug") != self.object.slug:
            path = self.object.get_absolute_url()
            query = request.GET.urlencode()
            # A query longer than any real link (a start office, a list) is not carried over.
            keep = query and len(query) <= MAX_CARRIED_QUERY
            return redirect(f"{path}?{query}" if keep else path, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        offer = self.object
        decorate([offer], origin=None, now=timezone.now())
        locations = list(offer.locations.all())
        origin_form = OriginForm(self.request.GET or None)
        attach_ways(locations, origin_form.origin(), get_language())
        contacts = contact_people(offer)
        context.update(
            opening_days=opening_days(offer.opening_slots.all()),
            opening=opening_state(offer.opening_slots.all(), timezone.now()),
            call=phone_to_call(offer, contacts),
            contacts=contacts,
            locations=locations,
            origin_form=origin_form,
            has_fallback=any(
                offer.translated(field).is_fallback for field in ("title", "summary", "description")
            ),
            map_config={**map_config(), "topic": topic_of(offer)},
            routes_inside=routes_available(),
        )
        return context


class OfferPreviewView(OfferDetailView):
    """Any offer (draft, archived, expired) as the public would see it, for the back
    office: logged-in staff who may view offers, within their own municipalities."""

    page_cache = False

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not (user.is_active and user.is_staff and user.has_perm("offers.view_offer")):
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        return super().dispatch(request, *args, **kwargs)

    def offers(self):
        scope = scope_of(self.request.user)
        if scope.limited_to_towns:
            return Offer.objects.in_municipalities(scope.municipalities)
        return Offer.objects.all()

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "preview": True}
