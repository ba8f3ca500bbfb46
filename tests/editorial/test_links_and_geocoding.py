"""Broken websites and coordinates from addresses, against a local server (no network)."""

import io

import pytest
from django.core.management import call_command

from offers import jobs
from offers.editorial import link_check
from offers.editorial.link_check import check_links, linked_urls
from offers.external.geocoder import GeocodingUnavailable, locate
from offers.models import GeocodedAddress, Job, JobKind, JobStatus, LinkCheck, Offer
from tests.factories import LocationFactory, MunicipalityFactory, OfferFactory, ProviderFactory
from tests.local_http import Routes, serve

pytestmark = pytest.mark.django_db


def answer(status, body=b"", delay=0, headers=None, head_status=None):
    def route(method, query):
        code = head_status if (method == "HEAD" and head_status) else status
        return code, headers or {}, body, delay

    return route


@pytest.fixture
def sites():
    server = serve(
        Routes(
            {
                "/ok": answer(200, b"hello"),
                "/gone": answer(404),
                "/broken": answer(500),
                "/moved": answer(301, headers={"Location": "/ok"}),
                "/no-head": answer(200, b"hello", head_status=405),
                "/slow": answer(200, delay=2),
            }
        )
    )
    yield server
    server.shutdown()


@pytest.fixture(autouse=True)
def no_pause_between_requests(settings):
    settings.LINK_CHECK_DELAY = 0


class TestLinkChecks:
    def test_results_are_recorded_and_offers_with_broken_links_listed(self, sites, editor_client):
        base = sites.base
        good = OfferFactory(website=f"{base}/ok")
        moved = OfferFactory(website=f"{base}/moved")
        no_head = OfferFactory(website=f"{base}/no-head")
        gone = OfferFactory(website=f"{base}/gone")
        slow = OfferFactory(website=f"{base}/slow")
        broken_provider = OfferFactory(provider=ProviderFactory(website=f"{base}/broken"))
        out = io.StringIO()
        call_command("check_links", "--timeout", "0.5", "--workers", "3", stdout=out)
        checks = {c.url.removeprefix(base): c for c in LinkCheck.objects.all()}
        assert {path: c.ok for path, c in checks.items()} == {
            "/ok": True, "/moved": True, "/no-head": True,
            "/gone": False, "/broken": False, "/slow": False,
        }  # fmt: skip
        assert checks["/gone"].status_code == 404
        assert "no answer within 0.5 s" in checks["/slow"].error
        assert "not." in out.getvalue()
        assert set(Offer.objects.with_broken_links()) == {gone, slow, broken_provider}
        listed = editor_client.get("/admin/offers/offer/?website=broken").context["cl"].result_list
        assert set(listed) == {gone, slow, broken_provider}
        assert good not in listed and moved not in listed and no_head not in listed

    def test_the_checker_introduces_itself_and_forgets_unused_addresses(self, sites):
        offer = OfferFactory(website=f"{sites.base}/ok")
        call_command("check_links", stdout=io.StringIO())
        assert "Integrationskarte-Linkcheck" in sites.requests[0][3]["User-Agent"]
        offer.website = ""
        offer.save()
        call_command("check_links", stdout=io.StringIO())
        assert not LinkCheck.objects.exists()

    def test_an_editor_starts_a_check_as_a_job_and_reads_its_report(
        self, sites, editor_client, post_starting_jobs
    ):
        OfferFactory(website=f"{sites.base}/ok")
        OfferFactory(website=f"{sites.base}/gone")
        listing = editor_client.get("/admin/offers/linkcheck/").content.decode()
        assert "Check all web addresses now" in listing
        started = post_starting_jobs(editor_client, "/admin/offers/linkcheck/check/", {})
        page = editor_client.get(started["Location"]).content.decode()
        assert "2 web addresses checked." in page and "1 does not answer" in page
        assert f"{sites.base}/gone" in page
        assert LinkCheck.objects.filter(ok=False).count() == 1

    def test_a_cancelled_check_records_nothing(self, sites, editor):
        OfferFactory(website=f"{sites.base}/ok")
        job = Job.objects.create(kind=JobKind.LINK_CHECK, title="x", created_by=editor)

        def cancel_at_once(done):
            raise jobs.Cancelled

        with pytest.raises(jobs.Cancelled):
            check_links(linked_urls(), timeout=1, workers=1, progress=cancel_at_once)
        Job.objects.filter(pk=job.pk).update(cancel_requested=True)
        jobs.run(job.pk, link_check.work)
        job.refresh_from_db()
        assert job.status == JobStatus.CANCELLED
        assert not LinkCheck.objects.exists()


