"""Caches that are always correct: every key holds the content version (raised by the
database on any write that a public page shows, see ADR 15) and, where a page depends on the
clock ("open now", offers that expire at midnight), the minute or the day.

- `remember()` keeps reference data (topics, towns, languages…) that every page needs.
- `PageCacheMiddleware` serves whole anonymous pages of views with `CachedPageMixin` from
  the cache and answers conditional requests (ETag / Last-Modified) with 304 without
  rendering anything.

The cache is Django's: local memory for one process, Redis for several (REDIS_URL).
"""

import datetime
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import get_language

from .content_version import content_version


def remember(
    name: str, build, *, per_language: bool = True, per_day: bool = False, in_process=False
):
    """`build()`'s value, kept until the content changes (or the day ends). `in_process`:
    also kept in this process's memory (for the same version), not read from the cache and
    unpickled on every request — only for values nobody changes (a large lookup table whose
    thousands of objects, unpickled per request, made the garbage collector run often)."""
    parts = [name, content_version().key]
    if per_language:
        parts.append(get_language() or "")
    if per_day:
        parts.append(timezone.localdate().isoformat())
    key = "ref:" + ":".join(parts)
    slot = (name, *parts[2:])
    kept = _in_process.get(slot) if in_process else None
    # Only while the cache has it too: cleared or a dummy cache (the tests') means built anew.
    if kept is not None and kept[0] == key and cache.has_key(key):
        return kept[1]
    stored = cache.get(key)  # a 1-tuple, so that None and False can be kept too
    if stored is None:
        stored = (build(),)
        cache.set(key, stored, settings.REFERENCE_CACHE_SECONDS)
    if in_process:
        _in_process[slot] = (key, stored[0])
    return stored[0]


# name (with language and day) → (cache key, value): one value per slot, the newest.
_in_process: dict[tuple, tuple] = {}


# --- whole pages ----------------------------------------------------------------------------


def minute_of(moment: datetime.datetime) -> datetime.datetime:
    return moment.replace(second=0, microsecond=0)


class CachedPageMixin:
    """Marks a public class-based view's pages for PageCacheMiddleware (which finds the view
    by resolving the path); a subclass opts out with `page_cache = False`."""

    page_cache = True


class PageCacheMiddleware:
    """Whole anonymous pages of views with CachedPageMixin, from the cache while nothing they
    show has changed (the content version) and within the minute ("open now"); a 304 when
    the browser has the page already. It sits early in the middleware chain, so that a page
    from the cache costs one indexed row and no session, view or template work."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.is_eligible(request):
            return self.get_response(request)
        version = content_version()
        minute = minute_of(timezone.localtime())
        identity = "|".join(
            [version.key, minute.isoformat(), request.scheme, request.get_host(),
             request.get_full_path()]
        )  # fmt: skip
        digest = hashlib.sha256(identity.encode()).hexdigest()[:32]
        etag = f'"{digest}"'
        last_modified = int(max(version.changed, minute).timestamp())  # HTTP dates: seconds
        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if not_modified is not None:
            return with_validators(not_modified, etag, last_modified)
        key = f"page:{digest}"
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content, headers=headers)
            response.from_page_cache = True
            return with_validators(response, etag, last_modified)
        response = self.get_response(request)
        # A view may keep a page out (`response.page_cache = False`): one whose every request
        # it must see, such as a search that found nothing, which it counts.
        if (
            response.status_code == 200
            and not response.cookies
            and not response.streaming
            and getattr(response, "page_cache", True)
        ):
            headers = {k: v for k, v in response.items() if k.lower() not in ("set-cookie",)}
            cache.set(key, (response.content, headers), min(90, settings.PAGE_CACHE_SECONDS))
        return with_validators(response, etag, last_modified)

    @staticmethod
    def is_eligible(request) -> bool:
        # A session cookie may mean an editor, who may see more: never from the cache.
        if (
            request.method not in ("GET", "HEAD")
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or settings.PAGE_CACHE_SECONDS <= 0
        ):
            return False
        # Only pages of views that allow it (URLs carry the language: resolve in it).
        language = translation.get_language_from_path(request.path_info)
        try:
            with translation.override(language or settings.LANGUAGE_CODE):
                match = resolve(request.path_info)
        except Resolver404:
            return False
        return getattr(getattr(match.func, "view_class", None), "page_cache", False)


def with_validators(response, etag: str, last_modified: int):
    if response.status_code in (200, 304):
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
        # Browsers keep the page but ask each time whether it is still current.
        patch_cache_control(response, no_cache=True)
    return response
