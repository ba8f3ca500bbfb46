"""Routing follows the offers app: when a location is saved (moved, created, restored), its
nearest stops are recomputed. Bulk writes bypass signals and call
services.update_nearest_stops themselves (load_demo, import_gtfs)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from offers.models import Location

from .services import update_nearest_stops


@receiver(post_save, sender=Location, dispatch_uid="routing-nearest-stops")
def recompute_nearest_stops(sender, instance, **kwargs):
    update_nearest_stops([instance])
