"""What a visitor's browser sends where, and what it keeps: only the site and the tile
server are contacted, no cookie is set until a form is opened, and tiles learn the site's
origin but not the page."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE, axe_violations, new_context, open_first_popup

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_browsing_contacts_only_the_site_and_the_tile_server_and_sets_no_cookie(
    browser, live_server, demo, offsite_requests, browser_watch
):
    own = urlsplit(live_server.url).netloc
    hosts, tile_referrers = set(), []
    context = new_context(browser, browser_watch, locale="ar", **DESKTOP)

    def answer(route):
        url = urlsplit(route.request.url)
        hosts.add(url.netloc)
        if url.netloc == own:
            route.continue_()
        elif url.netloc == "tile.openstreetmap.org":
            tile_referrers.append(route.request.headers.get("referer"))
            route.fulfill(status=200, content_type="image/png", body=b"")
        else:
            offsite_requests.append(route.request.url)
            route.abort()

    context.route("**/*", answer)
    page = context.new_page()
    page.goto(f"{live_server.url}/ar/")
    open_first_popup(page)
    page.locator(".leaflet-popup-content a").first.click()
    expect(page.locator("h1")).to_be_visible()
    for path in ["/ar/offers/?q=دورة", "/ar/offers/table/", "/ar/contacts/", "/ar/list/",
                 "/ar/privacy/", "/de/offers/", "/en/"]:  # fmt: skip
        page.goto(live_server.url + path)
    assert context.cookies() == [], "no cookie while browsing, searching and reading"
    assert hosts <= {own, "tile.openstreetmap.org"}, hosts
    assert not offsite_requests
    # The tile server learns the site (its usage policy asks for it), not the page.
    assert tile_referrers and set(tile_referrers) == {live_server.url + "/"}

    # A form needs its protection cookie, which ends with the browser session.
    page.goto(f"{live_server.url}/ar/suggest/")
    cookies = context.cookies()
    assert [cookie["name"] for cookie in cookies] == ["csrftoken"]
    assert cookies[0]["expires"] == -1 and cookies[0]["httpOnly"]
    context.close()


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_the_privacy_page_explains_cookies_and_position(open_page, demo, language):
    page = open_page(f"/{language}/", **PHONE)
    # From the keyboard: cards below the first screen are laid out as they scroll into view,
    # so on a busy machine a click at the link's place could land on what moved there.
    page.locator(".site-footer a[href$='/privacy/']").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    # The home page has a heading too: wait for the privacy page itself.
    expect(page).to_have_url(re.compile(rf"/{language}/privacy/$"))
    expect(page.locator("main h1")).to_be_visible()
    text = page.locator("main").text_content()
    assert "csrftoken" in text and "sessionid" in text
    assert "tile.openstreetmap.org" in text
    if language == "ar":
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        expect(page.locator("h1")).to_have_text("الخصوصية")
    if language == "de":
        expect(page.locator("h1")).to_have_text("Datenschutz")
    assert axe_violations(page) == []
