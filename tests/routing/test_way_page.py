"""The way page of an offer's place, answered by the real engine on the test network: the
steps as text in the reader's language (line, stops, times), the form without JavaScript,
the position only by POST and never in a log line, and a clear message with the planners'
links when no route can be given."""

import logging
import re

import pytest
from django.utils.html import strip_tags

from routing.models import Office

from . import network
from .engine import place_at_destination

pytestmark = pytest.mark.django_db


@pytest.fixture
def place():
    return place_at_destination()


def way(client, place, lang="en", **query):
    offer, location = place
    response = client.get(f"/{lang}/offers/{offer.pk}/way/{location.pk}/", query)
    assert response.status_code == 200
    return response


def text(response) -> str:
    return re.sub(r"\s+", " ", strip_tags(response.content.decode()))


def test_by_bus_from_a_stop_typed_the_steps_name_line_stops_and_times(client, place, routes):
    page = text(way(client, place, mode="transit", start="Bergheim Süd", leave="at", time="07:55"))
    assert "Bus 920 towards Bergheim Nord" in page
    assert "Get on at Bergheim Süd at 08:12" in page
    assert "Ride 4 stops 12 minutes" in page  # by the timetable, without the wait
    assert "Get off at Bergheim Nord at 08:24" in page
    assert "Arrive at Stadtteilzentrum" in page
    assert "Later departures: 08:32, 08:52" in page
    assert "no change" in page
    german = text(way(client, place, "de", mode="transit", start="Bergheim Süd", leave="at",
                      time="07:55"))  # fmt: skip
    assert "Bus 920 Richtung Bergheim Nord" in german
    assert "Einsteigen: Bergheim Süd um 08:12" in german
    assert "4 Haltestellen fahren" in german


def test_in_arabic_the_steps_are_arabic_and_names_stay_as_on_the_sign(client, place, routes):
    response = way(client, place, "ar", mode="transit", start="Bergheim Süd", leave="at",
                   time="07:55")  # fmt: skip
    html = response.content.decode()
    assert '<bdi translate="no">Bergheim Süd</bdi>' in html
    assert '<bdi translate="no">920</bdi>' in html
    page = text(response)
    assert "الحافلة 920 باتجاه Bergheim Nord" in page
    assert "اصعد في Bergheim Süd الساعة 08:12" in page
    assert "اركب 4 محطات" in page  # the plural form for 3 to 10
    assert 'dir="rtl"' in html


def test_on_foot_the_streets_are_named(client, place, routes):
    page = text(way(client, place, mode="foot", start="Bergheim Süd"))
    assert "Zeppelinstraße" in page or "Querweg" in page
    assert "Arrive at Stadtteilzentrum" in page


def test_from_my_location_by_post_not_stored_not_logged(client, place, routes, caplog):
    offer, location = place
    caplog.set_level(logging.DEBUG)
    start = network.START
    response = client.post(
        f"/en/offers/{offer.pk}/way/{location.pk}/",
        {
            "mode": "foot",
            "latitude": f"{start.latitude:.6f}",
            "longitude": f"{start.longitude:.6f}",
        },
    )
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert "My location" in text(response)
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert f"{start.latitude:.4f}" not in logged and f"{start.longitude:.4f}" not in logged


def test_from_an_office(client, place, routes):
    office = Office.objects.create(
        name="Integration Point Bergheim", kind="integration_point", street="Am Rathaus 1",
        postcode="50126", town="Bergheim", latitude=network.START.latitude,
        longitude=network.START.longitude,
    )  # fmt: skip
    page = text(way(client, place, mode="foot", office=office.pk))
    assert "From Integration Point Bergheim" in page


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"start": "Nirgendwo-Haltestelle-Xyz"}, "We could not find"),
        ({"start": "Bergheim Nord", "mode": "foot"}, None),  # 150 m away: a short walk
        ({"mode": "rocket", "start": "Bergheim Süd"}, "How: Select a valid choice"),
        ({"time": "25:99", "leave": "at", "start": "Bergheim Süd"}, "Time: Enter a valid time"),
        ({"latitude": "999", "start": "Bergheim Süd"}, None),  # ignored: GET takes no position
        ({"start": "x" * 5000}, "at most 200 characters"),
    ],
)
def test_bad_input_gives_a_normal_page(client, place, routes, settings, query, message):
    settings.GEOCODER_URL = "http://127.0.0.1:9"  # no address search in tests
    page = text(way(client, place, **query))
    if message:
        assert message in page
    assert "Other route planners" in page


