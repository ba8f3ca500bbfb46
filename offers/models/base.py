"""Building blocks shared by several models."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from . import areas

phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 ()/\-]{3,28}[0-9]$",
    _("Enter a phone number with digits, spaces, “+”, “/”, “-” or brackets, e.g. 02271 83-0."),
)
colour_validator = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # and six hexadecimal digits, e.g. #1f6f8b.")
)
LATITUDE_RANGE_MESSAGE = _("The latitude must lie between -90 and 90 degrees.")
LONGITUDE_RANGE_MESSAGE = _("The longitude must lie between -180 and 180 degrees.")


class WebAddressField(models.URLField):
    """A URL field whose form adds https:// when an editor types “www.example.org”."""

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})


def web_address_constraint(name: str) -> models.CheckConstraint:
    """Only http(s) addresses (or none) reach the database, whatever the way in: a
    `javascript:` address could run a script when a visitor follows the link."""
    return models.CheckConstraint(
        condition=Q(website="")
        | Q(website__startswith="https://")
        | Q(website__startswith="http://"),
        name=name,
        violation_error_message=_("Enter a web address that starts with https:// or http://."),
    )


class TimeStamped(models.Model):
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        abstract = True


class Coordinates(models.Model):
    """A point as plain latitude/longitude (WGS 84) with database-checked ranges."""

    latitude = models.FloatField(
        _("latitude"),
        validators=[
            MinValueValidator(-90, LATITUDE_RANGE_MESSAGE),
            MaxValueValidator(90, LATITUDE_RANGE_MESSAGE),
        ],
        help_text=_("Degrees north, e.g. 50.9553. Click the map to set it."),
    )
    longitude = models.FloatField(
        _("longitude"),
        validators=[
            MinValueValidator(-180, LONGITUDE_RANGE_MESSAGE),
            MaxValueValidator(180, LONGITUDE_RANGE_MESSAGE),
        ],
        help_text=_("Degrees east, e.g. 6.6397."),
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__gte=-90, latitude__lte=90),
                name="%(app_label)s_%(class)s_latitude_range",
                violation_error_message=LATITUDE_RANGE_MESSAGE,
            ),
            models.CheckConstraint(
                condition=Q(longitude__gte=-180, longitude__lte=180),
                name="%(app_label)s_%(class)s_longitude_range",
                violation_error_message=LONGITUDE_RANGE_MESSAGE,
            ),
        ]

    def clean(self):
        super().clean()
        if self.latitude is None or self.longitude is None:
            return
        if not (-90 <= self.latitude <= 90 and -180 <= self.longitude <= 180):
            return  # the field validators report this
        if not areas.in_service_area(self.latitude, self.longitude):
            hint = ""
            if areas.in_service_area(self.longitude, self.latitude):
                hint = " " + str(_("Latitude and longitude look swapped."))
            raise ValidationError(
                {"latitude": str(_("This point lies outside the service area.")) + hint}
            )
