"""Each starting topic gets its own marker colour (offers.starting_vocabulary.topic_colours),
where it still has its area's colour: a colour an editor chose is kept. Asylum counselling
gets a pictogram of its own (it shared migration counselling's)."""

from django.db import migrations

from offers.starting_vocabulary.topic_colours import TOPIC_COLOURS


def colour_topics(apps, schema_editor):
    Category = apps.get_model("offers", "Category")
    for topic in Category.objects.filter(slug__in=TOPIC_COLOURS, parent__isnull=False):
        if topic.colour == topic.parent.colour:
            topic.colour = TOPIC_COLOURS[topic.slug]
            topic.save(update_fields=["colour"])
    Category.objects.filter(slug="asylberatung", icon="counselling").update(icon="asylum")


class Migration(migrations.Migration):
    dependencies = [("offers", "0021_search_places_and_terms")]

    operations = [migrations.RunPython(colour_topics, migrations.RunPython.noop)]
