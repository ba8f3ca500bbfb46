"""The project's URLs: the public site and the open-data API under language prefixes, the
files and APIs that live at the root, and the back office."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.decorators.cache import cache_page

from offers.opendata.api.views import openapi_document
from offers.public.sitemaps import SITEMAPS
from offers.public.topic_styles import topic_styles
from offers.public.views import robots_txt, service_worker, short_list

urlpatterns = [
    path("robots.txt", robots_txt, name="robots"),
    # At the root, so that it may look after every page of the site.
    path("sw.js", service_worker, name="service-worker"),
    path("topics.css", topic_styles, name="topic-styles"),
    path(
        "sitemap.xml",
        cache_page(60 * 60)(sitemap_views.index),
        {"sitemaps": SITEMAPS},
        name="sitemap-index",
    ),
    path(
        "sitemap-<section>.xml",
        cache_page(60 * 60)(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    # Short links to lists of offers (QR codes, messages): language-neutral, permanent.
    path("s/<slug:code>", short_list, name="short-list"),
    # Open Referral HSDS 3.0 API: language by ?lang=, not by path (ADR 19).
    path("hsds/", include("offers.opendata.hsds.urls")),
    path("api/openapi.json", openapi_document, name="openapi"),
    path(settings.ADMIN_URL, admin.site.urls),
]
urlpatterns += i18n_patterns(
    path("", include("offers.public.urls")),
    path("", include("offers.opendata.api.urls")),
    prefix_default_language=True,
)

handler400 = "integrationmap.infrastructure.error_pages.bad_request"
handler500 = "integrationmap.infrastructure.error_pages.server_error"
