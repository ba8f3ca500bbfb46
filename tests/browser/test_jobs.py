"""A 5,000-row import as an editor lives it, with a real worker: the page shows the job's
progress bar moving, the preview, the import, and the undo, after which the offers are as
they were. The worker is `manage.py db_worker` in its own process, on the test database."""

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from playwright.sync_api import Page, expect

from offers.editorial.spreadsheet.rows import export_rows
from offers.models import Offer

from ..isolation import scaled
from .conftest import log_in_as_editor, new_context

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parents[2]
DATABASE_QUEUE = "django_tasks_db.DatabaseBackend"
ROWS, CHANGED = 5_000, 100
# A job of 5,000 rows takes about a minute on an idle 2-core machine; a loaded one, longer.
JOB_MS = scaled(600_000)


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def worker(demo, settings):
    """Jobs go to the database queue (this process) and a worker runs them (its own)."""
    settings.TASKS = {"default": {"BACKEND": DATABASE_QUEUE, "QUEUES": ["default"]}}
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "integrationmap.settings.test",
        "DATABASE_URL": database_url(),
        "TASKS_BACKEND": DATABASE_QUEUE,
    }
    process = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.2",
         "--no-startup-delay"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    yield process
    process.terminate()
    try:
        _out, errors = process.communicate(timeout=scaled(30))
    except subprocess.TimeoutExpired:
        process.kill()
        _out, errors = process.communicate()
    assert "Traceback" not in errors, errors[-3000:]


@pytest.fixture
def editor_page(browser, live_server, worker, browser_watch) -> Page:
    context = new_context(browser, browser_watch, locale="en-GB")
    page = context.new_page()
    log_in_as_editor(page, live_server)
    yield page
    context.close()


def sheet_of_5000_rows(path: Path) -> None:
    """100 existing offers with a changed summary, and 4,900 new ones made from them."""
    headers, rows = export_rows(Offer.objects.order_by("pk"))
    rows = [dict(zip(headers, row, strict=True)) for row in rows]
    lines = []
    for row in rows[:CHANGED]:
        lines.append({**row, "summary_de": row["summary_de"] + " Jetzt auch samstags."})
    number = 0
    while len(lines) < ROWS:
        row = rows[number % len(rows)]
        lines.append({**row, "external_id": "", "title_de": f"{row['title_de']} – Gruppe {number}"})
        number += 1
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, headers)
        writer.writeheader()
        writer.writerows(lines)


def exported() -> str:
    headers, rows = export_rows(Offer.objects.all())
    out = io.StringIO()
    csv.writer(out).writerows([headers, *rows])
    return out.getvalue()


def watch_progress(page: Page) -> None:
    """The bar moves while the worker works, with counts of the 5,000 rows."""
    bar = page.locator(".job-progress progress")
    expect(bar).to_be_visible(timeout=JOB_MS)
    expect(page.locator("[data-field=counts]")).to_contain_text("of 5,000", timeout=JOB_MS)
    page.wait_for_function(
        "() => { const b = document.querySelector('.job-progress progress');"
        " return b && b.value > 0 && b.value < b.max; }",
        timeout=JOB_MS,
    )


def test_a_5000_row_import_runs_as_a_job_with_progress_and_is_undone(
    editor_page: Page, live_server, tmp_path
):
    page = editor_page
    before = exported()
    count = Offer.objects.count()
    path = tmp_path / "offers.csv"
    sheet_of_5000_rows(path)

    page.goto(f"{live_server.url}/admin/offers/offer/import/")
    page.set_input_files("#id_file", str(path))
    page.click("input[type=submit]")
    watch_progress(page)
    summary = page.locator(".import-summary")
    expect(summary).to_contain_text(
        "Preview: 4,900 new offers, 100 changed, 0 unchanged.", timeout=JOB_MS
    )
    assert Offer.objects.count() == count  # a preview writes nothing

    page.get_by_role("button", name="Import now").click()
    watch_progress(page)
    expect(summary).to_contain_text("Imported: 4,900 new offers, 100 changed", timeout=JOB_MS)
    assert Offer.objects.count() == count + 4_900

    page.get_by_role("button", name="Undo this import").click()
    expect(summary).to_contain_text("5,000 offers were put back", timeout=JOB_MS)
    assert Offer.objects.count() == count
    assert exported() == before
