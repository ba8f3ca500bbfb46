"""Importing an offer sheet as background jobs (ADR 27): check it (the preview: every row read
and compared, nothing written), import it (written in short transactions, each offer's
version before kept: offers/editorial/changesets.py, which also undoes an import). An import
that fails or is cancelled takes back what it wrote before it ends.

Each function here is a job's work: `work(job, progress) -> report`, run by offers.jobs.
Reports are plain JSON (offers/editorial/spreadsheet/report.py reads them).
"""

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from offers import jobs, services
from offers.editorial import changesets
from offers.editorial.spreadsheet import report
from offers.editorial.spreadsheet.files import SheetError, read_sheet, write_with_ids
from offers.editorial.spreadsheet.rows import OfferRows, Problem
from offers.models import ChangeAction, Job, JobFileRole, Offer

# Rows read from the database, and offers written, in one go: short enough that the site and
# other editors never wait long for the database, long enough to write in bulk.
CHUNK = 250


def _load(job: Job):
    """The uploaded sheet and its rows, ready to check (JobFailed if the file cannot be
    read, with the reason). An import reads the file its preview checked (not a copy)."""
    name, data = jobs.read_file(job.parent or job, JobFileRole.UPLOAD)
    parameters = job.parameters
    try:
        dataset = read_sheet(name, data, parameters.get("encoding", "auto"))
    except SheetError as error:
        raise jobs.JobFailed(str(error), report.whole_file(name, [str(error)])) from error
    rows = OfferRows(user=job.created_by, file_name=name, geocode=bool(parameters.get("geocode")))
    problems = rows.prepare(dataset)
    if problems:
        raise jobs.JobFailed(problems[0], report.whole_file(name, problems))
    return name, dataset, rows


def _check_all(dataset, rows: OfferRows, progress, *, keep: bool):
    """Every row checked (in chunks of CHUNK rows). `keep`: also keep the offers and parsed
    rows, for writing."""
    progress.step(gettext_noop("Checking the rows"), len(dataset))
    outcomes, kept = [], []
    for start in range(0, len(dataset), CHUNK):
        end = min(start + CHUNK, len(dataset))
        existing = rows.offers(rows.ids[start:end])
        for index in range(start, end):
            outcome, offer, parsed = rows.check(index, dataset[index], existing)
            outcomes.append(outcome)
            if keep:
                kept.append((outcome, offer, parsed))
        progress.advance(end)
    return outcomes, kept


def check(job: Job, progress) -> dict:
    """The preview: what importing the file would do, and every problem."""
    name, dataset, rows = _load(job)
    outcomes, _kept = _check_all(dataset, rows, progress, keep=False)
    found = report.from_outcomes(name, outcomes)
    if found["ok"]:
        # The file as it will be imported, new rows with their ids: imported again, it updates
        # the same offers.
        content, content_type = write_with_ids(name, dataset, rows.ids)
        jobs.attach(
            job=job,
            role=JobFileRole.IMPORTED,
            name=_imported_name(name),
            content_type=content_type,
            data=content,
        )
    return found


def apply(job: Job, progress) -> dict:
    """Import the file its preview checked. Every row is checked again first (nothing is
    written if any row has a problem, or if an offer changed after the preview); then the
    rows are written CHUNK at a time, each offer's version before kept for the undo."""
    preview = job.parent
    name, dataset, rows = _load(job)
    outcomes, kept = _check_all(dataset, rows, progress, keep=True)
    seen = (preview.report or {}).get("versions", {}) if preview else {}
    for outcome in outcomes:
        if outcome.kind in ("update", "skip") and seen.get(outcome.external_id) not in (
            None,
            outcome.seen_version,
        ):
            outcome.kind = "invalid"
            outcome.problems.append(
                Problem(
                    outcome.row,
                    "external_id",
                    outcome.external_id,
                    _("This offer was changed after the preview: check the file again."),
                )
            )
    found = report.from_outcomes(name, outcomes)
    if not found["ok"]:
        raise jobs.JobFailed(_("Nothing was imported: the file has problems."), found)
    if found["emptied_count"] and not job.parameters.get("allow_emptying"):
        raise jobs.JobFailed(
            _("Nothing was imported: the file empties fields that have content."), found
        )
    to_write = [item for item in kept if item[0].kind in ("new", "update")]
    progress.step(gettext_noop("Writing the offers"), len(to_write))
    try:
        for start in range(0, len(to_write), CHUNK):
            _write_chunk(job, rows, to_write[start : start + CHUNK])
            progress.advance(start + len(to_write[start : start + CHUNK]))
    except BaseException as stop:
        # Cancelled, or a failure: take back what was written, then end as asked.
        taken_back = changesets.undo(
            job, user=job.created_by, comment=_("Import of %(file)s taken back.") % {"file": name}
        )
        jobs.end_after_taking_back(stop, {**found, "taken_back": taken_back["restored"]})
    found["written"] = len(to_write)
    return found


def _write_chunk(job: Job, rows: OfferRows, chunk) -> None:
    with transaction.atomic():
        changed = [offer for outcome, offer, _parsed in chunk if outcome.kind == "update"]
        current = dict(
            Offer.objects.select_for_update()
            .filter(pk__in=[offer.pk for offer in changed])
            .values_list("pk", "lock_version")
        )
        for offer in changed:
            if current.get(offer.pk) != offer.lock_version:
                raise jobs.JobFailed(
                    _(
                        "“%(offer)s” was changed while the file was being imported. Nothing "
                        "was imported: import the file again."
                    )
                    % {"offer": offer.title_de}
                )
        before = changesets.versions_now(
            changed,
            comment=_("Before the import of %(file)s.") % {"file": rows.file_name},
            user=job.created_by,
        )
        batch = services.WriteBatch(user=job.created_by)
        new = [item for item in chunk if item[0].kind == "new"]
        rows.write_new(new, batch=batch)
        for outcome, offer, parsed in chunk:
            if outcome.kind == "update":
                rows.write(outcome, offer, parsed, batch=batch)
        batch.finish()
        changesets.record(
            job,
            [
                (
                    ChangeAction.CREATED if outcome.kind == "new" else ChangeAction.CHANGED,
                    offer,
                    before.get(offer.pk),
                    outcome.row,
                )
                for outcome, offer, _parsed in chunk
            ],
        )


def _imported_name(name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}-imported.{suffix}" if dot else f"{name}-imported"
