"""Reference data that nearly every public page shows, kept in the cache until the content
changes (see integrationmap/caching.py): it costs no query on a warm cache."""

from integrationmap.caching import remember

from .icons import sprite_name
from .models import Category, DemoDataset, Language


def topic_tree() -> list[Category]:
    """The areas (Leben / Lernen / Arbeiten), each with its subcategories prefetched."""

    def build():
        return list(Category.objects.areas().prefetch_related("children"))

    return remember("topic_tree", build, per_language=False)


def ids_of(model, key: str) -> int | None:
    """The id of the town, target group or spoken language with this slug or code: filters
    compare ids, which the database can plan for (a join on the slug it cannot)."""
    field = "code" if model is Language else "slug"

    def build():
        return dict(model.objects.values_list(field, "id"))

    return remember(f"ids:{model._meta.model_name}", build, per_language=False).get(key)


def category_ids(slug: str) -> list[int]:
    """The category and, for an area, its subcategories."""
    for area in topic_tree():
        if area.slug == slug:
            return [area.id, *(child.id for child in area.children.all())]
        for child in area.children.all():
            if child.slug == slug:
                return [child.id]
    return []


def map_categories() -> dict:
    """What the map needs of each subcategory: colour, icon, name in the page language."""

    def build():
        return {
            category.slug: {
                "colour": category.colour,
                "icon": sprite_name(category.icon),
                "name": category.translated("name").text,
            }
            for area in topic_tree()
            for category in area.children.all()
        }

    return remember("map_categories", build)


def has_demo_data() -> bool:
    return remember("demo_data", DemoDataset.is_present, per_language=False)
