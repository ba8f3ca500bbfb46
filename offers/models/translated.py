"""Reading translated fields together with the language a value is really in.

modeltranslation's descriptors fall back silently (`offer.title` may be German on an Arabic
page). Pages must mark such text with its real `lang`/`dir`, so they read it through
`translated()`, which walks the same fallback chain and says where it stopped.
"""

from dataclasses import dataclass

from django.db.models import F, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language_info
from modeltranslation.utils import build_localized_fieldname, get_language, resolution_order

from integrationmap.languages import offered as offered_languages


@dataclass(frozen=True)
class TranslatedText:
    text: str
    language: str  # the language the text is actually written in ("" when no language has it)
    requested: str

    @property
    def is_fallback(self) -> bool:
        return bool(self.text) and self.language != self.requested

    @property
    def direction(self) -> str:
        return "rtl" if self.language and get_language_info(self.language)["bidi"] else "ltr"

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)


def translated_expression(field_name: str, language: str, prefix: str = ""):
    """The value of a translated field in `language` with the fallback chain, as a database
    expression (for ordering and for values()): modeltranslation does not apply its fallback
    inside queries."""
    columns = [
        NullIf(F(f"{prefix}{build_localized_fieldname(field_name, lang)}"), Value(""))
        for lang in resolution_order(language)
    ]
    if len(columns) == 1:
        return columns[0]
    return Coalesce(*columns, output_field=TextField())


def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class TranslatedFieldsMixin:
    """For models registered with modeltranslation."""

    # Fields that must be filled in every language for the record to count as fully translated.
    completeness_fields: tuple[str, ...] = ()

    def translated(self, field_name: str, language: str | None = None) -> TranslatedText:
        requested = language or get_language()
        descriptor = type(self).__dict__.get(field_name)
        override = getattr(descriptor, "fallback_languages", None)
        for lang in resolution_order(requested, override):
            value = getattr(self, build_localized_fieldname(field_name, lang), None)
            if not is_blank(value):
                return TranslatedText(value, lang, requested)
        return TranslatedText("", "", requested)

    def missing_languages(self) -> list[str]:
        """Languages in which at least one of `completeness_fields` is empty."""
        return [
            lang
            for lang in offered_languages()
            if any(
                is_blank(getattr(self, build_localized_fieldname(field, lang)))
                for field in self.completeness_fields
            )
        ]
