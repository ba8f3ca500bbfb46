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


def markers_of(client, url):
    data = client.get(url).json()
    assert data["mode"] == "markers"
    return data


class TestMarkers:
    def test_one_compact_marker_per_location(self, client, offer, kerpen):
        LocationFactory(offer=offer, municipality=kerpen, latitude=50.9, longitude=6.7)
        OfferFactory(available_online=True)  # no location, no marker
        response = client.get("/de/offers/map.json")
        assert response["Content-Type"] == "application/json"
        data = response.json()
        assert data["mode"] == "markers"
        assert len(data["markers"]) == 2
        first = min(data["markers"], key=lambda row: row[0])
        location_id, offer_id, lat, lon, title, category_id, town_id = first
        assert (offer_id, lat, lon, title) == (offer.pk, 50.903533, 6.679606, "Sprachcafé Sindorf")
        assert location_id == offer.locations.order_by("pk").first().pk
        # JSON object keys are strings; the browser looks them up the same way.
        assert data["categories"] == {str(category_id): "sprachkurse"}
        assert data["towns"] == {str(town_id): "Kerpen"}

    def test_titles_in_the_page_language_with_fallback(self, client, offer):
        english = markers_of(client, "/ar/offers/map.json")["markers"][0][4]
        assert english == offer.title_en  # no Arabic title: English is next in the chain

    def test_same_filters_as_the_list(self, client, offer, kerpen):
        other = OfferFactory(categories=[category("wohnen")])
        LocationFactory(offer=other, municipality=MunicipalityFactory(slug="bergheim"))
        rows = markers_of(client, "/de/offers/map.json?municipality=kerpen")["markers"]
        assert {row[1] for row in rows} == {offer.pk}
        searched = markers_of(client, "/de/offers/map.json?q=sprachcafe")["markers"]
        assert {row[1] for row in searched} == {offer.pk}

    def test_drafts_are_not_on_the_map(self, client, offer):
        offer.status = OfferStatus.DRAFT
        offer.save()
        assert markers_of(client, "/de/offers/map.json")["markers"] == []

    def test_a_viewport_limits_the_markers(self, client, offer, kerpen):
        far = OfferFactory()
        LocationFactory(offer=far, municipality=kerpen, latitude=51.2, longitude=7.2)
        box = "bbox=6.6,50.85,6.75,50.95"
        rows = markers_of(client, f"/de/offers/map.json?{box}&zoom=12")["markers"]
        assert {row[1] for row in rows} == {offer.pk}

    @pytest.mark.parametrize(
        "query",
        ["bbox=1,2,3", "bbox=a,b,c,d", "bbox=7,50,6,51", "bbox=nan,1,2,3", "bbox=0,0,0,0",
         "bbox=-200,0,10,10", "zoom=-1", "zoom=99", "zoom=x", "bbox=" + "9" * 200],
    )  # fmt: skip
    def test_a_bad_viewport_is_ignored(self, client, offer, query):
        rows = markers_of(client, f"/de/offers/map.json?{query}")["markers"]
        assert [row[1] for row in rows] == [offer.pk]


@pytest.mark.django_db
class TestClusters:
    @pytest.fixture
    def crowded(self, kerpen, settings):
        """More offers than the map takes as markers (the limit lowered to 8)."""
        settings.MAP_MAX_MARKERS = 8
        for i in range(12):
            spot = OfferFactory()
            # Two tight groups: Kerpen and Bergheim, ~10 km apart.
            lat, lon = (50.87, 6.69) if i % 2 else (50.95, 6.64)
            LocationFactory(offer=spot, municipality=kerpen, latitude=lat + i * 1e-4, longitude=lon)

    def test_too_many_markers_come_as_clusters_counted_by_the_database(self, client, crowded):
        data = client.get("/de/offers/map.json?zoom=10").json()
        assert data["mode"] == "clusters"
        assert sorted(count for _lat, _lon, count in data["clusters"]) == [6, 6]
        for lat, lon, _count in data["clusters"]:
            assert 50.86 < lat < 50.96 and 6.63 < lon < 6.70

    def test_close_up_the_map_always_gets_markers(self, client, crowded):
        box = "bbox=6.6,50.85,6.75,50.96"
        data = markers_of(client, f"/de/offers/map.json?{box}&zoom=14")
        assert len(data["markers"]) == 12

    def test_a_viewport_with_few_markers_gets_markers(self, client, crowded):
        box = "bbox=6.68,50.86,6.70,50.88"  # only the Kerpen group
        data = markers_of(client, f"/de/offers/map.json?{box}&zoom=12")
        assert len(data["markers"]) == 6

    def test_the_cluster_grid_follows_the_zoom(self, client, crowded):
        coarse = client.get("/de/offers/map.json?zoom=5").json()["clusters"]
        assert [count for _lat, _lon, count in coarse] == [12]  # one cell holds both groups


class TestPopup:
    def test_popup_details_with_languages(self, client, offer):
        data = client.get(f"/ar/offers/{offer.pk}/popup.json").json()
        assert data["title"] == {
            "text": offer.title_en,
            "lang": "en",
            "dir": "ltr",
            "fallback": True,
        }
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
