"""Write all offers (or those of some statuses) as CSV or XLSX in the import format."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from offers.editorial.spreadsheet.rows import export_rows
from offers.external import spreadsheets
from offers.models import Offer, OfferStatus


class Command(BaseCommand):
    help = "Export offers to a .csv or .xlsx file in the spreadsheet import format."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="output file, .csv or .xlsx")
        parser.add_argument(
            "--status", action="append", choices=OfferStatus.values, help="only these statuses"
        )

    def handle(self, *args, path, status, **options):
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            raise CommandError("The output file must end in .csv or .xlsx.")
        offers = Offer.objects.order_by("pk")
        if status:
            offers = offers.filter(status__in=status)
        headers, rows = export_rows(offers)
        data, _type = spreadsheets.write(suffix[1:], headers, rows)
        path.write_bytes(data)
        self.stdout.write(self.style.SUCCESS(f"Exported {offers.count():,} offers to {path}."))
