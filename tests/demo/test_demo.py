import datetime
import io
import math

import pytest
from django.core.management import CommandError, call_command
from modeltranslation.translator import translator

from offers.demo.anchors import street_from_stop
from offers.demo.region import TOWNS
from offers.models import (
    Category,
    ContactPerson,
    DemoDataset,
    Location,
    Municipality,
    Offer,
    OpeningSlot,
    Provider,
)
from tests.factories import OfferFactory

pytestmark = pytest.mark.django_db
REFERENCE_DAY = datetime.date(2026, 11, 25)


def load(*args):
    call_command("load_demo", "--today", REFERENCE_DAY.isoformat(), *args, stdout=io.StringIO())


def translated_fields(model):
    return translator.get_options_for_model(model).get_field_names()


def fingerprint():
    """Everything the demo generates, independent of database ids and timestamps."""
    rows = []
    fields = sorted(translated_fields(Offer))
    for offer in Offer.objects.order_by("pk").prefetch_related(
        "categories", "target_groups", "languages", "locations__municipality", "opening_slots",
        "contacts__languages",
    ):  # fmt: skip
        rows.append(
            (
                [getattr(offer, f"{f}_{lang}") for f in fields for lang in ("de", "en", "ar")],
                offer.provider.slug, offer.cost, offer.status, offer.valid_from, offer.valid_until,
                offer.last_verified, offer.by_appointment_only, offer.website,
                sorted(c.slug for c in offer.categories.all()),
                sorted(t.slug for t in offer.target_groups.all()),
                sorted(lang.code for lang in offer.languages.all()),
                [(loc.street, loc.postcode, loc.municipality.official_key, loc.latitude,
                  loc.longitude, loc.name_ar, loc.directions_de) for loc in offer.locations.all()],
                [str(slot) for slot in offer.opening_slots.all()],
                [(c.name, c.role_ar, c.phone, c.email, sorted(x.code for x in c.languages.all()))
                 for c in offer.contacts.all()],
            )
        )  # fmt: skip
    return rows


@pytest.mark.slow
def test_default_demo_is_a_realistic_district():
    load()

    public = Offer.objects.public(on=REFERENCE_DAY)
    assert public.count() >= 2000
    assert Provider.objects.count() >= 140
    used = set(Category.objects.filter(offer_links__isnull=False).values_list("slug", flat=True))
    assert used == set(Category.objects.subcategories().values_list("slug", flat=True))

    keys = {town.official_key for town in TOWNS}
    assert set(Municipality.objects.values_list("official_key", flat=True)) == keys
    towns_with_offers = Location.objects.filter(offer__in=public).values("municipality")
    assert towns_with_offers.distinct().count() == 10
    assert Offer.objects.filter(locations__isnull=True, available_online=False).count() == 0

    assert ContactPerson.objects.filter(offer__isnull=False).count() > 1500
    assert OpeningSlot.objects.count() > 4000
    assert Offer.objects.filter(by_appointment_only=True).exists()
    assert DemoDataset.objects.get().offer_count == Offer.objects.count()


@pytest.mark.slow
def test_every_translated_field_is_filled_in_all_three_languages():
    load("--offers", "600")
    for model in (Offer, Provider, Location, ContactPerson, Category):
        for field in translated_fields(model):
            for lang in ("de", "en", "ar"):
                column = f"{field}_{lang}"
                empty = model.objects.filter(**{f"{column}__isnull": True}) | model.objects.filter(
                    **{column: ""}
                )
                assert not empty.exists(), f"{model.__name__}.{column} is empty somewhere"
    arabic = Offer.objects.values_list("title_ar", flat=True)[:50]
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in title) for title in arabic)


def test_locations_lie_in_their_town_and_are_spread_out():
    load("--offers", "600")
    centres = {m.pk: (m.latitude, m.longitude) for m in Municipality.objects.all()}
    for location in Location.objects.all():
        lat, lon = centres[location.municipality_id]
        distance_km = math.hypot((location.latitude - lat) * 111.3, (location.longitude - lon) * 70)
        assert distance_km < 12, f"{location} is {distance_km:.1f} km from its town centre"
    distinct_points = Location.objects.values("latitude", "longitude").distinct().count()
    assert distinct_points > 200
    on_centres = Location.objects.filter(latitude__in=[c[0] for c in centres.values()]).count()
    assert on_centres == 0


@pytest.mark.slow
def test_same_seed_gives_the_same_data_and_another_seed_does_not():
    load()
    first = fingerprint()
    load("--replace")
    assert fingerprint() == first
    load("--replace", "--seed", "7")
    assert fingerprint() != first


def test_if_empty_leaves_existing_offers_alone():
    load("--offers", "40")
    count = Offer.objects.count()
    load("--if-empty")
    assert Offer.objects.count() == count


def test_loading_twice_needs_replace():
    load("--offers", "40")
    with pytest.raises(CommandError, match="--replace"):
        load("--offers", "40")


def test_real_offers_are_never_replaced_by_demo_data():
    OfferFactory()
    with pytest.raises(CommandError, match="not demo data"):
        load("--replace")
    assert Offer.objects.count() == 1


def test_too_few_offers_for_all_categories_is_refused():
    with pytest.raises(CommandError, match="at least"):
        load("--offers", "3")


@pytest.mark.parametrize(
    ("stop_name", "street"),
    [
        ("Türnich Maximilianstr.", "Maximilianstraße"),
        ("Horrem Boisdorfer Str.", "Boisdorfer Straße"),
        ("Sindorf Karl-Ferdinand-Braun-Str.", "Karl-Ferdinand-Braun-Straße"),
        ("Kirdorf Grundschule", None),
        ("Allee", None),
    ],
)
def test_street_names_are_read_from_stop_names(stop_name, street):
    assert street_from_stop(stop_name) == street
