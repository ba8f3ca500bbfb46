"""Keeping 2,000 offers current: what needs attention, one-click "still current",
translation status, drafts previewed, and no edit ever lost."""

import datetime
import html
import re

import pytest
from django.utils import timezone
from reversion.models import Version

from offers.models import LinkCheck, Offer, OfferStatus, ProblemReport
from tests.admin_forms import changeform_data, form_errors
from tests.factories import LocationFactory, OfferFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


class TestStartPage:
    def test_counts_link_to_the_matching_lists(self, editor_client):
        OfferFactory(last_verified=TODAY - datetime.timedelta(days=500))
        OfferFactory(valid_until=TODAY + datetime.timedelta(days=10))
        OfferFactory(valid_until=TODAY - datetime.timedelta(days=1))
        OfferFactory(status=OfferStatus.DRAFT)
        OfferFactory(title_ar="", summary_ar="")
        ProblemReport.objects.create(offer_title="X", problem="other", language="de")
        items = {item.label: item for item in editor_client.get("/admin/").context["attention"]}
        assert items["Not checked for more than 12 months"].count == 1
        assert items["Ending within 30 days"].count == 1
        assert items["Ended, still published"].count == 1
        assert items["Drafts awaiting review"].count == 1
        translations = {
            row["code"]: row for row in editor_client.get("/admin/").context["translations"]
        }
        assert (translations["ar"]["missing"], translations["ar"]["percent"]) == (1, 80)  # 4 of 5
        assert "de" not in translations  # the source language is required, never translated
        assert items["New problem reports from visitors"].count == 1
        missing_arabic = editor_client.get("/admin/offers/offer/?translation=missing-ar")
        assert len(missing_arabic.context["cl"].result_list) == 1
        for label, expected in [
            ("Ending within 30 days", 1),
            ("Drafts awaiting review", 1),
        ]:
            listed = editor_client.get(items[label].url).context["cl"].result_list
            assert len(listed) == expected, label

    def test_every_count_is_the_length_of_the_list_it_links_to(self, editor_client):
        """Issue 16: counts included drafts while their lists showed published offers only."""
        old = TODAY - datetime.timedelta(days=500)
        for status in OfferStatus.values:
            OfferFactory(status=status, last_verified=old, website="https://kaputt.example/")
            OfferFactory(status=status, title_ar="", summary_ar="")
            OfferFactory(status=status, valid_until=TODAY + datetime.timedelta(days=10))
        LinkCheck.objects.create(
            url="https://kaputt.example/", ok=False, status_code=404, checked=timezone.now()
        )
        start = editor_client.get("/admin/")

        def listed(url):
            return editor_client.get(url).context["cl"].result_count

        for item in start.context["attention"]:
            if "/offers/offer/" in item.url:
                assert listed(item.url) == item.count, item.label
        page = start.content.decode()
        links = re.findall(r'href="(/admin/offers/offer/\?translation=[^"]+)">(\d+)</a>', page)
        assert links
        for url, count in links:
            assert listed(html.unescape(url)) == int(count), url
        translations = editor_client.get("/admin/offers/offer/translations/").content.decode()
        links = re.findall(
            r'href="(/admin/offers/offer/\?translation=[^"]+)">(\d+)</a>', translations
        )
        assert links
        for url, count in links:
            assert listed(html.unescape(url)) == int(count), url


class TestStillCurrent:
    def test_one_click_from_the_list(self, editor_client, editor):
        offer = OfferFactory(last_verified=None)
        page = editor_client.get("/admin/offers/offer/").content.decode()
        assert f'form="verify-{offer.pk}"' in page and f'id="verify-{offer.pk}"' in page
        response = editor_client.post(
            f"/admin/offers/offer/{offer.pk}/verify/", {"next": "/admin/offers/offer/?q=x"}
        )
        assert response["Location"] == "/admin/offers/offer/?q=x"
        offer.refresh_from_db()
        assert (offer.last_verified, offer.verified_by) == (TODAY, editor)
        assert Version.objects.get_for_object(offer).first().revision.user == editor

    def test_one_click_from_the_change_page(self, editor_client):
        offer = OfferFactory(last_verified=None)
        page = editor_client.get(f"/admin/offers/offer/{offer.pk}/change/").content.decode()
        assert 'form="verify-offer"' in page
        editor_client.post(f"/admin/offers/offer/{offer.pk}/verify/")
        offer.refresh_from_db()
        assert offer.last_verified == TODAY

    def test_only_by_post(self, editor_client):
        offer = OfferFactory(last_verified=None)
        assert editor_client.get(f"/admin/offers/offer/{offer.pk}/verify/").status_code == 405


