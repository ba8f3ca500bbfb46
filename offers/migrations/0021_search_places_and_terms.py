"""The starting search terms added since 0020 (everyday words for illness, bills, tutoring),
and the offers' folded search texts again, now with the names of their places."""

from django.db import migrations

from offers import starting_vocabulary
from offers.search import refold_search_texts


def add_search_terms(apps, schema_editor):
    starting_vocabulary.add_search_terms(
        apps.get_model("offers", "Category"), apps.get_model("offers", "SearchTerm")
    )


def refold(apps, schema_editor):
    refold_search_texts(apps.get_model("offers", "Offer"))


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0020_search_terms"),
    ]

    operations = [
        migrations.RunPython(add_search_terms, migrations.RunPython.noop),
        migrations.RunPython(refold, migrations.RunPython.noop),
    ]
