"""Visitors' messages to the editors: spam protection without third parties, and the
e-mail that tells the editors a message is waiting.

Spam protection: a honeypot field people never see, a signed time stamp (a person needs
a few seconds to fill in the form; a stale form is refused), and a limit per connection
and hour. The connection is kept only as a fingerprint salted with the day, so it cannot
be traced back or followed from one day to the next.
"""

import datetime
import hashlib
import logging
import time

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from integrationmap.infrastructure.http_security import client_ip
from offers.models import OfferSuggestion, ProblemReport
from offers.roles import EDITORS, MUNICIPALITY_EDITORS

log = logging.getLogger(__name__)
SALT = "feedback-form"
MIN_SECONDS = 3
MAX_AGE = 24 * 60 * 60


def client_fingerprint(request) -> str:
    day = timezone.localdate().isoformat()
    raw = f"{day}|{client_ip(request)}|{settings.SECRET_KEY}".encode()
    return hashlib.sha256(raw).hexdigest()[:32]


def too_many(request) -> bool:
    since = timezone.now() - datetime.timedelta(hours=1)
    fingerprint = client_fingerprint(request)
    sent = sum(
        model.objects.filter(client=fingerprint, created__gte=since).count()
        for model in (ProblemReport, OfferSuggestion)
    )
    return sent >= settings.FEEDBACK_PER_HOUR


class SpamCheckedForm(forms.ModelForm):
    # Named like a real field so that bots fill it in; people never see it.
    homepage = forms.CharField(
        required=False,
        label=gettext_lazy("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fresh = signing.dumps(time.time(), salt=SALT)
        self.initial["started"] = fresh
        self.submitted_started = ""
        if self.is_bound:
            # Checked against what was sent; a form shown again gets a fresh time stamp.
            self.submitted_started = self.data.get("started", "")
            self.data = self.data.copy()
            self.data["started"] = fresh

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("homepage"):
            raise forms.ValidationError(_("Your message could not be sent."), code="spam")
        try:
            started = float(signing.loads(self.submitted_started, salt=SALT))
        except (signing.BadSignature, TypeError, ValueError):
            started = 0.0
        if time.time() - started > MAX_AGE:
            raise forms.ValidationError(
                _("The form was open for too long. Please check your entries and send again."),
                code="stale",
            )
        if time.time() - started < MIN_SECONDS:
            raise forms.ValidationError(
                _("That was very fast. Please check your entries and send again."), code="fast"
            )
        return cleaned


class ProblemReportForm(SpamCheckedForm):
    class Meta:
        model = ProblemReport
        fields = ("problem", "message", "email")
        widgets = {
            "problem": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }


class OfferSuggestionForm(SpamCheckedForm):
    class Meta:
        model = OfferSuggestion
        fields = ("title", "description", "organisation", "place", "website", "email")
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6, "maxlength": 2000}),
            "website": forms.URLInput(attrs={"inputmode": "url"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }


def recipients(report: ProblemReport | None = None) -> list[str]:
    """FEEDBACK_EMAILS if set; else the editors, and for a report the municipality editors
    of the offer's towns."""
    if settings.FEEDBACK_EMAILS:
        return list(settings.FEEDBACK_EMAILS)
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    addresses = set(users.filter(groups__name=EDITORS).values_list("email", flat=True))
    if report is not None and report.offer_id:
        towns = report.offer.locations.values("municipality")
        addresses |= set(
            users.filter(
                groups__name=MUNICIPALITY_EDITORS, editor_scope__municipalities__in=towns
            ).values_list("email", flat=True)
        )
    return sorted(addresses)


def notify_editors(request, message) -> None:
    """An e-mail to the editors; a failing mail server never loses the message (it is in
    the admin's queue already)."""
    is_report = isinstance(message, ProblemReport)
    admin_url = request.build_absolute_uri(
        reverse(
            f"admin:offers_{message._meta.model_name}_change",
            args=[message.pk],
        )
    )
    if is_report:
        subject = _("Problem reported: %(offer)s") % {"offer": message.offer_title}
        body = _("What is wrong: %(problem)s\n\n%(message)s\n\nAnswer and handle it here: %(url)s")
        body = body % {
            "problem": message.get_problem_display(),
            "message": message.message,
            "url": admin_url,
        }
    else:
        subject = _("New offer suggested: %(title)s") % {"title": message.title}
        body = _("%(description)s\n\nSee it here: %(url)s") % {
            "description": message.description,
            "url": admin_url,
        }
    to = recipients(message if is_report else None)
    if not to:
        return
    try:
        send_mail(f"[{settings.SITE_NAME}] {subject}", body, None, to)
    except OSError:
        log.exception("Could not send the feedback notification %s", message.pk)
