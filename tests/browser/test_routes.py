"""The way there in a real browser: route links, mirrored in Arabic, completed with the
visitor's position in the browser only, and the map popup's route action."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from offers.models import Offer

from .conftest import DESKTOP, PHONE, open_first_popup

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

KERPEN_STATION = {"latitude": 50.8700, "longitude": 6.6961}


def offer_with_place():
    return Offer.objects.public().filter(locations__isnull=False).order_by("pk").first()


def path(offer, language):
    return f"/{language}/offers/{offer.pk}/{offer.slug}/"


@pytest.mark.parametrize(("language", "device"), [("de", DESKTOP), ("ar", PHONE)])
def test_links_and_nearest_stops_in_both_directions(open_page, demo, language, device):
    page = open_page(path(offer_with_place(), language), **device)
    block = page.locator(".how-to-get-there").first
    links = block.locator(".routes a.route-link")
    expect(links).to_have_count(5)
    expect(links.first).to_have_attribute("href", re.compile(r"^https://api\.transitous\.org/"))
    expect(links.first).to_have_attribute("target", "_blank")
    expect(links.first).to_have_attribute("rel", "noopener noreferrer")
    expect(block.locator(".stops .stop")).to_have_count(3)
    button = links.nth(1)
    icon, label = button.locator("svg").bounding_box(), button.locator("span").first.bounding_box()
    if language == "ar":
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        assert icon["x"] > label["x"], "in Arabic the pictogram stands at the right (start)"
        expect(block.locator("h3")).to_have_text("كيف تصل إلى هناك")
    else:
        assert icon["x"] < label["x"]


def test_from_my_location_completes_the_links_in_the_browser(open_page, demo):
    page = open_page(
        path(offer_with_place(), "de"), **PHONE, permissions=["geolocation"],
        geolocation=KERPEN_STATION,
    )  # fmt: skip
    sent = []
    page.on("request", lambda request: sent.append(request.url))
    transit = page.locator(".routes a.route-link").first
    assert "fromPlace" not in transit.get_attribute("href")
    page.locator("[data-from-here-button]").click()
    expect(page.locator("[data-from-here-button]")).to_have_attribute("aria-pressed", "true")
    expect(transit).to_have_attribute("href", re.compile("fromPlace="))
    query = parse_qs(urlsplit(transit.get_attribute("href")).query)
    assert query["fromPlace"] == ["50.87000,6.69610"]
    bicycle = page.locator(".routes a.route-link").nth(1).get_attribute("href")
    assert parse_qs(urlsplit(bicycle).query)["route"][0].startswith("50.87000,6.69610;")
    # The Deutsche Bahn link searches by name and stays as it was; the position went nowhere.
    assert "so=" not in page.locator(".route-alternatives a").first.get_attribute("href")
    assert not any("50.87" in url for url in sent)


def test_an_advisor_starts_routes_at_an_office(open_page, demo):
    page = open_page(path(offer_with_place(), "de"), **DESKTOP)
    page.locator(".route-office summary").click()
    page.select_option("#id_start", label="Jobcenter Rhein-Erft, Standort Bergheim")
    page.locator(".route-office-form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"\?start=\d+#way-\d+$"))
    expect(page.locator(".route-origin-status")).to_contain_text("Standort Bergheim")
    transit = page.locator(".routes a.route-link").first.get_attribute("href")
    assert "fromName=Jobcenter+Rhein-Erft" in transit


def test_the_map_popup_offers_the_way_there(open_page, demo):
    page = open_page("/de/?category=wohnen&municipality=kerpen", **DESKTOP)
    popup = open_first_popup(page)
    expect(popup.locator(".popup-routes a")).to_have_count(5)
    expect(popup.locator(".popup-routes a").first).to_have_attribute(
        "aria-label", "Mit Bus und Bahn"
    )
    expect(popup.locator(".popup-stop")).to_contain_text(
        re.compile(r"\) \d+ m, \d+ Minuten? zu Fuß")
    )
