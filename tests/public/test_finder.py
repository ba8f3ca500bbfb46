"""The public finder: filters, ordering, pagination and bad input, on the list and home pages."""

import datetime
import re
import zoneinfo
from unittest import mock

import pytest
from django.db import connection
from django.utils import timezone

from offers.models import Language, Location, Offer, OfferStatus
from tests.factories import (
    LocationFactory,
    OfferFactory,
    OpeningSlotFactory,
)

pytestmark = pytest.mark.django_db
LIST = "/de/offers/"


def listed(client, query="", url=LIST):
    response = client.get(f"{url}?{query}")
    assert response.status_code == 200
    return [offer.title_de for offer in response.context["page_obj"].object_list]


class TestFilters:
    def test_no_filter_lists_all_public_offers_by_title(self, client, district):
        OfferFactory(title_de="Entwurf", status=OfferStatus.DRAFT)
        assert listed(client) == [
            "Deutschkurs Kerpen",
            "Migrationsberatung Bergheim",
            "Onlineberatung Anerkennung",
        ]

    def test_area_includes_its_subcategories(self, client, district):
        assert listed(client, "category=leben") == ["Migrationsberatung Bergheim"]
        assert listed(client, "category=lernen") == ["Deutschkurs Kerpen"]

    def test_subcategory(self, client, district):
        assert listed(client, "category=anerkennung") == ["Onlineberatung Anerkennung"]

    def test_municipality(self, client, district):
        assert listed(client, "municipality=kerpen") == ["Deutschkurs Kerpen"]

    def test_target_group(self, client, district):
        assert listed(client, "target_group=frauen") == ["Deutschkurs Kerpen"]

    def test_language_spoken(self, client, district):
        assert listed(client, "language=uk") == ["Migrationsberatung Bergheim"]
        assert listed(client, "language=ar") == ["Deutschkurs Kerpen"]

    def test_free_of_charge(self, client, district):
        assert "Deutschkurs Kerpen" not in listed(client, "free=on")
        assert len(listed(client, "free=on")) == 2

    def test_wheelchair_accessible(self, client, district):
        assert listed(client, "wheelchair=on") == ["Deutschkurs Kerpen"]

    def test_open_now(self, client, district):
        monday_morning = datetime.datetime(
            2026, 11, 23, 10, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin")
        )
        with mock.patch.object(timezone, "now", return_value=monday_morning):
            assert listed(client, "open_now=on") == ["Migrationsberatung Bergheim"]
        with mock.patch.object(timezone, "now", return_value=monday_morning.replace(hour=13)):
            assert listed(client, "open_now=on") == []

    def test_combined_filters(self, client, district):
        assert listed(client, "category=lernen&municipality=kerpen&language=ar&wheelchair=on") == [
            "Deutschkurs Kerpen"
        ]
        assert listed(client, "category=lernen&municipality=bergheim") == []
        assert listed(client, "q=beratung&free=on") == [
            "Migrationsberatung Bergheim",
            "Onlineberatung Anerkennung",
        ]

    def test_result_count_and_clear_link(self, client, district):
        html = client.get(f"{LIST}?municipality=kerpen").content.decode()
        assert "1 Angebot" in html
        assert 'href="?"' in html

    def test_same_filters_on_the_home_page(self, client, district):
        assert listed(client, "municipality=kerpen", url="/ar/") == ["Deutschkurs Kerpen"]


class TestOrdering:
    def test_nearest_first_from_a_town(self, client, district):
        assert listed(client, "near=kerpen")[:2] == [
            "Deutschkurs Kerpen",
            "Migrationsberatung Bergheim",
        ]
        assert listed(client, "near=bergheim")[:2] == [
            "Migrationsberatung Bergheim",
            "Deutschkurs Kerpen",
        ]
        assert listed(client, "near=bergheim")[-1] == "Onlineberatung Anerkennung"  # no address

    def test_nearest_first_from_a_postcode(self, client, district):
        Location.objects.filter(municipality__slug="kerpen").update(postcode="50170")
        assert listed(client, "postcode=50170")[0] == "Deutschkurs Kerpen"

    def test_distance_is_shown(self, client, district):
        html = client.get(f"{LIST}?near=kerpen").content.decode()
        assert 'class="distance"' in html

    def test_unknown_postcode_is_explained_and_ignored(self, client, district):
        response = client.get(f"{LIST}?postcode=99999")
        assert response.status_code == 200
        assert "kennen wir kein Angebot" in response.content.decode()

    def test_titles_are_sorted_in_the_page_language_with_fallback(self, client, towns):
        OfferFactory(title_de="Zebra", title_en="Apple", title_ar="")
        OfferFactory(title_de="Banane", title_en="Banana", title_ar="")
        assert listed(client, url="/en/offers/") == ["Banane", "Zebra"][::-1]


class TestBadInput:
    @pytest.mark.parametrize(
        "query",
        [
            "page=abc",
            "page=-3",
            "page=99999999999999999999999",
            "category=unknown",
            "municipality=atlantis",
            "language=xx",
            "target_group=%00",
            "near=nowhere&postcode=abcde",
            "postcode=5017",
            "free=maybe&wheelchair=&open_now=1",
            "q=" + "x" * 5000,
            "q=%25%27%22%3C%3E;--",
            "q=a&q=b&category=lernen&category=leben",
            "unknown=1",
        ],
    )
    def test_bad_query_strings_are_ignored_never_an_error(self, client, district, query):
        for url in (LIST, "/ar/", "/de/offers/map.json"):
            assert client.get(f"{url}?{query}").status_code == 200, url

    def test_huge_page_number_shows_the_last_page(self, client, district):
        response = client.get(f"{LIST}?page=999")
        assert response.context["page_obj"].number == 1

    def test_like_wildcards_are_searched_literally(self, client, district):
        assert listed(client, "q=%25") == []
        assert listed(client, "q=_") == []


