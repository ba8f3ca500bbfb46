"""The back office's background tasks (ADR 27): each runs one kind of job's work through
offers.jobs, in a worker (`manage.py db_worker`). A task takes the job's id only: everything
else it needs is in the job."""

from offers import jobs
from offers.editorial import bulk, changesets, link_check, translation_files
from offers.editorial.spreadsheet import exporting, importing


@jobs.task()
def check_sheet(job_id: int) -> None:
    jobs.run(job_id, importing.check)


@jobs.task()
def import_sheet(job_id: int) -> None:
    jobs.run(job_id, importing.apply)


@jobs.task()
def undo_changes(job_id: int) -> None:
    jobs.run(job_id, changesets.undo_job)


@jobs.task()
def export_offers(job_id: int) -> None:
    jobs.run(job_id, exporting.export)


@jobs.task()
def bulk_change(job_id: int) -> None:
    jobs.run(job_id, bulk.work)


@jobs.task()
def check_links(job_id: int) -> None:
    jobs.run(job_id, link_check.work)


@jobs.task()
def import_translations(job_id: int) -> None:
    jobs.run(job_id, translation_files.import_work)
