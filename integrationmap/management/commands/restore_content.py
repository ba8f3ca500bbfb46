"""`manage.py restore_content`: a file from `export_content` into an empty database (ADR 18)."""

from django.core.management.base import BaseCommand, CommandError

from integrationmap.infrastructure.content_backup import RestoreError, restore_content
from offers.roles import ensure_roles


class Command(BaseCommand):
    help = (
        "Restore a file written by `export_content` into a new, migrated database. All or "
        "nothing: on any error the database stays as it was."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the JSON file written by export_content")

    def handle(self, *args, file, **options):
        try:
            with open(file, encoding="utf-8") as stream:
                counts = restore_content(stream)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        except RestoreError as error:
            raise CommandError(str(error)) from error
        # Role groups get the rights this version of the code gives them.
        ensure_roles()
        summary = ", ".join(f"{label}: {count}" for label, count in sorted(counts.items()))
        self.stdout.write(f"Restored {sum(counts.values())} records ({summary}).")
