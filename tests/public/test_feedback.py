"""Visitors report problems and suggest offers: no account, no third parties, spam kept
out, the editors told, and a thank-you page in the visitor's language."""

import time

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail, signing
from django.test import override_settings

from offers.models import EditorScope, FeedbackStatus, OfferSuggestion, ProblemReport
from offers.public.feedback import SALT
from offers.roles import EDITORS, MUNICIPALITY_EDITORS
from tests.factories import LocationFactory, MunicipalityFactory, OfferFactory

pytestmark = pytest.mark.django_db


def started(seconds_ago=10):
    return signing.dumps(time.time() - seconds_ago, salt=SALT)


@pytest.fixture
def offer():
    offer = OfferFactory(title_de="Sprachcafé")
    LocationFactory(offer=offer, municipality=MunicipalityFactory(name="Kerpen", slug="kerpen"))
    return offer


@pytest.fixture
def editors(offer):
    editor = User.objects.create_user("e", "redaktion@kreis.example", "x", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    local = User.objects.create_user("m", "kerpen@kreis.example", "x", is_staff=True)
    local.groups.add(Group.objects.get(name=MUNICIPALITY_EDITORS))
    EditorScope.objects.create(user=local).municipalities.set(
        [offer.locations.first().municipality]
    )
    elsewhere = User.objects.create_user("b", "bergheim@kreis.example", "x", is_staff=True)
    elsewhere.groups.add(Group.objects.get(name=MUNICIPALITY_EDITORS))
    return editor, local, elsewhere


def report(client, offer, lang="ar", **data):
    return client.post(
        f"/{lang}/offers/{offer.pk}/report/",
        {"problem": "contact", "message": "Die Nummer stimmt nicht.", "started": started(), **data},
    )


def test_offer_page_links_to_the_report_form(client, offer):
    html = client.get(f"/de/offers/{offer.pk}/{offer.slug}/").content.decode()
    assert f"/de/offers/{offer.pk}/report/" in html
    assert "/de/suggest/" in html


def test_a_report_reaches_the_queue_and_the_editors_of_its_town(client, offer, editors):
    response = report(client, offer, email="rana@example.org")
    assert response.status_code == 302 and response["Location"] == "/ar/thanks/"
    saved = ProblemReport.objects.get()
    assert (saved.offer, saved.problem, saved.status, saved.language) == (
        offer, "contact", FeedbackStatus.NEW, "ar",
    )  # fmt: skip
    assert saved.email == "rana@example.org" and saved.offer_title == "Sprachcafé"
    [message] = mail.outbox
    assert sorted(message.to) == ["kerpen@kreis.example", "redaktion@kreis.example"]
    assert "Sprachcafé" in message.subject
    assert f"/admin/offers/problemreport/{saved.pk}/change/" in message.body


def test_thank_you_page_in_the_visitors_language(client):
    html = client.get("/ar/thanks/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html and "<h1>" in html


def test_a_suggestion_needs_no_account(client, editors):
    response = client.post(
        "/de/suggest/",
        {"title": "Nähcafé", "description": "Jeden Montag im Pfarrheim.", "place": "Bedburg",
         "started": started()},
    )  # fmt: skip
    assert response.status_code == 302
    assert OfferSuggestion.objects.get().title == "Nähcafé"
    assert mail.outbox[0].to == ["redaktion@kreis.example"]


@override_settings(FEEDBACK_EMAILS=["postfach@kreis.example"])
def test_a_fixed_mailbox_can_receive_all_messages(client, offer, editors):
    report(client, offer)
    assert mail.outbox[0].to == ["postfach@kreis.example"]


class TestSpam:
    def test_the_honeypot_field_is_hidden_and_filled_only_by_bots(self, client, offer):
        html = client.get(f"/de/offers/{offer.pk}/report/").content.decode()
        assert '<div class="hp">' in html
        response = report(client, offer, homepage="http://spam.example")
        assert response.status_code == 200 and not ProblemReport.objects.exists()

    def test_too_fast_or_stale_or_forged_forms_are_refused(self, client, offer):
        for stamp in (started(seconds_ago=0), "forged", started(seconds_ago=2 * 86400)):
            response = report(client, offer, started=stamp)
            assert response.status_code == 200
        assert not ProblemReport.objects.exists()

    @override_settings(FEEDBACK_PER_HOUR=2)
    def test_rate_limit_per_connection(self, client, offer):
        assert report(client, offer).status_code == 302
        assert report(client, offer).status_code == 302
        response = report(client, offer)
        assert response.status_code == 429
        assert ProblemReport.objects.count() == 2
        other = client.post(
            f"/de/offers/{offer.pk}/report/",
            {"problem": "moved", "started": started()},
            REMOTE_ADDR="203.0.113.9",
        )
        assert other.status_code == 302

    def test_no_address_is_stored(self, client, offer):
        report(client, offer, REMOTE_ADDR="198.51.100.7")
        saved = ProblemReport.objects.get()
        assert "198.51.100.7" not in str(saved.__dict__)


class TestBadInput:
    def test_missing_choice_and_overlong_text_are_explained(self, client, offer):
        response = report(client, offer, lang="de", problem="", message="x" * 2001)
        assert response.status_code == 200
        errors = response.context["form"].errors
        assert "problem" in errors and "message" in errors
        assert not ProblemReport.objects.exists()

    def test_hostile_text_is_stored_as_text_and_escaped_in_the_admin(
        self, client, offer, editor_client
    ):
        report(client, offer, message='<script>alert("x")</script>')
        saved = ProblemReport.objects.get()
        page = editor_client.get(f"/admin/offers/problemreport/{saved.pk}/change/")
        assert '<script>alert("x")</script>' not in page.content.decode()
        assert "&lt;script&gt;" in page.content.decode()

    def test_reports_only_for_public_offers(self, client, offer):
        offer.status = "draft"
        offer.save()
        assert client.get(f"/de/offers/{offer.pk}/report/").status_code == 404


def test_the_reports_offer_link_leads_to_the_offer_from_list_and_detail(
    client, offer, editor_client
):
    """Issue 16: the detail page linked to a relative address that does not exist."""
    report(client, offer)
    saved = ProblemReport.objects.get()
    target = f'href="/admin/offers/offer/{offer.pk}/change/"'
    for url in ("/admin/offers/problemreport/", f"/admin/offers/problemreport/{saved.pk}/change/"):
        assert target in editor_client.get(url).content.decode(), url
    assert editor_client.get(f"/admin/offers/offer/{offer.pk}/change/").status_code == 200


def test_moderation_actions_record_who_handled_it(client, offer, editor_client, editor):
    report(client, offer, email="rana@example.org")
    saved = ProblemReport.objects.get()
    editor_client.post(
        "/admin/offers/problemreport/",
        {"action": "mark_done", "_selected_action": [saved.pk], "index": 0},
    )
    saved.refresh_from_db()
    assert (saved.status, saved.handled_by) == (FeedbackStatus.DONE, editor)
    assert saved.email == ""  # deleted once handled, as the form promises
