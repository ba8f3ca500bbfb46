"""Benchmark databases: one per engine and size, made once with `load_demo` and the
district's stops, and reused while they hold the expected number of offers."""

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from . import ROOT

SEED = 7


@dataclass(frozen=True)
class Dataset:
    engine: str  # "postgresql" or "sqlite"
    offers: int
    url: str

    @property
    def label(self) -> str:
        return f"{self.engine} {self.offers:,}"


def dataset(engine: str, offers: int, folder: Path, postgres_server: str) -> Dataset:
    if engine == "postgresql":
        return Dataset(engine, offers, f"{postgres_server}/integrationmap_bench_{offers}")
    return Dataset(engine, offers, f"sqlite:///{folder / f'bench-{offers}.sqlite3'}")


def manage(data: Dataset, *args: str, capture: bool = False) -> str:
    env = {
        **os.environ,
        "DATABASE_URL": data.url,
        "DJANGO_SETTINGS_MODULE": "integrationmap.settings.local",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        capture_output=capture,
    )
    return result.stdout if capture else ""


def offer_count(data: Dataset) -> int | None:
    try:
        out = manage(data, "shell", "-c",
                     "from offers.models import Offer; print(Offer.objects.count())",
                     capture=True)  # fmt: skip
    except subprocess.CalledProcessError:
        return None
    lines = [line for line in out.splitlines() if line.strip().isdigit()]
    return int(lines[-1]) if lines else None


def create_postgres_database(data: Dataset) -> None:
    import psycopg

    server, name = data.url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            admin.execute(
                f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
                "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
            )


def ensure(data: Dataset, log) -> None:
    """Create, migrate and fill the database unless it already holds the data set."""
    if data.engine == "postgresql":
        create_postgres_database(data)
    manage(data, "migrate", "--noinput", "-v0")
    if offer_count(data) == data.offers:
        log(f"{data.label}: reusing the existing data set")
        return
    log(f"{data.label}: loading demo data (once; large sets take minutes)")
    started = time.perf_counter()
    manage(data, "import_gtfs", "offers/demo/rhein-erft-stops.txt",
           "--attribution", "DB InfraGO AG, © OpenStreetMap contributors")  # fmt: skip
    manage(data, "load_demo", "--replace", "--offers", str(data.offers), "--seed", str(SEED))
    log(f"{data.label}: loaded in {time.perf_counter() - started:.0f} s")
