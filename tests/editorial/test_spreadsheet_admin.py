"""Spreadsheets in the admin as editors use them, and the management commands."""

import io
import re

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from offers.models import Offer
from tests.factories import LocationFactory, OfferFactory

pytestmark = pytest.mark.django_db

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def page(response) -> str:
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


@pytest.fixture
def offer():
    offer = OfferFactory(title_de="Sprachcafé")
    LocationFactory(offer=offer)
    return offer


def exported(editor_client, query="") -> bytes:
    response = editor_client.post(
        f"/admin/offers/offer/export/{query}", {"format": "0", "resource": "0"}
    )
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == XLSX
    return response.content


def upload(editor_client, data: bytes, name="offers.xlsx"):
    return editor_client.post(
        "/admin/offers/offer/import/",
        {"file": SimpleUploadedFile(name, data), "encoding": "utf-8"},
    )


def with_title_ar(data: bytes, title: str) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.active
    column = [cell.value for cell in sheet[1]].index("title_ar") + 1
    sheet.cell(2, column, title)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_export_the_filtered_list_as_xlsx(editor_client, offer):
    OfferFactory(title_de="Anderes", status="draft")
    book = openpyxl.load_workbook(io.BytesIO(exported(editor_client, "?status__exact=published")))
    rows = list(book.active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][rows[0].index("title_de")] == "Sprachcafé"


def test_upload_preview_confirm(editor_client, offer):
    data = with_title_ar(exported(editor_client), "مقهى اللغة")
    preview = page(upload(editor_client, data))
    assert "rows checked" in preview and "<progress" in preview
    assert "Preview: 0 new offers, 1 changed, 0 unchanged." in preview
    assert "title_ar" in preview and "مقهى اللغة" in preview
    offer.refresh_from_db()
    assert offer.title_ar != "مقهى اللغة"
    token = re.search(r'name="token" value="([^"]+)"', preview).group(1)
    done = page(editor_client.post("/admin/offers/offer/import/confirm/", {"token": token}))
    assert "Imported: 0 new offers, 1 changed, 0 unchanged." in done
    offer.refresh_from_db()
    assert offer.title_ar == "مقهى اللغة"


def test_errors_are_listed_and_there_is_nothing_to_confirm(editor_client, offer):
    book = openpyxl.load_workbook(io.BytesIO(exported(editor_client)))
    sheet = book.active
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(2, headers.index("title_de") + 1, "")
    sheet.cell(2, headers.index("location1_longitude") + 1, "east")
    buffer = io.BytesIO()
    book.save(buffer)
    result = page(upload(editor_client, buffer.getvalue()))
    assert "The file has 2 problems. Nothing was saved" in result
    assert "Row 2, column title_de" in result and "Row 2, column location1_longitude" in result
    assert 'name="token"' not in result


def test_a_confirmation_cannot_be_forged_or_reused_by_someone_else(editor_client, offer):
    response = editor_client.post("/admin/offers/offer/import/confirm/", {"token": "x:y:z"})
    assert "The preview has expired" in page(response)


def test_an_unreadable_file_is_refused_at_upload(editor_client):
    response = upload(editor_client, b"%PDF-1.4", name="offers.pdf")
    assert "Upload a .csv or .xlsx file." in page(response)


def test_template_has_the_columns_an_example_and_the_codes(editor_client):
    response = editor_client.get("/admin/offers/offer/import/template.xlsx")
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["offers", "codes"]
    headers = [cell.value for cell in book["offers"][1]]
    assert headers[:3] == ["external_id", "status", "provider"] and "contact1_phone" in headers
    codes = {(row[0], row[1]) for row in book["codes"].iter_rows(min_row=2, values_only=True)}
    assert ("categories", "sprachkurse") in codes


def test_only_users_with_the_import_permission_may_import(editor_client, editor):
    editor.groups.clear()
    editor.user_permissions.set(
        Permission.objects.filter(codename__in=["view_offer", "change_offer"])
    )
    assert editor_client.get("/admin/offers/offer/import/").status_code == 403
    assert editor_client.get("/admin/offers/offer/import/template.xlsx").status_code == 403
    assert 'class="import_link"' not in page(editor_client.get("/admin/offers/offer/"))


def test_commands_export_and_import(tmp_path, offer):
    path = tmp_path / "offers.xlsx"
    call_command("export_offers", str(path), stdout=io.StringIO())
    out = io.StringIO()
    call_command("import_offers", str(path), stdout=out, stderr=io.StringIO())
    assert "0 new offers, 0 changed, 1 unchanged" in out.getvalue()
    path.write_bytes(with_title_ar(path.read_bytes(), ""))
    book = openpyxl.load_workbook(path)
    headers = [cell.value for cell in book.active[1]]
    book.active.cell(2, headers.index("cost") + 1, "teuer")
    book.save(path)
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 problem"):
        call_command("import_offers", str(path), stdout=io.StringIO(), stderr=err)
    assert "Row 2, column cost" in err.getvalue()
    assert Offer.objects.get().title_ar  # nothing was written