def nominatim(results, delay=0):
    def route(method, query):
        return 200, {}, results(query), delay

    return route


@pytest.fixture
def geocoder(settings):
    found = [{"lat": "50.9033", "lon": "6.6792", "display_name": "Kerpener Straße 12, Kerpen",
              "place_id": 1, "boundingbox": ["50.9", "50.91", "6.67", "6.68"]}]  # fmt: skip
    server = serve(
        Routes(
            {
                "/search": nominatim(
                    lambda query: found if query.get("street") != ["Nirgendwo 1"] else []
                ),
                "/slow/search": nominatim(lambda query: found, delay=2),
            }
        )
    )
    settings.GEOCODER_URL = server.base
    settings.GEOCODER_MIN_DELAY = 0
    settings.GEOCODER_TIMEOUT = 0.5
    yield server
    server.shutdown()


class TestGeocoding:
    def test_structured_query_with_user_agent_and_cached_answer(self, geocoder):
        found = locate("Kerpener Straße 12", "50170", "Kerpen")
        assert (found.latitude, found.longitude) == (50.9033, 6.6792)
        _method, path, query, headers, _body = geocoder.requests[0]
        assert path == "/search" and query["street"] == ["Kerpener Straße 12"]
        assert query["postalcode"] == ["50170"] and query["countrycodes"] == ["de"]
        assert headers["User-Agent"].startswith("Integrationskarte")
        assert locate("Kerpener Straße 12", "50170", "Kerpen") == found
        assert len(geocoder.requests) == 1  # the second answer came from the cache

    def test_unknown_address_is_remembered_as_unknown(self, geocoder):
        assert locate("Nirgendwo 1", "50170", "Kerpen") is None
        assert GeocodedAddress.objects.get().latitude is None

    def test_slow_or_unreachable_service_gives_a_clear_message(self, geocoder, settings):
        settings.GEOCODER_URL = f"{geocoder.base}/slow"
        with pytest.raises(GeocodingUnavailable, match="by hand"):
            locate("Hauptstraße 1", "50126", "Bergheim")
        settings.GEOCODER_URL = "http://127.0.0.1:9"  # nothing listens there
        with pytest.raises(GeocodingUnavailable):
            locate("Hauptstraße 2", "50126", "Bergheim")
        assert not GeocodedAddress.objects.exists()  # failures are not remembered

    def test_admin_button_endpoint(self, geocoder, editor_client):
        town = MunicipalityFactory(name="Kerpen")
        response = editor_client.get(
            "/admin/geocode/",
            {"street": "Kerpener Straße 12", "postcode": "50170", "municipality": town.pk},
        )
        assert response.json() == {
            "latitude": 50.9033, "longitude": 6.6792,
            "label": "Kerpener Straße 12, Kerpen", "warning": "",
        }  # fmt: skip
        assert "error" in editor_client.get("/admin/geocode/", {"street": ""}).json()

    def test_the_button_is_for_staff_only(self, client, geocoder):
        assert client.get("/admin/geocode/", {"street": "x"}).status_code == 302

    def test_import_can_fill_in_missing_coordinates(self, geocoder, tmp_path):
        town = MunicipalityFactory(name="Kerpen")
        offer = OfferFactory()
        LocationFactory(offer=offer, municipality=town)
        path = tmp_path / "offers.csv"
        call_command("export_offers", str(path), stdout=io.StringIO())
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        header = lines[0].split(",")
        cells = lines[1].split(",")
        for column in ("location1_latitude", "location1_longitude"):
            cells[header.index(column)] = ""
        cells[header.index("location1_street")] = "Kerpener Straße 12"
        path.write_text("\n".join([lines[0], ",".join(cells)]) + "\n", encoding="utf-8")
        call_command("import_offers", str(path), "--geocode", stdout=io.StringIO(),
                     stderr=io.StringIO())  # fmt: skip
        place = offer.locations.get()
        assert (place.latitude, place.longitude) == (50.9033, 6.6792)
