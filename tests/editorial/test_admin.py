"""The editorial back office as an editor uses it: forms, lists, actions, versions."""

import datetime

import pytest
from django.utils import timezone
from reversion.models import Version

from offers.models import DemoDataset, Offer, OfferStatus
from tests.admin_forms import changeform_data, form_errors
from tests.factories import (
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    ProviderFactory,
    category,
    language,
)

pytestmark = pytest.mark.django_db
ADD_URL = "/admin/offers/offer/add/"
LIST_URL = "/admin/offers/offer/"


def change_url(offer):
    return f"/admin/offers/offer/{offer.pk}/change/"


def new_offer_data(response, provider, bergheim, kerpen):
    data = changeform_data(response)
    data.update(
        {
            "title_de": "Sprachcafé Sindorf",
            "title_en": "Language café Sindorf",
            "title_ar": "مقهى اللغة في زيندورف",
            "summary_de": "Deutsch sprechen üben, ohne Anmeldung.",
            "summary_en": "Practise speaking German, no registration.",
            "summary_ar": "تدرّب على التحدث بالألمانية دون تسجيل.",
            "description_de": "Jeden Mittwoch.",
            "provider": str(provider.pk),
            "status": OfferStatus.DRAFT,
            "cost": "free",
            "target_groups": [],
            "languages": [str(language("de").pk), str(language("ar").pk)],
            "category_links-0-category": str(category("sprachkurse").pk),
        }
    )
    first, second = "locations-0-", "locations-1-"
    data[f"{first}street"] = "Kerpener Straße 12"
    data[f"{first}postcode"] = "50170"
    data[f"{first}municipality"] = str(kerpen.pk)
    data[f"{first}latitude"] = "50.903533"
    data[f"{first}longitude"] = "6.679606"
    data[f"{first}wheelchair_access"] = "yes"
    for key in [k for k in data if k.startswith(first)]:
        data[second + key.removeprefix(first)] = data[key]
    data.update(
        {
            "locations-TOTAL_FORMS": "2",
            f"{second}street": "Hauptstraße 4",
            f"{second}postcode": "50126",
            f"{second}municipality": str(bergheim.pk),
            f"{second}latitude": "50.955300",
            f"{second}longitude": "6.639700",
            "opening_slots-TOTAL_FORMS": "1",
            "opening_slots-0-weekday": "2",
            "opening_slots-0-opens": "15:00",
            "opening_slots-0-closes": "17:00",
            "contacts-TOTAL_FORMS": "1",
            "contacts-0-name": "Rana Haddad",
            "contacts-0-role_de": "Integrationslotsin",
            "contacts-0-phone": "0221 4710-123",
            "contacts-0-email": "rana.haddad@fluechtlingshilfe.example",
            "contacts-0-languages": [str(language("ar").pk)],
            "contacts-0-sort_order": "0",
        }
    )
    return data


@pytest.fixture
def towns():
    return (
        MunicipalityFactory(name="Bergheim", official_key="05362008"),
        MunicipalityFactory(
            name="Kerpen", official_key="05362032", latitude=50.87, longitude=6.6961
        ),
    )


def create_through_admin(client, towns):
    provider = ProviderFactory()
    page = client.get(ADD_URL)
    assert page.status_code == 200
    response = client.post(ADD_URL, new_offer_data(page, provider, *towns))
    assert response.status_code == 302, form_errors(response)
    return Offer.objects.get(title_de="Sprachcafé Sindorf")


def test_editor_creates_an_offer_with_two_locations_and_a_contact(editor_client, towns):
    offer = create_through_admin(editor_client, towns)

    assert offer.status == OfferStatus.DRAFT
    assert sorted(loc.municipality.name for loc in offer.locations.all()) == ["Bergheim", "Kerpen"]
    contact = offer.contacts.get()
    assert (contact.name, contact.role_de) == ("Rana Haddad", "Integrationslotsin")
    assert [lang.code for lang in contact.languages.all()] == ["ar"]
    slots = [(s.weekday, s.opens, s.closes) for s in offer.opening_slots.all()]
    assert slots == [(2, datetime.time(15), datetime.time(17))]
    assert [c.slug for c in offer.categories.all()] == ["sprachkurse"]
    assert Version.objects.get_for_object(offer).count() == 1

    listing = editor_client.get(LIST_URL)
    assert "Language café Sindorf" in listing.content.decode()  # the interface language


