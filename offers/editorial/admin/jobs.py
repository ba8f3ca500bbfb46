"""The jobs in the back office (ADR 27): the list of jobs, and each job's page — its progress
while it runs (kept up to date by static/offers/admin/job.js, or by reloading without
script), a way to cancel it, its report when it ends, its files, and what comes next: "import
now" after a preview, "undo this import" after an import."""

import datetime

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from offers import jobs
from offers.editorial import bulk, tasks
from offers.editorial.spreadsheet import report as import_report
from offers.models import Job, JobFile, JobFileRole, JobKind, JobStatus


def time_left(job: Job) -> str:
    """ "about 2 minutes left", from the pace of the step so far ("" when not known)."""
    if job.status != JobStatus.RUNNING or not job.total or not job.done or not job.step_started:
        return ""
    spent = (timezone.now() - job.step_started).total_seconds()
    seconds = spent / job.done * (job.total - job.done)
    if seconds < 60:
        return _("less than a minute left")
    minutes = round(seconds / 60)
    return ngettext("about %(n)s minute left", "about %(n)s minutes left", minutes) % {
        "n": number_format(minutes)
    }


def stalled(job: Job) -> bool:
    """A running job whose worker stopped reporting (it was killed or the machine stopped)."""
    if job.status != JobStatus.RUNNING or job.heartbeat is None:
        return False
    limit = datetime.timedelta(seconds=settings.JOB_STALLED_AFTER)
    return timezone.now() - job.heartbeat > limit


def state(job: Job) -> dict:
    """What the page shows of a job while it runs (also its JSON for the script)."""
    return {
        "status": job.status,
        "status_label": str(job.get_status_display()),
        "step": _(job.step) if job.step else "",  # stored untranslated (Progress.step)
        "done": job.done,
        "total": job.total,
        "percent": job.percent,
        "counts": (
            _("%(done)s of %(total)s")
            % {
                "done": number_format(job.done, force_grouping=True),
                "total": number_format(job.total, force_grouping=True),
            }
            if job.total
            else ""
        ),
        "time_left": time_left(job),
        "finished": job.is_finished,
        "stalled": stalled(job),
        "cancel_requested": job.cancel_requested,
    }


