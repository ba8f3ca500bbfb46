"""What people looked for and did not find: counted per day, language and folded query with
nothing about who asked, shown on the start page from three requests on, and added to a
topic's search terms with one click — after which the word finds that topic's offers."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from offers import services
from offers.models import SearchTerm, UnfoundSearch
from tests.factories import LocationFactory, OfferFactory, category

pytestmark = pytest.mark.django_db


def search(client, query, language="fa", **filters):
    return client.get(f"/{language}/offers/", {"q": query, **filters})


def test_a_search_that_finds_nothing_is_counted_without_who_asked(client):
    OfferFactory(title_de="Deutschkurs")
    for _request in range(2):
        response = search(client, "  کارت اقامت  ")
        assert response.cookies == {}
    search(client, "كارت اقامت")  # the Arabic letter forms fold to the same query
    search(client, "Deutschkurs")  # found something: not counted
    search(client, "xyz", free="on")  # with a filter: not counted either
    (row,) = UnfoundSearch.objects.all()
    assert (row.day, row.language, row.query, row.count) == (
        timezone.localdate(),
        "fa",
        "كارت اقامت",
        3,
    )
    assert {f.name for f in UnfoundSearch._meta.fields} == {"id", "day", "language", "query",
                                                             "count"}  # fmt: skip


@override_settings(UNFOUND_SEARCH_KEEP_DAYS=90)
def test_counts_older_than_the_keeping_time_are_deleted():
    old = timezone.localdate() - datetime.timedelta(days=91)
    UnfoundSearch.objects.create(day=old, language="de", query="alt", count=5)
    kept = timezone.localdate() - datetime.timedelta(days=30)
    UnfoundSearch.objects.create(day=kept, language="de", query="neuer", count=5)
    services.count_unfound(query="heute", language="de")
    assert sorted(UnfoundSearch.objects.values_list("query", flat=True)) == ["heute", "neuer"]


def test_the_start_page_lists_them_and_one_click_adds_a_word_to_a_topic(editor_client):
    offer = OfferFactory(title_de="Ausländerbehörde Kerpen", categories=[category("behoerden")])
    LocationFactory(offer=offer)
    today = timezone.localdate()
    UnfoundSearch.objects.create(day=today, language="fa", query="كارت اقامت", count=4)
    UnfoundSearch.objects.create(day=today, language="fa", query="nur zweimal", count=2)
    page = editor_client.get("/admin/")
    html = page.content.decode()
    assert "كارت اقامت" in html and "nur zweimal" not in html  # shown from 3 requests on

    response = editor_client.post(
        "/admin/offers/searchterm/add-unfound/",
        {"query": "كارت اقامت", "language": "fa", "category": category("behoerden").pk},
    )
    assert response.status_code == 302
    term = SearchTerm.objects.get(folded="كارت اقامت")
    assert (term.language, term.category.slug, term.checked) == ("fa", "behoerden", True)
    assert not UnfoundSearch.objects.filter(query="كارت اقامت").exists()
    found = editor_client.get("/fa/offers/", {"q": "کارت اقامت"}).context["object_list"]
    assert [o.title_de for o in found] == ["Ausländerbehörde Kerpen"]


def test_only_those_who_may_add_search_terms_see_them(client, django_user_model):
    from django.contrib.auth.models import Group

    from offers.roles import TRANSLATORS

    UnfoundSearch.objects.create(day=timezone.localdate(), language="fa", query="واژه", count=9)
    translator = django_user_model.objects.create_user("t", password="x-very-long-1", is_staff=True)
    translator.groups.add(Group.objects.get(name=TRANSLATORS))
    client.force_login(translator)
    assert "واژه" not in client.get("/admin/").content.decode()
    response = client.post(
        "/admin/offers/searchterm/add-unfound/",
        {"query": "واژه", "language": "fa", "category": category("wohnen").pk},
    )
    assert response.status_code == 403
