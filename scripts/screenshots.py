"""Screenshots of the public pages at phone and desktop size, in German and Arabic, and of
the handout as it prints (A4) for a client reading German or Arabic; and a Ukrainian, a Farsi
and a Tigrinya reader on a phone finding a language course near Kerpen in their language.

Usage: with a server running the demo data (make run), `.venv/bin/python scripts/screenshots.py
[base URL] [output folder]`. Map tiles are not fetched (the tests' network rule): maps are grey.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}


def local_only(route):
    """Tests' network rule: only the site itself (map tiles and route planners are not fetched)."""
    return route.continue_() if route.request.url.startswith(BASE) else route.abort()


def offer_path(page, language):
    page.goto(f"{BASE}/{language}/offers/?category=sprachkurse&municipality=kerpen")
    return page.locator(".card h3 a").first.get_attribute("href")


def five_offers(page) -> str:
    page.goto(f"{BASE}/de/offers/?municipality=kerpen")
    ids = page.locator(".cards [data-shortlist-add]").evaluate_all(
        "buttons => buttons.map(b => b.dataset.shortlistAdd)"
    )
    return ",".join(ids[:5])


def lists_and_handouts(browser):
    """An advisor working in German prints the same list for two clients; a client opens the
    list on an Arabic phone."""
    context = browser.new_context(viewport={"width": 794, "height": 1123})  # A4 at 96 dpi
    context.route("**/*", local_only)
    page = context.new_page()
    ids = five_offers(page)
    page.goto(f"{BASE}/de/list/?offers={ids}&language=ar")
    page.screenshot(path=OUT / "list-de-desktop.png", full_page=True)
    page.emulate_media(media="print")
    for language in ("de", "ar"):
        page.goto(f"{BASE}/de/list/handout/?offers={ids}&language={language}")
        page.screenshot(path=OUT / f"handout-{language}.png", full_page=True)
    context.close()
    phone = browser.new_context(viewport=SIZES["phone"], is_mobile=True, has_touch=True)
    phone.route("**/*", local_only)
    page = phone.new_page()
    # The client opens the link her advisor sent: her read-only page of the list.
    page.goto(f"{BASE}/ar/list/for-you/?offers={ids}")
    page.screenshot(path=OUT / "list-ar-phone.png", full_page=True)
    phone.close()


def newcomers(browser):
    """Language courses near Kerpen, nearest first, in Ukrainian, Farsi and Tigrinya; then the
    first course written in the reader's own language."""
    for language in ("uk", "fa", "ti"):
        context = browser.new_context(viewport=SIZES["phone"], is_mobile=True, has_touch=True)
        context.route("**/*", local_only)
        page = context.new_page()
        page.goto(f"{BASE}/{language}/offers/?category=sprachkurse&near=kerpen")
        page.evaluate("() => document.fonts.ready.then(() => true)")
        page.locator(".results").first.evaluate("results => results.scrollIntoView()")
        page.wait_for_timeout(500)
        page.screenshot(path=OUT / f"newcomer-{language}-courses.png", full_page=False)
        # A title in the reader's language has no lang attribute of its own (no fallback).
        own = page.locator(".card h3 a:not(:has([lang]))").first
        own.click()
        page.wait_for_load_state("load")
        page.evaluate("() => document.fonts.ready.then(() => true)")
        page.wait_for_timeout(500)
        page.screenshot(path=OUT / f"newcomer-{language}-offer.png", full_page=True)
        context.close()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for size, viewport in SIZES.items():
            context = browser.new_context(
                viewport=viewport, is_mobile=size == "phone", has_touch=size == "phone"
            )
            context.route("**/*", local_only)
            page = context.new_page()
            for language in ("de", "ar"):
                page.goto(f"{BASE}/{language}/")
                page.wait_for_timeout(800)
                page.screenshot(path=OUT / f"home-{language}-{size}.png")
                page.goto(BASE + offer_path(page, language))
                page.wait_for_timeout(800)
                page.screenshot(path=OUT / f"offer-{language}-{size}.png", full_page=True)
            context.close()
        lists_and_handouts(browser)
        newcomers(browser)
        browser.close()


if __name__ == "__main__":
    main()
