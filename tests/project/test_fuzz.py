"""Hostile and random query strings against every public URL and JSON endpoint: the
answer is always a page (200), a redirect, or a clear refusal (400/404), never a 500.

The test client raises any exception a view lets through, so a crash fails with its
traceback. FUZZ_EXAMPLES sets the examples per URL (default 60; the closing notes give the
figures of longer runs)."""

import json
import os
from urllib.parse import quote_from_bytes

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offers.models import SharedList

from ..factories import ContactPersonFactory, LocationFactory, OfferFactory, OpeningSlotFactory

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
ALLOWED = {200, 301, 302, 400, 404}
KNOWN_KEYS = [
    "q", "category", "municipality", "target_group", "language", "free", "wheelchair",
    "open_now", "near", "postcode", "bbox", "zoom", "page", "sort", "person", "offers",
    "list", "location", "start", "format", "next", "lang", "per_page", "full",
]  # fmt: skip
HOSTILE = [
    "", "NaN", "nan", "Infinity", "-Infinity", "inf", "1e309", "-1e309", "9" * 400, "-0",
    "0x1F", "1_000", "٣", "¹", "50.9,6.7,51.0,6.8", "NaN,NaN,NaN,NaN", "inf,-inf,inf,-inf",
    "91,181,-91,-181", "6.7,50.9", "1,2,3", ",,,", "50.9;6.7", "50.9,6.7,51,6.8,1",
    "' OR '1'='1", "1; DROP TABLE offers_offer; --", "\" UNION SELECT password FROM auth_user--",
    "{{ settings.SECRET_KEY }}", "{% debug %}", "{{ request }}", "${7*7}", "<%= 7*7 %>",
    "<script>alert(1)</script>", "javascript:alert(1)", "\x00", "%00", "../../etc/passwd",
    "\u202eevil", "\ud83d\ude00", "a" * 5000, "Ä" * 2000, "?" * 300, "&&&", "==",
]  # fmt: skip


def encoded(raw: bytes) -> str:
    return quote_from_bytes(raw, safe="")


texts = st.text(max_size=80).map(lambda t: t.encode("utf-8", "surrogatepass"))
values = st.one_of(
    st.sampled_from(HOSTILE).map(lambda t: t.encode("utf-8", "surrogatepass")),
    texts,
    st.binary(max_size=40),  # invalid UTF-8 included
    st.integers(min_value=-(10**30), max_value=10**30).map(lambda n: str(n).encode()),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda f: repr(f).encode()),
)
keys = st.one_of(st.sampled_from(KNOWN_KEYS).map(str.encode), texts, st.binary(max_size=10))
# Repeated keys come from lists that name a key more than once.
query_strings = st.lists(st.tuples(keys, values), max_size=8).map(
    lambda pairs: "&".join(f"{encoded(k)}={encoded(v)}" for k, v in pairs)
)
# Now and then not even a well-formed query string.
raw_queries = st.one_of(
    query_strings,
    st.binary(max_size=60).map(lambda b: b.decode("latin-1")),
)


@pytest.fixture
def public_paths(db):
    offer = OfferFactory()
    LocationFactory(offer=offer)
    ContactPersonFactory(offer=offer)
    OpeningSlotFactory(offer=offer)
    shared = SharedList.for_ids("de", [offer.pk])
    paths = ["/healthz", f"/s/{shared.code}", "/s/nothing0", "/hsds/", "/hsds/services",
             f"/hsds/services/{offer.hsds_id}", "/hsds/organizations",
             "/hsds/service_at_locations", "/hsds/taxonomy_terms", "/hsds/services/x",
             "/api/openapi.json", "/sitemap.xml", "/sitemap-offers.xml", "/robots.txt"]  # fmt: skip
    for language in ("de", "ar"):
        paths += [
            f"/{language}/",
            f"/{language}/offers/",
            f"/{language}/offers/map.json",
            f"/{language}/offers/list.json",
            f"/{language}/offers/offers.geojson",
            f"/{language}/offers/table/",
            f"/{language}/offers/table.csv",
            f"/{language}/contacts/",
            f"/{language}/offers/{offer.pk}/",
            f"/{language}/offers/{offer.pk}/{offer.slug}/",
            f"/{language}/offers/{offer.pk}/wrong-slug/",
            f"/{language}/offers/{offer.pk}/popup.json",
            f"/{language}/offers/{offer.pk}/report/",
            f"/{language}/offers/99999999999999999999/",
            f"/{language}/offers/99999999999999999999/popup.json",
            f"/{language}/suggest/",
            f"/{language}/list/",
            f"/{language}/list/handout/",
            f"/{language}/thanks/",
        ]
    return paths


def test_no_query_string_breaks_a_public_page(client, public_paths):
    tried = []

    @settings(
        max_examples=EXAMPLES * len(public_paths),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(path=st.sampled_from(public_paths), query=raw_queries)
    def answer_is_never_an_error(path, query):
        response = client.get(path, QUERY_STRING=query)
        tried.append(path)
        assert response.status_code in ALLOWED, (path, query, response.status_code)
        if response.status_code == 200 and "json" in response.get("Content-Type", ""):
            json.loads(response.content)

    answer_is_never_an_error()
    print(f"fuzz: {len(tried)} requests over {len(set(tried))} URLs")
    assert len(set(tried)) == len(public_paths), "every URL was tried"
