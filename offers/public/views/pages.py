"""The site's fixed pages: privacy, offline, and the web app manifest."""

from django.conf import settings
from django.views.generic import TemplateView

from integrationmap.infrastructure.caching import CachedPageMixin
from integrationmap.infrastructure.tiles import tile_origin


class PrivacyView(CachedPageMixin, TemplateView):
    """What the site stores and sends, in the visitor's language."""

    template_name = "offers/privacy.html"

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "operator": settings.SITE_OPERATOR,
            "privacy_contact": settings.PRIVACY_CONTACT,
            "tile_server": tile_origin(settings.MAP_TILES_URL).split("://", 1)[1],
        }


class OfflineView(CachedPageMixin, TemplateView):
    """What the service worker shows for a page not kept in the browser, without a
    connection."""

    template_name = "offers/offline.html"


class ManifestView(CachedPageMixin, TemplateView):
    """The web app manifest in the page's language (name, direction, start page, icons)."""

    template_name = "offers/manifest.webmanifest"
    content_type = "application/manifest+json"
