"""Two application processes (gunicorn) against one database and one Redis, as
docker-compose runs them: a save through one invalidates the page the other has cached.

Everything is real and on loopback: a private redis-server, a fresh database of the engine
the suite runs on (an SQLite file, or a new PostgreSQL database), and two gunicorns."""

import html
import http.cookiejar
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import formats, timezone, translation

from ..isolation import scaled
from ..processes import free_port, postgres_database, wait_for

ROOT = Path(__file__).resolve().parents[2]
REDIS = shutil.which("redis-server")

pytestmark = pytest.mark.slow
if not REDIS:
    if os.environ.get("REQUIRE_REDIS") == "1":
        raise RuntimeError("REQUIRE_REDIS=1 but no redis-server: apt-get install redis-server")
    pytestmark = [pytest.mark.slow, pytest.mark.skip(reason="no redis-server on this machine")]


@pytest.fixture
def database_url(tmp_path):
    """A fresh database of the suite's engine, dropped afterwards."""
    default = settings.DATABASES["default"]
    if default["ENGINE"] != "django.db.backends.postgresql":
        yield f"sqlite:///{tmp_path / 'shared.sqlite3'}"
        return
    server = f"postgres://{default['USER']}@{default['HOST']}:{default['PORT'] or 5432}"
    with postgres_database(server, prefix="integrationmap_scaleout") as url:
        yield url


@pytest.fixture
def redis_url():
    port = free_port()
    server = subprocess.Popen(
        [REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    wait_for(port)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(10)


@pytest.fixture
def two_instances(database_url, redis_url, tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "DJANGO_SETTINGS_MODULE": "integrationmap.settings.test",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SUPERUSER_PASSWORD": "a-long-test-password-4711",
    }

    def manage(*args):
        subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip

    manage("migrate", "--noinput", "-v0")
    manage("load_demo", "--offers", "30")
    manage("createsuperuser", "--noinput", "--username", "editor", "--email", "e@x.example")
    ports = [free_port(), free_port()]
    command = [sys.executable, "-m", "gunicorn", "integrationmap.wsgi:application"]
    servers = [
        subprocess.Popen(
            [*command, "--bind", f"127.0.0.1:{port}", "--workers", "1"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for port in ports
    ]
    try:
        for port in ports:
            wait_for(port)
        yield [f"http://127.0.0.1:{port}" for port in ports]
    finally:
        for server in servers:
            server.terminate()
            server.wait(10)


def fetch(opener, url, data=None) -> str:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with opener.open(url, body, timeout=scaled(60)) as response:
        return response.read().decode()


def test_a_save_through_one_instance_invalidates_the_page_cached_by_the_other(
    two_instances, redis_url
):
    import redis

    editor_app, visitor_app = two_instances
    visitor = urllib.request.build_opener()
    today = timezone.localdate()
    with translation.override("de"):
        today_shown = formats.date_format(today, "DATE_FORMAT")

    listing = fetch(visitor, f"{visitor_app}/de/offers/")
    paths = re.findall(r'href="(/de/offers/\d+/[\w-]+/)"', listing)
    page = next(path for path in paths if today_shown not in fetch(visitor, visitor_app + path))
    before = fetch(visitor, visitor_app + page)
    assert fetch(visitor, visitor_app + page) == before
    assert redis.Redis.from_url(redis_url).keys("*page:*"), "the visitor's app cached pages"

    # An editor marks the offer as still current through the other instance.
    jar = http.cookiejar.CookieJar()
    editor = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login = fetch(editor, f"{editor_app}/admin/login/")
    token = html.unescape(re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login)[1])
    fetch(editor, f"{editor_app}/admin/login/?next=/admin/",
          {"csrfmiddlewaretoken": token, "username": "editor",
           "password": "a-long-test-password-4711"})  # fmt: skip
    offer_id = re.search(r"/de/offers/(\d+)/", page)[1]
    change = fetch(editor, f"{editor_app}/admin/offers/offer/{offer_id}/change/")
    token = html.unescape(re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', change)[1])
    fetch(editor, f"{editor_app}/admin/offers/offer/{offer_id}/verify/",
          {"csrfmiddlewaretoken": token})  # fmt: skip

    after = fetch(visitor, visitor_app + page)
    assert after != before
    assert today_shown in after