def test_add_page_places_locations_on_a_map(editor_client, towns):
    html = editor_client.get(ADD_URL).content.decode()
    assert "coordinate-map" in html
    assert "offers/admin/coordinate-map.js" in html
    assert "leaflet/leaflet.js" in html
    assert '"municipality_centres"' in html


def test_vocabulary_tabs_load_the_vendored_jquery_ui_not_a_cdn(admin_client):
    # Categories, target groups and languages keep modeltranslation's tabs (few records,
    # every language set at once); offers and providers show languages side by side.
    html = admin_client.get("/admin/offers/category/add/").content.decode()
    assert "ajax.googleapis.com" not in html, "modeltranslation's CDN jQuery UI must not load"
    assert "vendor/jquery-ui/jquery-ui.min.js" in html


def test_offer_without_location_must_be_online_or_by_phone(editor_client, towns):
    page = editor_client.get(ADD_URL)
    data = new_offer_data(page, ProviderFactory(), *towns)
    data["locations-TOTAL_FORMS"] = "0"
    response = editor_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "Add at least one location" in response.content.decode()

    data["available_online"] = "on"
    assert editor_client.post(ADD_URL, data).status_code == 302


def test_offer_needs_a_category(editor_client, towns):
    page = editor_client.get(ADD_URL)
    data = new_offer_data(page, ProviderFactory(), *towns)
    data["category_links-0-category"] = ""
    response = editor_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert not Offer.objects.exists()


def test_overlapping_opening_hours_are_refused(editor_client, towns):
    page = editor_client.get(ADD_URL)
    data = new_offer_data(page, ProviderFactory(), *towns)
    data.update(
        {
            "opening_slots-TOTAL_FORMS": "2",
            "opening_slots-1-weekday": "2",
            "opening_slots-1-opens": "16:00",
            "opening_slots-1-closes": "18:00",
        }
    )
    response = editor_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "Opening times overlap" in response.content.decode()


def test_coordinates_outside_the_service_area_are_refused(editor_client, towns):
    page = editor_client.get(ADD_URL)
    data = new_offer_data(page, ProviderFactory(), *towns)
    data["locations-0-latitude"], data["locations-0-longitude"] = "6.679606", "50.903533"
    response = editor_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "look swapped" in response.content.decode()


def test_publish_action_publishes_and_records_a_version(editor_client, editor):
    draft = OfferFactory(status=OfferStatus.DRAFT)
    response = editor_client.post(
        LIST_URL, {"action": "publish", "_selected_action": [draft.pk]}, follow=True
    )
    assert "1 offer published." in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == OfferStatus.PUBLISHED
    version = Version.objects.get_for_object(draft).get()
    assert version.revision.user == editor
    assert "published" in version.revision.comment


def test_archive_and_mark_verified_actions(editor_client):
    offer = OfferFactory(last_verified=datetime.date(2024, 1, 1))
    editor_client.post(LIST_URL, {"action": "mark_verified_today", "_selected_action": [offer.pk]})
    offer.refresh_from_db()
    assert offer.last_verified == timezone.localdate()
    editor_client.post(LIST_URL, {"action": "archive", "_selected_action": [offer.pk]})
    offer.refresh_from_db()
    assert offer.status == OfferStatus.ARCHIVED
    assert offer not in Offer.objects.public()


def test_an_invalid_offer_is_not_published_and_the_editor_is_told_why(editor_client):
    broken = OfferFactory(status=OfferStatus.DRAFT)
    Offer.objects.filter(pk=broken.pk).update(website="https://not a web address")
    response = editor_client.post(
        LIST_URL, {"action": "publish", "_selected_action": [broken.pk]}, follow=True
    )
    assert "was not changed" in response.content.decode()
    broken.refresh_from_db()
    assert broken.status == OfferStatus.DRAFT


