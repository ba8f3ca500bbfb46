"""Browser tests drive the system Chromium through Playwright (never a downloaded browser).

Without Chromium they are skipped with a reason; with REQUIRE_BROWSER_TESTS=1 (CI) a missing
Chromium fails the run instead. Every request to another host is answered locally: map tiles
get a blank tile, anything else is refused and recorded in `offsite_requests`.
"""

import base64
import io
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.management import create_contenttypes
from django.core.management import call_command
from django.db import transaction
from playwright.sync_api import expect

from offers.roles import EDITORS, ensure_roles
from tests.conftest import create_reference_data
from tests.isolation import DatabaseSnapshot, scaled

# Playwright's sync API runs an event loop in the test thread; Django's live server and ORM
# calls from the test are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Every wait is for a condition; these bound how long one that never comes takes to fail.
# Playwright's 5 s for an expectation is too short on a busy 2-core machine (ADR 23).
EXPECT_TIMEOUT_MS = scaled(20_000)
ACTION_TIMEOUT_MS = scaled(60_000)
expect.set_options(timeout=EXPECT_TIMEOUT_MS)

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
HAVE_CHROMIUM = os.path.exists(CHROMIUM)
BLANK_TILE = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII="
)


def pytest_collection_modifyitems(config, items):
    if HAVE_CHROMIUM:
        return
    browser_tests = [item for item in items if "browser" in item.keywords]
    if os.environ.get("REQUIRE_BROWSER_TESTS") == "1" and browser_tests:
        raise pytest.UsageError(
            f"REQUIRE_BROWSER_TESTS=1 but no Chromium at {CHROMIUM}: "
            "install it with `apt-get install -y chromium`."
        )
    skip = pytest.mark.skip(reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    for item in browser_tests:
        item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    """Editors and most advisors here browse in German; tests pick other languages by URL."""
    return {**browser_context_args, "locale": "de-DE", "timezone_id": "Europe/Berlin"}


def build_demo():
    """A small, reproducible demo district (400 offers, the district's real stops)."""
    call_command("load_demo", "--offers", "400", "--today", "2026-11-25", stdout=io.StringIO())
    call_command(
        "import_gtfs", "offers/demo/rhein-erft-stops.txt", "--attribution", "DB InfraGO AG",
        stdout=io.StringIO(),
    )  # fmt: skip


def recreate_after_flush():
    """What `flush` puts back through post_migrate: content types, permissions, the roles.
    (Not the signal itself: its schema receivers cannot run inside a transaction on SQLite.)"""
    for app_config in apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0)
        create_permissions(app_config, verbosity=0)
    ensure_roles()


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker):
    """The demo district built once per worker, inside a transaction that is then rolled back,
    so the database is as it was; tests restore the rows instead of rebuilding them."""
    with django_db_blocker.unblock(), transaction.atomic():
        DatabaseSnapshot.empty()
        recreate_after_flush()
        create_reference_data()
        build_demo()
        snapshot = DatabaseSnapshot.take()
        transaction.set_rollback(True)
    return snapshot


@pytest.fixture
def demo(transactional_db, demo_snapshot):
    """The demo district for journeys through the site, as every test left it before."""
    demo_snapshot.restore()


AXE_SOURCE = (Path(__file__).parent / "vendor/axe-core/axe.min.js").read_text()
# Arabic script (Arabic, Farsi, Pashto) and Ethiopic (Tigrinya).
ARABIC_LETTERS = (
    r"/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u1200-\u139F]/g"
)


def axe_violations(page, rules=None):
    """Run axe-core on the page (evaluated, so a strict CSP cannot block it)."""
    page.evaluate(AXE_SOURCE)
    options = {"runOnly": rules} if rules else {}
    result = page.evaluate("options => axe.run(document, options)", options)
    return [
        {"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5], "help": v["help"]}
        for v in result["violations"]
    ]


def arabic_contrast_violations(page):
    """axe skips colour contrast on Arabic script (it mistakes it for an icon font), and on
    Ethiopic: replace the letters by Latin ones and run only that rule (shared/measuring.md)."""
    page.evaluate(
        "() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
        " while (w.nextNode()) w.currentNode.nodeValue ="
        f" w.currentNode.nodeValue.replace({ARABIC_LETTERS}, 'x'); }}"
    )
    return axe_violations(page, ["color-contrast"])


@pytest.fixture
def offsite_requests():
    return []


# Chromium reports a blocked script, style or image in the console; the event also names
# what a page's own script tried (e.g. an inline style set through innerHTML).
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", function (e) {
  console.error("CSP violation: " + e.violatedDirective + " blocked " + e.blockedURI);
});
"""


class BrowserWatch:
    """What the browser met during one test. The test fails on any Content Security Policy
    violation or any server error (5xx) of the site; everything else (console messages,
    failed requests, the site's JSON answers) is shown with a failing test's report, so that
    a failure on a busy CI machine can be read without reproducing it."""

    def __init__(self, own_host=None):
        self.own_host = own_host
        self.csp = []
        self.server_errors = []
        self.log = []

    def attach(self, context):
        context.add_init_script(REPORT_CSP_VIOLATIONS)
        context.on("console", self.on_console)
        context.on("response", self.on_response)
        context.on("requestfailed", self.on_request_failed)

    def is_own(self, url):
        return self.own_host is None or urlsplit(url).netloc == self.own_host

    def on_console(self, message):
        text = message.text
        where = message.page.url if message.page else ""
        if "Content Security Policy" in text or text.startswith("CSP violation"):
            self.csp.append(f"{where}: {text}")
        if message.type in ("error", "warning"):
            self.log.append(f"console {message.type} on {where}: {text}")

    def on_response(self, response):
        if not self.is_own(response.url):
            return
        if response.status >= 500:
            self.server_errors.append(f"{response.status} {response.url}")
        if response.status >= 400 or response.url.split("?")[0].endswith(".json"):
            self.log.append(f"{response.status} {response.request.method} {response.url}")

    def on_request_failed(self, request):
        if self.is_own(request.url):
            self.log.append(f"failed {request.method} {request.url}: {request.failure}")

    def report(self):
        return "\n".join(self.log) or "(nothing recorded)"


@pytest.fixture
def browser_watch(request):
    watch = BrowserWatch()
    request.node.browser_watch = watch
    yield watch
    assert not watch.csp, f"Content Security Policy violations: {watch.csp}"
    assert not watch.server_errors, f"The site answered with server errors: {watch.server_errors}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    watch = getattr(item, "browser_watch", None)
    if watch is not None and report.when == "call" and report.failed:
        report.sections.append(("What the browser met", watch.report()))


def prepare_context(context, browser_watch):
    """The suite's timeouts for a browser context, watched (BrowserWatch)."""
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    browser_watch.attach(context)
    return context


def new_context(browser, browser_watch, **options):
    return prepare_context(browser.new_context(**options), browser_watch)


PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1440, "height": 900}}


