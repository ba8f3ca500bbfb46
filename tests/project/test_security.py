"""Headers, the Content Security Policy, the login lockout, rate limits, error pages,
spreadsheet formulas and refused deletions: the protections a public body's site needs."""

import importlib
import io
import os
import secrets
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import OperationalError
from django.test import override_settings
from django.urls import clear_url_caches

from integrationmap.infrastructure.http_security import client_ip, masked_ip
from offers.external.spreadsheets import neutralise, restore
from offers.models import Category, Offer, Provider

from ..conftest import job_file
from ..factories import OfferFactory, ProviderFactory, category

ROOT = Path(__file__).resolve().parents[2]
LOCAL_CACHE = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def directives(header: str) -> dict[str, list[str]]:
    parts = (part.split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in parts}


class TestHeaders:
    def test_public_pages_forbid_inline_scripts_and_foreign_sources(self, client, db):
        response = client.get("/de/offers/")
        policy = directives(response["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'"]
        assert policy["style-src"] == ["'self'"]
        assert policy["default-src"] == ["'self'"]
        assert policy["img-src"] == ["'self'", "data:", "https://tile.openstreetmap.org"]
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'none'"]
        assert "unsafe" not in response["Content-Security-Policy"]

    def test_json_answers_carry_the_policy_too(self, client, db):
        response = client.get("/de/offers/map.json")
        assert "script-src 'self'" in response["Content-Security-Policy"]

    def test_the_back_office_allows_inline_code_for_the_admin_and_its_map(self, client, db):
        response = client.get("/admin/login/")
        policy = directives(response["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
        assert policy["img-src"] == ["'self'", "data:", "https://tile.openstreetmap.org"]
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"

    def test_privacy_and_framing_headers(self, client, db):
        response = client.get("/de/")
        assert response["Referrer-Policy"] == "same-origin"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["X-Frame-Options"] == "DENY"
        assert "geolocation=(self)" in response["Permissions-Policy"]
        assert "camera=()" in response["Permissions-Policy"]

    def test_the_tile_origin_follows_the_configured_tile_server(self):
        from integrationmap.infrastructure.tiles import tile_origin

        assert tile_origin("https://{s}.tiles.example.org/{z}/{x}/{y}.png") == (
            "https://*.tiles.example.org"
        )
        with pytest.raises(ValueError):
            tile_origin("/tiles/{z}/{x}/{y}.png")


def test_production_settings_pass_the_deploy_check_without_warnings():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "integrationmap.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "karte.example.org",
    }
    env.pop("DEBUG", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests of this run
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


class TestLogin:
    def login(self, client, username, password):
        return client.post(
            "/admin/login/?next=/admin/",
            {"username": username, "password": password, "next": "/admin/"},
            REMOTE_ADDR="203.0.113.7",
        )

    def test_five_wrong_passwords_lock_that_user_name_out_from_that_address(self, client, editor):
        for _attempt in range(4):
            assert self.login(client, editor.username, "falsch").status_code == 200
        assert self.login(client, editor.username, "falsch").status_code == 429
        # Now even the right password is refused, with a page that says why.
        locked = self.login(client, editor.username, "sicheres-Passwort-42")
        assert locked.status_code == 429
        assert "Zu viele fehlgeschlagene Anmeldungen" in locked.content.decode()  # German admin
        # A colleague in the same office can still log in.
        colleague = type(editor).objects.create_user(
            "kollegin", password="ein-anderes-Passwort-7", is_staff=True
        )
        assert self.login(client, colleague.username, "ein-anderes-Passwort-7").status_code == 302

    def test_log_lines_about_failed_logins_hold_no_full_address(self, client, editor, caplog):
        with caplog.at_level("INFO"):
            self.login(client, editor.username, "falsch")
        assert "AXES" in caplog.text
        assert "203.0.113.7" not in caplog.text
        assert "203.0.113.0" in caplog.text

    @override_settings(NUM_PROXIES=1)
    def test_behind_one_proxy_the_address_the_proxy_saw_counts(self, rf):
        request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.4",
                         REMOTE_ADDR="10.0.0.2")  # fmt: skip
        assert client_ip(request) == "198.51.100.4"

    def test_without_a_proxy_forwarded_addresses_are_ignored(self, rf):
        request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6", REMOTE_ADDR="198.51.100.4")
        assert client_ip(request) == "198.51.100.4"

    def test_short_and_common_passwords_are_refused(self):
        for weak in ("kurz123", "password1234", "123456789012"):
            with pytest.raises(ValidationError):
                validate_password(weak)
        validate_password("Rhein-Erft-Karte-2026!")

    def test_sessions_end_after_a_working_day_and_with_the_browser(self, settings):
        assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
        assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
        assert settings.SESSION_COOKIE_HTTPONLY


@pytest.fixture
def admin_under(settings):
    """The URL configuration built again for another ADMIN_URL."""

    def use(prefix):
        settings.ADMIN_URL = prefix
        clear_url_caches()
        importlib.reload(importlib.import_module("integrationmap.urls"))

    yield use
    settings.ADMIN_URL = "admin/"
    clear_url_caches()
    importlib.reload(importlib.import_module("integrationmap.urls"))


def test_the_back_office_can_move_to_another_address(client, db, admin_under):
    admin_under("redaktion-x7/")
    assert client.get("/admin/login/").status_code == 404
    response = client.get("/redaktion-x7/login/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in response["Content-Security-Policy"]


@pytest.fixture
def small_limits(settings, monkeypatch):
    from django.core.cache import cache

    from integrationmap.infrastructure import rate_limits

    # Windows are clock minutes: a test that crossed into the next one would start counting
    # again. The clock stands still in the middle of a window.
    monkeypatch.setattr(rate_limits, "time", SimpleNamespace(time=lambda: 1_800_000_030.0))
    settings.CACHES = LOCAL_CACHE
    settings.RATE_LIMITS = {"search": 3, "map": 5, "export": 1}
    cache.clear()
    yield
    cache.clear()


@pytest.mark.usefixtures("small_limits")
class TestRateLimits:
    def test_a_fourth_search_in_a_minute_gets_a_translated_429(self, client, db):
        for n in range(3):
            assert client.get(f"/de/offers/?q=kurs{n}").status_code == 200
        response = client.get("/ar/offers/?q=kurs9")
        assert response.status_code == 429
        assert response["Retry-After"] == "60"
        assert 'dir="rtl"' in response.content.decode()
        # Another address is not affected.
        assert client.get("/de/offers/?q=x", REMOTE_ADDR="192.0.2.1").status_code == 200

    def test_exports_have_their_own_smaller_limit(self, client, db):
        assert client.get("/de/offers/table.csv").status_code == 200
        assert client.get("/de/offers/table.csv").status_code == 429

    def test_the_maps_markers_count_apart_from_searches(self, client, db):
        """Every move of the map asks for markers: they have their own, larger budget."""
        for n in range(5):
            box = f"6.{n}0,50.80,6.{n}5,50.90"
            assert client.get(f"/de/offers/map.json?bbox={box}&zoom=13").status_code == 200
        assert client.get("/de/offers/?q=kurs").status_code == 200  # searches still free
        assert client.get("/de/offers/map.json?bbox=6.9,50.8,6.95,50.9").status_code == 429

    def test_signed_in_users_are_never_limited(self, editor_client):
        for n in range(6):
            assert editor_client.get(f"/de/offers/?q=kurs{n}").status_code == 200


class TestErrorPages:
    def test_a_database_failure_is_a_translated_503_without_details(self, client, db, monkeypatch):
        from offers.public.views import finder

        def broken(*args, **kwargs):
            raise OperationalError('connection to server at "db" failed: secret-host')

        monkeypatch.setattr(finder.FinderMixin, "get_queryset", broken)
        client.raise_request_exception = False
        response = client.get("/ar/offers/")
        assert response.status_code == 503
        body = response.content.decode()
        assert 'lang="ar" dir="rtl"' in body
        assert "secret-host" not in body
        assert "Traceback" not in body

    def test_other_failures_are_a_500_page_in_the_language_of_the_address(
        self, client, db, monkeypatch
    ):
        from offers.public.views import finder

        monkeypatch.setattr(finder.FinderMixin, "get_queryset", lambda self: 1 / 0)
        client.raise_request_exception = False
        response = client.get("/en/offers/")
        assert response.status_code == 500
        assert "Something went wrong" in response.content.decode()

    def test_an_unknown_host_gets_a_400_page(self, client, db):
        response = client.get("/de/offers/", HTTP_HOST="evil.example")
        assert response.status_code == 400
        assert "evil.example" not in response.content.decode()


EXPORT = "/admin/offers/offer/export/"


class TestSpreadsheetFormulas:
    @pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "@SUM(A1)", "+cmd|x", "-2+cmd"])
    def test_a_formula_is_neutralised_and_restored_on_import(self, text):
        assert neutralise(text).startswith("'")
        assert restore(neutralise(text)) == text

    def test_the_csv_export_writes_no_formula_cells(self, editor_client, post_starting_jobs):
        OfferFactory(title_de="@SUM(A1)")
        started = post_starting_jobs(
            editor_client, "/admin/offers/offer/export/", {"format": "csv"}
        )
        text = job_file(editor_client, started["Location"]).content.decode("utf-8-sig")
        assert "'@SUM(A1)" in text

    def test_texts_that_only_look_odd_are_kept(self):
        for text in ("+49 2271 83-0", "-", "'quoted'", "Kita"):
            assert restore(neutralise(text)) == text

    def test_the_admin_export_writes_no_formula_cells(self, editor_client, post_starting_jobs):
        OfferFactory(title_de='=HYPERLINK("http://evil.example","Klick")')
        started = post_starting_jobs(
            editor_client, "/admin/offers/offer/export/", {"format": "xlsx"}
        )
        response = job_file(editor_client, started["Location"])
        assert response.status_code == 200
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        cells = [cell for row in sheet.iter_rows() for cell in row if cell.value]
        assert not [cell for cell in cells if cell.data_type == "f"]
        assert any(str(cell.value).startswith("'=HYPERLINK") for cell in cells)


class TestProtectedDeletes:
    def test_deleting_a_category_in_use_is_refused_with_the_offers_named(
        self, editor_client, db, django_user_model
    ):
        editor = django_user_model.objects.get(username="redaktion")
        editor.is_superuser = True
        editor.save()
        offer = OfferFactory(title_en="Course that needs this category")
        used = category()
        response = editor_client.post(f"/admin/offers/category/{used.pk}/delete/", {"post": "yes"})
        assert response.status_code == 200
        assert b"would require deleting the following protected related objects" in (
            response.content
        )
        assert Category.objects.filter(pk=used.pk).exists()
        assert Offer.objects.filter(pk=offer.pk).exists()

    def test_deleting_a_provider_with_offers_is_refused(self, editor_client, db, django_user_model):
        editor = django_user_model.objects.get(username="redaktion")
        editor.is_superuser = True
        editor.save()
        provider = ProviderFactory()
        OfferFactory(provider=provider)
        response = editor_client.post(
            f"/admin/offers/provider/{provider.pk}/delete/", {"post": "yes"}
        )
        assert b"protected related objects" in response.content
        assert Provider.objects.filter(pk=provider.pk).exists()


def test_log_lines_get_a_network_not_an_address():
    assert masked_ip("203.0.113.77") == "203.0.113.0"
    assert masked_ip("2001:db8:1234:5678::1") == "2001:db8:1234::"
    assert masked_ip("not an address") == "unknown"


@pytest.mark.parametrize("address", ["javascript:alert(1)", "data:text/html,x", "ftp://x.example"])
def test_only_http_web_addresses_reach_the_database(db, address):
    from django.db import IntegrityError, transaction

    offer = OfferFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Offer.objects.filter(pk=offer.pk).update(website=address)
    with pytest.raises(IntegrityError), transaction.atomic():
        Provider.objects.filter(pk=offer.provider_id).update(website=address)
    Offer.objects.filter(pk=offer.pk).update(website="https://www.example.org/kurs")


def test_an_overlong_query_is_not_carried_into_the_canonical_address(client, db):
    offer = OfferFactory()
    response = client.get(f"/de/offers/{offer.pk}/", {"start": "x" * 20000})
    assert response.status_code == 301
    assert response["Location"] == f"/de/offers/{offer.pk}/{offer.slug}/"
    short = client.get(f"/de/offers/{offer.pk}/", {"start": "3"})
    assert short["Location"].endswith("?start=3")
