import hashlib
import json

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    """For load balancers and docker-compose: 200 when the database answers, else 503."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "up"})


class HealthCheckMiddleware:
    """Answers /healthz first of all: docker-compose and load balancers ask by container
    address or `localhost`, which ALLOWED_HOSTS rightly refuses for every other page, and
    need no HTTPS redirect, session or page cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == "/healthz":
            return healthz(request)
        return self.get_response(request)


def robots_txt(request):
    """Search engines: the offers and pages yes; the back office, forms, visitors' lists
    and the API no."""
    context = {
        "admin_url": settings.ADMIN_URL,
        "sitemap_url": request.build_absolute_uri(reverse("sitemap-index")),
    }
    return render(request, "robots.txt", context, content_type="text/plain; charset=utf-8")


def service_worker(request):
    """The service worker's script (templates/sw.js) with the current files' addresses; its
    version changes with them, so browsers replace the kept files after a release."""
    from django.templatetags.static import static
    from django.urls import translate_url

    from offers.icons import sprite_url

    shell = [static(path) for path in (
        "site/site.css", "site/shortlist.js", "site/offline.js", "site/favicon.svg",
        "site/app-icon-192.png",
    )] + [sprite_url()]  # fmt: skip
    offline = {code: translate_url(reverse("offers:offline"), code)
               for code, _name in settings.LANGUAGES}  # fmt: skip
    never = [f"^/{settings.ADMIN_URL}", r"/(report|preview)/$", r"^/[a-z-]+/(suggest|thanks)/",
             r"^/(hsds|api|s)/", r"^/(sitemap|robots|healthz)"]  # fmt: skip
    version = hashlib.sha256(json.dumps([shell, never]).encode()).hexdigest()[:12]
    context = {
        "version_json": json.dumps(version),
        "shell_json": json.dumps([*shell, *offline.values()]),
        "never_json": json.dumps(never),
        "offline_json": json.dumps(offline),
        "static_url": static(""),
    }
    response = render(request, "sw.js", context, content_type="application/javascript")
    response["Cache-Control"] = "no-cache"
    return response
