from django.contrib import admin, messages
from django.db.models import Prefetch
from django.forms import CheckboxSelectMultiple
from django.utils.html import format_html_join
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from import_export.admin import ExportActionMixin
from import_export.formats.base_formats import CSV, XLSX
from import_export.forms import ExportForm
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline
from reversion.admin import VersionAdmin

from offers import services
from offers.models import Location, Offer, OfferCategory, OfferStatus, OpeningSlot
from offers.spreadsheet.resource import OfferResource

from .contacts import ContactInline
from .filters import (
    CategoryFilter,
    MissingTranslationFilter,
    MunicipalityFilter,
    VerificationFilter,
)
from .forms import LocationForm, LocationFormSet, OpeningSlotForm, OpeningSlotFormSet
from .imports import OfferImport


class CategoryInline(admin.TabularInline):
    model = OfferCategory
    autocomplete_fields = ("category",)
    min_num = 1
    extra = 0
    verbose_name = _("category")
    verbose_name_plural = _("categories")


class OpeningSlotInline(admin.TabularInline):
    model = OpeningSlot
    form = OpeningSlotForm
    formset = OpeningSlotFormSet
    extra = 0
    verbose_name_plural = _("weekly opening hours")


class LocationInline(TranslationStackedInline):
    model = Location
    form = LocationForm
    formset = LocationFormSet
    fields = (
        "name",
        "street",
        "postcode",
        "municipality",
        "latitude",
        "longitude",
        "wheelchair_access",
        "directions",
    )

    def get_extra(self, request, obj=None, **kwargs):
        return 0 if obj else 1


class OfferContactInline(ContactInline):
    fk_name = "offer"


def _report(modeladmin, request, result, done_message):
    if result.changed:
        modeladmin.message_user(request, done_message(len(result.changed)), messages.SUCCESS)
    for offer, reason in result.refused:
        modeladmin.message_user(
            request,
            _("“%(offer)s” was not changed: %(reason)s") % {"offer": offer, "reason": reason},
            messages.ERROR,
        )


def bulk_action(name, description, change, done_message):
    """An admin action that changes each selected offer through a versioned service."""

    @admin.action(description=description, permissions=["change"])
    def action(modeladmin, request, queryset):
        _report(modeladmin, request, change(queryset, request.user), done_message)

    action.__name__ = name
    return action


publish = bulk_action(
    "publish",
    _("Publish selected offers"),
    lambda offers, user: services.set_status(offers, OfferStatus.PUBLISHED, user),
    lambda n: ngettext("%(n)d offer published.", "%(n)d offers published.", n) % {"n": n},
)
archive = bulk_action(
    "archive",
    _("Archive selected offers"),
    lambda offers, user: services.set_status(offers, OfferStatus.ARCHIVED, user),
    lambda n: ngettext("%(n)d offer archived.", "%(n)d offers archived.", n) % {"n": n},
)
mark_verified_today = bulk_action(
    "mark_verified_today",
    _("Mark selected offers as verified today"),
    services.mark_verified,
    lambda n: (
        ngettext(
            "%(n)d offer marked as verified today.", "%(n)d offers marked as verified today.", n
        )
        % {"n": n}
    ),
)


@admin.register(Offer)
class OfferAdmin(ExportActionMixin, VersionAdmin, TabbedTranslationAdmin):
    # Spreadsheets: export of the filtered list or a selection (django-import-export), and
    # our own import views (offers/admin/imports.py).
    resource_classes = [OfferResource]
    export_formats = [XLSX, CSV]
    export_form_class = ExportForm
    import_export_change_list_template = "admin/offers/offer/change_list.html"
    list_display = (
        "title",
        "status",
        "municipalities",
        "category_list",
        "last_verified",
        "missing_translations",
        "updated",
    )
    list_filter = (
        "status",
        MunicipalityFilter,
        CategoryFilter,
        VerificationFilter,
        MissingTranslationFilter,
        "cost",
    )
    search_fields = ("title_de", "title_en", "title_ar", "provider__name_de", "summary_de")
    list_select_related = ("provider",)
    list_per_page = 50
    autocomplete_fields = ("provider", "languages")
    readonly_fields = ("created", "updated")
    actions = (publish, archive, mark_verified_today)
    inlines = (CategoryInline, LocationInline, OpeningSlotInline, OfferContactInline)
    fieldsets = (
        (None, {"fields": ("title", "summary", "description", "provider", "status")}),
        (
            _("Who and how"),
            {
                "fields": (
                    "target_groups",
                    "languages",
                    "cost",
                    "cost_note",
                    "registration_required",
                    "registration_note",
                    "eligibility",
                )
            },
        ),
        (
            _("When and where"),
            {
                "fields": (
                    "by_appointment_only",
                    "opening_hours_note",
                    "valid_from",
                    "valid_until",
                    "available_online",
                    "available_by_phone",
                    "website",
                )
            },
        ),
        (_("Up to date"), {"fields": ("last_verified", "created", "updated")}),
    )

    def get_urls(self):
        return OfferImport(self).urls() + super().get_urls()

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "has_import_permission": request.user.has_perm("offers.import_offer"),
        }
        return super().changelist_view(request, extra_context)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "target_groups":
            kwargs["widget"] = CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                "categories",
                Prefetch("locations", queryset=Location.objects.select_related("municipality")),
            )
        )

    @admin.display(description=_("municipalities"))
    def municipalities(self, offer):
        names = sorted({location.municipality.name for location in offer.locations.all()})
        return ", ".join(names) or _("online / by phone")

    @admin.display(description=_("categories"))
    def category_list(self, offer):
        return ", ".join(str(category) for category in offer.categories.all())

    @admin.display(description=_("translation missing"))
    def missing_translations(self, offer):
        missing = offer.missing_languages()
        if not missing:
            return _("complete")
        return format_html_join(
            " ",
            '<abbr class="missing-language" title="{}">{}</abbr>',
            ((get_language_info(code)["name_translated"], code) for code in missing),
        )
