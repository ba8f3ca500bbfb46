"""`python -m scripts.benchmark` (`make bench`): see docs/performance.md.

Each data set is measured in a process of its own (its DATABASE_URL, production settings),
which this one starts with `--measure-into` and whose JSON it collects into one table and
file. Only that child process sets Django up."""

import argparse
import datetime
import json
import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

from . import ROOT


def arguments(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m scripts.benchmark",
        description="Measure the public pages and the map at 2,000 / 20,000 / 200,000 offers.",
    )
    parser.add_argument(
        "--engines", default="postgresql,sqlite", help="postgresql and/or sqlite (comma-separated)"
    )
    parser.add_argument(
        "--sizes", default="2000,20000,200000", help="numbers of offers (comma-separated)"
    )
    parser.add_argument(
        "--postgres",
        default=os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432"),
        help="the PostgreSQL server for the benchmark databases (BENCH_POSTGRES)",
    )
    parser.add_argument("--quick", action="store_true", help="fewer runs (a first look)")
    parser.add_argument("--out", default=str(ROOT / "bench-results"))
    parser.add_argument("--measure-into", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def run(command, env):
    result = subprocess.run(command, cwd=ROOT, env=env)
    if result.returncode:
        sys.exit(f"failed: {' '.join(command)}")


def main(argv=None):
    options = arguments(argv)
    if options.measure_into:
        return measure(Path(options.measure_into), options.quick)
    from . import datasets, report

    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    engines = [e.strip() for e in options.engines.split(",") if e.strip()]
    sizes = [int(s) for s in options.sizes.split(",") if s.strip()]
    if not set(engines) <= {"postgresql", "sqlite"}:
        sys.exit("--engines: postgresql and/or sqlite")
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
    print("Collecting static files for the production settings…", flush=True)
    run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    results = {}
    for engine in engines:
        for size in sizes:
            data = datasets.dataset(engine, size, out, options.postgres)
            datasets.ensure(data, lambda message: print(message, flush=True))
            print(f"{data.label}: measuring…", flush=True)
            target = out / f".measure-{engine}-{size}.json"
            command = [sys.executable, "-m", "scripts.benchmark", "--measure-into", str(target)]
            if options.quick:
                command.append("--quick")
            run(command, {**env, "DATABASE_URL": data.url})
            results[data.label] = json.loads(target.read_text())
            target.unlink()
    info = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": report.machine(),
        "command": " ".join(["python -m scripts.benchmark", *sys.argv[1:]]),
    }
    stamp = info["date"][:19].replace(":", "-")
    document = {"info": info, "results": results}
    for name in (f"benchmark-{stamp}.json", "latest.json"):
        (out / name).write_text(json.dumps(document, indent=1, ensure_ascii=False))
    table = report.markdown(results, info)
    (out / "latest.md").write_text(table + "\n")
    print(table)
    print(f"\nJSON: {out / 'latest.json'}; Markdown: {out / 'latest.md'}")


def measure(target: Path, quick: bool):
    """In the child process: Django with the data set's database, every case measured."""
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from . import measure as measuring
    from .http import over_http

    if quick:
        measuring.MAX_RUNS, measuring.SECONDS_PER_CASE = 20, 1.0
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # visibility map and statistics as in service
    results = {"database": measuring.describe_database(), "in_process": measuring.in_process()}
    list_page = Client(HTTP_HOST="127.0.0.1").get("/de/offers/").content
    results["http"] = over_http(dict(os.environ), measuring.cases(), list_page, quick)
    target.write_text(json.dumps(results))


if __name__ == "__main__":
    main()
