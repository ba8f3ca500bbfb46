"""Measurements inside one process that has a benchmark database as its DATABASE_URL:
every case through Django's full stack (middleware included), without and with the page
cache, its SQL, its size, and its physical baseline."""

import gzip
import json
import statistics
import time

from django.conf import settings
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from integrationmap.infrastructure.memory import freeze_startup_objects
from offers.models import Offer
from offers.public.filters import OfferFilter
from offers.public.markers import MapViewForm, chosen_rows

CITY_VIEW = "bbox=6.66,50.87,6.74,50.91&zoom=13"  # Kerpen and Sindorf at city zoom
MIN_RUNS, MAX_RUNS, SECONDS_PER_CASE = 5, 60, 3.0


def cases() -> list[tuple[str, str]]:
    offer = (
        Offer.objects.public()
        .filter(locations__isnull=False, contacts__isnull=False)
        .order_by("pk")
        .first()
    )
    return [
        ("map, whole area", "/de/offers/map.json"),
        ("map, city view", f"/de/offers/map.json?{CITY_VIEW}"),
        ("list", "/de/offers/"),
        ("list, 2 filters", "/de/offers/?category=sprachkurse&municipality=kerpen"),
        ("search", "/de/offers/?q=deutschkurs"),
        # Issue 17: a topic word with a town, words that name no topic, a topic in Farsi.
        ("search, topic and town", "/de/offers/?q=Schuldnerberatung%20Kerpen"),
        ("search, no topic word", "/de/offers/?q=Caritas"),
        ("search, in Farsi", "/fa/offers/?q=%D9%BE%D8%B2%D8%B4%DA%A9"),
        ("offer page", offer.get_absolute_url().replace("/en/", "/de/")),
    ]


def percentiles(times: list[float]) -> dict:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50": round(statistics.median(ordered), 2), "p95": round(p95, 2), "runs": len(ordered)}


def repeat(action) -> dict:
    return repeat_in_turns(action)[0]


def repeat_in_turns(*actions) -> list[dict]:
    """The actions timed in turns, so that the machine's ups and downs fall on all of them
    alike and their ratios hold even where the absolute figures wander."""
    times = [[] for _action in actions]
    started = time.perf_counter()
    while len(times[0]) < MIN_RUNS or (
        len(times[0]) < MAX_RUNS and time.perf_counter() - started < len(actions) * SECONDS_PER_CASE
    ):
        for action, into in zip(actions, times, strict=True):
            begin = time.perf_counter()
            action()
            into.append((time.perf_counter() - begin) * 1000)
    return [percentiles(found) for found in times]


def explain(sql: str, params) -> dict:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
            plan = [row[0] for row in cursor.fetchall()]
            indexes = sorted(
                {line.split(" using ")[1].split()[0] for line in plan if " using " in line}
            )
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            plan = [row[-1] for row in cursor.fetchall()]
            indexes = sorted(
                {line.split(" INDEX ")[1].split()[0] for line in plan if " INDEX " in line}
            )
    return {"plan": plan, "indexes": indexes}


def raw_map_baseline(url: str):
    """The rows the map endpoint sends, fetched with the bare DB-API cursor, plus json.dumps:
    what the endpoint costs at the least. Returns (mode, the timed action)."""
    query = url.split("?", 1)[1] if "?" in url else ""
    from django.http import QueryDict

    data = QueryDict(query)
    with translation.override("de"):
        offers = OfferFilter(data, queryset=Offer.objects.public()).qs
        box, zoom = MapViewForm(data).view()
        mode, query, _rows = chosen_rows(offers, box, zoom, "de")
        sql, params = query.query.sql_with_params()
    connection.ensure_connection()
    raw = connection.connection
    if connection.vendor == "sqlite":
        sql = sql.replace("%s", "?")

    def run():
        cursor = raw.cursor()
        cursor.execute(sql, params)
        json.dumps(cursor.fetchall(), ensure_ascii=False, separators=(",", ":"))
        cursor.close()

    return mode, run


def in_process() -> dict:
    client = Client(HTTP_HOST="127.0.0.1")
    client.get("/de/offers/")
    freeze_startup_objects()  # as the WSGI entry point does after loading the application
    results = {}
    for name, url in cases():
        client.get(url)  # reference data into the cache
        with override_settings(PAGE_CACHE_SECONDS=0):
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url)
            # Read now: the next request empties the log the context reads from.
            queries = list(captured.captured_queries)
            assert response.status_code == 200, (url, response.status_code)
            if url.startswith("/de/offers/map.json"):
                mode, raw = raw_map_baseline(url)
                cold, base = repeat_in_turns(lambda url=url: client.get(url), raw)
                baseline = {"mode": mode, **base}
            else:
                cold, baseline = repeat(lambda url=url: client.get(url)), None
        slowest = max(queries, key=lambda q: float(q["time"]))
        client.get(url)  # into the page cache
        warm = repeat(lambda url=url: client.get(url))
        body = response.content
        entry = {
            "url": url,
            "queries": len(queries),
            "bytes": len(body),
            "gzip_bytes": len(gzip.compress(body, 6)),
            "cold": cold,
            "warm": warm,
            "slowest_query_ms": round(float(slowest["time"]) * 1000, 2),
        }
        if baseline:
            entry["baseline"] = baseline
            entry["ratio_to_baseline"] = round(cold["p50"] / baseline["p50"], 2)
        if name in ("list", "list, 2 filters", "map, city view", "offer page") or name.startswith(
            "search"
        ):
            entry["explain"] = explain_slowest(url, client)
        results[name] = entry
    return results


def explain_slowest(url: str, client) -> dict:
    """EXPLAIN of the request's slowest query, with the parameters it really had."""
    with override_settings(PAGE_CACHE_SECONDS=0):
        queries = []

        def keep(execute, sql, params, many, context):
            queries.append((sql, params))
            begin = time.perf_counter()
            result = execute(sql, params, many, context)
            queries[-1] = (sql, params, time.perf_counter() - begin)
            return result

        with connection.execute_wrapper(keep):
            client.get(url)
    sql, params, _seconds = max(queries, key=lambda q: q[2])
    return {"sql": sql[:2000], **explain(sql, params)}


def describe_database() -> dict:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            version = cursor.fetchone()[0]
            cursor.execute("SHOW shared_buffers")
            extra = {"shared_buffers": cursor.fetchone()[0]}
        else:
            cursor.execute("SELECT sqlite_version()")
            version, extra = cursor.fetchone()[0], {}
    return {"vendor": connection.vendor, "version": version, **extra,
            "offers": Offer.objects.count(), "public_offers": Offer.objects.public().count(),
            "settings": settings.SETTINGS_MODULE}  # fmt: skip
