"""Access for people who read little or see badly: read aloud, simple view, high contrast,
dark mode, larger text; in the languages newcomers read."""

import pytest
from playwright.sync_api import expect

from offers.models import Offer

from .conftest import DESKTOP, PHONE, arabic_contrast_violations, axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# A stand-in for the browser's speech synthesis with voices for some languages only (headless
# Chromium has none): it records what it is asked to say.
FAKE_VOICES = """
(() => {
  const voices = %s.map(lang => ({lang, name: "Test " + lang, voiceURI: lang, localService: true,
                                   default: false}));
  window.spoken = [];
  window.cancelled = 0;
  const synth = new EventTarget();
  synth.getVoices = () => voices;
  synth.speak = u => window.spoken.push({text: u.text, lang: u.lang, voice: u.voice.name});
  synth.cancel = () => { window.cancelled += 1; };
  Object.defineProperty(window, "speechSynthesis", {value: synth});
  window.SpeechSynthesisUtterance = class extends EventTarget {
    constructor(text) { super(); this.text = text; this.lang = ""; this.voice = null; }
  };
})();
"""


def offer_with_places():
    return (
        Offer.objects.public()
        .filter(locations__isnull=False, contacts__isnull=False)
        .exclude(title_uk__isnull=True)
        .exclude(title_uk="")
        .first()
    )


def open_with_voices(open_page, path, voices, **device):
    page = open_page("/de/offline/", **device)
    page.context.add_init_script(FAKE_VOICES % voices)
    page.goto(page.url.split("/de/")[0] + path)
    return page


def test_read_aloud_reads_the_offer_in_the_page_language(open_page, demo):
    offer = offer_with_places()
    page = open_with_voices(open_page, f"/uk/offers/{offer.pk}/{offer.slug}/", '["uk-UA", "de-DE"]')
    button = page.get_by_role("button", name="Прочитати вголос")
    expect(button).to_be_visible()
    button.click()
    spoken = page.evaluate("window.spoken")
    assert spoken[0] == {"text": f"{offer.title_uk}.", "lang": "uk-UA", "voice": "Test uk-UA"}
    text = " ".join(part["text"] for part in spoken)
    assert offer.summary_uk.rstrip(".") in text
    assert offer.locations.first().street in text
    expect(page.get_by_role("button", name="Зупинити читання")).to_have_attribute(
        "aria-pressed", "true"
    )
    page.get_by_role("button", name="Зупинити читання").click()
    assert page.evaluate("window.cancelled") >= 1
    expect(button).to_be_visible()


def test_read_aloud_is_hidden_without_a_voice_for_the_language(open_page, demo):
    offer = offer_with_places()
    page = open_with_voices(open_page, f"/ti/offers/{offer.pk}/{offer.slug}/", '["uk-UA"]')
    page.wait_for_load_state("load")
    expect(page.locator("[data-read-aloud]")).to_be_hidden()
    plain = open_page(f"/de/offers/{offer.pk}/{offer.slug}/")  # Chromium here: no voices
    plain.wait_for_load_state("load")
    expect(plain.locator("[data-read-aloud]")).to_be_hidden()


def test_kurmanji_is_read_by_a_kurdish_voice(open_page, demo):
    offer = offer_with_places()
    page = open_with_voices(open_page, f"/kmr/offers/{offer.pk}/{offer.slug}/", '["ku", "en-GB"]')
    page.get_by_role("button", name="Bi deng bixwîne").click()
    assert {part["lang"] for part in page.evaluate("window.spoken")} <= {"ku", "en-GB"}


def test_high_contrast_is_kept_and_passes_axe(open_page, demo):
    page = open_page("/fa/offers/?category=sprachkurse", **PHONE)
    toggle = page.get_by_role("button", name="کنتراست بالا")
    expect(toggle).to_have_attribute("aria-pressed", "false")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    assert page.evaluate("document.documentElement.classList.contains('high-contrast')")
    assert page.evaluate("getComputedStyle(document.body).color") == "rgb(0, 0, 0)"
    page.reload()
    expect(page.get_by_role("button", name="کنتراست بالا")).to_have_attribute(
        "aria-pressed", "true"
    )
    assert axe_violations(page) == []
    assert arabic_contrast_violations(page) == []  # (replaces the letters: load again)
    page.reload()
    page.get_by_role("button", name="کنتراست بالا").click()
    assert not page.evaluate("document.documentElement.classList.contains('high-contrast')")


def test_simple_view_shows_title_pictogram_town_phone_and_the_way(open_page, demo):
    offer = offer_with_places()
    page = open_page(f"/uk/offers/?category=sprachkurse&q={offer.title_uk}", **PHONE)
    page.get_by_role("button", name="Простий вигляд").click()
    card = page.locator(f'.card:has(h3 a[href*="/offers/{offer.pk}/"])')
    expect(card.locator("h3")).to_be_visible()
    expect(card.locator(".category .icon")).to_be_visible()
    expect(card.locator(".card-place")).to_be_visible()
    expect(card.locator(".card-summary")).to_be_hidden()
    expect(card.locator(".card-provider")).to_be_visible()  # cards differ by more than a phone
    expect(card.get_by_role("link", name="Як дістатися")).to_be_visible()
    card.get_by_role("link", name="Як дістатися").click()
    page.wait_for_url(lambda url: f"/offers/{offer.pk}/" in url)
    assert page.evaluate("location.hash") == "#way"
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator(".offer-about")).to_be_hidden()
    expect(page.locator("#hours")).to_be_visible()  # the hours stay in the simple view
    expect(page.locator(".how-to-get-there").first).to_be_visible()
    expect(page.locator(".contact-phone, .provider-contact").first).to_be_visible()
    assert axe_violations(page) == []


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_dark_mode_and_system_contrast_keep_contrast(open_page, demo, scheme):
    offer = offer_with_places()
    for path in ("/uk/", f"/uk/offers/{offer.pk}/{offer.slug}/", "/fa/offers/"):
        page = open_page(path, color_scheme=scheme, **DESKTOP)
        page.emulate_media(contrast="more" if scheme == "light" else "no-preference")
        page.wait_for_load_state("networkidle")
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert (background == "rgb(18, 21, 24)") is (scheme == "dark"), path
        assert axe_violations(page, ["color-contrast"]) == [], path
        if path.startswith("/fa/"):
            assert arabic_contrast_violations(page) == [], path


@pytest.mark.parametrize("language", ["uk", "fa", "ti"])
def test_text_enlarged_to_200_percent_needs_no_sideways_scrolling(open_page, demo, language):
    offer = offer_with_places()
    for path in (f"/{language}/", f"/{language}/offers/",
                 f"/{language}/offers/{offer.pk}/{offer.slug}/"):  # fmt: skip
        page = open_page(path, **PHONE)
        page.evaluate("document.documentElement.style.fontSize = '200%'")
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path


@pytest.mark.parametrize(("motion", "animated"), [("reduce", False), ("no-preference", True)])
def test_maps_slide_and_fade_only_for_those_who_want_motion(open_page, demo, motion, animated):
    page = open_page("/de/", reduced_motion=motion, **DESKTOP)
    container = page.locator(".leaflet-container").first
    container.wait_for()
    classes = container.get_attribute("class").split()
    assert ("leaflet-fade-anim" in classes) is animated
