"""Error pages in the visitor's language. They may run when nothing else works (the
database is down, the host is unknown), so they read the language from the path alone and
render templates that touch neither the database nor the request's host."""

import logging
import sys

from django.db import DatabaseError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

log = logging.getLogger(__name__)

# Clients and proxies may try again after this many seconds.
RETRY_AFTER_SECONDS = 60


def error_page(request, template: str, status: int, **headers) -> HttpResponse:
    language = translation.get_language_from_path(request.path_info)
    with translation.override(language or translation.get_language()):
        content = render_to_string(template, request=request)
    return HttpResponse(content, status=status, headers=headers)


def bad_request(request, exception):
    return error_page(request, "400.html", 400)


def server_error(request):
    """500, except when the database cannot be reached: then 503, which tells visitors and
    load balancers that this passes."""
    if isinstance(sys.exc_info()[1], DatabaseError):
        log.error("database unavailable: %s", sys.exc_info()[1])
        return unavailable(request)
    return error_page(request, "500.html", 500)


def unavailable(request) -> HttpResponse:
    return error_page(request, "503.html", 503, **{"Retry-After": str(RETRY_AFTER_SECONDS)})


def too_many_requests(request) -> HttpResponse:
    return error_page(request, "429.html", 429, **{"Retry-After": str(RETRY_AFTER_SECONDS)})
