"""Machine translation through a configured service: the DeepL API (deepl.py) or a
LibreTranslate server (libretranslate.py), each speaking its own HTTP format.

Optional: without `MACHINE_TRANSLATION_PROVIDER` nothing here is used. Texts it writes are
marked per language (`Offer.machine_translated`) and shown with a note until an editor checks
them. Only the German texts of offers are sent, never names of people or contact data.
"""

from django.utils.translation import gettext as _

from . import deepl, libretranslate
from .service import Service, TranslationServiceError, configured

__all__ = ["Service", "TranslationServiceError", "configured", "translate"]


def translate(service: Service, texts: list[str], source: str, target: str) -> list[str]:
    """`texts` from `source` into `target`, in the same order."""
    if not texts:
        return []
    vendor = deepl if service.provider == "deepl" else libretranslate
    translated = vendor.translate(service, texts, source, target)
    if (
        not isinstance(translated, list)
        or len(translated) != len(texts)
        or not all(isinstance(text, str) and text.strip() for text in translated)
    ):
        raise TranslationServiceError(
            _("%(service)s sent an answer we cannot read.") % {"service": service.name}
        )
    return [text.strip() for text in translated]
