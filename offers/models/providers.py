"""Who runs offers, and the people to contact."""

import uuid

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .base import TimeStamped, WebAddressField, phone_validator, web_address_constraint
from .translated import TranslatedFieldsMixin


class Provider(TranslatedFieldsMixin, TimeStamped):
    """An organisation that runs offers (association, public office, school, club …)."""

    hsds_id = models.UUIDField(_("HSDS id"), default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name in web addresses"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True)
    website = WebAddressField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    email = models.EmailField(_("e-mail"), blank=True)

    completeness_fields = ("name",)

    class Meta:
        verbose_name = _("provider")
        verbose_name_plural = _("providers")
        ordering = ["slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(name_de__gt="", name_de__isnull=False),
                name="provider_german_name",
                violation_error_message=_("The name is required in German."),
            ),
            web_address_constraint("provider_website_http"),
        ]

    def __str__(self):
        return str(self.name)


class ContactPerson(TranslatedFieldsMixin, models.Model):
    """An Ansprechpartner/in: a named person for an offer, or for all of a provider's offers."""

    hsds_id = models.UUIDField(_("HSDS id"), default=uuid.uuid4, unique=True, editable=False)
    offer = models.ForeignKey(
        "offers.Offer",
        verbose_name=_("offer"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="contacts",
    )
    provider = models.ForeignKey(
        Provider,
        verbose_name=_("provider"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="contacts",
    )
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(
        _("role"), max_length=150, blank=True, help_text=_("E.g. “Migration counsellor”.")
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    email = models.EmailField(_("e-mail"), blank=True)
    languages = models.ManyToManyField(
        "offers.Language", verbose_name=_("languages spoken"), blank=True, related_name="contacts"
    )
    office_hours = models.CharField(
        _("office hours"),
        max_length=300,
        blank=True,
        help_text=_("When to call or visit, e.g. “Mon–Thu 9–12”."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["sort_order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(offer__isnull=False, provider__isnull=True)
                | Q(offer__isnull=True, provider__isnull=False),
                name="contact_belongs_to_offer_or_provider",
                violation_error_message=_(
                    "A contact person belongs either to an offer or to a provider."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(phone="", email=""),
                name="contact_has_phone_or_email",
                violation_error_message=_("Give a phone number or an e-mail address, or both."),
            ),
        ]

    def __str__(self):
        return self.name
