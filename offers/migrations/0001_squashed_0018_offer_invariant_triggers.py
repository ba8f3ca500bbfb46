"""The offers app's schema and starting vocabulary, squashed from the eighteen migrations of
the first development months (ADR 24). A database that applied those is already at this one
(`replaces`); a new database gets it in one step.

Besides the models' state (generated): on PostgreSQL the trigram extension and indexes, and
the deferred triggers that keep every offer complete (at least one category; a place, or
online or by phone); then the starting vocabulary. Things that follow settings rather than
migrations (the title-order indexes, the generated full-text column, the content-version
triggers) are made after every `migrate` instead (offers.search_schema.sync,
integrationmap.infrastructure.managed_schema).
"""

import uuid

import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

import offers.models.base
import offers.models.editorial
import offers.models.offers
import offers.models.places
import offers.models.translated
from offers import starting_vocabulary

# Trigram indexes make "contains" (LIKE '%term%') and similarity searches use an index on
# PostgreSQL. They are not part of Django's model state: SQLite has no such index type.
TRIGRAM_INDEXES = {
    "offer_search_text_trgm": "search_text",
    "offer_search_title_trgm": "search_title",
}


def add_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, column in TRIGRAM_INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON offers_offer USING gin ({column} gin_trgm_ops)"
        )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in TRIGRAM_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


# Every offer has at least one category, and a place or a way to take part without one: on
# PostgreSQL checked when a transaction commits (a deferred constraint trigger), so that a new
# offer may get its categories and places after its own row. SQLite cannot defer a check to
# the commit: there the write path (offers.services.invariants) alone keeps it.
COMPLETENESS_FUNCTIONS = """
CREATE OR REPLACE FUNCTION offers_check_offer_complete(checked bigint) RETURNS void AS $$
BEGIN
    PERFORM 1 FROM offers_offer o WHERE o.id = checked AND (
        NOT EXISTS (SELECT 1 FROM offers_offercategory c WHERE c.offer_id = o.id)
        OR (NOT o.available_online AND NOT o.available_by_phone
            AND NOT EXISTS (SELECT 1 FROM offers_location l WHERE l.offer_id = o.id)));
    IF FOUND THEN
        RAISE EXCEPTION 'offer % needs at least one category, and a location or to be '
            'available online or by phone', checked USING ERRCODE = 'check_violation';
    END IF;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION offers_offer_complete() RETURNS trigger AS $$
BEGIN
    IF TG_TABLE_NAME = 'offers_offer' THEN
        PERFORM offers_check_offer_complete(NEW.id);
    ELSE
        PERFORM offers_check_offer_complete(OLD.offer_id);
        IF TG_OP = 'UPDATE' THEN
            PERFORM offers_check_offer_complete(NEW.offer_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
"""
TRIGGERS = (
    ("offers_offer", "INSERT OR UPDATE"),
    ("offers_offercategory", "DELETE OR UPDATE"),
    ("offers_location", "DELETE OR UPDATE"),
)


def add_completeness_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(COMPLETENESS_FUNCTIONS, params=None)  # its % are PL/pgSQL's own
    for table, events in TRIGGERS:
        schema_editor.execute(
            f"CREATE CONSTRAINT TRIGGER {table}_complete AFTER {events} ON {table} "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION offers_offer_complete()"
        )


def drop_completeness_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, _events in TRIGGERS:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_complete ON {table}")
    schema_editor.execute("DROP FUNCTION IF EXISTS offers_offer_complete()")
    schema_editor.execute("DROP FUNCTION IF EXISTS offers_check_offer_complete(bigint)")


