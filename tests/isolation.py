"""What keeps one test from breaking the next: requests the live server is still answering
when a test ends, and a database snapshot that browser tests restore instead of rebuilding
the demo district each time (docs/adr/0023-test-isolation-and-the-demo-snapshot.md)."""

import datetime
import os
import threading
from dataclasses import dataclass

from django.apps import apps
from django.core.management.color import no_style
from django.core.signals import request_finished, request_started
from django.db import connection, transaction

from integrationmap.infrastructure.content_version import VERSION_TABLE

# Waits in the suite are for real conditions; this only bounds how long a condition that
# never comes may take to fail. A loaded machine (CI, a CPU hog) can stretch it.
TIMEOUT_SCALE = float(os.environ.get("TEST_TIMEOUT_SCALE", "1"))


def scaled(seconds: float) -> float:
    return seconds * TIMEOUT_SCALE


class LiveRequests:
    """The requests being answered in this process by other threads (the live server's),
    counted by Django's own request signals. The test's own thread is left out: its test
    client requests are over when the call returns, except a streamed response the test
    never read, which the server side is not busy with."""

    def __init__(self):
        self._running: dict[int, int] = {}
        self._idle = threading.Condition()
        request_started.connect(self._started, weak=False, dispatch_uid="tests-live-requests+")
        request_finished.connect(self._finished, weak=False, dispatch_uid="tests-live-requests-")

    def _started(self, **_kwargs):
        with self._idle:
            thread = threading.get_ident()
            self._running[thread] = self._running.get(thread, 0) + 1

    def _finished(self, **_kwargs):
        with self._idle:
            thread = threading.get_ident()
            if self._running.get(thread, 0) <= 1:
                self._running.pop(thread, None)
            else:
                self._running[thread] -= 1
            self._idle.notify_all()

    def _elsewhere(self) -> int:
        me = threading.get_ident()
        return sum(count for thread, count in self._running.items() if thread != me)

    def wait_until_idle(self, seconds: float) -> None:
        """Returns once no other thread answers a request; raises if one still does after
        `seconds`. A test that ends while the server still answers it (it timed out waiting
        for a page) would otherwise have the database emptied under that request, or that
        request write into the next test's data."""
        with self._idle:
            if not self._idle.wait_for(lambda: self._elsewhere() == 0, timeout=seconds):
                raise RuntimeError(
                    f"the live server still answers {self._elsewhere()} request(s) "
                    f"{seconds:.0f} s after the test ended"
                )


live_requests = LiveRequests()


@dataclass
class _Table:
    name: str
    columns: list[str]
    rows: list[tuple]


class DatabaseSnapshot:
    """Every row of every model table, taken once and put back in one transaction.

    The whole database, not just the demo's tables: content types, permissions and groups
    that the demo's rows point to are recreated with other ids whenever a test empties the
    database, so they come back from the snapshot too."""

    def __init__(self, tables: list[_Table]):
        self.tables = tables

    @classmethod
    def take(cls) -> "DatabaseSnapshot":
        tables = []
        with connection.cursor() as cursor:
            for name in _model_tables():
                columns = _stored_columns(cursor, name)
                quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
                cursor.execute(f"SELECT {quoted} FROM {connection.ops.quote_name(name)}")
                rows = cursor.fetchall()
                if connection.vendor == "sqlite":
                    rows = [tuple(map(_sqlite_value, row)) for row in rows]
                tables.append(_Table(name, columns, rows))
        return cls(tables)

    @staticmethod
    def empty() -> None:
        """Deletes every row of every model table, in the caller's transaction."""
        with connection.cursor() as cursor:
            _delete_rows(cursor, _model_tables())

    def restore(self) -> None:
        with transaction.atomic(), connection.cursor() as cursor:
            _delete_rows(cursor, [table.name for table in self.tables])
            for table in self.tables:
                if table.rows:
                    _insert(cursor, table)
            if connection.vendor == "postgresql":
                _reset_sequences(cursor)


def _model_tables() -> list[str]:
    # The content version is the database's own count of writes: triggers raise it while
    # rows are deleted and put back, which is what tells caches that the content changed.
    tables = connection.introspection.django_table_names(only_existing=True)
    return sorted(set(tables) - {VERSION_TABLE})


def _delete_rows(cursor, tables: list[str]) -> None:
    names = [connection.ops.quote_name(name) for name in tables]
    if connection.vendor == "postgresql":
        cursor.execute(f"TRUNCATE {', '.join(names)} CASCADE")
    else:
        for name in names:
            cursor.execute(f"DELETE FROM {name}")


def _stored_columns(cursor, table: str) -> list[str]:
    """The columns a row can be written to: not PostgreSQL's generated search vector."""
    if connection.vendor == "postgresql":
        cursor.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = %s "
            "AND is_generated = 'NEVER' ORDER BY ordinal_position",
            [table],
        )
        return [row[0] for row in cursor.fetchall()]
    # table_info leaves generated columns out (table_xinfo would list them).
    cursor.execute(f"PRAGMA table_info({connection.ops.quote_name(table)})")
    return [row[1] for row in cursor.fetchall()]


def _sqlite_value(value):
    # The sqlite3 module reads "time" columns back as time objects (Django's converters)
    # but has no adapter to write them; Django stores them in ISO form.
    return value.isoformat() if isinstance(value, datetime.time) else value


def _insert(cursor, table: _Table) -> None:
    quoted = ", ".join(connection.ops.quote_name(column) for column in table.columns)
    name = connection.ops.quote_name(table.name)
    if connection.vendor == "postgresql":
        # COPY is one round trip for the whole table; psycopg adapts every value.
        with cursor.cursor.copy(f"COPY {name} ({quoted}) FROM STDIN") as copy:
            for row in table.rows:
                copy.write_row(row)
        return
    marks = ", ".join(["%s"] * len(table.columns))
    cursor.executemany(f"INSERT INTO {name} ({quoted}) VALUES ({marks})", table.rows)


def _reset_sequences(cursor) -> None:
    for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
        cursor.execute(statement)
