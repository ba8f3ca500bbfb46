"""The offer list's filters in the back office: town, topic, review, validity, translations,
broken links."""

from django.conf import settings
from django.contrib import admin
from django.db.models import Exists, OuterRef
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from integrationmap.languages import offered as offered_languages
from offers.models import Category, Location, Municipality, Offer, OfferStatus

CURRENT = "current"
EXPIRY_WARNING_DAYS = 30


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


class TranslationFilter(admin.SimpleListFilter):
    """Per language: the translation is missing, or older than the German text."""

    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        choices = []
        for code in offered_languages():
            name = get_language_info(code)["name_translated"]
            choices.append((f"missing-{code}", _("%(language)s: missing") % {"language": name}))
            if code != settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
                choices.append(
                    (f"outdated-{code}", _("%(language)s: outdated") % {"language": name})
                )
                choices.append(
                    (
                        f"machine-{code}",
                        _("%(language)s: machine-made, not yet checked") % {"language": name},
                    )
                )
        return choices

    def queryset(self, request, queryset):
        state, _sep, code = (self.value() or "").partition("-")
        if code not in offered_languages():
            return queryset
        if state == "missing":
            return queryset.missing_translation(code)
        if state == "outdated" and code != settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            return queryset.outdated_translation(code)
        if state == "machine":
            return queryset.machine_translated(code)
        return queryset


class StatusFilter(admin.SimpleListFilter):
    """The status, and "current" (drafts and published: what is worked on, not archived),
    which the start page's counts link to."""

    title = _("status")
    parameter_name = "status__exact"

    def lookups(self, request, model_admin):
        return [*OfferStatus.choices, (CURRENT, _("current (not archived)"))]

    def queryset(self, request, queryset):
        if self.value() == CURRENT:
            return queryset.exclude(status=OfferStatus.ARCHIVED)
        if self.value() in OfferStatus.values:
            return queryset.filter(status=self.value())
        return queryset


class ValidityFilter(admin.SimpleListFilter):
    title = _("validity")
    parameter_name = "validity"

    def lookups(self, request, model_admin):
        return [
            ("expiring", _("ends within %(days)s days") % {"days": EXPIRY_WARNING_DAYS}),
            ("expired", _("ended (no longer public)")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "expiring":
            return queryset.expiring(EXPIRY_WARNING_DAYS)
        if self.value() == "expired":
            return queryset.expired()
        return queryset


class WebsiteFilter(admin.SimpleListFilter):
    """Offers whose own website, or their provider's, failed its last check."""

    title = _("website")
    parameter_name = "website"

    def lookups(self, request, model_admin):
        return [("broken", _("not reachable at the last check"))]

    def queryset(self, request, queryset):
        if self.value() != "broken":
            return queryset
        return queryset.with_broken_links()