class TestTranslationStatus:
    def test_changing_the_german_text_makes_translations_outdated(self, editor_client):
        offer = OfferFactory()
        assert offer.translation_state("ar") == "complete"
        offer.title_de = "Deutschkurs am Abend"
        offer.save()
        assert offer.translation_state("ar") == "outdated"
        assert offer.translation_state("de") == "complete"
        listed = editor_client.get("/admin/offers/offer/?translation=outdated-ar")
        assert list(listed.context["cl"].result_list) == [offer]
        assert 'class="outdated-language"' in listed.content.decode()

    def test_a_new_translation_is_current_and_can_be_confirmed(self, editor_client):
        offer = OfferFactory()
        offer.title_de = "Neu"
        offer.save()
        offer.title_ar = "جديد"
        offer.save()
        assert offer.translation_state("ar") == "complete"
        assert offer.translation_state("en") == "outdated"
        editor_client.post(
            "/admin/offers/offer/",
            {"action": "confirm_translation_en", "_selected_action": [offer.pk], "index": 0},
        )
        offer.refresh_from_db()
        assert offer.translation_state("en") == "complete"

    def test_missing_is_missing(self):
        assert OfferFactory(summary_ar="").translation_state("ar") == "missing"


class TestPreview:
    def test_staff_preview_drafts_marked_and_not_indexed(self, editor_client, client):
        draft = OfferFactory(status=OfferStatus.DRAFT, title_de="Entwurf")
        assert client.get(f"/de/offers/{draft.pk}/{draft.slug}/").status_code == 404
        page = editor_client.get(f"/de/offers/{draft.pk}/preview/").content.decode()
        assert "Entwurf" in page and "preview-notice" in page and "noindex" in page
        change = editor_client.get(f"/admin/offers/offer/{draft.pk}/change/").content.decode()
        assert f"/de/offers/{draft.pk}/preview/" in change or "preview" in change


