"""What needs the editors' attention, for the back office's start page: counts, each with
a link to the filtered list that shows those offers or messages."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from offers.editorial.admin.filters import CURRENT, EXPIRY_WARNING_DAYS
from offers.editorial.admin.translations import completeness, target_languages
from offers.models import (
    FeedbackStatus,
    Offer,
    OfferStatus,
    OfferSuggestion,
    ProblemReport,
    UnfoundSearch,
)
from offers.roles import scope_of


@dataclass(frozen=True)
class Item:
    label: str
    count: int
    url: str
    urgent: bool = False


def _offers_url(**query) -> str:
    return f"{reverse('admin:offers_offer_changelist')}?{urlencode(query)}"


def _offers_in_scope(scope):
    offers = Offer.objects.all()
    if scope.limited_to_towns:
        offers = offers.in_municipalities(scope.municipalities)
    return offers


def attention(user) -> list[Item]:
    """Counts of what to look at, within what the user may see."""
    if not user.has_perm("offers.view_offer"):
        return []
    scope = scope_of(user)
    offers = _offers_in_scope(scope)
    published = offers.filter(status=OfferStatus.PUBLISHED)
    months = settings.VERIFICATION_INTERVAL_MONTHS
    items = []
    if scope.languages is None:
        items += [
            Item(
                _("Not checked for more than %(months)s months") % {"months": months},
                published.needing_verification(months).count(),
                _offers_url(verified="outdated", status__exact="published"),
            ),
            Item(
                _("Ending within %(days)s days") % {"days": EXPIRY_WARNING_DAYS},
                offers.expiring(EXPIRY_WARNING_DAYS).count(),
                _offers_url(validity="expiring"),
                urgent=True,
            ),
            Item(
                _("Ended, still published"),
                offers.expired().count(),
                _offers_url(validity="expired"),
            ),
            Item(
                _("Drafts awaiting review"),
                offers.filter(status=OfferStatus.DRAFT).count(),
                _offers_url(status__exact="draft"),
                urgent=True,
            ),
            Item(
                _("Website not reachable"),
                published.with_broken_links().count(),
                _offers_url(website="broken", status__exact="published"),
            ),
        ]
    # Translations: one row per language in the table below (translation_overview).
    if user.has_perm("offers.view_problemreport"):
        reports = ProblemReport.objects.filter(status=FeedbackStatus.NEW)
        if scope.limited_to_towns:
            reports = reports.filter(offer__in=offers)
        items.append(
            Item(
                _("New problem reports from visitors"),
                reports.count(),
                f"{reverse('admin:offers_problemreport_changelist')}?status__exact=new",
                urgent=True,
            )
        )
    if user.has_perm("offers.view_offersuggestion"):
        items.append(
            Item(
                _("New suggestions for offers"),
                OfferSuggestion.objects.filter(status=FeedbackStatus.NEW).count(),
                f"{reverse('admin:offers_offersuggestion_changelist')}?status__exact=new",
            )
        )
    return items


def translation_overview(user) -> list[dict]:
    """Per language the user translates: how complete the offers are (see admin/translations)."""
    if not user.has_perm("offers.view_offer"):
        return []
    live = _offers_in_scope(scope_of(user)).exclude(status=OfferStatus.ARCHIVED)
    # The table's links show the same offers: those not archived (the list's "current").
    return [{**row, "status": CURRENT} for row in completeness(live, target_languages(user))]


# A search is shown once this many requests asked for it (in one language and week): one
# person's typing, or a name, stays out of view.
UNFOUND_SHOWN_FROM = 3


def unfound_searches(user, *, weeks: int = 4, per_week: int = 15) -> list[dict]:
    """Searches that found nothing, per language and week (newest first), for editors who
    may add search terms."""
    if not user.has_perm("offers.add_searchterm"):
        return []
    since = timezone.localdate() - datetime.timedelta(weeks=weeks)
    totals: dict[tuple, int] = {}
    rows = UnfoundSearch.objects.filter(day__gte=since).values_list(
        "day", "language", "query", "count"
    )
    for day, language, query, count in rows:
        week = day - datetime.timedelta(days=day.weekday())
        totals[(week, language, query)] = totals.get((week, language, query), 0) + count
    shown = [(key, count) for key, count in totals.items() if count >= UNFOUND_SHOWN_FROM]
    shown.sort(key=lambda item: (-item[0][0].toordinal(), item[0][1], -item[1], item[0][2]))
    groups: dict[tuple, list] = {}
    for (week, language, query), count in shown:
        entries = groups.setdefault((week, language), [])
        if len(entries) < per_week:
            entries.append({"query": query, "count": count})
    return [
        {
            "week": week,
            "language": language,
            "language_name": get_language_info(language)["name_translated"]
            if language in dict(settings.LANGUAGES)
            else language,
            "searches": entries,
        }
        for (week, language), entries in groups.items()
    ]
