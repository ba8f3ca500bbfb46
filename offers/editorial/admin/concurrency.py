"""No lost edits: optimistic concurrency for the offer form.

The form carries the version (`lock_version`) the editor started from. If someone saved
the offer meanwhile, the save is refused and the editor sees who changed what (from the
django-reversion history); their own input stays in the form. They may then deliberately
save their version over the other one (a checkbox), never by accident. The row is locked
(select_for_update) from the check to the save, so two saves cannot slip past each other.

A revert from the history (django-reversion) first writes the old version into the row, with
the old version's number, inside its transaction. The form of a revert therefore compares the
editor's seen version with the number the offer had *before* the revert, and saves with the
next number after it: version numbers only ever grow, so a form opened before a revert still
meets a conflict after it.
"""

from django import forms
from django.contrib.admin.utils import unquote
from django.db import models, transaction
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from reversion.models import Version

from offers.models import Offer

IGNORED = {"lock_version", "search_title", "search_text", "updated", "slug", "source_digest"}


def _display(value) -> str:
    if value in (None, ""):
        return _("(empty)")
    return Truncator(str(value)).chars(80)


def changes_since(offer: Offer, lock_version: int, *, reverting: bool = False):
    """(field label, then, now) for what changed after the version with `lock_version`, and
    the latest version (who and when), from the saved history. While a revert is under way
    the row holds the old version: "now" is then the newest saved version."""
    versions = Version.objects.get_for_object(offer).select_related("revision__user")
    then = next((v for v in versions if v.field_dict.get("lock_version") == lock_version), None)
    latest = versions.first()
    if then is None:
        return [], latest
    newest = latest.field_dict if reverting else None
    changes = []
    for field in Offer._meta.concrete_fields:
        if field.attname in IGNORED or field.primary_key:
            continue
        before = then.field_dict.get(field.attname, then.field_dict.get(field.name))
        if newest is None:
            now = getattr(offer, field.attname)
        else:
            now = newest.get(field.attname, newest.get(field.name))
        if before != now:
            changes.append((str(field.verbose_name), _display(before), _display(now)))
    return changes, latest


class ConcurrencyForm(forms.ModelForm):
    """Base form of the offer admin (modeltranslation adds the language columns)."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # After a conflict: the version the editor was shown as the other one.
    latest_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    overwrite = forms.BooleanField(
        required=False,
        label=gettext_lazy("Save my version anyway, replacing the changes listed above"),
    )

    # On a revert: the offer's version number before the old version was written back (set
    # by ConcurrencyGuard); None on a plain change.
    version_before_revert = None

    class Meta:
        model = Offer
        fields = "__all__"  # noqa: DJ007  (the admin's fieldsets decide what is shown)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial.setdefault("seen_version", self._current_version(self.instance))
        self.conflict = None

    def _current_version(self, offer: Offer) -> int:
        if self.version_before_revert is not None:
            return self.version_before_revert
        return offer.lock_version

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk:
            return cleaned
        current = Offer.objects.select_for_update().filter(pk=self.instance.pk).first()
        if current is None:
            return cleaned
        current_version = self._current_version(current)
        # The save continues the numbering from the newest version, a revert's too.
        self.instance.lock_version = current_version
        seen = cleaned.get("seen_version")
        if seen == current_version:
            return cleaned
        if cleaned.get("overwrite") and cleaned.get("latest_version") == current_version:
            return cleaned  # deliberately over the version the editor was shown
        reverting = self.version_before_revert is not None
        changes, latest = changes_since(current, seen, reverting=reverting)
        exact = bool(changes)
        if not exact:  # no saved version to compare with: compare the form with the offer
            changes = [
                (str(self.fields[name].label), _display(cleaned[name]), _display(value))
                for name in self.fields
                if name in cleaned
                and hasattr(current, name)
                and not isinstance(value := getattr(current, name), models.Manager)
                and cleaned[name] != value
            ]
        self.data = self.data.copy()
        self.data[self.add_prefix("latest_version")] = current_version
        self.data.pop(self.add_prefix("overwrite"), None)
        self.conflict = True
        raise forms.ValidationError(self._message(changes, latest, exact), code="conflict")

    @staticmethod
    def _message(changes, latest, exact):
        who = ""
        if latest is not None:
            who = " ({}, {})".format(
                latest.revision.user or _("an import or a script"),
                date_format(localtime(latest.revision.date_created), "DATETIME_FORMAT"),
            )
        listed = format_html_join("", "<li>{}: {} → {}</li>", changes)
        lead = (
            _("Your changes have not been saved, so that theirs are not lost. Their changes:")
            if exact
            else _(
                "Your changes have not been saved, so that theirs are not lost. Where your "
                "form and the saved offer now differ (yours → saved):"
            )
        )
        return format_html(
            "{} {}<ul>{}</ul>{}",
            _("Someone else%(who)s saved this offer while you were editing it.") % {"who": who},
            lead,
            listed,
            _(
                "Your input is still in the form below. Open the offer in a new tab to see "
                "their version, or tick “Save my version anyway” and save again."
            ),
        )


class ConcurrencyGuard:
    """Admin mixin (before VersionAdmin): use the concurrency form, and let reverts and
    recoveries from the history take part in it."""

    form = ConcurrencyForm

    def revision_view(self, request, object_id, version_id, extra_context=None):
        with transaction.atomic():
            # Locked until the revert is saved or rolled back.
            request.offer_version_before_revert = (
                Offer.objects.select_for_update()
                .filter(pk=unquote(object_id))
                .values_list("lock_version", flat=True)
                .first()
            )
            return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        # A deleted offer's numbering goes on from its newest saved version.
        version = Version.objects.filter(pk=version_id, content_type__model="offer").first()
        if version is not None:
            numbers = [
                v.field_dict.get("lock_version") or 0
                for v in Version.objects.get_for_object_reference(Offer, version.object_id)
            ]
            request.offer_version_before_revert = max(numbers, default=0)
        return super().recover_view(request, version_id, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        before = getattr(request, "offer_version_before_revert", None)
        if before is not None:
            form = type(form.__name__, (form,), {"version_before_revert": before})
        return form
