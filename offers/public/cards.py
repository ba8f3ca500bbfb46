"""What an offer card shows beyond the model: computed once per page for the listed offers."""

from integrationmap.infrastructure.prefetch import has_prefetched
from offers.geo import Point, distance_km
from offers.reference import attach_links
from offers.selectors import opening_state


def decorate(offers, *, origin: Point | None, now):
    """Give each offer (of `Offer.objects.for_listing()`) its categories, languages and
        target groups, and `main_category`, `towns`, `distance`, `opening` (open now, or when it
    opens next) and `is_open_now`."""
    attach_links([offer for offer in offers if not has_prefetched(offer, "categories")])
    for offer in offers:
        categories = sorted(offer.categories.all(), key=lambda c: (c.sort_order, c.slug))
        offer.main_category = categories[0] if categories else None
        offer.category_list = categories
        locations = list(offer.locations.all())
        offer.towns = sorted({location.municipality.name for location in locations})
        offer.distance = (
            min(distance_km(origin, Point(loc.latitude, loc.longitude)) for loc in locations)
            if origin and locations
            else None
        )
        offer.opening = opening_state(offer.opening_slots.all(), now)
        offer.is_open_now = bool(offer.opening and offer.opening.is_open)
    return offers
