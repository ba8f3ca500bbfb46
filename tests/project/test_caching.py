"""Caches that are always correct: the content version rises with every write a public page
shows (whatever writes it), cached pages and reference data follow it, browsers revalidate
with ETag / Last-Modified, and pages stay within 8 queries however much data there is.

Transactions commit here (on PostgreSQL the version rises at commit)."""

import datetime
from unittest import mock

import pytest
from django.apps import apps
from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone

from integrationmap.infrastructure.caching import remember
from integrationmap.infrastructure.content_version import (
    NOT_SHOWN_TABLES,
    SHOWN_TABLES,
    read_version,
    watched_tables,
)
from offers.models import Language, Location, Offer, OfferStatus
from routing.models import Stop
from tests.conftest import create_reference_data
from tests.factories import (
    ContactPersonFactory,
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    OpeningSlotFactory,
    language,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def page_cache(settings, reference_data):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def reference_data():
    """Flushed tables lose the starting vocabulary: put it back."""
    create_reference_data()


@pytest.fixture
def offer(reference_data):
    kerpen = MunicipalityFactory(name="Kerpen", slug="kerpen", official_key="05362032")
    offer = OfferFactory(title_de="Sprachcafé Sindorf")
    LocationFactory(offer=offer, municipality=kerpen)
    return offer


class TestContentVersion:
    def test_every_table_is_either_watched_or_known_not_to_be_shown(self):
        tables = {
            model._meta.db_table
            for app in ("offers", "routing")
            for model in apps.get_app_config(app).get_models(include_auto_created=True)
        }
        assert tables == set(SHOWN_TABLES) | set(NOT_SHOWN_TABLES), (
            "a new table: add it to SHOWN_TABLES (a public page shows it) or NOT_SHOWN_TABLES"
        )
        assert watched_tables(connection) == set(SHOWN_TABLES)

    @pytest.mark.parametrize(
        "write",
        [
            lambda o: o.save(),
            lambda o: Offer.objects.filter(pk=o.pk).update(status=OfferStatus.ARCHIVED),
            lambda o: Offer.objects.bulk_update([o], ["title_de"]),
            lambda o: o.languages.add(language("fa")),
            lambda o: Location.objects.filter(offer=o).delete(),
            lambda o: OpeningSlotFactory(offer=o),
            lambda o: ContactPersonFactory(offer=o),
            lambda o: Language.objects.filter(code="de").update(sort_order=99),
            lambda o: Stop.objects.create(stop_id="x1", name="Markt", latitude=50.9, longitude=6.7),
            lambda o: connection.cursor().execute(
                "UPDATE offers_offer SET title_en = 'raw SQL' WHERE id = %s", [o.pk]
            ),
        ],
        ids=["save", "update", "bulk_update", "m2m", "delete", "slot", "contact", "reference",
             "stop", "raw_sql"],
    )  # fmt: skip
    def test_any_write_a_page_shows_raises_the_version(self, offer, write):
        before = read_version()
        write(offer)
        after = read_version()
        assert after.number > before.number and after.key != before.key

    def test_a_transaction_raises_it_when_it_commits_and_not_when_it_rolls_back(self, offer):
        before = read_version().number
        with transaction.atomic():
            for index in range(5):
                OfferFactory(title_de=f"Kurs {index}")
            if connection.vendor == "postgresql":
                assert read_version().number == before  # not before the commit
        after = read_version().number
        if connection.vendor == "postgresql":
            assert after == before + 1  # once per transaction, at its commit
        else:
            assert after > before  # SQLite: once per row
        before = after
        try:
            with transaction.atomic():
                offer.save()
                raise RuntimeError
        except RuntimeError:
            pass
        assert read_version().number == before

    def test_writes_nobody_sees_leave_it_alone(self, offer):
        from offers.models import ProblemReport

        before = read_version().number
        ProblemReport.objects.create(offer=offer, offer_title="x", message="Telefon falsch")
        assert read_version().number == before


class TestPageCache:
    def test_a_second_visit_is_served_from_the_cache(self, client, offer, page_cache):
        first = client.get("/de/offers/")
        second = client.get("/de/offers/")
        assert not getattr(first, "from_page_cache", False)
        assert second.from_page_cache
        assert second.content == first.content
        assert second["Content-Type"] == first["Content-Type"]

    def test_a_saved_offer_shows_at_once(self, client, offer, page_cache):
        client.get("/de/offers/")
        offer.title_de = "Sprachcafé Horrem"
        offer.save()
        response = client.get("/de/offers/")
        assert not getattr(response, "from_page_cache", False)
        assert "Sprachcafé Horrem" in response.content.decode()

    def test_pages_are_kept_per_language_and_query(self, client, offer, page_cache):
        german = client.get("/de/offers/").content
        arabic = client.get("/ar/offers/").content
        filtered = client.get("/de/offers/?municipality=kerpen").content
        assert len({german, arabic, filtered}) == 3

    def test_the_map_and_offer_pages_are_cached_too(self, client, offer, page_cache):
        for url in ("/de/offers/map.json", offer.get_absolute_url(), "/de/"):
            client.get(url)
            assert client.get(url).from_page_cache, url

    def test_visitors_with_a_session_never_get_a_cached_page(self, client, offer, page_cache):
        client.cookies["sessionid"] = "anything"
        client.get("/de/offers/")
        assert not getattr(client.get("/de/offers/"), "from_page_cache", False)

    def test_open_now_is_never_older_than_a_minute(self, client, offer, page_cache):
        OpeningSlotFactory(offer=offer, weekday=0, opens=datetime.time(9), closes=datetime.time(12))
        monday = datetime.datetime(2026, 11, 23, 8, 59, 30, tzinfo=timezone.get_current_timezone())
        with mock.patch("django.utils.timezone.now", return_value=monday):
            closed = client.get("/de/offers/?open_now=on")
        later = monday + datetime.timedelta(seconds=40)
        with mock.patch("django.utils.timezone.now", return_value=later):
            opened = client.get("/de/offers/?open_now=on")
        assert closed.context["paginator"].count == 0
        assert opened.context["paginator"].count == 1


class TestReferenceData:
    def test_a_value_kept_in_process_is_reused_until_the_content_or_the_cache_changes(
        self, offer, page_cache
    ):
        """The search lexicon is kept in the process (not unpickled per request), but never
        past a write or a cleared cache."""
        builds = []

        def build():
            builds.append(1)
            return object()

        first = remember("probe", build, in_process=True)
        assert remember("probe", build, in_process=True) is first
        assert len(builds) == 1
        offer.title_de = "Sprachcafé Horrem"
        offer.save()
        assert remember("probe", build, in_process=True) is not first
        cache.clear()
        remember("probe", build, in_process=True)
        assert len(builds) == 3


class TestConditionalRequests:
    def test_an_unchanged_page_is_answered_with_304(self, client, offer):
        response = client.get("/de/offers/")
        assert response["Cache-Control"] == "no-cache"
        etag = response["ETag"]
        again = client.get("/de/offers/", HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304 and again.content == b""
        since = client.get("/de/offers/map.json", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
        assert since.status_code == 304

    def test_a_change_gives_a_new_etag(self, client, offer):
        etag = client.get("/de/offers/map.json")["ETag"]
        offer.title_de = "Neuer Titel"
        offer.save()
        response = client.get("/de/offers/map.json", HTTP_IF_NONE_MATCH=etag)
        assert response.status_code == 200 and response["ETag"] != etag

    def test_pages_that_change_with_the_clock_get_a_new_etag_each_minute(self, client, offer):
        now = timezone.now().replace(second=10)
        with mock.patch("django.utils.timezone.now", return_value=now):
            first = client.get("/de/offers/")["ETag"]
        with mock.patch(
            "django.utils.timezone.now", return_value=now + datetime.timedelta(minutes=1)
        ):
            assert client.get("/de/offers/")["ETag"] != first

    def test_forms_and_the_back_office_are_not_conditional(self, client, offer):
        response = client.get(f"/de/offers/{offer.pk}/report/")
        assert "ETag" not in response


class TestQueryCounts:
    """With the reference data cached (and the page cache off), a page costs at most 8
    queries, and as many with 3 offers as with 40."""

    @pytest.mark.parametrize(
        "url",
        ["/de/offers/", "/ar/", "/de/offers/?q=kurs&municipality=kerpen&category=lernen",
         "/de/offers/map.json", "OFFER"],
    )  # fmt: skip
    def test_at_most_eight_queries_whatever_the_data(
        self, client, offer, page_cache, settings, url, django_assert_max_num_queries
    ):
        settings.PAGE_CACHE_SECONDS = 0
        kerpen = offer.locations.get().municipality

        def make(n):
            for i in range(n):
                more = OfferFactory(title_de=f"Deutschkurs {i}")
                LocationFactory(offer=more, municipality=kerpen)
                OpeningSlotFactory(offer=more)
                ContactPersonFactory(offer=more).languages.set([language("ar")])
                more.languages.set([language("de"), language("ar")])

        path = offer.get_absolute_url() if url == "OFFER" else url
        ContactPersonFactory(offer=offer).languages.set([language("ar")])
        make(3)
        client.get(path)  # fills the reference data
        with django_assert_max_num_queries(8) as few:
            client.get(path)
        make(40)
        client.get(path)
        with django_assert_max_num_queries(8) as many:
            client.get(path)
        assert len(many.captured_queries) == len(few.captured_queries)
