"""Reference data that nearly every public page shows, kept in the cache until the content
changes (see integrationmap/infrastructure/caching.py): it costs no query on a warm cache."""

from django.db.models import Value

from integrationmap.infrastructure.caching import remember
from integrationmap.infrastructure.prefetch import set_prefetched

from .models import Category, DemoDataset, Language, Municipality, Offer, TargetGroup


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


def category_slugs() -> dict[int, str]:
    def build():
        return {child.id: child.slug for area in topic_tree() for child in area.children.all()}

    return remember("category_slugs", build, per_language=False)


def town_names() -> dict[int, str]:
    def build():
        return dict(Municipality.objects.values_list("id", "name"))

    return remember("town_names", build, per_language=False)


def has_demo_data() -> bool:
    return remember("demo_data", DemoDataset.is_present, per_language=False)


def _in_bulk(model) -> dict:
    def build():
        objects = model.objects.select_related("parent") if model is Category else model.objects
        return objects.in_bulk()

    return remember(f"all:{model._meta.model_name}", build, per_language=False)


LINKS = {
    # relation: (link table model, column of the related id, related model)
    "categories": (Offer.categories.through, "category_id", Category),
    "languages": (Offer.languages.through, "language_id", Language),
    "target_groups": (Offer.target_groups.through, "targetgroup_id", TargetGroup),
}


def attach_links(offers) -> None:
    """Give each offer its categories, spoken languages and target groups as prefetching
    would, from the cached reference data and one query over the three link tables
    (instead of three queries)."""
    by_pk = {offer.pk: offer for offer in offers}
    if not by_pk:
        return
    parts = [
        through.objects.filter(offer_id__in=by_pk)
        .annotate(relation=Value(relation))
        .values_list("relation", "offer_id", column)
        .order_by()
        for relation, (through, column, _model) in LINKS.items()
    ]
    found = {(relation, pk): [] for relation in LINKS for pk in by_pk}
    known = {relation: _in_bulk(model) for relation, (_t, _c, model) in LINKS.items()}
    for relation, offer_id, related_id in parts[0].union(*parts[1:], all=True):
        if related_id in known[relation]:
            found[(relation, offer_id)].append(known[relation][related_id])
    for (relation, offer_id), objects in found.items():
        set_prefetched(by_pk[offer_id], relation, LINKS[relation][2], objects)
