from django.conf import settings
from django.contrib import admin
from django.db.models import Exists, OuterRef
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from offers.models import Category, Location, Municipality, Offer


class MunicipalityFilter(admin.SimpleListFilter):
    title = _("municipality")
    parameter_name = "municipality"

    def lookups(self, request, model_admin):
        return [(str(m.pk), m.name) for m in Municipality.objects.all()]

    def queryset(self, request, queryset):
        if not self.value() or not self.value().isdigit():
            return queryset
        here = Location.objects.filter(offer=OuterRef("pk"), municipality_id=int(self.value()))
        return queryset.filter(Exists(here))


class CategoryFilter(admin.SimpleListFilter):
    """Areas and subcategories in one list; an area matches all of its subcategories."""

    title = _("category")
    parameter_name = "category"

    def lookups(self, request, model_admin):
        choices = []
        for area in Category.objects.areas().prefetch_related("children"):
            choices.append((area.slug, area.name))
            choices.extend((child.slug, f"— {child.name}") for child in area.children.all())
        return choices

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        through = Offer.categories.through.objects.filter(offer=OuterRef("pk"))
        matching = through.filter(category__slug=self.value()) | through.filter(
            category__parent__slug=self.value()
        )
        return queryset.filter(Exists(matching))


class VerificationFilter(admin.SimpleListFilter):
    title = _("last verified")
    parameter_name = "verified"

    def lookups(self, request, model_admin):
        months = settings.VERIFICATION_INTERVAL_MONTHS
        return [
            ("outdated", _("more than %(months)s months ago or never") % {"months": months}),
            ("never", _("never")),
            ("current", _("within the last %(months)s months") % {"months": months}),
        ]

    def queryset(self, request, queryset):
        months = settings.VERIFICATION_INTERVAL_MONTHS
        if self.value() == "outdated":
            return queryset.needing_verification(months)
        if self.value() == "never":
            return queryset.filter(last_verified__isnull=True)
        if self.value() == "current":
            return queryset.exclude(pk__in=Offer.objects.needing_verification(months).values("pk"))
        return queryset


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("translation missing")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [
            (code, get_language_info(code)["name_translated"])
            for code in settings.MODELTRANSLATION_LANGUAGES
        ]

    def queryset(self, request, queryset):
        if self.value() in settings.MODELTRANSLATION_LANGUAGES:
            return queryset.missing_translation(self.value())
        return queryset
