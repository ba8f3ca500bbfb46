"""The way there on the offer page and in the map popup."""

import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import override_settings

from routing.models import Office, Stop, TransitFeed
from routing.services import update_nearest_stops
from tests.factories import LocationFactory, MunicipalityFactory, OfferFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def stops():
    Stop.objects.bulk_create(
        [
            Stop(stop_id="1", name="Sindorf Bahnhof, Kerpen", latitude=50.9040,
                 longitude=6.6800, station="1", products="bus regional suburban"),
            Stop(stop_id="2", name="Sindorf Markt, Kerpen", latitude=50.9050,
                 longitude=6.6790, station="2", products="bus"),
            Stop(stop_id="3", name="Weit weg", latitude=50.99, longitude=6.68, station="3"),
        ]
    )  # fmt: skip
    TransitFeed.objects.create(
        attribution="DB InfraGO AG", licence="CC BY 4.0", source="stops.txt", stop_count=3
    )


@pytest.fixture
def offer(stops):
    kerpen = MunicipalityFactory(name="Kerpen", slug="kerpen", official_key="05362032")
    offer = OfferFactory(title_de="Sprachcafé Sindorf")
    LocationFactory(
        offer=offer, municipality=kerpen, street="Kerpener Straße 12", postcode="50170",
        latitude=50.903533, longitude=6.679606, name_de="Familienzentrum",
    )  # fmt: skip
    return offer


@pytest.fixture
def office():
    return Office.objects.create(
        name="Jobcenter Kerpen", kind=Office.Kind.JOBCENTER, street="Jahnplatz 1",
        postcode="50171", town="Kerpen", latitude=50.8700, longitude=6.6961,
    )  # fmt: skip


def page(client, offer, lang="de", query=""):
    response = client.get(f"/{lang}/offers/{offer.pk}/{offer.slug}/{query}")
    assert response.status_code == 200
    return response.content.decode()


def links(content):
    """href of every route link on the page, unescaped."""
    return [
        html.unescape(h)
        for h in re.findall(r'class="button route-link[^"]*" href="([^"]+)"', content)
    ]


class TestOfferPage:
    def test_every_mode_with_its_own_text_and_new_tab(self, client, offer):
        content = page(client, offer, "en")
        for text in ("By bus and train", "By bicycle", "By car", "On foot", "Open in my map app"):
            assert text in content
        hrefs = links(content)
        assert [urlsplit(h).netloc or urlsplit(h).scheme for h in hrefs] == [
            "api.transitous.org", "www.openstreetmap.org", "www.openstreetmap.org",
            "www.openstreetmap.org", "geo",
        ]  # fmt: skip
        assert content.count('target="_blank" rel="noopener noreferrer"') == 5  # 4 + DB
        assert "or with" in content and "Deutsche Bahn" in content

    def test_links_speak_the_page_language(self, client, offer):
        bicycle = links(page(client, offer, "ar"))[1]
        assert parse_qs(urlsplit(bicycle).query)["locale"] == ["ar"]

    def test_nearest_stops_with_walking_distance_and_modes(self, client, offer):
        content = page(client, offer, "en")
        assert content.index("Sindorf Bahnhof, Kerpen") < content.index("Sindorf Markt, Kerpen")
        assert "Weit weg" not in content
        assert 'aria-label="Train"' in content and 'aria-label="Bus"' in content
        assert " minutes on foot" in content and "times at 4 km/h" in content

    def test_public_transport_link_names_the_nearest_stop(self, client, offer):
        db = html.unescape(page(client, offer, "en").split("www.bahn.de")[1].split('"')[0])
        assert "zo=Sindorf+Bahnhof%2C+Kerpen" in db

    def test_block_in_arabic(self, client, offer):
        content = page(client, offer, "ar")
        assert '<html lang="ar" dir="rtl">' in content
        name = '<span class="stop-name" translate="no"><bdi>Sindorf Bahnhof, Kerpen</bdi>'
        assert name in content  # isolated: a Latin name keeps its order in Arabic text

    def test_no_stop_nearby_is_said(self, client, offer):
        Stop.objects.all().delete()
        update_nearest_stops()  # recompute: nothing near
        assert "No public transport stop within 3 km" in page(client, offer, "en")

    def test_online_offer_has_no_way_there(self, client, stops):
        online = OfferFactory(available_online=True)
        assert "how-to-get-there" not in page(client, online, "en")

    def test_one_block_per_location(self, client, offer):
        LocationFactory(offer=offer, latitude=50.95, longitude=6.64)
        content = page(client, offer, "en")
        assert content.count('class="how-to-get-there"') == 2
        assert content.count("data-route-origin") == 1

    def test_stop_data_attribution_in_the_footer(self, client, offer):
        footer = "Public transport stops: <bdi>DB InfraGO AG</bdi>, <bdi>CC BY 4.0</bdi>."
        assert footer in page(client, offer, "en")
        assert footer in client.get("/en/").content.decode()


