"""Writing offers: the one path every writer takes — the admin, spreadsheet, HSDS and XLIFF
imports, machine translation, bulk actions and the demo.

A write validates the offer (`full_clean`), writes the parts it is given (offers/services/
parts.py), checks the invariants against what is then in the database (services/invariants),
gives the places it touched their nearest stops and records one revision (django-reversion)
with the editor and a comment. Any problem raises ValidationError and rolls the whole write
back. With a `WriteBatch` the nearest stops and the revisions of many writes are done in bulk
at its end (imports of thousands of rows).
"""

import datetime
from dataclasses import dataclass, field
from typing import Protocol

import reversion
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from offers import versioning
from offers.models import ContactPerson, Location, Offer, OfferCategory, OfferStatus, OpeningSlot
from routing.services import update_nearest_stops

from . import invariants
from .batch import WriteBatch
from .parts import OfferParts, clean
from .restoring import revert_offers
from .rules import database_rules


class Parts(Protocol):
    """Anything that writes an offer's parts: `OfferParts`, or the admin's formsets."""

    def validate(self) -> None: ...

    def apply(self, offer: Offer, *, created: bool) -> list[Location]: ...


def save_offer(
    *,
    offer: Offer,
    user=None,
    comment: str = "",
    parts: Parts | None = None,
    batch: WriteBatch | None = None,
    modified: datetime.datetime | None = None,
    changed_fields: set[str] | None = None,
    checked: bool = False,
) -> Offer:
    """Create or change `offer` with its `parts`, or change nothing (ValidationError).
    `modified`: when the source says the offer last changed (imports keep it).
    `changed_fields`: for an existing offer, the only fields that changed (an import knows):
    a smaller UPDATE. `checked`: the caller ran `full_clean()` on this offer already (an
    import's check of every row); its parts, the database's rules and the invariants are
    checked all the same. With a `batch`, the invariants are checked when it finishes, for
    all its offers in one query."""
    parts = parts if parts is not None else OfferParts()
    created = offer.pk is None
    with transaction.atomic():
        if not checked:
            clean(offer)
        parts.validate()
        with database_rules(Offer, Location, ContactPerson, OpeningSlot, OfferCategory):
            if created or changed_fields is None:
                offer.save()
            else:
                offer.save(update_fields={*changed_fields, "updated"})
            places = parts.apply(offer, created=created)
        if places and offer.refresh_search_fields(places):
            # The places' names are searched too, and came after the offer's own row.
            Offer.objects.filter(pk=offer.pk).update(
                search_title=offer.search_title, search_text=offer.search_text
            )
        if modified is not None:
            Offer.objects.filter(pk=offer.pk).update(updated=modified)
        if batch is not None:
            batch.add(offer, comment, places)
        else:
            invariants.check_saved(offer)
            _finish_one(offer, user, comment, places)
    return offer


def _finish_one(offer, user, comment, places) -> None:
    if places:
        update_nearest_stops(places)
    # Inside the admin's own revision (VersionAdmin) this joins it; else it is a new one.
    with reversion.create_revision():
        reversion.add_to_revision(offer)
        if user is not None:
            reversion.set_user(user)
        if comment:
            reversion.set_comment(comment)


# --- bulk actions ---------------------------------------------------------------------------


@dataclass
class BulkResult:
    changed: list[Offer] = field(default_factory=list)
    refused: list[tuple[Offer, str]] = field(default_factory=list)


def change_each(offers, *, user, comment: str, change) -> BulkResult:
    """`change(offer)` then save, for each offer on its own: one that breaks a rule is
    refused with the reason and the others are saved."""
    result = BulkResult()
    for offer in offers:
        try:
            with transaction.atomic():
                change(offer)
                save_offer(offer=offer, user=user, comment=comment)
        except ValidationError as error:
            result.refused.append((offer, "; ".join(error.messages)))
        else:
            result.changed.append(offer)
    return result


def set_status(*, offers, status: OfferStatus, user) -> BulkResult:
    def change(offer):
        offer.status = status

    comment = _("Status set to “%(status)s”.") % {"status": OfferStatus(status).label}
    return change_each(offers.exclude(status=status), user=user, comment=comment, change=change)


def mark_verified(*, offers, user, day: datetime.date | None = None) -> BulkResult:
    day = day or timezone.localdate()

    def change(offer):
        offer.last_verified = day
        offer.verified_by = user

    comment = _("Marked as verified on %(day)s.") % {"day": day.isoformat()}
    return change_each(offers, user=user, comment=comment, change=change)


def delete_offers(*, offers, user, comment: str = "") -> int:
    """Delete `offers`, keeping a last version of each (with its places, people and hours), so
    that "Recover deleted offers" in the admin can bring it back."""
    pks = [offer.pk for offer in offers]
    with transaction.atomic():
        versioning.record_versions(dict.fromkeys(pks, comment or _("Deleted.")), user)
        Offer.objects.filter(pk__in=pks).delete()
    return len(pks)


def restore_versions(*, versions, user, comment: str) -> list[Offer]:
    """Put offers back as versions from their history kept them (with their places, people,
    hours and categories; what was added since is deleted), all or none. Version numbers go
    on from the current ones, so a form opened before still meets a conflict; each offer gets
    a new version with `comment`."""
    versions = list(versions)
    with transaction.atomic():
        pks = [int(version.object_id) for version in versions]
        numbers = dict(
            Offer.objects.select_for_update().filter(pk__in=pks).values_list("pk", "lock_version")
        )
        revert_offers(versions)
        offers = list(Offer.objects.filter(pk__in=pks))
        invariants.check_saved_many(offers)
        for offer in offers:
            offer.lock_version = max(numbers.get(offer.pk, 0), offer.lock_version) + 1
        models.QuerySet(Offer).bulk_update(offers, ["lock_version"], batch_size=500)
        update_nearest_stops(Location.objects.filter(offer__in=pks))
        versioning.record_versions(dict.fromkeys(pks, comment), user)
    return offers
