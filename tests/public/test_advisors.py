"""The advisors' table of offers (sorting, exports that match the filter) and the directory
of contact persons."""

import csv
import datetime
import io

import openpyxl
import pytest

from offers.external.spreadsheets import neutralise
from offers.models import Language
from tests.factories import (
    ContactPersonFactory,
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    ProviderFactory,
    category,
    language,
)

pytestmark = pytest.mark.django_db
TABLE = "/de/offers/table/"


@pytest.fixture
def towns():
    return {
        "bergheim": MunicipalityFactory(name="Bergheim", slug="bergheim", official_key="05362008"),
        "kerpen": MunicipalityFactory(name="Kerpen", slug="kerpen", official_key="05362032"),
        "huerth": MunicipalityFactory(name="Hürth", slug="huerth", official_key="05362028"),
    }


@pytest.fixture
def offers(towns):
    """Three offers whose order differs for every column."""
    rows = [
        # title, provider, town, cost, last verified, category
        ("Beratung Asyl", "Caritas", "kerpen", "fee", 2026, "asylberatung"),
        ("Computerkurs", "AWO", "huerth", "free", 2024, "sprachkurse"),
        ("Alphabetisierung", "VHS", "bergheim", "reduced", 2025, "sprachkurse"),
    ]
    made = {}
    for title, provider, town, cost, year, slug in rows:
        offer = OfferFactory(
            title_de=title,
            provider=ProviderFactory(name_de=provider),
            cost=cost,
            last_verified=datetime.date(year, 3, 1),
            categories=[category(slug)],
        )
        LocationFactory(offer=offer, municipality=towns[town])
        offer.languages.set([language("de"), language("ar")])
        made[title] = offer
    ContactPersonFactory(offer=made["Beratung Asyl"], name="Leyla Demir", phone="02237 1")
    return made


def table_titles(client, query=""):
    response = client.get(f"{TABLE}?{query}")
    assert response.status_code == 200
    return [offer.title_de for offer in response.context["page_obj"].object_list]


class TestTable:
    @pytest.mark.parametrize(
        "sort, titles",
        [
            ("", ["Alphabetisierung", "Beratung Asyl", "Computerkurs"]),
            ("title", ["Alphabetisierung", "Beratung Asyl", "Computerkurs"]),
            ("-title", ["Computerkurs", "Beratung Asyl", "Alphabetisierung"]),
            ("provider", ["Computerkurs", "Beratung Asyl", "Alphabetisierung"]),
            ("town", ["Alphabetisierung", "Computerkurs", "Beratung Asyl"]),
            ("-verified", ["Beratung Asyl", "Alphabetisierung", "Computerkurs"]),
            ("verified", ["Computerkurs", "Alphabetisierung", "Beratung Asyl"]),
            ("nonsense", ["Alphabetisierung", "Beratung Asyl", "Computerkurs"]),
            ("-", ["Alphabetisierung", "Beratung Asyl", "Computerkurs"]),
        ],
    )
    def test_columns_sort_and_unknown_sorts_are_ignored(self, client, offers, sort, titles):
        assert table_titles(client, f"sort={sort}") == titles

    def test_the_finders_filters_apply(self, client, offers):
        assert table_titles(client, "category=sprachkurse&municipality=huerth") == ["Computerkurs"]
        assert table_titles(client, "free=on") == ["Computerkurs"]

    def test_a_row_shows_every_column(self, client, offers):
        html = client.get(f"{TABLE}?q=Asyl").content.decode()
        row = html[html.index("<tbody>") : html.index("</tbody>")]
        for text in ["Beratung Asyl", "Caritas", "Kerpen", "Asylberatung", ">de</span>",
                     ">ar</span>", "01.03.2026", 'href="tel:022371"', "02237 1"]:  # fmt: skip
            assert text in row, text

    def test_sorted_column_is_announced_and_its_link_reverses_it(self, client, offers):
        html = client.get(f"{TABLE}?sort=title&municipality=kerpen").content.decode()
        assert 'aria-sort="ascending"' in html
        assert 'href="?sort=-title&amp;municipality=kerpen"' in html

    def test_bad_query_strings_are_ignored(self, client, offers):
        queries = ["page=abc", "page=99999", "sort=%00", "municipality=nowhere", "q=" + "x" * 500]
        for query in queries:
            assert client.get(f"{TABLE}?{query}").status_code == 200, query

    @pytest.mark.parametrize("url", [TABLE, "/de/offers/table.csv", "/de/offers/table.xlsx"])
    def test_queries_do_not_grow_with_the_number_of_offers(
        self, client, towns, url, django_assert_max_num_queries
    ):
        def make(n):
            for _i in range(n):
                offer = OfferFactory()
                LocationFactory(offer=offer, municipality=towns["kerpen"])
                ContactPersonFactory(offer=offer)
                offer.languages.set(Language.objects.filter(code__in=["de", "ar"]))

        make(3)
        with django_assert_max_num_queries(25) as few:
            client.get(f"{url}?sort=town")
        make(30)
        with django_assert_max_num_queries(25) as many:
            client.get(f"{url}?sort=town")
        assert len(many.captured_queries) == len(few.captured_queries)


