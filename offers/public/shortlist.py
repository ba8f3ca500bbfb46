"""A visitor's list of offers ("Merkliste"): it lives in the browser and travels in URLs
(`?offers=12,48,301`); nothing about who made it is stored on the server."""

import re
from contextlib import nullcontext

from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode

from offers.models import Offer
from offers.models.shortlist import MAX_OFFERS, SharedList

ID = re.compile(r"\d+")
LONGEST_ID = 12  # digits; longer numbers are no offer's id (and overflow a bigint)


def parse_ids(raw: str | None) -> list[int]:
    """ "12,48,301" (any separators) -> [12, 48, 301]: unique, in order, at most 50; anything
    else is ignored."""
    ids = []
    for match in ID.finditer(raw or ""):
        if len(match.group()) > LONGEST_ID:
            continue
        number = int(match.group())
        if number and number not in ids:
            ids.append(number)
        if len(ids) == MAX_OFFERS:
            break
    return ids


def offers_in_order(ids: list[int], queryset=None) -> list[Offer]:
    """The public offers among `ids`, in the list's order (others are left out)."""
    queryset = queryset if queryset is not None else Offer.objects.public().for_listing()
    found = {offer.pk: offer for offer in queryset.filter(pk__in=ids)}
    return [found[pk] for pk in ids if pk in found]


def list_path(ids: list[int], language: str | None = None) -> str:
    with translation.override(language) if language else nullcontext():
        path = reverse("offers:shortlist")
    return f"{path}?{urlencode({'offers': ','.join(map(str, ids))})}" if ids else path


def shared_list_path(ids: list[int], language: str) -> str:
    """The client's read-only page of a list, in her language."""
    with translation.override(language):
        path = reverse("offers:shared-list")
    return f"{path}?{urlencode({'offers': ','.join(map(str, ids))})}"


def short_path(ids: list[int], language: str) -> str:
    """A short, permanent path for the list in `language` (for QR codes and messages)."""
    shared = SharedList.for_ids(language, ids)
    return reverse("short-list", kwargs={"code": shared.code})
