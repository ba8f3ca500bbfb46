"""A UUID per offer, provider, location and contact person (Open Referral HSDS ids), added
empty and filled row by row (a default would give every existing row the same id). Made
unique in the next migration: on PostgreSQL the fill leaves deferred trigger events (the
content version, ADR 15) that forbid altering the tables in the same transaction."""

import uuid

from django.db import migrations, models

MODELS = ("offer", "provider", "location", "contactperson")


def fill_ids(apps, schema_editor):
    for name in MODELS:
        model = apps.get_model("offers", name)
        rows = list(model.objects.filter(hsds_id__isnull=True).only("pk"))
        for row in rows:
            row.hsds_id = uuid.uuid4()
        model.objects.bulk_update(rows, ["hsds_id"], batch_size=5000)


class Migration(migrations.Migration):
    dependencies = [("offers", "0010_website_http_only")]

    operations = [
        *(
            migrations.AddField(name, "hsds_id", models.UUIDField(null=True, editable=False))
            for name in MODELS
        ),
        migrations.RunPython(fill_ids, migrations.RunPython.noop, elidable=True),
    ]
