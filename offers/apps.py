"""The offers app: its models, and the hooks that keep roles and the language-dependent
schema in step after every `migrate` (docs/architecture.md)."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate, pre_migrate
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    name = "offers"
    verbose_name = _("Offers")

    def ready(self):
        # modeltranslation (earlier in INSTALLED_APPS) has registered its fields by now, so
        # versions include every language's column.
        from . import search_schema, versioning
        from .roles import ensure_roles

        versioning.register_models()
        # After every app's migrations (not only ours): the roles include other apps' models,
        # whose permissions exist only once their post_migrate has run.
        post_migrate.connect(ensure_roles, dispatch_uid="offers-ensure-roles")
        pre_migrate.connect(
            search_schema.drop_title_indexes, sender=self, dispatch_uid="offers-languages-pre"
        )
        post_migrate.connect(search_schema.sync, sender=self, dispatch_uid="offers-languages")
