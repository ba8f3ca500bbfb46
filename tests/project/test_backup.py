"""Content export and restore: a file from one database restores into a new, migrated one
with every record, every translation and every id identical; a bad file or a database that
is not empty changes nothing."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from ..processes import postgres_database

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

# Every table of the exported apps, row by row, exactly as the database holds it.
SNAPSHOT = """
import json
from django.contrib.auth.models import Permission
from django.db import connection
from modeltranslation.translator import translator
from integrationmap.infrastructure.content_backup import content_models, tables_of

# Permissions are made per database: links to them compare by name, not by id. Rows of
# many-to-many links compare by what they link (their own ids are not content), and the
# untranslated column modeltranslation keeps beside title_de/_en/_ar is never read.
permission = {p.pk: f"{p.content_type.app_label}.{p.codename}"
              for p in Permission.objects.select_related("content_type")}
unread = {}
for model in translator.get_registered_models():
    names = translator.get_options_for_model(model).get_field_names()
    unread[model._meta.db_table] = {model._meta.get_field(n).column for n in names}
links = set()
tables = []
for model in content_models():
    tables += tables_of(model)
    links |= set(tables_of(model)[:-1])
rows = {}
with connection.cursor() as cursor:
    for table in tables:
        cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)} ORDER BY 1")
        names = [column[0] for column in cursor.description]
        found = [dict(zip(names, row)) for row in cursor.fetchall()]
        for row in found:
            for column in unread.get(table, ()):
                row.pop(column)
            if "permission_id" in row:
                row["permission_id"] = permission[row["permission_id"]]
            if table in links:
                row.pop("id")
        found = [{name: str(value) for name, value in row.items()} for row in found]
        rows[table] = sorted(found, key=str) if table in links else found
print(json.dumps(rows))
"""

EXTRAS = """
from django.contrib.auth.models import Group, User
import reversion
from offers.models import EditorScope, Municipality, Offer, ProblemReport
from offers.roles import MUNICIPALITY_EDITORS
editor = User.objects.create_user("kerpen", "k@x.example", "ein-langes-Passwort-12")
editor.groups.add(Group.objects.get(name=MUNICIPALITY_EDITORS))
scope = EditorScope.objects.create(user=editor)
scope.municipalities.set(Municipality.objects.all()[:2])
offer = Offer.objects.order_by("pk").first()
with reversion.create_revision():
    reversion.set_user(editor)
    offer.title_ar = "عنوان جديد – مع «علامات»"
    offer.save()
ProblemReport.objects.create(offer=offer, offer_title=offer.title_de, problem="phone",
                             message="Nummer falsch ☎", language="ar", client="x" * 32)
"""


@pytest.fixture
def new_database(tmp_path):
    """Makes empty databases of the suite's engine."""
    default = settings.DATABASES["default"]
    made = []

    def make(name):
        if default["ENGINE"] != "django.db.backends.postgresql":
            return f"sqlite:///{tmp_path / (name + '.sqlite3')}"
        server = f"postgres://{default['USER']}@{default['HOST']}:{default['PORT'] or 5432}"
        context = postgres_database(server, prefix=f"integrationmap_{name}")
        made.append(context)
        return context.__enter__()

    yield make
    for context in made:
        context.__exit__(None, None, None)


def manage(url, *args, check=True):
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "integrationmap.settings.test",
    }
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=check)  # fmt: skip


def snapshot(url) -> dict:
    return json.loads(manage(url, "shell", "-v", "0", "-c", SNAPSHOT).stdout)


def test_export_and_restore_into_a_new_database_keeps_every_record_identical(
    new_database, tmp_path
):
    source = new_database("source")
    manage(source, "migrate", "--noinput", "-v0")
    manage(source, "load_demo", "--offers", "40")
    manage(source, "import_gtfs", "offers/demo/rhein-erft-stops.txt", "--attribution", "DB")
    manage(source, "shell", "-c", EXTRAS)
    export = tmp_path / "content.json"
    manage(source, "export_content", str(export))
    before = snapshot(source)
    assert len(before["offers_offer"]) == 40
    assert any("«علامات»" in row["title_ar"] for row in before["offers_offer"])
    assert before["reversion_version"] and before["offers_problemreport"]
    assert before["routing_stop"] and before["offers_editorscope_municipalities"]

    target = new_database("target")
    manage(target, "migrate", "--noinput", "-v0")
    result = manage(target, "restore_content", str(export))
    assert "Restored" in result.stdout
    after = snapshot(target)
    for table, rows in before.items():
        assert after[table] == rows, f"{table} differs after the restore"

    # New records get new ids after the restored ones.
    new_provider = "from tests.factories import ProviderFactory; print(ProviderFactory().pk)"
    created = manage(target, "shell", "-v", "0", "-c", new_provider)
    highest = max(int(row["id"]) for row in before["offers_provider"])
    assert int(created.stdout) > highest


def test_a_restore_refuses_a_database_that_is_not_empty_and_a_broken_file(new_database, tmp_path):
    database = new_database("busy")
    manage(database, "migrate", "--noinput", "-v0")
    manage(database, "load_demo", "--offers", "20")
    export = tmp_path / "content.json"
    manage(database, "export_content", str(export))
    refused = manage(database, "restore_content", str(export), check=False)
    assert refused.returncode != 0
    assert "The database is not empty (20 offers" in refused.stderr

    empty = new_database("empty")
    manage(empty, "migrate", "--noinput", "-v0")
    before = snapshot(empty)
    data = json.loads(export.read_text())
    offer = next(item for item in data["objects"] if item["model"] == "offers.offer")
    offer["fields"]["provider"] = 999_999  # a provider that does not exist
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data))
    failed = manage(empty, "restore_content", str(broken), check=False)
    assert failed.returncode != 0
    assert snapshot(empty) == before, "nothing is half-restored"

    not_json = tmp_path / "notes.json"
    not_json.write_text("offers, but not JSON")
    failed = manage(empty, "restore_content", str(not_json), check=False)
    assert "The file is not JSON" in failed.stderr
