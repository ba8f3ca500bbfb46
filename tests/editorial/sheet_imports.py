"""Spreadsheet imports in tests: the back office's jobs (preview, then import) run in the
test's own process, and what a test reads of their reports."""

from dataclasses import dataclass

from offers import jobs
from offers.editorial import changesets
from offers.editorial.spreadsheet import importing, report
from offers.editorial.spreadsheet.rows import export_rows
from offers.external import spreadsheets
from offers.models import Job, JobFileRole, JobKind, JobStatus, Offer


def export(file_format: str = "csv", queryset=None) -> bytes:
    headers, rows = export_rows(queryset if queryset is not None else Offer.objects.all())
    content, _type = spreadsheets.write(file_format, headers, rows)
    return content


@dataclass
class RowChange:
    row: int
    kind: str
    label: str
    external_id: str
    changes: list[tuple[str, str, str]]


class Imported:
    """The last job of an import (the preview, or the import after it)."""

    def __init__(self, job: Job):
        self.job = job
        self.report = job.report or {}

    @property
    def ok(self) -> bool:
        return self.job.status == JobStatus.DONE and bool(self.report.get("ok"))

    @property
    def problems(self) -> list[report.Problem]:
        return report.problems(self.report)

    @property
    def counts(self) -> dict:
        counts = self.report.get("counts") or {}
        return {key: counts.get(key, 0) for key in ("new", "update", "skip")}

    def changed_rows(self) -> list[RowChange]:
        return [
            RowChange(
                row=item["row"],
                kind=item["kind"],
                label=item["label"],
                external_id=item["external_id"],
                changes=[tuple(change) for change in item["changes"]],
            )
            for item in self.report.get("changes", [])
        ]


def run_job(work, **job) -> Job:
    created = jobs.create(**job)
    return jobs.run(created.pk, work)


def do_import(
    data: bytes,
    name: str = "offers.csv",
    *,
    dry_run: bool = False,
    encoding: str = "auto",
    user=None,
    allow_emptying: bool = False,
) -> Imported:
    parameters = {"encoding": encoding, "geocode": False, "allow_emptying": allow_emptying}
    upload = (JobFileRole.UPLOAD, name, "application/octet-stream", data)
    preview = run_job(
        importing.check,
        kind=JobKind.IMPORT_PREVIEW,
        title=name,
        user=user,
        parameters=parameters,
        files=[upload],
    )
    if dry_run or not Imported(preview).ok:
        return Imported(preview)
    return Imported(
        run_job(
            importing.apply,
            kind=JobKind.IMPORT_APPLY,
            title=name,
            user=user,
            parameters=parameters,
            parent=preview,
        )
    )


def undo(imported: Imported, user=None) -> Job:
    return run_job(
        changesets.undo_job, kind=JobKind.UNDO, title="undo", user=user, parent=imported.job
    )
