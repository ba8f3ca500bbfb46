"""Spreadsheets in the admin as editors use them, and the management commands."""

import io
import re

import openpyxl
import pytest
from django.contrib.auth.models import Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client

from offers.models import Job, Offer
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


@pytest.fixture
def post(editor_client, django_capture_on_commit_callbacks):
    """POST as the editor; jobs the request starts run when it commits (test settings run
    them at once), and the redirect to the job's page is followed."""

    def post(url, data, client=editor_client):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, data)
        assert response.status_code == 302, response.content[:500]
        return response["Location"]

    return post


def job_of(url: str) -> Job:
    return Job.objects.get(pk=int(re.search(r"/job/(\d+)/", url).group(1)))


def exported(editor_client, post, query="") -> bytes:
    job_page = post(f"/admin/offers/offer/export/{query}", {"format": "xlsx"})
    assert "Download offers-" in page(editor_client.get(job_page))
    download = editor_client.get(f"{job_page.removesuffix('change/')}file/result/")
    assert download["Content-Type"] == XLSX
    return download.content


def upload(post, data: bytes, name="offers.xlsx"):
    return post(
        "/admin/offers/offer/import/", {"file": SimpleUploadedFile(name, data), "encoding": "auto"}
    )


def with_title_ar(data: bytes, title: str) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.active
    column = [cell.value for cell in sheet[1]].index("title_ar") + 1
    sheet.cell(2, column, title)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_export_the_filtered_list_as_xlsx(editor_client, post, offer):
    OfferFactory(title_de="Anderes", status="draft")
    shown = page(editor_client.get("/admin/offers/offer/export/?status__exact=published"))
    assert "The 1 offer of the filtered list will be exported" in shown
    data = exported(editor_client, post, "?status__exact=published")
    rows = list(openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][rows[0].index("title_de")] == "Sprachcafé"


def test_export_selected_offers_with_the_list_action(editor_client, post, offer):
    other = OfferFactory(title_de="Anderes")
    job_page = post(
        "/admin/offers/offer/",
        {"action": "export_selected", "_selected_action": [other.pk], "index": 0},
    )
    assert job_of(job_page).parameters["offers"] == [other.pk]


def test_upload_preview_confirm_and_undo(editor_client, post, offer):
    data = with_title_ar(exported(editor_client, post), "مقهى اللغة")
    preview_page = upload(post, data)
    preview = page(editor_client.get(preview_page))
    assert "Preview: 0 new offers, 1 changed, 0 unchanged." in preview
    assert "title_ar" in preview and "مقهى اللغة" in preview
    offer.refresh_from_db()
    assert offer.title_ar != "مقهى اللغة"
    done_page = post(f"{preview_page.removesuffix('change/')}import/", {})
    done = page(editor_client.get(done_page))
    assert "Imported: 0 new offers, 1 changed, 0 unchanged." in done
    offer.refresh_from_db()
    assert offer.title_ar == "مقهى اللغة"
    # The preview now points to its import instead of offering it again.
    assert "Import now" not in page(editor_client.get(preview_page))
    undo_page = post(f"{done_page.removesuffix('change/')}undo/", {})
    assert "1 offer was put back as it was before." in page(editor_client.get(undo_page))
    offer.refresh_from_db()
    assert offer.title_ar != "مقهى اللغة"
    assert "Undo this import" not in page(editor_client.get(done_page))


def test_the_report_is_in_the_language_of_the_interface(editor_client, post, offer):
    """Issue 16: the import summary was English in the German interface."""
    data = with_title_ar(exported(editor_client, post), "مقهى اللغة")
    preview_page = upload(post, data)
    editor_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "de"
    shown = page(editor_client.get(preview_page))
    assert "Vorschau: 0 neue Angebote, 1 geändert, 0 unverändert." in shown
    assert "Jetzt importieren" in shown


def test_errors_are_listed_and_there_is_nothing_to_confirm(editor_client, post, offer):
    book = openpyxl.load_workbook(io.BytesIO(exported(editor_client, post)))
    sheet = book.active
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(2, headers.index("title_de") + 1, "")
    sheet.cell(2, headers.index("location1_longitude") + 1, "east")
    buffer = io.BytesIO()
    book.save(buffer)
    result = page(editor_client.get(upload(post, buffer.getvalue())))
    assert "The file has 2 problems. Nothing was saved" in result
    assert "Row 2, column title_de" in result and "Row 2, column location1_longitude" in result
    assert "<bdi>east</bdi>" in result  # the value the cell holds
    assert "Import now" not in result


def test_someone_elses_preview_cannot_be_imported(editor_client, post, offer, client):
    data = with_title_ar(exported(editor_client, post), "مقهى اللغة")
    preview_page = upload(post, data)
    other = User.objects.create_user("gemeinde", password="sicheres-Passwort-42", is_staff=True)
    other.user_permissions.set(
        Permission.objects.filter(codename__in=["view_offer", "import_offer", "view_job"])
    )
    intruder = Client()
    intruder.force_login(other)
    assert intruder.get(preview_page).status_code == 404
    response = intruder.post(f"{preview_page.removesuffix('change/')}import/", {})
    assert response.status_code == 404
    offer.refresh_from_db()
    assert offer.title_ar != "مقهى اللغة"


def test_an_unreadable_file_is_refused_at_upload(editor_client):
    response = editor_client.post(
        "/admin/offers/offer/import/", {"file": SimpleUploadedFile("offers.pdf", b"%PDF-1.4")}
    )
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


def test_a_running_jobs_step_is_said_in_the_readers_language(editor_client, editor):
    from offers.models import JobKind, JobStatus

    job = Job.objects.create(
        kind=JobKind.IMPORT_APPLY, status=JobStatus.RUNNING, title="x.csv", created_by=editor,
        step="Writing the offers", total=10, done=3, language="ar",
    )  # fmt: skip
    editor_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "de"
    state = editor_client.get(f"/admin/offers/job/{job.pk}/state/").json()
    assert state["step"] == "Angebote werden geschrieben" and state["counts"] == "3 von 10"
