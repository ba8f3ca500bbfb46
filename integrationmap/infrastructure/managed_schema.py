"""Schema objects kept outside migrations (ADR 21).

Some database objects follow settings a deployment may change without a migration of its own
(the offered languages, their fallback chains): a set of indexes named by a common prefix, and
a PostgreSQL generated column whose comment records what it was generated from. Declaring them
in migrations would make such a setting a schema change every deployment must migrate for
itself. An app declares what it needs and calls these functions after every `migrate`
(post_migrate); they change only the difference. The content-version triggers
(content_version.py) are kept the same way.
"""

from django.db import models


def table_exists(connection, table: str) -> bool:
    return table in connection.introspection.table_names()


def column_names(connection, table: str) -> set[str]:
    with connection.cursor() as cursor:
        return {c.name for c in connection.introspection.get_table_description(cursor, table)}


def index_names(connection, table: str, prefix: str) -> set[str]:
    """The table's indexes whose names start with `prefix`."""
    with connection.cursor() as cursor:
        return {
            name
            for name in connection.introspection.get_constraints(cursor, table)
            if name.startswith(prefix)
        }


def drop_indexes(schema_editor, names) -> None:
    for name in sorted(names):
        schema_editor.execute(f"DROP INDEX IF EXISTS {schema_editor.quote_name(name)}")


def sync_indexes(connection, schema_editor, model, prefix: str, wanted: list[models.Index]):
    """Make the model's indexes named `prefix…` exactly `wanted` (by name: a name must change
    whenever what it indexes does)."""
    existing = index_names(connection, model._meta.db_table, prefix)
    by_name = {index.name: index for index in wanted}
    drop_indexes(schema_editor, existing - by_name.keys())
    for name in sorted(by_name.keys() - existing):
        schema_editor.add_index(model, by_name[name])


def column_signature(connection, table: str, column: str) -> str | None:
    """The comment of a PostgreSQL column ("" without one), or None if there is no such
    column."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT col_description(attrelid, attnum) FROM pg_attribute "
            "WHERE attrelid = %s::regclass AND attname = %s AND NOT attisdropped",
            [table, column],
        )
        row = cursor.fetchone()
    return None if row is None else (row[0] or "")


def sync_generated_column(
    connection, schema_editor, model, *, column: str, kind: str, expression: str,
    signature: str, gin_index: str,
) -> bool:  # fmt: skip
    """Make a PostgreSQL STORED generated column (with a GIN index) unless its comment already
    holds `signature`; returns whether it was rebuilt. `signature` may hold only letters,
    digits, colons, commas and spaces (it is written as an SQL literal)."""
    if not all(ch.isalnum() or ch in ":, " for ch in signature):
        raise ValueError(f"signature {signature!r} has characters it may not have")
    table = model._meta.db_table
    if column_signature(connection, table, column) == signature:
        return False
    quoted = schema_editor.quote_name(table)
    schema_editor.execute(f"ALTER TABLE {quoted} DROP COLUMN IF EXISTS {column}")
    schema_editor.execute(
        f"ALTER TABLE {quoted} ADD COLUMN {column} {kind} GENERATED ALWAYS AS ({expression}) STORED"
    )
    schema_editor.execute(f"CREATE INDEX {gin_index} ON {quoted} USING gin ({column})")
    schema_editor.execute(f"COMMENT ON COLUMN {quoted}.{column} IS '{signature}'")
    return True