@pytest.fixture
def open_page(browser, live_server, offsite_requests, browser_watch):
    """Pages in fresh browser contexts (phone, desktop, no JavaScript…), network kept local."""
    contexts = []
    own_host = browser_watch.own_host = urlsplit(live_server.url).netloc

    def answer(route):
        url = urlsplit(route.request.url)
        if url.netloc == own_host:
            route.continue_()
        elif "tile" in url.netloc:
            route.fulfill(status=200, content_type="image/png", body=BLANK_TILE)
        else:
            offsite_requests.append(route.request.url)
            route.abort()

    def open_page(path, on_response=None, **options):
        options = {"locale": "de-DE", "timezone_id": "Europe/Berlin", **options}
        context = new_context(browser, browser_watch, **options)
        context.route("**/*", answer)
        contexts.append(context)
        page = context.new_page()
        if on_response:
            page.on("response", on_response)
        page.goto(live_server.url + path)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def context(context, live_server, offsite_requests, browser_watch):
    own_host = browser_watch.own_host = urlsplit(live_server.url).netloc

    def answer(route):
        url = urlsplit(route.request.url)
        if url.netloc == own_host or url.scheme in ("data", "blob"):
            route.continue_()
        elif url.path.endswith(".png") and "tile" in url.netloc:
            route.fulfill(status=200, content_type="image/png", body=BLANK_TILE)
        else:
            offsite_requests.append(route.request.url)
            route.abort()

    context.route("**/*", answer)
    return prepare_context(context, browser_watch)


# True once the map has drawn what it asked for (not aria-busy: the newest answer is drawn)
# and stood still for a moment: no zoom or
# cluster animation, the same markers and clusters, the map pane where it was. Leaflet
# gives no such event, and a tap while the opening zoom runs hits a marker that the
# clusterer is about to fold into a cluster.
MAP_SETTLED = """() => {
  const map = document.querySelector(".leaflet-container");
  if (!map || map.closest("[hidden]") || map.getAttribute("aria-busy") === "true") return false;
  const pane = map.querySelector(".leaflet-map-pane");
  const drawn = map.querySelectorAll(".map-marker-wrapper, .map-cluster-wrapper").length;
  const key = [drawn, map.querySelectorAll(".map-marker-wrapper").length,
               pane && pane.style.transform].join("|");
  const moving = map.querySelector(".leaflet-zoom-anim, .leaflet-cluster-anim");
  const seen = window.__mapSettled || (window.__mapSettled = {key: null, since: 0});
  if (moving || !drawn || key !== seen.key) {
    seen.key = key;
    seen.since = performance.now();
    return false;
  }
  return performance.now() - seen.since > 600;
}"""
MAP_STATE = """() => ({
  markers: document.querySelectorAll(".map-marker-wrapper").length,
  clusters: document.querySelectorAll(".map-cluster-wrapper").length,
})"""


def wait_for_map_to_settle(page):
    page.wait_for_function(MAP_SETTLED, polling=100)


def open_first_popup(page):
    """Open an offer's popup as a visitor does: where the whole district shows as clusters,
    tap clusters (each zooms in) until single markers show, then tap the first marker."""
    popup = page.locator(".leaflet-popup-content .popup")
    for _tap in range(8):
        wait_for_map_to_settle(page)
        if page.locator(".map-marker-wrapper").count():
            break
        page.locator(".map-cluster-wrapper").first.click(force=True)
    else:
        raise AssertionError(f"No offer marker on the map: {page.evaluate(MAP_STATE)}")
    page.locator(".map-marker-wrapper").first.click(force=True)
    popup.wait_for()
    # The map pans to show the whole popup; a tap while it moves may miss its buttons.
    wait_for_map_to_settle(page)
    return popup


EDITOR_PASSWORD = "sicheres-Passwort-42"


def log_in_as_editor(page, live_server) -> None:
    """A new member of the Editors group logs in to the back office through its form."""
    user = User.objects.create_user("redaktion", password=EDITOR_PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "redaktion")
    page.fill("#id_password", EDITOR_PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_be_visible()
