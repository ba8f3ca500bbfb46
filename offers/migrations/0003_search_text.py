from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

from offers.search import search_fields


def fill_search_fields(apps, schema_editor):
    Offer = apps.get_model("offers", "Offer")
    offers = list(Offer.objects.select_related("provider"))
    for offer in offers:
        for name, value in search_fields(offer).items():
            setattr(offer, name, value)
    Offer.objects.bulk_update(offers, ["search_title", "search_text"], batch_size=500)


# Trigram indexes make "contains" (LIKE '%term%') and similarity searches use an index on
# PostgreSQL. They are not part of Django's model state: SQLite has no such index type.
TRIGRAM_INDEXES = {
    "offer_search_text_trgm": "search_text",
    "offer_search_title_trgm": "search_title",
}


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, column in TRIGRAM_INDEXES.items():
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON offers_offer USING gin ({column} gin_trgm_ops)"
            )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in TRIGRAM_INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("offers", "0002_reference_data")]

    operations = [
        TrigramExtension(),  # does nothing on SQLite
        migrations.AddField(
            model_name="offer",
            name="search_text",
            field=models.TextField(default="", editable=False),
        ),
        migrations.AddField(
            model_name="offer",
            name="search_title",
            field=models.TextField(default="", editable=False),
        ),
        migrations.RunPython(fill_search_fields, migrations.RunPython.noop),
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes),
    ]
