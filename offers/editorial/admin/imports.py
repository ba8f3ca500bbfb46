"""Importing offers from a spreadsheet in the admin: upload → preview (every problem with
row, column and reason; per row what changes) → confirm. Both steps stream their progress
to the browser while the rows are checked, and both run the whole file in one transaction:
the preview is always rolled back, the import whenever a single row is invalid.
"""

import os

from django import forms
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, StreamingHttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export.tmp_storages import TempFolderStorage

from integrationmap.infrastructure.import_loop import import_rows
from offers.editorial.spreadsheet.files import ENCODINGS, SheetError, read_sheet, template_workbook
from offers.editorial.spreadsheet.report import ImportReport
from offers.editorial.spreadsheet.resource import OfferResource

TEMPLATE = "admin/offers/offer/import.html"
STREAM_MARK = "<!--progress-->"
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
SHOWN_CHANGES = 300
SHOWN_PROBLEMS = 500
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (.xlsx or .csv)"),
        help_text=gettext_lazy("One row per offer; the first row names the columns."),
    )
    encoding = forms.ChoiceField(
        label=gettext_lazy("Encoding of a CSV file"),
        choices=[
            ("utf-8", gettext_lazy("UTF-8 (“CSV UTF-8” in Excel; recommended)")),
            ("windows-1252", gettext_lazy("Windows-1252 (older Excel “CSV”)")),
        ],
        initial="utf-8",
    )
    geocode = forms.BooleanField(
        label=gettext_lazy("Look up missing coordinates from the addresses"),
        required=False,
        help_text=gettext_lazy(
            "Places without latitude and longitude are looked up one per second "
            "(the address service's rule): slow for many places."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".xlsx", ".csv", ".txt")):
            raise forms.ValidationError(_("Upload a .csv or .xlsx file."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        return upload


class OfferImport:
    """The import views of the offer admin."""

    def __init__(self, model_admin):
        self.model_admin = model_admin
        self.admin_site = model_admin.admin_site

    def urls(self):
        view = self.admin_site.admin_view
        return [
            path("import/", view(self.upload), name="offers_offer_import"),
            path("import/confirm/", view(self.confirm), name="offers_offer_import_confirm"),
            path("import/template.xlsx", view(self.template), name="offers_offer_import_template"),
        ]

    def _allowed(self, request):
        if not request.user.has_perm("offers.import_offer"):
            raise PermissionDenied

    def _context(self, request, **extra):
        return {
            **self.admin_site.each_context(request),
            "opts": self.model_admin.model._meta,
            "title": _("Import offers"),
            **extra,
        }

    def template(self, request):
        self._allowed(request)
        response = HttpResponse(template_workbook(), content_type=XLSX)
        response["Content-Disposition"] = 'attachment; filename="offers-template.xlsx"'
        return response

    def upload(self, request):
        self._allowed(request)
        form = UploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            data = upload.read()
            try:
                dataset = read_sheet(upload.name, data, form.cleaned_data["encoding"])
            except SheetError as error:
                form.add_error("file", str(error))
            else:
                storage = TempFolderStorage(read_mode="rb")
                storage.save(data)
                token = signing.dumps(
                    {
                        "tmp": os.path.basename(storage.name),
                        "name": upload.name,
                        "encoding": form.cleaned_data["encoding"],
                        "geocode": form.cleaned_data["geocode"],
                        "user": request.user.pk,
                    },
                    salt="offer-import",
                )
                return self._stream(
                    request,
                    dataset,
                    upload.name,
                    token=token,
                    dry_run=True,
                    storage=storage,
                    geocode=form.cleaned_data["geocode"],
                )
        return self.model_admin_response(request, form=form)

    def confirm(self, request):
        self._allowed(request)
        if request.method != "POST":
            raise PermissionDenied
        try:
            ticket = signing.loads(request.POST.get("token", ""), salt="offer-import", max_age=3600)
        except signing.BadSignature:
            return self.model_admin_response(
                request,
                form=UploadForm(),
                notice=_("The preview has expired: upload the file again."),
            )
        if ticket["user"] != request.user.pk:
            raise PermissionDenied
        storage = TempFolderStorage(name=ticket["tmp"], read_mode="rb")
        try:
            data = storage.read()
        except OSError:
            return self.model_admin_response(
                request,
                form=UploadForm(),
                notice=_("The preview has expired: upload the file again."),
            )
        dataset = read_sheet(ticket["name"], data, ticket["encoding"])
        return self._stream(
            request,
            dataset,
            ticket["name"],
            dry_run=False,
            storage=storage,
            geocode=ticket.get("geocode", False),
        )

    def model_admin_response(self, request, **context):
        return TemplateResponse(
            request, TEMPLATE, self._context(request, encodings=ENCODINGS, **context)
        )

    def _stream(self, request, dataset, file_name, *, dry_run, storage, token="", geocode=False):
        total = len(dataset)
        resource = OfferResource(user=request.user, file_name=file_name, geocode=geocode)
        base = self._context(request, file_name=file_name, total=total, dry_run=dry_run)

        def page():
            head = render_to_string(TEMPLATE, {**base, "running": True}, request=request)
            yield head.split(STREAM_MARK)[0]
            runner = import_rows(resource, dataset, dry_run=dry_run, every=max(1, total // 40))
            while True:
                try:
                    done = next(runner)
                except StopIteration as stop:
                    result = stop.value
                    break
                yield render_to_string(
                    "admin/offers/offer/import_step.html",
                    {"done": done, "total": total, "dry_run": dry_run,
                     "done_text": number_format(done, force_grouping=True),
                     "total_text": number_format(total, force_grouping=True)},
                )  # fmt: skip
            report = ImportReport(result)
            if not (dry_run and report.ok):  # the confirmation still needs the file
                storage.remove()
            tail = render_to_string(
                TEMPLATE,
                {
                    **base,
                    "report": report,
                    "problems": report.problems[:SHOWN_PROBLEMS],
                    "hidden_problems": max(0, len(report.problems) - SHOWN_PROBLEMS),
                    "changes": report.changed_rows(SHOWN_CHANGES),
                    "token": token if report.ok else "",
                    "changelist": reverse("admin:offers_offer_changelist"),
                },
                request=request,
            )
            yield tail.split(STREAM_MARK)[1]

        response = StreamingHttpResponse(page(), content_type="text/html; charset=utf-8")
        response.streams_progress = True
        response["X-Accel-Buffering"] = "no"  # nginx: pass the progress through at once
        response["Cache-Control"] = "no-store"
        return response
