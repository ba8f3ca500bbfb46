"""The database goes away and comes back while the application runs (gunicorn with
persistent connections, as docker-compose runs it): visitors get a translated 503 page,
/healthz says unhealthy, and the site recovers by itself, without a restart.

The application reaches a real PostgreSQL through a TCP proxy that the test cuts."""

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from ..isolation import scaled
from ..processes import (
    POSTGRES_SERVER,
    TcpProxy,
    free_port,
    postgres_database,
    postgres_reachable,
    wait_for,
)

ROOT = Path(__file__).resolve().parents[2]
SECRET = "a-secret-that-must-never-appear-in-any-answer-0123456789abcdef"

pytestmark = pytest.mark.slow
if not postgres_reachable():
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise RuntimeError(f"the suite runs on PostgreSQL, but {POSTGRES_SERVER} is unreachable")
    pytestmark = [pytestmark, pytest.mark.skip(reason=f"no PostgreSQL at {POSTGRES_SERVER}")]


def get(url: str) -> tuple[int, str, dict]:
    try:
        with urllib.request.urlopen(url, timeout=scaled(60)) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)


@pytest.fixture
def app_behind_proxy():
    with postgres_database(prefix="integrationmap_faults") as url:
        host_port = url.rsplit("@", 1)[1].split("/", 1)[0]
        host, port = host_port.split(":")
        proxy = TcpProxy(host, int(port))
        name = url.rsplit("/", 1)[1]
        env = {
            **os.environ,
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{proxy.port}/{name}",
            "DJANGO_SETTINGS_MODULE": "integrationmap.settings.test",
            "SECRET_KEY": SECRET,
            "ALLOWED_HOSTS": "127.0.0.1",
            # As docker-compose: connections are kept, and not checked before each request.
            "CONN_MAX_AGE": "60",
            "CONN_HEALTH_CHECKS": "false",
        }
        subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
                       cwd=ROOT, env=env, check=True)  # fmt: skip
        subprocess.run([sys.executable, "manage.py", "load_demo", "--offers", "20"],
                       cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        app_port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "integrationmap.wsgi:application",
             "--bind", f"127.0.0.1:{app_port}", "--workers", "2"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            wait_for(app_port)
            yield f"http://127.0.0.1:{app_port}", proxy
        finally:
            server.terminate()
            server.wait(10)
            proxy.close()


def test_database_outage_gives_a_translated_503_and_the_site_recovers_without_restart(
    app_behind_proxy,
):
    base, proxy = app_behind_proxy
    for _worker in range(4):  # both workers hold a database connection
        assert get(f"{base}/de/offers/?q=kurs")[0] == 200
    assert get(f"{base}/healthz")[0] == 200

    proxy.cut()
    status, body, headers = get(f"{base}/de/offers/")
    assert status == 503
    assert "vorübergehend nicht erreichbar" in body
    assert headers["Retry-After"] == "60"
    status, body, _headers = get(f"{base}/ar/offers/?q=x")
    assert status == 503
    assert 'dir="rtl"' in body
    assert "غير متاحة مؤقتًا" in body
    for answer in (body, get(f"{base}/en/offers/1/")[1]):
        assert "Traceback" not in answer
        assert SECRET not in answer
        assert "postgres" not in answer.lower()
    status, body, _headers = get(f"{base}/healthz")
    assert status == 503
    assert '"database": "down"' in body

    proxy.restore()
    deadline = time.monotonic() + scaled(60)
    answers = []
    while time.monotonic() < deadline:
        answers = [get(f"{base}/de/offers/")[0] for _request in range(4)]
        if answers == [200] * 4:
            break
        time.sleep(0.5)
    assert answers == [200] * 4, "the site did not recover"
    # Every worker says healthy at once, also one whose connection is still the broken one
    # from before the outage (the pages above may all have gone to the other worker).
    assert [get(f"{base}/healthz")[0] for _request in range(4)] == [200] * 4
