"""The site's languages: every page in each of them, their registration with Django, the
setting that chooses them, fallback chains, and adding a language to the software."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation
from modeltranslation import settings as mt_settings

from integrationmap import languages
from tests.factories import ContactPersonFactory, LocationFactory, OfferFactory

pytestmark = pytest.mark.django_db
ROOT = Path(settings.BASE_DIR)
CODES = [code for code, _name in settings.LANGUAGES]
RIGHT_TO_LEFT = {"ar", "fa", "ps"}
HTML_TAG = re.compile(r'<html lang="([\w-]+)" dir="(ltr|rtl)">')


@pytest.fixture
def offer():
    offer = OfferFactory(title_uk="Курс німецької мови", title_fa="کلاس زبان آلمانی")
    LocationFactory(offer=offer)
    ContactPersonFactory(offer=offer)
    return offer


def public_paths(offer):
    return [
        "",
        "offers/",
        "offers/?q=kurs&category=sprachkurse",
        "offers/table/",
        f"offers/{offer.pk}/{offer.slug}/",
        f"offers/{offer.pk}/report/",
        "contacts/",
        f"list/?offers={offer.pk}",
        f"list/handout/?offers={offer.pk}",
        "suggest/",
        "thanks/",
        "privacy/",
        "offline/",
    ]


def test_eleven_languages_are_offered_by_default():
    assert CODES == ["de", "en", "ar", "uk", "ru", "fa", "tr", "fr", "ps", "ti", "kmr"]


@pytest.mark.parametrize("code", CODES)
def test_every_page_renders_in_every_language_with_its_lang_and_dir(client, offer, code):
    direction = "rtl" if code in RIGHT_TO_LEFT else "ltr"
    for path in public_paths(offer):
        response = client.get(f"/{code}/{path}")
        assert response.status_code == 200, path
        assert HTML_TAG.search(response.content.decode()).groups() == (code, direction), path
    missing = client.get(f"/{code}/offers/999999/gone/")
    assert missing.status_code == 404
    assert HTML_TAG.search(missing.content.decode()).groups() == (code, direction)


@pytest.mark.parametrize("code", ["uk", "fa", "ti", "kmr", "ps"])
def test_the_interface_is_translated_not_english(client, code):
    html = client.get(f"/{code}/offers/").content.decode()
    for english in ("Find offers", "What are you looking for?", "Filters", "Show results"):
        assert f">{english}<" not in html
    with translation.override(code):
        assert translation.gettext("Show results") != "Show results"


class TestRegistration:
    @pytest.mark.parametrize(
        ("code", "name", "bidi"),
        [("ps", "پښتو", True), ("ti", "ትግርኛ", False), ("kmr", "Kurmancî", False),
         ("fa", "فارسی/دری", True), ("uk", "Українська", False)],
    )  # fmt: skip
    def test_django_knows_names_and_direction_of_languages_it_lacks(self, code, name, bidi):
        info = translation.get_language_info(code)
        assert (info["name_local"], info["bidi"]) == (name, bidi)
        with translation.override(code):
            assert translation.get_language_bidi() is bidi

    def test_the_switcher_names_each_language_in_itself_with_its_direction(self, client):
        html = client.get("/de/").content.decode()
        menu = html[html.index('class="language-menu"') :]
        assert '<a href="/ti/" lang="ti" hreflang="ti" dir="ltr">ትግርኛ</a>' in menu
        assert '<a href="/ps/" lang="ps" hreflang="ps" dir="rtl">پښتو</a>' in menu
        assert html.count('rel="alternate" hreflang=') == len(CODES) + 1  # and x-default

    def test_language_names_are_translated_for_editors(self):
        with translation.override("de"):
            assert translation.get_language_info("ti")["name_translated"] == "Tigrinya"
            assert translation.get_language_info("kmr")["name_translated"] == "Kurmandschi"
        with translation.override("ar"):
            assert translation.get_language_info("uk")["name_translated"] == "الأوكرانية"


class TestSettings:
    def test_a_deployment_offers_a_subset_by_setting_without_a_migration(self):
        result = run_manage(
            ["shell", "-v", "0", "-c",
             "from django.conf import settings; "
             "print(','.join(c for c, _ in settings.LANGUAGES)); "
             "print(len(settings.MODELTRANSLATION_LANGUAGES))"],
            SITE_LANGUAGES="de,uk,ar",
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["de,ar,uk", "11"]
        check = run_manage(["makemigrations", "--check", "--dry-run"], SITE_LANGUAGES="de,uk")
        assert check.returncode == 0, check.stdout + check.stderr

    def test_fallback_chains_do_not_need_a_migration_either(self):
        check = run_manage(
            ["makemigrations", "--check", "--dry-run"], FALLBACK_CHAINS="uk:ru,en; ps:fa"
        )
        assert check.returncode == 0, check.stdout + check.stderr

    def test_unknown_languages_and_a_missing_german_are_refused(self):
        with pytest.raises(ImproperlyConfigured, match="unknown language"):
            languages.site_languages(["de", "xx"])
        with pytest.raises(ImproperlyConfigured, match="must include 'de'"):
            languages.site_languages(["en", "ar"])

    def test_fallback_chains_are_read_per_language_and_end_in_german(self):
        chains = languages.fallback_chains(["en"], "uk: ru, en; ps:fa", ["de", "uk", "ps"])
        assert chains == {"default": ("en", "de"), "uk": ("ru", "en", "de"), "ps": ("fa", "de")}
        with pytest.raises(ImproperlyConfigured, match="not a site language"):
            languages.fallback_chains(["en"], "so:en", ["de", "uk"])
        with pytest.raises(ImproperlyConfigured, match="unknown"):
            languages.fallback_chains(["xx"], "", ["de"])


class TestFallbackChains:
    @pytest.fixture
    def ukrainian_reads_russian(self, monkeypatch):
        chains = languages.fallback_chains(["en"], "uk:ru,en", CODES)
        monkeypatch.setattr(mt_settings, "FALLBACK_LANGUAGES", chains)

    def test_a_ukrainian_page_shows_russian_before_english_and_says_so(
        self, client, ukrainian_reads_russian
    ):
        offer = OfferFactory(title_ru="Курсы немецкого языка", summary_ru="Учим немецкий.")
        html = client.get(f"/uk/offers/{offer.pk}/{offer.slug}/").content.decode()
        title = '<span lang="ru" dir="ltr">Курсы немецкого языка</span>'
        assert f'<h1 id="offer-title" data-read>{title}' in html
        assert "Частини цієї сторінки ще не перекладено вашою мовою" in html
        assert offer.translated("title", "tr").language == "en"  # others keep the default

    def test_without_a_chain_of_its_own_a_language_falls_back_to_english(self, client):
        offer = OfferFactory()
        html = client.get(f"/ti/offers/{offer.pk}/{offer.slug}/").content.decode()
        title = f'<span lang="en" dir="ltr">{offer.title_en}</span>'
        assert f'<h1 id="offer-title" data-read>{title}' in html
        assert "ገለ ክፍልታት ናይዚ ገጽ ገና ናብ ቋንቋኹም ኣይተተርጎሙን" in html

    def test_farsi_text_on_a_pashto_page_is_marked_right_to_left_farsi(self, client, monkeypatch):
        monkeypatch.setattr(
            mt_settings, "FALLBACK_LANGUAGES", languages.fallback_chains(["en"], "ps:fa", CODES)
        )
        offer = OfferFactory(title_fa="مشاوره مهاجرت")
        html = client.get(f"/ps/offers/{offer.pk}/{offer.slug}/").content.decode()
        title = '<span lang="fa" dir="rtl">مشاوره مهاجرت</span>'
        assert f'<h1 id="offer-title" data-read>{title}' in html


def run_manage(args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SITE_LANGUAGES",)}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )


EXTRA_LANGUAGE_SETTINGS = """
import os
from integrationmap import languages

