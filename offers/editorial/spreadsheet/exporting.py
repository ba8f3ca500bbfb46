"""Exporting offers as a spreadsheet in the import format, as a background job (ADR 27): the
offers the editor chose (a selection, or the filtered list, within what they may see) are
fixed when the job starts; the file is kept with the job for download."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from offers import jobs
from offers.editorial.spreadsheet.rows import export_rows
from offers.external import spreadsheets
from offers.models import Job, JobFileRole, Offer

FORMATS = ("xlsx", "csv")


def file_name(file_format: str) -> str:
    return f"offers-{timezone.localdate().isoformat()}.{file_format}"


def export(job: Job, progress) -> dict:
    ids = job.parameters.get("offers", [])
    file_format = job.parameters.get("format", "xlsx")
    if file_format not in FORMATS:
        raise jobs.JobFailed(_("Unknown file format."))
    progress.step(gettext_noop("Writing the offers"), len(ids))
    headers, rows = export_rows(Offer.objects.filter(pk__in=ids), progress=progress.advance)
    content, content_type = spreadsheets.write(file_format, headers, rows)
    name = file_name(file_format)
    jobs.attach(
        job=job, role=JobFileRole.RESULT, name=name, content_type=content_type, data=content
    )
    return {
        "offers": len(ids),
        "file": name,
        "made": date_format(timezone.localtime(), "DATETIME_FORMAT"),
    }
