"""The finder as one view in a real browser (issue 19): the map in the first screen on a
desktop; on a phone the Map/List choice survives filters, reloads and the back button; the
list and the map follow each other; the map's legend is a topic filter; markers are reached
by keyboard and name their offer; the wheel scrolls the page and says how to zoom."""

import os
import re

import pytest
from playwright.sync_api import expect

from offers.models import Offer

from .conftest import DESKTOP, PHONE, axe_violations, wait_for_map_to_settle

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("SCREENSHOTS_DIR")


def shot(page, name):
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}.png")


@pytest.mark.parametrize("language", ["de", "ar"])
def test_on_a_desktop_the_map_is_in_the_first_screen_beside_the_list(open_page, demo, language):
    page = open_page(f"/{language}/", **DESKTOP)
    wait_for_map_to_settle(page)
    drawn = page.locator("#map").bounding_box()
    cards = page.locator(".cards").bounding_box()
    assert drawn["y"] < 900 - 300, "at least 300 px of map in the first screen"
    assert abs(drawn["y"] - cards["y"]) < 60, "list and map side by side"
    if language == "ar":
        assert drawn["x"] < cards["x"], "mirrored: the list at the start (right)"
    else:
        assert drawn["x"] > cards["x"]
    expect(page.locator("details.filters")).not_to_have_attribute("open", "")
    shot(page, f"finder-{language}-desktop")


def test_on_a_phone_the_map_view_survives_filters_reload_and_back(open_page, demo):
    page = open_page("/ar/", **PHONE)
    switch = page.locator(".view-switch")
    assert switch.bounding_box()["y"] < 844, "the switch is in the first screen"
    switch.locator("[data-view=map]").click()
    expect(page).to_have_url(re.compile(r"view=map"))
    expect(page.locator("#map")).to_be_visible()
    wait_for_map_to_settle(page)
    shot(page, "finder-ar-phone-map")
    # A filter applied in the map view keeps the map view.
    page.locator("details.filters summary").click()
    page.select_option("#id_municipality", "kerpen")
    page.locator(".filter-actions button[type=submit]").click()
    expect(page).to_have_url(
        re.compile(r"municipality=kerpen.*view=map|view=map.*municipality=kerpen")
    )
    expect(page.locator("#map")).to_be_visible()
    expect(page.locator("#results-list")).to_be_hidden()
    expect(page.locator("details.filters")).not_to_have_attribute("open", "")
    page.reload()
    expect(page.locator("#map")).to_be_visible()
    # The back button returns to the list the visitor saw before.
    page.locator(".view-switch [data-view=list]").click()
    expect(page.locator("#results-list")).to_be_visible()
    page.go_back()
    expect(page.locator("#map")).to_be_visible()
    expect(page.locator("#results-list")).to_be_hidden()


def test_a_chosen_filter_is_a_chip_removed_with_one_tap(open_page, demo):
    page = open_page("/de/?category=sprachkurse&municipality=kerpen", **PHONE)
    chips = page.locator(".filter-chips .chip")
    expect(chips).to_have_count(2)
    total = page.locator("#results-heading").inner_text()
    chips.filter(has_text="Kerpen").locator("a").click()
    expect(page).not_to_have_url(re.compile(r"municipality="))
    expect(page.locator(".filter-chips .chip")).to_have_count(1)
    assert page.locator("#results-heading").inner_text() != total


def test_the_legend_is_the_topic_filter(open_page, demo):
    page = open_page("/de/?municipality=bergheim", **DESKTOP)
    legend = page.locator(".legend")
    legend.get_by_role("link", name="Gesundheit").click()
    expect(page).to_have_url(re.compile(r"municipality=bergheim&category=gesundheit"))
    chosen = page.locator(".legend-topic[aria-current=true]")
    expect(chosen).to_have_count(1)
    expect(chosen).to_contain_text("Gesundheit")
    expect(page.locator(".cards .card .category").first).to_contain_text("Gesundheit")


def test_list_and_map_follow_each_other(open_page, demo):
    page = open_page("/de/?category=wohnen&municipality=kerpen", **DESKTOP)
    wait_for_map_to_settle(page)
    card = page.locator(".cards .card").first
    offer = card.get_attribute("data-offer")
    card.hover()
    expect(page.locator(".leaflet-marker-icon.is-highlighted")).to_have_count(1)
    page.mouse.move(1, 1)
    expect(page.locator(".leaflet-marker-icon.is-highlighted")).to_have_count(0)
    # Moving the map offers to search the area in view; the list then holds what is there.
    total = Offer.objects.public().count()
    page.locator(".leaflet-control-zoom-in").click()
    area = page.locator(".map-search-area")
    expect(area).to_be_visible()
    expect(area.locator(".map-area-count")).to_contain_text(re.compile(r"Angebote im Bild: \d+"))
    area.click()
    expect(page).to_have_url(re.compile(r"area=[-\d.]+(%2C[-\d.]+){3}"))
    expect(page.locator(".filter-chips")).to_contain_text("Im Kartenausschnitt")
    heading = page.locator("#results-heading").inner_text()
    assert int(re.search(r"\d+", heading)[0]) < total
    assert offer  # the card named its offer for the map


def test_markers_are_reached_by_keyboard_and_name_their_offer(open_page, demo):
    page = open_page("/de/?category=wohnen&municipality=kerpen", **DESKTOP)
    wait_for_map_to_settle(page)
    for _step in range(8):
        if page.locator(".map-marker-wrapper").count():
            break
        page.locator(".map-cluster-wrapper").first.focus()
        page.keyboard.press("Enter")
        wait_for_map_to_settle(page)
    marker = page.locator(".map-marker-wrapper").first
    marker.focus()
    expect(marker).to_be_focused()
    expect(marker).to_have_attribute("role", "button")
    name = marker.locator(".visually-hidden").inner_text()
    assert "(" in name, "the offer's title and its topic"
    page.keyboard.press("Enter")
    expect(page.locator(".leaflet-popup-content .popup-title a")).to_be_visible()
    assert axe_violations(page) == []


def test_the_wheel_scrolls_the_page_and_says_how_to_zoom(open_page, demo):
    page = open_page("/de/", **DESKTOP)
    wait_for_map_to_settle(page)
    box = page.locator("#map").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)

    def cluster_in_map():
        cluster = page.locator(".map-cluster-wrapper").first.bounding_box()
        drawn = page.locator("#map").bounding_box()
        return round(cluster["x"] - drawn["x"]), round(cluster["y"] - drawn["y"])

    before = cluster_in_map()
    page.mouse.wheel(0, 200)
    expect(page.locator(".map-hint")).to_be_visible()
    expect(page.locator(".map-hint")).to_contain_text("Strg")
    page.wait_for_timeout(400)
    assert cluster_in_map() == before, "the map did not zoom"
    # With Ctrl the wheel zooms.
    page.keyboard.down("Control")
    page.mouse.wheel(0, -200)
    page.keyboard.up("Control")
    wait_for_map_to_settle(page)
    page.wait_for_timeout(400)
    assert cluster_in_map() != before
