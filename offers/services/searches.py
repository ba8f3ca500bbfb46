"""Writing the search vocabulary's raw material: searches that found nothing (counted per
day, language and folded query; older ones deleted), and the editors' adding of such a word
to a topic."""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from offers.models import SearchTerm, UnfoundSearch
from offers.search import MAX_QUERY_LENGTH, normalise


def count_unfound(*, query: str, language: str) -> None:
    """One more search for `query` that found nothing today, in `language`."""
    folded = normalise(query[:MAX_QUERY_LENGTH])[:200]
    if not folded:
        return
    today = timezone.localdate()
    key = {"day": today, "language": language[:8], "query": folded}
    if UnfoundSearch.objects.filter(**key).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            UnfoundSearch.objects.create(**key)
    except IntegrityError:  # another request created it meanwhile
        UnfoundSearch.objects.filter(**key).update(count=F("count") + 1)
        return
    # The first of its kind today: what is older than the keeping time goes.
    keep = datetime.timedelta(days=settings.UNFOUND_SEARCH_KEEP_DAYS)
    UnfoundSearch.objects.filter(day__lt=today - keep).delete()


def add_search_term(*, query: str, language: str, category) -> SearchTerm:
    """An editor adds a word people looked for to a topic's search terms (checked: a person
    chose it); its counts go, since it finds offers now."""
    term = SearchTerm(text=query, language=language, category=category, checked=True)
    term.full_clean()
    with transaction.atomic():
        term.save()
        UnfoundSearch.objects.filter(query=term.folded).delete()
    return term
