"""Parallel texts in the demo's three languages."""

from typing import NamedTuple

from django.utils.text import slugify

LANGUAGES = ("de", "en", "ar")
ASCII = str.maketrans({"ı": "i", "ş": "s", "ç": "c", "ğ": "g", "ö": "oe", "ü": "ue", "ä": "ae",
                       "ß": "ss", "Ş": "S", "Ç": "C", "Ö": "Oe", "Ü": "Ue", "Ä": "Ae"})  # fmt: skip


def ascii_slug(text: str) -> str:
    """A slug for domains and e-mail addresses: "Yılmaz" -> "yilmaz", "Hürth" -> "huerth"."""
    return slugify(text.translate(ASCII))


class T(NamedTuple):
    """One text in German, English and Arabic, with optional {placeholders}."""

    de: str
    en: str
    ar: str

    def format(self, **values) -> "T":
        """Fill placeholders; a value that is itself a T is taken in the matching language."""
        return T(
            *(
                text.format(**{k: v[i] if isinstance(v, T) else v for k, v in values.items()})
                for i, text in enumerate(self)
            )
        )

    def fields(self, name: str) -> dict[str, str]:
        """{"title_de": …, "title_en": …, "title_ar": …}"""
        return {f"{name}_{lang}": text for lang, text in zip(LANGUAGES, self, strict=True)}

    @staticmethod
    def sentences(*parts: "T") -> "T":
        """Join whole sentences into one paragraph per language."""
        return T(*(" ".join(texts) for texts in zip(*parts, strict=True)))
