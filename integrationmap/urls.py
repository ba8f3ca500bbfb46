from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from offers.views import short_list

urlpatterns = [
    # Short links to lists of offers (QR codes, messages): language-neutral, permanent.
    path("s/<slug:code>", short_list, name="short-list"),
    # Open Referral HSDS 3.0 API: language by ?lang=, not by path (issue 9, ADR 19).
    path("hsds/", include("offers.hsds_urls")),
    path(settings.ADMIN_URL, admin.site.urls),
]
urlpatterns += i18n_patterns(path("", include("offers.urls")), prefix_default_language=True)

handler400 = "integrationmap.errors.bad_request"
handler500 = "integrationmap.errors.server_error"
