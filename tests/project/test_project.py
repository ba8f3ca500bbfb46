"""Project-level behaviour: settings, health check, vendored assets, public shell pages."""

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.db import DatabaseError

from offers.models import DemoDataset

ROOT = Path(settings.BASE_DIR)


def run_python(code: str, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )


SETUP = "import django; django.setup(); from django.conf import settings; "


class TestSettings:
    def test_production_refuses_to_start_without_a_real_secret_key(self):
        result = run_python(SETUP, DJANGO_SETTINGS_MODULE="integrationmap.settings.production")
        assert result.returncode != 0
        assert "Set SECRET_KEY" in result.stderr

    def test_production_refuses_the_local_development_key(self):
        result = run_python(
            SETUP,
            DJANGO_SETTINGS_MODULE="integrationmap.settings.production",
            SECRET_KEY="django-insecure-local-only-never-use-this-key-in-production",
        )
        assert result.returncode != 0

    def test_production_starts_with_a_real_key_and_debug_off(self):
        result = run_python(
            SETUP + "print(settings.DEBUG, settings.SESSION_COOKIE_SECURE)",
            DJANGO_SETTINGS_MODULE="integrationmap.settings.production",
            SECRET_KEY="k" * 20 + "Xy7-Qz9_" * 6,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["False", "True"]

    def test_local_defaults_are_sqlite_in_the_project_with_debug_off(self):
        result = run_python(
            SETUP + "print(settings.DATABASES['default']['ENGINE'], settings.DEBUG)",
            DJANGO_SETTINGS_MODULE="integrationmap.settings.local",
            DATABASE_URL="",
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["django.db.backends.sqlite3", "False"]

    def test_database_url_selects_postgresql_with_a_utf8_test_database(self):
        result = run_python(
            SETUP + "d = settings.DATABASES['default']; print(d['ENGINE'], d['NAME'], d['TEST'])",
            DJANGO_SETTINGS_MODULE="integrationmap.settings.local",
            DATABASE_URL="postgres://editor@db.example:5432/karte",
        )
        assert result.returncode == 0, result.stderr
        assert "django.db.backends.postgresql karte" in result.stdout
        assert "'CHARSET': 'UTF8'" in result.stdout and "template0" in result.stdout

    def test_languages_come_from_one_setting(self):
        codes = [code for code, _name in settings.LANGUAGES]
        assert codes == ["de", "en", "ar", "uk", "ru", "fa", "tr", "fr", "ps", "ti", "kmr"]
        assert list(settings.MODELTRANSLATION_LANGUAGES) == codes
        assert settings.LANGUAGE_CODE == "de"


class TestHealthCheck:
    def test_healthy_when_the_database_answers(self, client, db):
        response = client.get("/healthz")
        assert response.status_code == 200
        assert response.json() == {"status": "ok", "database": "up"}
        assert "no-cache" in response["Cache-Control"]

    def test_answers_under_any_host_name_and_without_https(self, client, db, settings):
        """docker-compose asks http://localhost:8000/healthz inside the container."""
        settings.ALLOWED_HOSTS = ["karte.example.org"]
        settings.SECURE_SSL_REDIRECT = True
        response = client.get("/healthz", HTTP_HOST="localhost:8000")
        assert response.status_code == 200
        assert client.get("/de/", HTTP_HOST="localhost:8000").status_code == 400

    def test_unhealthy_when_the_database_fails(self, client, db):
        refused = DatabaseError("connection refused")
        with mock.patch(
            "integrationmap.infrastructure.health.connection.cursor", side_effect=refused
        ):
            response = client.get("/healthz")
        assert response.status_code == 503
        assert response.json()["database"] == "down"


class TestVendoredAssets:
    record = json.loads((ROOT / "static/vendor/VENDORED.json").read_text())

    def test_every_vendored_file_matches_its_recorded_hash(self):
        for package in self.record:
            for path, digest in package["files"].items():
                assert hashlib.sha256((ROOT / path).read_bytes()).hexdigest() == digest, path

    def test_versions_match_package_json_and_licences_are_kept(self):
        package = json.loads((ROOT / "package.json").read_text())
        pinned = {**package["dependencies"], **package["devDependencies"]}
        for package in self.record:
            assert pinned[package["name"]] == package["version"]
            assert package["license"]
            assert any("LICEN" in path.upper() for path in package["files"]), package["name"]


@pytest.mark.slow
def test_production_static_files_point_modules_at_hashed_modules(tmp_path):
    """collectstatic with the production storage: every import between the site's ES modules
    names a file with its content hash, so that no module loads a stale copy of another."""
    environment = {**os.environ, "STATIC_ROOT": str(tmp_path),
                   "DJANGO_SETTINGS_MODULE": "integrationmap.settings.local"}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    imports = 0
    for name in ("site/finder.js", "site/filters.js", "site/offer.js", "site/maps.js"):
        hashed = (tmp_path / manifest[name]).read_text()
        for target in re.findall(r'from "(\./[^"]+)"', hashed):
            imports += 1
            assert re.fullmatch(r"\./[a-z-]+\.[0-9a-f]{12}\.js", target), (name, target)
            assert (tmp_path / "site" / target).exists(), (name, target)
    assert imports >= 5


class TestPublicShell:
    @pytest.mark.parametrize(
        ("language", "direction"), [("de", "ltr"), ("en", "ltr"), ("ar", "rtl")]
    )
    def test_home_page_in_each_language(self, client, db, language, direction):
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{language}" dir="{direction}">' in html

    def test_root_redirects_to_a_language(self, client, db):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar")
        assert response.status_code == 302
        assert response["Location"] == "/ar/"

    def test_demo_data_is_marked_in_the_footer(self, client, db):
        assert 'class="demo-notice"' not in client.get("/de/").content.decode()
        DemoDataset.objects.create(seed=1, offer_count=0)
        html = client.get("/de/").content.decode()
        assert 'class="demo-notice"' in html
        assert "Demodaten" in html
