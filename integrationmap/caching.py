"""Caches that are always correct: every key holds the content version (raised by the
database on any write that a public page shows, see ADR 15) and, where a page depends on the
clock ("open now", offers that expire at midnight), the minute or the day.

- `remember()` keeps reference data (topics, towns, languages…) that every page needs.
- `CachedPageMixin` serves whole anonymous pages from the cache and answers conditional
  requests (ETag / Last-Modified) with 304 without rendering anything.

The cache is Django's: local memory for one process, Redis for several (REDIS_URL).
"""

import datetime
import hashlib
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.dateparse import parse_datetime
from django.utils.http import http_date
from django.utils.translation import get_language


@dataclass(frozen=True)
class Version:
    number: int
    changed: datetime.datetime

    @property
    def key(self) -> str:
        # The time as well: a database that was emptied and filled again counts from 1 again.
        return f"{self.number}.{self.changed.timestamp():.6f}"


_request_version: ContextVar[Version | None] = ContextVar("content_version", default=None)
_in_request: ContextVar[bool] = ContextVar("in_request", default=False)


def read_version() -> Version:
    # Raw SQL: this runs on every request, and the ORM would double its cost.
    with connection.cursor() as cursor:
        cursor.execute("SELECT number, changed FROM integrationmap_contentversion WHERE id = 1")
        row = cursor.fetchone()
    if row is None:  # only after tests empty every table
        return Version(0, datetime.datetime.fromtimestamp(0, tz=datetime.UTC))
    number, changed = row
    if isinstance(changed, str):
        changed = parse_datetime(changed)
    if timezone.is_naive(changed):  # SQLite keeps UTC without a zone
        changed = changed.replace(tzinfo=datetime.UTC)
    return Version(number, changed)


def content_version() -> Version:
    """The version, read once per request (and on every call outside requests)."""
    version = _request_version.get()
    if version is None:
        version = read_version()
        if _in_request.get():
            _request_version.set(version)
    return version


class ContentVersionMiddleware:
    """Marks the span of a request, so that the version is read at most once in it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_token = _in_request.set(True)
        version_token = _request_version.set(None)
        try:
            return self.get_response(request)
        finally:
            _request_version.reset(version_token)
            _in_request.reset(request_token)


def remember(name: str, build, *, per_language: bool = True, per_day: bool = False):
    """`build()`'s value, kept until the content changes (or the day ends)."""
    parts = [name, content_version().key]
    if per_language:
        parts.append(get_language() or "")
    if per_day:
        parts.append(timezone.localdate().isoformat())
    key = "ref:" + ":".join(parts)
    stored = cache.get(key)  # a 1-tuple, so that None and False can be kept too
    if stored is None:
        stored = (build(),)
        cache.set(key, stored, settings.REFERENCE_CACHE_SECONDS)
    return stored[0]


# --- whole pages ----------------------------------------------------------------------------


def clock_bucket(request, depends_on_minute: bool) -> datetime.datetime:
    """The start of the minute (pages that show "open now") or of the local day (pages that
    only change when offers expire or start)."""
    now = timezone.localtime()
    if depends_on_minute:
        return now.replace(second=0, microsecond=0)
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


class CachedPageMixin:
    """For public class-based views: anonymous GET/HEAD requests get the page from the cache
    when nothing it shows has changed, and a 304 when the browser already has it."""

    # False for pages that do not show "open now" unless it is asked for (?open_now).
    changes_every_minute = True
    page_cache = True

    def page_is_cacheable(self, request) -> bool:
        # A session cookie may mean an editor, who may see more: never from the cache.
        return (
            self.page_cache
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and settings.PAGE_CACHE_SECONDS > 0
        )

    def dispatch(self, request, *args, **kwargs):
        if not self.page_is_cacheable(request):
            return super().dispatch(request, *args, **kwargs)
        version = content_version()
        minute = self.changes_every_minute or "open_now" in request.GET
        bucket = clock_bucket(request, minute)
        identity = "|".join(
            [version.key, bucket.isoformat(), request.scheme, request.get_host(),
             request.get_full_path(), get_language() or ""]
        )  # fmt: skip
        digest = hashlib.sha256(identity.encode()).hexdigest()[:32]
        etag = f'"{digest}"'
        last_modified = int(max(version.changed, bucket).timestamp())  # HTTP dates: seconds
        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if not_modified is not None:
            return self.with_validators(not_modified, etag, last_modified)
        key = f"page:{digest}"
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content, headers=headers)
            response.from_page_cache = True
            return self.with_validators(response, etag, last_modified)
        response = super().dispatch(request, *args, **kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if response.status_code == 200 and not response.cookies and not response.streaming:
            headers = {
                name: response[name]
                for name in ("Content-Type", "Content-Language", "X-Robots-Tag")
                if response.has_header(name)
            }
            # A page of the minute is of no use after it; a page of the day may be kept.
            keep = 90 if minute else settings.PAGE_CACHE_SECONDS
            cache.set(key, (response.content, headers), keep)
        return self.with_validators(response, etag, last_modified)

    @staticmethod
    def with_validators(response, etag: str, last_modified: int):
        if response.status_code in (200, 304):
            response["ETag"] = etag
            response["Last-Modified"] = http_date(last_modified)
            # Browsers keep the page but ask each time whether it is still current.
            patch_cache_control(response, no_cache=True)
        return response
