"""Long work the back office runs in the background (ADR 27): the job an editor watches (its
progress, report and files), and the changeset an import leaves so that it can be undone."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class JobKind(models.TextChoices):
    IMPORT_PREVIEW = "import_preview", _("Check a spreadsheet")
    IMPORT_APPLY = "import_apply", _("Import a spreadsheet")
    UNDO = "undo", _("Undo a job's changes")
    EXPORT = "export", _("Export offers")
    BULK_ACTION = "bulk_action", _("Change many offers")
    LINK_CHECK = "link_check", _("Check web addresses")
    TRANSLATION_IMPORT = "translation_import", _("Import translations")


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("waiting to start")
    RUNNING = "running", _("running")
    DONE = "done", _("finished")
    FAILED = "failed", _("failed")
    CANCELLED = "cancelled", _("cancelled")


FINISHED = (JobStatus.DONE, JobStatus.FAILED, JobStatus.CANCELLED)


class JobQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Editors and reviewers see every job; others their own."""
        if user.is_superuser or user.has_perm("offers.view_all_jobs"):
            return self
        return self.filter(created_by=user)

    def unfinished(self):
        return self.exclude(status__in=FINISHED)


class Job(models.Model):
    """One piece of long work: queued by a request, run by a worker (offers/jobs.py), watched
    on its page. Its numbers only grow while it runs; its report is written when it ends."""

    kind = models.CharField(_("kind"), max_length=20, choices=JobKind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED
    )
    title = models.CharField(_("title"), max_length=200)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    started = models.DateTimeField(_("started"), null=True, blank=True)
    finished = models.DateTimeField(_("finished"), null=True, blank=True)
    # Written with the progress: a running job whose heartbeat stops has lost its worker.
    heartbeat = models.DateTimeField(null=True, blank=True)
    step = models.CharField(_("step"), max_length=100, blank=True)
    step_started = models.DateTimeField(null=True, blank=True)  # for the time left
    done = models.PositiveIntegerField(_("done"), default=0)
    total = models.PositiveIntegerField(_("total"), default=0)
    cancel_requested = models.BooleanField(default=False)
    # What the job needs to run (JSON: file settings, the job it continues, the selection).
    parameters = models.JSONField(default=dict, blank=True)
    # What it found or did, for its page (JSON), and why it failed, in the editor's words.
    report = models.JSONField(default=dict, blank=True)
    error = models.TextField(_("error"), blank=True)
    # An import continues its preview; an undo names the import it undoes.
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    language = models.CharField(max_length=10, blank=True)  # the editor's, for the report

    objects = JobQuerySet.as_manager()

    class Meta:
        verbose_name = _("job")
        verbose_name_plural = _("jobs")
        ordering = ["-created"]
        permissions = [("view_all_jobs", _("Can see everyone's jobs"))]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=JobKind.values), name="job_kind_valid"),
            models.CheckConstraint(
                condition=Q(status__in=JobStatus.values), name="job_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(total=0) | Q(done__lte=models.F("total")), name="job_done_le_total"
            ),
        ]
        indexes = [models.Index(fields=["status", "created"], name="job_status_created_idx")]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"

    def get_absolute_url(self):
        return reverse("admin:offers_job_change", args=[self.pk])

    @property
    def is_finished(self) -> bool:
        return self.status in FINISHED

    @property
    def percent(self) -> int:
        if self.status == JobStatus.DONE:
            return 100
        return int(100 * self.done / self.total) if self.total else 0


class JobFileRole(models.TextChoices):
    UPLOAD = "upload", _("uploaded file")
    RESULT = "result", _("result")
    IMPORTED = "imported", _("the file with its new ids")


class JobFile(models.Model):
    """A file a job reads or writes, kept in the database so that any worker and any web
    instance reach it without a shared disk; deleted with its job."""

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="files")
    role = models.CharField(max_length=10, choices=JobFileRole.choices)
    name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField(default=0)
    data = models.BinaryField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "role"], name="job_file_one_per_role"),
            models.CheckConstraint(
                condition=Q(role__in=JobFileRole.values), name="job_file_role_valid"
            ),
        ]

    def __str__(self):
        return self.name


class ChangeAction(models.TextChoices):
    CREATED = "created", _("created")
    CHANGED = "changed", _("changed")
    DELETED = "deleted", _("deleted")


class JobChange(models.Model):
    """What a job (an import, a bulk change) did to one offer, and what the offer was before
    (a version kept in its history), so that the job can be undone: by the editor, or by the
    job itself when it fails or is cancelled halfway."""

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="changes")
    # Kept when the offer is deleted later: the undo then reports it as gone.
    offer_pk = models.BigIntegerField()
    external_id = models.CharField(max_length=64)
    action = models.CharField(max_length=10, choices=ChangeAction.choices)
    sheet_row = models.PositiveIntegerField(null=True, blank=True)  # for imports
    version_before = models.ForeignKey(
        "reversion.Version", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The offer's version number right after the job (none once deleted): the undo leaves
    # offers that were changed since alone, and says so.
    lock_version_after = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "offer_pk"], name="job_change_once"),
            models.CheckConstraint(
                condition=Q(action__in=ChangeAction.values), name="job_change_action_valid"
            ),
        ]

    def __str__(self):
        return f"{self.action} {self.external_id}"
