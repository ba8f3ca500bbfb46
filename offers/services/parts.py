"""Replacing what belongs to an offer besides its own fields: its categories, target groups
and spoken languages, its weekly opening hours, its places and its contact persons."""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError

from offers.models import (
    Category,
    ContactPerson,
    Language,
    Location,
    Offer,
    OfferCategory,
    OpeningSlot,
    TargetGroup,
    check_slots_do_not_overlap,
)

Slot = tuple[int, datetime.time, datetime.time]


@dataclass
class OfferParts:
    """What a write replaces; `None` leaves that part as it is. `locations` are the places the
    offer keeps (new ones, or its own changed in memory): the others are deleted, likewise
    contact persons (each with the languages they speak)."""

    categories: list[Category] | None = None
    target_groups: list[TargetGroup] | None = None
    languages: list[Language] | None = None
    slots: list[Slot] | None = None
    locations: list[Location] | None = None
    contacts: list[tuple[ContactPerson, list[Language] | None]] | None = None

    def validate(self) -> None:
        """Field checks of the parts, before anything is written (ValidationError)."""
        for place in self.locations or []:
            clean(place, exclude=["offer"])
        for person, _spoken in self.contacts or []:
            clean(person, exclude=["offer", "provider"])
        if self.slots is not None:
            slots = [OpeningSlot(weekday=d, opens=o, closes=c) for d, o, c in self.slots]
            for slot in slots:
                clean(slot, exclude=["offer"])
            check_slots_do_not_overlap(slots)

    def apply(self, offer: Offer, *, created: bool) -> list[Location]:
        """Write the parts of a saved offer; returns the places whose nearest stops are to be
        found. A new offer has nothing to compare with: its rows are inserted at once."""
        for name in ("categories", "target_groups", "languages"):
            items = getattr(self, name)
            if items is not None:
                set_links(offer, name, items, created=created)
        if self.slots is not None:
            if not created:
                offer.opening_slots.all().delete()
            OpeningSlot.objects.bulk_create(
                OpeningSlot(offer=offer, weekday=d, opens=o, closes=c) for d, o, c in self.slots
            )
        places = []
        if self.locations is not None:
            places = replace_places(offer, self.locations, created=created)
        if self.contacts is not None:
            replace_people(
                offer.contacts, self.contacts, created=created, offer=offer, provider=None
            )
        return places


def clean(instance, *, exclude=()) -> None:
    """`full_clean()` of the fields and the model's own `clean()`. A reference to a saved
    object the instance holds is not looked up again (Django would ask the database whether
    the town or provider exists), and unique fields and constraints are left to the database,
    whose refusal the write path turns into the same messages (services/rules.py)."""
    attached = [
        field.name
        for field in instance._meta.concrete_fields
        if field.is_relation
        and (related := instance._state.fields_cache.get(field.name)) is not None
        and related.pk is not None
    ]
    instance.full_clean(
        exclude=[*exclude, *attached], validate_unique=False, validate_constraints=False
    )


def set_links(offer: Offer, name: str, items, *, created: bool) -> None:
    if not created:
        getattr(offer, name).set(items)
        return
    if name == "categories":
        OfferCategory.objects.bulk_create(OfferCategory(offer=offer, category=c) for c in items)
        return
    through = getattr(Offer, name).through
    column = {"target_groups": "targetgroup_id", "languages": "language_id"}[name]
    through.objects.bulk_create(through(offer_id=offer.pk, **{column: i.pk}) for i in items)


def replace_places(offer: Offer, places: list[Location], *, created: bool) -> list[Location]:
    """Save `places` as the offer's places and delete its others."""
    kept_pks = {place.pk for place in places if place.pk}
    if not created:
        stale = offer.locations.exclude(pk__in=kept_pks)
        foreign = Location.objects.filter(pk__in=kept_pks).exclude(offer=offer)
        if foreign.exists():
            raise ValidationError("A location of another offer cannot be given to this one.")
        stale.delete()
    new = []
    for place in places:
        place.offer = offer
        if place.pk is None and place._state.adding:
            new.append(place)
        else:
            place.save()
    Location.objects.bulk_create(new)
    return places


def replace_people(related, people, *, created: bool, **owner) -> None:
    """Save `people` (contact, spoken languages) as the owner's contact persons, in this
    order, and delete its others. `related`: the owner's contact persons; `owner`: offer=…,
    provider=…. Spoken languages None: a person's stay as they are."""
    if not created:
        related.exclude(pk__in=[person.pk for person, _ in people if person.pk]).delete()
    new = []
    for order, (person, spoken) in enumerate(people):
        for key, value in owner.items():
            setattr(person, key, value)
        person.sort_order = order
        if person.pk is None and person._state.adding:
            new.append((person, spoken))
        else:
            person.save()
            if spoken is not None:
                person.languages.set(spoken)
    ContactPerson.objects.bulk_create([person for person, _ in new])
    through = ContactPerson.languages.through
    through.objects.bulk_create(
        through(contactperson_id=person.pk, language_id=language.pk)
        for person, spoken in new
        for language in spoken or ()
    )
