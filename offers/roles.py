"""Editorial roles as auth groups, kept in step with the models after every `migrate`."""

from django.contrib.auth.models import Group, Permission

EDITORS = "Editors"

# The editorial content: editors may view, add, change and delete all of it.
EDITORIAL_MODELS = (
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
)


def editor_permissions():
    return Permission.objects.filter(
        content_type__app_label="offers", content_type__model__in=EDITORIAL_MODELS
    ) | Permission.objects.filter(content_type__app_label="offers", codename="view_demodataset")


def ensure_roles(**_kwargs):
    """Create or update the role groups (idempotent; connected to post_migrate)."""
    editors, _created = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*editor_permissions())
