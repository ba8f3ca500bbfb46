"""The vocabulary every deployment starts with: the three areas (Leben, Lernen, Arbeiten) and
their subcategories, the target groups and the languages most often spoken at offers for
newcomers in Germany, named in every content language.

The initial migration installs it, and tests that empty the database put it back the same
way. It only adds what is missing: a row that exists (by slug or code) is left as it is, and
of its names and descriptions only empty ones are filled, so that an editor's own wording is
never replaced. Changing the data here changes what new installations start with; it never
touches a database that has it already, beyond filling blanks (ADR 24).
"""

from babel import Locale, UnknownLocaleError

from . import first_languages, more_languages, search_terms
from .topic_colours import TOPIC_COLOURS


def install(apps, schema_editor=None) -> None:
    """Create the missing vocabulary and fill its blank translations. `apps` is the app
    registry, or the historical one a migration passes in."""
    Category = apps.get_model("offers", "Category")
    TargetGroup = apps.get_model("offers", "TargetGroup")
    Language = apps.get_model("offers", "Language")
    create_missing(Category, TargetGroup, Language)
    fill_blanks(Category, TargetGroup, Language)
    try:
        SearchTerm = apps.get_model("offers", "SearchTerm")
    except LookupError:
        return  # the initial migration: search terms come with migration 0020
    add_search_terms(Category, SearchTerm)


def add_search_terms(Category, SearchTerm) -> None:
    """Each topic's starting search terms that it lacks (run by migration 0020, and by tests
    that empty the database)."""
    from offers.search import normalise

    have = set(
        SearchTerm.objects.filter(category__isnull=False).values_list("category_id", "folded")
    )
    new = []
    for category in Category.objects.filter(slug__in=search_terms.CATEGORIES):
        for language, spec in search_terms.CATEGORIES[category.slug].items():
            for text in search_terms.terms(spec):
                folded = normalise(text)[:100]
                if folded and (category.pk, folded) not in have:
                    have.add((category.pk, folded))
                    new.append(
                        SearchTerm(text=text, folded=folded, language=language, category=category)
                    )
    SearchTerm.objects.bulk_create(new)


def create_missing(Category, TargetGroup, Language) -> None:
    first = first_languages
    areas = {}
    for order, (slug, icon, colour, names, descriptions) in enumerate(first.AREAS):
        areas[slug], _ = Category.objects.get_or_create(
            slug=slug,
            defaults={
                "icon": icon,
                "colour": colour,
                "sort_order": order * 100,
                **translated("name", names),
                **translated("description", descriptions),
            },
        )
    for order, (slug, area, icon, names, descriptions) in enumerate(first.SUBCATEGORIES, 1):
        parent = areas[area]
        Category.objects.get_or_create(
            slug=slug,
            defaults={
                "parent": parent,
                "icon": icon,
                "colour": TOPIC_COLOURS.get(slug, parent.colour),
                "sort_order": parent.sort_order + order,
                **translated("name", names),
                **translated("description", descriptions),
            },
        )
    for order, (slug, names) in enumerate(first.TARGET_GROUPS):
        TargetGroup.objects.get_or_create(
            slug=slug, defaults={"sort_order": order, **translated("name", names)}
        )
    for order, code in enumerate(first.SPOKEN_LANGUAGES):
        names = {lang: cldr_name(code, lang, first.NAME_OVERRIDES) for lang in first.LANGS}
        Language.objects.get_or_create(
            code=code,
            defaults={
                "sort_order": order,
                "native_name": native_name(code),
                **{f"name_{lang}": name for lang, name in names.items()},
            },
        )


def fill_blanks(Category, TargetGroup, Language) -> None:
    more = more_languages
    for category in Category.objects.filter(slug__in=more.CATEGORIES):
        texts = more.CATEGORIES[category.slug]
        fill_blank(
            category,
            {
                **{f"name_{lang}": texts[lang][0] for lang in more.LANGS},
                **{f"description_{lang}": texts[lang][1] for lang in more.LANGS},
            },
        )
    for group in TargetGroup.objects.filter(slug__in=more.TARGET_GROUPS):
        names = more.TARGET_GROUPS[group.slug]
        fill_blank(group, {f"name_{lang}": names[lang] for lang in more.LANGS})
    for language in Language.objects.all():
        fill_blank(
            language,
            {
                f"name_{lang}": cldr_name(language.code, lang, more.NAME_OVERRIDES)
                for lang in more.LANGS
            },
        )


def translated(field: str, values) -> dict:
    return {
        f"{field}_{lang}": value for lang, value in zip(first_languages.LANGS, values, strict=True)
    }


def cldr_name(code: str, language: str, overrides: dict) -> str:
    """The spoken language `code` named in `language`: the override, else CLDR's name."""
    if override := overrides.get(code, {}).get(language):
        return override
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return ""
    name = (locale.languages.get(code.replace("-", "_")) or "").strip()
    return name[:1].upper() + name[1:]


def native_name(code: str) -> str:
    """The language's name for itself (its autonym)."""
    if override := first_languages.NAME_OVERRIDES.get(code, {}).get("native"):
        return override
    try:
        autonym = Locale.parse(code.replace("-", "_")).get_display_name() or ""
    except (UnknownLocaleError, ValueError):
        return ""
    return autonym[:1].upper() + autonym[1:]


def fill_blank(record, values: dict) -> None:
    """Set the fields that are empty; fields the model lacks (a language this deployment does
    not offer) are skipped."""
    own = {field.name for field in record._meta.concrete_fields}
    changed = [
        field
        for field, value in values.items()
        if field in own and value and not getattr(record, field)
    ]
    for field in changed:
        setattr(record, field, values[field])
    if changed:
        record.save(update_fields=changed)
