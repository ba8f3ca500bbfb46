"""An installable web app that keeps what its user has seen: offers opened and "My list"
open without a connection and say that they may be out of date; pages never opened get a
translated "no connection" page; forms and the back office are never kept."""

import json
import re

import pytest
from playwright.sync_api import expect

from offers.models import Offer

from .conftest import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def wait_until_kept(page, path: str):
    page.wait_for_function(
        f"() => caches.open('pages-v1').then(c => c.match(new URL({json.dumps(path)}, "
        "location.href).href)).then(Boolean)",
        polling=200,
    )


def test_opened_offers_and_my_list_open_without_a_connection(open_page, demo):
    first, second, never = Offer.objects.public().order_by("pk")[:3]
    page = open_page(first.get_absolute_url().replace("/en/", "/de/"), **PHONE)
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    page.reload()  # from now on the worker sees the pages
    detail = f"/de/offers/{first.pk}/{first.slug}/"
    page.goto(page.url.split("/de/")[0] + detail)
    page.locator("[data-shortlist-add]").first.click()
    page.goto(page.url.split("/de/")[0] + f"/de/offers/{second.pk}/{second.slug}/")
    page.locator("[data-shortlist-add]").first.click()
    page.locator("[data-shortlist-link]").click()
    expect(page).to_have_url(re.compile(r"/de/list/\?offers="))
    expect(page.locator(".cards .card")).to_have_count(2)
    list_url = page.url
    for path in (detail, list_url):
        wait_until_kept(page, path)
    expect(page.locator("[data-offline-notice]")).to_be_hidden()

    page.context.set_offline(True)
    page.goto(page.url.split("/de/")[0] + detail)
    expect(page.locator("h1")).to_have_text(first.title_de)
    expect(page.locator("[data-offline-notice]")).to_be_visible()
    expect(page.locator("[data-offline-notice]")).to_contain_text("Keine Verbindung")
    page.goto(list_url)
    expect(page.locator(".cards .card")).to_have_count(2)
    expect(page.locator("[data-offline-notice]")).to_be_visible()
    page.goto(page.url.split("/de/")[0] + f"/ar/offers/{never.pk}/{never.slug}/")
    expect(page.locator("h1")).to_have_text("لا يوجد اتصال")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.context.set_offline(False)


def test_forms_and_the_back_office_are_never_kept(open_page, demo):
    offer = Offer.objects.public().first()
    page = open_page("/de/", **PHONE)
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    page.reload()
    base = page.url.split("/de/")[0]
    for path in (f"/de/offers/{offer.pk}/report/", "/de/suggest/", "/admin/login/"):
        page.goto(base + path)
    page.goto(base + "/de/privacy/")
    wait_until_kept(page, "/de/privacy/")
    kept = page.evaluate(
        "() => caches.open('pages-v1').then(c => c.keys()).then(k => k.map(r => r.url))"
    )
    assert not [url for url in kept if re.search(r"report|suggest|admin", url)], kept


def test_the_manifest_makes_the_site_installable_in_each_language(page, live_server, demo):
    for language, direction in (("de", "ltr"), ("ar", "rtl")):
        manifest = page.request.get(f"{live_server.url}/{language}/manifest.webmanifest").json()
        assert manifest["lang"] == language and manifest["dir"] == direction
        assert manifest["start_url"] == f"/{language}/"
        assert {"192x192", "512x512"} <= {icon["sizes"] for icon in manifest["icons"]}
        for icon in manifest["icons"]:
            assert page.request.get(live_server.url + icon["src"]).ok
