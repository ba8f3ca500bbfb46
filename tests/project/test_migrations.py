"""The migration history: a database migrated before the offers migrations were squashed is
at the squashed migration without running it, and a new database gets the whole schema,
PostgreSQL's own objects and the starting vocabulary from it (ADR 24)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from integrationmap.infrastructure.content_backup import schema_version

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def squashed_migration():
    loader = MigrationExecutor(connection).loader
    migrations = loader.disk_migrations.values()
    (squashed,) = [m for m in migrations if m.app_label == "offers" and m.replaces]
    return squashed


def plan_to_newest():
    executor = MigrationExecutor(connection)
    return executor.migration_plan(executor.loader.graph.leaf_nodes())


def test_a_database_that_applied_the_old_migrations_has_nothing_to_migrate():
    squashed = squashed_migration()
    recorder = MigrationRecorder(connection)
    recorder.record_unapplied("offers", squashed.name)
    for app, name in squashed.replaces:
        recorder.record_applied(app, name)

    assert plan_to_newest() == []
    # migrate records the squashed migration as applied too (check_replacements)…
    MigrationExecutor(connection).check_replacements()
    assert ("offers", squashed.name) in recorder.applied_migrations()
    # …and content exports name the same schema as on a new database: the newest migration.
    newest = [name for app, name in MigrationExecutor(connection).loader.graph.leaf_nodes()
              if app == "offers"]  # fmt: skip
    assert [schema_version()["offers"]] == newest


VOCABULARY = """
import json
print(json.dumps({
    "areas": Category.objects.filter(parent=None).count(),
    "subcategories": Category.objects.exclude(parent=None).count(),
    "courses": [Category.objects.get(slug="sprachkurse").name_de,
                bool(Category.objects.get(slug="sprachkurse").name_ti)],
    "groups without Kurmanji": TargetGroup.objects.filter(name_kmr="").count(),
    "sign language": Language.objects.get(code="gsg").native_name,
    "Ukrainian in Arabic": Language.objects.get(code="uk").name_ar,
}))
"""


@pytest.mark.slow
def test_a_new_database_starts_with_the_vocabulary_in_every_language(tmp_path):
    """On a database of its own: tests that empty the tables would take the rows with them."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'new.sqlite3'}"}

    def manage(*args):
        done = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=600)  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    manage("migrate", "-v", "0")
    found = json.loads(manage("shell", "-v", "0", "-c", VOCABULARY).strip().splitlines()[-1])
    assert found == {
        "areas": 3,
        "subcategories": 16,
        "courses": ["Sprach- und Integrationskurse", True],
        "groups without Kurmanji": 0,
        "sign language": "Deutsche Gebärdensprache (DGS)",
        "Ukrainian in Arabic": "الأوكرانية",
    }


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own objects")
def test_a_new_postgresql_database_has_the_search_indexes_and_completeness_triggers():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'offers_offer' "
            "AND indexname IN ('offer_search_text_trgm', 'offer_search_title_trgm', "
            "'offer_search_vector_gin')"
        )
        indexes = {row[0] for row in cursor.fetchall()}
        cursor.execute("SELECT tgname FROM pg_trigger WHERE tgname LIKE '%%_complete'")
        triggers = {row[0] for row in cursor.fetchall()}
    assert indexes == {
        "offer_search_text_trgm", "offer_search_title_trgm", "offer_search_vector_gin"
    }  # fmt: skip
    assert triggers == {"offers_offer_complete", "offers_offercategory_complete",
                        "offers_location_complete"}  # fmt: skip
