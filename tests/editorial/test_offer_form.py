"""The offer form as editors and translators use it for thousands of offers: German with one
chosen target language beside it (not one tab per field and language), the translation state
per language at the top, right-to-left inputs for right-to-left languages, and saving that
never touches the languages the form did not show."""

import re

import pytest

from offers.models import EditorScope
from tests.admin_forms import changeform_data, form_errors
from tests.factories import ContactPersonFactory, LocationFactory, OfferFactory, ProviderFactory

pytestmark = pytest.mark.django_db


def change_url(offer, query=""):
    return f"/admin/offers/offer/{offer.pk}/change/{query}"


def form_fields(response) -> set[str]:
    return set(response.context["adminform"].form.fields)


def states(client, offer) -> dict[str, str]:
    """The translation state the form shows for each target language."""
    links = client.get(change_url(offer)).context["language_links"]
    return {link["code"]: link["state"] for link in links}


def input_tag(html: str, name: str) -> str:
    return re.search(rf'<(?:input|textarea)\b[^>]*\sname="{name}"[^>]*>', html).group(0)


@pytest.fixture
def offer():
    offer = OfferFactory(
        title_de="Sprachcafé", title_en="Language café", title_ar="مقهى اللغة", title_fa="",
        summary_fa="",
    )  # fmt: skip
    LocationFactory(offer=offer, name_de="Stadtbücherei", name_ar="المكتبة")
    return offer


def test_the_form_shows_german_and_one_target_language_not_every_language(editor_client, offer):
    page = editor_client.get(change_url(offer))
    fields = form_fields(page)
    assert {"title_de", "title_en", "summary_de", "summary_en"} <= fields
    assert not {name for name in fields if name.endswith(("_ar", "_fa", "_uk", "_kmr"))}
    assert "ui-tabs" not in page.content.decode()
    places = page.context["inline_admin_formsets"]
    location_fields = next(i for i in places if i.formset.prefix == "locations").formset.form
    assert {"name_de", "name_en"} <= set(location_fields.base_fields)
    assert "name_ar" not in location_fields.base_fields


def test_the_chosen_language_is_shown_and_remembered_for_the_next_offer(editor_client, offer):
    page = editor_client.get(change_url(offer, "?lang=fa"))
    assert {"title_de", "title_fa"} <= form_fields(page)
    assert "title_en" not in form_fields(page)
    other = OfferFactory()
    assert "title_fa" in form_fields(editor_client.get(change_url(other)))


def test_an_unknown_language_in_the_address_is_ignored(editor_client, offer):
    page = editor_client.get(change_url(offer, "?lang=xx%3Cscript%3E"))
    assert page.status_code == 200
    assert "title_en" in form_fields(page)


def test_saving_keeps_the_languages_the_form_did_not_show(editor_client, offer):
    offer.title_fa = "کافه زبان"
    offer.save()
    page = editor_client.get(change_url(offer, "?lang=ar"))
    data = changeform_data(page)
    data["title_ar"] = "مقهى اللغة الجديد"
    response = editor_client.post(change_url(offer, "?lang=ar"), data)
    assert response.status_code == 302, form_errors(response)
    offer.refresh_from_db()
    assert offer.title_ar == "مقهى اللغة الجديد"
    assert (offer.title_fa, offer.title_en) == ("کافه زبان", "Language café")
    assert offer.locations.get().name_ar == "المكتبة"


def test_a_form_saves_the_language_it_showed_though_another_tab_chose_another(editor_client, offer):
    """Tab one shows Arabic; tab two then switches to Farsi; tab one saves."""
    first_tab = changeform_data(editor_client.get(change_url(offer, "?lang=ar")))
    editor_client.get(change_url(offer, "?lang=fa"))
    first_tab["title_ar"] = "مقهى"
    offer.title_fa = "کافه"
    offer.save()
    first_tab["seen_version"] = str(offer.lock_version)
    response = editor_client.post(change_url(offer), first_tab)
    assert response.status_code == 302, form_errors(response)
    offer.refresh_from_db()
    assert (offer.title_ar, offer.title_fa) == ("مقهى", "کافه")


