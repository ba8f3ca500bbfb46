"""The moderation queue: problem reports and offer suggestions from visitors."""

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from offers import services
from offers.models import FeedbackStatus, Offer, OfferSuggestion, ProblemReport
from offers.roles import scope_of

SUBMITTED = ("created", "language", "email")


def status_action(status: FeedbackStatus, description):
    @admin.action(description=description, permissions=["change"])
    def action(modeladmin, request, queryset):
        count = services.set_feedback_status(messages=queryset, status=status, user=request.user)
        modeladmin.message_user(
            request,
            ngettext("%(n)d message updated.", "%(n)d messages updated.", count) % {"n": count},
            messages.SUCCESS,
        )

    action.__name__ = f"mark_{status}"
    return action


class FeedbackAdmin(admin.ModelAdmin):
    list_filter = ("status", "created")
    list_per_page = 50
    date_hierarchy = "created"
    actions = (
        status_action(FeedbackStatus.IN_PROGRESS, _("Mark as in progress")),
        status_action(FeedbackStatus.DONE, _("Mark as done")),
    )

    def has_add_permission(self, request):
        return False  # visitors write these on the site

    def save_model(self, request, obj, form, change):
        services.save_feedback_handling(
            message=obj, user=request.user, status_changed="status" in form.changed_data
        )


@admin.register(ProblemReport)
class ProblemReportAdmin(FeedbackAdmin):
    list_display = ("created", "offer_link", "problem", "short_message", "status", "handled_by")
    list_filter = ("status", "problem", "created")
    search_fields = ("offer_title", "message", "email")
    readonly_fields = ("offer_link", "offer_title", "problem", "message", *SUBMITTED, "handled_by")
    fields = (*readonly_fields, "status", "note")

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("offer", "handled_by")
        scope = scope_of(request.user)
        if scope.limited_to_towns:
            queryset = queryset.filter(offer__in=_offers_in(scope.municipalities))
        return queryset

    @admin.display(description=_("offer"), ordering="offer_title")
    def offer_link(self, report):
        if report.offer_id is None:
            return report.offer_title
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:offers_offer_change", args=[report.offer_id]),
            report.offer_title,
        )

    @admin.display(description=_("details"))
    def short_message(self, report):
        return report.message[:80]


def _offers_in(towns):
    return Offer.objects.in_municipalities(towns)


@admin.register(OfferSuggestion)
class OfferSuggestionAdmin(FeedbackAdmin):
    list_display = ("created", "title", "organisation", "place", "status", "handled_by")
    search_fields = ("title", "description", "organisation", "place")
    readonly_fields = (
        "title", "description", "organisation", "place", "website", *SUBMITTED, "handled_by",
    )  # fmt: skip
    fields = (*readonly_fields, "status", "offer", "note")
    autocomplete_fields = ("offer",)
