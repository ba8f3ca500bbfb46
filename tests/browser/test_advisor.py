"""An advisor's consultation in a real browser: a list of offers built on the map and in the
list, a handout printed in the client's language with QR codes that open the same list on
the client's phone, and the advisors' pages checked for accessibility."""

import io
import os
import re
import unicodedata
from urllib.parse import urlsplit

import pytest
import zxingcpp
from PIL import Image
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from offers.models import Offer, SharedList

from .conftest import (
    DESKTOP,
    PHONE,
    arabic_contrast_violations,
    axe_violations,
    open_first_popup,
)
from .test_quality import SMALL_TARGETS

SHOTS = os.environ.get("SCREENSHOTS_DIR")
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def stored_list(page: Page) -> list[str]:
    return page.evaluate("JSON.parse(localStorage.getItem('integrationmap.shortlist') || '[]')")


def decode_qr(figure) -> str:
    """Photograph a QR code on the page and read it back, as a phone's camera would."""
    image = Image.open(io.BytesIO(figure.locator("svg").screenshot()))
    found = zxingcpp.read_barcodes(image)
    assert len(found) == 1, "exactly one readable QR code"
    return found[0].text


def test_advisor_builds_a_list_and_prints_it_in_arabic_for_the_client(open_page, demo, live_server):
    page = open_page("/de/", **DESKTOP, device_scale_factor=2)
    count = page.locator("header [data-shortlist-count]")
    expect(count).to_be_hidden()

    # One offer from a map popup…
    popup_add = open_first_popup(page).locator("[data-shortlist-add]")
    expect(popup_add).to_have_text("Auf meine Liste")
    popup_add.click()
    expect(popup_add).to_have_text("Auf meiner Liste")
    expect(count).to_have_text("1")
    chosen = [popup_add.get_attribute("data-shortlist-add")]
    page.keyboard.press("Escape")

    # …and two from the list beside the map.
    for button in page.locator(".cards [data-shortlist-add]").all():
        if len(chosen) == 3:
            break
        offer_id = button.get_attribute("data-shortlist-add")
        if offer_id not in chosen:
            button.click()
            expect(button).to_have_attribute("aria-pressed", "true")
            chosen.append(offer_id)
    expect(count).to_have_text("3")

    # The list survives a reload and shows on the offer's own page.
    page.reload()
    expect(page.locator("header [data-shortlist-count]")).to_have_text("3")
    assert stored_list(page) == chosen
    first = Offer.objects.get(pk=chosen[0])
    page.goto(live_server.url + first.get_absolute_url().replace("/en/", "/de/"))
    expect(page.locator(".offer-actions [data-shortlist-add]")).to_have_text("Auf meiner Liste")

    # The list, in the order the offers were added.
    page.locator("header [data-shortlist-link]").click()
    expect(page).to_have_url(re.compile(r"/de/list/\?offers=" + "%2C|,".join(chosen)))
    offers = [Offer.objects.get(pk=pk) for pk in chosen]
    expect(page.locator(".shortlist-cards .card h3")).to_have_text([o.title_de for o in offers])

    # The client reads Arabic; the advisor's page stays German.
    page.select_option("#id_language", "ar")
    page.get_by_role("button", name="Wählen").click()
    expect(page.locator("html")).to_have_attribute("lang", "de")
    page.get_by_role("link", name="Handzettel zum Drucken").click()

    handout = page.locator("article.handout")
    expect(handout).to_have_attribute("lang", "ar")
    expect(handout).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(handout.locator("h1")).to_have_text("عروض لك")
    expect(handout.locator(".handout-offer h2")).to_have_text([o.title_ar for o in offers])
    assert handout.evaluate("e => getComputedStyle(e).direction") == "rtl"

    # Every QR code decodes to the right address, in Arabic.
    shared = SharedList.objects.get(language="ar", offer_ids=",".join(chosen))
    list_qr = decode_qr(handout.locator(".handout-head .handout-qr"))
    assert list_qr == f"{live_server.url}/s/{shared.code}"
    offer_qrs = [decode_qr(f) for f in handout.locator(".handout-offer .handout-qr").all()]
    assert offer_qrs == [
        live_server.url + o.get_absolute_url().replace("/en/", "/ar/") for o in offers
    ]

    # The client's phone opens the same list in Arabic from the QR code.
    phone = open_page(urlsplit(list_qr).path, **PHONE)
    expect(phone.locator("html")).to_have_attribute("dir", "rtl")
    expect(phone.locator("h1")).to_have_text("عروض لك")
    expect(phone.locator(".client-offer h2")).to_have_text([o.title_ar for o in offers])
    # Her page, read only: nothing to remove, no advisor's tools, but how to go there.
    expect(phone.locator(".shortlist-remove, .handout-box")).to_have_count(0)
    expect(phone.locator(".client-offer").first.locator(".handout-line").first).to_be_visible()
    if SHOTS:
        phone.screenshot(path=f"{SHOTS}/shared-list-ar-phone.png", full_page=True)
    # It is the advisor's list, not yet the client's: one tap keeps it on the phone.
    keep = phone.get_by_role("button", name="احفظ هذه القائمة على هذا الجهاز")
    keep.click()
    assert stored_list(phone) == chosen
    expect(phone.locator("header [data-shortlist-count]")).to_have_text("3")

    phone.goto(offer_qrs[1])
    expect(phone.locator("h1")).to_have_text(offers[1].title_ar)


