"""Language correctness on the public pages (issue 19): plural forms through gettext (Arabic
has six, Russian and Ukrainian three), mixed fragments isolated (a German town name and a
distance inside an Arabic line), the Arabic comma in lists, and one kind of digits per page
(a setting per language)."""

import re

import pytest
from django.utils import translation
from django.utils.translation import ngettext

from integrationmap.infrastructure.digits import with_digits
from tests.factories import LocationFactory, MunicipalityFactory, OfferFactory

pytestmark = pytest.mark.django_db

MINUTES = ("%(metres)s m, %(minutes)s minute on foot", "%(metres)s m, %(minutes)s minutes on foot")


@pytest.mark.parametrize(
    ("language", "minutes", "expected"),
    [
        ("ar", 1, "دقيقة واحدة"),
        ("ar", 2, "دقيقتان"),
        ("ar", 7, "7 دقائق"),  # 3 to 10: the plural
        ("ar", 15, "15 دقيقةً"),  # 11 to 99
        ("ar", 100, "100 دقيقة"),
        ("ru", 1, "1 минута"),
        ("ru", 3, "3 минуты"),
        ("ru", 7, "7 минут"),
        ("uk", 21, "21 хвилина"),
        ("uk", 22, "22 хвилини"),
        ("uk", 25, "25 хвилин"),
        ("de", 1, "1 Minute"),
        ("de", 7, "7 Minuten"),
    ],
)
def test_walking_minutes_take_the_languages_plural_form(language, minutes, expected):
    with translation.override(language):
        text = ngettext(*MINUTES, minutes) % {"metres": 500, "minutes": minutes}
    assert expected in text


def test_every_plural_message_has_every_form_in_every_catalogue():
    import polib

    for language, forms in {"ar": 6, "ru": 3, "uk": 3, "fa": 2, "ti": 2, "de": 2}.items():
        catalogue = polib.pofile(f"locale/{language}/LC_MESSAGES/django.po")
        for entry in catalogue:
            if entry.msgid_plural and not entry.obsolete:
                filled = [text for text in entry.msgstr_plural.values() if text.strip()]
                assert len(filled) == forms, (language, entry.msgid)


@pytest.fixture
def offer_in_two_towns():
    offer = OfferFactory(title_de="Beratung", title_ar="استشارة")
    for name, slug in (("Bergheim", "bergheim"), ("Kerpen", "kerpen")):
        town = MunicipalityFactory(name=name, slug=slug)
        LocationFactory(offer=offer, municipality=town, latitude=50.95, longitude=6.64)
    return offer


def test_in_arabic_towns_are_isolated_and_separated_by_the_arabic_comma(client, offer_in_two_towns):
    html = client.get("/ar/offers/?near=kerpen").content.decode()
    assert "<bdi>Bergheim</bdi>، <bdi>Kerpen</bdi>" in html
    assert re.search(r'<span class="distance"><bdi>[\d.,]+ (كم|م)</bdi></span>', html)
    german = client.get("/de/offers/").content.decode()
    assert "<bdi>Bergheim</bdi>, <bdi>Kerpen</bdi>" in german


class TestDigits:
    def test_text_takes_the_digits_but_not_attributes_scripts_or_names(self):
        html = (
            '<p>12 offers <a href="tel:0221123">0221 123</a></p>'
            '<script type="application/json">{"zoom": 11}</script>'
            '<span translate="no">Lindenallee 3</span><input value="42"><p>7 min</p>'
        )
        converted = with_digits(html, "arabext")
        assert converted == (
            '<p>۱۲ offers <a href="tel:0221123">۰۲۲۱ ۱۲۳</a></p>'
            '<script type="application/json">{"zoom": 11}</script>'
            '<span translate="no">Lindenallee 3</span><input value="42"><p>۷ min</p>'
        )

    def test_latin_is_the_default_and_changes_nothing(self, client, offer_in_two_towns):
        html = client.get("/fa/offers/").content.decode()
        assert not re.search("[۰-۹]", re.sub(r"<[^>]+>", "", html))

    def test_a_language_set_to_persian_digits_shows_only_those(
        self, client, offer_in_two_towns, settings
    ):
        settings.LANGUAGE_DIGITS = {"fa": "arabext"}
        response = client.get("/fa/offers/")
        text = re.sub(r"<script.*?</script>|<[^>]+>", "", response.content.decode(), flags=re.S)
        heading = re.search(r'<h2 id="results-heading"[^>]*>([^<]*)<', response.content.decode())
        assert "۱" in heading[1] and not re.search("[0-9]", heading[1])
        assert "Bergheim" in text
        assert response.context["finder_config"]["digits"] == "arabext"
        # Other languages keep theirs.
        assert "۱" not in client.get("/de/offers/").content.decode()


class TestNamesAsOnTheDoor:
    @pytest.fixture
    def offer(self):
        offer = OfferFactory(
            provider__name_de="Caritas-Fachdienst Integration Kerpen",
            provider__name_fa="خدمات ادغام کاریتاس کرپن",
            provider__name_en="",
        )
        LocationFactory(offer=offer, name_de="Rathaus", name_fa="شهرداری")
        return offer

    def test_the_original_name_comes_first_with_the_translation_beside_it(self, client, offer):
        html = client.get(f"/fa/offers/{offer.pk}/{offer.slug}/").content.decode()
        original = '<bdi class="door-name" lang="de" translate="no">'
        translation = '<span class="name-translation">(خدمات ادغام کاریتاس کرپن)</span>'
        assert f"{original}Caritas-Fachdienst Integration Kerpen</bdi> {translation}" in html
        assert f'{original}Rathaus</bdi> <span class="name-translation">(شهرداری)</span>' in html

    def test_without_a_translation_only_the_original(self, client, offer):
        html = client.get("/en/offers/").content.decode()
        assert (
            '<p class="card-provider"><bdi class="door-name" lang="de" translate="no">'
            "Caritas-Fachdienst Integration Kerpen</bdi></p>" in html
        )

    def test_the_popup_names_the_provider_as_on_the_door(self, client, offer):
        data = client.get(f"/fa/offers/{offer.pk}/popup.json").json()
        assert data["provider"] == {
            "name": "Caritas-Fachdienst Integration Kerpen",
            "translation": "خدمات ادغام کاریتاس کرپن",
        }
