"""Database objects that follow the deployment's language settings, kept after every `migrate`.

Two things depend on settings a deployment may change without a migration of its own:
- the finder's default order per offered language (title along that language's fallback chain,
  then id) is served by one partial index per language;
- the PostgreSQL `search_vector` column (generated, see migration 0004) holds every content
  language with its text-search configuration.

Declaring them in migrations would make `FALLBACK_CHAINS` or `SITE_LANGUAGES` a schema change
each deployment would have to migrate for itself. Instead `sync()` (post_migrate) compares what
the database has with what the settings ask for and changes only the difference: index names
carry a digest of their chain, the column carries a comment naming its languages.
"""

import hashlib

from django.db import connections, models
from django.db.models import F, Q
from modeltranslation.utils import resolution_order

from integrationmap.languages import BY_CODE, CONTENT_LANGUAGES, offered

TITLE_INDEX_PREFIX = "offer_title_"
VECTOR_COLUMN = "search_vector"
VECTOR_INDEX = "offer_search_vector_gin"
DOCUMENT_FIELDS = ("title", "summary", "description")


def title_order_indexes() -> list[models.Index]:
    from .models.translated import translated_expression

    indexes = []
    for code in offered():
        chain = ",".join(resolution_order(code))
        digest = hashlib.sha256(chain.encode()).hexdigest()[:8]
        indexes.append(
            models.Index(
                translated_expression("title", code),
                F("id"),
                condition=Q(status="published"),
                name=f"{TITLE_INDEX_PREFIX}{code.replace('-', '_')}_{digest}",
            )
        )
    return indexes


def text_search_configuration(code: str) -> str:
    return BY_CODE[code].text_search if code in BY_CODE else "simple"


def search_vector_sql(languages) -> str:
    """Every language's title (weight A), summary (B) and description (C), each with its
    language's text-search configuration."""
    return " || ".join(
        f"setweight(to_tsvector('{text_search_configuration(lang)}'::regconfig, "
        f"coalesce({field}_{lang.replace('-', '_')}, '')), '{weight}')"
        for lang in languages
        for field, weight in zip(DOCUMENT_FIELDS, "ABC", strict=True)
    )


def search_vector_signature() -> str:
    return "languages: " + ",".join(
        f"{language.code}:{language.text_search}" for language in CONTENT_LANGUAGES
    )


def _title_index_names(connection, table) -> set[str]:
    with connection.cursor() as cursor:
        return {
            name
            for name in connection.introspection.get_constraints(cursor, table)
            if name.startswith(TITLE_INDEX_PREFIX)
        }


def _drop_indexes(schema_editor, names):
    for name in sorted(names):
        schema_editor.execute(f"DROP INDEX IF EXISTS {schema_editor.quote_name(name)}")


def _sync_title_indexes(connection, schema_editor, Offer):
    existing = _title_index_names(connection, Offer._meta.db_table)
    wanted = {index.name: index for index in title_order_indexes()}
    _drop_indexes(schema_editor, existing - wanted.keys())
    for name in sorted(wanted.keys() - existing):
        schema_editor.add_index(Offer, wanted[name])


def _current_vector_signature(cursor, table) -> str | None:
    cursor.execute(
        "SELECT col_description(attrelid, attnum) FROM pg_attribute "
        "WHERE attrelid = %s::regclass AND attname = %s AND NOT attisdropped",
        [table, VECTOR_COLUMN],
    )
    row = cursor.fetchone()
    return None if row is None else (row[0] or "")


def _sync_search_vector(connection, schema_editor, Offer):
    table = Offer._meta.db_table
    signature = search_vector_signature()
    with connection.cursor() as cursor:
        if _current_vector_signature(cursor, table) == signature:
            return
    quoted = schema_editor.quote_name(table)
    languages = [language.code for language in CONTENT_LANGUAGES]
    schema_editor.execute(f"ALTER TABLE {quoted} DROP COLUMN IF EXISTS {VECTOR_COLUMN}")
    schema_editor.execute(
        f"ALTER TABLE {quoted} ADD COLUMN {VECTOR_COLUMN} tsvector "
        f"GENERATED ALWAYS AS ({search_vector_sql(languages)}) STORED"
    )
    schema_editor.execute(f"CREATE INDEX {VECTOR_INDEX} ON {quoted} USING gin ({VECTOR_COLUMN})")
    # The signature holds only letters, colons and commas.
    schema_editor.execute(f"COMMENT ON COLUMN {quoted}.{VECTOR_COLUMN} IS '{signature}'")


def drop_title_indexes(using="default", plan=None, **kwargs):
    """Before migrations of this app run (pre_migrate): remove the title-order indexes, which
    the model state does not know. SQLite cannot drop a column an index uses (a migration that
    removes a language, or goes back before one), and a table rebuild would lose them anyway;
    `sync()` makes them again afterwards. Other migrations leave them alone."""
    from .models import Offer

    if not any(migration.app_label == "offers" for migration, _backwards in plan or []):
        return
    connection = connections[using]
    table = Offer._meta.db_table
    if table not in connection.introspection.table_names():
        return
    names = _title_index_names(connection, table)
    with connection.schema_editor(atomic=False) as schema_editor:
        _drop_indexes(schema_editor, names)


def sync(using="default", **kwargs):
    """Bring the language-dependent indexes and the search column in line with the settings
    (idempotent; connected to post_migrate)."""
    from .models import Offer

    connection = connections[using]
    table = Offer._meta.db_table
    if table not in connection.introspection.table_names():
        return
    with connection.cursor() as cursor:
        columns = {c.name for c in connection.introspection.get_table_description(cursor, table)}
    needed = {
        f"{field}_{language.code}" for field in DOCUMENT_FIELDS for language in CONTENT_LANGUAGES
    }
    if not needed <= columns:
        return  # migrated back to before a language's columns: nothing to keep in line
    with connection.schema_editor(atomic=False) as schema_editor:
        _sync_title_indexes(connection, schema_editor, Offer)
        if connection.vendor == "postgresql":
            _sync_search_vector(connection, schema_editor, Offer)
