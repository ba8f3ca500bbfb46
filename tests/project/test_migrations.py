"""Migrations that change tables holding data run on a database with data: tests otherwise
only ever migrate empty tables, where problems such as PostgreSQL's "pending trigger
events" (a data fill and a schema change in one transaction) cannot show."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from offers import search_schema

pytestmark = pytest.mark.django_db(transaction=True)
BEFORE_HSDS = ("offers", "0010_website_http_only")


def migrate(target):
    """As `manage.py migrate` does it for this app: the language indexes, which the model
    state does not know, are dropped before and made again after (offers.search_schema)."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    plan = executor.migration_plan(target)
    search_schema.drop_title_indexes(connection.alias, plan=plan)
    executor.migrate(target, plan=plan)
    search_schema.sync(connection.alias)
    return executor.loader.project_state(target).apps


def test_hsds_ids_are_given_to_existing_rows(reference_rows):
    old = migrate([BEFORE_HSDS])
    Provider = old.get_model("offers", "Provider")
    Offer = old.get_model("offers", "Offer")
    Location = old.get_model("offers", "Location")
    Municipality = old.get_model("offers", "Municipality")
    town = Municipality.objects.create(name="Kerpen", slug="kerpen", official_key="05362032",
                                       latitude=50.87, longitude=6.69)  # fmt: skip
    for number in range(3):
        provider = Provider.objects.create(name_de=f"Träger {number}", slug=f"t-{number}")
        offer = Offer.objects.create(provider=provider, title_de=f"Kurs {number}",
                                     summary_de="Deutsch lernen", slug=f"kurs-{number}",
                                     cost="free", status="published")  # fmt: skip
        Location.objects.create(offer=offer, street="Hauptstraße 1", postcode="50171",
                                municipality=town, latitude=50.87, longitude=6.69)  # fmt: skip

    new = migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    for name in ("Offer", "Provider", "Location"):
        ids = list(new.get_model("offers", name).objects.values_list("hsds_id", flat=True))
        assert len(ids) >= 1 and None not in ids and len(set(ids)) == len(ids), name


@pytest.fixture
def reference_rows():
    """Leaves the database at the newest migration, whatever the test did."""
    yield
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
