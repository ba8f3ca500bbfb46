"""Search that understands what people type: topic, target group and town words in every
language (names and the search vocabulary), endings, compounds and typing mistakes, the
same on SQLite and PostgreSQL; folding of what phones and keyboards write differently."""

import pytest
from django.db import IntegrityError, transaction

from offers.models import Offer, SearchTerm
from offers.public.filters import OfferFilter
from offers.query_words import meaning_of
from offers.search import normalise
from tests.factories import LocationFactory, MunicipalityFactory, OfferFactory, category

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Aerztin", "Ärztin"),  # umlauts typed without them
        ("Buero", "Büro"),
        ("Strasse", "Straße"),
        ("B١", "B1"),  # Arabic-Indic digit
        ("۱۰ یورو", "10 یورو"),  # Persian digits
        ("مهد\u200cکودک", "مهدکودک"),  # zero-width non-joiner inside a Persian word
        ("\u200fدکتر\u200f", "دکتر"),  # direction marks a phone adds
        ("KADIN", "kadın"),  # Turkish dotless ı
    ],
)
def test_what_people_type_folds_like_the_stored_text(typed, stored):
    assert normalise(typed) == normalise(stored)


@pytest.fixture
def towns():
    return {
        "kerpen": MunicipalityFactory(name="Kerpen", official_key="05362032"),
        "bergheim": MunicipalityFactory(name="Bergheim", official_key="05362008"),
        "huerth": MunicipalityFactory(name="Hürth", official_key="05362028"),
    }


@pytest.fixture
def offers(towns):
    """German-only offers (as most are): the words below are in none of their texts."""

    def make(title, topic, town, summary="Offene Sprechstunde, kostenlos."):
        offer = OfferFactory(
            title_de=title, title_en="", title_ar="", summary_de=summary, summary_en="",
            summary_ar="", description_de="", description_en="", description_ar="",
            categories=[category(topic)],
        )  # fmt: skip
        LocationFactory(offer=offer, municipality=towns[town])
        return offer

    return {
        "doctor": make("Praxis Dr. Yilmaz", "gesundheit", "kerpen"),
        "dentist": make("Gemeinschaftspraxis am Markt", "gesundheit", "bergheim"),
        "debt": make("Schuldnerberatung der Diakonie", "schuldnerberatung", "kerpen"),
        "daycare": make("Kita Regenbogen", "kinderbetreuung", "huerth"),
        "housing": make("Wohnraumhilfe", "wohnen", "bergheim"),
        "course": make(
            "Integrationskurs mit Kinderbetreuung",
            "sprachkurse",
            "huerth",
            summary="B1-Kurs am Vormittag.",
        ),
        "cafe": make(
            "Sprachcafé",
            "freizeit-und-sport",
            "kerpen",
            summary="Wir sprechen über Ärzte, Kita und Wohnung.",
        ),
    }


def found(query, page_language="de") -> list[str]:
    finder = OfferFilter({"q": query}, queryset=Offer.objects.all())
    return [offer.title_de for offer in finder.ordered(page_language)[0]]


def titles(offers, *keys) -> set[str]:
    return {offers[key].title_de for key in keys}


@pytest.mark.parametrize(
    ("query", "language", "topic"),
    [
        ("پزشک", "fa", ("doctor", "dentist")),  # doctor: the search box's own example
        ("بدهی", "fa", ("debt",)),  # debt
        ("борги", "uk", ("debt",)),  # debts
        ("дитсадок", "uk", ("daycare",)),  # day-care, the placeholder's example
        ("лікар", "uk", ("doctor", "dentist")),  # doctor
        ("Kindergarten", "de", ("daycare",)),
        ("Zahnarzt", "de", ("doctor", "dentist")),
        ("Wohnung", "de", ("housing",)),
        ("طبيب", "ar", ("doctor", "dentist")),
        ("kreş", "tr", ("daycare",)),
        ("ሓኪም", "ti", ("doctor", "dentist")),
    ],
)
def test_a_topic_word_in_any_language_finds_that_topics_offers_first(
    offers, query, language, topic
):
    results = found(query, language)
    expected = titles(offers, *topic)
    assert set(results[: len(expected)]) == expected
    # A text that merely mentions the word (the café) comes after the topic's offers, if at all.
    assert all(title in expected for title in results[: len(expected)])


def test_endings_compounds_and_typing_mistakes_find_the_topic(offers):
    doctors = titles(offers, "doctor", "dentist")
    assert set(found("Ärzte")[:2]) == doctors  # a plural holds the term
    assert set(found("Zahnarztpraxis")[:2]) == doctors  # a compound
    assert set(found("Zahnartz")[:2]) == doctors  # a typing mistake
    assert set(found("الطبيب")[:2]) == doctors  # the Arabic article
    assert found("детский садик")[0] == offers["daycare"].title_de  # a phrase, its ending


def test_a_phrase_is_found_with_the_arabic_article(offers):
    SearchTerm.objects.create(text="عيادة اسنان", language="ar", category=category("gesundheit"))
    assert set(found("العيادة الاسنان")[:2]) == titles(offers, "doctor", "dentist")


def test_a_short_word_that_lost_its_accent_does_not_outrank_a_sure_topic(offers):
    """English "is" folds like Turkish "iş" (job): in "my child is sick" health comes first,
    while "is" alone (typed without ş) still finds job offers."""
    SearchTerm.objects.get_or_create(
        folded="is", category=category("arbeitssuche"), defaults={"text": "iş", "language": "tr"}
    )
    jobs = OfferFactory(title_de="Jobbörse", categories=[category("arbeitssuche")])
    results = found("my child is sick", "en")
    assert set(results[:2]) == titles(offers, "doctor", "dentist")
    assert found("is", "tr")[0] == jobs.title_de
    assert meaning_of("is").only_likely == {category("arbeitssuche").pk}


