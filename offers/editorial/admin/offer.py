"""The offer admin: the editors' main page, saving through the write path (offers.services),
with versions, conflict detection, spreadsheet export and the bulk actions."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.forms import CheckboxSelectMultiple
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from modeltranslation.utils import build_localized_fieldname
from reversion.admin import VersionAdmin
from reversion.models import Version

from integrationmap.languages import SOURCE_LANGUAGE
from integrationmap.languages import offered as offered_languages
from offers import services
from offers.editorial.admin.actions import (
    archive,
    confirm_translation_actions,
    delete_offers,
    machine_translation_actions,
    mark_verified_today,
    publish,
)
from offers.editorial.admin.concurrency import ConcurrencyGuard
from offers.editorial.admin.contacts import ContactInline
from offers.editorial.admin.exports import OfferExport, export_selected
from offers.editorial.admin.filters import (
    CategoryFilter,
    MunicipalityFilter,
    StatusFilter,
    TranslationFilter,
    ValidityFilter,
    VerificationFilter,
    WebsiteFilter,
)
from offers.editorial.admin.forms import (
    CategoryFormSet,
    LocationForm,
    LocationFormSet,
    OpeningSlotForm,
    OpeningSlotFormSet,
)
from offers.editorial.admin.history import compare_view
from offers.editorial.admin.imports import OfferImport
from offers.editorial.admin.side_by_side import SideBySideStackedInline, SideBySideTranslationAdmin
from offers.editorial.admin.translations import TranslationsPage, target_languages
from offers.external import machine_translation
from offers.models import Location, Offer, OfferCategory, OfferStatus, OpeningSlot
from offers.models.offers import TranslationState
from offers.roles import scope_of


class CategoryInline(admin.TabularInline):
    model = OfferCategory
    formset = CategoryFormSet
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


class LocationInline(SideBySideStackedInline):
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

    def get_queryset(self, request):
        """A municipality editor sees (and so changes) only the places in their towns."""
        queryset = super().get_queryset(request)
        scope = scope_of(request.user)
        if scope.limited_to_towns:
            queryset = queryset.filter(municipality__in=scope.municipalities)
        return queryset

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        scope = scope_of(request.user)
        if db_field.name == "municipality" and scope.limited_to_towns:
            kwargs["queryset"] = db_field.related_model.objects.filter(pk__in=scope.municipalities)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class OfferContactInline(ContactInline):
    fk_name = "offer"


# Shown above the texts: many readers are still learning German, or to read at all.
PLAIN_LANGUAGE = _(
    "Write for people who are new here and still learning to read: short sentences, one idea "
    "each; common words; say who it is for and what to do next (“Come on Monday at 9.”). "
    "Explain terms like Jobcenter or Kita once. No abbreviations, no officialese."
)

PLAIN_HELP = {
    "title": _("What it is, in a few words: “German course for women”, not “Module 3”."),
    "description": _(
        "Short paragraphs: what happens there, how to take part, what to bring. "
        "Talk to the reader (“You can …”)."
    ),
    "eligibility": _("Who may come, in plain words. If anyone may come, say so."),
}


class AdminFormsets:
    """The offer form's related rows (categories, places, hours, people) as the write path
    writes parts: Django's formsets save them, so that a municipality editor's save leaves
    the places outside their towns (which the form does not show) alone. Their checks ran
    when the forms were validated; the write path checks the result again."""

    def __init__(self, save_formsets):
        self.save_formsets = save_formsets

    def validate(self) -> None:
        pass  # the admin validated every form and formset before saving

    def apply(self, offer, *, created: bool):
        self.save_formsets()
        # Restoring a version saves with model signals muted (django-reversion): every place
        # gets its nearest stops again.
        return list(offer.locations.all())


@admin.register(Offer)
class OfferAdmin(ConcurrencyGuard, VersionAdmin, SideBySideTranslationAdmin):
    # Spreadsheets: export of the filtered list or a selection (offers/editorial/admin/
    # exports.py) and import (imports.py), both as background jobs.
    change_list_template = "admin/offers/offer/change_list.html"
    change_form_template = "admin/offers/offer/change_form.html"
    object_history_template = "reversion/offers/offer/object_history.html"

    list_display = (
        "title",
        "status",
        "municipalities",
        "category_list",
        "last_verified",
        "translation_status",
        "still_current",
    )
    list_filter = (
        StatusFilter,
        MunicipalityFilter,
        CategoryFilter,
        VerificationFilter,
        ValidityFilter,
        TranslationFilter,
        WebsiteFilter,
        "cost",
    )
    search_fields = ("title_de", "title_en", "title_ar", "provider__name_de", "summary_de")
    list_select_related = ("provider",)
    list_per_page = 50
    autocomplete_fields = ("provider", "languages")
    readonly_fields = ("external_id", "verified_by", "created", "updated")
    actions = (
        export_selected,
        publish,
        archive,
        mark_verified_today,
        delete_offers,
        *confirm_translation_actions(),
        *machine_translation_actions(),
    )
    inlines = (CategoryInline, LocationInline, OpeningSlotInline, OfferContactInline)
    fieldsets = (
        (
            _("Texts"),
            {
                "fields": ("title", "summary", "description", "provider", "status"),
                "description": PLAIN_LANGUAGE,
            },
        ),
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
                    "childcare",
                    "levels",
                    "website",
                )
            },
        ),
        (
            _("Up to date"),
            {"fields": ("last_verified", "verified_by", "external_id", "created", "updated")},
        ),
    )

    # --- who may see and change what (offers.roles) ------------------------------------------

    def get_queryset(self, request):
        queryset = (
            super()
            .get_queryset(request)
            .prefetch_related(
                "categories",
                Prefetch("locations", queryset=Location.objects.select_related("municipality")),
            )
        )
        scope = scope_of(request.user)
        if scope.limited_to_towns:
            queryset = queryset.in_municipalities(scope.municipalities)
        return queryset

    def view_on_site(self, offer):
        """Public offers open on the site; drafts, archived and expired ones as a preview."""
        if offer.is_public():
            return offer.get_absolute_url()
        return reverse("offers:preview", kwargs={"pk": offer.pk})

    def has_publish_permission(self, request):
        return request.user.has_perm("offers.publish_offer")

    def has_translate_permission(self, request):
        return self.has_change_permission(request)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            readonly.append("status")  # new offers stay drafts until a reviewer publishes
        languages = scope_of(request.user).languages
        if languages is not None:
            editable = {
                build_localized_fieldname(field, code)
                for field in Offer.translated_field_names()
                for code in languages
            }
            readonly += [
                name
                for name in self._form_field_names()
                if name not in editable and name not in readonly
            ]
        return readonly

    @staticmethod
    def _form_field_names() -> list[str]:
        names = []
        translated = set(Offer.translated_field_names())
        for field in Offer._meta.get_fields():
            if not getattr(field, "editable", False) or field.auto_created:
                continue
            if getattr(field, "translated_field", None) is not None:
                names.append(field.name)  # title_de, title_ar …
            elif field.name not in translated:
                names.append(field.name)
        return names

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        for name, field in form.base_fields.items():
            base, _separator, language = name.rpartition("_")
            if base in PLAIN_HELP and language == SOURCE_LANGUAGE and not field.help_text:
                field.help_text = PLAIN_HELP[base]
        return form

    def get_inline_instances(self, request, obj=None):
        if scope_of(request.user).languages is not None:
            return []  # translators change the offer's own texts only
        return super().get_inline_instances(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # ours asks without one field per offer
        if machine_translation.configured() is None:
            actions = {k: v for k, v in actions.items() if not k.startswith("machine_translate_")}
        languages = scope_of(request.user).languages
        if languages is not None:
            allowed = {
                f"{kind}_{code}"
                for code in languages
                for kind in ("confirm_translation", "machine_translate")
            }
            actions = {
                name: action
                for name, action in actions.items()
                if not name.startswith(("confirm_translation_", "machine_translate_"))
                or name in allowed
            }
            actions.pop("mark_verified_today", None)
        return actions

    def save_model(self, request, obj, form, change):
        if not change and not self.has_publish_permission(request):
            obj.status = OfferStatus.DRAFT  # new offers stay drafts until a reviewer publishes
        # Saved together with its categories, places, hours and people in save_related(),
        # through the write path.

    def save_related(self, request, form, formsets, change):
        services.save_offer(
            offer=form.instance,
            user=request.user,
            # The revision's comment is the admin's change message (VersionAdmin).
            parts=AdminFormsets(
                lambda: super(OfferAdmin, self).save_related(request, form, formsets, change)
            ),
        )

    # --- history: restoring an old version writes every field of the offer ---------------------

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # A translator changes only their language's texts: a whole old version is not theirs
        # to restore. (A municipality editor reaches only offers in their towns.)
        if scope_of(request.user).languages is not None:
            raise PermissionDenied
        return super().revision_view(request, object_id, version_id, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        versions = Version.objects.get_for_object_reference(Offer, unquote(object_id))
        extra_context = {
            **(extra_context or {}),
            "versions": versions.select_related("revision__user").order_by("-pk"),
        }
        return super().history_view(request, object_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        # Deleted offers of every town: for the editorial team, not a town's or a language's.
        scope = scope_of(request.user)
        if scope.limited_to_towns or scope.languages is not None:
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        scope = scope_of(request.user)
        if scope.limited_to_towns or scope.languages is not None:
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)

    def delete_model(self, request, obj):
        services.delete_offers(offers=[obj], user=request.user)

    def delete_queryset(self, request, queryset):
        services.delete_offers(offers=queryset, user=request.user)

    # --- extra views: import, "still current" ------------------------------------------------

    def get_urls(self):
        extra = [
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(
                    lambda request, object_id: compare_view(self, request, object_id)
                ),
                name="offers_offer_compare",
            ),
            path(
                "<int:pk>/verify/",
                self.admin_site.admin_view(require_POST(self.verify_view)),
                name="offers_offer_verify",
            ),
        ]
        return (
            OfferImport(self).urls()
            + OfferExport(self).urls()
            + TranslationsPage(self).urls()
            + extra
            + super().get_urls()
        )

    def verify_view(self, request, pk):
        """One click "still current": last verified today, by this editor (a version)."""
        offer = get_object_or_404(self.get_queryset(request), pk=pk)
        if not self.has_change_permission(request, offer) or scope_of(request.user).languages:
            raise PermissionDenied
        result = services.mark_verified(offers=Offer.objects.filter(pk=offer.pk), user=request.user)
        if result.changed:
            self.message_user(
                request,
                _("“%(offer)s” is marked as still current today.") % {"offer": offer},
                messages.SUCCESS,
            )
        for _offer, reason in result.refused:
            self.message_user(request, reason, messages.ERROR)
        fallback = reverse("admin:offers_offer_change", args=[offer.pk])
        target = request.POST.get("next", "")
        return HttpResponseRedirect(target if target.startswith("/admin/") else fallback)

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "has_import_permission": request.user.has_perm("offers.import_offer"),
        }
        return super().changelist_view(request, extra_context)

    def translation_states(self, request, object_id) -> dict:
        """The offer's state in each target language, shown above its texts."""
        offer = self.get_object(request, unquote(object_id)) if object_id else None
        if offer is None:
            return {}
        states = {}
        for code in target_languages(request.user):
            state = offer.translation_state(code)
            if state == TranslationState.COMPLETE and code in (offer.machine_translated or []):
                states[code] = ("machine", _("machine-made, not yet checked"))
            else:
                states[code] = (state.value, state.label)
        return states

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "can_verify": scope_of(request.user).languages is None,
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "target_groups":
            kwargs["widget"] = CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    # --- list columns ------------------------------------------------------------------------

    @admin.display(description=_("municipalities"))
    def municipalities(self, offer):
        names = sorted({location.municipality.name for location in offer.locations.all()})
        return ", ".join(names) or _("online / by phone")

    @admin.display(description=_("categories"))
    def category_list(self, offer):
        return ", ".join(str(category) for category in offer.categories.all())

    @admin.display(description=_("translation"))
    def translation_status(self, offer):
        """Languages whose translation is missing (red) or older than the German text."""
        badges = [
            (state, get_language_info(code)["name_translated"], state.label, code)
            for code in offered_languages()
            if (state := offer.translation_state(code)) != TranslationState.COMPLETE
        ]
        if not badges:
            return _("complete")
        return format_html_join(
            " ",
            '<abbr class="{}-language" title="{}: {}">{}</abbr>',
            badges,
        )

    @admin.display(description=_("still current?"))
    def still_current(self, offer):
        # Submits a form outside the list's own form (see change_list.html).
        return format_html(
            '<button type="submit" form="verify-{}" class="button verify-button">{}</button>',
            offer.pk,
            _("Still current"),
        )
