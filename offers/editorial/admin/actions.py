"""Bulk actions of the offer list: each changes the selected offers through a versioned
service (offers.services) and tells the editor what was done and what was refused."""

from django.contrib import admin, messages
from django.utils.functional import lazy
from django.utils.translation import get_language_info, gettext, ngettext
from django.utils.translation import gettext_lazy as _

from integrationmap.languages import translated_into
from offers import services
from offers.external import machine_translation
from offers.models import OfferStatus


def report(modeladmin, request, result, done_message):
    if result.changed:
        modeladmin.message_user(request, done_message(len(result.changed)), messages.SUCCESS)
    for offer, reason in result.refused:
        modeladmin.message_user(
            request,
            _("“%(offer)s” was not changed: %(reason)s") % {"offer": offer, "reason": reason},
            messages.ERROR,
        )


def bulk_action(name, description, change, done_message, permission="change"):
    @admin.action(description=description, permissions=[permission])
    def action(modeladmin, request, queryset):
        report(modeladmin, request, change(queryset, request.user), done_message)

    action.__name__ = name
    return action


publish = bulk_action(
    "publish",
    _("Publish selected offers"),
    lambda offers, user: services.set_status(
        offers=offers, status=OfferStatus.PUBLISHED, user=user
    ),
    lambda n: ngettext("%(n)d offer published.", "%(n)d offers published.", n) % {"n": n},
    permission="publish",
)
archive = bulk_action(
    "archive",
    _("Archive selected offers"),
    lambda offers, user: services.set_status(offers=offers, status=OfferStatus.ARCHIVED, user=user),
    lambda n: ngettext("%(n)d offer archived.", "%(n)d offers archived.", n) % {"n": n},
    permission="publish",
)
mark_verified_today = bulk_action(
    "mark_verified_today",
    _("Still current: mark selected offers as verified today"),
    lambda offers, user: services.mark_verified(offers=offers, user=user),
    lambda n: (
        ngettext(
            "%(n)d offer marked as verified today.", "%(n)d offers marked as verified today.", n
        )
        % {"n": n}
    ),
)


def _describe(code: str) -> str:
    name = get_language_info(code)["name_translated"]
    return gettext("Translation into %(language)s still fits the German text") % {"language": name}


lazy_describe = lazy(_describe, str)


def confirm_translation_actions():
    """One action per translated language: the translation still fits the German text."""
    actions = []
    for code in translated_into():
        actions.append(
            bulk_action(
                f"confirm_translation_{code}",
                # Lazy: the label is shown in each editor's language.
                lazy_describe(code),
                lambda offers, user, code=code: services.confirm_translation(
                    offers=offers, language=code, user=user
                ),
                lambda n: (
                    ngettext(
                        "%(n)d translation marked as current.",
                        "%(n)d translations marked as current.",
                        n,
                    )
                    % {"n": n}
                ),
                permission="translate",
            )
        )
    return tuple(actions)


def _describe_machine(code: str) -> str:
    name = get_language_info(code)["name_translated"]
    return gettext("Machine-translate missing texts into %(language)s") % {"language": name}


lazy_describe_machine = lazy(_describe_machine, str)


def machine_translation_actions():
    """One action per translated language: empty texts filled by the configured translation
    service (shown only when one is configured, see OfferAdmin.get_actions)."""

    def make(code):
        @admin.action(description=lazy_describe_machine(code), permissions=["translate"])
        def action(modeladmin, request, queryset):
            service = machine_translation.configured()
            result = services.machine_translate(
                offers=queryset, language=code, user=request.user, service=service
            )
            done = lambda n: (  # noqa: E731
                ngettext(
                    "%(n)d offer machine-translated; the texts are marked as not yet checked.",
                    "%(n)d offers machine-translated; the texts are marked as not yet checked.",
                    n,
                )
                % {"n": n}
            )
            report(modeladmin, request, result, done)
            if result.stopped:
                modeladmin.message_user(
                    request,
                    _("The translation service stopped: %(reason)s Nothing else was changed.")
                    % {"reason": result.stopped},
                    messages.ERROR,
                )

        action.__name__ = f"machine_translate_{code}"
        return action

    return tuple(make(code) for code in translated_into())
