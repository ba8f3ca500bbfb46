"""`manage.py benchmark` (`make bench`): see integrationmap/benchmark/ and docs/performance.md.

Each data set is measured in a process of its own (its DATABASE_URL, production settings),
which this command starts and whose JSON it collects into one table and file."""

import datetime
import json
import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Measure the public pages and the map at 2,000 / 20,000 / 200,000 offers."

    def add_arguments(self, parser):
        parser.add_argument("--engines", default="postgresql,sqlite",
                            help="postgresql and/or sqlite (comma-separated)")  # fmt: skip
        parser.add_argument("--sizes", default="2000,20000,200000",
                            help="numbers of offers (comma-separated)")  # fmt: skip
        parser.add_argument(
            "--postgres",
            default=os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432"),
            help="the PostgreSQL server for the benchmark databases (BENCH_POSTGRES)",
        )
        parser.add_argument("--quick", action="store_true", help="fewer runs (a first look)")
        parser.add_argument("--out", default=str(settings.BASE_DIR / "bench-results"))
        parser.add_argument("--measure-into", help=argparse_hidden())

    def handle(self, *args, **options):
        if options["measure_into"]:
            return self.measure(Path(options["measure_into"]), options["quick"])
        from integrationmap.benchmark import datasets, report

        out = Path(options["out"])
        out.mkdir(parents=True, exist_ok=True)
        engines = [e.strip() for e in options["engines"].split(",") if e.strip()]
        sizes = [int(s) for s in options["sizes"].split(",") if s.strip()]
        if not set(engines) <= {"postgresql", "sqlite"}:
            raise CommandError("--engines: postgresql and/or sqlite")
        static_root = Path(tempfile.mkdtemp(prefix="bench-static-"))
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "integrationmap.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "SECURE_SSL_REDIRECT": "false",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "STATIC_ROOT": str(static_root),
            "LOG_LEVEL": "WARNING",
            # As docker-compose runs it.
            "CONN_MAX_AGE": "60",
            "CONN_HEALTH_CHECKS": "false",
        }
        self.stdout.write("Collecting static files for the production settings…")
        self.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], env)
        results = {}
        for engine in engines:
            for size in sizes:
                data = datasets.dataset(engine, size, out, options["postgres"])
                datasets.ensure(data, self.stdout.write)
                self.stdout.write(f"{data.label}: measuring…")
                target = out / f".measure-{engine}-{size}.json"
                command = [sys.executable, "manage.py", "benchmark", "--measure-into", str(target)]
                if options["quick"]:
                    command.append("--quick")
                self.run(command, {**env, "DATABASE_URL": data.url})
                results[data.label] = json.loads(target.read_text())
                target.unlink()
        info = {
            "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            "machine": report.machine(),
            "command": " ".join(["manage.py benchmark", *sys.argv[2:]]),
        }
        stamp = info["date"][:19].replace(":", "-")
        document = {"info": info, "results": results}
        for name in (f"benchmark-{stamp}.json", "latest.json"):
            (out / name).write_text(json.dumps(document, indent=1, ensure_ascii=False))
        table = report.markdown(results, info)
        (out / "latest.md").write_text(table + "\n")
        self.stdout.write(table)
        self.stdout.write(f"\nJSON: {out / 'latest.json'}; Markdown: {out / 'latest.md'}")

    def run(self, command, env):
        result = subprocess.run(command, cwd=settings.BASE_DIR, env=env)
        if result.returncode:
            raise CommandError(f"failed: {' '.join(command)}")

    def measure(self, target: Path, quick: bool):
        from django.db import connection
        from django.test import Client

        from integrationmap.benchmark import measure
        from integrationmap.benchmark.http import over_http

        if quick:
            measure.MAX_RUNS, measure.SECONDS_PER_CASE = 20, 1.0
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")  # visibility map and statistics as in service
        results = {"database": measure.describe_database(), "in_process": measure.in_process()}
        list_page = Client(HTTP_HOST="127.0.0.1").get("/de/offers/").content
        results["http"] = over_http(dict(os.environ), measure.cases(), list_page, quick)
        target.write_text(json.dumps(results))


def argparse_hidden():
    import argparse

    return argparse.SUPPRESS
