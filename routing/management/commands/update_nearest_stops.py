"""Recompute every location's nearest stops (import_gtfs does this by itself)."""

import time

from django.core.management.base import BaseCommand

from routing.services import update_nearest_stops


class Command(BaseCommand):
    help = "Recompute the nearest public-transport stops of every location."

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = update_nearest_stops()
        self.stdout.write(
            self.style.SUCCESS(
                f"Nearest stops of {count:,} locations in {time.perf_counter() - started:.1f} s."
            )
        )
