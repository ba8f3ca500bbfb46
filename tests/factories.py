"""factory_boy factories for the offers app. Reference data (categories, target groups,
spoken languages) comes from the data migration, so factories look it up by slug/code."""

import datetime

import factory
from django.db import transaction
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from offers.models import (
    Category,
    ContactPerson,
    Language,
    Location,
    Municipality,
    Offer,
    OfferStatus,
    OpeningSlot,
    Provider,
)
from routing.services import update_nearest_stops


def category(slug: str = "sprachkurse") -> Category:
    return Category.objects.get(slug=slug)


def language(code: str) -> Language:
    return Language.objects.get(code=code)


class MunicipalityFactory(DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ("official_key",)

    name = factory.Sequence(lambda n: f"Teststadt {n}")
    slug = factory.LazyAttribute(lambda m: slugify(m.name))
    official_key = factory.Sequence(lambda n: f"05362{n % 1000:03d}")
    latitude = 50.9553
    longitude = 6.6397


class ProviderFactory(DjangoModelFactory):
    class Meta:
        model = Provider

    name_de = factory.Sequence(lambda n: f"Träger {n}")
    name_en = factory.Sequence(lambda n: f"Provider {n}")
    name_ar = factory.Sequence(lambda n: f"الجهة {n}")
    slug = factory.Sequence(lambda n: f"traeger-{n}")
    phone = "02271 83-0"
    email = "info@traeger.example"


class OfferFactory(DjangoModelFactory):
    class Meta:
        model = Offer
        skip_postgeneration_save = True

    title_de = factory.Sequence(lambda n: f"Deutschkurs {n}")
    title_en = factory.Sequence(lambda n: f"German course {n}")
    title_ar = factory.Sequence(lambda n: f"دورة لغة ألمانية {n}")
    summary_de = "Deutsch lernen in kleinen Gruppen."
    summary_en = "Learn German in small groups."
    summary_ar = "تعلّم اللغة الألمانية في مجموعات صغيرة."
    description_de = "Mit Prüfung am Ende."
    description_en = "With an exam at the end."
    description_ar = "مع امتحان في النهاية."
    provider = factory.SubFactory(ProviderFactory)
    cost = "free"
    # Every offer needs a place or a way without one (offers.services.invariants): a factory
    # offer is reachable by phone unless a test says otherwise or gives it a place.
    available_by_phone = True
    status = OfferStatus.PUBLISHED
    last_verified = factory.LazyFunction(datetime.date.today)

    class Params:
        # Title, summary and description in every content language, not only de/en/ar.
        every_language = factory.Trait(
            **{
                f"{field}_{language}": f"{field} {language}"
                for field in ("title", "summary", "description")
                for language in ("uk", "ru", "fa", "tr", "fr", "ps", "ti", "kmr")
            }
        )

    @classmethod
    def _generate(cls, strategy, params):
        # The offer and its categories in one transaction: on PostgreSQL the database checks
        # at commit that an offer has a category (the initial migration).
        with transaction.atomic():
            return super()._generate(strategy, params)

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if create:
            self.categories.set(extracted if extracted is not None else [category()])


class LocationFactory(DjangoModelFactory):
    class Meta:
        model = Location
        skip_postgeneration_save = True

    offer = factory.SubFactory(OfferFactory)
    name_de = "Familienzentrum"
    street = factory.Sequence(lambda n: f"Hauptstraße {n + 1}")
    postcode = "50126"
    municipality = factory.SubFactory(MunicipalityFactory)
    latitude = 50.9553
    longitude = 6.6397

    @factory.post_generation
    def nearest_stops(self, create, extracted, **kwargs):
        # As the write path does for every place it saves.
        if create:
            update_nearest_stops([self])


class ContactPersonFactory(DjangoModelFactory):
    class Meta:
        model = ContactPerson

    offer = factory.SubFactory(OfferFactory)
    name = factory.Sequence(lambda n: f"Anna Beispiel {n}")
    role_de = "Migrationsberaterin"
    phone = "0221 4710-100"
    email = "anna@traeger.example"


class OpeningSlotFactory(DjangoModelFactory):
    class Meta:
        model = OpeningSlot

    offer = factory.SubFactory(OfferFactory)
    weekday = 0
    opens = datetime.time(9)
    closes = datetime.time(12)
