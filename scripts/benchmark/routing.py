"""`python -m scripts.benchmark.routing` (`make bench-routing`): the routing engine on a
synthetic district (docs/performance.md, issue 18).

A street grid of ~150,000 nodes (388 × 388, 100 m apart: 38 km square, about the
Rhein-Erft-Kreis) written with pyosmium, and a GTFS feed of 50 bus lines (25 east–west, 25
north–south, both directions, a stop every 400 m, every 20 minutes from 05:00 to 23:00).
It reports the build's time per step and size, the engine's memory, and route times: the
engine's answer through routing.engines (in process) and the whole way page (Django's full
stack), for on foot, by bicycle and by bus, over random pairs of places 2–12 km apart."""

import argparse
import csv
import datetime
import os
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIDE = 388
STEP = 0.0009  # degrees of latitude, ~100 m
LAT0, LON0 = 50.80, 6.55


def arguments(argv=None):
    parser = argparse.ArgumentParser(prog="python -m scripts.benchmark.routing")
    parser.add_argument("--routes", type=int, default=60, help="routes per mode")
    parser.add_argument("--side", type=int, default=SIDE, help="grid nodes per side")
    return parser.parse_args(argv)


def node(row, column, side):
    return LAT0 + row * STEP, LON0 + column * STEP * 1.58  # ~100 m east–west at 51° N


def write_streets(path: Path, side: int) -> int:
    import osmium

    writer = osmium.SimpleWriter(str(path))
    stamp = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    common = {"version": 1, "visible": True, "changeset": 1, "timestamp": stamp, "uid": 1,
              "user": "bench"}  # fmt: skip

    def nid(row, column):
        return row * side + column + 1

    for row in range(side):
        for column in range(side):
            latitude, longitude = node(row, column, side)
            writer.add_node(
                osmium.osm.mutable.Node(
                    id=nid(row, column), location=(longitude, latitude), **common
                )
            )
    way = 0
    for row in range(side):
        way += 1
        kind = "secondary" if row % 40 == 0 else "residential"
        writer.add_way(
            osmium.osm.mutable.Way(
                id=way,
                nodes=[nid(row, c) for c in range(side)],
                tags={"highway": kind, "name": f"Straße {row}"},
                **common,
            )
        )
    for column in range(side):
        way += 1
        kind = "secondary" if column % 40 == 0 else "residential"
        writer.add_way(
            osmium.osm.mutable.Way(
                id=way,
                nodes=[nid(r, column) for r in range(side)],
                tags={"highway": kind, "name": f"Weg {column}"},
                **common,
            )
        )
    writer.close()
    return side * side


