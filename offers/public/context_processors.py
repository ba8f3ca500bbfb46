"""Values every public template may use (site name, list count, demo and transit notes)."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from integrationmap.infrastructure.digits import numbering_system
from offers.public.shortlist import parse_ids
from offers.public.topic_styles import topic_stylesheet_url
from offers.reference import has_demo_data
from routing.models import TransitFeed


def site(request):
    """Site-wide template values; each lazy one costs a query only where a template uses it."""
    return {
        "site_name": settings.SITE_NAME,
        "is_demo_data": SimpleLazyObject(has_demo_data),
        # Whose public-transport stops these are, as their licence asks to show.
        "transit_feed": SimpleLazyObject(TransitFeed.current_cached),
        # Without JavaScript the visitor's list travels in the query string (?list=12,48).
        "shortlist_ids": parse_ids(request.GET.get("list")),
        # Topic colours (markers, legend, cards) come from a stylesheet: no inline styles.
        "topic_styles_url": SimpleLazyObject(topic_stylesheet_url),
        # The page's digits, for numbers page scripts write (integrationmap.infrastructure.digits).
        "digits": numbering_system(),
    }
