"""The map when there are more offers than it takes at once (a federal state): clusters from
the server, markers for what is in view once zoomed in, and "near me" without the position.
The limit is lowered so that the 400 demo offers count as "too many"."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE, wait_for_map_to_settle

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def state_scale(settings):
    settings.MAP_MAX_MARKERS = 50


def map_requests(page) -> list[dict]:
    found = []

    def record(request):
        url = urlsplit(request.url)
        if url.path.endswith("/offers/map.json"):
            found.append(parse_qs(url.query))

    page.on("request", record)
    return found


def tap_smallest_cluster_in_view(page):
    """Clusters are asked for a box a little larger than the view, so some lie outside it: a
    user taps one they can see (here the smallest, the quickest to resolve into markers)."""
    centre = page.evaluate(
        """() => {
            const map = document.querySelector('#map').getBoundingClientRect();
            let best = null;
            for (const cluster of document.querySelectorAll('.map-cluster-wrapper')) {
                const box = cluster.getBoundingClientRect();
                const x = box.left + box.width / 2, y = box.top + box.height / 2;
                const seen = x > Math.max(map.left, 0) && x < Math.min(map.right, innerWidth)
                    && y > Math.max(map.top, 0) && y < Math.min(map.bottom, innerHeight);
                const size = Number(cluster.title.replace(/\\D/g, ''));
                if (seen && (!best || size < best.size)) best = {x, y, size};
            }
            return best;
        }"""
    )
    assert centre, "a cluster in view"
    page.mouse.click(centre["x"], centre["y"])


def test_clusters_first_then_markers_of_the_view(open_page, demo, state_scale):
    page = open_page("/de/", **DESKTOP)
    clusters = page.locator(".map-cluster-wrapper")
    expect(clusters.first).to_be_visible()
    assert page.locator(".map-marker-wrapper").count() == 0
    # Clusters name their size for screen readers.
    expect(clusters.first).to_have_attribute("title", re.compile(r"^Angebote: \d+$"))

    asked = map_requests(page)
    page.locator("#map").scroll_into_view_if_needed()
    for _ in range(6):  # each tap on a cluster zooms in by two levels
        # Tap only once the map shows the answer for its view: the clusters of the view
        # before stand elsewhere once the map has zoomed in.
        wait_for_map_to_settle(page)
        if page.locator(".map-marker-wrapper").count():
            break
        tap_smallest_cluster_in_view(page)
    wait_for_map_to_settle(page)
    expect(page.locator(".map-marker-wrapper").first).to_be_visible()
    assert asked and all("bbox" in query and "zoom" in query for query in asked)

    # Markers of the view open their popup as in a district.
    page.locator(".map-marker-wrapper").first.click(force=True)
    expect(page.locator(".leaflet-popup-content .popup-title a")).to_be_visible()


def test_near_me_asks_for_a_tile_never_for_the_position(open_page, demo, state_scale):
    here = {"latitude": 50.8700, "longitude": 6.6961}
    page = open_page("/de/offers/", **PHONE, permissions=["geolocation"], geolocation=here)
    asked = map_requests(page)
    page.locator("details.filters summary").click()
    page.locator("button[data-near-me]").click()
    expect(page.locator("#nearby .nearby-list li").first).to_contain_text("Kerpen")
    boxes = [query["bbox"][0] for query in asked if "bbox" in query]
    assert boxes, "too many offers for one answer: the tile around the position was asked for"
    for box in boxes:
        west, south, east, north = map(float, box.split(","))
        assert west <= here["longitude"] <= east and south <= here["latitude"] <= north
        assert (east - west) > 0.02, "a tile of kilometres, not a point"
        assert "6.6961" not in box and "50.87," not in box
