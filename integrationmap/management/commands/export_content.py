"""`manage.py export_content`: all content as one JSON file (ADR 18)."""

from django.core.management.base import BaseCommand

from integrationmap.infrastructure.content_backup import export_content


class Command(BaseCommand):
    help = (
        "Write all content (offers, places, people, stops, history, editorial accounts) to "
        "one JSON file, for `restore_content` into an empty database. See README, Backups."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write the JSON file ('-' for stdout)")

    def handle(self, *args, file, **options):
        if file == "-":
            counts = export_content(self.stdout)
        else:
            with open(file, "w", encoding="utf-8") as stream:
                counts = export_content(stream)
        summary = ", ".join(f"{label}: {count}" for label, count in sorted(counts.items()))
        self.stderr.write(f"Exported {sum(counts.values())} records ({summary}).")
