"""Search in each site language: everywhere by folded words (case, accents, the letters Arabic
and Persian keyboards write differently, Ethiopic word spaces); on PostgreSQL also by each
language's stemming where PostgreSQL has it, and by similar words (trigrams) where it has not."""

import pytest
from django.db import connection

from offers import search_schema
from offers.models import Offer
from offers.public.filters import OfferFilter
from offers.search import normalise
from tests.factories import OfferFactory, category

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming and typos need PostgreSQL"
)

# One offer per language, titled only in German and in that language (plus the factory's
# English and Arabic): (language, title, summary).
TITLES = [
    ("uk", "Курси німецької мови для жінок", "Вивчайте німецьку в малих групах."),
    ("ru", "Курсы немецкого языка для взрослых", "Изучайте немецкий после работы."),
    ("fa", "کلاس زبان آلمانی برای زنان", "یادگیری آلمانی در گروه‌های کوچک."),
    ("tr", "Kadınlar için Almanca kursları", "Küçük gruplarda Almanca öğrenin."),
    ("fr", "Cours d'allemand pour débutantes", "Apprendre l'allemand en petits groupes."),
    ("ps", "د ښځو لپاره د الماني ژبې کورس", "په کوچنیو ډلو کې الماني زده کړئ."),
    ("ti", "ኮርስ፡ጀርመንኛ ንደቀንስትዮ", "ኣብ ንኣሽቱ ጉጅለታት ጀርመንኛ ምምሃር።"),
    ("kmr", "Kursa almanî ji bo jinan", "Di komên biçûk de almanî fêr bibe."),
]


@pytest.fixture
def offers():
    # Not language courses: the words below name that topic in the search vocabulary, which
    # would find every language course; here each language's text must find its offer.
    housing = category("wohnen")
    return {
        language: OfferFactory(
            categories=[housing],
            title_de=f"Angebot {language}",
            summary_de="Ein Angebot.",
            title_en=f"Offer {language}",
            title_ar=f"عرض {language}",
            **{f"title_{language}": title, f"summary_{language}": summary},
        )
        for language, title, summary in TITLES
    }


def found(query, page_language="de"):
    finder = OfferFilter({"q": query}, queryset=Offer.objects.all())
    return {offer.title_de for offer in finder.ordered(page_language)[0]}


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("uk", "німецької"),
        ("uk", "КУРСИ НІМЕЦЬКОЇ"),
        ("ru", "немецкого языка"),
        ("fa", "آلمانی زنان"),
        ("fa", "آلماني زنان"),  # typed with the Arabic ي
        ("tr", "almanca kurslari"),  # ı typed as i
        ("fr", "debutantes"),
        ("ps", "كورس"),  # Arabic ك for Pashto ک
        ("ps", "ښځو"),
        ("ti", "ጀርመንኛ"),  # the Ethiopic word space ፡ separates words
        ("kmr", "almani jinan"),
    ],
)
def test_a_word_in_each_language_finds_its_offer_on_any_page(offers, language, query):
    assert found(query) == {f"Angebot {language}"}
    assert found(query, page_language=language) == {f"Angebot {language}"}


def test_farsi_and_arabic_letter_forms_fold_to_one():
    assert normalise("کلاس فارسی") == normalise("كلاس فارسي")


@postgresql_only
@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("ru", "курсов"),  # russian: курсов → курс ← курсы
        ("tr", "kurslar"),  # turkish: kurslar → kurs ← kursları
        ("fr", "allemande"),  # french: allemande → allemand
        ("uk", "німецькаї"),  # no Ukrainian configuration: a typo found by trigrams
        ("kmr", "jinann"),  # nor Kurmanji
    ],
)
def test_postgresql_stems_or_forgives_typos_per_language(offers, language, query):
    assert found(query) == {f"Angebot {language}"}


@postgresql_only
def test_the_search_column_uses_each_language_configuration():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef JOIN pg_attribute "
            "ON attrelid = adrelid AND attnum = adnum WHERE attname = 'search_vector' "
            "AND attrelid = 'offers_offer'::regclass"
        )
        expression = cursor.fetchone()[0]
    for language, config in (("ru", "russian"), ("tr", "turkish"), ("uk", "simple"),
                             ("ti", "simple"), ("fa", "simple"), ("ar", "arabic")):  # fmt: skip
        assert f"'{config}'::regconfig, (COALESCE(title_{language}," in expression


@pytest.mark.django_db(transaction=True)
class TestLanguageSchema:
    """Indexes and the search column follow the settings after `migrate` (schema changes:
    outside a test transaction)."""

    def index_names(self):
        with connection.cursor() as cursor:
            constraints = connection.introspection.get_constraints(cursor, "offers_offer")
        return sorted(n for n in constraints if n.startswith(search_schema.TITLE_INDEX_PREFIX))

    def test_one_title_order_index_per_offered_language(self):
        names = self.index_names()
        assert len(names) == 11
        assert any(name.startswith("offer_title_kmr_") for name in names)

    def test_a_new_fallback_chain_replaces_that_language_index_only(self, monkeypatch):
        from modeltranslation import settings as mt_settings

        from integrationmap.languages import fallback_chains

        before = self.index_names()
        chains = fallback_chains(["en"], "uk:ru,en", list(mt_settings.AVAILABLE_LANGUAGES))
        monkeypatch.setattr(mt_settings, "FALLBACK_LANGUAGES", chains)
        search_schema.sync()
        after = self.index_names()
        changed = sorted(set(before) ^ set(after))
        assert [name[: len("offer_title_uk_")] for name in changed] == ["offer_title_uk_"] * 2
        monkeypatch.undo()
        search_schema.sync()
        assert self.index_names() == before

    @postgresql_only
    def test_a_stale_search_column_is_rebuilt(self, reference_data, offers):
        with connection.cursor() as cursor:
            cursor.execute("COMMENT ON COLUMN offers_offer.search_vector IS 'languages: de'")
        search_schema.sync()
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT col_description('offers_offer'::regclass, attnum) FROM pg_attribute "
                "WHERE attrelid = 'offers_offer'::regclass AND attname = 'search_vector'"
            )
            assert cursor.fetchone()[0] == search_schema.search_vector_signature()
        assert found("курсов") == {"Angebot ru"}
