"""Measurements over HTTP: gunicorn on loopback with production settings, each page next to
a static file of the same bytes served by the same gunicorn and whitenoise."""

import http.client
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

from . import ROOT
from .measure import percentiles

WORKERS = 2  # the machine's cores (wrk shares them: compare ratios, not absolute figures)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    def __init__(self, env: dict):
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "integrationmap.wsgi:application",
             "--bind", f"127.0.0.1:{self.port}", "--workers", str(WORKERS)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            if self.process.poll() is not None:
                raise RuntimeError(self.process.stderr.read().decode()[-2000:])
            time.sleep(0.2)
        raise TimeoutError("gunicorn did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(20)


def latency(port: int, path: str, runs: int, unique: bool = False) -> dict:
    """Sequential requests on one kept-alive connection; `unique` adds an ignored parameter
    so that no answer comes from the page cache."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    times = []
    for index in range(runs):
        target = path
        if unique:
            target += ("&" if "?" in path else "?") + f"bench={time.time_ns()}{index}"
        begin = time.perf_counter()
        conn.request("GET", target, headers={"Host": "127.0.0.1"})
        response = conn.getresponse()
        response.read()
        times.append((time.perf_counter() - begin) * 1000)
        assert response.status == 200, (target, response.status)
    conn.close()
    return percentiles(times)


def throughput(port: int, path: str, seconds: int = 10) -> dict:
    """Requests per second under load: wrk if installed, else a loop of 4 threads."""
    url = f"http://127.0.0.1:{port}{path}"
    if shutil.which("wrk"):
        out = subprocess.run(["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", url],
                             capture_output=True, text=True, check=True).stdout  # fmt: skip
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])
        return {"tool": "wrk -t2 -c16", "rps": round(rps, 1)}
    import concurrent.futures

    deadline = time.monotonic() + seconds

    def loop():
        conn, done = http.client.HTTPConnection("127.0.0.1", port, timeout=60), 0
        while time.monotonic() < deadline:
            conn.request("GET", path, headers={"Host": "127.0.0.1"})
            conn.getresponse().read()
            done += 1
        return done

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        total = sum(pool.map(lambda _i: loop(), range(4)))
    return {"tool": "python, 4 threads", "rps": round(total / seconds, 1)}


def over_http(env: dict, cases: list[tuple[str, str]], list_page: bytes, quick: bool) -> dict:
    """Start gunicorn, measure each case warm (page cache) and cold, and the list page's
    throughput against a static file of the same bytes."""
    static = Path(env["STATIC_ROOT"]) / "bench" / "list-page.html"
    static.parent.mkdir(parents=True, exist_ok=True)
    static.write_bytes(list_page)  # before gunicorn starts: whitenoise indexes at start-up
    server = Gunicorn(env)
    try:
        runs = 20 if quick else 60
        results = {"static file": latency(server.port, "/static/bench/list-page.html", runs)}
        for name, path in cases:
            latency(server.port, path, 2)  # warm up
            results[name] = {
                "warm": latency(server.port, path, runs),
                "cold": latency(server.port, path, max(5, runs // 4), unique=True),
            }
        seconds = 5 if quick else 10
        results["throughput"] = {
            "list page": throughput(server.port, "/de/offers/", seconds),
            "static file": throughput(server.port, "/static/bench/list-page.html", seconds),
        }
        page, file = (results["throughput"][k]["rps"] for k in ("list page", "static file"))
        results["throughput"]["ratio"] = round(page / file, 2)
        results["static_p50"] = statistics.median([results["static file"]["p50"]])
    finally:
        server.stop()
    return results
