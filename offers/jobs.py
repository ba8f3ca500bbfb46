"""Long work in the background (ADR 27): a request starts a job (a `Job` row and a django-tasks
task), a worker runs it, and the editor watches its progress on the job's page, may cancel
it, and reads its report at the end.

The work itself is a function `work(job, progress) -> report` that a task hands to `run()`.
It reports how far it is with `progress`, which also raises `Cancelled` at the next step once
the editor asked to stop; it raises `JobFailed` with a message for the editor when it cannot
go on. A job that fails or is cancelled must leave no half-written data behind: each kind of
work keeps that promise itself (a preview writes nothing; an import undoes what it wrote).

Progress is written outside the work's own transactions, throttled to a few writes a second,
so that the job's page can read it while the work runs.
"""

import logging
import time
from collections.abc import Callable, Iterable

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from offers.models import Job, JobFile, JobStatus

try:  # Django 6.0 has the tasks framework itself; django-tasks is its backport (ADR 27).
    from django.tasks import task
except ImportError:  # Django 5.2
    from django_tasks import task

logger = logging.getLogger(__name__)

# How often the work's progress reaches the database, and how often a running job looks
# whether it was asked to stop (seconds).
WRITE_EVERY = 0.5


__all__ = [
    "Cancelled",
    "JobFailed",
    "Progress",
    "abandon",
    "attach",
    "cancel",
    "create",
    "end_after_taking_back",
    "run",
    "start",
    "task",
]


class Cancelled(Exception):
    """The editor asked the job to stop. Work that took back what it wrote may re-raise it
    with a `report` of that."""

    def __init__(self, report: dict | None = None):
        super().__init__()
        self.report = report or {}


class JobFailed(Exception):
    """The job cannot go on; the message (in the editor's language) says why, and a `report`
    may say what was found before."""

    def __init__(self, message: str, report: dict | None = None):
        super().__init__(message)
        self.report = report or {}


def create(
    *,
    kind: str,
    title: str,
    user,
    parameters: dict | None = None,
    files: Iterable[tuple[str, str, str, bytes]] = (),
    parent: Job | None = None,
) -> Job:
    """A queued job with its files: (role, name, content type, bytes). `start()` hands it to
    the worker; a command may `run()` it itself."""
    with transaction.atomic():
        job = Job.objects.create(
            kind=kind,
            title=title[:200],
            created_by=user,
            parameters=parameters or {},
            parent=parent,
            language=translation.get_language() or "",
        )
        for role, name, content_type, data in files:
            JobFile.objects.create(
                job=job, role=role, name=name, content_type=content_type, size=len(data), data=data
            )
    return job


def start(*, task, **job) -> Job:
    """Create a job (the arguments of `create`) and hand it to the worker once the
    transaction commits."""
    with transaction.atomic():
        created = create(**job)
        transaction.on_commit(lambda: task.enqueue(created.pk))
    return created


def cancel(*, job: Job) -> None:
    """Ask a job to stop: one that has not started is cancelled at once, a running one stops
    at its next step (and undoes what it wrote)."""
    now = timezone.now()
    Job.objects.filter(pk=job.pk, status=JobStatus.QUEUED).update(
        status=JobStatus.CANCELLED, cancel_requested=True, finished=now
    )
    Job.objects.filter(pk=job.pk, status=JobStatus.RUNNING).update(cancel_requested=True)
    job.refresh_from_db()


def abandon(*, job: Job, reason: str) -> None:
    """End a running job whose worker is gone (its heartbeat stopped): failed, with why. Work
    that keeps a changeset can then be taken back by undoing the job."""
    Job.objects.filter(pk=job.pk, status=JobStatus.RUNNING).update(
        status=JobStatus.FAILED,
        error=reason,
        finished=timezone.now(),
        parameters={**job.parameters, "abandoned": True},
    )
    job.refresh_from_db()


