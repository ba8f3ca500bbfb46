"""Where offers take place: the district's municipalities and the offers' locations."""

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from . import areas
from .base import Coordinates
from .translated import TranslatedFieldsMixin

official_key_validator = RegexValidator(
    r"^(\d{8}|\d{12})$",
    _(
        "Enter the official municipality key: 8 digits (Gemeindeschlüssel) "
        "or 12 digits (Regionalschlüssel)."
    ),
)
postcode_validator = RegexValidator(r"^\d{5}$", _("Enter a German postcode of five digits."))


def validate_geojson_area(value):
    """A boundary is a GeoJSON Polygon or MultiPolygon (RFC 7946), longitude first."""
    if value in (None, ""):
        return
    if not isinstance(value, dict) or value.get("type") not in ("Polygon", "MultiPolygon"):
        raise ValidationError(_("The boundary must be a GeoJSON Polygon or MultiPolygon."))
    polygons = value.get("coordinates")
    if value["type"] == "Polygon":
        polygons = [polygons]
    try:
        for polygon in polygons:
            for ring in polygon:
                if len(ring) < 4 or ring[0] != ring[-1]:
                    raise ValidationError(
                        _("Each ring of the boundary must be closed and have four points or more.")
                    )
                for lon, lat, *_rest in ring:
                    if not (-180 <= float(lon) <= 180 and -90 <= float(lat) <= 90):
                        raise ValidationError(
                            _("The boundary has a point outside the valid coordinate range.")
                        )
    except (TypeError, ValueError) as error:
        raise ValidationError(
            _("The boundary coordinates must be lists of [longitude, latitude] numbers.")
        ) from error


class Municipality(Coordinates):
    """A town or municipality of the district; its coordinates are its centre."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("short name in web addresses"), max_length=100, unique=True)
    # Known for the district's own towns; a town that came with another directory's offers
    # (HSDS import) has none until an editor adds it.
    official_key = models.CharField(
        _("official municipality key"),
        max_length=12,
        unique=True,
        null=True,
        blank=True,
        validators=[official_key_validator],
    )
    boundary = models.JSONField(
        _("boundary (GeoJSON)"),
        null=True,
        blank=True,
        validators=[validate_geojson_area],
        help_text=_("Optional: the municipality's outline as a GeoJSON Polygon or MultiPolygon."),
    )

    class Meta(Coordinates.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name


class WheelchairAccess(models.TextChoices):
    YES = "yes", _("wheelchair accessible")
    PARTLY = "partly", _("partly wheelchair accessible")
    NO = "no", _("not wheelchair accessible")
    UNKNOWN = "unknown", _("accessibility not known")


class Location(TranslatedFieldsMixin, Coordinates):
    """A place where an offer happens; an offer may have several, or none if online only."""

    WheelchairAccess = WheelchairAccess

    hsds_id = models.UUIDField(_("HSDS id"), default=uuid.uuid4, unique=True, editable=False)
    offer = models.ForeignKey(
        "offers.Offer", verbose_name=_("offer"), on_delete=models.CASCADE, related_name="locations"
    )
    name = models.CharField(
        _("name of the place"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “Family centre Sindorf”. Leave empty if the address says it all."),
    )
    street = models.CharField(_("street and number"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=5, validators=[postcode_validator])
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="locations",
        db_index=False,  # location_town_idx starts with it
    )
    wheelchair_access = models.CharField(
        _("wheelchair access"),
        max_length=10,
        choices=WheelchairAccess.choices,
        default=WheelchairAccess.UNKNOWN,
    )
    directions = models.TextField(
        _("how to find it"),
        blank=True,
        help_text=_("E.g. “Entrance at the back, second floor, room 204.”"),
    )

    class Meta(Coordinates.Meta):
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["offer_id", "id"]
        constraints = [
            *Coordinates.Meta.constraints,
            models.CheckConstraint(
                condition=models.Q(wheelchair_access__in=WheelchairAccess.values),
                name="location_wheelchair_access_valid",
            ),
        ]
        # The town filter and the map (markers in a box, clusters) read only these indexes.
        indexes = [
            models.Index(fields=["municipality", "offer"], name="location_town_idx"),
            models.Index(fields=["latitude", "longitude", "offer"], name="location_position_idx"),
        ]

    def __str__(self):
        label = self.translated("name").text or self.street
        return (
            f"{label}, {self.postcode} {self.municipality.name}" if self.municipality_id else label
        )

    def clean(self):
        super().clean()
        if self.latitude is None or self.longitude is None or not self.municipality_id:
            return
        problem = areas.far_from_town(self.municipality, self.latitude, self.longitude)
        if problem:
            raise ValidationError({"latitude": problem})

    @property
    def address(self) -> str:
        return f"{self.street}, {self.postcode} {self.municipality.name}"
