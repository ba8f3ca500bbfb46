"""Hostile text in every translated field and every contact field, as a careless import or
a hijacked editor account could bring in: every public page, the map popup (built in
JavaScript), the handout, the table and the contact directory show it as text. No script
runs (dialogs and a marker variable are watched), no element or attribute is injected, and
the spreadsheet export writes no formula."""

import itertools

import pytest
from django.db import models
from modeltranslation.translator import translator
from playwright.sync_api import expect

from offers.models import Category, ContactPerson, Language, Location, Offer, Provider, TargetGroup
from tests.factories import (
    ContactPersonFactory,
    LocationFactory,
    OfferFactory,
    OpeningSlotFactory,
    category,
)

from .conftest import DESKTOP, open_first_popup

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAYLOADS = [
    "<script>window.__xss=1;alert('script')</script>",
    '"><img src=x onerror="window.__xss=1;alert(\'img\')">',
    "<svg onload=\"window.__xss=1;alert('svg')\"></svg>",
    '<a href="javascript:window.__xss=1">klick</a>',
    "</title></textarea></script><script>window.__xss=1</script>",
    '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
    "' onmouseover='window.__xss=1' x='",
    "<b onclick=window.__xss=1>fett</b><!--",
    "<img src=x onerror=window.__xss=1//",
    "\u202egnp.exe Kurs \u202d<u>unterstrichen</u>",
    "{{ settings.SECRET_KEY }} {% debug %}",
    '=HYPERLINK("http://evil.example","Klick")',
]
# The database accepts only http(s) web addresses (test_security.py); this one tries to break
# out of the link's attribute.
URL_PAYLOAD = 'https://example.org/"><script>window.__xss=1</script><a href="'

# Fields that hold codes, not text.
NOT_TEXT = {"status", "cost", "external_id", "source_digest", "search_title", "search_text",
            "slug", "wheelchair_access", "code", "official_key", "colour", "icon",
            "levels"}  # fmt: skip


def text_fields(model):
    translated = set()
    if model in translator.get_registered_models():
        translated = set(translator.get_options_for_model(model).get_field_names())
    for field in model._meta.concrete_fields:
        if not isinstance(field, models.CharField | models.TextField) or field.choices:
            continue
        base = field.name.rsplit("_", 1)[0] if field.name.endswith(("_de", "_en", "_ar")) else ""
        if field.name in NOT_TEXT or field.name in translated or base in NOT_TEXT:
            continue
        yield field


def poison(instance, payloads) -> int:
    """Hostile values in every text field (bypassing validation, as raw SQL would)."""
    values = {}
    for field in text_fields(type(instance)):
        if isinstance(field, models.URLField):
            values[field.attname] = URL_PAYLOAD
        else:
            value = next(payloads)
            values[field.attname] = value[: field.max_length] if field.max_length else value
    type(instance).objects.filter(pk=instance.pk).update(**values)
    return len(values)


@pytest.fixture
def poisoned(reference_data):
    payloads = itertools.cycle(PAYLOADS)
    offer = OfferFactory(categories=[category()])
    LocationFactory(offer=offer)
    ContactPersonFactory(offer=offer)
    OpeningSlotFactory(offer=offer)
    fields = 0
    for instance in [offer, offer.provider, *offer.locations.all(), *offer.contacts.all(),
                     *offer.categories.all(), *offer.target_groups.all(),
                     *Language.objects.all()[:3], *TargetGroup.objects.all()[:3]]:  # fmt: skip
        fields += poison(instance, payloads)
    # Keep the search text current, as a save would.
    Offer.objects.get(pk=offer.pk).save()
    offer.refresh_from_db()
    return offer, fields


# Scripts that are not the site's files (JSON data blocks are data), event-handler
# attributes, javascript: links, frames and the payloads' own elements.
FIND_INJECTED = """() => {
  const all = [...document.querySelectorAll("*")];
  const own = (s) => s.src && new URL(s.src).origin === location.origin;
  const data = (s) => ["application/json", "application/ld+json"].includes(s.type);
  const short = (e) => e.outerHTML.slice(0, 80);
  return {
    ran: window.__xss === 1,
    scripts: [...document.scripts].filter((s) => !own(s) && !data(s)).map(short),
    handlers: all.filter((e) => [...e.attributes].some((a) => a.name.startsWith("on")))
      .map(short),
    jsLinks: [...document.querySelectorAll('[href^="javascript" i], [src^="javascript" i]')]
      .map(short),
    foreign: document.querySelectorAll('iframe, object, embed, img[src="x"], svg[onload]')
      .length,
    bold: document.querySelectorAll("b[onclick], u").length,
  };
}"""


def assert_nothing_injected(page, where: str, dialogs: list):
    page.wait_for_load_state("load")
    injected = page.evaluate(FIND_INJECTED)
    assert not dialogs, f"{where}: a dialog opened: {dialogs}"
    assert injected == {"ran": False, "scripts": [], "handlers": [], "jsLinks": [], "foreign": 0,
                        "bold": 0}, where  # fmt: skip


def watch_dialogs(page) -> list:
    dialogs = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return dialogs


@pytest.mark.parametrize("language", ["de", "ar"])
def test_hostile_texts_stay_text_on_every_public_page(open_page, poisoned, language):
    offer, fields = poisoned
    assert fields >= 30, "the payloads reach every text field"
    print(f"hostile texts in {fields} fields")
    paths = [
        f"/{language}/offers/",
        f"/{language}/offers/?q=script",
        f"/{language}/offers/{offer.pk}/",
        f"/{language}/offers/table/",
        f"/{language}/contacts/",
        f"/{language}/list/?offers={offer.pk}",
        f"/{language}/list/handout/?offers={offer.pk}",
        f"/{language}/offers/{offer.pk}/report/",
    ]
    for path in paths:
        page = open_page(path, **DESKTOP)
        dialogs = watch_dialogs(page)
        page.reload()
        assert_nothing_injected(page, path, dialogs)
        body = page.locator("body").text_content()
        assert "window.__xss=1" in body or "unterstrichen" in body or path.endswith("report/"), path

    # The map popup is built by JavaScript from JSON.
    page = open_page(f"/{language}/", **DESKTOP)
    dialogs = watch_dialogs(page)
    popup = open_first_popup(page)
    expect(popup).to_contain_text("window.__xss=1")
    assert_nothing_injected(page, "map popup", dialogs)


def test_the_export_of_hostile_texts_holds_no_formula(client, poisoned):
    offer, _fields = poisoned
    Offer.objects.filter(pk=offer.pk).update(title_de=PAYLOADS[-1])
    csv = client.get("/de/offers/table.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in csv
    assert "\n=HYPERLINK" not in csv and ",=HYPERLINK" not in csv
    assert ContactPerson.objects.exists() and Location.objects.exists()
    assert Provider.objects.exists() and Category.objects.exists()
