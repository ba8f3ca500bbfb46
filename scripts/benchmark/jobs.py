"""`python -m scripts.benchmark.jobs` (`make bench-jobs`): the back office's long work, timed —
the preview and the import of 5,000 changed and of 5,000 new spreadsheet rows, the undo of
that import, and the export of all offers, each as the job the editor starts, on a data set
of 5,200 offers (PostgreSQL by default, `--engine sqlite` for the file). While the import of
new rows runs, the public list is asked for distinct searches over HTTP (gunicorn, production
settings) and its p95 compared with the p95 of the same requests with no job running.

Figures, not a test: docs/performance.md records them."""

import argparse
import csv
import json
import os
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from . import ROOT, datasets

OFFERS = 5_200
ROWS = 5_000
SEARCHES = ("Deutschkurs", "Arzt", "Kita", "Beratung", "Wohnung", "Arbeit", "Schulden",
            "Integrationskurs", "Frauen", "Jobcenter", "Sprachcafé", "Hebamme")  # fmt: skip


def arguments(argv=None):
    parser = argparse.ArgumentParser(prog="python -m scripts.benchmark.jobs")
    parser.add_argument("--engine", default="postgresql", choices=("postgresql", "sqlite"))
    parser.add_argument(
        "--postgres",
        default=os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432"),
    )
    parser.add_argument("--out", default=str(ROOT / "bench-results"))
    return parser.parse_args(argv)


def sheets(folder: Path):
    """The two files: every offer's summary changed (5,000 rows), and 5,000 new offers."""
    from offers.editorial.spreadsheet.rows import export_rows
    from offers.models import Offer

    first = list(Offer.objects.order_by("pk").values_list("pk", flat=True)[:ROWS])
    headers, rows = export_rows(Offer.objects.filter(pk__in=first))
    rows = [dict(zip(headers, row, strict=True)) for row in rows]
    changed = [{**row, "summary_de": row["summary_de"] + " Neu: auch samstags."} for row in rows]
    new = [
        {**row, "external_id": "", "title_de": f"{row['title_de']} (Kurs {n})"}
        for n, row in enumerate(rows)
    ]
    paths = {}
    for name, lines in (("changed", changed), ("new", new)):
        path = folder / f"bench-{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as file:
            writer = csv.DictWriter(file, headers)
            writer.writeheader()
            writer.writerows(lines)
        paths[name] = path
    return paths


def run_job(work, **job):
    from offers import jobs

    created = jobs.create(**job)
    started = time.perf_counter()
    ended = jobs.run(created.pk, work)
    seconds = time.perf_counter() - started
    if ended.status != "done":
        sys.exit(f"{job['kind']} {job.get('title')}: {ended.status} {ended.error}")
    return ended, seconds


def import_file(path: Path, user, *, apply=True):
    from offers.editorial.spreadsheet import importing
    from offers.models import JobFileRole, JobKind

    upload = (JobFileRole.UPLOAD, path.name, "text/csv", path.read_bytes())
    parameters = {"encoding": "auto", "allow_emptying": False}
    preview, preview_s = run_job(importing.check, kind=JobKind.IMPORT_PREVIEW, title=path.name,
                                 user=user, parameters=parameters, files=[upload])  # fmt: skip
    if not apply:
        return preview, preview_s, None, None
    imported, import_s = run_job(importing.apply, kind=JobKind.IMPORT_APPLY, title=path.name,
                                 user=user, parameters=parameters, parent=preview)  # fmt: skip
    return preview, preview_s, imported, import_s


