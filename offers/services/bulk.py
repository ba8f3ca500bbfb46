"""Creating many offers and providers at once (the demo, benchmark data sets, the new rows of
an import): each is checked as a single write checks it, then all are inserted in bulk, and
their places get their nearest stops at the end. Uniqueness and the database's constraints
are left to the database, inside one transaction: all or nothing. Without a WriteBatch no
revisions are recorded (history starts with the first edit); with one, the batch records a
version of each offer with its comment, and finds the nearest stops, when it finishes."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction

from offers.models import ContactPerson, Location, Offer, OfferCategory, OpeningSlot, Provider
from routing.services import update_nearest_stops

from . import invariants
from .batch import WriteBatch
from .parts import OfferParts, clean
from .rules import database_rules

BATCH = 1000


@dataclass
class NewOffer:
    """An unsaved offer with every part given (lists, not None); `comment` for its first
    version (with a WriteBatch)."""

    offer: Offer
    parts: OfferParts
    comment: str = ""


def create_providers(
    *, providers: list[Provider], contacts: list[tuple[ContactPerson, list]] = ()
) -> list[Provider]:
    """New providers, and contact persons of theirs (each with its spoken languages)."""
    with transaction.atomic():
        for provider in providers:
            clean(provider)
        Provider.objects.bulk_create(providers, batch_size=BATCH)
        _create_people(contacts)
    return providers


def create_offers(*, new: list[NewOffer], batch: WriteBatch | None = None) -> list[Offer]:
    with transaction.atomic(), database_rules(Offer, Location, ContactPerson, OpeningSlot):
        for item in new:
            _check(item)
        offers = [item.offer for item in new]
        for item in new:
            item.offer.prepare_for_save(places=item.parts.locations)
        Offer.objects.bulk_create(offers, batch_size=BATCH)
        links = {
            name: (through, column)
            for name, through, column in (
                ("target_groups", Offer.target_groups.through, "targetgroup_id"),
                ("languages", Offer.languages.through, "language_id"),
            )
        }
        OfferCategory.objects.bulk_create(
            (OfferCategory(offer=i.offer, category=c) for i in new for c in i.parts.categories),
            batch_size=BATCH,
        )
        for name, (through, column) in links.items():
            through.objects.bulk_create(
                (
                    through(offer_id=i.offer.pk, **{column: item.pk})
                    for i in new
                    for item in getattr(i.parts, name)
                ),
                batch_size=BATCH,
            )
        places = []
        for item in new:
            for place in item.parts.locations:
                place.offer = item.offer
                places.append(place)
        Location.objects.bulk_create(places, batch_size=BATCH)
        OpeningSlot.objects.bulk_create(
            (
                OpeningSlot(offer=i.offer, weekday=d, opens=o, closes=c)
                for i in new
                for d, o, c in i.parts.slots
            ),
            batch_size=BATCH,
        )
        people = []
        for item in new:
            for order, (person, spoken) in enumerate(item.parts.contacts):
                person.offer, person.provider, person.sort_order = item.offer, None, order
                people.append((person, spoken))
        _create_people(people)
        if batch is None:
            update_nearest_stops(places)
        else:
            for item in new:
                batch.add(item.offer, item.comment, item.parts.locations)
    return offers


def _check(item: NewOffer) -> None:
    offer, parts = item.offer, item.parts
    try:
        clean(offer)
        parts.validate()
        found = invariants.problems(
            categories=len(parts.categories),
            places=len(parts.locations),
            online=offer.available_online,
            by_phone=offer.available_by_phone,
        )
        if found:
            raise ValidationError(found)
    except ValidationError as error:
        raise ValidationError(f"{offer.title_de}: {'; '.join(error.messages)}") from error


def _create_people(people) -> None:
    for person, _spoken in people:
        clean(person, exclude=["offer", "provider"])
    ContactPerson.objects.bulk_create([person for person, _ in people], batch_size=BATCH)
    through = ContactPerson.languages.through
    through.objects.bulk_create(
        (
            through(contactperson_id=person.pk, language_id=language.pk)
            for person, spoken in people
            for language in spoken
        ),
        batch_size=BATCH * 2,
    )
