"""The offer itself and its weekly opening hours."""

import datetime
import hashlib
import itertools
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, F, OuterRef, Prefetch, Q
from django.db.models.fields.json import KT
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from ..dates import months_before
from ..search import search_fields
from .base import TimeStamped, WebAddressField, web_address_constraint
from .editorial import LinkCheck
from .places import Location
from .translated import TranslatedFieldsMixin, translated_expression

COURSE_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
course_levels_validator = RegexValidator(
    r"^(A1|A2|B1|B2|C1|C2)( (A1|A2|B1|B2|C1|C2))*$",
    _("Course levels are A1, A2, B1, B2, C1 or C2, separated by spaces, e.g. “A1 A2”."),
)


class OfferQuerySet(models.QuerySet):
    def public(self, on: datetime.date | None = None):
        """Published offers that are valid on `on` (today by default): the only ones anybody
        outside the back office may see. Expired offers drop out by themselves."""
        day = on or timezone.localdate()
        return self.filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=day),
            Q(valid_until__isnull=True) | Q(valid_until__gte=day),
            status=OfferStatus.PUBLISHED,
        )

    def open_at(self, moment: datetime.datetime):
        """Offers with an opening slot covering `moment` (in the site's time zone)."""
        local = timezone.localtime(moment)
        slots = OpeningSlot.objects.filter(
            offer=OuterRef("pk"),
            weekday=local.weekday(),
            opens__lte=local.time(),
            closes__gt=local.time(),
        )
        return self.filter(Exists(slots))

    def for_listing(self):
        """Everything an offer card shows, in a constant number of queries."""
        # Categories, languages and target groups come with `offers.public.cards.decorate()`, from
        # the cached reference data and one query (offers.reference.attach_links).
        return self.select_related("provider").prefetch_related(
            Prefetch("locations", queryset=Location.objects.select_related("municipality")),
            "opening_slots",
        )

    def title_in(self, language: str):
        """An expression for the title in `language` with fallbacks, e.g. for order_by()."""
        return translated_expression("title", language)

    def needing_verification(self, months: int, on: datetime.date | None = None):
        """Offers never verified, or last verified more than `months` months before `on`."""
        cutoff = months_before(on or timezone.localdate(), months)
        return self.filter(Q(last_verified__isnull=True) | Q(last_verified__lt=cutoff))

    def missing_translation(self, language: str):
        """Offers in which one of the required texts is empty in `language`."""
        return self.filter(_missing_condition(language))

    def outdated_translation(self, language: str):
        """Offers translated into `language` whose German text changed after the
        translation was last saved."""
        return (
            self.exclude(_missing_condition(language))
            .alias(translated_from=KT(f"translation_sources__{language}"))
            .exclude(translated_from=F("source_digest"))
        )

    def machine_translated(self, language: str):
        """Offers whose `language` texts a translation service wrote and no editor checked."""
        return self.filter(_machine_condition(language))

    def needing_translation_review(self, language: str):
        """Outdated or machine-made translations into `language`: what a translator checks."""
        return self.filter(
            Q(pk__in=self.outdated_translation(language).values("pk"))
            | _machine_condition(language)
        )

    def expiring(self, within_days: int, on: datetime.date | None = None):
        """Published offers whose last day is within the next `within_days` days."""
        day = on or timezone.localdate()
        return self.filter(
            status=OfferStatus.PUBLISHED,
            valid_until__gte=day,
            valid_until__lte=day + datetime.timedelta(days=within_days),
        )

    def in_municipalities(self, municipalities):
        """Offers with at least one place in these municipalities (ids or objects)."""
        here = Location.objects.filter(offer=OuterRef("pk"), municipality__in=municipalities)
        return self.filter(Exists(here))

    def with_broken_links(self):
        """Offers whose website, or their provider's, failed its last link check."""
        broken = LinkCheck.objects.filter(ok=False)
        return self.filter(
            Exists(broken.filter(url=OuterRef("website")))
            | Exists(broken.filter(url=OuterRef("provider__website")))
        )

    def expired(self, on: datetime.date | None = None):
        """Published offers past their last day (no longer public)."""
        day = on or timezone.localdate()
        return self.filter(status=OfferStatus.PUBLISHED, valid_until__lt=day)


def _machine_condition(language: str) -> Q:
    # The stored list as text: '["ti", "uk"]' (works alike on SQLite and PostgreSQL).
    return Q(machine_translated__icontains=f'"{language}"')


def _missing_condition(language: str) -> Q:
    condition = Q()
    for field in Offer.completeness_fields:
        column = build_localized_fieldname(field, language)
        condition |= Q(**{f"{column}__isnull": True}) | Q(**{column: ""})
    return condition


