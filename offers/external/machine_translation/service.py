"""The configured translation service (settings `MACHINE_TRANSLATION_*`) and the error every
way of failing becomes."""

from dataclasses import dataclass

from django.conf import settings


class TranslationServiceError(Exception):
    """The service did not translate: unreachable, refused, or an answer we cannot read."""


@dataclass(frozen=True)
class Service:
    provider: str  # "deepl" or "libretranslate"
    url: str
    key: str
    timeout: float

    @property
    def name(self) -> str:
        return {"deepl": "DeepL", "libretranslate": "LibreTranslate"}[self.provider]


def configured() -> Service | None:
    provider = settings.MACHINE_TRANSLATION_PROVIDER
    if not provider:
        return None
    return Service(
        provider,
        settings.MACHINE_TRANSLATION_URL.rstrip("/"),
        settings.MACHINE_TRANSLATION_KEY,
        settings.MACHINE_TRANSLATION_TIMEOUT,
    )
