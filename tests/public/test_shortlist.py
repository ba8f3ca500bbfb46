"""The visitor's list of offers without JavaScript, short links, sending, and the handout."""

import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.conf import settings
from django.test import override_settings

from offers.models import OfferStatus, SharedList
from offers.public.shortlist import parse_ids
from tests.factories import (
    ContactPersonFactory,
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    OpeningSlotFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def three():
    kerpen = MunicipalityFactory(name="Kerpen", slug="kerpen", official_key="05362032")
    offers = []
    for title_de, title_ar in [
        ("Deutschkurs A1", "دورة ألمانية A1"),
        ("Migrationsberatung", "استشارة الهجرة"),
        ("Kita Sonnenschein", "روضة الشمس"),
    ]:
        offer = OfferFactory(title_de=title_de, title_ar=title_ar)
        LocationFactory(offer=offer, municipality=kerpen, street="Stiftsstraße 8")
        offers.append(offer)
    ContactPersonFactory(offer=offers[0], name="Leyla Demir", phone="02237 500-1")
    OpeningSlotFactory(offer=offers[0])
    return offers


def ids_of(offers):
    return ",".join(str(offer.pk) for offer in offers)


class TestParseIds:
    @pytest.mark.parametrize(
        "raw, ids",
        [
            ("12,48,301", [12, 48, 301]),
            ("12, 48;301 x", [12, 48, 301]),
            ("48,12,48", [48, 12]),  # the first place counts, no duplicates
            ("0,-5,abc,", [5]),
            ("", []),
            (None, []),
            ("9" * 40, []),
            ("7," + "9" * 13 + ",8", [7, 8]),  # no number that long is an offer's id
        ],
    )
    def test_ids_are_taken_in_order_and_anything_else_is_ignored(self, raw, ids):
        assert parse_ids(raw) == ids

    def test_at_most_fifty_offers(self):
        assert parse_ids(",".join(map(str, range(1, 200)))) == list(range(1, 51))


class TestListByAddress:
    def test_the_address_carries_the_list_in_its_order(self, client, three):
        chosen = [three[2], three[0]]
        response = client.get(f"/de/list/?offers={ids_of(chosen)}")
        assert response.status_code == 200
        assert [o.title_de for o in response.context["offers"]] == [
            "Kita Sonnenschein",
            "Deutschkurs A1",
        ]
        assert ">2 Angebote</h2>" in response.content.decode()

    def test_unpublished_and_unknown_offers_are_left_out(self, client, three):
        three[1].status = OfferStatus.DRAFT
        three[1].save()
        response = client.get(f"/de/list/?offers={ids_of(three)},999999")
        assert [o.pk for o in response.context["offers"]] == [three[0].pk, three[2].pk]

    @pytest.mark.parametrize("query", ["offers=", "offers=abc", "offers=%00", "language=xx", ""])
    def test_bad_or_missing_ids_show_an_empty_list(self, client, three, query):
        response = client.get(f"/ar/list/?{query}")
        assert response.status_code == 200
        assert response.context["offers"] == []

    def test_every_offer_can_be_removed_by_a_link(self, client, three):
        html = client.get(f"/de/list/?offers={ids_of(three)}").content.decode()
        assert f'href="/de/list/?offers={three[1].pk}%2C{three[2].pk}"' in html

    def test_add_links_work_without_javascript_and_keep_the_list(self, client, three):
        html = client.get(f"/de/offers/?list={three[0].pk}").content.decode()
        assert f'href="/de/list/?offers={three[0].pk},{three[1].pk}"' in html
        # The header's "My list" shows the count from the address.
        assert re.search(r"data-shortlist-count>1</span>", html)

    def test_the_list_page_is_not_indexed(self, client, three):
        assert b'content="noindex"' in client.get(f"/de/list/?offers={ids_of(three)}").content


class TestShortLinks:
    def test_the_same_list_always_gets_the_same_code(self, three):
        ids = [o.pk for o in three]
        first = SharedList.for_ids("ar", ids)
        again = SharedList.for_ids("ar", ids)
        assert first.pk == again.pk and re.fullmatch(r"[a-z2-7]{8}", first.code)
        assert SharedList.for_ids("de", ids).code != first.code
        assert SharedList.for_ids("ar", ids[::-1]).code != first.code
        assert SharedList.objects.count() == 3

    def test_a_code_taken_by_another_list_is_never_reused(self, three):
        ids = [three[0].pk]
        # Another list that happens to hash to the same first 8 characters.
        SharedList.objects.create(
            code=SharedList.code_for("ar", ids), language="de", offer_ids="999"
        )
        shared = SharedList.for_ids("ar", ids)
        assert shared.code == SharedList.code_for("ar", ids, 9)
        assert SharedList.for_ids("ar", ids).pk == shared.pk  # and it stays that code

    def test_a_short_link_opens_the_list_in_its_language(self, client, three):
        shared = SharedList.for_ids("ar", [three[1].pk, three[0].pk])
        response = client.get(f"/s/{shared.code}")
        assert response.status_code == 302
        assert response["Location"] == f"/ar/list/for-you/?offers={three[1].pk}%2C{three[0].pk}"
        assert client.get(f"/s/{shared.code.upper()}").status_code == 302

    def test_an_unknown_code_is_not_found(self, client):
        assert client.get("/s/zzzzzzzz").status_code == 404

    def test_short_codes_keep_nothing_but_ids_and_language(self):
        fields = {field.name for field in SharedList._meta.get_fields()}
        assert fields == {"id", "code", "language", "offer_ids", "created"}


class TestSending:
    def share(self, client, three, query):
        return client.get(f"/de/list/?offers={ids_of(three)}&{query}").context

    def test_the_link_to_send_is_the_short_link_in_the_clients_language(self, client, three):
        context = self.share(client, three, "language=ar")
        code = SharedList.objects.get(language="ar").code
        assert context["share_url"] == f"http://testserver/s/{code}"
        assert client.get(f"/s/{code}")["Location"].startswith("/ar/list/")

    def test_whatsapp_link_carries_the_message_in_the_clients_language(self, client, three):
        context = self.share(client, three, "language=ar")
        url = urlsplit(context["whatsapp_url"])
        assert (url.scheme, url.netloc, url.path) == ("https", "wa.me", "/")
        text = parse_qs(url.query)["text"][0]
        assert text == f"عروض لك على {settings.SITE_NAME}: {context['share_url']}"

    def test_mail_link_has_subject_and_body_encoded(self, client, three):
        context = self.share(client, three, "language=de")
        url = context["mailto_url"]
        assert url.startswith("mailto:?subject=")
        assert " " not in url and "\n" not in url
        fields = {k: v[0] for k, v in parse_qs(url.removeprefix("mailto:?")).items()}
        assert fields["subject"] == "Angebote für Sie"
        assert fields["body"].endswith(context["share_url"])
        # RFC 6068: a space is %20 (a "+" would stay a plus sign in many mail programs).
        assert "Angebote%20f%C3%BCr%20Sie" in url

    def test_an_unknown_client_language_falls_back_to_the_page_language(self, client, three):
        context = self.share(client, three, "language=xx")
        assert context["client_language"] == "de"
        assert unquote(context["whatsapp_url"]).startswith("https://wa.me/?text=Angebote")


class TestHandout:
    def handout(self, client, three, page="de", language="ar"):
        response = client.get(f"/{page}/list/handout/?offers={ids_of(three)}&language={language}")
        assert response.status_code == 200
        return response.content.decode()

    def test_the_handout_is_in_the_clients_language_inside_the_advisors_page(self, client, three):
        html = self.handout(client, three)
        assert '<html lang="de" dir="ltr"' in html
        assert re.search(r'<article class="handout" lang="ar" dir="rtl"', html)
        handout = html[html.index('<article class="handout"') :]
        assert "عروض لك" in handout and "دورة ألمانية A1" in handout
        assert "Deutschkurs A1" not in handout
        # The page around it stays German for the advisor.
        assert "Zurück zur Liste" in html

    def test_one_section_per_offer_with_its_own_qr_code(self, client, three):
        html = self.handout(client, three)
        assert html.count('<section class="handout-offer"') == 3
        assert html.count('<svg role="img"') == 4  # the list's and one per offer
        assert html.count("رمز QR: هذا العرض على الموقع") == 3

    def test_each_offer_shows_place_hours_contacts_and_date(self, client, three):
        html = self.handout(client, three, language="de")
        assert "Stiftsstraße 8, 50126 Kerpen" in html
        assert "Leyla Demir" in html and "02237 500-1" in html
        assert "Montag" in html and "09:00–12:00" in html
        assert "Stand der Angaben:" in html and "Gedruckt am" in html

    def test_the_list_link_on_the_handout_is_the_permanent_short_link(self, client, three):
        html = self.handout(client, three)
        code = SharedList.objects.get(language="ar").code
        assert f"http://testserver/s/{code}" in html

    def test_an_empty_handout_is_not_found(self, client):
        assert client.get("/de/list/handout/?offers=abc").status_code == 404

    @override_settings(LANGUAGE_CODE="de")
    def test_an_unknown_handout_language_falls_back_to_the_page(self, client, three):
        html = self.handout(client, three, page="en", language="sw")
        assert '<article class="handout" lang="en" dir="ltr"' in html

    def test_queries_do_not_grow_with_the_number_of_offers(
        self, client, three, django_assert_max_num_queries
    ):
        with django_assert_max_num_queries(40) as few:
            self.handout(client, three[:1])
        with django_assert_max_num_queries(40) as many:
            self.handout(client, three)
        # Creating a new short link costs the same for both; the rest must not grow.
        assert len(many.captured_queries) == len(few.captured_queries)


class TestTheClientsPage:
    def test_read_only_with_addresses_phone_numbers_and_the_way(self, client, three):
        ids = ",".join(str(offer.pk) for offer in three)
        html = client.get(f"/ar/list/for-you/?offers={ids}").content.decode()
        assert "عروض لك" in html
        assert "shortlist-remove" not in html and "handout-box" not in html
        assert html.count('class="client-offer"') == 3
        assert 'href="tel:' in html or all(not o.provider.phone for o in three)
        assert "#way" in html
        assert 'name="language"' not in html  # no advisor's tools

    def test_an_empty_or_garbled_list_is_a_normal_page(self, client):
        for query in ("", "?offers=abc", "?offers=999999"):
            response = client.get(f"/de/list/for-you/{query}")
            assert response.status_code == 200
            assert "keine Angebote mehr" in response.content.decode()