class Migration(migrations.Migration):
    initial = True

    replaces = [
        ("offers", "0001_initial"),
        ("offers", "0002_reference_data"),
        ("offers", "0003_search_text"),
        ("offers", "0004_search_vector"),
        ("offers", "0005_editorial_back_office"),
        ("offers", "0006_geocoded_addresses"),
        ("offers", "0007_shared_lists"),
        ("offers", "0008_finder_and_map_indexes"),
        ("offers", "0009_public_offers_by_id"),
        ("offers", "0010_website_http_only"),
        ("offers", "0011_hsds_ids"),
        ("offers", "0012_hsds_ids_unique"),
        ("offers", "0013_municipality_key_optional"),
        ("offers", "0014_more_languages"),
        ("offers", "0015_refold_search_text"),
        ("offers", "0016_vocabulary_in_more_languages"),
        ("offers", "0017_machine_translated"),
        ("offers", "0018_offer_invariant_triggers"),
    ]

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        TrigramExtension(),  # nothing on SQLite
        migrations.CreateModel(
            name="GeocodedAddress",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("query", models.CharField(max_length=400, unique=True, verbose_name="address")),
                ("latitude", models.FloatField(blank=True, null=True, verbose_name="latitude")),
                ("longitude", models.FloatField(blank=True, null=True, verbose_name="longitude")),
                ("label", models.CharField(blank=True, max_length=400, verbose_name="found as")),
                ("looked_up", models.DateTimeField(auto_now=True, verbose_name="looked up")),
            ],
            options={
                "verbose_name": "geocoded address",
                "verbose_name_plural": "geocoded addresses",
            },
        ),
        migrations.CreateModel(
            name="Language",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "code",
                    models.CharField(
                        help_text="ISO 639 code, e.g. “ar” Arabic, “ti” Tigrinya, “gsg” German Sign Language.",
                        max_length=20,
                        unique=True,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
                                "Enter an ISO 639 language code such as “uk”, “fa” or “prs”, optionally with a region.",
                            )
                        ],
                        verbose_name="language code",
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        blank=True,
                        help_text="Filled in automatically for common languages; you may correct it.",
                        max_length=100,
                        verbose_name="name",
                    ),
                ),
                (
                    "name_de",
                    models.CharField(
                        blank=True,
                        help_text="Filled in automatically for common languages; you may correct it.",
                        max_length=100,
                        null=True,
                        verbose_name="name",
                    ),
                ),
                (
                    "name_en",
                    models.CharField(
                        blank=True,
                        help_text="Filled in automatically for common languages; you may correct it.",
                        max_length=100,
                        null=True,
                        verbose_name="name",
                    ),
                ),
                (
                    "name_ar",
                    models.CharField(
                        blank=True,
                        help_text="Filled in automatically for common languages; you may correct it.",
                        max_length=100,
                        null=True,
                        verbose_name="name",
                    ),
                ),
                (
                    "name_uk",
                    models.CharField(
                        blank=True,
                        help_text="Filled in automatically for common languages; you may correct it.",
                        max_length=100,
                        null=True,
                        verbose_name="name",
                    ),
                ),
                (
                    "name_ru",
                    models.CharField(
                        blank=True,
                        help_text="Filled in automatically for common languages; you may correct it.",
                        max_length=100,
                        null=True,
                        verbose_name="name",
                    ),
                ),
                (
                    "name_fa",
                    models.CharField(
                        blank=True,
                        help_text="Filled in automatically for common languages; you may correct it.",
                        max_length=100,
                        null=True,
                        verbose_name="name",
                    ),
                ),
                (
                    "name_tr",
                    models.CharField(
                        blank=True,
                        help_text="Filled in automatically for common languages; you may correct it.",
                        max_length=100,
                        null=True,
                        verbose_name="name",
                    ),
                ),
                (
                    "name_fr",
                    models.CharField(
                        blank=True,
                        help_text="Filled in automatically for common languages; you may correct it.",
                        max_length=100,
                        null=True,
                        verbose_name="name",
                    ),
                ),
                (
                    "name_ps",
                    models.CharField(
                        blank=True,
                        help_text="Filled in automatically for common languages; you may correct it.",
                        max_length=100,
                        null=True,
                        verbose_name="name",
                    ),
                ),
                (
                    "name_ti",
                    models.CharField(
                        blank=True,
                        help_text="Filled in automatically for common languages; you may correct it.",
                        max_length=100,
                        null=True,
                        verbose_name="name",
                    ),
                ),
                (
                    "name_kmr",
                    models.CharField(
                        blank=True,
                        help_text="Filled in automatically for common languages; you may correct it.",
                        max_length=100,
                        null=True,
                        verbose_name="name",
                    ),
                ),
                (
                    "native_name",
                    models.CharField(
                        blank=True,
                        help_text="How speakers write it, e.g. “العربية”, “Українська”.",
                        max_length=100,
                        verbose_name="name in the language itself",
                    ),
                ),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(default=100, verbose_name="sort order"),
                ),
            ],
            options={
                "verbose_name": "spoken language",
                "verbose_name_plural": "spoken languages",
                "ordering": ["sort_order", "code"],
            },
            bases=(offers.models.translated.TranslatedFieldsMixin, models.Model),
        ),
        migrations.CreateModel(
            name="LinkCheck",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "url",
                    offers.models.base.WebAddressField(
                        max_length=500, unique=True, verbose_name="web address"
                    ),
                ),
                ("ok", models.BooleanField(verbose_name="reachable")),
                (
                    "status_code",
                    models.PositiveSmallIntegerField(
                        blank=True, null=True, verbose_name="HTTP status"
                    ),
                ),
                ("error", models.CharField(blank=True, max_length=300, verbose_name="problem")),
                ("checked", models.DateTimeField(verbose_name="checked")),
            ],
            options={
                "verbose_name": "checked web address",
                "verbose_name_plural": "checked web addresses",
                "ordering": ["url"],
            },
        ),
        migrations.CreateModel(
            name="SharedList",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("code", models.CharField(max_length=12, unique=True, verbose_name="code")),
                ("language", models.CharField(max_length=10, verbose_name="language")),
                ("offer_ids", models.CharField(max_length=600, verbose_name="offers")),
                ("created", models.DateTimeField(auto_now_add=True, verbose_name="created")),
            ],
            options={
                "verbose_name": "shared list",
                "verbose_name_plural": "shared lists",
            },
        ),
        migrations.CreateModel(
            name="TargetGroup",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("slug", models.SlugField(unique=True, verbose_name="short name in web addresses")),
                ("name", models.CharField(max_length=100, verbose_name="name")),
                ("name_de", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_en", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_ar", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_uk", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_ru", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_fa", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_tr", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_fr", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_ps", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_ti", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_kmr", models.CharField(max_length=100, null=True, verbose_name="name")),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(default=0, verbose_name="sort order"),
                ),
            ],
            options={
                "verbose_name": "target group",
                "verbose_name_plural": "target groups",
                "ordering": ["sort_order", "slug"],
            },
            bases=(offers.models.translated.TranslatedFieldsMixin, models.Model),
        ),
        migrations.CreateModel(
            name="Category",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, verbose_name="name")),
                ("name_de", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_en", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_ar", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_uk", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_ru", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_fa", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_tr", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_fr", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_ps", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_ti", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_kmr", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("description", models.TextField(blank=True, verbose_name="description")),
                (
                    "description_de",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_en",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_ar",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_uk",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_ru",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_fa",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_tr",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_fr",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_ps",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_ti",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_kmr",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "slug",
                    models.SlugField(
                        max_length=100, unique=True, verbose_name="short name in web addresses"
                    ),
                ),
                (
                    "icon",
                    models.CharField(
                        choices=[
                            ("living", "House (living)"),
                            ("learning", "Book (learning)"),
                            ("working", "Briefcase (working)"),
                            ("language", "Speech bubbles (language)"),
                            ("counselling", "Two people talking (counselling)"),
                            ("child", "Child"),
                            ("school", "School"),
                            ("health", "Health cross"),
                            ("housing", "Key (housing)"),
                            ("authority", "Public building (authorities)"),
                            ("job", "Magnifier (job search)"),
                            ("training", "Tools (vocational training)"),
                            ("certificate", "Certificate (recognition)"),
                            ("leisure", "Ball (leisure and sports)"),
                            ("women", "Woman"),
                            ("youth", "Young people"),
                            ("money", "Coins (money and debts)"),
                            ("family", "Family"),
                        ],
                        max_length=20,
                        verbose_name="pictogram",
                    ),
                ),
                (
                    "colour",
                    models.CharField(
                        help_text="Marker colour on the map, e.g. #1f6f8b. Dark enough for white text.",
                        max_length=7,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^#[0-9a-fA-F]{6}$",
                                "Enter a colour as # and six hexadecimal digits, e.g. #1f6f8b.",
                            )
                        ],
                        verbose_name="colour",
                    ),
                ),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(default=0, verbose_name="sort order"),
                ),
                (
                    "parent",
                    models.ForeignKey(
                        blank=True,
                        help_text="Leave empty for one of the top-level areas.",
                        limit_choices_to={"parent__isnull": True},
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="children",
                        to="offers.category",
                        verbose_name="area",
                    ),
                ),
            ],
            options={
                "verbose_name": "category",
                "verbose_name_plural": "categories",
                "ordering": ["sort_order", "slug"],
            },
            bases=(offers.models.translated.TranslatedFieldsMixin, models.Model),
        ),
        migrations.CreateModel(
            name="DemoDataset",
            fields=[
                (
                    "id",
                    models.PositiveSmallIntegerField(
                        default=1, editable=False, primary_key=True, serialize=False
                    ),
                ),
                ("seed", models.IntegerField(verbose_name="random seed")),
                ("offer_count", models.PositiveIntegerField(verbose_name="number of offers")),
                ("loaded", models.DateTimeField(auto_now=True, verbose_name="loaded")),
            ],
            options={
                "verbose_name": "demo data set",
                "verbose_name_plural": "demo data sets",
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("id", 1)), name="demo_dataset_singleton"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="Municipality",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "latitude",
                    models.FloatField(
                        help_text="Degrees north, e.g. 50.9553. Click the map to set it.",
                        validators=[
                            django.core.validators.MinValueValidator(
                                -90, "The latitude must lie between -90 and 90 degrees."
                            ),
                            django.core.validators.MaxValueValidator(
                                90, "The latitude must lie between -90 and 90 degrees."
                            ),
                        ],
                        verbose_name="latitude",
                    ),
                ),
                (
                    "longitude",
                    models.FloatField(
                        help_text="Degrees east, e.g. 6.6397.",
                        validators=[
                            django.core.validators.MinValueValidator(
                                -180, "The longitude must lie between -180 and 180 degrees."
                            ),
                            django.core.validators.MaxValueValidator(
                                180, "The longitude must lie between -180 and 180 degrees."
                            ),
                        ],
                        verbose_name="longitude",
                    ),
                ),
                ("name", models.CharField(max_length=100, verbose_name="name")),
                (
                    "slug",
                    models.SlugField(
                        max_length=100, unique=True, verbose_name="short name in web addresses"
                    ),
                ),
                (
                    "official_key",
                    models.CharField(
                        blank=True,
                        max_length=12,
                        null=True,
                        unique=True,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^(\\d{8}|\\d{12})$",
                                "Enter the official municipality key: 8 digits (Gemeindeschlüssel) or 12 digits (Regionalschlüssel).",
                            )
                        ],
                        verbose_name="official municipality key",
                    ),
                ),
                (
                    "boundary",
                    models.JSONField(
                        blank=True,
                        help_text="Optional: the municipality's outline as a GeoJSON Polygon or MultiPolygon.",
                        null=True,
                        validators=[offers.models.places.validate_geojson_area],
                        verbose_name="boundary (GeoJSON)",
                    ),
                ),
            ],
            options={
                "verbose_name": "municipality",
                "verbose_name_plural": "municipalities",
                "ordering": ["name"],
                "abstract": False,
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("latitude__gte", -90), ("latitude__lte", 90)),
                        name="offers_municipality_latitude_range",
                        violation_error_message="The latitude must lie between -90 and 90 degrees.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("longitude__gte", -180), ("longitude__lte", 180)),
                        name="offers_municipality_longitude_range",
                        violation_error_message="The longitude must lie between -180 and 180 degrees.",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="EditorScope",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "languages",
                    models.JSONField(
                        blank=True,
                        default=list,
                        help_text="Translators change only the texts in these languages.",
                        validators=[offers.models.editorial.validate_site_languages],
                        verbose_name="translation languages",
                    ),
                ),
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="editor_scope",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="user",
                    ),
                ),
                (
                    "municipalities",
                    models.ManyToManyField(
                        blank=True,
                        help_text="Municipality editors see and change only offers with a place here.",
                        to="offers.municipality",
                        verbose_name="municipalities",
                    ),
                ),
            ],
            options={
                "verbose_name": "editor's scope",
                "verbose_name_plural": "editors' scopes",
            },
        ),
        migrations.CreateModel(
            name="Offer",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("created", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                ("updated", models.DateTimeField(auto_now=True, verbose_name="last changed")),
                (
                    "hsds_id",
                    models.UUIDField(
                        default=uuid.uuid4, editable=False, unique=True, verbose_name="HSDS id"
                    ),
                ),
                ("title", models.CharField(max_length=200, verbose_name="title")),
                ("title_de", models.CharField(max_length=200, null=True, verbose_name="title")),
                ("title_en", models.CharField(max_length=200, null=True, verbose_name="title")),
                ("title_ar", models.CharField(max_length=200, null=True, verbose_name="title")),
                ("title_uk", models.CharField(max_length=200, null=True, verbose_name="title")),
                ("title_ru", models.CharField(max_length=200, null=True, verbose_name="title")),
                ("title_fa", models.CharField(max_length=200, null=True, verbose_name="title")),
                ("title_tr", models.CharField(max_length=200, null=True, verbose_name="title")),
                ("title_fr", models.CharField(max_length=200, null=True, verbose_name="title")),
                ("title_ps", models.CharField(max_length=200, null=True, verbose_name="title")),
                ("title_ti", models.CharField(max_length=200, null=True, verbose_name="title")),
                ("title_kmr", models.CharField(max_length=200, null=True, verbose_name="title")),
                (
                    "slug",
                    models.SlugField(
                        editable=False, max_length=200, verbose_name="short name in web addresses"
                    ),
                ),
                (
                    "summary",
                    models.CharField(
                        help_text="One or two short sentences: what is offered, for whom.",
                        max_length=300,
                        verbose_name="short summary",
                    ),
                ),
                (
                    "summary_de",
                    models.CharField(
                        help_text="One or two short sentences: what is offered, for whom.",
                        max_length=300,
                        null=True,
                        verbose_name="short summary",
                    ),
                ),
                (
                    "summary_en",
                    models.CharField(
                        help_text="One or two short sentences: what is offered, for whom.",
                        max_length=300,
                        null=True,
                        verbose_name="short summary",
                    ),
                ),
                (
                    "summary_ar",
                    models.CharField(
                        help_text="One or two short sentences: what is offered, for whom.",
                        max_length=300,
                        null=True,
                        verbose_name="short summary",
                    ),
                ),
                (
                    "summary_uk",
                    models.CharField(
                        help_text="One or two short sentences: what is offered, for whom.",
                        max_length=300,
                        null=True,
                        verbose_name="short summary",
                    ),
                ),
                (
                    "summary_ru",
                    models.CharField(
                        help_text="One or two short sentences: what is offered, for whom.",
                        max_length=300,
                        null=True,
                        verbose_name="short summary",
                    ),
                ),
                (
                    "summary_fa",
                    models.CharField(
                        help_text="One or two short sentences: what is offered, for whom.",
                        max_length=300,
                        null=True,
                        verbose_name="short summary",
                    ),
                ),
                (
                    "summary_tr",
                    models.CharField(
                        help_text="One or two short sentences: what is offered, for whom.",
                        max_length=300,
                        null=True,
                        verbose_name="short summary",
                    ),
                ),
                (
                    "summary_fr",
                    models.CharField(
                        help_text="One or two short sentences: what is offered, for whom.",
                        max_length=300,
                        null=True,
                        verbose_name="short summary",
                    ),
                ),
                (
                    "summary_ps",
                    models.CharField(
                        help_text="One or two short sentences: what is offered, for whom.",
                        max_length=300,
                        null=True,
                        verbose_name="short summary",
                    ),
                ),
                (
                    "summary_ti",
                    models.CharField(
                        help_text="One or two short sentences: what is offered, for whom.",
                        max_length=300,
                        null=True,
                        verbose_name="short summary",
                    ),
                ),
                (
                    "summary_kmr",
                    models.CharField(
                        help_text="One or two short sentences: what is offered, for whom.",
                        max_length=300,
                        null=True,
                        verbose_name="short summary",
                    ),
                ),
                ("description", models.TextField(blank=True, verbose_name="description")),
                (
                    "description_de",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_en",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_ar",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_uk",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_ru",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_fa",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_tr",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_fr",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_ps",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_ti",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_kmr",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "cost",
                    models.CharField(
                        choices=[
                            ("free", "free of charge"),
                            ("reduced", "reduced fee possible"),
                            ("fee", "fee"),
                        ],
                        max_length=10,
                        verbose_name="cost",
                    ),
                ),
                (
                    "cost_note",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “5 € per month”.",
                        max_length=300,
                        verbose_name="note on cost",
                    ),
                ),
                (
                    "cost_note_de",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “5 € per month”.",
                        max_length=300,
                        null=True,
                        verbose_name="note on cost",
                    ),
                ),
                (
                    "cost_note_en",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “5 € per month”.",
                        max_length=300,
                        null=True,
                        verbose_name="note on cost",
                    ),
                ),
                (
                    "cost_note_ar",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “5 € per month”.",
                        max_length=300,
                        null=True,
                        verbose_name="note on cost",
                    ),
                ),
                (
                    "cost_note_uk",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “5 € per month”.",
                        max_length=300,
                        null=True,
                        verbose_name="note on cost",
                    ),
                ),
                (
                    "cost_note_ru",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “5 € per month”.",
                        max_length=300,
                        null=True,
                        verbose_name="note on cost",
                    ),
                ),
                (
                    "cost_note_fa",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “5 € per month”.",
                        max_length=300,
                        null=True,
                        verbose_name="note on cost",
                    ),
                ),
                (
                    "cost_note_tr",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “5 € per month”.",
                        max_length=300,
                        null=True,
                        verbose_name="note on cost",
                    ),
                ),
                (
                    "cost_note_fr",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “5 € per month”.",
                        max_length=300,
                        null=True,
                        verbose_name="note on cost",
                    ),
                ),
                (
                    "cost_note_ps",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “5 € per month”.",
                        max_length=300,
                        null=True,
                        verbose_name="note on cost",
                    ),
                ),
                (
                    "cost_note_ti",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “5 € per month”.",
                        max_length=300,
                        null=True,
                        verbose_name="note on cost",
                    ),
                ),
                (
                    "cost_note_kmr",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “5 € per month”.",
                        max_length=300,
                        null=True,
                        verbose_name="note on cost",
                    ),
                ),
                (
                    "registration_required",
                    models.BooleanField(default=False, verbose_name="registration required"),
                ),
                (
                    "registration_note",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Call us or come by during office hours.”",
                        verbose_name="how to register",
                    ),
                ),
                (
                    "registration_note_de",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Call us or come by during office hours.”",
                        null=True,
                        verbose_name="how to register",
                    ),
                ),
                (
                    "registration_note_en",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Call us or come by during office hours.”",
                        null=True,
                        verbose_name="how to register",
                    ),
                ),
                (
                    "registration_note_ar",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Call us or come by during office hours.”",
                        null=True,
                        verbose_name="how to register",
                    ),
                ),
                (
                    "registration_note_uk",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Call us or come by during office hours.”",
                        null=True,
                        verbose_name="how to register",
                    ),
                ),
                (
                    "registration_note_ru",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Call us or come by during office hours.”",
                        null=True,
                        verbose_name="how to register",
                    ),
                ),
                (
                    "registration_note_fa",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Call us or come by during office hours.”",
                        null=True,
                        verbose_name="how to register",
                    ),
                ),
                (
                    "registration_note_tr",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Call us or come by during office hours.”",
                        null=True,
                        verbose_name="how to register",
                    ),
                ),
                (
                    "registration_note_fr",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Call us or come by during office hours.”",
                        null=True,
                        verbose_name="how to register",
                    ),
                ),
                (
                    "registration_note_ps",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Call us or come by during office hours.”",
                        null=True,
                        verbose_name="how to register",
                    ),
                ),
                (
                    "registration_note_ti",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Call us or come by during office hours.”",
                        null=True,
                        verbose_name="how to register",
                    ),
                ),
                (
                    "registration_note_kmr",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Call us or come by during office hours.”",
                        null=True,
                        verbose_name="how to register",
                    ),
                ),
                (
                    "eligibility",
                    models.TextField(
                        blank=True,
                        help_text="Conditions such as residence status, age or place of residence.",
                        verbose_name="who can take part",
                    ),
                ),
                (
                    "eligibility_de",
                    models.TextField(
                        blank=True,
                        help_text="Conditions such as residence status, age or place of residence.",
                        null=True,
                        verbose_name="who can take part",
                    ),
                ),
                (
                    "eligibility_en",
                    models.TextField(
                        blank=True,
                        help_text="Conditions such as residence status, age or place of residence.",
                        null=True,
                        verbose_name="who can take part",
                    ),
                ),
                (
                    "eligibility_ar",
                    models.TextField(
                        blank=True,
                        help_text="Conditions such as residence status, age or place of residence.",
                        null=True,
                        verbose_name="who can take part",
                    ),
                ),
                (
                    "eligibility_uk",
                    models.TextField(
                        blank=True,
                        help_text="Conditions such as residence status, age or place of residence.",
                        null=True,
                        verbose_name="who can take part",
                    ),
                ),
                (
                    "eligibility_ru",
                    models.TextField(
                        blank=True,
                        help_text="Conditions such as residence status, age or place of residence.",
                        null=True,
                        verbose_name="who can take part",
                    ),
                ),
                (
                    "eligibility_fa",
                    models.TextField(
                        blank=True,
                        help_text="Conditions such as residence status, age or place of residence.",
                        null=True,
                        verbose_name="who can take part",
                    ),
                ),
                (
                    "eligibility_tr",
                    models.TextField(
                        blank=True,
                        help_text="Conditions such as residence status, age or place of residence.",
                        null=True,
                        verbose_name="who can take part",
                    ),
                ),
                (
                    "eligibility_fr",
                    models.TextField(
                        blank=True,
                        help_text="Conditions such as residence status, age or place of residence.",
                        null=True,
                        verbose_name="who can take part",
                    ),
                ),
                (
                    "eligibility_ps",
                    models.TextField(
                        blank=True,
                        help_text="Conditions such as residence status, age or place of residence.",
                        null=True,
                        verbose_name="who can take part",
                    ),
                ),
                (
                    "eligibility_ti",
                    models.TextField(
                        blank=True,
                        help_text="Conditions such as residence status, age or place of residence.",
                        null=True,
                        verbose_name="who can take part",
                    ),
                ),
                (
                    "eligibility_kmr",
                    models.TextField(
                        blank=True,
                        help_text="Conditions such as residence status, age or place of residence.",
                        null=True,
                        verbose_name="who can take part",
                    ),
                ),
                (
                    "by_appointment_only",
                    models.BooleanField(default=False, verbose_name="by appointment only"),
                ),
                (
                    "opening_hours_note",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Not during the school holidays.”",
                        max_length=300,
                        verbose_name="note on opening hours",
                    ),
                ),
                (
                    "opening_hours_note_de",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Not during the school holidays.”",
                        max_length=300,
                        null=True,
                        verbose_name="note on opening hours",
                    ),
                ),
                (
                    "opening_hours_note_en",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Not during the school holidays.”",
                        max_length=300,
                        null=True,
                        verbose_name="note on opening hours",
                    ),
                ),
                (
                    "opening_hours_note_ar",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Not during the school holidays.”",
                        max_length=300,
                        null=True,
                        verbose_name="note on opening hours",
                    ),
                ),
                (
                    "opening_hours_note_uk",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Not during the school holidays.”",
                        max_length=300,
                        null=True,
                        verbose_name="note on opening hours",
                    ),
                ),
                (
                    "opening_hours_note_ru",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Not during the school holidays.”",
                        max_length=300,
                        null=True,
                        verbose_name="note on opening hours",
                    ),
                ),
                (
                    "opening_hours_note_fa",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Not during the school holidays.”",
                        max_length=300,
                        null=True,
                        verbose_name="note on opening hours",
                    ),
                ),
                (
                    "opening_hours_note_tr",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Not during the school holidays.”",
                        max_length=300,
                        null=True,
                        verbose_name="note on opening hours",
                    ),
                ),
                (
                    "opening_hours_note_fr",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Not during the school holidays.”",
                        max_length=300,
                        null=True,
                        verbose_name="note on opening hours",
                    ),
                ),
                (
                    "opening_hours_note_ps",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Not during the school holidays.”",
                        max_length=300,
                        null=True,
                        verbose_name="note on opening hours",
                    ),
                ),
                (
                    "opening_hours_note_ti",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Not during the school holidays.”",
                        max_length=300,
                        null=True,
                        verbose_name="note on opening hours",
                    ),
                ),
                (
                    "opening_hours_note_kmr",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Not during the school holidays.”",
                        max_length=300,
                        null=True,
                        verbose_name="note on opening hours",
                    ),
                ),
                (
                    "available_online",
                    models.BooleanField(default=False, verbose_name="also online"),
                ),
                (
                    "available_by_phone",
                    models.BooleanField(default=False, verbose_name="also by phone"),
                ),
                ("website", offers.models.base.WebAddressField(blank=True, verbose_name="website")),
                (
                    "valid_from",
                    models.DateField(
                        blank=True,
                        help_text="Leave empty if it has started.",
                        null=True,
                        verbose_name="valid from",
                    ),
                ),
                (
                    "valid_until",
                    models.DateField(
                        blank=True,
                        help_text="The offer disappears from the public site after this day.",
                        null=True,
                        verbose_name="valid until",
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("draft", "draft"),
                            ("published", "published"),
                            ("archived", "archived"),
                        ],
                        default="draft",
                        max_length=10,
                        verbose_name="status",
                    ),
                ),
                ("search_title", models.TextField(default="", editable=False)),
                ("search_text", models.TextField(default="", editable=False)),
                (
                    "last_verified",
                    models.DateField(
                        blank=True,
                        help_text="The day someone last checked that this information is still correct.",
                        null=True,
                        verbose_name="last verified",
                    ),
                ),
                (
                    "external_id",
                    models.CharField(
                        default=offers.models.offers.new_external_id,
                        help_text="A stable id that matches rows of imported spreadsheets to offers; keep it when you edit a sheet.",
                        max_length=64,
                        unique=True,
                        verbose_name="external id",
                    ),
                ),
                ("lock_version", models.PositiveIntegerField(default=0, editable=False)),
                ("source_digest", models.CharField(default="", editable=False, max_length=16)),
                ("translation_sources", models.JSONField(blank=True, default=dict, editable=False)),
                ("machine_translated", models.JSONField(blank=True, default=list, editable=False)),
                (
                    "languages",
                    models.ManyToManyField(
                        blank=True,
                        help_text="Languages in which people can be helped at this offer.",
                        related_name="offers",
                        to="offers.language",
                        verbose_name="languages spoken",
                    ),
                ),
                (
                    "verified_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="verified by",
                    ),
                ),
            ],
            options={
                "verbose_name": "offer",
                "verbose_name_plural": "offers",
                "ordering": ["-updated"],
                "permissions": [
                    ("publish_offer", "Can publish and archive offers"),
                    ("import_offer", "Can import offers from spreadsheets"),
                ],
            },
            bases=(offers.models.translated.TranslatedFieldsMixin, models.Model),
        ),
        migrations.CreateModel(
            name="Location",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "latitude",
                    models.FloatField(
                        help_text="Degrees north, e.g. 50.9553. Click the map to set it.",
                        validators=[
                            django.core.validators.MinValueValidator(
                                -90, "The latitude must lie between -90 and 90 degrees."
                            ),
                            django.core.validators.MaxValueValidator(
                                90, "The latitude must lie between -90 and 90 degrees."
                            ),
                        ],
                        verbose_name="latitude",
                    ),
                ),
                (
                    "longitude",
                    models.FloatField(
                        help_text="Degrees east, e.g. 6.6397.",
                        validators=[
                            django.core.validators.MinValueValidator(
                                -180, "The longitude must lie between -180 and 180 degrees."
                            ),
                            django.core.validators.MaxValueValidator(
                                180, "The longitude must lie between -180 and 180 degrees."
                            ),
                        ],
                        verbose_name="longitude",
                    ),
                ),
                (
                    "hsds_id",
                    models.UUIDField(
                        default=uuid.uuid4, editable=False, unique=True, verbose_name="HSDS id"
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Family centre Sindorf”. Leave empty if the address says it all.",
                        max_length=200,
                        verbose_name="name of the place",
                    ),
                ),
                (
                    "name_de",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Family centre Sindorf”. Leave empty if the address says it all.",
                        max_length=200,
                        null=True,
                        verbose_name="name of the place",
                    ),
                ),
                (
                    "name_en",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Family centre Sindorf”. Leave empty if the address says it all.",
                        max_length=200,
                        null=True,
                        verbose_name="name of the place",
                    ),
                ),
                (
                    "name_ar",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Family centre Sindorf”. Leave empty if the address says it all.",
                        max_length=200,
                        null=True,
                        verbose_name="name of the place",
                    ),
                ),
                (
                    "name_uk",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Family centre Sindorf”. Leave empty if the address says it all.",
                        max_length=200,
                        null=True,
                        verbose_name="name of the place",
                    ),
                ),
                (
                    "name_ru",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Family centre Sindorf”. Leave empty if the address says it all.",
                        max_length=200,
                        null=True,
                        verbose_name="name of the place",
                    ),
                ),
                (
                    "name_fa",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Family centre Sindorf”. Leave empty if the address says it all.",
                        max_length=200,
                        null=True,
                        verbose_name="name of the place",
                    ),
                ),
                (
                    "name_tr",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Family centre Sindorf”. Leave empty if the address says it all.",
                        max_length=200,
                        null=True,
                        verbose_name="name of the place",
                    ),
                ),
                (
                    "name_fr",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Family centre Sindorf”. Leave empty if the address says it all.",
                        max_length=200,
                        null=True,
                        verbose_name="name of the place",
                    ),
                ),
                (
                    "name_ps",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Family centre Sindorf”. Leave empty if the address says it all.",
                        max_length=200,
                        null=True,
                        verbose_name="name of the place",
                    ),
                ),
                (
                    "name_ti",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Family centre Sindorf”. Leave empty if the address says it all.",
                        max_length=200,
                        null=True,
                        verbose_name="name of the place",
                    ),
                ),
                (
                    "name_kmr",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Family centre Sindorf”. Leave empty if the address says it all.",
                        max_length=200,
                        null=True,
                        verbose_name="name of the place",
                    ),
                ),
                ("street", models.CharField(max_length=200, verbose_name="street and number")),
                (
                    "postcode",
                    models.CharField(
                        max_length=5,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^\\d{5}$", "Enter a German postcode of five digits."
                            )
                        ],
                        verbose_name="postcode",
                    ),
                ),
                (
                    "wheelchair_access",
                    models.CharField(
                        choices=[
                            ("yes", "wheelchair accessible"),
                            ("partly", "partly wheelchair accessible"),
                            ("no", "not wheelchair accessible"),
                            ("unknown", "accessibility not known"),
                        ],
                        default="unknown",
                        max_length=10,
                        verbose_name="wheelchair access",
                    ),
                ),
                (
                    "directions",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Entrance at the back, second floor, room 204.”",
                        verbose_name="how to find it",
                    ),
                ),
                (
                    "directions_de",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Entrance at the back, second floor, room 204.”",
                        null=True,
                        verbose_name="how to find it",
                    ),
                ),
                (
                    "directions_en",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Entrance at the back, second floor, room 204.”",
                        null=True,
                        verbose_name="how to find it",
                    ),
                ),
                (
                    "directions_ar",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Entrance at the back, second floor, room 204.”",
                        null=True,
                        verbose_name="how to find it",
                    ),
                ),
                (
                    "directions_uk",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Entrance at the back, second floor, room 204.”",
                        null=True,
                        verbose_name="how to find it",
                    ),
                ),
                (
                    "directions_ru",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Entrance at the back, second floor, room 204.”",
                        null=True,
                        verbose_name="how to find it",
                    ),
                ),
                (
                    "directions_fa",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Entrance at the back, second floor, room 204.”",
                        null=True,
                        verbose_name="how to find it",
                    ),
                ),
                (
                    "directions_tr",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Entrance at the back, second floor, room 204.”",
                        null=True,
                        verbose_name="how to find it",
                    ),
                ),
                (
                    "directions_fr",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Entrance at the back, second floor, room 204.”",
                        null=True,
                        verbose_name="how to find it",
                    ),
                ),
                (
                    "directions_ps",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Entrance at the back, second floor, room 204.”",
                        null=True,
                        verbose_name="how to find it",
                    ),
                ),
                (
                    "directions_ti",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Entrance at the back, second floor, room 204.”",
                        null=True,
                        verbose_name="how to find it",
                    ),
                ),
                (
                    "directions_kmr",
                    models.TextField(
                        blank=True,
                        help_text="E.g. “Entrance at the back, second floor, room 204.”",
                        null=True,
                        verbose_name="how to find it",
                    ),
                ),
                (
                    "municipality",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="locations",
                        to="offers.municipality",
                        verbose_name="municipality",
                    ),
                ),
                (
                    "offer",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="locations",
                        to="offers.offer",
                        verbose_name="offer",
                    ),
                ),
            ],
            options={
                "verbose_name": "location",
                "verbose_name_plural": "locations",
                "ordering": ["offer_id", "id"],
                "abstract": False,
            },
            bases=(offers.models.translated.TranslatedFieldsMixin, models.Model),
        ),
        migrations.CreateModel(
            name="OfferCategory",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "category",
                    models.ForeignKey(
                        db_index=False,
                        help_text="A subcategory, e.g. “Language and integration courses”.",
                        limit_choices_to={"parent__isnull": False},
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="offer_links",
                        to="offers.category",
                        verbose_name="category",
                    ),
                ),
                (
                    "offer",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="category_links",
                        to="offers.offer",
                    ),
                ),
            ],
            options={
                "verbose_name": "offer in category",
                "verbose_name_plural": "offers in category",
            },
        ),
        migrations.AddField(
            model_name="offer",
            name="categories",
            field=models.ManyToManyField(
                help_text="Choose one or more subcategories.",
                related_name="offers",
                through="offers.OfferCategory",
                to="offers.category",
                verbose_name="categories",
            ),
        ),
        migrations.CreateModel(
            name="OfferSuggestion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("new", "new"), ("in_progress", "in progress"), ("done", "done")],
                        default="new",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "email",
                    models.EmailField(
                        blank=True,
                        help_text="Optional: for questions back.",
                        max_length=254,
                        verbose_name="e-mail for questions",
                    ),
                ),
                ("language", models.CharField(max_length=10, verbose_name="language of the page")),
                (
                    "created",
                    models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="received"),
                ),
                ("client", models.CharField(db_index=True, editable=False, max_length=32)),
                ("note", models.TextField(blank=True, verbose_name="internal note")),
                ("title", models.CharField(max_length=200, verbose_name="what is offered")),
                ("description", models.TextField(max_length=2000, verbose_name="description")),
                (
                    "organisation",
                    models.CharField(blank=True, max_length=200, verbose_name="who offers it"),
                ),
                ("place", models.CharField(blank=True, max_length=200, verbose_name="where")),
                (
                    "website",
                    offers.models.base.WebAddressField(
                        blank=True, max_length=500, verbose_name="website"
                    ),
                ),
                (
                    "handled_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="handled by",
                    ),
                ),
                (
                    "offer",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="offers.offer",
                        verbose_name="offer created from it",
                    ),
                ),
            ],
            options={
                "verbose_name": "offer suggestion",
                "verbose_name_plural": "offer suggestions",
                "ordering": ["-created"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="OpeningSlot",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "weekday",
                    models.PositiveSmallIntegerField(
                        choices=[
                            (0, "Monday"),
                            (1, "Tuesday"),
                            (2, "Wednesday"),
                            (3, "Thursday"),
                            (4, "Friday"),
                            (5, "Saturday"),
                            (6, "Sunday"),
                        ],
                        verbose_name="day",
                    ),
                ),
                ("opens", models.TimeField(verbose_name="opens")),
                ("closes", models.TimeField(verbose_name="closes")),
                (
                    "offer",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="opening_slots",
                        to="offers.offer",
                        verbose_name="offer",
                    ),
                ),
            ],
            options={
                "verbose_name": "opening time",
                "verbose_name_plural": "opening hours",
                "ordering": ["weekday", "opens"],
            },
        ),
        migrations.CreateModel(
            name="ProblemReport",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("new", "new"), ("in_progress", "in progress"), ("done", "done")],
                        default="new",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "email",
                    models.EmailField(
                        blank=True,
                        help_text="Optional: for questions back.",
                        max_length=254,
                        verbose_name="e-mail for questions",
                    ),
                ),
                ("language", models.CharField(max_length=10, verbose_name="language of the page")),
                (
                    "created",
                    models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="received"),
                ),
                ("client", models.CharField(db_index=True, editable=False, max_length=32)),
                ("note", models.TextField(blank=True, verbose_name="internal note")),
                (
                    "offer_title",
                    models.CharField(max_length=200, verbose_name="offer (as reported)"),
                ),
                (
                    "problem",
                    models.CharField(
                        choices=[
                            ("closed", "The offer no longer exists"),
                            ("moved", "It has moved to another address"),
                            ("contact", "The phone number or e-mail address is wrong"),
                            ("hours", "The opening hours are wrong"),
                            ("other", "Something else"),
                        ],
                        max_length=10,
                        verbose_name="what is wrong",
                    ),
                ),
                ("message", models.TextField(blank=True, max_length=2000, verbose_name="details")),
                (
                    "handled_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="handled by",
                    ),
                ),
                (
                    "offer",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="problem_reports",
                        to="offers.offer",
                        verbose_name="offer",
                    ),
                ),
            ],
            options={
                "verbose_name": "problem report",
                "verbose_name_plural": "problem reports",
                "ordering": ["-created"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="Provider",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("created", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                ("updated", models.DateTimeField(auto_now=True, verbose_name="last changed")),
                (
                    "hsds_id",
                    models.UUIDField(
                        default=uuid.uuid4, editable=False, unique=True, verbose_name="HSDS id"
                    ),
                ),
                ("name", models.CharField(max_length=200, verbose_name="name")),
                ("name_de", models.CharField(max_length=200, null=True, verbose_name="name")),
                ("name_en", models.CharField(max_length=200, null=True, verbose_name="name")),
                ("name_ar", models.CharField(max_length=200, null=True, verbose_name="name")),
                ("name_uk", models.CharField(max_length=200, null=True, verbose_name="name")),
                ("name_ru", models.CharField(max_length=200, null=True, verbose_name="name")),
                ("name_fa", models.CharField(max_length=200, null=True, verbose_name="name")),
                ("name_tr", models.CharField(max_length=200, null=True, verbose_name="name")),
                ("name_fr", models.CharField(max_length=200, null=True, verbose_name="name")),
                ("name_ps", models.CharField(max_length=200, null=True, verbose_name="name")),
                ("name_ti", models.CharField(max_length=200, null=True, verbose_name="name")),
                ("name_kmr", models.CharField(max_length=200, null=True, verbose_name="name")),
                (
                    "slug",
                    models.SlugField(
                        max_length=200, unique=True, verbose_name="short name in web addresses"
                    ),
                ),
                ("description", models.TextField(blank=True, verbose_name="description")),
                (
                    "description_de",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_en",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_ar",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_uk",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_ru",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_fa",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_tr",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_fr",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_ps",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_ti",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                (
                    "description_kmr",
                    models.TextField(blank=True, null=True, verbose_name="description"),
                ),
                ("website", offers.models.base.WebAddressField(blank=True, verbose_name="website")),
                (
                    "phone",
                    models.CharField(
                        blank=True,
                        max_length=30,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^\\+?[0-9][0-9 ()/\\-]{3,28}[0-9]$",
                                "Enter a phone number with digits, spaces, “+”, “/”, “-” or brackets, e.g. 02271 83-0.",
                            )
                        ],
                        verbose_name="phone",
                    ),
                ),
                ("email", models.EmailField(blank=True, max_length=254, verbose_name="e-mail")),
            ],
            options={
                "verbose_name": "provider",
                "verbose_name_plural": "providers",
                "ordering": ["slug"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("name_de__gt", ""), ("name_de__isnull", False)),
                        name="provider_german_name",
                        violation_error_message="The name is required in German.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("website", ""),
                            ("website__startswith", "https://"),
                            ("website__startswith", "http://"),
                            _connector="OR",
                        ),
                        name="provider_website_http",
                        violation_error_message="Enter a web address that starts with https:// or http://.",
                    ),
                ],
            },
            bases=(offers.models.translated.TranslatedFieldsMixin, models.Model),
        ),
        migrations.AddField(
            model_name="offer",
            name="provider",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="offers",
                to="offers.provider",
                verbose_name="provider",
            ),
        ),
        migrations.CreateModel(
            name="ContactPerson",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "hsds_id",
                    models.UUIDField(
                        default=uuid.uuid4, editable=False, unique=True, verbose_name="HSDS id"
                    ),
                ),
                ("name", models.CharField(max_length=150, verbose_name="name")),
                (
                    "role",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Migration counsellor”.",
                        max_length=150,
                        verbose_name="role",
                    ),
                ),
                (
                    "role_de",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Migration counsellor”.",
                        max_length=150,
                        null=True,
                        verbose_name="role",
                    ),
                ),
                (
                    "role_en",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Migration counsellor”.",
                        max_length=150,
                        null=True,
                        verbose_name="role",
                    ),
                ),
                (
                    "role_ar",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Migration counsellor”.",
                        max_length=150,
                        null=True,
                        verbose_name="role",
                    ),
                ),
                (
                    "role_uk",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Migration counsellor”.",
                        max_length=150,
                        null=True,
                        verbose_name="role",
                    ),
                ),
                (
                    "role_ru",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Migration counsellor”.",
                        max_length=150,
                        null=True,
                        verbose_name="role",
                    ),
                ),
                (
                    "role_fa",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Migration counsellor”.",
                        max_length=150,
                        null=True,
                        verbose_name="role",
                    ),
                ),
                (
                    "role_tr",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Migration counsellor”.",
                        max_length=150,
                        null=True,
                        verbose_name="role",
                    ),
                ),
                (
                    "role_fr",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Migration counsellor”.",
                        max_length=150,
                        null=True,
                        verbose_name="role",
                    ),
                ),
                (
                    "role_ps",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Migration counsellor”.",
                        max_length=150,
                        null=True,
                        verbose_name="role",
                    ),
                ),
                (
                    "role_ti",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Migration counsellor”.",
                        max_length=150,
                        null=True,
                        verbose_name="role",
                    ),
                ),
                (
                    "role_kmr",
                    models.CharField(
                        blank=True,
                        help_text="E.g. “Migration counsellor”.",
                        max_length=150,
                        null=True,
                        verbose_name="role",
                    ),
                ),
                (
                    "phone",
                    models.CharField(
                        blank=True,
                        max_length=30,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^\\+?[0-9][0-9 ()/\\-]{3,28}[0-9]$",
                                "Enter a phone number with digits, spaces, “+”, “/”, “-” or brackets, e.g. 02271 83-0.",
                            )
                        ],
                        verbose_name="phone",
                    ),
                ),
                ("email", models.EmailField(blank=True, max_length=254, verbose_name="e-mail")),
                (
                    "office_hours",
                    models.CharField(
                        blank=True,
                        help_text="When to call or visit, e.g. “Mon–Thu 9–12”.",
                        max_length=300,
                        verbose_name="office hours",
                    ),
                ),
                (
                    "office_hours_de",
                    models.CharField(
                        blank=True,
                        help_text="When to call or visit, e.g. “Mon–Thu 9–12”.",
                        max_length=300,
                        null=True,
                        verbose_name="office hours",
                    ),
                ),
                (
                    "office_hours_en",
                    models.CharField(
                        blank=True,
                        help_text="When to call or visit, e.g. “Mon–Thu 9–12”.",
                        max_length=300,
                        null=True,
                        verbose_name="office hours",
                    ),
                ),
                (
                    "office_hours_ar",
                    models.CharField(
                        blank=True,
                        help_text="When to call or visit, e.g. “Mon–Thu 9–12”.",
                        max_length=300,
                        null=True,
                        verbose_name="office hours",
                    ),
                ),
                (
                    "office_hours_uk",
                    models.CharField(
                        blank=True,
                        help_text="When to call or visit, e.g. “Mon–Thu 9–12”.",
                        max_length=300,
                        null=True,
                        verbose_name="office hours",
                    ),
                ),
                (
                    "office_hours_ru",
                    models.CharField(
                        blank=True,
                        help_text="When to call or visit, e.g. “Mon–Thu 9–12”.",
                        max_length=300,
                        null=True,
                        verbose_name="office hours",
                    ),
                ),
                (
                    "office_hours_fa",
                    models.CharField(
                        blank=True,
                        help_text="When to call or visit, e.g. “Mon–Thu 9–12”.",
                        max_length=300,
                        null=True,
                        verbose_name="office hours",
                    ),
                ),
                (
                    "office_hours_tr",
                    models.CharField(
                        blank=True,
                        help_text="When to call or visit, e.g. “Mon–Thu 9–12”.",
                        max_length=300,
                        null=True,
                        verbose_name="office hours",
                    ),
                ),
                (
                    "office_hours_fr",
                    models.CharField(
                        blank=True,
                        help_text="When to call or visit, e.g. “Mon–Thu 9–12”.",
                        max_length=300,
                        null=True,
                        verbose_name="office hours",
                    ),
                ),
                (
                    "office_hours_ps",
                    models.CharField(
                        blank=True,
                        help_text="When to call or visit, e.g. “Mon–Thu 9–12”.",
                        max_length=300,
                        null=True,
                        verbose_name="office hours",
                    ),
                ),
                (
                    "office_hours_ti",
                    models.CharField(
                        blank=True,
                        help_text="When to call or visit, e.g. “Mon–Thu 9–12”.",
                        max_length=300,
                        null=True,
                        verbose_name="office hours",
                    ),
                ),
                (
                    "office_hours_kmr",
                    models.CharField(
                        blank=True,
                        help_text="When to call or visit, e.g. “Mon–Thu 9–12”.",
                        max_length=300,
                        null=True,
                        verbose_name="office hours",
                    ),
                ),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(default=0, verbose_name="sort order"),
                ),
                (
                    "languages",
                    models.ManyToManyField(
                        blank=True,
                        related_name="contacts",
                        to="offers.language",
                        verbose_name="languages spoken",
                    ),
                ),
                (
                    "offer",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="contacts",
                        to="offers.offer",
                        verbose_name="offer",
                    ),
                ),
                (
                    "provider",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="contacts",
                        to="offers.provider",
                        verbose_name="provider",
                    ),
                ),
            ],
            options={
                "verbose_name": "contact person",
                "verbose_name_plural": "contact persons",
                "ordering": ["sort_order", "id"],
            },
            bases=(offers.models.translated.TranslatedFieldsMixin, models.Model),
        ),
        migrations.AddField(
            model_name="offer",
            name="target_groups",
            field=models.ManyToManyField(
                blank=True,
                related_name="offers",
                to="offers.targetgroup",
                verbose_name="target groups",
            ),
        ),
        migrations.AddConstraint(
            model_name="category",
            constraint=models.CheckConstraint(
                condition=models.Q(("parent", models.F("pk")), _negated=True),
                name="category_not_own_parent",
                violation_error_message="A category cannot be its own area.",
            ),
        ),
        migrations.AddIndex(
            model_name="location",
            index=models.Index(fields=["municipality", "offer"], name="location_town_idx"),
        ),
        migrations.AddIndex(
            model_name="location",
            index=models.Index(
                fields=["latitude", "longitude", "offer"], name="location_position_idx"
            ),
        ),
        migrations.AddConstraint(
            model_name="location",
            constraint=models.CheckConstraint(
                condition=models.Q(("latitude__gte", -90), ("latitude__lte", 90)),
                name="offers_location_latitude_range",
                violation_error_message="The latitude must lie between -90 and 90 degrees.",
            ),
        ),
        migrations.AddConstraint(
            model_name="location",
            constraint=models.CheckConstraint(
                condition=models.Q(("longitude__gte", -180), ("longitude__lte", 180)),
                name="offers_location_longitude_range",
                violation_error_message="The longitude must lie between -180 and 180 degrees.",
            ),
        ),
        migrations.AddConstraint(
            model_name="location",
            constraint=models.CheckConstraint(
                condition=models.Q(("wheelchair_access__in", ["yes", "partly", "no", "unknown"])),
                name="location_wheelchair_access_valid",
            ),
        ),
        migrations.AddIndex(
            model_name="offercategory",
            index=models.Index(fields=["category", "offer"], name="offer_category_by_topic"),
        ),
        migrations.AddConstraint(
            model_name="offercategory",
            constraint=models.UniqueConstraint(
                fields=("offer", "category"), name="offer_category_unique"
            ),
        ),
        migrations.AddConstraint(
            model_name="offersuggestion",
            constraint=models.CheckConstraint(
                condition=models.Q(("status__in", ["new", "in_progress", "done"])),
                name="offer_suggestion_status",
            ),
        ),
        migrations.AddConstraint(
            model_name="openingslot",
            constraint=models.CheckConstraint(
                condition=models.Q(("weekday__gte", 0), ("weekday__lte", 6)),
                name="opening_slot_weekday_range",
                violation_error_message="Choose a day from Monday to Sunday.",
            ),
        ),
        migrations.AddConstraint(
            model_name="openingslot",
            constraint=models.CheckConstraint(
                condition=models.Q(("opens__lt", models.F("closes"))),
                name="opening_slot_opens_before_closes",
                violation_error_message="The closing time must be after the opening time.",
            ),
        ),
        migrations.AddConstraint(
            model_name="openingslot",
            constraint=models.UniqueConstraint(
                fields=("offer", "weekday", "opens"),
                name="opening_slot_unique_start",
                violation_error_message="This offer already has a period starting then.",
            ),
        ),
        migrations.AddConstraint(
            model_name="problemreport",
            constraint=models.CheckConstraint(
                condition=models.Q(("status__in", ["new", "in_progress", "done"])),
                name="problem_report_status",
            ),
        ),
        migrations.AddConstraint(
            model_name="contactperson",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("offer__isnull", False), ("provider__isnull", True)),
                    models.Q(("offer__isnull", True), ("provider__isnull", False)),
                    _connector="OR",
                ),
                name="contact_belongs_to_offer_or_provider",
                violation_error_message="A contact person belongs either to an offer or to a provider.",
            ),
        ),
        migrations.AddConstraint(
            model_name="contactperson",
            constraint=models.CheckConstraint(
                condition=models.Q(("email", ""), ("phone", ""), _negated=True),
                name="contact_has_phone_or_email",
                violation_error_message="Give a phone number or an e-mail address, or both.",
            ),
        ),
        migrations.AddIndex(
            model_name="offer",
            index=models.Index(
                condition=models.Q(("status", "published")),
                fields=["id", "valid_from", "valid_until"],
                name="offer_public_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="offer",
            index=models.Index(
                fields=["status", "last_verified"], name="offer_status_verified_idx"
            ),
        ),
        migrations.AddConstraint(
            model_name="offer",
            constraint=models.CheckConstraint(
                condition=models.Q(("status__in", ["draft", "published", "archived"])),
                name="offer_status_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="offer",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("website", ""),
                    ("website__startswith", "https://"),
                    ("website__startswith", "http://"),
                    _connector="OR",
                ),
                name="offer_website_http",
                violation_error_message="Enter a web address that starts with https:// or http://.",
            ),
        ),
        migrations.AddConstraint(
            model_name="offer",
            constraint=models.CheckConstraint(
                condition=models.Q(("cost__in", ["free", "reduced", "fee"])),
                name="offer_cost_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="offer",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("summary_de__gt", ""),
                    ("summary_de__isnull", False),
                    ("title_de__gt", ""),
                    ("title_de__isnull", False),
                ),
                name="offer_german_title_and_summary",
                violation_error_message="Title and summary are required in German.",
            ),
        ),
        migrations.AddConstraint(
            model_name="offer",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("valid_from__isnull", True),
                    ("valid_until__isnull", True),
                    ("valid_until__gte", models.F("valid_from")),
                    _connector="OR",
                ),
                name="offer_validity_ordered",
                violation_error_message="“Valid until” must not be before “valid from”.",
            ),
        ),
        # After all tables: on PostgreSQL a schema change after rows were written in the same
        # transaction fails on pending trigger events.
        migrations.RunPython(add_trigram_indexes, drop_trigram_indexes),
        migrations.RunPython(add_completeness_triggers, drop_completeness_triggers),
        migrations.RunPython(starting_vocabulary.install, migrations.RunPython.noop),
    ]