def test_editor_restores_an_earlier_version(editor_client, towns):
    offer = create_through_admin(editor_client, towns)

    page = editor_client.get(change_url(offer))
    data = changeform_data(page)
    data["title_de"] = "Sprachcafé Sindorf (neu)"
    data["locations-1-DELETE"] = "on"
    response = editor_client.post(change_url(offer), data)
    assert response.status_code == 302, form_errors(response)
    offer.refresh_from_db()
    assert offer.title_de == "Sprachcafé Sindorf (neu)"
    assert offer.locations.count() == 1

    history = editor_client.get(f"/admin/offers/offer/{offer.pk}/history/")
    assert history.status_code == 200
    first = Version.objects.get_for_object(offer).order_by("pk").first()
    revision_url = f"/admin/offers/offer/{offer.pk}/history/{first.pk}/"
    revision_page = editor_client.get(revision_url)
    assert revision_page.status_code == 200
    response = editor_client.post(revision_url, changeform_data(revision_page))
    assert response.status_code == 302, form_errors(response)

    offer.refresh_from_db()
    assert offer.title_de == "Sprachcafé Sindorf"
    assert offer.locations.count() == 2
    assert [c.slug for c in offer.categories.all()] == ["sprachkurse"]


class TestLists:
    @pytest.fixture
    def offers(self, towns):
        bergheim, kerpen = towns
        in_bergheim = LocationFactory(municipality=bergheim).offer
        in_kerpen = LocationFactory(
            municipality=kerpen, offer=OfferFactory(categories=[category("wohnen")])
        ).offer
        untranslated = OfferFactory(title_ar="", last_verified=None)
        return in_bergheim, in_kerpen, untranslated

    def listed(self, client, query):
        response = client.get(f"{LIST_URL}?{query}")
        assert response.status_code == 200
        return set(response.context["cl"].result_list)

    def test_filter_by_municipality(self, editor_client, offers, towns):
        assert self.listed(editor_client, f"municipality={towns[1].pk}") == {offers[1]}

    def test_filter_by_area_includes_its_subcategories(self, editor_client, offers):
        assert self.listed(editor_client, "category=leben") == {offers[1]}
        assert self.listed(editor_client, "category=sprachkurse") == {offers[0], offers[2]}

    def test_filter_by_missing_translation(self, editor_client, offers):
        assert self.listed(editor_client, "translation=missing-ar") == {offers[2]}

    def test_filter_by_verification(self, editor_client, offers):
        assert self.listed(editor_client, "verified=never") == {offers[2]}
        assert self.listed(editor_client, "verified=outdated") == {offers[2]}
        assert self.listed(editor_client, "verified=current") == {offers[0], offers[1]}

    def test_search_finds_arabic_titles(self, editor_client, offers):
        assert self.listed(editor_client, f"q={offers[0].title_ar}") == {offers[0]}

    def test_list_shows_towns_categories_and_missing_languages(self, editor_client, offers):
        html = editor_client.get(LIST_URL).content.decode()
        assert "Bergheim" in html and "Kerpen" in html
        assert 'class="missing-language"' in html

    def test_list_query_count_does_not_grow_with_offers(
        self, editor_client, offers, django_assert_max_num_queries
    ):
        with django_assert_max_num_queries(18) as few:
            editor_client.get(LIST_URL)
        for _ in range(20):
            LocationFactory(offer=OfferFactory())
        with django_assert_max_num_queries(18) as many:
            editor_client.get(LIST_URL)
        assert len(many.captured_queries) == len(few.captured_queries)

    def test_bad_filter_values_are_ignored(self, editor_client, offers):
        response = editor_client.get(
            f"{LIST_URL}?municipality=abc&translation=missing-xx&verified=zzz&validity=x&website=y"
        )
        assert response.status_code == 200
        assert len(response.context["cl"].result_list) == 3


def test_category_autocomplete_offers_only_subcategories(editor_client):
    response = editor_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "offers",
            "model_name": "offercategory",
            "field_name": "category",
            "term": "",
        },
    )
    assert response.status_code == 200
    slugs = {result["text"] for result in response.json()["results"]}
    assert "Living" not in slugs and "Leben" not in slugs
    assert len(slugs) >= 15


def test_editors_may_not_manage_user_accounts(editor_client):
    assert editor_client.get("/admin/auth/user/").status_code == 403
    assert editor_client.get(LIST_URL).status_code == 200


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(LIST_URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_demo_data_is_marked_in_the_admin(editor_client):
    assert 'class="demo-banner"' not in editor_client.get("/admin/").content.decode()
    DemoDataset.objects.create(seed=1, offer_count=0)
    assert 'class="demo-banner"' in editor_client.get("/admin/").content.decode()
