"""Import offers from a .csv or .xlsx file: all rows or none (see README, "Spreadsheets")."""

import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from integrationmap.infrastructure.import_loop import run
from offers.editorial.spreadsheet.files import SheetError, read_sheet
from offers.editorial.spreadsheet.report import ImportReport
from offers.editorial.spreadsheet.resource import OfferResource


class Command(BaseCommand):
    help = (
        "Import offers from a .csv or .xlsx sheet. Rows are matched on external_id; "
        "nothing is written unless every row is valid."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--encoding", choices=("utf-8", "windows-1252"), default="utf-8")
        parser.add_argument("--dry-run", action="store_true", help="check and report only")
        parser.add_argument("--user", help="user name the versions are recorded for")
        parser.add_argument(
            "--geocode",
            action="store_true",
            help="look up missing coordinates from the addresses (one per second)",
        )

    def handle(self, *args, path, encoding, dry_run, user, geocode, **options):
        try:
            dataset = read_sheet(path.name, path.read_bytes(), encoding)
        except (OSError, SheetError) as error:
            raise CommandError(str(error)) from error
        account = get_user_model().objects.filter(username=user).first() if user else None
        total = len(dataset)
        started = time.perf_counter()

        def progress(done):
            self.stderr.write(f"  {done:,}/{total:,} rows", ending="\r")

        resource = OfferResource(user=account, file_name=path.name, geocode=geocode)
        report = ImportReport(run(resource, dataset, dry_run=dry_run, progress=progress))
        self.stderr.write("")
        elapsed = time.perf_counter() - started
        if not report.ok:
            for problem in report.problems:
                self.stderr.write(f"{problem.where}: {problem.reason}")
            raise CommandError(
                f"{len(report.problems)} problem(s) in {path.name}; nothing was imported."
            )
        verb = "Checked" if dry_run else "Imported"
        self.stdout.write(
            self.style.SUCCESS(f"{verb} {total:,} rows in {elapsed:.1f} s: {report.summary}.")
        )