def new_external_id() -> str:
    return str(uuid.uuid4())


class TranslationState(models.TextChoices):
    COMPLETE = "complete", _("complete")
    MISSING = "missing", _("missing")
    OUTDATED = "outdated", _("outdated")


class OfferStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("published")
    ARCHIVED = "archived", _("archived")


class Cost(models.TextChoices):
    FREE = "free", _("free of charge")
    REDUCED = "reduced", _("reduced fee possible")
    FEE = "fee", _("fee")


class Offer(TranslatedFieldsMixin, TimeStamped):
    Status = OfferStatus
    Cost = Cost

    # The record's id in Open Referral HSDS exports and imports (issue 9): stable, and kept
    # from the source when the record came from another directory.
    hsds_id = models.UUIDField(_("HSDS id"), default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("short name in web addresses"), max_length=200, editable=False)
    summary = models.CharField(
        _("short summary"),
        max_length=300,
        help_text=_("One or two short sentences: what is offered, for whom."),
    )
    description = models.TextField(_("description"), blank=True)
    provider = models.ForeignKey(
        "offers.Provider",
        verbose_name=_("provider"),
        on_delete=models.PROTECT,
        related_name="offers",
    )
    categories = models.ManyToManyField(
        "offers.Category",
        verbose_name=_("categories"),
        through="offers.OfferCategory",
        related_name="offers",
        help_text=_("Choose one or more subcategories."),
    )
    target_groups = models.ManyToManyField(
        "offers.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="offers"
    )
    languages = models.ManyToManyField(
        "offers.Language",
        verbose_name=_("languages spoken"),
        blank=True,
        related_name="offers",
        help_text=_("Languages in which people can be helped at this offer."),
    )
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices)
    cost_note = models.CharField(
        _("note on cost"), max_length=300, blank=True, help_text=_("E.g. “5 € per month”.")
    )
    registration_required = models.BooleanField(_("registration required"), default=False)
    registration_note = models.TextField(
        _("how to register"),
        blank=True,
        help_text=_("E.g. “Call us or come by during office hours.”"),
    )
    eligibility = models.TextField(
        _("who can take part"),
        blank=True,
        help_text=_("Conditions such as residence status, age or place of residence."),
    )
    by_appointment_only = models.BooleanField(_("by appointment only"), default=False)
    opening_hours_note = models.CharField(
        _("note on opening hours"),
        max_length=300,
        blank=True,
        help_text=_("E.g. “Not during the school holidays.”"),
    )
    available_online = models.BooleanField(_("also online"), default=False)
    available_by_phone = models.BooleanField(_("also by phone"), default=False)
    childcare = models.BooleanField(
        _("with childcare"),
        default=False,
        help_text=_("Children are looked after while the parent takes part."),
    )
    levels = models.CharField(
        _("course levels"),
        max_length=20,
        blank=True,
        validators=[course_levels_validator],
        help_text=_("For language courses: the levels taught, e.g. “A1 A2” (A1 … C2)."),
    )
    website = WebAddressField(_("website"), blank=True)
    valid_from = models.DateField(
        _("valid from"), null=True, blank=True, help_text=_("Leave empty if it has started.")
    )
    valid_until = models.DateField(
        _("valid until"),
        null=True,
        blank=True,
        help_text=_("The offer disappears from the public site after this day."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=OfferStatus.choices, default=OfferStatus.DRAFT
    )
    # Folded text for search in every language (offers.search); kept up to date on save.
    search_title = models.TextField(editable=False, default="")
    search_text = models.TextField(editable=False, default="")
    last_verified = models.DateField(
        _("last verified"),
        null=True,
        blank=True,
        help_text=_("The day someone last checked that this information is still correct."),
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verified by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    external_id = models.CharField(
        _("external id"),
        max_length=64,
        unique=True,
        default=new_external_id,
        help_text=_(
            "A stable id that matches rows of imported spreadsheets to offers; "
            "keep it when you edit a sheet."
        ),
    )
    # Optimistic concurrency: a save must name the version it was edited from.
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    # Whether translations are current: a fingerprint of the German texts now, and per
    # language the fingerprint the translation was last saved against.
    source_digest = models.CharField(max_length=16, default="", editable=False)
    translation_sources = models.JSONField(default=dict, blank=True, editable=False)
    # Languages whose texts a translation service wrote and no editor has checked yet: pages
    # say so until an editor confirms or changes them.
    machine_translated = models.JSONField(default=list, blank=True, editable=False)

    completeness_fields = ("title", "summary", "description")
    objects = OfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        ordering = ["-updated"]
        permissions = [
            ("publish_offer", _("Can publish and archive offers")),
            ("import_offer", _("Can import offers from spreadsheets")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=OfferStatus.values),
                name="offer_status_valid",
            ),
            web_address_constraint("offer_website_http"),
            models.CheckConstraint(condition=Q(cost__in=Cost.values), name="offer_cost_valid"),
            models.CheckConstraint(
                condition=Q(levels="") | Q(levels__regex=course_levels_validator.regex.pattern),
                name="offer_levels_valid",
            ),
            models.CheckConstraint(
                condition=Q(
                    title_de__gt="",
                    summary_de__gt="",
                    title_de__isnull=False,
                    summary_de__isnull=False,
                ),
                name="offer_german_title_and_summary",
                violation_error_message=_("Title and summary are required in German."),
            ),
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_until__isnull=True)
                | Q(valid_until__gte=models.F("valid_from")),
                name="offer_validity_ordered",
                violation_error_message=_("“Valid until” must not be before “valid from”."),
            ),
        ]
        indexes = [
            # Counting public offers, and joining them to locations or topics by id (the map's
            # clusters), reads this index only, never the (wide) table.
            models.Index(
                fields=["id", "valid_from", "valid_until"],
                condition=Q(status="published"),
                name="offer_public_idx",
            ),
            models.Index(fields=["status", "last_verified"], name="offer_status_verified_idx"),
            # The finder's default order per page language (title with its fallback chain, then
            # id) follows the deployment's settings, so it is kept by offers.search_schema
            # after every `migrate`, not declared here.
        ]

    def __str__(self):
        return str(self.title)

    @classmethod
    def from_db(cls, db, field_names, values):
        offer = super().from_db(db, field_names, values)
        deferred = offer.get_deferred_fields()
        if not any(name.startswith(cls.translated_field_names()) for name in deferred):
            offer._saved_translations = offer._translation_texts()
        return offer

    def prepare_for_save(self, places=None):
        """The columns derived from the others: the slug, the folded search texts (with the
        names of `places`, else of the saved places) and the translation state (bulk inserts,
        which skip save(), call this themselves)."""
        self.slug = slugify(self.title_de or self.title)[:200] or "angebot"
        self.refresh_search_fields(places)
        self.refresh_translation_state()

    def save(self, *args, **kwargs):
        self.prepare_for_save()
        self.lock_version = (self.lock_version or 0) + 1
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                "search_title",
                "search_text",
                "source_digest",
                "translation_sources",
                "machine_translated",
                "lock_version",
            }
        super().save(*args, **kwargs)
        self._saved_translations = self._translation_texts()

    # --- translation status ---------------------------------------------------------------

    @classmethod
    def translated_field_names(cls) -> tuple[str, ...]:
        return tuple(sorted(translator.get_options_for_model(cls).fields))

    def _translation_texts(self) -> dict[str, tuple[str, ...]]:
        return {
            language: tuple(
                (getattr(self, build_localized_fieldname(field, language), "") or "").strip()
                for field in self.translated_field_names()
            )
            for language in settings.MODELTRANSLATION_LANGUAGES
        }

    def german_digest(self) -> str:
        texts = self._translation_texts()[settings.MODELTRANSLATION_DEFAULT_LANGUAGE]
        return hashlib.sha256("\x1f".join(texts).encode()).hexdigest()[:16]

    def refresh_translation_state(self):
        """A translation saved now (new, or with changed text) counts as a person's, made from
        the German text as it is now, unless `record_translation()` said otherwise; one left
        alone keeps the fingerprint it was made from."""
        self.source_digest = self.german_digest()
        # What the texts were when loaded; unknown for new offers (all texts are new) and
        # for offers loaded without their texts (taken as unchanged).
        saved = getattr(self, "_saved_translations", None)
        recorded = getattr(self, "_recorded_translations", {})
        sources = dict(self.translation_sources or {})
        machine = set(self.machine_translated or [])
        for language, texts in self._translation_texts().items():
            if language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
                continue
            changed = self._state.adding if saved is None else saved.get(language) != texts
            if not any(texts):
                sources.pop(language, None)
                machine.discard(language)
                continue
            made_from, by_machine = recorded.get(language, (self.source_digest, False))
            if language in recorded or changed:
                sources[language] = made_from
                # A person's change makes the text theirs; a service's marks it unchecked.
                (machine.add if by_machine else machine.discard)(language)
            elif language not in sources:
                sources[language] = self.source_digest
        self.translation_sources = sources
        self.machine_translated = sorted(machine)
        self._recorded_translations = {}

    def record_translation(self, language: str, *, made_from: str, by_machine: bool):
        """Say where the texts in `language` now set come from, for the next save: the
        fingerprint of the German text they were made from, and whether a translation service
        wrote them (shown as unchecked until an editor checks them)."""
        self._recorded_translations = {
            **getattr(self, "_recorded_translations", {}),
            language: (made_from, by_machine),
        }

    def confirm_translation(self, language: str):
        """The translation into `language` still fits the German text as it is now (and, if
        a service made it, an editor has checked it)."""
        self.translation_sources = {
            **(self.translation_sources or {}),
            language: self.german_digest(),
        }
        self.machine_translated = [
            code for code in self.machine_translated or [] if code != language
        ]

    def is_machine_translated(self, language: str) -> bool:
        return language in (self.machine_translated or [])

    def translation_state(self, language: str) -> TranslationState:
        if language in self.missing_languages():
            return TranslationState.MISSING
        if language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            return TranslationState.COMPLETE
        if (self.translation_sources or {}).get(language) != self.source_digest:
            return TranslationState.OUTDATED
        return TranslationState.COMPLETE

    def refresh_search_fields(self, places=None) -> bool:
        """Whether the folded search texts changed."""
        changed = False
        for name, value in search_fields(self, places).items():
            changed |= getattr(self, name) != value
            setattr(self, name, value)
        return changed

    def get_absolute_url(self):
        return reverse("offers:detail", kwargs={"pk": self.pk, "slug": self.slug})

    def is_public(self, on: datetime.date | None = None) -> bool:
        day = on or timezone.localdate()
        return (
            self.status == OfferStatus.PUBLISHED
            and (self.valid_from is None or self.valid_from <= day)
            and (self.valid_until is None or self.valid_until >= day)
        )


