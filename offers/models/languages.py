"""Languages spoken at an offer or by a contact person (not the languages of the website)."""

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from .translated import TranslatedFieldsMixin, is_blank

language_code_validator = RegexValidator(
    r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
    _("Enter an ISO 639 language code such as “uk”, “fa” or “prs”, optionally with a region."),
)


def cldr_name(code: str, in_language: str) -> str:
    """The name of language `code` in `in_language` from Unicode CLDR, or "" if unknown."""
    try:
        locale = Locale.parse(in_language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return ""
    return (locale.languages.get(code.replace("-", "_")) or "").strip()


def cldr_autonym(code: str) -> str:
    """The language's name in itself, capitalised for use as a label ("Українська")."""
    try:
        autonym = Locale.parse(code.replace("-", "_")).get_display_name() or ""
    except (UnknownLocaleError, ValueError):
        return ""
    return autonym[:1].upper() + autonym[1:]


class Language(TranslatedFieldsMixin, models.Model):
    code = models.CharField(
        _("language code"),
        max_length=20,
        unique=True,
        validators=[language_code_validator],
        help_text=_("ISO 639 code, e.g. “ar” Arabic, “ti” Tigrinya, “gsg” German Sign Language."),
    )
    name = models.CharField(
        _("name"),
        max_length=100,
        blank=True,
        help_text=_("Filled in automatically for common languages; you may correct it."),
    )
    native_name = models.CharField(
        _("name in the language itself"),
        max_length=100,
        blank=True,
        help_text=_("How speakers write it, e.g. “العربية”, “Українська”."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=100)

    completeness_fields = ("name",)

    class Meta:
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")
        ordering = ["sort_order", "code"]

    def __str__(self):
        return str(self.name) or self.code

    def save(self, *args, **kwargs):
        self.fill_names_from_cldr()
        super().save(*args, **kwargs)

    def fill_names_from_cldr(self):
        """Complete blank names from CLDR, so that editors only type a code."""
        for lang in settings.MODELTRANSLATION_LANGUAGES:
            field = build_localized_fieldname("name", lang)
            if is_blank(getattr(self, field)):
                setattr(self, field, cldr_name(self.code, lang))
        if not self.native_name:
            self.native_name = cldr_autonym(self.code)
