"""Asking an engine over HTTP: a JSON answer within ROUTING_TIMEOUT_SECONDS, or the reason
there is none (slow, down). What an HTTP error status means is the engine's own business."""

import json
import urllib.error
import urllib.request

from django.conf import settings

from .errors import EngineDown, EngineSlow


def ask(request, refused) -> dict:
    """The JSON answer to `request`; `refused(error)` turns an HTTP error status into the
    RoutingError to raise."""
    try:
        with urllib.request.urlopen(request, timeout=settings.ROUTING_TIMEOUT_SECONDS) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as error:
        raise refused(error) from error
    except TimeoutError as error:
        raise EngineSlow(str(error)) from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise EngineSlow(str(error.reason)) from error
        raise EngineDown(str(error.reason)) from error
    except (ConnectionError, ValueError) as error:
        raise EngineDown(str(error)) from error