class ListProbe:
    """Distinct searches of the public list over HTTP, from two threads that each wait
    `pause` seconds between requests (a busy office, not a flood that would leave no core for
    anything else); latencies in ms."""

    def __init__(self, base: str, pause: float = 0.3):
        self.base = base
        self.pause = pause
        self.rng = random.Random(11)
        self.lock = threading.Lock()

    def path(self) -> str:
        with self.lock:
            query = f"{self.rng.choice(SEARCHES)} {self.rng.randint(1, 10**6)}"
        return "/de/offers/?q=" + urllib.parse.quote(query)

    def one(self) -> float:
        request = urllib.request.Request(
            self.base + self.path(), headers={"X-Forwarded-Proto": "https"}
        )
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
        return (time.perf_counter() - started) * 1000

    def run(self, *, count: int | None = None, until=None) -> list[float]:
        times: list[float] = []

        def loop():
            while True:
                with self.lock:
                    if count is not None and len(times) >= count:
                        return
                if until is not None and until():
                    return
                elapsed = self.one()
                with self.lock:
                    times.append(elapsed)
                time.sleep(self.pause)

        threads = [threading.Thread(target=loop) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return times


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[18]


def main(argv=None):
    options = arguments(argv)
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    data = datasets.dataset(options.engine, OFFERS, out, options.postgres)
    if options.engine == "postgresql":
        data = datasets.Dataset(
            data.engine, OFFERS, f"{options.postgres}/integrationmap_bench_jobs"
        )
    datasets.ensure(data, lambda message: print(message, flush=True))
    os.environ.update(
        {
            "DATABASE_URL": data.url,
            "DJANGO_SETTINGS_MODULE": "integrationmap.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "SECURE_SSL_REDIRECT": "false",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "LOG_LEVEL": "WARNING",
            "RATE_LIMIT_SEARCH": "0",
        }
    )
    sys.path.insert(0, str(ROOT / "scripts"))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from serving import production_server

    from offers.editorial import changesets
    from offers.editorial.spreadsheet import exporting
    from offers.models import Job, JobKind, Offer

    user, _created = get_user_model().objects.get_or_create(username="bench-editor")
    figures = {"engine": options.engine, "offers": Offer.objects.count(), "rows": ROWS}
    folder = Path(tempfile.mkdtemp(prefix="bench-jobs-"))
    paths = sheets(folder)

    _p, figures["changed_preview_s"], changed_job, figures["changed_import_s"] = import_file(
        paths["changed"], user
    )
    _u, figures["changed_undo_s"] = run_job(
        changesets.undo_job, kind=JobKind.UNDO, title="undo", user=user, parent=changed_job
    )
    # New rows without anything else running, then undone, then again while the site is busy.
    _p, figures["new_preview_s"], alone, figures["new_import_s"] = import_file(paths["new"], user)
    _u, figures["new_undo_s"] = run_job(
        changesets.undo_job, kind=JobKind.UNDO, title="undo", user=user, parent=alone
    )

    with production_server(workers=2, start_timeout=300) as base:
        probe = ListProbe(base)
        probe.run(count=20)  # warm up
        idle = probe.run(count=200)
        preview, _seconds, _i, _s = import_file(paths["new"], user, apply=False)
        # The import of new rows as a deployment runs it: queued, and run by a worker process
        # at a lower CPU priority (nice 10, as make run and docker-compose start it), while
        # the public list is asked all the while.
        from offers import jobs
        from offers.editorial import tasks

        job = jobs.start(
            task=tasks.import_sheet,
            kind=JobKind.IMPORT_APPLY,
            title=paths["new"].name,
            user=user,
            parameters={"encoding": "auto"},
            parent=preview,
        )
        worker = subprocess.Popen(
            ["nice", "-n", "10", sys.executable, "manage.py", "db_worker", "--batch",
             "--no-startup-delay", "--no-reload"],
            cwd=ROOT, env=os.environ.copy(),
        )  # fmt: skip
        busy = probe.run(until=lambda: worker.poll() is not None)
        worker.wait()
    job.refresh_from_db()
    if job.status != "done":
        sys.exit(f"import of new rows: {job.status} {job.error}")
    figures["new_import_busy_site_s"] = (job.finished - job.started).total_seconds()
    figures.update(
        list_idle_p95_ms=p95(idle),
        list_busy_p95_ms=p95(busy),
        list_busy_requests=len(busy),
        list_p95_ratio=p95(busy) / p95(idle),
    )
    run_job(changesets.undo_job, kind=JobKind.UNDO, title="undo", user=user, parent=job)
    all_ids = list(Offer.objects.values_list("pk", flat=True))
    for file_format in ("xlsx", "csv"):
        parameters = {"offers": all_ids, "format": file_format}
        export, seconds = run_job(
            exporting.export, kind=JobKind.EXPORT, title="all", user=user, parameters=parameters
        )
        figures[f"export_{file_format}_s"] = seconds
        figures[f"export_{file_format}_mb"] = export.files.get().size / 2**20
    Job.objects.filter(created_by=user).delete()  # the data set stays as it was

    print(f"\n{options.engine}, {figures['offers']:,} offers, files of {ROWS:,} rows")
    for key, value in figures.items():
        if isinstance(value, float):
            print(f"  {key:22} {value:10.2f}")
    (out / f"jobs-{options.engine}.json").write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
