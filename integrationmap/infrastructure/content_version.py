"""The content version: one number the database raises on any write a public page shows
(ADR 15), read once per request; and the SQL that keeps it current, a trigger on every table
a public page reads.

They are (re)installed after every `migrate` (post_migrate, see apps.py): a migration that
rebuilds a table (SQLite does that for most changes) would otherwise lose them silently.

PostgreSQL: a deferred constraint trigger per row, so the version row is locked only at
commit (a long import does not hold up other editors), and a guard that lets only the first
event of a transaction write. SQLite writes one transaction at a time anyway: plain row
triggers. TRUNCATE (only tests use it) raises the version too.
"""

import datetime
from contextvars import ContextVar
from dataclasses import dataclass

from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_datetime

VERSION_TABLE = "integrationmap_contentversion"


@dataclass(frozen=True)
class Version:
    number: int
    changed: datetime.datetime

    @property
    def key(self) -> str:
        # The time as well: a database that was emptied and filled again counts from 1 again.
        return f"{self.number}.{self.changed.timestamp():.6f}"


_request_version: ContextVar[Version | None] = ContextVar("content_version", default=None)
_in_request: ContextVar[bool] = ContextVar("in_request", default=False)


def read_version() -> Version:
    # Raw SQL: this runs on every request, and the ORM would double its cost.
    with connection.cursor() as cursor:
        cursor.execute("SELECT number, changed FROM integrationmap_contentversion WHERE id = 1")
        row = cursor.fetchone()
    if row is None:  # only after tests empty every table
        return Version(0, datetime.datetime.fromtimestamp(0, tz=datetime.UTC))
    number, changed = row
    if isinstance(changed, str):
        changed = parse_datetime(changed)
    if timezone.is_naive(changed):  # SQLite keeps UTC without a zone
        changed = changed.replace(tzinfo=datetime.UTC)
    return Version(number, changed)


def content_version() -> Version:
    """The version, read once per request (and on every call outside requests)."""
    version = _request_version.get()
    if version is None:
        version = read_version()
        if _in_request.get():
            _request_version.set(version)
    return version


class ContentVersionMiddleware:
    """Marks the span of a request, so that the version is read at most once in it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_token = _in_request.set(True)
        version_token = _request_version.set(None)
        try:
            return self.get_response(request)
        finally:
            _request_version.reset(version_token)
            _in_request.reset(request_token)


# Every table whose rows a public page shows. tests/project/test_caching.py fails for a model of
# `offers` or `routing` that is in neither list, so a new model cannot be forgotten.
SHOWN_TABLES = (
    "offers_category",
    "offers_contactperson",
    "offers_contactperson_languages",
    "offers_demodataset",
    "offers_language",
    "offers_location",
    "offers_municipality",
    "offers_offer",
    "offers_offer_languages",
    "offers_offer_target_groups",
    "offers_offercategory",
    "offers_openingslot",
    "offers_provider",
    "offers_searchterm",
    "offers_targetgroup",
    "routing_neareststop",
    "routing_office",
    "routing_stop",
    "routing_transitfeed",
)
NOT_SHOWN_TABLES = (
    "offers_editorscope",
    "offers_job",
    "offers_jobchange",
    "offers_jobfile",
    "offers_editorscope_municipalities",
    "offers_geocodedaddress",
    "offers_linkcheck",
    "offers_offersuggestion",
    "offers_problemreport",
    "offers_sharedlist",
    "offers_unfoundsearch",
)

POSTGRESQL_FUNCTION = f"""
CREATE OR REPLACE FUNCTION integrationmap_raise_content_version() RETURNS trigger AS $$
BEGIN
    IF current_setting('integrationmap.version_raised', true) IS DISTINCT FROM
            txid_current()::text THEN
        PERFORM set_config('integrationmap.version_raised', txid_current()::text, true);
        INSERT INTO {VERSION_TABLE} (id, number, changed) VALUES (1, 1, clock_timestamp())
        ON CONFLICT (id) DO UPDATE
            SET number = {VERSION_TABLE}.number + 1, changed = clock_timestamp();
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
"""

SQLITE_RAISE = f"""
INSERT INTO {VERSION_TABLE} (id, number, changed)
VALUES (1, 1, strftime('%Y-%m-%d %H:%M:%f', 'now'))
ON CONFLICT (id) DO UPDATE SET number = number + 1, changed = excluded.changed;
"""


def trigger_name(table: str, event: str = "") -> str:
    return f"content_version_{table}{'_' + event if event else ''}"


def create_sql(vendor: str, table: str) -> list[str]:
    if vendor == "postgresql":
        return [
            *drop_sql(vendor, table),
            f"CREATE CONSTRAINT TRIGGER {trigger_name(table)} "
            f"AFTER INSERT OR UPDATE OR DELETE ON {table} DEFERRABLE INITIALLY DEFERRED "
            "FOR EACH ROW EXECUTE FUNCTION integrationmap_raise_content_version()",
            f"CREATE TRIGGER {trigger_name(table, 'truncate')} AFTER TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION integrationmap_raise_content_version()",
        ]
    return [
        f"CREATE TRIGGER IF NOT EXISTS {trigger_name(table, event.lower())} "
        f"AFTER {event} ON {table} "
        f"BEGIN {SQLITE_RAISE} END"
        for event in ("INSERT", "UPDATE", "DELETE")
    ]


def drop_sql(vendor: str, table: str) -> list[str]:
    if vendor == "postgresql":
        return [
            f"DROP TRIGGER IF EXISTS {trigger_name(table)} ON {table}",
            f"DROP TRIGGER IF EXISTS {trigger_name(table, 'truncate')} ON {table}",
        ]
    return [
        f"DROP TRIGGER IF EXISTS {trigger_name(table, event)}"
        for event in ("insert", "update", "delete")
    ]


def install(connection):
    """Create the triggers of every shown table that exists (idempotent)."""
    existing = set(connection.introspection.table_names())
    if VERSION_TABLE not in existing:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRESQL_FUNCTION)
        for table in SHOWN_TABLES:
            if table in existing:
                for statement in create_sql(connection.vendor, table):
                    cursor.execute(statement)


def watched_tables(connection) -> set[str]:
    """Tables that currently raise the version (for the test that nothing is forgotten)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname LIKE 'content_version_%%'"
            )
        else:
            cursor.execute(
                "SELECT DISTINCT tbl_name FROM sqlite_master "
                "WHERE type = 'trigger' AND name LIKE 'content_version_%'"
            )
        return {row[0] for row in cursor.fetchall()}