class Progress:
    """What the work tells its job: the step it is in, and how far it got."""

    def __init__(self, job: Job, listener=None):
        self.job = job
        self.listener = listener  # called with the job after each write (a command prints)
        self._written = 0.0
        # Transactions open when the job started (a test's own): the work's are deeper.
        self._depth = len(transaction.get_connection().atomic_blocks)

    def step(self, label: str, total: int) -> None:
        """A new step with `total` units of work (rows, offers), starting at 0. `label` is
        the untranslated text (gettext_noop): the job's page says it in its reader's
        language."""
        self.job.step, self.job.total, self.job.done = str(label)[:100], max(total, 0), 0
        self.job.step_started = timezone.now()
        self._write(force=True)

    def advance(self, done: int) -> None:
        """`done` units of the step are done; raises Cancelled if the editor asked to stop."""
        self.job.done = min(done, self.job.total) if self.job.total else done
        self._write(force=False)

    def _write(self, *, force: bool) -> None:
        now = time.monotonic()
        if not force and now - self._written < WRITE_EVERY:
            return
        self._written = now
        if len(transaction.get_connection().atomic_blocks) > self._depth:
            # Written inside the work's transaction it would show only at its end (and on
            # SQLite wait for it): progress belongs between transactions.
            raise RuntimeError("report a job's progress outside the work's transactions")
        Job.objects.filter(pk=self.job.pk).update(
            step=self.job.step,
            step_started=self.job.step_started,
            total=self.job.total,
            done=self.job.done,
            heartbeat=timezone.now(),
        )
        if self.listener:
            self.listener(self.job)
        if Job.objects.filter(pk=self.job.pk, cancel_requested=True).exists():
            raise Cancelled


def _unexpected() -> str:
    return _(
        "An unexpected error stopped the job. It has been logged for the administrators; "
        "what the job had written was taken back."
    )


def end_after_taking_back(stop: BaseException, report: dict):
    """For work that took back what it wrote after `stop` interrupted it: end the job as
    cancelled, as failed with the reason, or (an unexpected error, logged) as failed."""
    if isinstance(stop, Cancelled):
        raise Cancelled({**stop.report, **report}) from None
    if isinstance(stop, JobFailed):
        raise JobFailed(str(stop), {**stop.report, **report}) from None
    if isinstance(stop, Exception):
        logger.error("A job stopped and took back what it wrote", exc_info=stop)
        raise JobFailed(_unexpected(), report) from stop
    raise stop


def run(job_id: int, work: Callable[[Job, "Progress"], dict], *, listener=None) -> Job | None:
    """Run `work` for the queued job `job_id` and record how it ended; returns the ended job
    (None if it was cancelled before it started). `listener(job)` hears its progress."""
    now = timezone.now()
    claimed = Job.objects.filter(pk=job_id, status=JobStatus.QUEUED).update(
        status=JobStatus.RUNNING, started=now, heartbeat=now
    )
    if not claimed:
        return None
    job = Job.objects.get(pk=job_id)
    progress = Progress(job, listener)
    with translation.override(job.language or None):
        try:
            report = work(job, progress)
        except Cancelled as stop:
            _end(job, JobStatus.CANCELLED, report=stop.report)
        except JobFailed as error:
            _end(job, JobStatus.FAILED, error=str(error), report=error.report)
        except Exception:
            logger.exception("Job %s (%s) failed", job.pk, job.kind)
            _end(job, JobStatus.FAILED, error=_unexpected())
        else:
            _end(job, JobStatus.DONE, report=report or {})
    return job


def _end(job: Job, status: str, *, report: dict | None = None, error: str = "") -> None:
    job.status, job.error, job.finished = status, error, timezone.now()
    if report is not None:
        job.report = report
    if status == JobStatus.DONE and job.total:
        job.done = job.total
    Job.objects.filter(pk=job.pk).update(
        status=job.status,
        error=job.error,
        finished=job.finished,
        report=job.report,
        done=job.done,
        heartbeat=job.finished,
    )


def attach(*, job: Job, role: str, name: str, content_type: str, data: bytes) -> JobFile:
    """Keep a file the job made (replacing one of the same role)."""
    JobFile.objects.filter(job=job, role=role).delete()
    return JobFile.objects.create(
        job=job, role=role, name=name, content_type=content_type, size=len(data), data=data
    )


def read_file(job: Job, role: str) -> tuple[str, bytes]:
    """The name and content of the job's file of `role` (JobFailed if it is gone)."""
    found = JobFile.objects.filter(job=job, role=role).values_list("name", "data").first()
    if found is None:
        raise JobFailed(_("The job's file is no longer there: start again with the file."))
    return found[0], bytes(found[1])