class TestNoLostEdits:
    def edit(self, client, offer, **changes):
        data = changeform_data(client.get(f"/admin/offers/offer/{offer.pk}/change/"))
        return data, lambda: client.post(
            f"/admin/offers/offer/{offer.pk}/change/", {**data, **changes}
        )

    def test_the_second_save_is_refused_and_shows_what_changed(self, editor_client):
        offer = OfferFactory(title_de="Sprachcafé")
        LocationFactory(offer=offer)
        _d, save = self.edit(editor_client, offer)
        assert save().status_code == 302  # the history has the version both editors open
        _first_data, first_save = self.edit(editor_client, offer, title_de="Sprachcafé Sindorf")
        _second_data, second_save = self.edit(editor_client, offer, summary_de="Neu erklärt.")
        assert first_save().status_code == 302
        response = second_save()
        assert response.status_code == 200
        page = response.content.decode()
        assert "saved this offer while you were editing it" in page
        assert "Sprachcafé → Sprachcafé Sindorf" in page
        offer.refresh_from_db()
        assert offer.title_de == "Sprachcafé Sindorf" and offer.summary_de != "Neu erklärt."
        # The editor's own input is still in the form.
        assert response.context["adminform"].form["summary_de"].value() == "Neu erklärt."

    def test_without_history_the_differences_to_the_saved_offer_are_shown(self, editor_client):
        offer = OfferFactory(title_de="Sprachcafé")  # imported in bulk: no version yet
        LocationFactory(offer=offer)
        _d, first_save = self.edit(editor_client, offer, title_de="Sprachcafé Sindorf")
        _s, second_save = self.edit(editor_client, offer, summary_de="Neu erklärt.")
        first_save()
        page = second_save().content.decode()
        assert "Where your form and the saved offer now differ" in page
        assert "Sprachcafé → Sprachcafé Sindorf" in page

    def test_after_seeing_the_conflict_the_editor_may_save_over_it(self, editor_client):
        offer = OfferFactory(title_de="Sprachcafé")
        LocationFactory(offer=offer)
        _d, first_save = self.edit(editor_client, offer, title_de="Sprachcafé Sindorf")
        _data, second_save = self.edit(editor_client, offer, summary_de="Neu erklärt.")
        first_save()
        refused = second_save()
        again = changeform_data(refused)
        again["overwrite"] = "on"
        response = editor_client.post(f"/admin/offers/offer/{offer.pk}/change/", again)
        assert response.status_code == 302
        offer.refresh_from_db()
        assert offer.summary_de == "Neu erklärt."

    def revision_url(self, offer, version):
        return f"/admin/offers/offer/{offer.pk}/history/{version.pk}/"

    def saved_twice(self, client):
        offer = OfferFactory(title_de="Sprachcafé")
        LocationFactory(offer=offer)
        for title in ("Sprachcafé", "Sprachcafé Sindorf"):
            _data, save = self.edit(client, offer, title_de=title)
            assert save().status_code == 302
        first, _second = Version.objects.get_for_object(offer).order_by("pk")
        return offer, first

    def test_an_earlier_version_is_restored_from_the_history_page(self, editor_client):
        offer, first = self.saved_twice(editor_client)
        page = editor_client.get(self.revision_url(offer, first))
        # What the page renders is what a browser sends back (changeform_data).
        response = editor_client.post(self.revision_url(offer, first), changeform_data(page))
        assert response.status_code == 302, form_errors(response)
        offer.refresh_from_db()
        assert offer.title_de == "Sprachcafé"
        numbers = [v.field_dict["lock_version"] for v in Version.objects.get_for_object(offer)]
        assert numbers == sorted(set(numbers), reverse=True)  # every save a new, higher number

    def test_a_revert_after_someone_else_saved_is_a_conflict(self, editor_client):
        offer, first = self.saved_twice(editor_client)
        page = editor_client.get(self.revision_url(offer, first))
        _data, other_save = self.edit(editor_client, offer, summary_de="Neu erklärt.")
        assert other_save().status_code == 302
        response = editor_client.post(self.revision_url(offer, first), changeform_data(page))
        assert response.status_code == 200
        assert "saved this offer while you were editing it" in response.content.decode()
        offer.refresh_from_db()
        assert offer.title_de == "Sprachcafé Sindorf" and offer.summary_de == "Neu erklärt."
        # Seen the conflict, the editor may revert over it deliberately.
        again = changeform_data(response)
        again["overwrite"] = "on"
        response = editor_client.post(self.revision_url(offer, first), again)
        assert response.status_code == 302, form_errors(response)
        offer.refresh_from_db()
        assert offer.title_de == "Sprachcafé"

    def test_a_form_opened_before_a_revert_meets_a_conflict_after_it(self, editor_client):
        offer, first = self.saved_twice(editor_client)
        _data, stale_save = self.edit(editor_client, offer, summary_de="Neu erklärt.")
        page = editor_client.get(self.revision_url(offer, first))
        assert (
            editor_client.post(self.revision_url(offer, first), changeform_data(page)).status_code
            == 302
        )
        response = stale_save()
        assert response.status_code == 200
        assert "saved this offer while you were editing it" in response.content.decode()
        offer.refresh_from_db()
        assert offer.title_de == "Sprachcafé" and offer.summary_de != "Neu erklärt."

    def test_two_versions_are_compared_field_by_field_places_included(self, editor_client):
        offer, first = self.saved_twice(editor_client)
        data, _save = self.edit(editor_client, offer)
        data.update({"summary_de": "Neu erklärt.", "locations-0-street": "Neuer Weg 5"})
        assert (
            editor_client.post(f"/admin/offers/offer/{offer.pk}/change/", data).status_code == 302
        )
        newest = Version.objects.get_for_object(offer).first()
        history = editor_client.get(f"/admin/offers/offer/{offer.pk}/history/").content.decode()
        assert (
            f'name="a" value="{first.pk}"' in history and "Compare the chosen versions" in history
        )
        page = editor_client.get(
            f"/admin/offers/offer/{offer.pk}/history/compare/?a={newest.pk}&b={first.pk}"
        )
        rows = {column: (old, new) for column, old, new in page.context["rows"]}
        assert rows["title_de"] == ("Sprachcafé", "Sprachcafé Sindorf")
        assert rows["summary_de"][1] == "Neu erklärt."
        assert rows["location1_street"][1] == "Neuer Weg 5"
        assert "lock_version" not in rows and "external_id" not in rows
        assert (
            editor_client.get(
                f"/admin/offers/offer/{offer.pk}/history/compare/?a=x&b=1"
            ).status_code
            == 404
        )

    def test_a_deleted_offer_can_be_recovered_with_its_places(self, editor_client):
        offer = OfferFactory(title_de="Gelöscht")
        LocationFactory(offer=offer, street="Weg 1")
        response = editor_client.post(f"/admin/offers/offer/{offer.pk}/delete/", {"post": "yes"})
        assert response.status_code == 302 and not Offer.objects.exists()
        recover = editor_client.get("/admin/offers/offer/recover/")
        [version] = recover.context["deleted"]
        form = editor_client.get(f"/admin/offers/offer/recover/{version.pk}/")
        assert (
            editor_client.post(
                f"/admin/offers/offer/recover/{version.pk}/", changeform_data(form)
            ).status_code
            == 302
        )
        restored = Offer.objects.get()
        assert restored.title_de == "Gelöscht" and restored.locations.get().street == "Weg 1"
