"""Importing offers from a spreadsheet in the admin: upload → a job checks the file (the
preview: every problem with row, column, value and reason; per row what changes; nothing
written) → the editor confirms on the job's page → a job imports it, which can be undone
(offers/editorial/spreadsheet/importing.py, ADR 27)."""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from offers import jobs
from offers.editorial import tasks
from offers.editorial.spreadsheet.files import template_workbook
from offers.models import Job, JobFileRole, JobKind

TEMPLATE = "admin/offers/offer/import.html"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (.xlsx or .csv)"),
        help_text=gettext_lazy("One row per offer; the first row names the columns."),
    )
    encoding = forms.ChoiceField(
        label=gettext_lazy("Encoding of a CSV file"),
        choices=[
            ("auto", gettext_lazy("Recognise automatically (recommended)")),
            ("utf-8", gettext_lazy("UTF-8 (“CSV UTF-8” in Excel)")),
            ("windows-1252", gettext_lazy("Windows-1252 (older Excel “CSV”)")),
        ],
        initial="auto",
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
        if upload.size > settings.IMPORT_MAX_UPLOAD:
            raise forms.ValidationError(
                _("The file is larger than %(size)s MB.")
                % {"size": settings.IMPORT_MAX_UPLOAD // 2**20}
            )
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
            path("import/template.xlsx", view(self.template), name="offers_offer_import_template"),
        ]

    def _allowed(self, request):
        if not request.user.has_perm("offers.import_offer"):
            raise PermissionDenied

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
            job = jobs.start(
                task=tasks.check_sheet,
                kind=JobKind.IMPORT_PREVIEW,
                title=upload.name,
                user=request.user,
                parameters={
                    "encoding": form.cleaned_data["encoding"],
                    "geocode": form.cleaned_data["geocode"],
                },
                files=[
                    (
                        JobFileRole.UPLOAD,
                        upload.name,
                        upload.content_type or "application/octet-stream",
                        upload.read(),
                    )
                ],
            )
            return redirect(job)
        recent = Job.objects.visible_to(request.user).filter(
            kind__in=(JobKind.IMPORT_PREVIEW, JobKind.IMPORT_APPLY)
        )[:10]
        return TemplateResponse(
            request,
            TEMPLATE,
            {
                **self.admin_site.each_context(request),
                "opts": self.model_admin.model._meta,
                "title": _("Import offers"),
                "form": form,
                "recent": recent,
            },
        )
