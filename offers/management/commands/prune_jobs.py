"""Delete finished jobs (with their files and changesets) older than JOB_KEEP_DAYS; an import
older than that can no longer be undone from its page. Run it nightly, beside django-tasks'
`prune_db_task_results` for the queue itself."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from offers.models import Job
from offers.models.jobs import FINISHED


class Command(BaseCommand):
    help = "Delete finished background jobs older than JOB_KEEP_DAYS days (or --days)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None)

    def handle(self, *args, days, **options):
        days = settings.JOB_KEEP_DAYS if days is None else days
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = Job.objects.filter(status__in=FINISHED, finished__lt=cutoff)
        count = old.count()
        old.delete()
        self.stdout.write(f"Deleted {count:,} jobs finished before {cutoff:%Y-%m-%d}.")
