"""The languages this software can offer, with what Django, PostgreSQL and browsers need to know.

Content columns (modeltranslation) exist for every language in `CONTENT_LANGUAGES`, so the
committed migrations are the same for every deployment; a deployment chooses which of them its
site offers with the `SITE_LANGUAGES` setting (no migration needed). Adding a language to the
software is an entry here plus `makemigrations offers` (its columns) and a catalogue in
`locale/` (README, "Adding a language"; ADR 21).

Django has no locale data for some languages refugees read (Pashto, Tigrinya, Kurmanji):
`register()` adds them to `django.conf.locale.LANG_INFO`, so that `get_language_info()`, the
language switcher and `dir` work for them as for the built-in ones.
"""

from dataclasses import dataclass

import django.conf.locale
from django.conf import global_settings, settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_noop as _


@dataclass(frozen=True)
class SiteLanguage:
    code: str  # BCP 47 / ISO 639 code, used in URLs, `lang` attributes and column names
    name: str  # English name (marked for translation where LANGUAGES is built)
    name_local: str  # the language's name for itself, shown in the switcher
    bidi: bool = False  # written right to left
    text_search: str = "simple"  # PostgreSQL text-search configuration (`simple`: none exists)
    speech: str = ""  # BCP 47 tag browsers' speech synthesis voices use, e.g. "uk-UA"

    def django_info(self) -> dict:
        return {"code": self.code, "name": self.name, "name_local": self.name_local,
                "bidi": self.bidi}  # fmt: skip


# Order = order of the columns, the switcher and the admin tabs. German is the source language.
CONTENT_LANGUAGES = (
    SiteLanguage("de", _("German"), "Deutsch", text_search="german", speech="de-DE"),
    SiteLanguage("en", _("English"), "English", text_search="english", speech="en-GB"),
    SiteLanguage("ar", _("Arabic"), "العربية", bidi=True, text_search="arabic", speech="ar"),
    SiteLanguage("uk", _("Ukrainian"), "Українська", speech="uk-UA"),
    SiteLanguage("ru", _("Russian"), "Русский", text_search="russian", speech="ru-RU"),
    SiteLanguage("fa", _("Farsi/Dari"), "فارسی/دری", bidi=True, speech="fa-IR"),
    SiteLanguage("tr", _("Turkish"), "Türkçe", text_search="turkish", speech="tr-TR"),
    SiteLanguage("fr", _("French"), "Français", text_search="french", speech="fr-FR"),
    SiteLanguage("ps", _("Pashto"), "پښتو", bidi=True, speech="ps-AF"),
    SiteLanguage("ti", _("Tigrinya"), "ትግርኛ", speech="ti-ER"),
    SiteLanguage("kmr", _("Kurmanji"), "Kurmancî", speech="ku"),
)
SOURCE_LANGUAGE = "de"
BY_CODE = {language.code: language for language in CONTENT_LANGUAGES}


def register():
    """Make Django know every content language (names, direction); idempotent. Our names win
    over Django's where both exist ("Farsi/Dari" rather than "Persian")."""
    for language in CONTENT_LANGUAGES:
        known = django.conf.locale.LANG_INFO.get(language.code, {})
        django.conf.locale.LANG_INFO[language.code] = {**known, **language.django_info()}


def bidi_codes() -> list[str]:
    """Django's right-to-left languages plus ours (Django's list lacks Pashto)."""
    ours = [language.code for language in CONTENT_LANGUAGES if language.bidi]
    return list(dict.fromkeys([*global_settings.LANGUAGES_BIDI, *ours]))


def site_languages(codes: list[str]) -> list[SiteLanguage]:
    """The offered languages, in the order of `CONTENT_LANGUAGES`; German must be one of them
    (it is the source every fallback chain ends in)."""
    unknown = [code for code in codes if code not in BY_CODE]
    if unknown:
        raise ImproperlyConfigured(
            f"SITE_LANGUAGES: unknown language(s) {', '.join(unknown)}; known: "
            f"{', '.join(BY_CODE)} (to add one, see README 'Adding a language')"
        )
    if SOURCE_LANGUAGE not in codes:
        raise ImproperlyConfigured(f"SITE_LANGUAGES must include {SOURCE_LANGUAGE!r}")
    return [language for language in CONTENT_LANGUAGES if language.code in codes]


def fallback_chains(default: list[str], per_language: str, offered: list[str]) -> dict:
    """modeltranslation's fallback setting from `FALLBACK_LANGUAGES` ("en,de") and
    `FALLBACK_CHAINS` ("uk:ru,en,de; ps:fa,en,de"): a chain per language, German last."""

    def chain(codes):
        unknown = [code for code in codes if code not in BY_CODE]
        if unknown:
            raise ImproperlyConfigured(f"Fallback languages unknown: {', '.join(unknown)}")
        return tuple(dict.fromkeys([*codes, SOURCE_LANGUAGE]))

    chains = {"default": chain(default)}
    for entry in filter(None, (part.strip() for part in per_language.split(";"))):
        language, _colon, codes = entry.partition(":")
        language = language.strip()
        if language not in offered:
            raise ImproperlyConfigured(f"FALLBACK_CHAINS: {language!r} is not a site language")
        chains[language] = chain([code.strip() for code in codes.split(",") if code.strip()])
    return chains


def offered() -> tuple[str, ...]:
    """Codes of the languages this deployment's site offers (`settings.LANGUAGES`): editors'
    completeness, filters and templates follow these, not every content column."""
    return tuple(code for code, _name in settings.LANGUAGES)


def translated_into() -> tuple[str, ...]:
    """The offered languages texts are translated into: all but the German source."""
    return tuple(code for code in offered() if code != SOURCE_LANGUAGE)
