"""The finder as one view (issue 19): the map's "search this area" as a filter in the
address, the chosen filters as chips that drop with one tap, the legend that is also the
topic filter, a search inside a topic that says so, the phone's Map/List choice kept in the
address, and the topics' colours from a stylesheet (no inline styles under the CSP)."""

import re

import pytest

from offers.models import Category

from .test_finder import LIST, listed

pytestmark = pytest.mark.django_db

KERPEN_AREA = "6.60,50.80,6.75,50.90"  # holds the course in Kerpen, not Bergheim


class TestSearchThisArea:
    def test_only_offers_with_a_place_in_the_area_are_listed(self, client, district):
        assert listed(client, f"area={KERPEN_AREA}") == ["Deutschkurs Kerpen"]

    def test_the_markers_follow_the_same_area(self, client, district):
        markers = client.get(f"/de/offers/map.json?area={KERPEN_AREA}").json()["markers"]
        assert [row[4] for row in markers] == ["Deutschkurs Kerpen"]

    @pytest.mark.parametrize(
        "bad", ["1,2,3", "a,b,c,d", "7,50,6,51", "6,91,7,92", "1e3,2,3,4", "6,50,7,51" * 20]
    )
    def test_a_bad_area_is_ignored_never_an_error(self, client, district, bad):
        assert len(listed(client, f"area={bad}")) == 3

    def test_the_area_is_a_chip_that_drops_with_one_tap(self, client, district):
        html = client.get(f"{LIST}?area={KERPEN_AREA}&view=map").content.decode()
        chip = re.search(r'<li class="chip chip-filter"><a href="\?([^"]*)"><span>([^<]*)', html)
        assert chip.group(2) == "Im Kartenausschnitt"
        assert "area=" not in chip.group(1) and "view=map" in chip.group(1)


class TestChipsAndLegend:
    def test_each_chosen_filter_is_a_chip_without_which_the_link_lists_more(self, client, district):
        response = client.get(f"{LIST}?category=sprachkurse&free=on&municipality=kerpen")
        chips = response.context["filterset"].filter_chips()
        labels = [chip["label"] for chip in chips]
        assert labels[0].endswith(": Sprach- und Integrationskurse")
        assert labels[1].endswith(": Kerpen")
        for chip in chips:
            assert chip["name"] not in chip["drop"]

    def test_the_legend_chooses_a_topic_and_keeps_the_other_filters(self, client, district):
        response = client.get(f"{LIST}?municipality=kerpen&page=2")
        legend = response.context["filterset"].topic_legend()
        language = next(
            item for area in legend for item in area["topics"]
            if item["topic"].slug == "sprachkurse"
        )  # fmt: skip
        assert language["url"] == "municipality=kerpen&category=sprachkurse"
        assert not language["chosen"]

    def test_the_chosen_topic_is_marked_and_its_link_drops_it(self, client, district):
        html = client.get(f"{LIST}?category=sprachkurse").content.decode()
        assert re.search(
            r'<a class="legend-topic topic-sprachkurse" href="\?" aria-current="true">', html
        )

    def test_a_search_within_a_topic_says_so_and_offers_all_topics(self, client, district):
        html = client.get(f"{LIST}?q=Beratung&category=sprachkurse").content.decode()
        assert "Nur im Thema „Sprach- und Integrationskurse“ gesucht." in html
        assert '<a href="?q=Beratung">' in html


class TestViewInTheAddress:
    def test_the_map_view_is_kept_by_the_filter_form(self, client, district):
        html = client.get("/de/?view=map").content.decode()
        assert '<input type="hidden" name="view" value="map" data-view-field>' in html
        assert 'data-view="map"' in html
        assert re.search(r'data-view="map" aria-pressed="true"', html)

    def test_an_unknown_view_is_ignored(self, client, district):
        html = client.get("/de/?view=%3Cscript%3E").content.decode()
        assert '<input type="hidden" name="view" value="" disabled data-view-field>' in html

    def test_the_header_map_item_opens_the_map_view_and_is_current_there(self, client, district):
        html = client.get("/de/?view=map").content.decode()
        assert re.search(r'href="/de/\?view=map" data-nav-view="map" aria-current="page"', html)
        listing = client.get("/de/offers/").content.decode()
        assert re.search(r'href="/de/offers/" data-nav-view="list" aria-current="page"', listing)

    def test_the_markers_address_leaves_the_view_out(self, client, district):
        config = client.get("/de/?view=map&free=on").context["finder_config"]
        assert "view" not in config["markers"] and "free=on" in config["markers"]


