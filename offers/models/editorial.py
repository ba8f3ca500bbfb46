"""The back office's own records: what each editor may touch, and checked web addresses."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import WebAddressField


def validate_site_languages(value):
    codes = {code for code, _name in settings.LANGUAGES}
    if not isinstance(value, list) or any(code not in codes for code in value):
        raise ValidationError(
            _("Choose languages of the site: %(codes)s.") % {"codes": ", ".join(sorted(codes))}
        )


class EditorScope(models.Model):
    """Limits of a user's rights beyond their groups: the municipalities a municipality
    editor works for, and the languages a translator translates into."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="editor_scope",
    )
    municipalities = models.ManyToManyField(
        "offers.Municipality",
        verbose_name=_("municipalities"),
        blank=True,
        help_text=_("Municipality editors see and change only offers with a place here."),
    )
    languages = models.JSONField(
        _("translation languages"),
        default=list,
        blank=True,
        validators=[validate_site_languages],
        help_text=_("Translators change only the texts in these languages."),
    )

    class Meta:
        verbose_name = _("editor's scope")
        verbose_name_plural = _("editors' scopes")

    def __str__(self):
        return str(self.user)


class LinkCheck(models.Model):
    """The last check of a web address that offers or providers link to."""

    url = WebAddressField(_("web address"), max_length=500, unique=True)
    ok = models.BooleanField(_("reachable"))
    status_code = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    error = models.CharField(_("problem"), max_length=300, blank=True)
    checked = models.DateTimeField(_("checked"))

    class Meta:
        verbose_name = _("checked web address")
        verbose_name_plural = _("checked web addresses")
        ordering = ["url"]

    def __str__(self):
        return self.url


class GeocodedAddress(models.Model):
    """An address looked up with the geocoder, kept so that the same address is never asked
    twice (the Nominatim usage policy asks to cache results). No result is kept too."""

    query = models.CharField(_("address"), max_length=400, unique=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    label = models.CharField(_("found as"), max_length=400, blank=True)
    looked_up = models.DateTimeField(_("looked up"), auto_now=True)

    class Meta:
        verbose_name = _("geocoded address")
        verbose_name_plural = _("geocoded addresses")

    def __str__(self):
        return self.query
