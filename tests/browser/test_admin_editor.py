"""An editor places an offer on the map in the real admin, in a real browser."""

import re

import pytest
from playwright.sync_api import Page, expect

from offers.models import Offer
from tests.factories import MunicipalityFactory, ProviderFactory

from .conftest import log_in_as_editor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def editor_page(page: Page, live_server, reference_data) -> Page:
    log_in_as_editor(page, live_server)
    return page


def choose_in_autocomplete(page: Page, container: str, text: str):
    page.click(f"{container} .select2-selection")
    page.fill(".select2-container--open .select2-search__field", text)
    page.click(f".select2-results__option:has-text('{text}')")


def click_map(page: Page, inline: str, across: float, down: float):
    """Click inside the inline's map at a share of its width and height (scrolls to it)."""
    area = page.locator(f"{inline} .coordinate-map")
    area.scroll_into_view_if_needed()
    box = area.bounding_box()
    area.click(position={"x": box["width"] * across, "y": box["height"] * down})


def marker_position(page: Page, inline: str) -> dict:
    return page.locator(f"{inline} .leaflet-marker-icon").bounding_box()


def test_editor_places_two_locations_on_the_map_and_saves(editor_page: Page, live_server):
    page = editor_page
    kerpen = MunicipalityFactory(
        name="Kerpen", official_key="05362032", latitude=50.87, longitude=6.6961
    )
    MunicipalityFactory(name="Bergheim", official_key="05362008")
    ProviderFactory(name_de="Caritas Kerpen")
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(f"{live_server.url}/admin/offers/offer/add/")

    page.fill("#id_title_de", "Sprachcafé Sindorf")
    page.fill("#id_summary_de", "Deutsch sprechen üben, ohne Anmeldung.")
    page.select_option("#id_cost", "free")
    choose_in_autocomplete(page, ".field-provider", "Caritas Kerpen")
    choose_in_autocomplete(page, "#category_links-0", "Sprach- und Integrationskurse")

    first = "#locations-0"
    page.fill(f"{first} [name='locations-0-street']", "Kerpener Straße 12")
    page.fill(f"{first} [name='locations-0-postcode']", "50170")
    page.select_option(f"{first} [name='locations-0-municipality']", str(kerpen.pk))
    click_map(page, first, 0.6, 0.4)
    latitude = page.locator("#id_locations-0-latitude")
    expect(latitude).to_have_value(re.compile(r"^50\.8\d{5}|^50\.9\d{5}"))
    clicked = float(latitude.input_value())

    # Typing coordinates moves the marker.
    before = marker_position(page, first)
    latitude.fill(f"{clicked + 0.002:.6f}")
    page.wait_for_function(
        "([selector, y]) => document.querySelector(selector).getBoundingClientRect().y < y - 5",
        arg=[f"{first} .leaflet-marker-icon", before["y"]],
    )

    page.click(".dynamic-locations .add-row a, #locations-group .add-row a")
    second = "#locations-1"
    expect(page.locator(f"{second} .coordinate-map.leaflet-container")).to_be_visible()
    page.fill(f"{second} [name='locations-1-street']", "Hauptstraße 4")
    page.fill(f"{second} [name='locations-1-postcode']", "50126")
    page.locator(f"{second} [name='locations-1-municipality']").select_option(label="Bergheim")
    click_map(page, second, 0.5, 0.5)
    expect(page.locator("#id_locations-1-longitude")).not_to_have_value("")

    page.click("#contacts-group .add-row a")
    page.fill("[name='contacts-0-name']", "Rana Haddad")
    page.fill("[name='contacts-0-phone']", "0221 4710-123")

    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()

    offer = Offer.objects.get(title_de="Sprachcafé Sindorf")
    first_location, second_location = offer.locations.order_by("id")
    assert abs(first_location.latitude - (clicked + 0.002)) < 1e-6
    assert 6.5 < first_location.longitude < 6.9
    assert second_location.municipality.name == "Bergheim"
    assert 50.9 < second_location.latitude < 51.0  # the map had moved to Bergheim
    assert offer.contacts.get().name == "Rana Haddad"


def test_editor_translates_beside_german_with_the_save_bar_in_view(editor_page: Page, live_server):
    """The language beside German is chosen at the top; switching it with unsaved text asks
    first; right-to-left languages are typed right to left; the save buttons stay in view."""
    from tests.factories import OfferFactory

    page = editor_page
    offer = OfferFactory(title_de="Sprachcafé", title_fa="")
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{live_server.url}/admin/offers/offer/{offer.pk}/change/?lang=ar")

    save = page.locator("#offer_form .submit-row input[name=_save]")
    expect(save).to_be_in_viewport()
    page.locator("#id_opening_hours_note_de").scroll_into_view_if_needed()
    expect(save).to_be_in_viewport()
    assert page.eval_on_selector("#id_title_ar", "e => getComputedStyle(e).direction") == "rtl"
    assert page.eval_on_selector("#id_title_de", "e => getComputedStyle(e).direction") == "ltr"

    page.fill("#id_title_ar", "مقهى اللغة")
    farsi = page.locator(".editing-language a", has_text="Farsi")
    expect(farsi.locator(".missing-language")).to_be_visible()
    page.once("dialog", lambda dialog: dialog.dismiss())
    farsi.click()
    expect(page.locator("#id_title_ar")).to_have_value("مقهى اللغة")  # stayed, text kept

    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    farsi.click()  # saved: no question
    expect(page.locator("#id_title_fa")).to_be_visible()
    assert page.eval_on_selector("#id_title_fa", "e => getComputedStyle(e).direction") == "rtl"
    offer.refresh_from_db()
    assert offer.title_ar == "مقهى اللغة"
