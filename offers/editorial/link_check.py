"""Checking that the websites offers and providers link to still answer.

Politely: an identifying user agent, a timeout, a few hosts at a time and never two
requests to the same host at once. HEAD first; servers that refuse HEAD get a GET (only the
start of the answer is read). Redirects are followed; an answer below 400 counts as
reachable.
"""

import time
import urllib.error
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from offers.models import LinkCheck, Offer, OfferStatus, Provider

RETRY_WITH_GET = {403, 405, 501}


@dataclass(frozen=True)
class Outcome:
    url: str
    ok: bool
    status_code: int | None
    error: str


def _request(url: str, method: str, timeout: float) -> int:
    request = urllib.request.Request(
        url, method=method, headers={"User-Agent": settings.LINK_CHECK_USER_AGENT}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            if method == "GET":
                response.read(1024)
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def check_one(url: str, timeout: float) -> Outcome:
    if urlsplit(url).scheme not in ("http", "https"):
        return Outcome(url, False, None, "not a web address")
    try:
        status = _request(url, "HEAD", timeout)
        if status in RETRY_WITH_GET:
            status = _request(url, "GET", timeout)
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(error, TimeoutError) or isinstance(reason, TimeoutError):
            return Outcome(url, False, None, f"no answer within {timeout:g} s")
        return Outcome(url, False, None, str(reason)[:300])
    ok = status < 400
    return Outcome(url, ok, status, "" if ok else f"HTTP {status}")


def _check_host(urls: list[str], timeout: float) -> list[Outcome]:
    outcomes = []
    for index, url in enumerate(urls):
        if index:
            time.sleep(settings.LINK_CHECK_DELAY)  # one host, one request at a time
        outcomes.append(check_one(url, timeout))
    return outcomes


def linked_urls() -> set[str]:
    offers = Offer.objects.exclude(status=OfferStatus.ARCHIVED).exclude(website="")
    providers = Provider.objects.exclude(website="")
    return set(offers.values_list("website", flat=True)) | set(
        providers.values_list("website", flat=True)
    )


def check_links(urls, *, timeout: float, workers: int, progress=None) -> list[Outcome]:
    """Every address checked, a host's addresses one after another; `progress(done)` as
    hosts are done (it may raise to stop: the hosts not yet started are not checked)."""
    by_host = defaultdict(list)
    for url in sorted(urls):
        by_host[urlsplit(url).netloc.lower()].append(url)
    outcomes = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending = [pool.submit(_check_host, group, timeout) for group in by_host.values()]
        try:
            for done in as_completed(pending):
                outcomes += done.result()
                if progress:
                    progress(len(outcomes))
        except BaseException:
            for future in pending:
                future.cancel()
            raise
    return outcomes


def work(job, progress) -> dict:
    """The work of a link-check job: every address offers and providers link to; nothing is
    recorded unless all were checked."""
    urls = linked_urls()
    parameters = job.parameters
    progress.step(gettext_noop("Checking web addresses"), len(urls))
    outcomes = check_links(
        urls,
        timeout=parameters.get("timeout", 10),
        workers=parameters.get("workers", 4),
        progress=progress.advance,
    )
    record(outcomes, keep=urls)
    broken = sorted(
        ({"url": o.url, "error": o.error} for o in outcomes if not o.ok), key=lambda o: o["url"]
    )
    return {"checked": len(outcomes), "broken": broken[:500], "broken_count": len(broken)}


@transaction.atomic
def record(outcomes: list[Outcome], keep: set[str]) -> None:
    """Store the outcomes; forget addresses nothing links to any more."""
    now = timezone.now()
    for outcome in outcomes:
        LinkCheck.objects.update_or_create(
            url=outcome.url,
            defaults={
                "ok": outcome.ok,
                "status_code": outcome.status_code,
                "error": outcome.error,
                "checked": now,
            },
        )
    LinkCheck.objects.exclude(url__in=keep).delete()
