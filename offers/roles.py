"""Editorial roles as auth groups, kept in step with the models after every `migrate`."""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

EDITORS = "Editors"

# The editorial content: editors may view, add, change and delete all of it.
EDITORIAL_MODELS = {
    "offers": (
        "offer",
        "offercategory",
        "location",
        "contactperson",
        "openingslot",
        "provider",
        "category",
        "targetgroup",
        "language",
        "municipality",
    ),
    "routing": ("office",),
}
# What editors may look at but not change (imported or generated data).
VIEWED_MODELS = {"offers": ("demodataset",), "routing": ("stop", "transitfeed")}


def editor_permissions():
    condition = Q()
    for app_label, models in EDITORIAL_MODELS.items():
        condition |= Q(content_type__app_label=app_label, content_type__model__in=models)
    for app_label, models in VIEWED_MODELS.items():
        condition |= Q(
            content_type__app_label=app_label,
            content_type__model__in=models,
            codename__startswith="view_",
        )
    return Permission.objects.filter(condition)


def ensure_roles(**_kwargs):
    """Create or update the role groups (idempotent; connected to post_migrate)."""
    editors, _created = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*editor_permissions())
