"""Exporting offers from the admin as a background job (ADR 27): the filtered list (the
"Export" button keeps the list's filters and search) or a selection (the list's action), in
the import format, as XLSX or CSV. The offers are fixed when the job starts, within what the
editor may see."""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from offers import jobs
from offers.editorial import tasks
from offers.editorial.spreadsheet.exporting import FORMATS
from offers.models import JobKind


class ExportForm(forms.Form):
    format = forms.ChoiceField(
        label=gettext_lazy("File format"),
        choices=[("xlsx", gettext_lazy("Excel (.xlsx)")), ("csv", gettext_lazy("CSV (.csv)"))],
        initial="xlsx",
        widget=forms.RadioSelect,
    )


def start_export(request, queryset, file_format: str):
    ids = list(queryset.order_by().values_list("pk", flat=True).distinct())
    title = ngettext("%(n)s offer as %(format)s", "%(n)s offers as %(format)s", len(ids)) % {
        "n": len(ids),
        "format": file_format.upper(),
    }
    job = jobs.start(
        task=tasks.export_offers,
        kind=JobKind.EXPORT,
        title=title,
        user=request.user,
        parameters={"offers": ids, "format": file_format},
    )
    return redirect(job)


@admin.action(description=gettext_lazy("Export selected offers as a spreadsheet (.xlsx)"))
def export_selected(modeladmin, request, queryset):
    if not modeladmin.has_view_permission(request):
        raise PermissionDenied
    return start_export(request, queryset, "xlsx")


class OfferExport:
    """The export page of the offer admin: GET shows what will be exported, POST starts it."""

    def __init__(self, model_admin):
        self.model_admin = model_admin
        self.admin_site = model_admin.admin_site

    def urls(self):
        return [path("export/", self.admin_site.admin_view(self.view), name="offers_offer_export")]

    def view(self, request):
        model_admin = self.model_admin
        if not model_admin.has_view_permission(request):
            raise PermissionDenied
        # The list's own filters and search, from the query string the list passed on.
        changelist = model_admin.get_changelist_instance(request)
        queryset = changelist.get_queryset(request)
        form = ExportForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            file_format = form.cleaned_data["format"]
            if file_format not in FORMATS:
                raise PermissionDenied
            return start_export(request, queryset, file_format)
        return TemplateResponse(
            request,
            "admin/offers/offer/export.html",
            {
                **self.admin_site.each_context(request),
                "opts": model_admin.model._meta,
                "title": _("Export offers"),
                "form": form,
                "count": queryset.count(),
                "filtered": changelist.has_filters or bool(changelist.query),
                "query": request.GET.urlencode(),
            },
        )
