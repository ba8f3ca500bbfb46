"""`manage.py export_hsds`: the published offers as an Open Referral HSDS 3.0 dataset."""

import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from offers.opendata.hsds.documents import write_dataset


class Command(BaseCommand):
    help = (
        "Write all published offers as an Open Referral HSDS 3.0 JSON document in one "
        "language (services with their organization, locations, contacts, schedules, "
        "languages, costs and taxonomy terms)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write the JSON ('-' for stdout)")
        languages = [code for code, _name in settings.LANGUAGES]
        parser.add_argument("--lang", choices=languages, default=settings.LANGUAGE_CODE)

    def handle(self, *args, file, lang, **options):
        started = time.monotonic()
        if file == "-":
            count = write_dataset(sys.stdout, lang)
            size = ""
        else:
            with open(file, "w", encoding="utf-8") as stream:
                count = write_dataset(stream, lang)
            size = f", {Path(file).stat().st_size / 1e6:.1f} MB"
        self.stderr.write(f"{count} services in {lang}{size}, {time.monotonic() - started:.1f} s.")
