"""The translators' page of the back office: per language how complete the offers are, the
texts to translate as an XLIFF 2.0 file for a translation agency, and its re-import."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _

from integrationmap.languages import translated_into
from offers import jobs
from offers.editorial import tasks
from offers.editorial.translation_files import export_xliff
from offers.external import machine_translation
from offers.models import JobFileRole, JobKind
from offers.roles import scope_of

WHICH = [
    ("missing", gettext_lazy("missing or outdated, or made by a machine")),
    ("all", gettext_lazy("all offers (to review everything)")),
]


def target_languages(user):
    languages = scope_of(user).languages
    return [code for code in translated_into() if languages is None or code in languages]


class ExportForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("language"))
    which = forms.ChoiceField(label=gettext_lazy("offers"), choices=WHICH, initial="missing")

    def __init__(self, *args, languages=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (code, get_language_info(code)["name_translated"]) for code in languages
        ]


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("XLIFF file (.xlf, .xliff)"),
        help_text=gettext_lazy("The file you exported, with the translations filled in."),
    )


def completeness(offers, languages):
    """Per language: offers complete, missing, outdated, machine-made (not yet checked)."""
    total = offers.count()
    rows = []
    for code in languages:
        missing = offers.missing_translation(code).count()
        outdated = offers.outdated_translation(code).count()
        machine = offers.machine_translated(code).count()
        complete = total - missing - outdated
        rows.append(
            {
                "code": code,
                "name": get_language_info(code)["name_translated"],
                "complete": complete,
                "percent": round(100 * complete / total) if total else 100,
                "missing": missing,
                "outdated": outdated,
                "machine": machine,
            }
        )
    return rows


class TranslationsPage:
    template = "admin/offers/offer/translations.html"

    def __init__(self, model_admin):
        self.model_admin = model_admin

    def urls(self):
        view = self.model_admin.admin_site.admin_view(self.view)
        return [path("translations/", view, name="offers_offer_translations")]

    def view(self, request):
        admin = self.model_admin
        if not (admin.has_translate_permission(request) or admin.has_change_permission(request)):
            raise PermissionDenied
        languages = target_languages(request.user)
        offers = admin.get_queryset(request).exclude(status="archived")
        export_form = ExportForm(languages=languages)
        import_form = ImportForm()
        if request.method == "POST" and "export" in request.POST:
            export_form = ExportForm(request.POST, languages=languages)
            if export_form.is_valid():
                return self.export(offers, **export_form.cleaned_data)
        elif request.method == "POST":
            import_form = ImportForm(request.POST, request.FILES)
            if import_form.is_valid():
                return self.import_file(request, import_form.cleaned_data["file"], languages)
        context = {
            **admin.admin_site.each_context(request),
            "title": _("Translations"),
            "opts": admin.model._meta,
            "rows": completeness(offers, languages),
            "export_form": export_form,
            "import_form": import_form,
            "machine": machine_translation.configured(),
        }
        return TemplateResponse(request, self.template, context)

    def export(self, offers, language, which):
        if which == "missing":
            offers = offers.filter(
                Q(pk__in=offers.missing_translation(language).values("pk"))
                | Q(pk__in=offers.needing_translation_review(language).values("pk"))
            )
        data = export_xliff(offers, language)
        day = timezone.localdate().isoformat()
        response = HttpResponse(data, content_type="application/xliff+xml; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="offers-de-{language}-{day}.xlf"'
        return response

    def import_file(self, request, upload, languages):
        """A job checks and saves the file (its page shows the progress and the report)."""
        job = jobs.start(
            task=tasks.import_translations,
            kind=JobKind.TRANSLATION_IMPORT,
            title=upload.name,
            user=request.user,
            parameters={"languages": list(languages) if languages is not None else None},
            files=[(JobFileRole.UPLOAD, upload.name, "application/xliff+xml", upload.read())],
        )
        return redirect(job)
