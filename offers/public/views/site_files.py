"""Files of the public site served from the root: robots.txt and the service worker."""

import hashlib
import json

from django.conf import settings
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse, translate_url

from offers.public.icons import sprite_url
from offers.public.topic_styles import topic_stylesheet_url


def robots_txt(request):
    """Search engines: the offers and pages yes; the back office, forms, visitors' lists
    and the API no."""
    context = {
        "admin_url": settings.ADMIN_URL,
        "sitemap_url": request.build_absolute_uri(reverse("sitemap-index")),
    }
    return render(request, "robots.txt", context, content_type="text/plain; charset=utf-8")


def service_worker(request):
    """The service worker's script (templates/sw.js, service-worker.js) with the current
    files' addresses; its version changes with them, so browsers replace the kept files
    after a release."""
    shell = [static(path) for path in (
        "site/site.css", "site/shortlist.js", "site/offline.js", "site/favicon.svg",
        "site/app-icon-192.png",
    )] + [sprite_url(), topic_stylesheet_url()]  # fmt: skip
    offline = {code: translate_url(reverse("offers:offline"), code)
               for code, _name in settings.LANGUAGES}  # fmt: skip
    never = [f"^/{settings.ADMIN_URL}", r"/(report|preview)/$", r"^/[a-z-]+/(suggest|thanks)/",
             r"^/(hsds|api|s)/", r"^/(sitemap|robots|healthz)"]  # fmt: skip
    version = hashlib.sha256(json.dumps([shell, never]).encode()).hexdigest()[:12]
    config = {
        "version": version,
        "shell": [*shell, *offline.values()],
        "never": never,
        "offline": offline,
        # Not static(""): under the production storage that is a missing manifest entry.
        "staticUrl": settings.STATIC_URL,
    }
    context = {"config_json": json.dumps(config)}
    response = render(request, "sw.js", context, content_type="application/javascript")
    response["Cache-Control"] = "no-cache"
    return response
