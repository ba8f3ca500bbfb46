"""Each topic's colour as a stylesheet (`/topics.css?v=…`): the strict CSP allows no inline
styles, and markers, clusters, the legend and the cards all take a topic's colour from the
class `topic-<slug>` (its custom property `--topic`). The address changes with the colours,
so browsers keep the file for a year."""

import hashlib

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from integrationmap.infrastructure.caching import remember
from offers.models import Category


def topic_stylesheet() -> tuple[str, str]:
    """(the stylesheet, its version)."""

    def build():
        # Slugs are slugs and colours are checked (#rrggbb), so both are safe in CSS.
        rules = [
            f".topic-{slug}{{--topic:{colour}}}"
            for slug, colour in Category.objects.order_by("slug").values_list("slug", "colour")
        ]
        text = "\n".join(rules) + "\n"
        return text, hashlib.sha256(text.encode()).hexdigest()[:12]

    return remember("topic_stylesheet", build, per_language=False)


def topic_stylesheet_url() -> str:
    return f"{reverse('topic-styles')}?v={topic_stylesheet()[1]}"


@require_safe
def topic_styles(request):
    text, version = topic_stylesheet()
    response = HttpResponse(text, content_type="text/css; charset=utf-8")
    if request.GET.get("v") == version:
        response["Cache-Control"] = "public, max-age=31536000, immutable"
    else:  # an old address: the current colours, not to be kept
        response["Cache-Control"] = "no-cache"
    return response
