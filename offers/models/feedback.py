"""What visitors tell the editors: problems with an offer's information, and new offers."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .base import WebAddressField


class FeedbackStatus(models.TextChoices):
    NEW = "new", _("new")
    IN_PROGRESS = "in_progress", _("in progress")
    DONE = "done", _("done")


class Feedback(models.Model):
    """What reports and suggestions share: moderation state, and who sent it from where.
    No IP address is kept: only a daily-salted fingerprint for the rate limit."""

    Status = FeedbackStatus

    status = models.CharField(
        _("status"), max_length=12, choices=FeedbackStatus.choices, default=FeedbackStatus.NEW
    )
    email = models.EmailField(
        _("e-mail for questions"), blank=True, help_text=_("Optional: for questions back.")
    )
    language = models.CharField(_("language of the page"), max_length=10)
    created = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    client = models.CharField(max_length=32, editable=False, db_index=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("internal note"), blank=True)

    class Meta:
        abstract = True
        ordering = ["-created"]


class ProblemReport(Feedback):
    class Problem(models.TextChoices):
        CLOSED = "closed", _("The offer no longer exists")
        MOVED = "moved", _("It has moved to another address")
        CONTACT = "contact", _("The phone number or e-mail address is wrong")
        HOURS = "hours", _("The opening hours are wrong")
        OTHER = "other", _("Something else")

    offer = models.ForeignKey(
        "offers.Offer",
        verbose_name=_("offer"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="problem_reports",
    )
    offer_title = models.CharField(_("offer (as reported)"), max_length=200)
    problem = models.CharField(_("what is wrong"), max_length=10, choices=Problem.choices)
    message = models.TextField(_("details"), max_length=2000, blank=True)

    class Meta(Feedback.Meta):
        verbose_name = _("problem report")
        verbose_name_plural = _("problem reports")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=FeedbackStatus.values), name="problem_report_status"
            ),
        ]

    def __str__(self):
        return f"{self.offer_title}: {self.get_problem_display()}"


class OfferSuggestion(Feedback):
    title = models.CharField(_("what is offered"), max_length=200)
    description = models.TextField(_("description"), max_length=2000)
    organisation = models.CharField(_("who offers it"), max_length=200, blank=True)
    place = models.CharField(_("where"), max_length=200, blank=True)
    website = WebAddressField(_("website"), max_length=500, blank=True)
    offer = models.ForeignKey(
        "offers.Offer",
        verbose_name=_("offer created from it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta(Feedback.Meta):
        verbose_name = _("offer suggestion")
        verbose_name_plural = _("offer suggestions")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=FeedbackStatus.values), name="offer_suggestion_status"
            ),
        ]

    def __str__(self):
        return self.title
