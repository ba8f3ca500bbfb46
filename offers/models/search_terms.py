"""The search vocabulary: words people type for a topic, a target group or a town, in their
language (synonyms, everyday words, common spellings and transliterations), kept by editors.
A query that holds one finds that topic's offers although their texts do not (yet) say it in
the reader's language (offers/query_words.py)."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..search import normalise
from .base import TimeStamped


class SearchTerm(TimeStamped):
    text = models.CharField(
        _("search term"),
        max_length=100,
        help_text=_("As people type it: “Kita”, “Zahnarzt”, «دکتر», «дитсадок»."),
    )
    # The folded form queries are compared with (offers.search.normalise).
    folded = models.CharField(max_length=100, db_index=True, editable=False)
    # The admin offers the site's languages (no choices here: adding a language to the
    # software needs no migration of this table).
    language = models.CharField(_("language"), max_length=8)
    category = models.ForeignKey(
        "offers.Category",
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="search_terms",
    )
    target_group = models.ForeignKey(
        "offers.TargetGroup",
        verbose_name=_("target group"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="search_terms",
    )
    municipality = models.ForeignKey(
        "offers.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="search_terms",
    )
    # As translations: a term someone added from the list of searches that found nothing,
    # or a machine, is used at once but shown as unchecked until an editor confirms it.
    checked = models.BooleanField(_("checked"), default=True)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        ordering = ["language", "folded"]
        constraints = [
            models.CheckConstraint(
                name="search_term_names_one_thing",
                condition=(
                    Q(category__isnull=False, target_group=None, municipality=None)
                    | Q(category=None, target_group__isnull=False, municipality=None)
                    | Q(category=None, target_group=None, municipality__isnull=False)
                ),
                violation_error_message=_(
                    "A search term names exactly one topic, target group or municipality."
                ),
            ),
            models.UniqueConstraint(
                fields=["folded", "category"],
                condition=Q(category__isnull=False),
                name="search_term_once_per_category",
                violation_error_message=_("This topic has this search term already."),
            ),
            models.UniqueConstraint(
                fields=["folded", "target_group"],
                condition=Q(target_group__isnull=False),
                name="search_term_once_per_target_group",
                violation_error_message=_("This target group has this search term already."),
            ),
            models.UniqueConstraint(
                fields=["folded", "municipality"],
                condition=Q(municipality__isnull=False),
                name="search_term_once_per_municipality",
                violation_error_message=_("This municipality has this search term already."),
            ),
            models.CheckConstraint(
                name="search_term_not_empty",
                condition=~Q(folded=""),
                violation_error_message=_("Type a word."),
            ),
        ]

    def __str__(self):
        return self.text

    def clean(self):
        self.folded = normalise(self.text)[:100]

    def save(self, *args, **kwargs):
        self.folded = normalise(self.text)[:100]
        super().save(*args, **kwargs)
