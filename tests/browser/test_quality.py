"""Quality bars of the public pages: small screens, zoom, touch targets, print."""

import re

import pytest
from playwright.sync_api import Page

from offers.models import Offer

from .conftest import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Interactive elements smaller than 44×44 CSS pixels; a checkbox counts with its label, and
# links inside running text are exempt (WCAG 2.5.5).
SMALL_TARGETS = """() => Array.from(document.querySelectorAll(
    'header a, main a, main button, main select, main input, main summary'))
  .filter(e => e.offsetParent !== null && !e.closest('.leaflet-container'))
  .filter(e => !(e.tagName === 'A' && e.closest('p, dd') && !e.classList.contains('button')
                 && !e.classList.contains('contact-link')))
  .map(e => e.type === 'checkbox' && e.labels.length ? e.labels[0].closest('.check') || e : e)
  .map(e => [e.tagName, (e.textContent || e.name || '').trim().slice(0, 40),
             e.getBoundingClientRect()])
  .filter(([, , box]) => box.height < 44 || box.width < 44)
  .map(([tag, text, box]) => [tag, text, Math.round(box.height), Math.round(box.width)])"""


def pages_to_check():
    offer = Offer.objects.public().filter(locations__isnull=False, contacts__isnull=False).first()
    return ["/de/", "/ar/offers/?category=lernen", offer.get_absolute_url().replace("/en/", "/ar/")]


@pytest.mark.parametrize("width", [320, 390])
def test_usable_at_320_pixels_and_200_percent_zoom_without_sideways_scrolling(
    open_page, demo, width
):
    """A 640-pixel window at 200 % zoom lays out like a 320-pixel one."""
    for path in pages_to_check():
        page: Page = open_page(path, **{**PHONE, "viewport": {"width": width, "height": 700}})
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
        assert page.evaluate(SMALL_TARGETS) == [], path


def test_an_offer_prints_on_one_a4_page(open_page, demo):
    busiest = max(
        Offer.objects.public().filter(locations__isnull=False),
        key=lambda o: (o.locations.count(), o.contacts.count(), o.opening_slots.count()),
    )
    for language in ("de", "ar"):
        page = open_page(busiest.get_absolute_url().replace("/en/", f"/{language}/"))
        pdf = page.pdf(format="A4")
        assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1, language