class TestExport:
    def test_csv_holds_the_filtered_offers_in_the_tables_order(self, client, offers):
        query = "category=sprachkurse&sort=-title"
        response = client.get(f"/de/offers/table.csv?{query}")
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert response["Content-Disposition"].startswith('attachment; filename="offers-')
        text = response.content.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0][:3] == ["Titel", "Träger", "Orte"]
        assert [row[0] for row in rows[1:]] == table_titles(client, query)
        assert [row[0] for row in rows[1:]] == ["Computerkurs", "Alphabetisierung"]
        computer = rows[1]
        assert computer[1:4] == ["AWO", "Hürth", "Sprach- und Integrationskurse"]
        assert computer[6] == "2024-03-01"
        assert computer[8] == f"http://testserver{offers['Computerkurs'].get_absolute_url()}"

    def test_xlsx_holds_the_same_rows_in_the_page_language(self, client, offers):
        response = client.get("/ar/offers/table.xlsx?municipality=kerpen")
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0][0] == "العنوان"
        assert len(rows) == 2
        assert rows[1][0] == offers["Beratung Asyl"].title_ar
        assert rows[1][7] == "02237 1"

    def test_texts_that_look_like_formulas_are_kept_as_text(self, client, offers):
        offers["Computerkurs"].title_de = '=HYPERLINK("http://evil.example")'
        offers["Computerkurs"].save()
        text = client.get("/de/offers/table.csv?q=evil").content.decode("utf-8-sig")
        assert "'=HYPERLINK" in text
        sheet = openpyxl.load_workbook(
            io.BytesIO(client.get("/de/offers/table.xlsx?q=evil").content)
        ).active
        assert sheet["A2"].data_type == "s"
        assert sheet["A2"].value.startswith("'=")

    @pytest.mark.parametrize(
        "value, plain",
        [
            ("+49 2271 83-0", "+49 2271 83-0"),
            ("-", "-"),
            ("=1+1", "'=1+1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("-2+3+cmd", "'-2+3+cmd"),
            ("Kita", "Kita"),
        ],
    )
    def test_phone_numbers_stay_and_formulas_are_defused(self, value, plain):
        assert neutralise(value) == plain

    def test_an_unknown_format_is_not_found(self, client, offers):
        assert client.get("/de/offers/table.pdf").status_code == 404


class TestContactDirectory:
    @pytest.fixture
    def people(self, towns):
        provider = ProviderFactory(name_de="Jobcenter Rhein-Erft")
        ContactPersonFactory(offer=None, provider=provider, name="Omar Haddad", phone="02271 1")
        job = OfferFactory(
            title_de="Jobcoaching", provider=provider, categories=[category("arbeitssuche")]
        )
        LocationFactory(offer=job, municipality=towns["bergheim"])
        course = OfferFactory(title_de="Deutschkurs", categories=[category("sprachkurse")])
        LocationFactory(offer=course, municipality=towns["kerpen"])
        anna = ContactPersonFactory(offer=course, name="Anna Schmidt", email="anna@vhs.example")
        anna.languages.set([language("de"), language("uk")])
        nobody = OfferFactory(title_de="Niemand erreichbar", provider=ProviderFactory())
        LocationFactory(offer=nobody, municipality=towns["kerpen"])
        return {"job": job, "course": course, "nobody": nobody}

    def test_people_are_grouped_by_town_with_phone_email_and_languages(self, client, people):
        html = client.get("/de/contacts/").content.decode()
        bergheim, kerpen = html.index(">Bergheim</h2>"), html.index(">Kerpen</h2>")
        assert bergheim < html.index("Omar Haddad") < kerpen < html.index("Anna Schmidt")
        assert 'href="tel:022711"' in html and 'href="mailto:anna@vhs.example"' in html
        assert "Deutsch, Ukrainisch" in html
        assert "Arbeitssuche" in html  # the offer's topic

    def test_offers_nobody_answers_for_are_not_listed(self, client, people):
        response = client.get("/de/contacts/")
        assert "Niemand erreichbar" not in response.content.decode()
        assert response.context["paginator"].count == 2

    def test_search_by_name_and_filter_by_topic_and_town(self, client, people):
        def names(query):
            entries = client.get(f"/de/contacts/?{query}").context["entries"]
            return [entry["person"].name for entry in entries]

        assert names("person=haddad") == ["Omar Haddad"]
        assert names("person=nobody") == []
        assert names("category=sprachkurse") == ["Anna Schmidt"]
        assert names("municipality=bergheim") == ["Omar Haddad"]
        assert names("q=Jobcoaching") == ["Omar Haddad"]

    def test_a_providers_contact_person_is_listed_once_with_all_their_offers(
        self, client, people, towns
    ):
        second = OfferFactory(title_de="Bewerbungshilfe", provider=people["job"].provider)
        LocationFactory(offer=second, municipality=towns["bergheim"])
        entries = client.get("/de/contacts/").context["entries"]
        omar = [entry for entry in entries if entry["person"].name == "Omar Haddad"]
        assert len(omar) == 1
        assert [item["offer"].title_de for item in omar[0]["offers"]] == [
            "Bewerbungshilfe", "Jobcoaching"
        ]  # fmt: skip
        html = client.get("/de/contacts/").content.decode()
        assert '<bdi class="door-name" lang="de" translate="no">Jobcenter Rhein-Erft</bdi>' in html

    def test_filter_by_a_language_the_person_speaks(self, client, people):
        def names(query):
            entries = client.get(f"/de/contacts/?{query}").context["entries"]
            return [entry["person"].name for entry in entries]

        assert names("speaks=uk") == ["Anna Schmidt"]
        assert names("speaks=de") == ["Anna Schmidt"]
        # A language no contact person speaks is not offered, and ignored if asked for.
        assert len(names("speaks=ar")) == len(names("speaks=xx")) == 2
        html = client.get("/de/contacts/").content.decode()
        assert '<option value="uk">Ukrainisch</option>' in html

    def test_bad_input_is_ignored(self, client, people):
        for query in [
            "person=" + "x" * 1000,
            "page=-1",
            "category=nothing",
            "person=%00",
            "speaks=%00",
            "speaks=" + "u" * 500,
        ]:
            assert client.get(f"/de/contacts/?{query}").status_code == 200, query

    def test_the_directory_works_in_arabic(self, client, people):
        html = client.get("/ar/contacts/").content.decode()
        assert 'dir="rtl"' in html and "الأشخاص المسؤولون" in html

    def test_queries_do_not_grow_with_the_number_of_people(
        self, client, towns, django_assert_max_num_queries
    ):
        def make(n):
            for _i in range(n):
                offer = OfferFactory()
                LocationFactory(offer=offer, municipality=towns["kerpen"])
                ContactPersonFactory(offer=offer).languages.set([language("ar")])

        make(3)
        with django_assert_max_num_queries(20) as few:
            client.get("/de/contacts/")
        make(30)
        with django_assert_max_num_queries(20) as many:
            client.get("/de/contacts/")
        assert len(many.captured_queries) == len(few.captured_queries)