class TestTopicColours:
    def test_every_topic_has_its_own_colour_from_a_stylesheet(self, client):
        topics = Category.objects.subcategories()
        assert len({topic.colour for topic in topics}) == topics.count() == 16
        html = client.get("/de/").content.decode()
        address = re.search(r'<link rel="stylesheet" href="(/topics\.css\?v=\w+)">', html)[1]
        response = client.get(address)
        assert response["Content-Type"].startswith("text/css")
        assert "immutable" in response["Cache-Control"]
        css = response.content.decode()
        assert ".topic-sprachkurse{--topic:#0a71b1}" in css
        assert 'style="' not in html  # no inline styles

    def test_an_old_stylesheet_address_is_not_kept(self, client):
        assert client.get("/topics.css?v=old")["Cache-Control"] == "no-cache"

    def test_the_colour_changes_the_address(self, client):
        before = client.get("/de/").content.decode()
        Category.objects.filter(slug="sprachkurse").update(colour="#123456")
        after = client.get("/de/").content.decode()
        link = r'href="(/topics\.css\?v=\w+)"'
        assert re.search(link, before)[1] != re.search(link, after)[1]


class TestFiltersPeopleNeed:
    @pytest.fixture
    def courses(self, towns):
        from tests.factories import LocationFactory, OfferFactory, category

        made = {}
        for title, childcare, levels in (
            ("Integrationskurs mit Kinderbetreuung", True, "A1 A2"),
            ("Deutschkurs B1", False, "B1"),
            ("Sprachcafé", False, ""),
        ):
            offer = OfferFactory(title_de=title, childcare=childcare, levels=levels,
                                 categories=[category("sprachkurse")])  # fmt: skip
            LocationFactory(offer=offer, municipality=towns["bergheim"])
            made[title] = offer
        return made

    def test_with_childcare(self, client, courses):
        assert listed(client, "childcare=on") == ["Integrationskurs mit Kinderbetreuung"]

    def test_by_course_level(self, client, courses):
        assert listed(client, "level=A2") == ["Integrationskurs mit Kinderbetreuung"]
        assert listed(client, "level=B1") == ["Deutschkurs B1"]
        assert len(listed(client, "level=Z9")) == 3  # an unknown level is ignored

    def test_levels_are_checked_by_the_model_and_the_database(self, courses):
        from django.core.exceptions import ValidationError
        from django.db import IntegrityError, transaction

        offer = courses["Sprachcafé"]
        offer.levels = "A1,B7"
        with pytest.raises(ValidationError):
            offer.full_clean(validate_unique=False, validate_constraints=False)
        with pytest.raises(IntegrityError), transaction.atomic():
            type(offer).objects.filter(pk=offer.pk).update(levels="B7")

    def test_quick_filters_toggle_with_one_tap(self, client, courses):
        response = client.get(f"{LIST}?category=sprachkurse")
        quick = {item["name"]: item for item in response.context["quick_filters"]}
        assert set(quick) == {"open_now", "free", "childcare"}  # German: all speak German
        assert quick["childcare"]["url"] == "category=sprachkurse&childcare=on"
        on = client.get(f"{LIST}?category=sprachkurse&childcare=on").context["quick_filters"]
        chosen = next(item for item in on if item["name"] == "childcare")
        assert chosen["on"] and chosen["url"] == "category=sprachkurse"

    def test_speaks_my_language_is_one_tap_on_a_page_in_that_language(self, client, courses):
        from offers.models import Language

        courses["Deutschkurs B1"].languages.add(Language.objects.get(code="ar"))
        html = client.get("/ar/offers/").content.decode()
        assert re.search(r'<a class="quick-filter" href="\?language=ar"><span>يتحدثون ', html)