def test_a_town_in_the_query_narrows_to_its_offers(offers, towns):
    # The doctor first; the café in Kerpen that mentions doctors after it. The town's name
    # need not be in an offer's text.
    assert found("Arzt Kerpen") == [offers["doctor"].title_de, offers["cafe"].title_de]
    assert found("Kerpen") == sorted(titles(offers, "doctor", "debt", "cafe"))
    assert found("B1 Hürth") == [offers["course"].title_de]
    assert found("B1 Huerth") == [offers["course"].title_de]
    SearchTerm.objects.create(text="بيرغهايم", language="ar", municipality=towns["bergheim"])
    assert found("طبيب بيرغهايم") == [offers["dentist"].title_de]


def test_a_topic_and_a_target_group_together(offers):
    # Offers of the topic for that group first, then the topic's others (a course for
    # everyone may still suit her); not offers for the group in other topics.
    women = offers["course"]
    women.target_groups.set([women.target_groups.model.objects.get(slug="frauen")])
    other = OfferFactory(title_de="Abendkurs Deutsch", categories=[category("sprachkurse")])
    housing = offers["housing"]
    housing.target_groups.set([women.target_groups.model.objects.get(slug="frauen")])
    assert found("Deutschkurs für Frauen") == [women.title_de, other.title_de]


def test_other_words_of_a_topic_query_rank_but_do_not_exclude(offers):
    doctors = titles(offers, "doctor", "dentist")
    assert found("Zahnarzt Yilmaz")[0] == offers["doctor"].title_de
    assert set(found("Zahnarzt Yilmaz")) == doctors
    assert set(found("ich brauche einen Zahnarzt")) == doctors  # filler words
    assert set(found("doktor lazım")) == doctors


def test_an_editors_new_search_term_works_at_once(offers):
    assert found("Hausbesuch") == []
    SearchTerm.objects.create(text="Hausbesuch", language="de", category=category("gesundheit"))
    assert set(found("Hausbesuch")) == titles(offers, "doctor", "dentist")


def test_what_a_query_names_is_known_for_its_chips(offers, towns):
    meaning = meaning_of("Kita Kerpen abends")
    assert meaning.categories == [category("kinderbetreuung").pk]
    assert meaning.municipalities == [towns["kerpen"].pk]
    assert meaning.rest == ["abends"]


def test_a_search_term_names_exactly_one_thing(towns):
    with pytest.raises(IntegrityError), transaction.atomic():
        SearchTerm.objects.create(
            text="Doppelt", language="de", category=category("wohnen"), municipality=towns["kerpen"]
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        SearchTerm.objects.create(text="Nichts", language="de")


@pytest.mark.parametrize(
    "query",
    ["x" * 10_000, "?!…،؛", "der die das und", "Arzt \u202eKerpen\u202c 😀 طبيب", "\x00Arzt",
     "ق" * 300, "a b c d e f g h i j k l m n o p q r s t u v w x y z"],
)  # fmt: skip
def test_hostile_queries_give_a_normal_page(client, offers, query):
    response = client.get("/de/offers/", {"q": query})
    assert response.status_code == 200


def test_the_list_shows_what_the_search_understood_to_keep_or_drop(client, offers, towns):
    page = client.get("/fa/offers/", {"q": "پزشک Kerpen"})
    chips = {chip["kind"]: chip for chip in page.context["filterset"].chips()}
    assert set(chips) == {"category", "town"}
    html = page.content.decode()
    assert 'class="search-chips"' in html and "Kerpen" in html

    # Keep: the town becomes the filter, its word leaves the search box, the topic stays.
    kept = client.get(f"/fa/offers/?{chips['town']['keep']}")
    assert kept.context["filterset"].valid_data == {"q": "پزشک", "municipality": "kerpen"}
    assert [o.title_de for o in kept.context["object_list"]] == [offers["doctor"].title_de]

    # Drop: "Kerpen" is a word again, not the town: the doctors of every town.
    dropped = client.get(f"/fa/offers/?{chips['town']['drop']}")
    assert "town" not in {chip["kind"] for chip in dropped.context["filterset"].chips()}
    assert {o.title_de for o in dropped.context["object_list"]} == titles(
        offers, "doctor", "dentist"
    )


def test_unknown_values_to_ignore_are_ignored(client, offers):
    response = client.get("/de/offers/", {"q": "Zahnarzt", "ignore": ["x", "town:nowhere", ":"]})
    assert response.status_code == 200
    assert len(response.context["object_list"]) == 2


def test_a_search_that_finds_nothing_shows_ways_on(client, offers, towns):
    # A mistyped topic word with a word no offer holds: the closest topic is offered.
    page = client.get("/de/offers/", {"q": "Wonungsuhe xyzq"})
    assert list(page.context["object_list"]) == []
    ways = page.context["filterset"].ways_on()
    assert [topic["label"] for topic in ways["topics"]] == ["Wohnen"]
    html = page.content.decode()
    assert "?category=wohnen" in html
    assert '/de/contacts/"' in html and '/de/suggest/"' in html  # someone to ask

    # Too many choices: which one to drop, and how many offers that would give.
    hurth = towns["huerth"].slug
    page = client.get("/de/offers/", {"q": "Zahnarzt", "municipality": hurth, "free": "on"})
    assert list(page.context["object_list"]) == []
    dropping = page.context["filterset"].ways_on()["dropping"]
    # (labels in the page language)
    assert [(str(way["label"]), way["count"]) for way in dropping] == [("Ort", 2), ("Suchen", 2)]
    assert "municipality=" not in dropping[0]["url"]