albanian = languages.SiteLanguage("sq", "Albanian", "Shqip", speech="sq-AL")
languages.CONTENT_LANGUAGES = (*languages.CONTENT_LANGUAGES, albanian)
languages.BY_CODE["sq"] = albanian

from integrationmap.settings.test import *  # noqa: E402

MIGRATION_MODULES = {"offers": "offers_migrations_copy"}
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3",
                         "NAME": os.environ["EXTRA_LANGUAGE_DB"]}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
ALLOWED_HOSTS = ["testserver"]
"""

RENDER_IN_ALBANIAN = """
from django.test import Client
from offers.models import Offer
from tests.factories import OfferFactory
offer = OfferFactory(title_sq="Kurs gjermanisht për të rritur")
client = Client()
html = client.get(f"/sq/offers/{offer.pk}/{offer.slug}/").content.decode()
found = client.get("/sq/offers/?q=gjermanisht").content.decode()
print(json.dumps({"html": '<html lang="sq" dir="ltr">' in html,
                  "title": '<h1 id="offer-title" data-read>Kurs gjermanisht' in html,
                  "found": offer.get_absolute_url() in found,
                  "menu": 'hreflang="sq" dir="ltr" aria-current="true">Shqip</a>' in html}))
"""


def test_adding_a_language_to_the_software_is_an_entry_and_a_migration(tmp_path):
    """README, "Adding a language": an entry in integrationmap/languages.py, `makemigrations
    offers`, `migrate`. Albanian (Django has its catalogue; ours would follow): the migration
    adds every translated column, and the site then serves, stores and finds Albanian."""
    shutil.copytree(ROOT / "offers" / "migrations", tmp_path / "offers_migrations_copy")
    (tmp_path / "extra_language_settings.py").write_text(EXTRA_LANGUAGE_SETTINGS)
    env = {
        "DJANGO_SETTINGS_MODULE": "extra_language_settings",
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)]),
        "EXTRA_LANGUAGE_DB": str(tmp_path / "db.sqlite3"),
    }
    made = run_manage(["makemigrations", "offers", "-n", "albanian"], **env)
    assert made.returncode == 0, made.stderr
    migration = next((tmp_path / "offers_migrations_copy").glob("*_albanian.py")).read_text()
    for column in ("title_sq", "summary_sq", "description_sq", "name_sq", "role_sq"):
        assert f'name="{column}"' in migration or f"name='{column}'" in migration, column
    assert "RemoveField" not in migration and "AlterField" not in migration
    migrated = run_manage(["migrate", "-v", "0"], **env)
    assert migrated.returncode == 0, migrated.stderr
    rendered = run_manage(["shell", "-v", "0", "-c", "import json\n" + RENDER_IN_ALBANIAN], **env)
    assert rendered.returncode == 0, rendered.stderr
    assert json.loads(rendered.stdout.strip().splitlines()[-1]) == {
        "html": True, "title": True, "found": True, "menu": True
    }  # fmt: skip
