"""`manage.py import_hsds`: another directory's HSDS 3.0 document in, as draft offers."""

import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from offers.opendata.hsds.importer import ImportRefused, import_document
from offers.opendata.hsds.schemas import SchemasMissing


class Command(BaseCommand):
    help = (
        "Import an Open Referral HSDS 3.0 JSON document (another directory's export): new "
        "services become draft offers, services with a known HSDS id are updated. All or "
        "nothing: any invalid service refuses the whole document."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the HSDS JSON document")
        languages = [code for code, _name in settings.LANGUAGES]
        parser.add_argument(
            "--lang", choices=languages, help="the document's language (default: its own)"
        )

    def handle(self, *args, file, lang, **options):
        try:
            with open(file, encoding="utf-8") as stream:
                document = json.load(stream)
        except (OSError, ValueError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        try:
            result = import_document(document, language=lang)
        except SchemasMissing as error:
            raise CommandError(str(error)) from error
        except ImportRefused as error:
            raise CommandError(
                "Nothing was imported:\n" + "\n".join(f"  {p}" for p in error.problems)
            ) from error
        towns = ", ".join(result.towns_created) or "none"
        self.stdout.write(
            f"{result.created} offers created as drafts, {result.updated} updated; new towns: "
            f"{towns}."
        )