class OfferCategory(models.Model):
    """Links an offer to a subcategory. A model of its own so that the database refuses to
    delete a category that offers still use (PROTECT), instead of silently unlinking them."""

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="category_links")
    category = models.ForeignKey(
        "offers.Category",
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="offer_links",
        db_index=False,  # the index below starts with it
        limit_choices_to={"parent__isnull": False},
        help_text=_("A subcategory, e.g. “Language and integration courses”."),
    )

    class Meta:
        verbose_name = _("offer in category")
        verbose_name_plural = _("offers in category")
        constraints = [
            models.UniqueConstraint(fields=["offer", "category"], name="offer_category_unique")
        ]
        # The topic filter reads the offers of some categories from the index alone.
        indexes = [models.Index(fields=["category", "offer"], name="offer_category_by_topic")]

    def __str__(self):
        return str(self.offer)


class OpeningSlot(models.Model):
    """One weekly opening period, e.g. Monday 09:00–12:00. An offer has any number."""

    class Weekday(models.IntegerChoices):
        # Python's date.weekday(): Monday is 0.
        MONDAY = 0, _("Monday")
        TUESDAY = 1, _("Tuesday")
        WEDNESDAY = 2, _("Wednesday")
        THURSDAY = 3, _("Thursday")
        FRIDAY = 4, _("Friday")
        SATURDAY = 5, _("Saturday")
        SUNDAY = 6, _("Sunday")

    offer = models.ForeignKey(
        Offer, verbose_name=_("offer"), on_delete=models.CASCADE, related_name="opening_slots"
    )
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    class Meta:
        verbose_name = _("opening time")
        verbose_name_plural = _("opening hours")
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(
                condition=Q(weekday__gte=0, weekday__lte=6),
                name="opening_slot_weekday_range",
                violation_error_message=_("Choose a day from Monday to Sunday."),
            ),
            models.CheckConstraint(
                condition=Q(opens__lt=models.F("closes")),
                name="opening_slot_opens_before_closes",
                violation_error_message=_("The closing time must be after the opening time."),
            ),
            models.UniqueConstraint(
                fields=["offer", "weekday", "opens"],
                name="opening_slot_unique_start",
                violation_error_message=_("This offer already has a period starting then."),
            ),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def covers(self, moment: datetime.datetime) -> bool:
        local = timezone.localtime(moment)
        return self.weekday == local.weekday() and self.opens <= local.time() < self.closes


def check_slots_do_not_overlap(slots) -> None:
    """Raise ValidationError naming the first two slots of one day that overlap."""
    ordered = sorted(
        (slot for slot in slots if slot.opens and slot.closes and slot.weekday is not None),
        key=lambda slot: (slot.weekday, slot.opens),
    )
    for earlier, later in itertools.pairwise(ordered):
        if earlier.weekday == later.weekday and later.opens < earlier.closes:
            raise ValidationError(
                _("Opening times overlap: %(first)s and %(second)s."),
                params={"first": str(earlier), "second": str(later)},
                code="overlap",
            )