class TestOrigin:
    def test_without_a_start_the_planner_asks(self, client, offer, office):
        content = page(client, offer, "en")
        assert "The route planner asks where you start." in content
        assert "fromPlace" not in links(content)[0]
        assert "Jobcenter Kerpen" in content  # offered in the office list

    def test_an_office_as_start(self, client, offer, office):
        content = page(client, offer, "en", f"?start={office.pk}")
        assert "The routes start at <bdi>Jobcenter Kerpen</bdi>." in content
        transit, bicycle = links(content)[:2]
        assert parse_qs(urlsplit(transit).query)["fromPlace"] == ["50.870000,6.696100"]
        assert parse_qs(urlsplit(bicycle).query)["route"] == [
            "50.870000,6.696100;50.903533,6.679606"
        ]

    @pytest.mark.parametrize("start", ["abc", "999999", "", "1e9", "%00"])
    def test_bad_or_unknown_start_is_ignored(self, client, offer, office, start):
        content = page(client, offer, "en", f"?start={start}")
        assert "The route planner asks where you start." in content

    def test_inactive_offices_are_not_offered(self, client, offer, office):
        office.active = False
        office.save()
        content = page(client, offer, "en", f"?start={office.pk}")
        assert "Jobcenter Kerpen" not in content

    def test_from_my_location_templates_carry_placeholders_only(self, client, offer):
        content = page(client, offer, "en")
        assert "data-from-here-button" in content
        templates = [html.unescape(t) for t in content.split('data-from-here="')[1:]]
        assert templates and all(
            "__LAT__,__LON__" in t.split('"')[0].replace("%2C", ",") for t in templates
        )


class TestPopup:
    def test_routes_and_nearest_stop_for_the_marker_location(self, client, offer):
        location = offer.locations.first()
        data = client.get(f"/ar/offers/{offer.pk}/popup.json?location={location.pk}").json()
        assert [route["mode"] for route in data["routes"]] == [
            "transit", "bicycle", "car", "foot", "app",
        ]  # fmt: skip
        assert data["routes"][0]["url"].startswith("https://api.transitous.org/?toPlace=")
        assert data["routes"][-1]["web"] is False
        assert data["stop"]["name"] == "Sindorf Bahnhof, Kerpen"
        assert data["stop"]["icon"] == "train-front"
        assert data["way"] == f"/ar/offers/{offer.pk}/{offer.slug}/#way-{location.pk}"

    @pytest.mark.parametrize("location", ["", "abc", "0", "99999999999999999999"])
    def test_without_a_valid_location_just_the_offer(self, client, offer, location):
        response = client.get(f"/de/offers/{offer.pk}/popup.json?location={location}")
        assert response.status_code == 200
        assert "routes" not in response.json()


@override_settings(ROUTING_PROVIDERS={"transit": ["db"], "bicycle": [], "car": [], "foot": []})
def test_settings_decide_what_the_page_shows(client, offer):
    content = page(client, offer, "en")
    assert "By bus and train" in content
    assert "By bicycle" not in content and "Open in my map app" not in content


def test_query_count_does_not_grow_with_locations_and_offices(
    client, offer, office, django_assert_max_num_queries
):
    with django_assert_max_num_queries(25) as few:
        page(client, offer, "de")
    for index in range(4):
        LocationFactory(offer=offer, latitude=50.90 + index / 100, longitude=6.68)
        Office.objects.create(
            name=f"Büro {index}", kind="other", street="Weg 1", postcode="50170", town="Kerpen",
            latitude=50.9, longitude=6.7,
        )  # fmt: skip
    with django_assert_max_num_queries(25) as many:
        page(client, offer, "de")
    assert len(many.captured_queries) == len(few.captured_queries)
