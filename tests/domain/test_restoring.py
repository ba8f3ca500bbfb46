"""Putting many offers back at once (an undo of a job) leaves the database exactly as
django-reversion's own revert of each offer's revision would: the offer's fields in every
language, its places, people, hours, categories and many-to-many choices, rows added since
deleted, rows deleted since back, timestamps as they were."""

import datetime

import pytest
from django.core import serializers
from django.db import transaction
from reversion.models import Version

from offers import versioning
from offers.models import (
    ContactPerson,
    Language,
    Location,
    Offer,
    OfferCategory,
    OpeningSlot,
    TargetGroup,
)
from offers.services.restoring import revert_offers

from ..factories import (
    ContactPersonFactory,
    LocationFactory,
    OfferFactory,
    OpeningSlotFactory,
    category,
    language,
)

pytestmark = pytest.mark.django_db


class Rollback(Exception):
    pass


def snapshot(pks) -> list:
    """Every row of the offers and what belongs to them, with many-to-many choices."""
    rows = []
    for model in (Offer, Location, ContactPerson, OpeningSlot, OfferCategory):
        key = "pk" if model is Offer else "offer_id"
        objects = model._base_manager.filter(**{f"{key}__in": pks}).order_by("pk")
        rows.append(serializers.serialize("python", objects))
    return rows


def to_milliseconds(tables) -> list:
    def cut(value):
        if isinstance(value, datetime.datetime):
            return value.replace(microsecond=value.microsecond // 1000 * 1000)
        return value

    return [
        [{**row, "fields": {k: cut(v) for k, v in row["fields"].items()}} for row in table]
        for table in tables
    ]


def after(restore, pks):
    """The rows after `restore()`, which is then rolled back."""
    try:
        with transaction.atomic():
            restore()
            result = snapshot(pks)
            raise Rollback
    except Rollback:
        return result


@pytest.fixture
def offers_changed_since_their_versions():
    offers = [OfferFactory(), OfferFactory(), OfferFactory()]
    first, second, third = offers
    for offer in offers:
        LocationFactory(offer=offer, name_de="Rathaus", name_ar="البلدية")
        ContactPersonFactory(offer=offer, role_de="Beraterin")
        OpeningSlotFactory(offer=offer)
        offer.languages.set([language("de"), language("ar")])
        offer.target_groups.set(TargetGroup.objects.all()[:2])
    versioning.record_versions(dict.fromkeys([o.pk for o in offers], "before"), None)
    pks = [offer.pk for offer in offers]
    versions = [Version.objects.get_for_object(offer).order_by("-pk").first() for offer in offers]
    before = snapshot(pks)

    # What happened since: texts in several languages, a place added and one deleted, a
    # person's languages, categories, many-to-many choices, a whole offer deleted.
    first.title_de, first.title_fa, first.summary_ar = "Neu", "تازه", "جديد"
    first.created = first.created - datetime.timedelta(days=400)
    first.save()
    LocationFactory(offer=first, name_de="Zweiter Ort")
    second.locations.get().delete()
    LocationFactory(offer=second, name_de="Ersatz")
    contact = second.contacts.get()
    contact.languages.set([language("uk")])
    contact.role_de = "Leitung"
    contact.save()
    OfferCategory.objects.create(offer=second, category=category("wohnen"))
    second.languages.set([language("fa")])
    second.target_groups.clear()
    OpeningSlotFactory(offer=second, weekday=3)
    third.delete()
    return pks, versions, before


def test_bulk_restore_matches_django_reversions_revert(offers_changed_since_their_versions):
    pks, versions, before = offers_changed_since_their_versions

    def one_by_one():
        for version in versions:
            version.revision.revert(delete=True)

    by_reversion = after(one_by_one, pks)
    in_bulk = after(lambda: revert_offers(versions), pks)
    assert in_bulk == by_reversion
    assert in_bulk == to_milliseconds(before)  # what a version's JSON keeps of a time


def test_a_language_removed_from_the_vocabulary_since_is_left_out(
    offers_changed_since_their_versions,
):
    pks, versions, _before = offers_changed_since_their_versions
    language("ar").delete()
    revert_offers(versions)
    assert [lang.code for lang in Offer.objects.get(pk=pks[0]).languages.all()] == ["de"]


def test_versions_recorded_in_bulk_hold_what_django_reversion_would_write():
    offer = OfferFactory(title_fa="کافه زبان")
    LocationFactory(offer=offer, name_ar="المكتبة")
    ContactPersonFactory(offer=offer).languages.set([language("uk"), language("de")])
    OpeningSlotFactory(offer=offer)
    offer.languages.set([language("fa"), language("de"), language("ar")])
    # An order that is not the rows' order: the related model's ordering decides.
    Language.objects.filter(code="de").update(sort_order=100)
    offer.target_groups.set(TargetGroup.objects.order_by("-slug")[:3])
    versioning.record_versions({offer.pk: "bulk"}, None)
    recorded = Version.objects.filter(revision__comment="bulk")
    assert recorded.count() == 5  # the offer, its place, person, hours and category link
    for version in recorded:
        obj = version.content_type.get_object_for_this_type(pk=version.object_id)
        assert version.serialized_data == serializers.serialize("json", (obj,))
