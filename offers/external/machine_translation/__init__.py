"""Machine translation through a configured service: the DeepL API or a LibreTranslate server.

Optional: without `MACHINE_TRANSLATION_PROVIDER` nothing here is used. Texts it writes are
marked per language (`Offer.machine_translated`) and shown with a note until an editor checks
them. Only the German texts of offers are sent, never names of people or contact data.
"""

import json
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

# Codes the services use where they differ from ours.
DEEPL_CODES = {"en": "EN-GB"}
LIBRETRANSLATE_CODES = {"kmr": "ku"}


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


def _post(service: Service, path: str, payload: dict, headers: dict) -> dict:
    request = urllib.request.Request(
        service.url + path,
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json", "User-Agent": "Integrationskarte", **headers},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=service.timeout) as response:
            return json.loads(response.read().decode())
    except urllib.error.HTTPError as error:
        detail = error.read().decode(errors="replace")[:200]
        raise TranslationServiceError(
            _("%(service)s refused (HTTP %(status)s): %(detail)s")
            % {"service": service.name, "status": error.code, "detail": detail}
        ) from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise TranslationServiceError(
            _("%(service)s did not answer: %(reason)s")
            % {"service": service.name, "reason": getattr(error, "reason", error)}
        ) from error
    except ValueError as error:
        raise TranslationServiceError(
            _("%(service)s sent an answer that is not JSON.") % {"service": service.name}
        ) from error


def translate(service: Service, texts: list[str], source: str, target: str) -> list[str]:
    """`texts` from `source` into `target`, in the same order."""
    if not texts:
        return []
    if service.provider == "deepl":
        answer = _post(
            service,
            "/v2/translate",
            {
                "text": texts,
                "source_lang": source.upper(),
                "target_lang": DEEPL_CODES.get(target, target.upper()),
            },
            {"Authorization": f"DeepL-Auth-Key {service.key}"},
        )
        translated = [item.get("text") for item in answer.get("translations") or []]
    else:
        payload = {
            "q": texts,
            "source": LIBRETRANSLATE_CODES.get(source, source),
            "target": LIBRETRANSLATE_CODES.get(target, target),
            "format": "text",
        }
        if service.key:
            payload["api_key"] = service.key
        answer = _post(service, "/translate", payload, {})
        translated = answer.get("translatedText")
        translated = [translated] if isinstance(translated, str) else translated
    if (
        not isinstance(translated, list)
        or len(translated) != len(texts)
        or not all(isinstance(text, str) and text.strip() for text in translated)
    ):
        raise TranslationServiceError(
            _("%(service)s sent an answer we cannot read.") % {"service": service.name}
        )
    return [text.strip() for text in translated]
