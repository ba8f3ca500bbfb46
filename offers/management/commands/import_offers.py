"""Import offers from a .csv or .xlsx file: all rows or none (see README, "Spreadsheets").
The command runs the same jobs as the back office, in this process: the import appears among
the jobs in the admin and can be undone there."""

import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from offers import jobs
from offers.editorial.spreadsheet import importing, report
from offers.models import JobFileRole, JobKind, JobStatus


class Command(BaseCommand):
    help = (
        "Import offers from a .csv or .xlsx sheet. Rows are matched on external_id; "
        "nothing is written unless every row is valid."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--encoding", choices=("auto", "utf-8", "windows-1252"), default="auto")
        parser.add_argument("--dry-run", action="store_true", help="check and report only")
        parser.add_argument("--user", help="user name the versions are recorded for")
        parser.add_argument(
            "--geocode",
            action="store_true",
            help="look up missing coordinates from the addresses (one per second)",
        )
        parser.add_argument(
            "--allow-emptying",
            action="store_true",
            help="import even if rows empty fields that have content",
        )

    def handle(self, *args, path, encoding, dry_run, user, geocode, allow_emptying, **options):
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(str(error)) from error
        account = get_user_model().objects.filter(username=user).first() if user else None
        parameters = {"encoding": encoding, "geocode": geocode, "allow_emptying": allow_emptying}
        upload = (JobFileRole.UPLOAD, path.name, "application/octet-stream", data)
        preview = self._run(
            importing.check,
            kind=JobKind.IMPORT_PREVIEW,
            title=path.name,
            user=account,
            parameters=parameters,
            files=[upload],
        )
        found = preview.report or {}
        if dry_run or preview.status != JobStatus.DONE or not found.get("ok"):
            return self._ended(preview, "Checked")
        imported = self._run(
            importing.apply,
            kind=JobKind.IMPORT_APPLY,
            title=path.name,
            user=account,
            parameters=parameters,
            parent=preview,
        )
        self._ended(imported, "Imported")

    def _run(self, work, **job):
        created = jobs.create(**job)

        def listener(progress_job):
            if sys.stderr.isatty():
                self.stderr.write(
                    f"  {progress_job.step}: {progress_job.done:,}/{progress_job.total:,}",
                    ending="\r",
                )

        return jobs.run(created.pk, work, listener=listener)

    def _ended(self, job, verb):
        self.stderr.write("")
        found = job.report or {}
        for problem in report.problems(found):
            self.stderr.write(f"{problem.where}: {problem.value!r}: {problem.reason}")
        if job.status != JobStatus.DONE or not found.get("ok"):
            raise CommandError(
                f"{job.error or 'The file has problems'} ({found.get('problem_count', 0)} "
                f"problem(s) in {job.title}); nothing was imported."
            )
        if found.get("emptied_count") and verb == "Checked":
            self.stderr.write(f"{found['emptied_count']} field(s) with content would be emptied.")
        seconds = (job.finished - job.started).total_seconds()
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {job.title} in {seconds:.1f} s: {report.summary(found)} (job {job.pk})."
            )
        )
