"""The database objects of search and the finder's order that follow the language settings.

- The finder's default order per offered language (title along that language's fallback
  chain, then id) is served by one partial index per language; index names carry a digest of
  their chain.
- The PostgreSQL `search_vector` column (generated; `sync()` makes it after `migrate`) holds every
  content language with its text-search configuration; its comment names them.

They are kept by integrationmap.infrastructure.managed_schema after every `migrate` (ADR 21),
not declared in migrations, so that `SITE_LANGUAGES` or `FALLBACK_CHAINS` is no schema change.
"""

import hashlib

from django.db import connections, models
from django.db.models import F, Q
from modeltranslation.utils import resolution_order

from integrationmap.infrastructure import managed_schema
from integrationmap.languages import BY_CODE, CONTENT_LANGUAGES, offered

from .models import Offer
from .models.translated import translated_expression
from .search import DOCUMENT_FIELDS

TITLE_INDEX_PREFIX = "offer_title_"
VECTOR_COLUMN = "search_vector"
VECTOR_INDEX = "offer_search_vector_gin"


def title_order_indexes() -> list[models.Index]:
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


def drop_title_indexes(using="default", plan=None, **kwargs):
    """Before migrations of this app run (pre_migrate): remove the title-order indexes, which
    the model state does not know. SQLite cannot drop a column an index uses (a migration that
    removes a language, or goes back before one), and a table rebuild would lose them anyway;
    `sync()` makes them again afterwards. Other migrations leave them alone."""
    if not any(migration.app_label == "offers" for migration, _backwards in plan or []):
        return
    connection = connections[using]
    table = Offer._meta.db_table
    if not managed_schema.table_exists(connection, table):
        return
    names = managed_schema.index_names(connection, table, TITLE_INDEX_PREFIX)
    with connection.schema_editor(atomic=False) as schema_editor:
        managed_schema.drop_indexes(schema_editor, names)


def sync(using="default", **kwargs):
    """Bring the language-dependent indexes and the search column in line with the settings
    (idempotent; connected to post_migrate)."""
    connection = connections[using]
    table = Offer._meta.db_table
    if not managed_schema.table_exists(connection, table):
        return
    needed = {
        f"{field}_{language.code}" for field in DOCUMENT_FIELDS for language in CONTENT_LANGUAGES
    }
    if not needed <= managed_schema.column_names(connection, table):
        return  # migrated back to before a language's columns: nothing to keep in line
    with connection.schema_editor(atomic=False) as schema_editor:
        managed_schema.sync_indexes(
            connection, schema_editor, Offer, TITLE_INDEX_PREFIX, title_order_indexes()
        )
        if connection.vendor == "postgresql":
            managed_schema.sync_generated_column(
                connection,
                schema_editor,
                Offer,
                column=VECTOR_COLUMN,
                kind="tsvector",
                expression=search_vector_sql([language.code for language in CONTENT_LANGUAGES]),
                signature=search_vector_signature(),
                gin_index=VECTOR_INDEX,
            )
