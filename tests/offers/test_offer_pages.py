"""The offer page and the map's JSON endpoints."""

import datetime

import pytest

from offers.models import OfferStatus
from tests.factories import (
    ContactPersonFactory,
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    OpeningSlotFactory,
    category,
    language,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def kerpen():
    return MunicipalityFactory(name="Kerpen", slug="kerpen", official_key="05362032")


@pytest.fixture
def offer(kerpen):
    offer = OfferFactory(title_de="Sprachcafé Sindorf", title_ar="", summary_ar="")
    LocationFactory(
        offer=offer, municipality=kerpen, street="Kerpener Straße 12", postcode="50170",
        latitude=50.903533, longitude=6.679606, name_de="Familienzentrum",
    )  # fmt: skip
    ContactPersonFactory(
        offer=offer, name="Rana Haddad", phone="0221 4710-123", email="rana@x.example"
    )
    OpeningSlotFactory(offer=offer, weekday=2, opens=datetime.time(15), closes=datetime.time(17))
    offer.languages.set([language("ar"), language("de")])
    return offer


class TestMarkers:
    def test_geojson_feature_collection_per_location(self, client, offer, kerpen):
        LocationFactory(offer=offer, municipality=kerpen, latitude=50.9, longitude=6.7)
        OfferFactory(available_online=True)  # no location, no marker
        response = client.get("/de/offers/map.geojson")
        assert response["Content-Type"] == "application/geo+json"
        data = response.json()
        assert data["type"] == "FeatureCollection"
        assert len(data["features"]) == 2
        feature = data["features"][0]
        assert feature["type"] == "Feature"
        assert feature["geometry"] == {"type": "Point", "coordinates": [6.67961, 50.90353]}
        assert feature["properties"] == {
            "o": offer.pk,
            "t": "Sprachcafé Sindorf",
            "c": "sprachkurse",
            "m": "Kerpen",
        }

    def test_titles_in_the_page_language_with_fallback(self, client, offer):
        english = client.get("/ar/offers/map.geojson").json()["features"][0]["properties"]["t"]
        assert english == offer.title_en  # no Arabic title: English is next in the chain

    def test_same_filters_as_the_list(self, client, offer, kerpen):
        other = OfferFactory(categories=[category("wohnen")])
        LocationFactory(offer=other, municipality=MunicipalityFactory(slug="bergheim"))
        ids = {
            f["properties"]["o"]
            for f in client.get("/de/offers/map.geojson?municipality=kerpen").json()["features"]
        }
        assert ids == {offer.pk}
        searched = client.get("/de/offers/map.geojson?q=sprachcafe").json()["features"]
        assert {f["properties"]["o"] for f in searched} == {offer.pk}

    def test_drafts_are_not_on_the_map(self, client, offer):
        offer.status = OfferStatus.DRAFT
        offer.save()
        assert client.get("/de/offers/map.geojson").json()["features"] == []


class TestPopup:
    def test_popup_details_with_languages(self, client, offer):
        data = client.get(f"/ar/offers/{offer.pk}/popup.json").json()
        assert data["title"] == {"text": offer.title_en, "lang": "en", "dir": "ltr"}
        assert data["towns"] == ["Kerpen"]
        assert data["url"] == f"/ar/offers/{offer.pk}/sprachcafe-sindorf/"
        assert data["category"]

    def test_no_popup_for_drafts(self, client, offer):
        offer.status = OfferStatus.DRAFT
        offer.save()
        assert client.get(f"/de/offers/{offer.pk}/popup.json").status_code == 404


class TestOfferPage:
    def url(self, offer, lang="de"):
        return f"/{lang}/offers/{offer.pk}/{offer.slug}/"

    def test_wrong_or_missing_slug_redirects_to_the_canonical_address(self, client, offer):
        for path in (f"/de/offers/{offer.pk}/", f"/de/offers/{offer.pk}/old-name/"):
            response = client.get(path)
            assert response.status_code == 301
            assert response["Location"] == self.url(offer)

    def test_drafts_and_expired_offers_are_not_found(self, client, offer):
        offer.valid_until = datetime.date(2020, 1, 1)
        offer.save()
        assert client.get(self.url(offer)).status_code == 404
        assert client.get("/de/offers/999999/x/").status_code == 404

    def test_everything_an_offer_has(self, client, offer):
        html = client.get(self.url(offer)).content.decode()
        for text in (
            "Sprachcafé Sindorf",
            "Kerpener Straße 12",
            "50170 Kerpen",
            "Rana Haddad",
            'href="tel:02214710123"',
            'href="mailto:rana@x.example"',
            "15:00–17:00",
            "Mittwoch",
            "Arabisch",
            "how-to-get-there",
            "geo:50.903533,6.679606",
            'class="location-map"',
        ):
            assert text in html, text

    def test_phone_numbers_and_addresses_stay_left_to_right_in_arabic(self, client, offer):
        html = client.get(self.url(offer, "ar")).content.decode()
        assert '<span dir="ltr">0221 4710-123</span>' in html
        assert '<span dir="ltr">rana@x.example</span>' in html
        assert '<html lang="ar" dir="rtl">' in html

    def test_fallback_text_is_marked_and_announced(self, client, offer):
        html = client.get(self.url(offer, "ar")).content.decode()
        assert 'class="notice"' in html
        assert f'<span lang="en" dir="ltr">{offer.title_en}</span>' in html

    def test_provider_contacts_when_the_offer_has_none(self, client, offer):
        offer.contacts.all().delete()
        ContactPersonFactory(offer=None, provider=offer.provider, name="Markus Weber")
        assert "Markus Weber" in client.get(self.url(offer)).content.decode()

    def test_online_offer_says_it_has_no_address(self, client):
        online = OfferFactory(available_online=True)
        html = client.get(self.url(online, "en")).content.decode()
        assert "available online or by phone" in html
        assert "leaflet" not in html

    def test_query_count_does_not_grow_with_contacts_and_locations(
        self, client, offer, kerpen, django_assert_max_num_queries
    ):
        with django_assert_max_num_queries(20) as few:
            client.get(self.url(offer))
        for _ in range(5):
            LocationFactory(offer=offer, municipality=kerpen)
            ContactPersonFactory(offer=offer).languages.set([language("uk")])
        with django_assert_max_num_queries(20) as many:
            client.get(self.url(offer))
        assert len(many.captured_queries) == len(few.captured_queries)
