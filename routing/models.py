"""Public-transport stops (from a GTFS feed), each location's nearest stops, and the named
places advisors start routes from."""

import math

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from integrationmap.infrastructure.caching import remember
from offers.models.base import Coordinates, WebAddressField

# What a stop's products (GTFS `stop_desc` of the DB feed) are shown as; unknown words are kept
# in the data but not shown.
TRAIN_PRODUCTS = frozenset(
    {"nationalExpress", "national", "regionalExpress", "regional", "suburban", "subway", "train"}
)
KNOWN_PRODUCTS = TRAIN_PRODUCTS | {"tram", "bus", "ferry", "taxi"}
STOP_MODES = {
    "train": ("train-front", _("Train")),
    "tram": ("tram-front", _("Tram")),
    "bus": ("bus-front", _("Bus")),
    "ferry": ("ship", _("Ferry")),
}


class TransitFeed(models.Model):
    """At most one row: where the current stops come from, for the attribution their licence
    asks for. Replaced with the stops by `import_gtfs`."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1, editable=False)
    attribution = models.CharField(_("attribution"), max_length=300)
    licence = models.CharField(_("licence"), max_length=100, blank=True)
    url = WebAddressField(_("link to the source or licence"), blank=True)
    source = models.CharField(_("imported file"), max_length=300)
    stop_count = models.PositiveIntegerField(_("stops"))
    imported = models.DateTimeField(_("imported"), auto_now=True)

    class Meta:
        verbose_name = _("public transport stop data")
        verbose_name_plural = _("public transport stop data")
        constraints = [models.CheckConstraint(condition=Q(id=1), name="transit_feed_singleton")]

    def __str__(self):
        return self.attribution

    @classmethod
    def current(cls):
        return cls.objects.filter(pk=1).first()

    @classmethod
    def current_cached(cls):
        return remember("transit_feed", cls.current, per_language=False)


class Stop(Coordinates):
    """A stop or station of the public-transport feed. Platforms of one station share
    `station`, so that nearest stops name each station once."""

    stop_id = models.CharField(_("stop id"), max_length=100, unique=True)
    name = models.CharField(_("name"), max_length=200)
    station = models.CharField(
        _("station"),
        max_length=100,
        db_index=True,
        help_text=_("Stops with the same value are platforms of one station."),
    )
    products = models.CharField(
        _("served by"), max_length=200, blank=True, help_text=_("E.g. “bus tram”.")
    )

    class Meta(Coordinates.Meta):
        verbose_name = _("public transport stop")
        verbose_name_plural = _("public transport stops")
        ordering = ["name"]
        indexes = [models.Index(fields=["latitude", "longitude"], name="stop_coordinates_idx")]

    def __str__(self):
        return self.name

    @property
    def product_set(self) -> set[str]:
        return set(self.products.split())

    @property
    def modes(self) -> list[str]:
        """What the stop is shown as: "train", "tram", "bus", "ferry" (trains first)."""
        products = self.product_set
        modes = []
        if products & TRAIN_PRODUCTS:
            modes.append("train")
        modes.extend(mode for mode in ("tram", "bus", "ferry") if mode in products)
        return modes

    @property
    def mode_icons(self) -> list[tuple[str, str]]:
        """(pictogram, label) for each mode, e.g. [("bus-front", "Bus")]."""
        return [STOP_MODES[mode] for mode in self.modes]


class NearestStopQuerySet(models.QuerySet):
    def for_display(self):
        return self.select_related("stop").order_by("rank")


class NearestStop(models.Model):
    """One of a location's nearest stations, kept up to date by routing.services."""

    location = models.ForeignKey(
        "offers.Location",
        verbose_name=_("location"),
        on_delete=models.CASCADE,
        related_name="nearest_stops",
    )
    # DO_NOTHING lets the database delete all stops in one statement: stops are only ever
    # replaced as a whole (services.replace_stops), after their nearest-stop rows.
    stop = models.ForeignKey(
        Stop, verbose_name=_("stop"), on_delete=models.DO_NOTHING, related_name="+"
    )
    rank = models.PositiveSmallIntegerField(_("rank"))
    distance = models.PositiveIntegerField(_("distance in a straight line (m)"))

    objects = NearestStopQuerySet.as_manager()

    class Meta:
        verbose_name = _("nearest stop")
        verbose_name_plural = _("nearest stops")
        ordering = ["location_id", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["location", "rank"], name="nearest_stop_unique_rank"),
            models.CheckConstraint(condition=Q(rank__gte=1), name="nearest_stop_rank_from_one"),
        ]

    def __str__(self):
        return f"{self.stop} ({self.distance} m)"

    @property
    def walking_distance(self) -> int:
        """Metres on foot, estimated from the straight line (streets are never straight)."""
        return round(self.distance * settings.WALKING_DETOUR_FACTOR / 10) * 10

    @property
    def walking_minutes(self) -> int:
        metres_per_minute = settings.WALKING_SPEED_KMH * 1000 / 60
        return max(1, math.ceil(self.distance * settings.WALKING_DETOUR_FACTOR / metres_per_minute))


class OfficeKind(models.TextChoices):
    JOBCENTER = "jobcenter", _("Jobcenter")
    INTEGRATION_POINT = "integration_point", _("Integration Point")
    AGENCY = "agency", _("Employment agency")
    AUTHORITY = "authority", _("Public office")
    OTHER = "other", _("Other office")


class OfficeQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)


class Office(Coordinates):
    """A place advisors work at (Jobcenter, Integration Point…): routes can start there."""

    Kind = OfficeKind

    name = models.CharField(
        _("name"), max_length=200, help_text=_("E.g. “Jobcenter Rhein-Erft, Bergheim”.")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=OfficeKind.choices)
    street = models.CharField(_("street and number"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=5)
    town = models.CharField(_("town"), max_length=100)
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive offices are not offered as a start.")
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    objects = OfficeQuerySet.as_manager()

    class Meta(Coordinates.Meta):
        verbose_name = _("office (route start)")
        verbose_name_plural = _("offices (route starts)")
        ordering = ["sort_order", "name"]
        constraints = [
            *Coordinates.Meta.constraints,
            models.CheckConstraint(
                condition=Q(kind__in=OfficeKind.values), name="office_kind_valid"
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def address(self) -> str:
        return f"{self.street}, {self.postcode} {self.town}"
