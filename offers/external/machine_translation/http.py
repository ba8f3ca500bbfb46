"""The one HTTP call both services make: a JSON POST, with every way it can fail turned into
a TranslationServiceError that says what happened."""

import json
import urllib.error
import urllib.request

from django.utils.translation import gettext as _

from .service import Service, TranslationServiceError


def post(service: Service, path: str, payload: dict, headers: dict) -> dict:
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
