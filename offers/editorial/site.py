"""The editorial back office's admin site: its titles, the start page with what needs
attention, and the address search the map widget asks."""

from django.contrib import admin
from django.urls import path
from django.utils.translation import gettext_lazy as _

from offers.editorial.admin.geocode import geocode_view
from offers.editorial.dashboard import attention, translation_overview, unfound_searches
from offers.models import Category


class EditorialAdminSite(admin.AdminSite):
    site_header = _("Integration Map – editorial office")
    site_title = _("Integration Map")
    index_title = _("Editorial office")
    index_template = "admin/editorial_index.html"

    def get_urls(self):
        return [
            path("geocode/", self.admin_view(geocode_view), name="geocode"),
            *super().get_urls(),
        ]

    def index(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "attention": attention(request.user),
            "translations": translation_overview(request.user),
            "unfound": unfound_searches(request.user),
            "topics": Category.objects.subcategories() if request.user.is_staff else (),
        }
        return super().index(request, extra_context)
