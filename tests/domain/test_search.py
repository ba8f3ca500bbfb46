"""Search across all languages, on SQLite and PostgreSQL."""

import pytest
from django.db import connection

from offers import services
from offers.models import Offer
from offers.public.filters import OfferFilter
from offers.search import normalise, search
from tests.factories import LocationFactory, MunicipalityFactory, OfferFactory, ProviderFactory

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming and typos need PostgreSQL"
)


def found(query):
    """Titles as the finder lists them for `query`."""
    finder = OfferFilter({"q": query}, queryset=Offer.objects.all())
    return [o.title_de for o in finder.ordered("de")[0]]


@pytest.fixture
def offers():
    doctors = OfferFactory(
        title_de="Ärzte für Kinder",
        title_en="Doctors for children",
        title_ar="أطباء للأطفال",
        summary_de="Sprechstunde ohne Termin.",
        description_de="Die Kinderärztin spricht Arabisch.",
    )
    course = OfferFactory(
        title_de="Deutschkurs am Abend",
        title_en="German in the evening",
        title_ar="دورة لغة ألمانية مساءً",
        summary_de="Deutsch lernen nach der Arbeit.",
        description_de="Für Berufstätige.",
    )
    debt = OfferFactory(
        title_de="Schuldnerberatung",
        title_en="Debt counselling",
        title_ar="استشارة الديون",
        summary_de="Hilfe bei Mahnungen.",
        description_de="Wir helfen auch bei Handyverträgen und Kursgebühren.",
    )
    return doctors, course, debt


def test_normalise_folds_case_accents_and_arabic_forms():
    assert normalise("ÄRZTE für Kinder!") == "arzte fur kinder"
    assert normalise("أَطِبَّاء إلى آخر مدرسة") == "اطباء الي اخر مدرسه"
    assert normalise("Straße") == "strasse"


class TestEverywhere:
    def test_case_and_accents_do_not_matter(self, offers):
        assert found("ärzte") == ["Ärzte für Kinder"]
        assert found("ARZTE") == ["Ärzte für Kinder"]

    def test_a_word_in_any_language_finds_the_offer(self, offers):
        assert found("doctors") == ["Ärzte für Kinder"]
        assert found("أطباء") == ["Ärzte für Kinder"]
        assert found("اطباء") == ["Ärzte für Kinder"]  # without hamza

    def test_parts_of_compounds_are_found(self, offers):
        assert found("kurs")[0] == "Deutschkurs am Abend"
        assert set(found("kurs")) == {"Deutschkurs am Abend", "Schuldnerberatung"}

    def test_all_terms_must_match(self, offers):
        # (Words that name no topic: a topic's word finds its offers, tests/domain/
        # test_query_words.py.)
        assert found("abend berufstätige") == ["Deutschkurs am Abend"]
        assert found("abend sprechstunde") == []

    def test_title_hits_rank_before_other_hits(self, offers):
        assert found("kurs") == ["Deutschkurs am Abend", "Schuldnerberatung"]

    def test_provider_names_are_searched_and_kept_current(self, offers):
        provider = offers[2].provider
        provider.name_de = "Diakonie Hürth"
        services.save_provider(provider=provider)
        assert found("diakonie") == ["Schuldnerberatung"]

    def test_place_names_are_searched_as_written_on_the_door(self, offers):
        course = offers[1]
        town = MunicipalityFactory()
        place = LocationFactory.build(
            offer=None, name_de="Medio.Rhein.Erft", municipality=town, nearest_stops=None
        )
        services.save_offer(offer=course, parts=services.OfferParts(locations=[place]))
        assert found("medio rhein erft") == ["Deutschkurs am Abend"]
        place.name_de = "Rathaus Sindorf"
        services.save_offer(offer=course, parts=services.OfferParts(locations=[place]))
        assert found("medio") == []
        assert found("rathaus sindorf") == ["Deutschkurs am Abend"]
        # A change of the offer's own fields keeps its places' names.
        course.title_en = "Evening German"
        services.save_offer(offer=course)
        assert found("sindorf") == ["Deutschkurs am Abend"]

    def test_offers_in_the_page_language_rank_first(self, offers):
        """An Arabic reader typing the German word she saw on a letter finds every offer with
        it, those translated into Arabic first."""
        untranslated = OfferFactory(title_de="Deutschkurs für Frauen", title_ar="")
        translated = OfferFactory(title_de="Deutschkurs am Morgen", title_ar="دورة صباحية")
        finder = OfferFilter({"q": "Deutschkurs"}, queryset=Offer.objects.all())
        order = [o.pk for o in finder.ordered("ar")[0]]
        assert order.index(translated.pk) < order.index(untranslated.pk)
        assert order.index(offers[1].pk) < order.index(untranslated.pk)
        # German readers: every offer is written in German, title order as before.
        titles = [title for title in found("deutschkurs") if title.startswith("Deutschkurs")]
        assert titles == ["Deutschkurs am Abend", "Deutschkurs am Morgen", "Deutschkurs für Frauen"]

    def test_editing_an_offer_updates_its_search_text(self, offers):
        course = offers[1]
        course.title_en = "Evening class"
        course.save()
        assert found("evening class") == ["Deutschkurs am Abend"]

    def test_search_works_through_the_page_in_arabic(self, client, offers):
        response = client.get("/ar/offers/", {"q": "Ärzte"})
        titles = [o.title_ar for o in response.context["page_obj"].object_list]
        assert titles == ["أطباء للأطفال"]

    def test_nothing_usable_finds_nothing(self, offers):
        assert found("?") == []
        assert len(found("")) == 3  # no search: everything


@postgresql_only
class TestPostgreSQL:
    def test_inflected_words_are_found_by_stemming(self, offers):
        OfferFactory(title_de="Begleitung zum Arzt", title_en="", title_ar="")
        assert "Begleitung zum Arzt" in found("Ärzte")

    def test_plural_compound_finds_singular(self, offers):
        assert found("Deutschkurse")[0] == "Deutschkurs am Abend"

    def test_small_typos_are_forgiven_when_nothing_matches_exactly(self, offers):
        assert found("Schuldnerberatng") == ["Schuldnerberatung"]
        assert found("Deutschkrus")[0] == "Deutschkurs am Abend"
        assert not search(Offer.objects.all(), "Deutschkrus").exists()
        assert search(Offer.objects.all(), "Deutschkrus", with_typos=True).exists()

    def test_arabic_plural_finds_singular(self, offers):
        assert "Deutschkurs am Abend" in found("الدورات")

    def test_search_works_inside_subqueries(self, offers):
        matching = search(Offer.objects.all(), "Ärzte").values("pk")
        assert Offer.objects.filter(pk__in=matching).count() == 1

    def test_the_trigram_and_full_text_indexes_exist(self):
        with connection.cursor() as cursor:
            cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'offers_offer'")
            names = {row[0] for row in cursor.fetchall()}
        assert {
            "offer_search_text_trgm",
            "offer_search_title_trgm",
            "offer_search_vector_gin",
        } <= names


def test_provider_factory_names_are_searchable():
    provider = ProviderFactory(name_de="Caritas Kerpen")
    OfferFactory(provider=provider, title_de="Migrationsberatung")
    assert found("caritas") == ["Migrationsberatung"]
