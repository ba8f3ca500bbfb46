"""A stored, generated tsvector column with a GIN index for full-text search on PostgreSQL.

The database keeps it up to date on every write. It is not a model field (SQLite has no
tsvector); offers.search.StoredSearchVector refers to it. Adding a content language needs a
migration; offers.search_schema rebuilds the column after `migrate` when the languages change.
"""

from django.db import migrations

from offers.search_schema import search_vector_sql

LANGUAGES = ("de", "en", "ar")


def add_search_vector(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "ALTER TABLE offers_offer ADD COLUMN search_vector tsvector "
        f"GENERATED ALWAYS AS ({search_vector_sql(LANGUAGES)}) STORED"
    )
    schema_editor.execute(
        "CREATE INDEX offer_search_vector_gin ON offers_offer USING gin (search_vector)"
    )


def drop_search_vector(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE offers_offer DROP COLUMN IF EXISTS search_vector")


class Migration(migrations.Migration):
    dependencies = [("offers", "0003_search_text")]

    operations = [migrations.RunPython(add_search_vector, drop_search_vector)]
