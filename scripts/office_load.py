"""What a busy office sends from one address: N advisors (default 40) behind one router use
the public finder at once for a few minutes — searches, filters, moving the map, offer pages,
the table as CSV — each with their own searches (so the page cache answers few of them).

Usage: `.venv/bin/python scripts/office_load.py [--advisors 40] [--minutes 2]`. Serves
DATABASE_URL's database (default: db.sqlite3 with `make run`'s demo data) with gunicorn and
the production settings, or `--base-url` a running site. Prints per minute and per kind of
page how many requests the office sent (all from 127.0.0.1), how many were refused (429), and
response times; settings.RATE_LIMITS should be about twice the busiest minute's counts.
"""

import argparse
import collections
import contextlib
import random
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from serving import production_server

SEARCHES = ("Deutschkurs", "Arzt", "Kita", "Beratung", "Wohnung", "Arbeit", "Schulden",
            "Integrationskurs", "B1", "Frauen", "Jobcenter", "Sprachcafé", "Hebamme",
            "Ausbildung", "Schule", "Kinderarzt", "Asyl", "Migrationsberatung")  # fmt: skip
TOWNS = ("bergheim", "kerpen", "huerth", "frechen", "erftstadt", "bruehl", "wesseling",
         "pulheim", "bedburg", "elsdorf")  # fmt: skip
KINDS = {"/de/offers/map.json": "map", "/de/offers/table.csv": "export"}


def kind_of(path: str) -> str:
    return KINDS.get(urllib.parse.urlsplit(path).path, "search")


class Office:
    def __init__(self, base: str):
        self.base = base
        self.lock = threading.Lock()
        self.sent = collections.Counter()  # (minute, kind) -> requests
        self.refused = collections.Counter()
        self.times = collections.defaultdict(list)

    def get(self, path: str, started: float) -> int:
        request = urllib.request.Request(
            self.base + path, headers={"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"}
        )
        begin = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        elapsed = (time.perf_counter() - begin) * 1000
        minute, kind = int((time.monotonic() - started) // 60), kind_of(path)
        with self.lock:
            self.sent[minute, kind] += 1
            self.times[kind].append(elapsed)
            if status == 429:
                self.refused[minute, kind] += 1
        return status


def advisor(office: Office, seed: int, until: float, started: float) -> None:
    """One advisor's consultations, back to back: a search in the list, a filter or two,
    the map moved around a town, offers opened, now and then the table for the client."""
    rng = random.Random(seed)
    while time.monotonic() < until:
        query = rng.choice(SEARCHES)
        town = rng.choice(TOWNS)
        office.get(f"/de/offers/?q={urllib.parse.quote(query)}", started)
        office.get(f"/de/offers/?q={urllib.parse.quote(query)}&near={town}", started)
        lat, lng = 50.85 + rng.random() * 0.15, 6.55 + rng.random() * 0.35
        for _move in range(rng.randint(3, 8)):
            lat += rng.uniform(-0.01, 0.01)
            lng += rng.uniform(-0.015, 0.015)
            bbox = f"{lng - 0.03:.4f},{lat - 0.02:.4f},{lng + 0.03:.4f},{lat + 0.02:.4f}"
            office.get(
                f"/de/offers/map.json?bbox={bbox}&zoom=14&q={urllib.parse.quote(query)}",
                started,
            )
            time.sleep(rng.uniform(1, 3))
        for page in range(1, rng.randint(2, 3)):
            office.get(f"/de/offers/?q={urllib.parse.quote(query)}&page={page}", started)
            time.sleep(rng.uniform(2, 6))
        if rng.random() < 0.2:
            office.get(f"/de/offers/table.csv?q={urllib.parse.quote(query)}", started)
        time.sleep(rng.uniform(5, 15))  # talking with the client


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--advisors", type=int, default=40)
    parser.add_argument("--minutes", type=float, default=2)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--base-url", help="a running site instead of a local gunicorn")
    parser.add_argument(
        "--no-limits", action="store_true", help="measure what the office sends, unlimited"
    )
    args = parser.parse_args()
    limits = (
        {"RATE_LIMIT_SEARCH": "0", "RATE_LIMIT_MAP": "0", "RATE_LIMIT_EXPORT": "0"}
        if args.no_limits
        else {}
    )
    with contextlib.ExitStack() as stack:
        base = args.base_url or stack.enter_context(
            production_server(workers=args.workers, **limits)
        )
        office = Office(base)
        started = time.monotonic()
        until = started + args.minutes * 60
        threads = [
            threading.Thread(target=advisor, args=(office, n, until, started), daemon=True)
            for n in range(args.advisors)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    print(f"{args.advisors} advisors, one address, {args.minutes:g} minutes, {base}")
    print(f"{'minute':>6} {'kind':8} {'requests':>9} {'refused':>8}")
    for minute, kind in sorted(office.sent):
        print(f"{minute:>6} {kind:8} {office.sent[minute, kind]:>9} "
              f"{office.refused[minute, kind]:>8}")  # fmt: skip
    for kind, times in sorted(office.times.items()):
        p95 = statistics.quantiles(times, n=20)[18] if len(times) >= 20 else max(times)
        print(f"{kind:8} p50 {statistics.median(times):6.0f} ms  p95 {p95:6.0f} ms")
    refused = sum(office.refused.values())
    print(f"refused (429): {refused}")
    return 1 if refused else 0


if __name__ == "__main__":
    raise SystemExit(main())
