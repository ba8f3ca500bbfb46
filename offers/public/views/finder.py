"""The finder: one view of list and map (side by side on wide screens, a Map/List switch kept
in the address on phones), on the home page and as "All offers". Works without JavaScript
(the list; the map needs a script)."""

from django.utils import timezone
from django.utils.translation import get_language
from django.views.generic import ListView

from integrationmap.infrastructure.caching import CachedPageMixin
from integrationmap.infrastructure.rate_limits import RateLimitedMixin
from offers import services
from offers.models import Offer
from offers.public.cards import decorate
from offers.public.filters import OfferFilter
from offers.public.map_config import finder_config
from offers.reference import topic_tree

# What a phone shows first: "map" or "list" (`?view=`); wide screens show both.
VIEWS = ("list", "map")


class FinderMixin:
    paginate_by = 20
    with_map = True

    def get_queryset(self):
        self.filterset = OfferFilter(self.request.GET, queryset=Offer.objects.public())
        queryset, self.origin = self.filterset.ordered(get_language())
        return queryset.for_listing()

    counted_unfound = False

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if self.counted_unfound:
            response.page_cache = False  # each visitor's search is counted, not the first only
        return response

    def paginate_queryset(self, queryset, page_size):
        """Out-of-range or garbled page numbers show the nearest real page, never an error."""
        paginator = self.get_paginator(queryset, page_size)
        if self.filterset.known_count is not None:
            paginator.count = self.filterset.known_count  # counting would search again
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.filterset.valid_data.get("q")
        paginator = context.get("paginator")  # the advisors' table lists all, unpaginated
        if query and paginator and not paginator.count and not self.filterset.active_filters:
            # What people looked for and nothing has (words only: with filters chosen, the
            # filters may be what found nothing).
            services.count_unfound(query=query, language=get_language())
            self.counted_unfound = True
        decorate(context["object_list"], origin=self.origin, now=timezone.now())
        if paginator is not None and not paginator.count:
            # "Open now" at 8:30 finds nothing: say what opens next instead of nothing.
            context["opening_soonest"] = self.filterset.opening_soonest(timezone.now())
        view = self.request.GET.get("view")
        context.update(
            filterset=self.filterset,
            origin=self.origin,
            view=view if view in VIEWS else "",
            quick_filters=self.filterset.quick_filters(get_language()),
            with_map=self.with_map,
            areas=topic_tree(),
            finder_config=finder_config(self.request),
        )
        return context


class HomeView(CachedPageMixin, FinderMixin, ListView):
    template_name = "offers/home.html"


class OfferListView(CachedPageMixin, RateLimitedMixin, FinderMixin, ListView):
    template_name = "offers/list.html"