def write_feed(folder: Path, side: int) -> int:
    folder.mkdir(parents=True)
    today = datetime.date.today()
    stops, routes, trips, times = {}, [], [], []
    lines = [("r", k * side // 26) for k in range(1, 26)] + [
        ("c", k * side // 26) for k in range(1, 26)
    ]
    for number, (kind, index) in enumerate(lines, 1):
        route = f"L{number}"
        routes.append([route, "bench", str(900 + number), f"Linie {900 + number}", "3"])
        path = []
        for position in range(0, side, 4):
            row, column = (index, position) if kind == "r" else (position, index)
            stop = f"{kind}{index}-{position}"
            latitude, longitude = node(row, column, side)
            stops[stop] = [stop, f"Halt {kind}{index}/{position}", latitude + 0.0001, longitude]
            path.append(stop)
        for direction, ordered in enumerate((path, path[::-1])):
            for k, first in enumerate(range(5 * 60, 23 * 60, 20)):
                trip = f"{route}-{direction}-{k}"
                trips.append([route, "daily", trip, stops[ordered[-1]][1]])
                for sequence, stop in enumerate(ordered, 1):
                    minute = first + (sequence - 1)
                    clock = f"{minute // 60:02d}:{minute % 60:02d}:00"
                    times.append([trip, clock, clock, stop, sequence])

    def table(name, header, rows):
        with (folder / name).open("w", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(header)
            writer.writerows(rows)

    table("agency.txt", ["agency_id", "agency_name", "agency_url", "agency_timezone"],
          [["bench", "Bench", "https://example.org", "Europe/Berlin"]])  # fmt: skip
    table("stops.txt", ["stop_id", "stop_name", "stop_lat", "stop_lon"], stops.values())
    table("routes.txt", ["route_id", "agency_id", "route_short_name", "route_long_name",
                         "route_type"], routes)  # fmt: skip
    start, end = today - datetime.timedelta(days=3), today + datetime.timedelta(days=30)
    table("calendar.txt", ["service_id", "monday", "tuesday", "wednesday", "thursday", "friday",
                           "saturday", "sunday", "start_date", "end_date"],
          [["daily", *["1"] * 7, start.strftime("%Y%m%d"), end.strftime("%Y%m%d")]])  # fmt: skip
    table("trips.txt", ["route_id", "service_id", "trip_id", "trip_headsign"], trips)
    table("stop_times.txt", ["trip_id", "arrival_time", "departure_time", "stop_id",
                             "stop_sequence"], times)  # fmt: skip
    return len(lines)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main(argv=None):
    options = arguments(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-routing-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integrationmap.settings.test")
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ["DATABASE_URL"] = f"sqlite:///{work / 'bench.sqlite3'}"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)

    from offers.geo import Point
    from routing import engine_data
    from routing.engines import RoutingError, find_journey
    from tests.processes import free_port, wait_for

    began = time.perf_counter()
    nodes = write_streets(work / "district.osm.pbf", options.side)
    lines = write_feed(work / "gtfs", options.side)
    print(f"Inputs: {nodes:,} street nodes, {lines} bus lines, written in "
          f"{time.perf_counter() - began:.1f} s", flush=True)  # fmt: skip
    steps = []
    last = [time.perf_counter()]

    def report(message):
        now = time.perf_counter()
        if steps:
            steps[-1] = (steps[-1][0], now - last[0])
        steps.append((message, 0.0))
        last[0] = now
        print(message, flush=True)

    began = time.perf_counter()
    data = engine_data.build(osm=work / "district.osm.pbf", gtfs=[work / "gtfs"],
                             data_dir=work / "data", report=report)  # fmt: skip
    build_seconds = time.perf_counter() - began
    size = sum(f.stat().st_size for f in (data / "tiles").rglob("*") if f.is_file())
    size += sum(f.stat().st_size for f in (data / "transit").rglob("*") if f.is_file())
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    settings.VALHALLA_URL = url
    settings.ROUTING_TIMEOUT_SECONDS = 30
    service = subprocess.Popen(engine_data.service_command(data, url=url, threads=2),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    wait_for(port, 60)
    memory_idle = rss_mb(service.pid)
    rng = random.Random(7)
    side = options.side
    zone = datetime.timezone(datetime.timedelta(hours=1))
    when = datetime.datetime.combine(datetime.date.today(), datetime.time(8, 0), zone)
    results = {}
    try:
        for mode in ("foot", "bicycle", "transit"):
            times, failures = [], 0
            while len(times) < options.routes:
                a = (rng.randrange(side), rng.randrange(side))
                b = (rng.randrange(side), rng.randrange(side))
                km = ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 * 0.1
                if not 2 <= km <= (5 if mode == "foot" else 12):
                    continue
                start, end = Point(*node(*a, side)), Point(*node(*b, side))
                began = time.perf_counter()
                try:
                    find_journey(mode=mode, start=start, end=end,
                                 when=when if mode == "transit" else None)  # fmt: skip
                except RoutingError:
                    failures += 1
                    continue
                times.append((time.perf_counter() - began) * 1000)
            results[mode] = (times, failures)
        pages = way_pages(Client(HTTP_HOST="127.0.0.1"), options.routes, rng, side, node)
        over_http = way_pages_over_http(work, url, options.routes, rng, side)
        memory_busy = rss_mb(service.pid)
    finally:
        service.terminate()
        service.wait(30)
    print(f"\nRouting benchmark ({nodes:,} street nodes, {lines} bus lines, "
          f"{os.cpu_count()} cores)")  # fmt: skip
    print(f"  build: {build_seconds:.1f} s in all; data {size / 1e6:.1f} MB")
    for message, seconds in steps[:-1]:
        print(f"    {message:32} {seconds:6.1f} s")
    print(f"  engine memory: {memory_idle:.0f} MB after start, {memory_busy:.0f} MB after "
          f"the routes")  # fmt: skip
    print(f"  {'mode':8} {'routes':>6} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'no route':>8}")
    for mode, (times, failures) in results.items():
        print(f"  {mode:8} {len(times):6} {statistics.median(times):7.1f} "
              f"{percentile(times, 0.95):7.1f} {max(times):7.1f} {failures:8}")  # fmt: skip
    print(f"  way page, bus (POST from a position, Django's full stack): "
          f"p50 {statistics.median(pages):.1f} ms, "
          f"p95 {percentile(pages, 0.95):.1f} ms")  # fmt: skip
    print(f"  the same over HTTP (gunicorn, 2 workers, production settings): "
          f"p50 {statistics.median(over_http):.1f} ms, "
          f"p95 {percentile(over_http, 0.95):.1f} ms")  # fmt: skip
    return 0


def start_near(place, rng, side):
    """A grid point 2–12 km from `place` (as the route times above are measured)."""
    while True:
        row, column = rng.randrange(side), rng.randrange(side)
        latitude, longitude = node(row, column, side)
        km = ((latitude - place[0]) ** 2 * 111**2 + (longitude - place[1]) ** 2 * 70**2) ** 0.5
        if 2 <= km <= 12:
            return latitude, longitude


def way_pages_over_http(work: Path, engine_url: str, count: int, rng, side) -> list[float]:
    """The way pages of `way_pages` (its 20 places) through gunicorn on loopback."""
    import http.client

    from offers.models import Location

    from .http import Gunicorn

    static = work / "static"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "integrationmap.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(static),
        "VALHALLA_URL": engine_url,
        "RATE_LIMIT_ROUTE": "0",
        "LOG_LEVEL": "WARNING",
    }
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
                   cwd=ROOT, env=env, check=True)  # fmt: skip
    places = list(Location.objects.values_list("offer_id", "pk", "latitude", "longitude"))
    server = Gunicorn(env)
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    times, tries = [], 0
    try:
        while len(times) < count:
            tries += 1
            if tries > count * 5:
                raise SystemExit(f"way page over HTTP: no route in {tries} tries")
            offer, place, *position = rng.choice(places)
            latitude, longitude = start_near(position, rng, side)
            body = urllib.parse.urlencode({
                "mode": "transit", "latitude": f"{latitude:.6f}",
                "longitude": f"{longitude:.6f}", "leave": "at", "time": "08:00",
            })  # fmt: skip
            began = time.perf_counter()
            connection.request("POST", f"/de/offers/{offer}/way/{place}/", body, {
                "Host": "127.0.0.1", "Content-Type": "application/x-www-form-urlencoded",
            })  # fmt: skip
            response = connection.getresponse()
            content = response.read()
            if response.status == 200 and b"way-legs" in content:
                times.append((time.perf_counter() - began) * 1000)
    finally:
        server.stop()
    return times


def way_pages(client, count, rng, side, node) -> list[float]:
    """The whole way page by bus, from a position to one of 20 places."""
    from tests.conftest import create_reference_data
    from tests.factories import LocationFactory, OfferFactory

    create_reference_data()
    places = []
    for _ in range(20):
        latitude, longitude = node(rng.randrange(side), rng.randrange(side), side)
        offer = OfferFactory(available_by_phone=False)
        places.append(LocationFactory(offer=offer, latitude=latitude, longitude=longitude))
    times, tries = [], 0
    while len(times) < count:
        tries += 1
        if tries > count * 5:
            raise SystemExit(f"way page: no route in {tries} tries")
        place = rng.choice(places)
        latitude, longitude = start_near((place.latitude, place.longitude), rng, side)
        data = {"mode": "transit", "latitude": f"{latitude:.6f}", "longitude": f"{longitude:.6f}",
                "leave": "at", "time": "08:00"}  # fmt: skip
        began = time.perf_counter()
        response = client.post(f"/de/offers/{place.offer_id}/way/{place.pk}/", data)
        elapsed = (time.perf_counter() - began) * 1000
        if response.status_code == 200 and b"way-legs" in response.content:
            times.append(elapsed)
    return times


if __name__ == "__main__":
    raise SystemExit(main())
