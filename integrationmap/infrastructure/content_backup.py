"""All content in one JSON file, and back into an empty database (ADR 18).

What is in it: the apps `offers` and `routing` (offers, providers, places, people,
categories, stops, offices, visitors' messages, short links), the edit history
(django-reversion), and the editorial office's accounts and groups (editors' rights and
their scopes refer to them). Password hashes travel with the accounts: keep the file as
confidential as a database dump. Not in it: sessions, login attempts, caches.

Records keep their ids; references to permissions and content types go by name, so a file
restores into any database of the same schema version, SQLite or PostgreSQL. Times keep
their microseconds (Django's JSON encoder would cut them to milliseconds).
"""

import datetime
import decimal
import json
import uuid
from collections import Counter

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader

FORMAT = "integrationmap-content"
VERSION = 1
APPS = ("auth", "offers", "routing", "reversion")
# Kept per database, not content.
LEFT_OUT = {"auth.permission", "integrationmap.contentversion"}
CHUNK = 2000


class RestoreError(Exception):
    pass


def content_models() -> list:
    """The models to save, in an order where natural keys come before their users."""
    by_app = [(apps.get_app_config(label), None) for label in APPS]
    ordered = serializers.sort_dependencies(by_app, allow_cycles=True)
    return [model for model in ordered if model._meta.label_lower not in LEFT_OUT]


class Encoder(json.JSONEncoder):
    def default(self, value):
        if isinstance(value, datetime.datetime | datetime.date | datetime.time):
            return value.isoformat()
        if isinstance(value, decimal.Decimal | uuid.UUID):
            return str(value)
        return super().default(value)


def schema_version() -> dict[str, str]:
    """The newest applied migration of each app whose tables the file holds, in the order of
    the migration graph: a database migrated before a squash and a new one name the same."""
    loader = MigrationLoader(connection)
    latest = {}
    for app in APPS:
        for leaf in loader.graph.leaf_nodes(app):
            applied = [
                name
                for label, name in loader.graph.forwards_plan(leaf)
                if label == app and (label, name) in loader.applied_migrations
            ]
            if applied:
                latest[app] = applied[-1]
    return latest


def tables_of(model) -> list[str]:
    """The model's table and the tables of its own many-to-many links."""
    links = [f.remote_field.through for f in model._meta.local_many_to_many]
    return [t._meta.db_table for t in links if t._meta.auto_created] + [model._meta.db_table]


def export_content(stream) -> Counter:
    counts = Counter()
    header = {"format": FORMAT, "version": VERSION, "schema": schema_version(),
              "exported": datetime.datetime.now(tz=datetime.UTC).isoformat()}  # fmt: skip
    stream.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "objects": [\n')
    first = True
    for model in content_models():
        queryset = model._base_manager.order_by("pk")
        pks = list(queryset.values_list("pk", flat=True))
        for start in range(0, len(pks), CHUNK):
            chunk = queryset.filter(pk__in=pks[start : start + CHUNK])
            for record in serializers.serialize("python", chunk, use_natural_foreign_keys=True):
                stream.write(("" if first else ",\n") + json.dumps(record, cls=Encoder,
                                                                   ensure_ascii=False))  # fmt: skip
                first = False
                counts[model._meta.label] += 1
    stream.write("\n]}\n")
    return counts


def read_file(stream) -> dict:
    try:
        data = json.load(stream)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise RestoreError(f"The file is not JSON: {error}") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise RestoreError("The file is not a content export of this application.")
    if data.get("version") != VERSION:
        raise RestoreError(f"Export format version {data.get('version')} is not {VERSION}.")
    if data.get("schema") != schema_version():
        raise RestoreError(
            "The file comes from another version of the database schema "
            f"({data.get('schema')}); this database has {schema_version()}. Restore into a "
            "database migrated to the same version (the same release of the application)."
        )
    return data


def ensure_empty():
    offers = apps.get_model("offers", "Offer")._base_manager.count()
    users = get_user_model()._base_manager.count()
    if offers or users:
        raise RestoreError(
            f"The database is not empty ({offers} offers, {users} user accounts). Restore "
            "into a new database: create it, run `manage.py migrate`, then restore, before "
            "anyone creates an account."
        )


@transaction.atomic
def restore_content(stream) -> Counter:
    """Everything from the file, or nothing: any error rolls the whole restore back."""
    data = read_file(stream)
    ensure_empty()
    models = content_models()
    tables = [table for model in models for table in tables_of(model)]
    counts = Counter()
    with connection.constraint_checks_disabled():
        # What migrations put in (reference data, role groups) makes way for the file's
        # rows; raw deletes, as references among them are checked at the end.
        with connection.cursor() as cursor:
            for table in reversed(tables):
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")
        try:
            for item in serializers.deserialize(
                "python", data["objects"], handle_forward_references=True
            ):
                item.save()
                counts[item.object._meta.label] += 1
        except serializers.base.DeserializationError as error:
            raise RestoreError(f"A record could not be read: {error}") from error
    connection.check_constraints(table_names=tables)
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)
    return counts
