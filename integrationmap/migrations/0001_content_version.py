"""The content version. The triggers that raise it are installed after every migrate
(integrationmap/apps.py, content_triggers.py)."""

from django.db import migrations, models


def first_version(apps, schema_editor):
    from django.utils import timezone

    apps.get_model("integrationmap", "ContentVersion").objects.create(
        id=1, number=1, changed=timezone.now()
    )


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.BigIntegerField(default=1)),
                ("changed", models.DateTimeField()),
            ],
            options={
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("id", 1)), name="one_content_version"
                    )
                ],
            },
        ),
        migrations.RunPython(first_version, migrations.RunPython.noop),
    ]