class TestSearchAtScale:
    def test_a_broad_search_ranks_the_first_matches_and_says_there_are_more(
        self, client, towns, monkeypatch
    ):
        monkeypatch.setattr("offers.public.filters.MAX_RANKED", 3)
        for i in range(5):
            OfferFactory(title_de=f"Beratung {i}")
        response = client.get(f"{LIST}?q=beratung")
        html = response.content.decode()
        assert len(response.context["page_obj"].object_list) == 3
        assert "Mehr als 3 Angebote" in html
        assert "Wählen Sie einen Ort oder ein Thema" in html
        # A town or a topic narrows it down: all matches, counted.
        assert listed(client, "q=beratung&municipality=bergheim") == []

    def test_a_search_that_fits_is_counted_and_ranked_whole(self, client, towns, monkeypatch):
        monkeypatch.setattr("offers.public.filters.MAX_RANKED", 3)
        for i in range(3):
            OfferFactory(title_de=f"Beratung {i}")
        html = client.get(f"{LIST}?q=beratung").content.decode()
        assert "3 Angebote" in html and "Mehr als" not in html

    @pytest.mark.skipif(connection.vendor != "postgresql", reason="typos need PostgreSQL")
    def test_typos_are_forgiven_only_when_nothing_matches_exactly(self, client, towns):
        for title in ("Schuldnerberatung Bergheim", "Schuldnerberatng Kerpen"):  # a typo too
            LocationFactory(offer=OfferFactory(title_de=title), municipality=towns["kerpen"])
        assert listed(client, "q=Schuldnerberatung") == ["Schuldnerberatung Bergheim"]
        response = client.get(f"{LIST}?q=Schuldnerberatunk")
        assert sorted(o.title_de for o in response.context["page_obj"].object_list) == [
            "Schuldnerberatng Kerpen",
            "Schuldnerberatung Bergheim",
        ]
        assert "ähnliche Wörter" in response.content.decode()
        # The map shows what the list shows.
        markers = client.get("/de/offers/map.json?q=Schuldnerberatunk").json()
        assert len(markers["markers"]) == 2


class TestQueryCounts:
    @pytest.mark.parametrize("url", ["/de/offers/", "/ar/", "/de/offers/?q=kurs&free=on"])
    def test_queries_do_not_grow_with_the_number_of_offers(
        self, client, towns, url, django_assert_max_num_queries
    ):
        def make(n):
            for i in range(n):
                offer = OfferFactory(title_de=f"Deutschkurs {i}")
                LocationFactory(offer=offer, municipality=towns["kerpen"])
                OpeningSlotFactory(offer=offer)
                offer.languages.set(Language.objects.filter(code__in=["de", "ar"]))

        make(3)
        # Without a cache (tests): reference data and the search vocabulary are read on
        # every request; a deployment caches them (tests/project/test_caching.py).
        with django_assert_max_num_queries(36) as few:
            client.get(url)
        make(30)
        with django_assert_max_num_queries(36) as many:
            client.get(url)
        assert len(many.captured_queries) == len(few.captured_queries)


class TestPages:
    def test_list_works_without_javascript(self, client, district):
        html = client.get(LIST).content.decode()
        assert '<form class="finder-form" method="get"' in html
        assert "Deutschkurs Kerpen" in html
        assert not re.search(r"<(script|link)[^>]+leaflet", html)  # the list loads no map

    def test_home_has_topic_tiles_and_map_configuration(self, client, district):
        html = client.get("/de/").content.decode()
        assert 'class="areas"' in html and "?category=sprachkurse" in html
        assert 'id="finder-config"' in html and 'id="map"' in html
        assert "<script>" not in html  # no inline scripts, only data blocks and files

    def test_topic_tiles_disappear_once_filtered(self, client, district):
        assert 'class="areas"' not in client.get("/de/?category=lernen").content.decode()

    def test_language_switcher_keeps_page_and_filters(self, client, district):
        html = client.get("/de/offers/?municipality=kerpen&free=on").content.decode()
        assert 'href="/ar/offers/?municipality=kerpen&amp;free=on"' in html
        assert 'hreflang="ar"' in html and 'rel="alternate"' in html

    @pytest.mark.parametrize(("lang", "direction"), [("de", "ltr"), ("en", "ltr"), ("ar", "rtl")])
    def test_every_language_has_its_direction(self, client, district, lang, direction):
        html = client.get(f"/{lang}/offers/").content.decode()
        assert f'<html lang="{lang}" dir="{direction}">' in html

    def test_fallback_text_is_marked_with_its_language(self, client, district):
        Offer.objects.filter(title_de="Deutschkurs Kerpen").update(summary_ar="")
        html = client.get("/ar/offers/?municipality=kerpen").content.decode()
        assert '<span lang="en" dir="ltr">Learn German in small groups.</span>' in html
        assert 'class="fallback-note"' in html

    def test_user_text_is_escaped(self, client, towns):
        offer = OfferFactory(title_de="<script>alert(1)</script>", title_en="", title_ar="")
        LocationFactory(offer=offer, municipality=towns["kerpen"])
        html = client.get("/ar/offers/").content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
