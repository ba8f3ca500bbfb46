"""Reads that several pages share, each in one place: whom to contact for an offer, its
weekly opening hours grouped by day, and whether it is open now or when it opens next."""

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch, Q
from django.utils import timezone

from offers.models import ContactPerson, OpeningSlot


def _whom(offer, people) -> list[ContactPerson]:
    """The rule: the offer's own contact persons, or, where it names none, its provider's."""
    own = [person for person in people if person.offer_id == offer.pk]
    return own or [person for person in people if person.provider_id == offer.provider_id]


def contact_people(offer) -> list[ContactPerson]:
    """Whom to contact for one offer, with the languages they speak (one query for both
    kinds of people)."""
    people = ContactPerson.objects.filter(
        Q(offer=offer) | Q(provider_id=offer.provider_id)
    ).prefetch_related("languages")
    return _whom(offer, people)


def people_prefetches() -> list[Prefetch]:
    """For querysets of many offers whose pages name their contact persons (with the
    languages they speak): the offer's own and its provider's; see `listed_contact_people`."""
    speaking = ContactPerson.objects.prefetch_related("languages")
    return [
        Prefetch("contacts", queryset=speaking),
        Prefetch("provider__contacts", queryset=speaking),
    ]


def listed_contact_people(offer) -> list[ContactPerson]:
    """Whom to contact for an offer of a list fetched with `people_prefetches()`."""
    return _whom(offer, [*offer.contacts.all(), *offer.provider.contacts.all()])


def opening_days(slots) -> list[tuple[str, list[OpeningSlot]]]:
    """(day name, that day's slots) for the days the offer is open, Monday first."""
    slots = list(slots)
    return [
        (label, [slot for slot in slots if slot.weekday == day])
        for day, label in OpeningSlot.Weekday.choices
        if any(slot.weekday == day for slot in slots)
    ]


@dataclass(frozen=True)
class OpeningState:
    """Whether an offer is open at a moment, until when, or when it opens next."""

    is_open: bool
    until: datetime.time | None = None  # open: closes at
    opens: datetime.time | None = None  # closed: opens next at
    opens_on: int | None = None  # closed: that weekday (0 = Monday), None for today


def opening_state(slots, now: datetime.datetime) -> OpeningState | None:
    """Open now and until when, or the next opening within the coming week (today, or the
    weekday it falls on); None for an offer without weekly hours."""
    slots = [slot for slot in slots if slot.opens and slot.closes and slot.weekday is not None]
    if not slots:
        return None
    local = timezone.localtime(now)
    for slot in slots:
        if slot.covers(now):
            return OpeningState(is_open=True, until=slot.closes)
    for ahead in range(8):
        weekday = (local.weekday() + ahead) % 7
        later = sorted(
            (slot for slot in slots
             if slot.weekday == weekday and (ahead or slot.opens > local.time())),
            key=lambda slot: slot.opens,
        )  # fmt: skip
        if later:
            return OpeningState(
                is_open=False, opens=later[0].opens, opens_on=None if ahead == 0 else weekday
            )
    return OpeningState(is_open=False)


def phone_to_call(offer, contacts) -> str:
    """The number the offer page's "Call" dials: the first contact person's with a phone,
    else the provider's."""
    for person in contacts:
        if person.phone:
            return person.phone
    return offer.provider.phone or ""
