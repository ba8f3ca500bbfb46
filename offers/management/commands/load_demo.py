"""Load the reproducible demo data set for the Rhein-Erft-Kreis (invented offers, real towns
and stops). `--offers N` builds bigger sets for benchmarks."""

import datetime
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from offers.demo.builder import DemoBuilder, DemoDataError
from offers.demo.offices import create_demo_offices
from offers.models import DemoDataset, Offer, Provider

DEFAULT_OFFERS = 2200
DEFAULT_SEED = 5362  # the district's official key


class Command(BaseCommand):
    help = "Fill the database with realistic demo offers in German, English and Arabic."

    def add_arguments(self, parser):
        parser.add_argument("--offers", type=int, default=DEFAULT_OFFERS, help="how many offers")
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
        parser.add_argument(
            "--today",
            type=datetime.date.fromisoformat,
            help="reference date (YYYY-MM-DD) for validity and verification dates; "
            "default: today. Same seed and date give the same data.",
        )
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            "--if-empty", action="store_true", help="do nothing if there are offers already"
        )
        group.add_argument(
            "--replace",
            action="store_true",
            help="delete the existing demo offers and providers first",
        )

    def handle(self, *args, offers, seed, today, if_empty, replace, **options):
        existing = Offer.objects.count()
        if existing and if_empty:
            self.stdout.write(f"The database has {existing:,} offers already; nothing loaded.")
            return
        if existing and not replace:
            raise CommandError(
                f"The database has {existing:,} offers already. Use --replace to delete the "
                "demo data first, or --if-empty to skip."
            )
        if existing and not DemoDataset.is_present():
            raise CommandError(
                "The offers in this database are not demo data: load_demo will not delete them."
            )
        started = time.perf_counter()
        try:
            with transaction.atomic():
                if replace:
                    self._delete_demo_data()
                counts = DemoBuilder(
                    seed=seed,
                    offers=offers,
                    today=today or timezone.localdate(),
                    log=self.stdout.write if offers > 10_000 else lambda _msg: None,
                ).build()
                counts["offices"] = create_demo_offices(seed)
        except DemoDataError as error:
            raise CommandError(str(error)) from error
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # fresh planner statistics after bulk inserts
        elapsed = time.perf_counter() - started
        public = Offer.objects.public(on=today).count()
        summary = ", ".join(f"{count:,} {name}" for name, count in counts.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded demo data in {elapsed:.1f} s: {summary}; {public:,} public."
            )
        )

    def _delete_demo_data(self):
        Offer.objects.all().delete()
        Provider.objects.all().delete()
        DemoDataset.objects.all().delete()
