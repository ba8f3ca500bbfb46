"""Coordinates from addresses, with geopy and a Nominatim-compatible service
(`GEOCODER_URL`: OpenStreetMap's by default; a deployment may run its own).

Following the Nominatim usage policy: an identifying user agent, at most one request per
second from this process, and every answer kept (GeocodedAddress) so that an address is
asked for once. A slow or unreachable service gives a clear message, never an error page:
editors can always place the marker by hand.
"""

import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _
from geopy.exc import GeocoderServiceError
from geopy.geocoders import Nominatim

from offers.models import GeocodedAddress

_lock = threading.Lock()
_last_request = 0.0


class GeocodingUnavailable(Exception):
    """The service did not answer usefully; the message says what to do instead."""


@dataclass(frozen=True)
class Found:
    latitude: float
    longitude: float
    label: str


def _service() -> Nominatim:
    parts = urlsplit(settings.GEOCODER_URL)
    return Nominatim(
        scheme=parts.scheme or "https",
        domain=(parts.netloc + parts.path).rstrip("/"),
        user_agent=settings.GEOCODER_USER_AGENT,
        timeout=settings.GEOCODER_TIMEOUT,
    )


def _ask(street: str, postcode: str, town: str):
    global _last_request
    with _lock:  # one request at a time, and at most one per second
        wait = settings.GEOCODER_MIN_DELAY - (time.monotonic() - _last_request)
        if wait > 0:
            time.sleep(wait)
        try:
            return _service().geocode(
                {"street": street, "postalcode": postcode, "city": town},
                country_codes=settings.GEOCODER_COUNTRY_CODES or None,
                language="de",
            )
        finally:
            _last_request = time.monotonic()


def locate(street: str, postcode: str, town: str) -> Found | None:
    """The coordinates of an address, or None if the service knows no such address."""
    query = ", ".join(part.strip() for part in (street, postcode, town) if part and part.strip())
    if not query:
        return None
    cached = GeocodedAddress.objects.filter(query=query).first()
    if cached is None:
        try:
            answer = _ask(street, postcode, town)
        except GeocoderServiceError as error:  # timeouts, refusals, unreachable, bad answers
            raise GeocodingUnavailable(
                _(
                    "The address search did not answer (%(reason)s). Place the marker on the "
                    "map by hand, or try again later."
                )
                % {"reason": type(error).__name__}
            ) from error
        cached = GeocodedAddress.objects.create(
            query=query,
            latitude=answer.latitude if answer else None,
            longitude=answer.longitude if answer else None,
            label=(answer.address if answer else "")[:400],
        )
    if cached.latitude is None:
        return None
    return Found(cached.latitude, cached.longitude, cached.label)


def find_start(text: str) -> Found | None:
    """A route's start typed as free text ("Hauptstraße 5, Bergheim"). Not kept: it may be
    where the person lives (the privacy page says so), so it is asked for each time."""
    global _last_request
    query = text.strip()[:200]
    if not query:
        return None
    with _lock:
        wait = settings.GEOCODER_MIN_DELAY - (time.monotonic() - _last_request)
        if wait > 0:
            time.sleep(wait)
        try:
            answer = _service().geocode(
                query, country_codes=settings.GEOCODER_COUNTRY_CODES or None, language="de"
            )
        except GeocoderServiceError as error:
            raise GeocodingUnavailable(type(error).__name__) from error
        finally:
            _last_request = time.monotonic()
    if answer is None:
        return None
    return Found(answer.latitude, answer.longitude, answer.address[:400])
