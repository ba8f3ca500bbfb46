import json
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.core.serializers.json import DjangoJSONEncoder

from offers.hsds.documents import dataset


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
        document = dataset(lang)
        text = json.dumps(document, ensure_ascii=False, cls=DjangoJSONEncoder)
        if file == "-":
            self.stdout.write(text)
        else:
            with open(file, "w", encoding="utf-8") as stream:
                stream.write(text)
        self.stderr.write(
            f"{len(document['services'])} services in {lang}, "
            f"{len(text.encode()) / 1e6:.1f} MB, {time.monotonic() - started:.1f} s."
        )
