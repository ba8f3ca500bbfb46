"""Bulk actions of the offer list: each changes the selected offers through a versioned
service (offers.services, named in offers/editorial/bulk.py). A few offers are changed at
once and the editor is told what was done and what was refused; more than
`bulk.IN_REQUEST` (or any machine translation, which waits for an outside service) become a
background job whose page shows its progress and can undo it. Deleting asks first, without
listing thousands of offers in the form (Django's own action sent one field per offer and
failed beyond a thousand)."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.functional import lazy
from django.utils.translation import get_language_info, gettext, ngettext
from django.utils.translation import gettext_lazy as _

from integrationmap.languages import translated_into
from offers import jobs
from offers.editorial import bulk, tasks
from offers.models import JobKind


def start_job(request, queryset, *, name: str, language: str = "", title: str):
    """A background job for the change `name` of the offers in `queryset`."""
    ids = list(queryset.order_by().values_list("pk", flat=True).distinct())
    count = ngettext("%(n)s offer", "%(n)s offers", len(ids)) % {"n": f"{len(ids):,}"}
    job = jobs.start(
        task=tasks.bulk_change,
        kind=JobKind.BULK_ACTION,
        title=f"{title} ({count})",
        user=request.user,
        parameters={
            "change": name,
            "language": language,
            "offers": ids,
            "permission": bulk.CHANGES[name].permission,
        },
    )
    return redirect(job)


def run(modeladmin, request, queryset, *, name: str, language: str = "", title: str):
    change = bulk.CHANGES[name]
    if queryset.count() > bulk.IN_REQUEST:
        return start_job(request, queryset, name=name, language=language, title=str(title))
    result = change.change(queryset, request.user, language)
    if result.changed:
        modeladmin.message_user(request, change.done(len(result.changed)), messages.SUCCESS)
    for offer, reason in result.refused:
        modeladmin.message_user(
            request,
            _("“%(offer)s” was not changed: %(reason)s") % {"offer": offer, "reason": reason},
            messages.ERROR,
        )
    return None


def bulk_action(name, description, permission="change", language=""):
    @admin.action(description=description, permissions=[permission])
    def action(modeladmin, request, queryset):
        return run(modeladmin, request, queryset, name=name, language=language, title=description)

    action.__name__ = name if not language else f"{name}_{language}"
    return action


publish = bulk_action("publish", _("Publish selected offers"), "publish")
archive = bulk_action("archive", _("Archive selected offers"), "publish")
mark_verified_today = bulk_action(
    "mark_verified_today", _("Still current: mark selected offers as verified today")
)


def _describe(code: str) -> str:
    name = get_language_info(code)["name_translated"]
    return gettext("Translation into %(language)s still fits the German text") % {"language": name}


lazy_describe = lazy(_describe, str)


def confirm_translation_actions():
    """One action per translated language: the translation still fits the German text."""
    return tuple(
        # Lazy: the label is shown in each editor's language.
        bulk_action("confirm_translation", lazy_describe(code), "translate", language=code)
        for code in translated_into()
    )


def _describe_machine(code: str) -> str:
    name = get_language_info(code)["name_translated"]
    return gettext("Machine-translate missing texts into %(language)s") % {"language": name}


lazy_describe_machine = lazy(_describe_machine, str)


def machine_translation_actions():
    """One action per translated language: empty texts filled by the configured translation
    service (shown only when one is configured, see OfferAdmin.get_actions), always as a job:
    the service answers slowly."""

    def make(code):
        description = lazy_describe_machine(code)

        @admin.action(description=description, permissions=["translate"])
        def action(modeladmin, request, queryset):
            return start_job(
                request, queryset, name="machine_translate", language=code, title=description
            )

        action.__name__ = f"machine_translate_{code}"
        return action

    return tuple(make(code) for code in translated_into())


@admin.action(description=_("Delete selected offers"), permissions=["delete"])
def delete_offers(modeladmin, request, queryset):
    """Ask first (with the count and some titles), then delete, as a job beyond a few."""
    if request.POST.get("post") == "yes":
        return run(modeladmin, request, queryset, name="delete", title=_("Delete offers"))
    count = queryset.count()
    return TemplateResponse(
        request,
        "admin/offers/offer/delete_offers.html",
        {
            **modeladmin.admin_site.each_context(request),
            "opts": modeladmin.model._meta,
            "title": _("Delete offers?"),
            "count": count,
            "sample": queryset.order_by("title_de")[:20],
            "select_across": request.POST.get("select_across") == "1",
            # Without "all of the list", the chosen offers (a page holds at most 50).
            "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
            "action_index": request.POST.get("index", "0"),
            "query": request.GET.urlencode(),
        },
    )
