"""Search texts again, now that Farsi/Dari letters (ی ک) fold to their Arabic forms and Turkish
ı to i."""

from django.db import migrations

from offers.search import search_fields


def refold(apps, schema_editor):
    Offer = apps.get_model("offers", "Offer")
    batch = []
    for offer in Offer.objects.select_related("provider").iterator(chunk_size=500):
        for name, value in search_fields(offer).items():
            setattr(offer, name, value)
        batch.append(offer)
        if len(batch) == 500:
            Offer.objects.bulk_update(batch, ["search_title", "search_text"])
            batch = []
    Offer.objects.bulk_update(batch, ["search_title", "search_text"])


class Migration(migrations.Migration):
    dependencies = [("offers", "0014_more_languages")]

    operations = [migrations.RunPython(refold, migrations.RunPython.noop)]