def test_engine_down_says_so_and_offers_the_links(client, place, settings):
    settings.VALHALLA_URL = "http://127.0.0.1:9"
    page = text(way(client, place, mode="transit", start="Bergheim Süd"))
    assert "Routes inside this site are not available right now." in page
    assert "Other route planners" in page


def test_the_offer_page_links_to_the_way_when_routes_can_be_given(client, place, routes):
    offer, location = place
    html = client.get(offer.get_absolute_url()).content.decode()
    assert f"/offers/{offer.pk}/way/{location.pk}/" in html


def test_without_an_engine_the_offer_page_keeps_only_the_planners_links(client, place, settings):
    settings.VALHALLA_URL = "http://127.0.0.1:9"
    offer, location = place
    html = client.get(offer.get_absolute_url()).content.decode()
    assert f"/offers/{offer.pk}/way/{location.pk}/" not in html
    assert "route-link" in html


@pytest.mark.parametrize(
    "language", ["de", "en", "ar", "uk", "ru", "fa", "tr", "fr", "ps", "ti", "kmr"]
)
def test_every_language_tells_the_way_in_its_own_words(client, place, routes, language):
    response = way(client, place, language, mode="transit", start="Bergheim Süd", leave="at",
                   time="07:55")  # fmt: skip
    html = response.content.decode()
    page = text(response)
    assert '<bdi translate="no">Bergheim Süd</bdi>' in html  # names as on the sign
    assert "08:12" in page and "08:24" in page
    if language != "en":
        for english in ("towards", "Get on at", "Ride 4 stops", "Get off at", "changes"):
            assert english not in page, f"{english!r} untranslated in {language}"
    rtl = language in ("ar", "fa", "ps")
    assert ('<html lang="' + language + '" dir="' + ("rtl" if rtl else "ltr") + '"') in html


def test_the_handout_carries_the_way_from_the_office_in_the_clients_language(client, place, routes):
    offer, _location = place
    office = Office.objects.create(
        name="Jobcenter Bergheim", kind="jobcenter", street="Am Rathaus 1", postcode="50126",
        town="Bergheim", latitude=network.START.latitude, longitude=network.START.longitude,
    )  # fmt: skip
    query = {"offers": str(offer.pk), "language": "ar", "office": office.pk}
    response = client.get("/de/list/handout/", query)
    assert response.status_code == 200
    page = text(response)
    assert "الحافلة 920 باتجاه Bergheim Nord" in page
    assert "اركب 4 محطات" in page or "4 محطات" in page
    assert "كل 20 دقيقة" in page  # the rhythm, from the next departures
    # Without an office, or with an unknown one, the handout is as before.
    plain = text(client.get("/de/list/handout/", {"offers": str(offer.pk), "office": "x"}))
    assert "920" not in plain


def test_a_start_typed_without_umlauts_routes_from_the_stop(client, place, routes):
    page = text(way(client, place, mode="transit", start="bergheim sued", leave="at",
                    time="07:55"))  # fmt: skip
    assert "From Bergheim Süd" in page
    assert "Get on at Bergheim Süd at 08:12" in page
    assert "Another stop?" not in page


def test_a_start_naming_several_stops_routes_from_the_best_and_offers_the_others(
    client, place, routes
):
    response = way(client, place, mode="foot", start="Bergheim", leave="at", time="07:55")
    html = response.content.decode()
    assert "From Bergheim Süd" in text(response)  # the shortest of the names
    assert "Another stop?" in html
    nord = "?mode=foot&amp;start=Bergheim+Nord&amp;leave=at&amp;time=07%3A55#way-result"
    assert f'<a href="{nord}">' in html
    assert '<bdi translate="no">Bergheim Rathaus</bdi>' in html
    chosen = text(way(client, place, mode="foot", start="Bergheim Nord", leave="at", time="07:55"))
    assert "From Bergheim Nord" in chosen
    assert "Another stop?" not in chosen
