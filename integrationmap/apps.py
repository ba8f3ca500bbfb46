from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate


def install_content_triggers(using, **kwargs):
    from .content_triggers import install

    install(connections[using])


class IntegrationMapConfig(AppConfig):
    name = "integrationmap"
    verbose_name = "Integration Map"

    def ready(self):
        post_migrate.connect(install_content_triggers, sender=self)
