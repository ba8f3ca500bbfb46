"""The load test script, shortened: 50 connections against gunicorn with the production
settings get no error on the list page and the marker endpoint. The full minute per URL
and its figures: scripts/load_test.py, docs/reliability.md."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow
if not shutil.which("wrk"):
    if os.environ.get("REQUIRE_WRK") == "1":
        raise RuntimeError("REQUIRE_WRK=1 but no wrk: apt-get install wrk")
    pytestmark = [pytestmark, pytest.mark.skip(reason="no wrk on this machine")]


def test_fifty_connections_get_no_error(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'load.sqlite3'}"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    for command in (["migrate", "--noinput", "-v0"], ["load_demo"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
    result = subprocess.run(
        [sys.executable, "scripts/load_test.py", "--duration", "8", "--connections", "50"],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    rows = [line.split() for line in lines if line.startswith("/de/offers/")]
    assert len(rows) == 2 and all(row[-1] == "0" for row in rows), result.stdout
    assert all(int(row[1]) > 100 for row in rows), "requests were answered"
