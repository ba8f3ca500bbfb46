"""Load test: wrk against gunicorn on loopback, as docs/reliability.md reports it.

Usage: `.venv/bin/python scripts/load_test.py [--duration 60] [--connections 50]`.
Serves DATABASE_URL's database (default: db.sqlite3 with the demo data of `make run`) with
the production settings, gunicorn workers as docker-compose runs them (3) and the production
rate limits, behind a pretend TLS proxy (X-Forwarded-Proto). For each URL it runs
`wrk --latency` and prints requests per second, latency percentiles and every error (socket
errors, timeouts, answers other than 2xx/3xx). Exits 1 on any error. Needs wrk
(`apt-get install wrk`).
"""

import argparse
import contextlib
import re
import shutil
import subprocess
import sys

from serving import production_server

URLS = ("/de/offers/", "/de/offers/map.json")


def wrk(url: str, connections: int, seconds: int) -> dict:
    threads = min(2, connections)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency",
               "--timeout", "10s", "-H", "X-Forwarded-Proto: https",
               "-H", "Accept-Encoding: gzip", url]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    figures = {"output": output}
    figures["requests"] = int(re.search(r"(\d+) requests in", output)[1])
    figures["per_second"] = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])
    for percentile in ("50", "90", "99"):
        found = re.search(rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        scale = {"us": 0.001, "ms": 1, "s": 1000}[found[2]]
        figures[f"p{percentile}_ms"] = float(found[1]) * scale
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    figures["socket_errors"] = sum(map(int, socket_errors.groups())) if socket_errors else 0
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    figures["non_2xx"] = int(non_2xx[1]) if non_2xx else 0
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds per URL")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--base-url", help="a running site instead of a local gunicorn")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("wrk is missing: apt-get install wrk", file=sys.stderr)
        return 2
    errors = 0
    with contextlib.ExitStack() as stack:
        base = args.base_url or stack.enter_context(production_server(workers=args.workers))
        print(f"wrk: {args.connections} connections, {args.duration} s per URL, {base}")
        print(f"{'URL':24} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p90 ms':>8} "
              f"{'p99 ms':>8} {'errors':>7}")  # fmt: skip
        for path in URLS:
            result = wrk(base + path, args.connections, args.duration)
            failed = result["socket_errors"] + result["non_2xx"]
            errors += failed
            print(f"{path:24} {result['requests']:>9} {result['per_second']:>8.1f} "
                  f"{result['p50_ms']:>8.1f} {result['p90_ms']:>8.1f} {result['p99_ms']:>8.1f} "
                  f"{failed:>7}")  # fmt: skip
            if failed:
                print(result["output"], file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
