"""The journeys issue 19 counts, tap by tap, in a real browser: an Arabic reader on a phone
from the home page to the phone number of a language course with childcare (at most 5
taps), a Farsi reader to what is open near her, an advisor from the home page to a printed
handout of five offers (at most 10 clicks), and the advisors' table on a phone. With
SCREENSHOTS_DIR set, every step is photographed (docs/screenshots/ holds the latest)."""

import datetime
import os
import re
import zoneinfo
from unittest import mock

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE, wait_for_map_to_settle

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("SCREENSHOTS_DIR")


class Taps:
    """Counts what the visitor taps (or clicks), and photographs each step."""

    def __init__(self, page, name):
        self.page, self.name, self.count = page, name, 0
        self.shot("0-start")

    def tap(self, locator, step: str):
        locator.click()
        self.count += 1
        self.page.wait_for_load_state()
        self.shot(f"{self.count}-{step}")

    def shot(self, step):
        if SHOTS:
            self.page.screenshot(path=f"{SHOTS}/{self.name}-{step}.png")


@pytest.mark.parametrize("language", ["ar", "de"])
def test_a_language_course_with_childcare_in_five_taps_to_the_phone_number(
    open_page, demo, language
):
    page = open_page(f"/{language}/", **PHONE)
    taps = Taps(page, f"journey-childcare-{language}-phone")
    taps.tap(page.locator(".topics a.topic-sprachkurse"), "topic")
    expect(page).to_have_url(re.compile(r"category=sprachkurse"))
    taps.tap(page.locator(".quick-filters a[href*='childcare=on']"), "with-childcare")
    expect(page).to_have_url(re.compile(r"childcare=on"))
    first = page.locator(".cards .card").first
    expect(first).to_be_visible()
    taps.tap(first.locator("h3 a"), "offer")
    call = page.locator(".next-steps a[href^='tel:']")
    expect(call).to_be_visible()
    assert call.bounding_box()["y"] + call.bounding_box()["height"] <= 844, "in the first screen"
    assert re.search(r"\d{3,}", call.inner_text())
    assert taps.count + 1 <= 5  # the next tap calls
    if language == "ar":
        expect(page.locator("html")).to_have_attribute("dir", "rtl")


# The live server runs in this process: patching the clock sets the site's "now".
MONDAY = datetime.datetime(2026, 12, 7, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin"))


def test_a_farsi_reader_finds_what_is_open_near_her(open_page, demo):
    with mock.patch("django.utils.timezone.now", return_value=MONDAY.replace(hour=10)):
        page = open_page("/fa/", **PHONE, permissions=["geolocation"],
                         geolocation={"latitude": 50.8700, "longitude": 6.6961})  # fmt: skip
        taps = Taps(page, "journey-near-open-fa-phone")
        taps.tap(page.locator(".quick-filters a[href*='open_now=on']"), "open-now")
        expect(page).to_have_url(re.compile(r"open_now=on"))
        taps.tap(page.locator("details.filters summary"), "filters")
        taps.tap(page.locator("button[data-near-me]"), "near-me")
        nearby = page.locator("#nearby .nearby-list li")
        expect(nearby.first).to_be_visible()
        taps.shot("3-nearest-open")
    assert taps.count <= 4
    # "Bergheim · 730 m": the parts isolated, digits of one kind on the page.
    assert nearby.first.locator(".nearby-meta bdi").count() >= 2
    text = page.locator("main").inner_text()
    assert not (re.search("[0-9]", text) and re.search("[۰-۹]", text)), "one kind of digits"


def test_open_now_before_opening_time_says_what_opens_next(open_page, demo):
    with mock.patch("django.utils.timezone.now", return_value=MONDAY.replace(hour=6)):
        page = open_page("/fa/?open_now=on", **PHONE)
        soonest = page.locator(".opening-soonest li")
        expect(soonest.first).to_be_visible()
        assert re.search(r"\d\d:\d\d", soonest.first.inner_text())
        if SHOTS:
            page.screenshot(path=f"{SHOTS}/open-now-early-fa-phone.png")


def test_an_advisor_prints_a_handout_of_five_offers_in_ten_clicks(open_page, demo):
    page = open_page("/de/", **DESKTOP)
    taps = Taps(page, "journey-handout-de-desktop")
    wait_for_map_to_settle(page)
    taps.tap(page.locator(".legend").get_by_role("link", name="Sprach- und Integrationskurse"),
             "topic")  # fmt: skip
    expect(page).to_have_url(re.compile(r"category=sprachkurse"))
    for index in range(5):
        taps.tap(page.locator(".cards .card .shortlist-add").nth(index), f"keep-{index + 1}")
    expect(page.locator("header [data-shortlist-count]")).to_have_text("5")
    taps.tap(page.locator("header a[data-shortlist-link]"), "my-list")
    expect(page.locator(".shortlist-cards .card")).to_have_count(5)
    taps.tap(page.get_by_role("link", name="Handzettel zum Drucken"), "handout")
    expect(page.locator(".handout-offer")).to_have_count(5)
    assert taps.count + 1 <= 10  # the next click prints


@pytest.mark.parametrize("language", ["de", "ar"])
def test_the_advisors_table_is_readable_on_a_phone(open_page, demo, language):
    page = open_page(f"/{language}/offers/table/?category=sprachkurse", **PHONE)
    row = page.locator(".offer-table tbody tr").first
    box = row.bounding_box()
    assert box["width"] > 300, "each offer a card as wide as the screen"
    phone = row.locator(".table-phone")
    if phone.count():
        phone_box = phone.bounding_box()
        assert phone_box["height"] < 30, "a phone number on one line"
    title = row.locator("td").first.bounding_box()
    assert title["height"] < 120, "no column a few letters wide"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/table-{language}-phone.png")
