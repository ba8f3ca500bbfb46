"""Configuration the page scripts read from a JSON data block (no inline scripts)."""

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _

from integrationmap.infrastructure.caching import remember
from integrationmap.infrastructure.digits import numbering_system
from offers.public.filters import OfferFilter
from offers.public.icons import sprite_name, sprite_url
from offers.public.markers import MARKERS_FROM_ZOOM
from offers.public.templatetags import list_separator
from offers.reference import topic_tree

NON_FILTER_PARAMETERS = ("page", "list", "view", "nearme")


# Leaflet is loaded by the page scripts when a map is about to show (maps.js, loadLeaflet):
# a phone that keeps to the list never downloads it, and no page waits for it to paint.
LEAFLET_FILES = {
    "css": ["leaflet/leaflet.css"],
    "js": ["leaflet/leaflet.js"],
}
CLUSTER_FILES = {
    "css": ["vendor/leaflet.markercluster/MarkerCluster.css"],
    "js": ["vendor/leaflet.markercluster/leaflet.markercluster.js"],
}


def map_categories() -> dict:
    """What the map needs of each subcategory: colour, icon, name in the page language."""

    def build():
        return {
            category.slug: {
                "slug": category.slug,
                "colour": category.colour,
                "icon": sprite_name(category.icon),
                "name": category.translated("name").text,
            }
            for area in topic_tree()
            for category in area.children.all()
        }

    return remember("map_categories", build)


def topic_of(offer) -> dict | None:
    """An offer's main topic as its map marker shows it (the same style in every map)."""
    category = getattr(offer, "main_category", None)
    if category is None:
        return None
    return {"slug": category.slug, "icon": sprite_name(category.icon), "colour": category.colour}


def leaflet_files(*, clusters: bool = False) -> dict:
    files = [LEAFLET_FILES, CLUSTER_FILES] if clusters else [LEAFLET_FILES]
    return {kind: [static(path) for part in files for path in part[kind]] for kind in ("css", "js")}


def map_config(*, clusters: bool = False) -> dict:
    return {
        "leaflet": leaflet_files(clusters=clusters),
        "tiles": settings.MAP_TILES_URL,
        "attribution": settings.MAP_TILES_ATTRIBUTION,
        "center": list(settings.MAP_DEFAULT_CENTER),
        "zoom": settings.MAP_DEFAULT_ZOOM,
        "sprite": sprite_url(),
        "rtl": get_language_bidi(),
        # The page's digits (integrationmap.infrastructure.digits), for numbers scripts write.
        "digits": numbering_system(),
        "labels": {"zoomIn": _("Zoom in"), "zoomOut": _("Zoom out")},
    }


def finder_config(request) -> dict:
    """For the home page's map and for "nearest to me" (which runs in the browser)."""
    query = request.GET.copy()
    for name in NON_FILTER_PARAMETERS:
        query.pop(name, None)
    base = map_config(clusters=True)
    area = OfferFilter.area_of(request.GET)
    return {
        **base,
        "area": list(area) if area else None,
        "markers": f"{reverse('offers:markers')}?{query.urlencode()}",
        "popup": reverse("offers:popup", kwargs={"pk": 0}),
        "detail": reverse("offers:detail-short", kwargs={"pk": 0}),
        "shortlist": reverse("offers:shortlist"),
        "markersFromZoom": MARKERS_FROM_ZOOM,
        "categories": map_categories(),
        "labels": {
            **base["labels"],
            "nearby": _("Nearest to your location"),
            "showAll": _("Back to all results"),
            "locating": _("Finding your location…"),
            "noLocation": _("Your location could not be found. Choose a town instead."),
            "noResults": _("No offer with an address matches your filters."),
            "more": _("Show more"),
            "km": _("%(km)s km"),
            "metres": _("%(metres)s m"),
            "offers": _("offers"),
            "openOffer": _("Open the offer"),
            "routes": _("Routes"),
            "addToList": _("Add to my list"),
            "inList": _("In my list"),
            "loading": _("Loading…"),
            "searchArea": _("Search this area"),
            "call": _("Call"),
            "notTranslated": _("not yet translated"),
            "listSeparator": list_separator(),
            "directions": _("Directions"),
            "inView": _("Offers in view"),
            "wheelHint": _("To zoom the map, hold Ctrl (⌘ on a Mac) and scroll."),
        },
    }
