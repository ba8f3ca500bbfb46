"""`/healthz` for load balancers and docker-compose: answered before anything else runs."""

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


def _database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


@never_cache
def healthz(request):
    """200 when the database answers, else 503."""
    answers = _database_answers()
    if not answers and not connection.in_atomic_block:
        # A connection kept from before a database restart fails once although the database
        # is back (CONN_HEALTH_CHECKS off): a fresh one tells whether it really is down, so a
        # load balancer does not take a working container out of service.
        connection.close()
        answers = _database_answers()
    if not answers:
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
