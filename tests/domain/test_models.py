import datetime
import json
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.utils import translation
from modeltranslation.utils import resolution_order

from offers.dates import months_before
from offers.models import (
    Category,
    ContactPerson,
    Language,
    Municipality,
    Offer,
    OfferStatus,
    OpeningSlot,
    check_slots_do_not_overlap,
)
from tests.factories import (
    ContactPersonFactory,
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    OpeningSlotFactory,
    ProviderFactory,
    category,
)

pytestmark = pytest.mark.django_db
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def messages_of(error: ValidationError) -> str:
    return " ".join(error.messages)


class TestCoordinates:
    def test_latitude_out_of_range_is_refused_in_plain_words(self):
        location = LocationFactory.build(
            latitude=91, offer=OfferFactory(), municipality=MunicipalityFactory()
        )
        with pytest.raises(ValidationError) as error:
            location.full_clean()
        assert "latitude must lie between -90 and 90" in messages_of(error.value)

    @pytest.mark.parametrize(("latitude", "longitude"), [(90.5, 6.6), (50.9, -181), (-91, 0)])
    def test_database_refuses_impossible_coordinates(self, latitude, longitude):
        location = LocationFactory()
        location.latitude, location.longitude = latitude, longitude
        with pytest.raises(IntegrityError), transaction.atomic():
            location.save()

    def test_swapped_latitude_and_longitude_are_pointed_out(self):
        location = LocationFactory.build(
            latitude=6.6397,
            longitude=50.9553,
            offer=OfferFactory(),
            municipality=MunicipalityFactory(),
        )
        with pytest.raises(ValidationError) as error:
            location.full_clean()
        text = messages_of(error.value)
        assert "outside the service area" in text
        assert "look swapped" in text

    def test_point_in_the_district_is_valid(self):
        location = LocationFactory.build(offer=OfferFactory(), municipality=MunicipalityFactory())
        location.full_clean()

    def test_a_place_far_from_its_municipality_is_refused(self):
        kerpen = MunicipalityFactory(name="Kerpen", latitude=50.8700, longitude=6.6961)
        cologne = LocationFactory.build(
            offer=OfferFactory(), municipality=kerpen, latitude=50.9375, longitude=6.9603
        )
        with pytest.raises(ValidationError) as error:
            cologne.full_clean()
        assert "km from the centre of Kerpen" in messages_of(error.value)
        sindorf = LocationFactory.build(
            offer=OfferFactory(), municipality=kerpen, latitude=50.9117, longitude=6.6839
        )
        sindorf.full_clean()

    def test_a_place_must_lie_in_its_municipalitys_outline_where_one_is_known(self):
        ring = [[6.60, 50.84], [6.76, 50.84], [6.76, 50.93], [6.60, 50.93], [6.60, 50.84]]
        town = MunicipalityFactory(
            name="Kerpen", boundary={"type": "Polygon", "coordinates": [ring]}
        )

        def place(latitude, longitude):
            return LocationFactory.build(
                offer=OfferFactory(), municipality=town, latitude=latitude, longitude=longitude
            )

        place(50.88, 6.70).full_clean()  # inside
        place(50.932, 6.70).full_clean()  # 200 m beyond the border street: tolerated
        with pytest.raises(ValidationError) as error:
            place(50.96, 6.70).full_clean()  # 3 km outside, though near the centre
        assert "km outside Kerpen" in messages_of(error.value)

    def test_the_service_area_may_be_the_districts_outline(self, settings, tmp_path):
        outline = tmp_path / "district.geojson"
        ring = [[6.45, 50.72], [7.00, 50.72], [7.00, 51.08], [6.45, 51.08], [6.45, 50.72]]
        outline.write_text(
            json.dumps({"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [ring]}})
        )
        settings.SERVICE_AREA_FILE = str(outline)
        inside = LocationFactory.build(offer=OfferFactory(), municipality=MunicipalityFactory())
        inside.full_clean()
        berlin = LocationFactory.build(
            offer=OfferFactory(),
            municipality=MunicipalityFactory(latitude=52.52, longitude=13.40),
            latitude=52.52,
            longitude=13.40,
        )
        with pytest.raises(ValidationError) as error:
            berlin.full_clean()
        assert "outside the service area" in messages_of(error.value)

    def test_municipality_has_the_same_range_constraint(self):
        with pytest.raises(IntegrityError), transaction.atomic():
            MunicipalityFactory(latitude=120)


class TestMunicipalityBoundary:
    def test_closed_polygon_is_accepted(self):
        ring = [[6.6, 50.9], [6.7, 50.9], [6.7, 51.0], [6.6, 50.9]]
        municipality = MunicipalityFactory.build(
            boundary={"type": "Polygon", "coordinates": [ring]}
        )
        municipality.full_clean()

    @pytest.mark.parametrize(
        "boundary",
        [
            {"type": "Point", "coordinates": [6.6, 50.9]},
            {"type": "Polygon", "coordinates": [[[6.6, 50.9], [6.7, 50.9], [6.7, 51.0]]]},
            {
                "type": "Polygon",
                "coordinates": [[["x", 50.9], [6.7, 50.9], [6.7, 51], ["x", 50.9]]],
            },
            {
                "type": "Polygon",
                "coordinates": [[[600, 50.9], [6.7, 50.9], [6.7, 51], [600, 50.9]]],
            },
        ],
    )
    def test_malformed_boundary_is_refused(self, boundary):
        with pytest.raises(ValidationError):
            MunicipalityFactory.build(boundary=boundary).full_clean()

    def test_official_key_must_have_eight_or_twelve_digits(self):
        with pytest.raises(ValidationError) as error:
            MunicipalityFactory.build(official_key="5362008").full_clean()
        assert "official_key" in error.value.message_dict


class TestCategories:
    def test_reference_data_has_three_areas_with_subcategories(self):
        areas = list(Category.objects.areas().values_list("slug", flat=True))
        assert areas == ["leben", "lernen", "arbeiten"]
        assert Category.objects.subcategories().count() >= 15
        for sub in Category.objects.subcategories():
            assert sub.name_de and sub.name_en and sub.name_ar

    def test_a_subcategory_cannot_be_placed_below_a_subcategory(self):
        nested = Category(
            parent=category("sprachkurse"), name_de="Zu tief", slug="zu-tief", icon="language",
            colour="#123456",
        )  # fmt: skip
        with pytest.raises(ValidationError) as error:
            nested.full_clean()
        assert "two levels" in messages_of(error.value)

    def test_an_area_with_subcategories_cannot_move_below_another_area(self):
        learning = Category.objects.get(slug="lernen")
        learning.parent = Category.objects.get(slug="leben")
        with pytest.raises(ValidationError):
            learning.full_clean()

    def test_database_refuses_a_category_as_its_own_parent(self):
        area = Category.objects.get(slug="leben")
        with pytest.raises(IntegrityError), transaction.atomic():
            Category.objects.filter(pk=area.pk).update(parent=area)

    def test_colour_must_be_hex(self):
        subcategory = category()
        subcategory.colour = "blue"
        with pytest.raises(ValidationError) as error:
            subcategory.full_clean()
        assert "colour" in error.value.message_dict

    def test_a_category_used_by_offers_cannot_be_deleted(self):
        OfferFactory(categories=[category("wohnen")])
        with pytest.raises(ProtectedError):
            category("wohnen").delete()
        assert Category.objects.filter(slug="wohnen").exists()

    def test_offers_may_only_be_filed_under_subcategories(self):
        offer = OfferFactory()
        link = Offer.categories.through(offer=offer, category=Category.objects.get(slug="leben"))
        with pytest.raises(ValidationError):
            link.full_clean()


class TestPublicOffers:
    def test_only_published_offers_are_public(self):
        published = OfferFactory(status=OfferStatus.PUBLISHED)
        OfferFactory(status=OfferStatus.DRAFT)
        OfferFactory(status=OfferStatus.ARCHIVED)
        assert list(Offer.objects.public()) == [published]

    def test_expired_offers_disappear_by_themselves(self):
        today = datetime.date(2026, 11, 25)
        ends_today = OfferFactory(valid_until=today)
        ended = OfferFactory(valid_until=today - datetime.timedelta(days=1))
        public_today = set(Offer.objects.public(on=today))
        assert ends_today in public_today
        assert ended not in public_today
        assert ends_today not in set(Offer.objects.public(on=today + datetime.timedelta(days=1)))

    def test_future_offers_appear_on_their_first_day(self):
        starts = datetime.date(2027, 1, 10)
        offer = OfferFactory(valid_from=starts)
        assert offer not in Offer.objects.public(on=starts - datetime.timedelta(days=1))
        assert offer in Offer.objects.public(on=starts)
        assert offer.is_public(on=starts) and not offer.is_public(on=datetime.date(2027, 1, 9))

    def test_valid_until_before_valid_from_is_refused(self):
        offer = OfferFactory.build(
            provider=ProviderFactory(),
            valid_from=datetime.date(2027, 2, 1),
            valid_until=datetime.date(2027, 1, 1),
        )
        with pytest.raises(ValidationError) as error:
            offer.full_clean()
        assert "must not be before" in messages_of(error.value)
        with pytest.raises(IntegrityError), transaction.atomic():
            offer.save()

    def test_database_requires_a_german_title(self):
        with pytest.raises(IntegrityError), transaction.atomic():
            OfferFactory(title_de="")

    def test_slug_follows_the_german_title(self):
        offer = OfferFactory(title_de="Sprachcafé für Frauen", title_en="Women's café")
        assert offer.slug == "sprachcafe-fur-frauen"

    def test_online_offer_without_location_is_still_public(self):
        offer = OfferFactory(available_online=True)
        assert offer.locations.count() == 0
        assert offer in Offer.objects.public()


class TestTranslationFallback:
    def test_fallback_chain_is_the_requested_language_then_english_then_german(self):
        assert resolution_order("ar") == ("ar", "en", "de")
        assert resolution_order("de") == ("de", "en")

    def test_missing_arabic_falls_back_to_english_and_says_so(self):
        offer = OfferFactory(title_ar="")
        with translation.override("ar"):
            title = offer.translated("title")
            assert str(offer.title) == offer.title_en  # modeltranslation's own fallback
        assert title.text == offer.title_en
        assert title.language == "en"
        assert title.is_fallback
        assert title.direction == "ltr"

    def test_missing_english_and_arabic_fall_back_to_german(self):
        offer = OfferFactory(title_en=None, title_ar=None)
        title = offer.translated("title", "ar")
        assert (title.text, title.language, title.is_fallback) == (offer.title_de, "de", True)

    def test_text_in_the_requested_language_is_not_a_fallback(self):
        offer = OfferFactory()
        title = offer.translated("title", "ar")
        assert (title.language, title.is_fallback, title.direction) == ("ar", False, "rtl")

    def test_whitespace_only_counts_as_missing(self):
        offer = OfferFactory(title_ar="   ")
        assert offer.translated("title", "ar").language == "en"

    def test_missing_languages_lists_incomplete_translations(self):
        complete = OfferFactory(every_language=True)
        without_arabic = OfferFactory(every_language=True, description_ar="")
        only_three = OfferFactory()
        assert complete.missing_languages() == []
        assert without_arabic.missing_languages() == ["ar"]
        assert only_three.missing_languages() == ["uk", "ru", "fa", "tr", "fr", "ps", "ti", "kmr"]
        assert list(Offer.objects.missing_translation("ar")) == [without_arabic]
        assert set(Offer.objects.missing_translation("ti")) == {only_three}
        assert not Offer.objects.missing_translation("en").exists()


class TestContactPersons:
    def test_contact_belongs_to_an_offer_or_a_provider_not_both(self):
        offer = OfferFactory()
        with pytest.raises(IntegrityError), transaction.atomic():
            ContactPersonFactory(offer=offer, provider=offer.provider)
        with pytest.raises(IntegrityError), transaction.atomic():
            ContactPersonFactory(offer=None, provider=None)

    def test_contact_of_a_provider(self):
        provider = ProviderFactory()
        contact = ContactPersonFactory(offer=None, provider=provider)
        assert list(provider.contacts.all()) == [contact]

    def test_contact_needs_phone_or_email(self):
        contact = ContactPersonFactory.build(offer=OfferFactory(), phone="", email="")
        with pytest.raises(ValidationError) as error:
            contact.full_clean()
        assert "phone number or an e-mail" in messages_of(error.value)

    def test_phone_numbers_are_checked(self):
        contact = ContactPersonFactory.build(offer=OfferFactory(), phone="call me maybe")
        with pytest.raises(ValidationError) as error:
            contact.full_clean()
        assert "phone" in error.value.message_dict

    def test_deleting_a_provider_with_offers_is_refused(self):
        offer = OfferFactory()
        with pytest.raises(ProtectedError):
            offer.provider.delete()


class TestOpeningHours:
    def test_closing_must_follow_opening(self):
        slot = OpeningSlotFactory.build(
            offer=OfferFactory(), opens=datetime.time(12), closes=datetime.time(9)
        )
        with pytest.raises(ValidationError) as error:
            slot.full_clean()
        assert "closing time must be after" in messages_of(error.value)
        with pytest.raises(IntegrityError), transaction.atomic():
            slot.save()

    def test_weekday_outside_monday_to_sunday_is_refused(self):
        with pytest.raises(IntegrityError), transaction.atomic():
            OpeningSlotFactory(weekday=7)

    def test_overlapping_slots_on_one_day_are_named(self):
        slots = [
            OpeningSlot(weekday=0, opens=datetime.time(9), closes=datetime.time(12)),
            OpeningSlot(weekday=0, opens=datetime.time(11), closes=datetime.time(13)),
        ]
        with translation.override("en"), pytest.raises(ValidationError) as error:
            check_slots_do_not_overlap(slots)
        assert "Monday 09:00–12:00" in messages_of(error.value)

    def test_adjacent_slots_and_other_days_do_not_overlap(self):
        check_slots_do_not_overlap(
            [
                OpeningSlot(weekday=0, opens=datetime.time(9), closes=datetime.time(12)),
                OpeningSlot(weekday=0, opens=datetime.time(12), closes=datetime.time(14)),
                OpeningSlot(weekday=1, opens=datetime.time(9), closes=datetime.time(12)),
            ]
        )

    def test_open_at_uses_local_time(self):
        offer = OpeningSlotFactory(
            weekday=0, opens=datetime.time(9), closes=datetime.time(12)
        ).offer
        monday = datetime.datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN)
        assert offer in Offer.objects.open_at(monday)
        # 08:30 UTC is 09:30 in Berlin in winter.
        in_utc = datetime.datetime(2026, 11, 23, 8, 30, tzinfo=datetime.UTC)
        assert offer in Offer.objects.open_at(in_utc)
        assert offer not in Offer.objects.open_at(monday.replace(hour=12))  # closes at 12:00
        assert offer not in Offer.objects.open_at(monday + datetime.timedelta(days=1))
        slot = offer.opening_slots.get()
        assert slot.covers(monday) and not slot.covers(monday.replace(hour=8, minute=59))


class TestVerification:
    @pytest.mark.parametrize(
        ("day", "months", "expected"),
        [
            (datetime.date(2026, 3, 31), 1, datetime.date(2026, 2, 28)),
            (datetime.date(2028, 3, 31), 1, datetime.date(2028, 2, 29)),
            (datetime.date(2026, 11, 25), 12, datetime.date(2025, 11, 25)),
            (datetime.date(2026, 1, 15), 13, datetime.date(2024, 12, 15)),
        ],
    )
    def test_months_before(self, day, months, expected):
        assert months_before(day, months) == expected

    def test_offers_needing_verification(self):
        today = datetime.date(2026, 11, 25)
        fresh = OfferFactory(last_verified=datetime.date(2026, 1, 1))
        stale = OfferFactory(last_verified=datetime.date(2025, 11, 24))
        never = OfferFactory(last_verified=None)
        outdated = set(Offer.objects.needing_verification(12, on=today))
        assert outdated == {stale, never}
        assert fresh not in outdated


class TestSpokenLanguages:
    def test_names_come_from_cldr_in_every_interface_language(self):
        Language.objects.filter(code="uk").delete()
        ukrainian = Language.objects.create(code="uk")
        assert (ukrainian.name_de, ukrainian.name_en, ukrainian.name_ar) == (
            "Ukrainisch",
            "Ukrainian",
            "الأوكرانية",
        )
        assert ukrainian.native_name == "Українська"

    def test_names_typed_by_an_editor_are_kept(self):
        language = Language.objects.create(code="xx-test", name_de="Testisch")
        assert language.name_de == "Testisch"

    def test_code_must_look_like_a_language_code(self):
        with pytest.raises(ValidationError):
            Language(code="Arabic!").full_clean()

    def test_seeded_languages_include_those_of_newcomers(self):
        codes = set(Language.objects.values_list("code", flat=True))
        assert {"ar", "uk", "ru", "fa", "ps", "ti", "ku", "tr", "fr", "gsg"} <= codes


def test_municipality_str_and_location_address():
    location = LocationFactory(street="Bahnhofstraße 4", postcode="50126")
    assert location.address == f"Bahnhofstraße 4, 50126 {location.municipality.name}"
    assert str(Municipality.objects.get(pk=location.municipality_id)) == location.municipality.name


def test_contact_persons_are_ordered_by_sort_order():
    offer = OfferFactory()
    second = ContactPersonFactory(offer=offer, sort_order=2)
    first = ContactPersonFactory(offer=offer, sort_order=1)
    assert list(ContactPerson.objects.filter(offer=offer)) == [first, second]
