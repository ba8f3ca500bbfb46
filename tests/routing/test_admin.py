"""Editors keep the offices routes start from; stops are imported, never edited by hand."""

import pytest

from routing.models import Office, Stop

pytestmark = pytest.mark.django_db


def test_editor_adds_an_office_placed_on_the_map(editor_client):
    page = editor_client.get("/admin/routing/office/add/")
    assert page.status_code == 200
    assert "data-coordinate-field" in page.content.decode()
    response = editor_client.post(
        "/admin/routing/office/add/",
        {
            "name": "Integration Point Bergheim",
            "kind": "integration_point",
            "street": "Bethlehemer Straße 9",
            "postcode": "50126",
            "town": "Bergheim",
            "latitude": "50.9553",
            "longitude": "6.6397",
            "active": "on",
            "sort_order": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Office.objects.get().address == "Bethlehemer Straße 9, 50126 Bergheim"


def test_office_outside_the_service_area_is_refused(editor_client):
    response = editor_client.post(
        "/admin/routing/office/add/",
        {"name": "X", "kind": "other", "street": "Weg 1", "postcode": "50126",
         "town": "Bergheim", "latitude": "6.6397", "longitude": "50.9553", "sort_order": "0"},
    )  # fmt: skip
    assert response.status_code == 200
    assert "Latitude and longitude look swapped." in response.content.decode()
    assert not Office.objects.exists()


def test_stops_are_read_only_for_editors(editor_client):
    Stop.objects.create(stop_id="1", name="Markt", latitude=50.9, longitude=6.7, station="1")
    assert editor_client.get("/admin/routing/stop/").status_code == 200
    assert editor_client.get("/admin/routing/stop/?q=Markt").status_code == 200
    assert editor_client.get("/admin/routing/stop/add/").status_code == 403
    stop = Stop.objects.get()
    assert (
        editor_client.post(f"/admin/routing/stop/{stop.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