class ImportNowForm(forms.Form):
    """The confirmation after a preview; emptying fields needs its own tick."""

    allow_emptying = forms.BooleanField(required=False)

    def __init__(self, *args, emptied: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.emptied = emptied
        self.fields["allow_emptying"].label = ngettext(
            "Yes, empty the %(n)s field listed above",
            "Yes, empty the %(n)s fields listed above",
            emptied,
        ) % {"n": number_format(emptied, force_grouping=True)}
        self.fields["allow_emptying"].required = bool(emptied)
        self.fields["allow_emptying"].error_messages["required"] = _(
            "The file empties fields that have content: tick the box to confirm, or correct "
            "the file."
        )


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "status_badge", "progress_text", "created_by", "created")
    list_filter = ("kind", "status")
    list_select_related = ("created_by",)
    search_fields = ("title",)
    list_per_page = 50

    def get_queryset(self, request):
        return super().get_queryset(request).defer("report").visible_to(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=gettext_lazy("status"))
    def status_badge(self, job):
        return format_html(
            '<span class="job-status job-{}">{}</span>', job.status, job.get_status_display()
        )

    @admin.display(description=gettext_lazy("progress"))
    def progress_text(self, job):
        return state(job)["counts"] if not job.is_finished else ""

    # --- the job's page and its actions -------------------------------------------------------

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/state/", view(self.state_view), name="offers_job_state"),
            path(
                "<int:pk>/cancel/", view(require_POST(self.cancel_view)), name="offers_job_cancel"
            ),
            path("<int:pk>/file/<str:role>/", view(self.file_view), name="offers_job_file"),
            path(
                "<int:pk>/import/", view(require_POST(self.import_view)), name="offers_job_import"
            ),
            path("<int:pk>/undo/", view(require_POST(self.undo_view)), name="offers_job_undo"),
            path(
                "<int:pk>/abandon/",
                view(require_POST(self.abandon_view)),
                name="offers_job_abandon",
            ),
            *super().get_urls(),
        ]

    def _job(self, request, pk) -> Job:
        if not self.has_view_permission(request):
            raise PermissionDenied
        return get_object_or_404(Job.objects.visible_to(request.user), pk=pk)

    def page(self, request, pk, form=None):
        job = self._job(request, pk)
        files = {f.role: f for f in JobFile.objects.filter(job=job).defer("data")}
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": str(job),
            "job": job,
            "state": state(job),
            "files": files,
            "can_cancel": not job.is_finished and self._may_manage(request, job),
        }
        context.update(self._report_context(request, job, form))
        return TemplateResponse(request, "admin/offers/job/page.html", context)

    def _may_undo(self, request, job: Job) -> bool:
        if job.kind not in UNDOABLE or job.status != JobStatus.DONE:
            return False
        return request.user.has_perm(_undo_permission(job)) and self._may_manage(request, job)

    def _undo_context(self, request, job: Job) -> dict:
        undo = (
            job.children.filter(kind=JobKind.UNDO)
            .exclude(status__in=(JobStatus.FAILED, JobStatus.CANCELLED))
            .first()
        )
        return {"undo_job": undo, "can_undo": undo is None and self._may_undo(request, job)}

    def _report_context(self, request, job: Job, form) -> dict:
        if job.kind == JobKind.TRANSLATION_IMPORT:
            return {"report": job.report or {}, **self._undo_context(request, job)}
        if job.kind == JobKind.BULK_ACTION:
            found = job.report or {}
            change = bulk.CHANGES.get(job.parameters.get("change"))
            return {
                "report": found,
                "done_text": change.done(found.get("done", 0)) if change else "",
                **self._undo_context(request, job),
            }
        if job.kind not in (JobKind.IMPORT_PREVIEW, JobKind.IMPORT_APPLY):
            return {"report": job.report}
        found = job.report or {}
        context = {
            "report": found,
            "summary": import_report.summary(found) if found.get("counts") else "",
            "problems": import_report.problems(found),
            "hidden_problems": max(
                0, found.get("problem_count", 0) - len(found.get("problems", []))
            ),
        }
        may_import = request.user.has_perm("offers.import_offer") and self._may_manage(request, job)
        if job.kind == JobKind.IMPORT_PREVIEW and job.status == JobStatus.DONE and found.get("ok"):
            started = (
                job.children.filter(kind=JobKind.IMPORT_APPLY)
                .exclude(status__in=(JobStatus.FAILED, JobStatus.CANCELLED))
                .first()
            )
            context["import_job"] = started
            if may_import and started is None:
                context["import_form"] = form or ImportNowForm(
                    emptied=found.get("emptied_count", 0)
                )
        if job.kind == JobKind.IMPORT_APPLY:
            context.update(self._undo_context(request, job))
        return context

    def _may_manage(self, request, job: Job) -> bool:
        return job.created_by_id == request.user.pk or request.user.has_perm("offers.view_all_jobs")

    def state_view(self, request, pk):
        response = JsonResponse(state(self._job(request, pk)))
        response["Cache-Control"] = "no-store"
        return response

    def cancel_view(self, request, pk):
        job = self._job(request, pk)
        if not self._may_manage(request, job):
            raise PermissionDenied
        jobs.cancel(job=job)
        return redirect(job)

    def file_view(self, request, pk, role):
        job = self._job(request, pk)
        if role not in JobFileRole.values:
            raise PermissionDenied
        found = get_object_or_404(JobFile, job=job, role=role)
        response = HttpResponse(bytes(found.data), content_type=found.content_type)
        response["Content-Disposition"] = f'attachment; filename="{_safe_name(found.name)}"'
        response["Cache-Control"] = "no-store"
        return response

    def import_view(self, request, pk):
        preview = self._job(request, pk)
        if not (
            request.user.has_perm("offers.import_offer") and self._may_manage(request, preview)
        ):
            raise PermissionDenied
        found = preview.report or {}
        if (
            preview.kind != JobKind.IMPORT_PREVIEW
            or preview.status != JobStatus.DONE
            or not found.get("ok")
        ):
            raise PermissionDenied
        form = ImportNowForm(request.POST, emptied=found.get("emptied_count", 0))
        if not form.is_valid():
            return self.page(request, pk, form=form)
        # The import reads its preview's file (offers/editorial/spreadsheet/importing.py).
        job = jobs.start(
            task=tasks.import_sheet,
            kind=JobKind.IMPORT_APPLY,
            title=preview.title,
            user=request.user,
            parameters={
                **preview.parameters,
                "allow_emptying": form.cleaned_data["allow_emptying"],
            },
            parent=preview,
        )
        return redirect(job)

    def undo_view(self, request, pk):
        done = self._job(request, pk)
        if not self._may_undo(request, done):
            raise PermissionDenied
        if self._undo_context(request, done)["undo_job"] is not None:
            messages.warning(request, _("This job is already being undone or was undone."))
            return redirect(done)
        return redirect(_start_undo(request, done))

    def abandon_view(self, request, pk):
        """A stalled job (its worker is gone) is ended as failed; what it wrote is taken back
        by an undo job."""
        job = self._job(request, pk)
        if not self._may_manage(request, job) or not stalled(job):
            raise PermissionDenied
        jobs.abandon(
            job=job,
            reason=_("The worker stopped while this job ran; %(user)s ended it.")
            % {"user": request.user},
        )
        if job.kind in UNDOABLE and job.changes.exists():
            return redirect(_start_undo(request, job))
        return redirect(job)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        return self.page(request, object_id)


UNDOABLE = (JobKind.IMPORT_APPLY, JobKind.BULK_ACTION, JobKind.TRANSLATION_IMPORT)
# What the permission a bulk change needed means as a permission to undo it.
UNDO_PERMISSIONS = {
    "publish": "offers.publish_offer",
    "change": "offers.change_offer",
    "translate": "offers.change_offer",
    "delete": "offers.add_offer",  # undoing a delete brings offers back
}


def _undo_permission(job: Job) -> str:
    if job.kind == JobKind.IMPORT_APPLY:
        return "offers.import_offer"
    if job.kind == JobKind.TRANSLATION_IMPORT:
        return "offers.change_offer"
    return UNDO_PERMISSIONS.get(job.parameters.get("permission"), "offers.delete_offer")


def _start_undo(request, job: Job) -> Job:
    return jobs.start(
        task=tasks.undo_changes, kind=JobKind.UNDO, title=job.title, user=request.user, parent=job
    )


def _safe_name(name: str) -> str:
    return "".join(c if c.isalnum() or c in "._- " else "_" for c in name)[:120] or "file"
