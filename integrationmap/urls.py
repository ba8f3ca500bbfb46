from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.decorators.cache import cache_page

from offers.sitemaps import SITEMAPS
from offers.views import openapi_document, short_list

from .views import robots_txt, service_worker

urlpatterns = [
    path("robots.txt", robots_txt, name="robots"),
    # At the root, so that it may look after every page of the site.
    path("sw.js", service_worker, name="service-worker"),
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
    # Open Referral HSDS 3.0 API: language by ?lang=, not by path (issue 9, ADR 19).
    path("hsds/", include("offers.hsds_urls")),
    path("api/openapi.json", openapi_document, name="openapi"),
    path(settings.ADMIN_URL, admin.site.urls),
]
urlpatterns += i18n_patterns(path("", include("offers.urls")), prefix_default_language=True)

handler400 = "integrationmap.errors.bad_request"
handler500 = "integrationmap.errors.server_error"
