"""The one write path for offers (offers/services): every writer keeps the invariants that
the admin form and the spreadsheet check, whatever way an offer comes in."""

import datetime
import json

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from reversion.models import Version

from offers import services
from offers.models import ContactPerson, Location, Offer, OfferStatus
from offers.opendata.hsds import documents
from offers.opendata.hsds.importer import ImportRefused, import_document
from routing.models import NearestStop, Stop

from ..factories import LocationFactory, OfferFactory, category, language
from ..hsds_schemas import require_schemas


@pytest.fixture
def stops(db):
    return Stop.objects.bulk_create(
        [
            Stop(stop_id="a", name="Markt", latitude=50.9550, longitude=6.6390, station="a"),
            Stop(stop_id="b", name="Kirche", latitude=50.9600, longitude=6.6400, station="b"),
        ]
    )


@pytest.mark.django_db
def test_bulk_publishing_refuses_an_offer_without_category_or_place(editor):
    # As an importer that did not check could leave it.
    draft = OfferFactory(status=OfferStatus.DRAFT, categories=[], available_by_phone=False)
    result = services.set_status(
        offers=Offer.objects.filter(pk=draft.pk), status=OfferStatus.PUBLISHED, user=editor
    )
    assert result.changed == []
    [(offer, reason)] = result.refused
    assert offer == draft
    assert "category" in reason and "location" in reason
    draft.refresh_from_db()
    assert draft.status == OfferStatus.DRAFT
    draft.delete()  # on PostgreSQL the database would refuse it at the end of the test


@require_schemas()
@pytest.mark.django_db
def test_an_hsds_service_without_category_or_place_is_refused(editor):
    offer = OfferFactory(available_by_phone=False)
    LocationFactory(offer=offer)
    document = json.loads(json.dumps(documents.dataset("de")))
    Offer.objects.all().delete()
    [service] = document["services"]
    service["attributes"] = [a for a in service["attributes"] if a["link_type"] != "service_type"]
    service["service_at_locations"] = []
    with pytest.raises(ImportRefused) as refused:
        import_document(document, user=editor)
    problems = "\n".join(refused.value.problems)
    assert f"service 1 ({service['id']})" in problems
    assert "category" in problems and "location" in problems
    assert not Offer.objects.exists()


@pytest.mark.django_db
class TestSaveOffer:
    def offer(self):
        offer = OfferFactory(available_by_phone=False)
        LocationFactory(offer=offer, street="Alter Weg 1")
        return offer

    def test_parts_replace_what_the_offer_had(self, editor, stops):
        offer = self.offer()
        kept = offer.locations.get()
        kept.street = "Alter Weg 2"
        new = Location(
            name_de="Neu", street="Neuer Weg 1", postcode="50126", latitude=50.9553,
            longitude=6.6397, municipality=kept.municipality,
        )  # fmt: skip
        services.save_offer(
            offer=offer,
            user=editor,
            comment="test",
            parts=services.OfferParts(
                categories=[category("migrationsberatung")],
                slots=[(0, datetime.time(9), datetime.time(12))],
                locations=[kept, new],
                contacts=[(ContactPerson(name="Ana", phone="0221 4710-1"), [language("ar")])],
            ),
        )
        assert [c.slug for c in offer.categories.all()] == ["migrationsberatung"]
        assert [str(s) for s in offer.opening_slots.all()] == ["Monday 09:00–12:00"]
        assert sorted(offer.locations.values_list("street", flat=True)) == [
            "Alter Weg 2", "Neuer Weg 1"
        ]  # fmt: skip
        person = offer.contacts.get()
        assert (person.name, [lang.code for lang in person.languages.all()]) == ("Ana", ["ar"])
        # Every place it touched has its nearest stops, without any signal.
        assert all(place.nearest_stops.exists() for place in offer.locations.all())
        versions = Version.objects.get_for_object(offer)
        assert versions.count() == 1 and versions.first().revision.comment == "test"

    def test_a_bad_part_writes_nothing(self, editor):
        offer = self.offer()
        offer.title_de = "Neuer Titel"
        overlapping = [
            (0, datetime.time(9), datetime.time(12)),
            (0, datetime.time(11), datetime.time(13)),
        ]
        with pytest.raises(ValidationError, match="overlap"):
            services.save_offer(
                offer=offer, user=editor, parts=services.OfferParts(slots=overlapping)
            )
        assert Offer.objects.get(pk=offer.pk).title_de != "Neuer Titel"
        assert not Version.objects.get_for_object(offer).exists()

    def test_taking_the_last_place_is_refused(self, editor):
        offer = self.offer()
        with pytest.raises(ValidationError, match="at least one location"):
            services.save_offer(offer=offer, user=editor, parts=services.OfferParts(locations=[]))
        assert offer.locations.count() == 1

    def test_a_place_saved_outside_the_write_path_keeps_its_old_stops(self, stops):
        # The write path, not a signal, finds nearest stops: a direct save is no writer.
        offer = self.offer()
        place = offer.locations.get()
        before = list(place.nearest_stops.values_list("stop__name", flat=True))
        place.latitude += 0.01
        place.save()
        assert list(place.nearest_stops.values_list("stop__name", flat=True)) == before

    def test_a_batch_does_nearest_stops_and_revisions_at_its_end(self, editor, stops):
        offers = [self.offer() for _ in range(3)]
        NearestStop.objects.all().delete()
        with transaction.atomic():
            batch = services.WriteBatch(user=editor)
            for offer in offers:
                place = offer.locations.get()
                services.save_offer(
                    offer=offer, comment=f"row {offer.pk}", batch=batch,
                    parts=services.OfferParts(locations=[place]),
                )  # fmt: skip
            assert not NearestStop.objects.exists() and not Version.objects.exists()
            batch.finish()
        assert NearestStop.objects.count() > 0
        assert sorted(Version.objects.get_for_model(Offer).values_list(
            "revision__comment", flat=True)) == sorted(f"row {o.pk}" for o in offers)  # fmt: skip


@pytest.mark.django_db
def test_a_provider_is_saved_with_its_contacts_and_its_offers_follow_its_name(editor):
    offer = OfferFactory()
    provider = offer.provider
    provider.name_de = "Caritas Kerpen"
    services.save_provider(
        provider=provider, user=editor,
        contacts=[(ContactPerson(name="Zentrale", email="z@caritas.example"), [])],
    )  # fmt: skip
    offer.refresh_from_db()
    assert "caritas kerpen" in offer.search_text
    assert [p.name for p in provider.contacts.filter(offer=None)] == ["Zentrale"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite cannot defer a check")
@pytest.mark.django_db(transaction=True)
def test_the_database_refuses_an_offer_without_category_or_place_at_commit(reference_data):
    with transaction.atomic():  # a new offer gets its category and place before the commit
        offer = OfferFactory(available_by_phone=False)
        LocationFactory(offer=offer)
    with pytest.raises(IntegrityError, match="needs at least one category"), transaction.atomic():
        offer.locations.all().delete()
    with pytest.raises(IntegrityError, match="needs at least one category"), transaction.atomic():
        offer.category_links.all().delete()
    with pytest.raises(IntegrityError, match="needs at least one category"), transaction.atomic():
        Offer.objects.filter(pk=offer.pk).update(available_by_phone=False)
        Location.objects.filter(offer=offer).delete()
    assert offer.locations.count() == 1 and offer.category_links.count() == 1
