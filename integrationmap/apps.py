"""The project's own app: the content version (a model and its triggers) and the
infrastructure layer in integrationmap/infrastructure/."""

from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate

from .infrastructure import content_version


def install_content_triggers(using, **kwargs):
    content_version.install(connections[using])


class IntegrationMapConfig(AppConfig):
    name = "integrationmap"
    verbose_name = "Integration Map"

    def ready(self):
        post_migrate.connect(install_content_triggers, sender=self)
