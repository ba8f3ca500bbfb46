"""A person who cannot read German finds what helps her in her own words, on a phone: the
issue's examples typed into the search box in Farsi, Ukrainian, Arabic and German."""

import pytest
from playwright.sync_api import expect

from offers.models import Category

from .conftest import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    ("language", "query", "topic"),
    [
        ("fa", "پزشک", "gesundheit"),  # doctor: the search box's own example
        ("fa", "بدهی", "schuldnerberatung"),  # debt
        ("uk", "дитсадок", "kinderbetreuung"),  # day-care: the placeholder's example
        ("uk", "борги", "schuldnerberatung"),  # debts
        ("ar", "طبيب بيرغهايم", "gesundheit"),  # a doctor in Bergheim, the town in Arabic
        ("de", "Zahnarzt", "gesundheit"),
        ("de", "Kindergarten", "kinderbetreuung"),
    ],
)
def test_a_word_in_her_language_finds_the_topic_on_a_phone(open_page, demo, language, query, topic):
    page = open_page(f"/{language}/offers/", **PHONE)
    page.fill("input[name=q]", query)
    page.press("input[name=q]", "Enter")
    topic_name = getattr(Category.objects.get(slug=topic), f"name_{language}")
    chips = page.locator(".search-chips")
    expect(chips).to_contain_text(topic_name)
    categories = page.locator(".cards .card .category")
    expect(categories.first).to_have_text(topic_name)
    # The first are that topic's offers (later ones may name another topic of theirs first).
    shown = [text.strip() for text in categories.all_text_contents()[:3]]
    assert shown == [topic_name] * 3, shown
    if "بيرغهايم" in query:
        places = page.locator(".cards .card-place")
        expect(places.filter(has_not_text="Bergheim")).to_have_count(0)
    # Nothing runs off the phone's screen.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["viewport"]["width"]
