"""An editor exports the offers, breaks and then fixes three rows, imports the sheet and
undoes the import: in a real browser, through the jobs' pages (the test settings run each job
when the request that starts it ends; tests/browser/test_jobs.py watches a real worker)."""

import openpyxl
import pytest
from playwright.sync_api import Page, expect

from offers.models import Offer

from .conftest import log_in_as_editor, new_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def editor_page(browser, live_server, demo, browser_watch) -> Page:
    # The admin follows the browser's language: English, so that assertions read the same.
    context = new_context(browser, browser_watch, locale="en-GB", accept_downloads=True)
    page = context.new_page()
    log_in_as_editor(page, live_server)
    yield page
    context.close()


def upload(page: Page, live_server, path):
    page.goto(f"{live_server.url}/admin/offers/offer/import/")
    page.set_input_files("#id_file", str(path))
    page.click("input[type=submit]")
    expect(page.locator(".job-status")).to_have_text("finished")


def test_export_break_fix_import_and_undo(editor_page: Page, live_server, tmp_path):
    page = editor_page
    page.goto(f"{live_server.url}/admin/offers/offer/")
    page.click("a.export_link")
    page.get_by_label("Excel (.xlsx)").check()
    page.click("input[type=submit]")
    expect(page.locator(".job-status")).to_have_text("finished")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download offers-").click()
    sheet_path = tmp_path / "offers.xlsx"
    download.value.save_as(sheet_path)

    book = openpyxl.load_workbook(sheet_path)
    sheet = book.active
    headers = [cell.value for cell in sheet[1]]
    column = {name: headers.index(name) + 1 for name in headers}
    good = {
        "categories": sheet.cell(2, column["categories"]).value,
        "latitude": sheet.cell(3, column["location1_latitude"]).value,
        "title": sheet.cell(4, column["title_de"]).value,
    }
    sheet.cell(2, column["categories"], "sprachkurse, unbekannt")
    sheet.cell(3, column["location1_latitude"], 123.4)
    sheet.cell(4, column["title_de"]).value = None  # cell(…, value=None) would keep it
    sheet.cell(5, column["title_ar"], "عنوان جديد")
    book.save(sheet_path)

    upload(page, live_server, sheet_path)
    expect(page.locator(".errornote")).to_contain_text("The file has 3 problems")
    problems = page.locator(".import-problems tbody tr").all_inner_texts()
    assert [p.split("\t")[0] for p in problems] == [
        "Row 2, column categories",
        "Row 3, column location1_latitude",
        "Row 4, column title_de",
    ]
    expect(page.locator("form[action$='/import/']")).to_have_count(0)

    book = openpyxl.load_workbook(sheet_path)
    sheet = book.active
    sheet.cell(2, column["categories"], good["categories"])
    sheet.cell(3, column["location1_latitude"], good["latitude"])
    sheet.cell(4, column["title_de"], good["title"])
    book.save(sheet_path)
    upload(page, live_server, sheet_path)
    expect(page.locator(".import-summary")).to_contain_text("1 changed")
    expect(page.locator(".import-changes")).to_contain_text("title_ar")
    expect(page.locator(".import-changes")).to_contain_text("عنوان جديد")
    external_id = sheet.cell(5, column["external_id"]).value
    assert Offer.objects.get(external_id=external_id).title_ar != "عنوان جديد"

    page.get_by_role("button", name="Import now").click()
    expect(page.locator(".import-done")).to_contain_text("Imported: 0 new offers, 1 changed")
    assert Offer.objects.get(external_id=external_id).title_ar == "عنوان جديد"

    page.get_by_role("button", name="Undo this import").click()
    expect(page.locator(".import-done")).to_contain_text("1 offer was put back")
    assert Offer.objects.get(external_id=external_id).title_ar != "عنوان جديد"

    page.goto(f"{live_server.url}/admin/")
    expect(page.locator(".attention")).to_contain_text("Drafts awaiting review")
