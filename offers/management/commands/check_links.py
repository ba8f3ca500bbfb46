"""Check the websites of offers and providers; the admin lists offers with broken links."""

import time

from django.core.management.base import BaseCommand

from offers.editorial.link_check import check_links, linked_urls, record


class Command(BaseCommand):
    help = "Check that offer and provider websites answer, and record the results."

    def add_arguments(self, parser):
        parser.add_argument("--timeout", type=float, default=10, help="seconds per request")
        parser.add_argument("--workers", type=int, default=4, help="hosts checked at once")

    def handle(self, *args, timeout, workers, **options):
        started = time.perf_counter()
        urls = linked_urls()
        outcomes = check_links(urls, timeout=timeout, workers=max(1, workers))
        record(outcomes, keep=urls)
        broken = [outcome for outcome in outcomes if not outcome.ok]
        for outcome in broken:
            self.stdout.write(f"  {outcome.url}: {outcome.error}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Checked {len(outcomes):,} web addresses in "
                f"{time.perf_counter() - started:.1f} s: {len(outcomes) - len(broken):,} "
                f"reachable, {len(broken):,} not."
            )
        )
