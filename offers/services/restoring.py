"""Putting many offers back as their saved versions kept them, in a few statements per batch:
what django-reversion's `Revision.revert(delete=True)` does for one offer's revision (its
places, people, hours and category links with it; rows added since are deleted), without its
dozens of queries per object (an undo of 5,000 offers spent most of its time there).

Rows are written raw, as the version holds them (as django-reversion's revert writes them:
no `save()`, no model signals, timestamps as they were)."""

from collections import defaultdict

from django.db import connections, models, router
from reversion.models import Version

from offers.models import Offer
from offers.versioning import OFFER_FOLLOW

BATCH = 200


def revert_offers(versions) -> None:
    """`versions`: one version of each offer; the revision of each holds the offer and the
    rows that belong to it. Runs inside the caller's transaction."""
    revisions = {version.revision_id for version in versions}
    kept: dict[type[models.Model], list] = defaultdict(list)
    for version in Version.objects.filter(revision_id__in=revisions).select_related("content_type"):
        kept[version._model].append(version._object_version)
    offer_pks = [int(version.object_id) for version in versions]
    _delete_rows_added_since(offer_pks, kept)
    # The offers first: the other rows point to them.
    for model in sorted(kept, key=lambda model: model is not Offer):
        _write(model, [deserialized.object for deserialized in kept[model]])
    for model, deserialized_objects in kept.items():
        _set_many_to_many(model, deserialized_objects)


def _delete_rows_added_since(offer_pks, kept) -> None:
    for name in OFFER_FOLLOW:
        relation = Offer._meta.get_field(name)
        model = relation.related_model
        kept_pks = [deserialized.object.pk for deserialized in kept.get(model, [])]
        added = model._base_manager.filter(**{f"{relation.field.attname}__in": offer_pks}).exclude(
            pk__in=kept_pks
        )
        # Through the ORM, so that what hangs on them goes too (as django-reversion's collector).
        added.delete()


def _plain(model):
    """A queryset without modeltranslation's rewriting of field names (`title` would become
    the current language's column in an update)."""
    return models.QuerySet(model)


def _write(model, objects) -> None:
    existing = set(
        _plain(model).filter(pk__in=[obj.pk for obj in objects]).values_list("pk", flat=True)
    )
    fields = [field for field in model._meta.concrete_fields if not field.primary_key]
    changed = [obj for obj in objects if obj.pk in existing]
    missing = [obj for obj in objects if obj.pk not in existing]
    if missing:
        # bulk_create sets automatic timestamps to now, on the objects too: put the kept
        # ones back.
        stamped = [field.attname for field in fields if getattr(field, "auto_now", False)
                   or getattr(field, "auto_now_add", False)]  # fmt: skip
        kept_stamps = [[getattr(obj, name) for name in stamped] for obj in missing]
        _plain(model).bulk_create(missing, batch_size=BATCH)
        if stamped:
            for obj, values in zip(missing, kept_stamps, strict=True):
                for name, value in zip(stamped, values, strict=True):
                    setattr(obj, name, value)
            _update_rows(model, missing, [f for f in fields if f.attname in stamped])
    if changed and fields:
        _update_rows(model, changed, fields)


def _set_many_to_many(model, deserialized_objects) -> None:
    for field in model._meta.many_to_many:
        if not field.remote_field.through._meta.auto_created:
            continue  # a link model of its own is versioned as rows (category links)
        through = field.remote_field.through
        source = field.m2m_field_name()
        target = field.m2m_reverse_field_name()
        kept = {
            d.object.pk: d.m2m_data[field.name]
            for d in deserialized_objects
            if field.name in (d.m2m_data or {})
        }
        if not kept:
            continue
        # A value removed from the vocabulary since is left out (django-reversion's revert
        # would fail on it and leave the offer as it is).
        still_there = set(
            _plain(field.related_model)
            .filter(pk__in={value for values in kept.values() for value in values})
            .values_list("pk", flat=True)
        )
        _plain(through).filter(**{f"{source}__in": list(kept)}).delete()
        _plain(through).bulk_create(
            [
                through(**{f"{source}_id": pk, f"{target}_id": value})
                for pk, values in kept.items()
                for value in values
                if value in still_there
            ],
            batch_size=1000,
        )


def _update_rows(model, objects, fields) -> None:
    """One UPDATE statement run for many rows. Django's bulk_update builds a CASE expression
    per field and row: for offers (a hundred columns, with every language's) it took longer
    than saving each row."""
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    statement = "UPDATE {} SET {} WHERE {} = %s".format(
        quote(model._meta.db_table),
        ", ".join(f"{quote(field.column)} = %s" for field in fields),
        quote(model._meta.pk.column),
    )
    rows = [
        [field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields]
        + [model._meta.pk.get_db_prep_save(obj.pk, connection)]
        for obj in objects
    ]
    with connection.cursor() as cursor:
        cursor.executemany(statement, rows)
