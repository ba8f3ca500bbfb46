"""Reads that several pages share, each in one place: whom to contact for an offer, and its
weekly opening hours grouped by day."""

from django.db.models import Prefetch, Q

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
