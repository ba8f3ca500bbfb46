"""How offers are classified: two-level categories and target groups."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from .base import colour_validator
from .translated import TranslatedFieldsMixin


class Icon(models.TextChoices):
    """Pictograms a category shows on the map and its tiles (drawn from the vendored sprite, see
    offers.public.icons)."""

    LIVING = "living", _("House (living)")
    LEARNING = "learning", _("Book (learning)")
    WORKING = "working", _("Briefcase (working)")
    LANGUAGE = "language", _("Speech bubbles (language)")
    COUNSELLING = "counselling", _("Two people talking (counselling)")
    ASYLUM = "asylum", _("Shield (asylum)")
    CHILD = "child", _("Child")
    SCHOOL = "school", _("School")
    HEALTH = "health", _("Health cross")
    HOUSING = "housing", _("Key (housing)")
    AUTHORITY = "authority", _("Public building (authorities)")
    JOB = "job", _("Magnifier (job search)")
    TRAINING = "training", _("Tools (vocational training)")
    CERTIFICATE = "certificate", _("Certificate (recognition)")
    LEISURE = "leisure", _("Ball (leisure and sports)")
    WOMEN = "women", _("Woman")
    YOUTH = "youth", _("Young people")
    MONEY = "money", _("Coins (money and debts)")
    FAMILY = "family", _("Family")


class CategoryQuerySet(models.QuerySet):
    def areas(self):
        return self.filter(parent__isnull=True)

    def subcategories(self):
        return self.filter(parent__isnull=False)


class Category(TranslatedFieldsMixin, models.Model):
    """An area (Leben / Lernen / Arbeiten) when it has no parent, else a subcategory of one."""

    parent = models.ForeignKey(
        "self",
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to={"parent__isnull": True},
        help_text=_("Leave empty for one of the top-level areas."),
    )
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    slug = models.SlugField(_("short name in web addresses"), max_length=100, unique=True)
    icon = models.CharField(_("pictogram"), max_length=20, choices=Icon.choices)
    colour = models.CharField(
        _("colour"),
        max_length=7,
        validators=[colour_validator],
        help_text=_("Marker colour on the map, e.g. #1f6f8b. Dark enough for white text."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    completeness_fields = ("name",)
    objects = CategoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["sort_order", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(parent=F("pk")),
                name="category_not_own_parent",
                violation_error_message=_("A category cannot be its own area."),
            ),
        ]

    def __str__(self):
        return str(self.name)

    @property
    def is_area(self) -> bool:
        return self.parent_id is None

    @property
    def area(self) -> "Category":
        return self if self.is_area else self.parent

    def clean(self):
        super().clean()
        if self.parent is None:
            return
        if self.parent.parent_id is not None:
            raise ValidationError(
                {"parent": _("Choose one of the top-level areas: categories have two levels.")}
            )
        if self.pk and self.children.exists():
            raise ValidationError(
                {"parent": _("This is an area with subcategories; it cannot move below another.")}
            )


class TargetGroup(TranslatedFieldsMixin, models.Model):
    """Who an offer is meant for (women, families, youth …)."""

    slug = models.SlugField(_("short name in web addresses"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    completeness_fields = ("name",)

    class Meta:
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        ordering = ["sort_order", "slug"]

    def __str__(self):
        return str(self.name)
