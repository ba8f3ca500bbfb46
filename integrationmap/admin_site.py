"""The editorial back office: Django's admin with our own site and discovery.

Discovery skips django-leaflet's admin module: it imports GeoDjango, which needs the GDAL
C library that this project deliberately does without (see docs/adr).
"""

from importlib import import_module

from django.apps import apps
from django.contrib import admin
from django.contrib.admin.apps import SimpleAdminConfig
from django.utils.module_loading import module_has_submodule
from django.utils.translation import gettext_lazy as _

APPS_WITHOUT_ADMIN_DISCOVERY = {"leaflet"}


class EditorialAdminSite(admin.AdminSite):
    site_header = _("Integration Map – editorial office")
    site_title = _("Integration Map")
    index_title = _("Editorial office")
    index_template = "admin/editorial_index.html"

    def get_urls(self):
        from django.urls import path

        from offers.admin.geocode import geocode_view

        return [
            path("geocode/", self.admin_view(geocode_view), name="geocode"),
            *super().get_urls(),
        ]

    def index(self, request, extra_context=None):
        from offers.dashboard import attention, translation_overview

        extra_context = {
            **(extra_context or {}),
            "attention": attention(request.user),
            "translations": translation_overview(request.user),
        }
        return super().index(request, extra_context)


class EditorialAdminConfig(SimpleAdminConfig):
    default_site = "integrationmap.admin_site.EditorialAdminSite"

    def ready(self):
        super().ready()
        for app_config in apps.get_app_configs():
            if app_config.label in APPS_WITHOUT_ADMIN_DISCOVERY:
                continue
            if module_has_submodule(app_config.module, "admin"):
                import_module(f"{app_config.name}.admin")
