"""The back office's admin configuration: Django's admin with our own site and discovery.

Discovery skips django-leaflet's admin module: it imports GeoDjango, which needs the GDAL
C library that this project deliberately does without (ADR 3).
"""

from importlib import import_module

from django.apps import apps
from django.contrib.admin.apps import SimpleAdminConfig
from django.utils.module_loading import module_has_submodule

APPS_WITHOUT_ADMIN_DISCOVERY = {"leaflet"}


class EditorialAdminConfig(SimpleAdminConfig):
    default_site = "offers.editorial.site.EditorialAdminSite"

    def ready(self):
        super().ready()
        for app_config in apps.get_app_configs():
            if app_config.label in APPS_WITHOUT_ADMIN_DISCOVERY:
                continue
            if module_has_submodule(app_config.module, "admin"):
                import_module(f"{app_config.name}.admin")