def test_the_list_works_without_javascript(open_page, demo):
    page = open_page("/de/offers/?municipality=kerpen", java_script_enabled=False, **PHONE)
    first = page.locator(".cards .card").first
    first_id = first.locator("[data-shortlist-add]").get_attribute("data-shortlist-add")
    first.get_by_role("link", name="Auf meine Liste").click()
    expect(page).to_have_url(re.compile(rf"/de/list/\?offers={first_id}$"))

    page.get_by_role("link", name="Weitere Angebote hinzufügen").click()
    expect(page.locator("header [data-shortlist-count]")).to_have_text("1")
    other = page.locator(f".cards .card:not(:has([data-shortlist-add='{first_id}']))").first
    other_id = other.locator("[data-shortlist-add]").get_attribute("data-shortlist-add")
    other.get_by_role("link", name="Auf meine Liste").click()
    expect(page).to_have_url(re.compile(rf"/de/list/\?offers={first_id},{other_id}$"))
    expect(page.locator(".shortlist-cards .card")).to_have_count(2)

    page.locator(".shortlist-cards .card").first.get_by_role("link", name="Von meiner").click()
    expect(page).to_have_url(re.compile(rf"/de/list/\?offers={other_id}$"))
    expect(page.locator(".shortlist-cards .card")).to_have_count(1)


def test_the_link_to_send_can_be_copied_and_shared(context, demo, live_server):
    offers = list(Offer.objects.public().order_by("pk")[:2])
    ids = ",".join(str(o.pk) for o in offers)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    # The phone's share sheet, as Chromium on a desktop has none.
    page.add_init_script(
        "navigator.share = data => { window.sharedData = data; return Promise.resolve(); };"
    )
    page.goto(f"{live_server.url}/de/list/?offers={ids}&language=ar")
    link = page.locator("#share-url").input_value()
    code = SharedList.objects.get(language="ar").code
    assert link == f"{live_server.url}/s/{code}"

    page.get_by_role("button", name="Link kopieren").click()
    expect(page.locator(".send-status")).to_have_text("Der Link ist kopiert.")
    assert page.evaluate("navigator.clipboard.readText()") == link

    page.get_by_role("button", name="Teilen").click()
    page.wait_for_function("() => window.sharedData")
    shared = page.evaluate("window.sharedData")
    assert shared["url"] == link and shared["text"].startswith("عروض لك على")

    whatsapp = page.get_by_role("link", name=re.compile("WhatsApp"))
    assert whatsapp.get_attribute("href").startswith("https://wa.me/?text=")


SCAN_CAPTION = {
    "de": "Scannen für Details und den Weg dorthin",
    "ar": "امسح الرمز للتفاصيل والطريق إلى هناك",
}


def pdf_pages_text(pdf: bytes) -> list[str]:
    """Each page's text as read from the PDF; Arabic is printed in its shaped letter forms,
    which NFKC maps back to the letters it was written in."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    # A4 is 210 × 297 mm, 595.3 × 841.9 pt.
    assert all(abs(float(p.mediabox.width) - 595.3) < 1.5 for p in pages)
    assert all(abs(float(p.mediabox.height) - 841.9) < 1.5 for p in pages)
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", p.extract_text())) for p in pages]


@pytest.mark.parametrize("language", ["de", "ar"])
def test_the_handout_prints_one_section_per_offer_on_a4(open_page, demo, language):
    offers = list(
        Offer.objects.public()
        .filter(locations__isnull=False, contacts__isnull=False)
        .distinct()
        .order_by("pk")[:5]
    )
    ids = ",".join(str(o.pk) for o in offers)
    page = open_page(f"/de/list/handout/?offers={ids}&language={language}")
    page.emulate_media(media="print")
    expect(page.locator(".handout-tools")).to_be_hidden()
    pages = pdf_pages_text(page.pdf(format="A4", print_background=True))
    everything = " ".join(pages)
    titles = [getattr(o, f"title_{language}") for o in offers]
    caption = SCAN_CAPTION[language]

    assert [everything.count(title) for title in titles] == [1] * len(offers)
    assert sorted(everything.index(t) for t in titles) == [everything.index(t) for t in titles]
    assert everything.count(caption) == len(offers)
    # No section is split over two pages: each page has as many titles as QR captions.
    for text in pages:
        assert sum(title in text for title in titles) == text.count(caption)
    assert len(pages) <= 3


def advisor_pages(language: str) -> list[str]:
    offers = Offer.objects.public().filter(locations__isnull=False).order_by("pk")[:3]
    ids = ",".join(str(o.pk) for o in offers)
    return [
        f"/{language}/list/?offers={ids}",
        f"/{language}/list/",
        f"/{language}/list/handout/?offers={ids}&language={'ar' if language == 'de' else 'de'}",
        f"/{language}/offers/table/?category=lernen&sort=-verified",
        f"/{language}/contacts/?municipality=kerpen",
    ]


@pytest.mark.parametrize("language", ["de", "ar"])
def test_advisor_pages_have_no_accessibility_violations(open_page, demo, language):
    for path in advisor_pages(language):
        for device in (DESKTOP, PHONE):
            page = open_page(path, **device)
            page.wait_for_load_state("networkidle")
            assert axe_violations(page) == [], (path, device["viewport"])
            if language == "ar":
                assert arabic_contrast_violations(page) == [], path
            page.context.close()


def test_advisor_pages_fit_a_small_phone(open_page, demo):
    """At 320 pixels (a 640-pixel window at 200 % zoom) only the table scrolls sideways,
    inside its own region; buttons stay big enough to tap."""
    for language in ("de", "ar"):
        for path in advisor_pages(language):
            page = open_page(path, **{**PHONE, "viewport": {"width": 320, "height": 700}})
            assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
            if "/table/" not in path:
                assert page.evaluate(SMALL_TARGETS) == [], path
            page.context.close()
