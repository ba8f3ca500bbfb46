"""Requests per address and minute for anonymous requests to pages that cost real work
(searches, the map's markers, exports). Pages served from the page cache never get here, so
only distinct searches count; signed-in editors and advisors are never limited.

A fixed window in Django's cache (atomic increments in Redis and in local memory): simple,
shared by all instances with REDIS_URL. Keys hold a hash of the address, never the address.
Everybody behind one address (a shelter, a job centre's forty advisors behind one router)
shares a limit: the defaults are twice what a busy office of forty was measured to send
(`scripts/office_load.py`, docs/performance.md), far below what one machine can flood.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

from integrationmap.infrastructure.error_pages import too_many_requests
from integrationmap.infrastructure.http_security import client_ip

WINDOW_SECONDS = 60


def limit_for(name: str) -> int:
    """Allowed requests per minute for this kind of page; 0 means no limit."""
    return int(settings.RATE_LIMITS.get(name, 0))


def is_over_limit(request, name: str) -> bool:
    allowed = limit_for(name)
    if allowed <= 0:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    window = int(time.time() // WINDOW_SECONDS)
    who = hashlib.sha256(f"{client_ip(request)}|{settings.SECRET_KEY}".encode()).hexdigest()[:24]
    key = f"rate:{name}:{who}:{window}"
    # add() starts the count only if no other request did; incr() is atomic.
    cache.add(key, 0, WINDOW_SECONDS + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, WINDOW_SECONDS + 5)
        count = 1
    return count > allowed


class RateLimitedMixin:
    """A view whose requests count against `settings.RATE_LIMITS[rate_limit]`."""

    rate_limit = "search"

    def dispatch(self, request, *args, **kwargs):
        if is_over_limit(request, self.rate_limit):
            return too_many_requests(request)
        return super().dispatch(request, *args, **kwargs)
