"""Searches that found nothing, counted per day, language and folded query — so editors see
which words people use that the offers and the search vocabulary lack. Nothing about who
asked: no address, no cookie, no account, no time finer than the day."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class UnfoundSearch(models.Model):
    day = models.DateField(_("day"), db_index=True)
    language = models.CharField(_("language"), max_length=8)
    query = models.CharField(_("search"), max_length=200)
    count = models.PositiveIntegerField(_("count"), default=1)

    class Meta:
        verbose_name = _("search that found nothing")
        verbose_name_plural = _("searches that found nothing")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "language", "query"], name="unfound_search_once_a_day"
            )
        ]

    def __str__(self):
        return self.query
