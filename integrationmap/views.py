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
