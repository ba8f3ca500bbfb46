import uuid

from django.db import migrations, models

MODELS = ("offer", "provider", "location", "contactperson")


class Migration(migrations.Migration):
    dependencies = [("offers", "0011_hsds_ids")]

    operations = [
        migrations.AlterField(
            name,
            "hsds_id",
            models.UUIDField(
                default=uuid.uuid4, editable=False, unique=True, verbose_name="HSDS id"
            ),
        )
        for name in MODELS
    ]
