"""The way page in a real browser, answered by the real routing engine on the test network:
on a phone, in German and Arabic, the steps come first and the map draws the route; without
JavaScript the form and the steps work; "from my location" sends the position by POST."""

import os
import re

import pytest
from playwright.sync_api import expect

from tests.conftest import create_reference_data
from tests.routing import network
from tests.routing.engine import place_at_destination

from .conftest import DESKTOP, PHONE, axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("SCREENSHOTS_DIR")


@pytest.fixture
def place(transactional_db):
    create_reference_data()
    return place_at_destination(title_ar="مقهى اللغة")


def way_path(place, language, query="?mode=transit&start=Bergheim+S%C3%BCd&leave=at&time=07:55"):
    offer, location = place
    return f"/{language}/offers/{offer.pk}/way/{location.pk}/{query}"


@pytest.mark.parametrize(
    ("language", "bus", "get_on"),
    [
        ("de", "Bus 920 Richtung Bergheim Nord", "Einsteigen: Bergheim Süd um 08:12"),
        ("ar", "الحافلة 920 باتجاه Bergheim Nord", "اصعد في Bergheim Süd الساعة 08:12"),
        ("fa", "اتوبوس 920 به سمت Bergheim Nord", "در Bergheim Süd ساعت 08:12 سوار شوید"),
        ("uk", "Автобус 920 у напрямку Bergheim Nord", "Сідайте на зупинці Bergheim Süd о 08:12"),
    ],
)
def test_on_a_phone_the_steps_and_the_drawn_route(open_page, place, routes, language, bus, get_on):
    page = open_page(way_path(place, language), **PHONE)
    steps = page.locator(".way-legs")
    expect(steps).to_contain_text(bus)
    expect(steps).to_contain_text(get_on)
    expect(page.locator(".way-map")).to_be_visible()
    expect(page.locator(".way-map path.leaflet-interactive").first).to_be_attached()
    # The text is the content and comes first; the map illustrates it below.
    assert steps.bounding_box()["y"] < page.locator(".way-map").bounding_box()["y"]
    if language in ("ar", "fa"):
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert axe_violations(page) == []
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/way-{language}-phone.png", full_page=True)


def test_on_a_desktop_steps_and_map_side_by_side_in_reading_order(open_page, place, routes):
    page = open_page(way_path(place, "de"), **DESKTOP)
    expect(page.locator(".way-map path.leaflet-interactive").first).to_be_attached()
    steps, drawn = page.locator(".way-legs").bounding_box(), page.locator(".way-map").bounding_box()
    assert steps["x"] < drawn["x"], "the steps at the start, the map beside them"
    assert drawn["y"] < steps["y"] + steps["height"]
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/way-de-desktop.png", full_page=True)


def test_a_start_naming_several_stops_offers_them_and_one_tap_routes_from_another(
    open_page, place, routes
):
    page = open_page(way_path(place, "ar", "?mode=foot&start=bergheim"), **PHONE)
    expect(page.locator(".way-answer h2")).to_contain_text("Bergheim Süd")
    others = page.locator(".way-other-starts")
    expect(others).to_contain_text("محطة أخرى؟")
    assert axe_violations(page) == []
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/way-ar-other-stops-phone.png")
    others.get_by_role("link", name="Bergheim Nord").click()
    expect(page.locator(".way-answer h2")).to_contain_text("Bergheim Nord")
    expect(page.locator(".way-other-starts")).to_have_count(0)


def test_without_javascript_the_form_and_the_steps_work(open_page, place, routes):
    page = open_page(way_path(place, "de", ""), **PHONE, java_script_enabled=False)
    page.get_by_label("Von (Haltestelle, Straße und Ort)").fill("Bergheim Süd")
    page.get_by_role("button", name="Weg zeigen").click()
    expect(page.locator(".way-legs")).to_contain_text("Bergheim Süd")
    expect(page).to_have_url(re.compile(r"start=Bergheim.*#way-result$"))
    # The answer, not the form again, fills the phone's screen.
    expect(page.locator(".way-answer h2")).to_be_in_viewport()
    expect(page.locator(".way-map")).to_be_hidden()


def test_from_my_location_the_position_goes_by_post_only(open_page, place, routes):
    requests = []
    page = open_page(
        way_path(place, "de", "?mode=foot"), **PHONE, permissions=["geolocation"],
        geolocation={"latitude": network.START.latitude, "longitude": network.START.longitude},
    )  # fmt: skip
    page.on("request", lambda request: requests.append((request.method, request.url)))
    page.get_by_role("button", name="Von meinem Standort").click()
    expect(page.locator(".way-legs")).to_be_visible()
    posts = [url for method, url in requests if method == "POST"]
    assert len(posts) == 1
    assert all(str(round(network.START.latitude, 3)) not in url for _method, url in requests)
