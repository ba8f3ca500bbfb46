"""Journeys through the public finder in a real browser."""

import gzip
import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from offers.models import Offer

from .conftest import (
    DESKTOP,
    PHONE,
    arabic_contrast_violations,
    axe_violations,
    open_first_popup,
    wait_for_map_to_settle,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def open_filters(page: Page):
    filters = page.locator("details.filters")
    if filters.get_attribute("open") is None:
        filters.locator("summary").click()
    expect(page.locator(".filter-grid")).to_be_visible()


def card_titles(page: Page) -> list[str]:
    return [title.strip() for title in page.locator(".cards .card h3").all_text_contents()]


def test_refugee_on_an_arabic_phone_finds_a_language_course_in_kerpen(open_page, demo):
    page = open_page("/ar/", **PHONE)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.locator(".topics a[href='?category=sprachkurse']").click()
    expect(page).to_have_url(re.compile(r"category=sprachkurse"))

    open_filters(page)
    page.select_option("#id_municipality", "kerpen")
    page.locator(".filter-actions button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"municipality=kerpen"))
    # The address changes before the new list arrives: wait for the list itself.
    places = page.locator(".cards .card-place")
    expect(places.first).to_contain_text("Kerpen")
    expect(places.filter(has_not_text="Kerpen")).to_have_count(0)

    page.locator(".cards .card h3 a").first.click()
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator("#contacts")).to_have_text("التواصل")
    expect(page.locator(".how-to-get-there").first).to_be_visible()
    expect(page.locator(".how-to-get-there h3").first).to_have_text("كيف تصل إلى هناك")
    # The page is mirrored: the start of a line is on the right.
    heading = page.locator("h1").bounding_box()
    assert heading["x"] + heading["width"] > 390 - 40


def test_advisor_shares_a_filtered_search(open_page, demo):
    page = open_page("/de/", **DESKTOP)
    page.fill("#id_q", "Kita")
    page.locator(".search-box button").click()
    open_filters(page)  # a panel, closed until asked for: the results fill the first screen
    page.select_option("#id_municipality", "bergheim")
    page.check("#id_free")
    page.locator(".filter-actions button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"q=Kita.*municipality=bergheim.*free=on"))
    page.wait_for_load_state()  # the address changes when the new page starts to arrive
    titles = card_titles(page)
    assert titles, "the demo has free Kita offers in Bergheim"
    cards = page.locator(".cards .card").all_text_contents()
    # "Kita" names the childcare topic: its offers, and offers that say "Kita".
    assert all(
        ("kita" in card.lower() or "Kinderbetreuung" in card) and "Bergheim" in card
        for card in cards
    )

    shared = open_page(urlsplit(page.url).path + "?" + urlsplit(page.url).query, **DESKTOP)
    assert card_titles(shared) == titles
    expect(shared.locator("#id_free")).to_be_checked()


def test_without_javascript_the_list_filters_and_offer_page_work(open_page, demo):
    page = open_page("/de/offers/", java_script_enabled=False)
    total = page.locator("#results-heading").inner_text()
    open_filters(page)
    page.select_option("#id_category", "lernen")
    page.locator(".filter-actions button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"category=lernen"))
    assert page.locator("#results-heading").inner_text() != total
    page.locator(".pagination a[rel=next]").click()
    expect(page).to_have_url(re.compile(r"page=2"))

    page.locator(".cards .card h3 a").first.click()
    expect(page.locator(".offer-places address").first).to_be_visible()
    expect(page.locator("#contacts")).to_be_visible()
    expect(page.locator(".location-map").first).to_be_hidden()  # maps need JavaScript


def test_map_shows_markers_and_a_popup_with_details(open_page, demo):
    page = open_page("/de/?category=wohnen&municipality=kerpen", **DESKTOP)
    marker = page.locator(".map-marker-wrapper").first
    expect(marker).to_be_visible()
    assert marker.get_attribute("title")  # the marker's accessible name is the offer's title
    popup = open_first_popup(page)
    link = popup.locator(".popup-title a")
    expect(link).to_have_attribute("href", re.compile(r"^/de/offers/\d+/"))
    offer = Offer.objects.get(pk=int(link.get_attribute("href").split("/")[3]))
    expect(link).to_have_text(offer.title_de)
    expect(popup.locator(".popup-summary")).to_have_text(offer.summary_de)
    expect(popup.locator(".popup-place")).to_contain_text("Kerpen")


def test_phone_switches_between_list_and_map(open_page, demo):
    page = open_page("/ar/?category=lernen", **PHONE)
    expect(page.locator("#map")).to_be_hidden()
    page.locator(".view-switch [data-view=map]").click()
    expect(page.locator("#map")).to_be_visible()
    expect(page.locator("#results-list")).to_be_hidden()
    expect(page.locator(".leaflet-control-zoom")).to_have_class(re.compile("leaflet-control"))
    zoom = page.locator(".leaflet-control-zoom").bounding_box()
    assert zoom["x"] > 390 / 2, "zoom buttons are mirrored to the right in Arabic"
    page.locator(".view-switch [data-view=list]").click()
    expect(page.locator("#results-list")).to_be_visible()


def test_a_phone_that_keeps_to_the_list_never_loads_the_map(open_page, demo):
    asked = []
    page = open_page("/de/", on_response=lambda response: asked.append(response.url), **PHONE)
    page.wait_for_load_state("networkidle")
    expect(page.locator(".cards .card").first).to_be_visible()
    assert not [url for url in asked if "leaflet" in url or "map.json" in url]
    page.locator(".view-switch [data-view=map]").click()
    # The map's own marker and cluster icons (`.marker-cluster`, the library's default class,
    # is never drawn here: a district seen whole on a phone shows clusters only).
    wait_for_map_to_settle(page)
    expect(page.locator(".map-marker-wrapper, .map-cluster-wrapper").first).to_be_visible()
    assert [url for url in asked if url.endswith(".js") and "leaflet" in url]


def test_near_me_sorts_in_the_browser_and_sends_no_position(open_page, demo, live_server):
    page = open_page("/de/offers/", **PHONE, permissions=["geolocation"],
                     geolocation={"latitude": 50.8700, "longitude": 6.6961})  # fmt: skip
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    open_filters(page)
    page.locator("button[data-near-me]").click()
    nearby = page.locator("#nearby .nearby-list li")
    expect(nearby.first).to_be_visible()
    first = nearby.first.inner_text()
    assert "Kerpen" in first
    assert re.search(r"\d+ m|\d+,\d km", first)
    assert not any("50.87" in url or "6.69" in url for url in requests)
    # The order survives a reload: the address says "nearest to me", never where.
    expect(page).to_have_url(re.compile(r"nearme=1"))
    page.reload()
    expect(nearby.first).to_be_visible()
    assert "Kerpen" in nearby.first.inner_text()
    assert "50.87" not in page.url and "6.69" not in page.url


@pytest.mark.parametrize("language", ["de", "ar", "fa", "uk", "ti"])
def test_no_accessibility_violations(open_page, demo, language):
    offer = Offer.objects.public().filter(locations__isnull=False, contacts__isnull=False).first()
    for path in (
        f"/{language}/",
        f"/{language}/offers/",
        f"/{language}/offers/?q=zzzqqqxxx",
        f"/{language}/offers/{offer.pk}/{offer.slug}/",
        f"/{language}/privacy/",
    ):
        for device in (DESKTOP, PHONE):
            page = open_page(path, **device)
            page.wait_for_load_state("networkidle")
            assert axe_violations(page) == [], (path, device["viewport"])
            if language in ("ar", "fa", "ti"):
                assert arabic_contrast_violations(page) == [], path
            page.context.close()


def test_pages_load_nothing_from_other_hosts(open_page, demo, offsite_requests):
    offer = Offer.objects.public().filter(locations__isnull=False).first()
    for path in ("/ar/", "/de/offers/", offer.get_absolute_url()):
        page = open_page(path, **DESKTOP)
        page.wait_for_load_state("networkidle")
    assert offsite_requests == []


def compressed_weight(open_page, path, **options) -> int:
    """Bytes of everything a first visit loads from the site (tiles excepted), gzipped as
    the production server sends them."""
    sizes = []

    def count(response):
        if "tile" not in urlsplit(response.url).netloc and response.status == 200:
            sizes.append(len(gzip.compress(response.body())))

    page = open_page(path, on_response=count, **options)
    page.wait_for_load_state("networkidle")
    return sum(sizes)


def test_list_page_is_light_and_the_map_page_within_budget(open_page, demo):
    assert compressed_weight(open_page, "/ar/offers/", **PHONE) <= 60 * 1024
    assert compressed_weight(open_page, "/de/", **DESKTOP) <= 180 * 1024


def test_the_accessibility_checks_catch_what_they_should(open_page, demo):
    """The axe helpers are not silent: a missing alt text and low-contrast Arabic are found."""
    page = open_page("/ar/offers/", **DESKTOP)
    page.evaluate(
        "() => { const img = document.createElement('img'); img.src = '/static/site/favicon.svg';"
        " document.querySelector('main').append(img);"
        " const p = document.createElement('p'); p.textContent = 'نص باهت جدا';"
        " p.style.color = '#bbbbbb'; document.querySelector('main').append(p); }"
    )
    assert "image-alt" in {v["id"] for v in axe_violations(page)}
    assert "color-contrast" in {v["id"] for v in arabic_contrast_violations(page)}