def test_inputs_say_their_language_and_rtl_languages_are_written_right_to_left(
    editor_client, offer
):
    html = editor_client.get(change_url(offer, "?lang=fa")).content.decode()
    farsi = input_tag(html, "title_fa")
    assert 'lang="fa"' in farsi and 'dir="rtl"' in farsi
    german = input_tag(html, "description_de")
    assert 'lang="de"' in german and 'dir="ltr"' in german
    assert 'dir="rtl"' in input_tag(html, "locations-0-name_fa")
    provider_html = editor_client.get(
        f"/admin/offers/provider/{ProviderFactory().pk}/change/?lang=ps"
    ).content.decode()
    assert 'dir="rtl"' in input_tag(provider_html, "name_ps")


def test_the_translation_state_of_every_language_is_listed_at_the_top(editor_client, offer):
    offer.title_uk, offer.summary_uk = "Мовне кафе", "Розмовляти німецькою."
    offer.description_uk = "Щосереди."
    offer.save()
    offer.record_translation("ru", made_from=offer.german_digest(), by_machine=True)
    offer.title_ru, offer.summary_ru = "Языковое кафе", "Говорить по-немецки."
    offer.description_ru = "По средам."
    offer.save()
    offer.title_de = "Sprachcafé am Markt"  # the German text changes: translations outdated
    offer.save()
    shown = states(editor_client, offer)
    assert (shown["fa"], shown["uk"]) == ("missing", "outdated")
    offer.confirm_translation("ru")
    offer.save()
    assert states(editor_client, offer)["ru"] == "complete"
    html = editor_client.get(change_url(offer)).content.decode()
    assert 'class="missing-language">missing</span>' in html
    assert 'aria-current="true"' in html


def test_machine_made_translations_are_marked_until_checked(editor_client, offer):
    offer.record_translation("tr", made_from=offer.german_digest(), by_machine=True)
    offer.title_tr, offer.summary_tr = "Dil kafesi", "Almanca konuşun."
    offer.description_tr = "Her çarşamba."
    offer.save()
    assert states(editor_client, offer)["tr"] == "machine"


def test_a_translator_writes_beside_german_in_their_own_languages_only(client, offer, editor):
    from django.contrib.auth.models import Group

    from offers.roles import TRANSLATORS

    editor.groups.set([Group.objects.get(name=TRANSLATORS)])
    EditorScope.objects.create(user=editor, languages=["fa", "ps"])
    client.force_login(editor)
    page = client.get(change_url(offer, "?lang=ar"))  # not theirs: their first language
    assert page.status_code == 200
    assert [link["code"] for link in page.context["language_links"]] == ["fa", "ps"]
    fields = form_fields(page)
    assert {"title_fa", "summary_fa"} <= fields and "title_de" not in fields
    assert "Sprachcafé" in page.content.decode()  # the German text, to translate from
    data = changeform_data(page)
    data.update(title_fa="کافه زبان", summary_fa="آلمانی صحبت کنید.")
    response = client.post(change_url(offer), data)
    assert response.status_code == 302, form_errors(response)
    offer.refresh_from_db()
    assert (offer.title_fa, offer.title_ar) == ("کافه زبان", "مقهى اللغة")


def test_contact_people_show_their_translated_fields_side_by_side(editor_client, offer):
    ContactPersonFactory(offer=offer, role_de="Beraterin", role_ar="مستشارة")
    page = editor_client.get(change_url(offer, "?lang=ar"))
    contacts = next(
        i for i in page.context["inline_admin_formsets"] if i.formset.prefix == "contacts"
    )
    names = set(contacts.formset.form.base_fields)
    assert {"role_de", "role_ar", "office_hours_de", "office_hours_ar"} <= names
    assert "role_en" not in names
