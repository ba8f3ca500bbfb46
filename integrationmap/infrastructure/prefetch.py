"""Handing objects to a model instance as if `prefetch_related` had fetched them.

Django has no public API for this: it writes the instance's `_prefetched_objects_cache` and
the queryset's `_result_cache` / `_prefetch_done`, and so does this one place. Pages fill the
categories, spoken languages and target groups of listed offers from cached reference data
this way (offers/reference.py), and `offer.categories.all()` then costs no query.
Re-check on every Django upgrade (docs/architecture.md, "Private APIs").
"""

from django.db import models


def has_prefetched(instance, relation: str) -> bool:
    return relation in getattr(instance, "_prefetched_objects_cache", {})


def set_prefetched(instance, relation: str, model: type[models.Model], objects: list) -> None:
    """`instance.<relation>.all()` gives `objects` (sorted by the model's ordering)."""
    ordering = model._meta.ordering
    objects.sort(key=lambda item: tuple(getattr(item, field) for field in ordering))
    queryset = model.objects.all()
    queryset._result_cache = objects
    queryset._prefetch_done = True
    if not hasattr(instance, "_prefetched_objects_cache"):
        instance._prefetched_objects_cache = {}
    instance._prefetched_objects_cache[relation] = queryset
