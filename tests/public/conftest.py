"""Fixtures of the public pages' tests: two towns, and a small district of offers in them."""

import datetime

import pytest

from offers.models import TargetGroup
from tests.factories import (
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    OpeningSlotFactory,
    category,
    language,
)


@pytest.fixture
def towns():
    return {
        "bergheim": MunicipalityFactory(name="Bergheim", slug="bergheim", official_key="05362008"),
        "kerpen": MunicipalityFactory(
            name="Kerpen", slug="kerpen", official_key="05362032", latitude=50.87, longitude=6.6961
        ),
    }


@pytest.fixture
def district(towns):
    """A small district: a course in Kerpen, counselling in Bergheim, an online offer."""
    course = OfferFactory(
        title_de="Deutschkurs Kerpen",
        cost="fee",
        categories=[category("sprachkurse")],
        valid_until=None,
    )
    LocationFactory(
        offer=course, municipality=towns["kerpen"], latitude=50.87, longitude=6.69,
        wheelchair_access="yes",
    )  # fmt: skip
    course.languages.set([language("de"), language("ar")])
    course.target_groups.set([TargetGroup.objects.get(slug="frauen")])
    counselling = OfferFactory(
        title_de="Migrationsberatung Bergheim", categories=[category("migrationsberatung")]
    )
    LocationFactory(
        offer=counselling, municipality=towns["bergheim"], latitude=50.955, longitude=6.64
    )
    counselling.languages.set([language("uk")])
    OpeningSlotFactory(
        offer=counselling, weekday=0, opens=datetime.time(9), closes=datetime.time(12)
    )
    online = OfferFactory(
        title_de="Onlineberatung Anerkennung",
        available_online=True,
        categories=[category("anerkennung")],
    )
    return course, counselling, online
