"""Another directory's HSDS 3.0 document in: new services become draft offers for the
editors to review, services imported before (same HSDS id) are updated. Every service is
checked against the official schema first, then written through the write path
(offers.services), which applies this application's own rules; one problem anywhere refuses
the whole document, with each problem named, and nothing is saved (one transaction).

Read in one language (the document's `language`, or the one given): that language's texts
are written; German titles and summaries, which every offer needs, are filled from them
only where still empty.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.dateparse import parse_date, parse_datetime, parse_time
from django.utils.text import Truncator, slugify
from django.utils.translation import override

from offers import services
from offers.models import (
    Category,
    ContactPerson,
    Language,
    Location,
    Municipality,
    Offer,
    OfferStatus,
    Provider,
    TargetGroup,
)
from offers.models.offers import Cost
from offers.models.places import WheelchairAccess

from . import schemas
from .documents import BYDAY, DELIVERY_METHODS, LINK_TYPES

REQUIRED_IN_GERMAN = {"title", "summary", "name"}
MAX_PROBLEMS = 50


class ImportRefused(Exception):
    def __init__(self, problems: list[str]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    towns_created: list[str] = field(default_factory=list)


def services_of(document) -> list:
    """An `export_hsds` document, an API page (`contents`) or a list of services."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for key in ("services", "contents"):
            if isinstance(document.get(key), list):
                return document[key]
        if "id" in document and "name" in document:
            return [document]
    raise ImportRefused(["The document holds no list of services (“services” or “contents”)."])


def import_document(document, language: str | None = None, user=None) -> ImportResult:
    language = language or (document.get("language") if isinstance(document, dict) else None)
    if language not in {code for code, _name in settings.LANGUAGES}:
        raise ImportRefused([f"Say which language the document is in (de, en or ar), not "
                             f"{language!r}."])  # fmt: skip
    services_in = services_of(document)
    problems = []
    for number, service in enumerate(services_in, start=1):
        where = (
            f"service {number} ({service.get('id', 'no id') if isinstance(service, dict) else '?'})"
        )
        problems += [
            f"{where}: {error}" for error in schemas.errors("compiled/service.json", service)
        ]
    if problems:
        raise ImportRefused(problems[:MAX_PROBLEMS])
    result = ImportResult()
    with transaction.atomic():
        for number, service in enumerate(services_in, start=1):
            try:
                with transaction.atomic():
                    ServiceReader(service, language, result, user).save()
            except ValidationError as error:
                problems.append(f"service {number} ({service['id']}): {'; '.join(error.messages)}")
        if problems:
            transaction.set_rollback(True)
            raise ImportRefused(problems[:MAX_PROBLEMS])
    return result


def set_text(instance, name: str, language: str, value: str) -> None:
    setattr(instance, f"{name}_{language}", value or "")
    if language != "de" and name in REQUIRED_IN_GERMAN and not getattr(instance, f"{name}_de"):
        setattr(instance, f"{name}_de", value or "")


def unique_slug(model, text: str, current: str = "") -> str:
    base = (slugify(text) or model._meta.model_name)[:90]
    slug, number = base, 1
    while model.objects.filter(slug=slug).exists() and slug != current:
        number += 1
        slug = f"{base}-{number}"
    return slug


def label_choice(choices, label: str, language: str, default):
    with override(language):
        for value, text in choices:
            if str(text) == label:
                return value
    return default


class ServiceReader:
    def __init__(self, service: dict, language: str, result: ImportResult, user=None):
        self.data, self.language, self.result, self.user = service, language, result, user
        self.comment = f"HSDS import ({language})"

    def save(self):
        provider = self.provider(self.data.get("organization"))
        offer = Offer.objects.filter(hsds_id=self.data["id"]).first()
        if offer is None:
            offer = Offer(hsds_id=self.data["id"], status=OfferStatus.DRAFT)
            self.result.created += 1
        else:
            self.result.updated += 1
        offer.provider = provider
        self.fill_offer(offer)
        terms = self.terms()
        offer.available_online = "online" in terms["delivery_method"] or self.is_virtual()
        offer.available_by_phone = "phone" in terms["delivery_method"]
        services.save_offer(
            offer=offer,
            user=self.user,
            comment=self.comment,
            parts=services.OfferParts(
                categories=list(Category.objects.subcategories().filter(
                    slug__in=terms["service_type"])),
                target_groups=list(TargetGroup.objects.filter(slug__in=terms["eligibility"])),
                languages=list(Language.objects.filter(code__in=self.spoken())),
                slots=self.slots(),
                locations=self.locations(offer),
                contacts=self.people(self.data.get("contacts", [])),
            ),
            modified=parse_datetime(self.data.get("last_modified", "")),
        )  # fmt: skip

    def provider(self, data) -> Provider:
        if not data:
            raise ValidationError("The service names no organization (nested “organization”).")
        provider = Provider.objects.filter(hsds_id=data["id"]).first()
        if provider is None:
            provider = Provider(hsds_id=data["id"], slug=unique_slug(Provider, data["name"]))
        set_text(provider, "name", self.language, data["name"])
        description = data.get("description", "")
        set_text(provider, "description", self.language,
                 "" if description == data["name"] else description)  # fmt: skip
        provider.email = data.get("email", "")
        provider.website = data.get("website", "")
        phones = data.get("phones") or []
        provider.phone = phones[0]["number"] if phones else ""
        return services.save_provider(
            provider=provider,
            user=self.user,
            comment=self.comment,
            contacts=self.people(data.get("contacts", [])),
        )

    def fill_offer(self, offer: Offer):
        data, language = self.data, self.language
        summary = data.get("alternate_name") or Truncator(data.get("description", "")).chars(300)
        description = data.get("description", "")
        if description in (summary, data["name"]):
            description = ""
        set_text(offer, "title", language, data["name"])
        set_text(offer, "summary", language, summary)
        set_text(offer, "description", language, description)
        set_text(offer, "registration_note", language, data.get("application_process", ""))
        set_text(offer, "cost_note", language, data.get("fees_description", ""))
        set_text(offer, "eligibility", language, data.get("eligibility_description", ""))
        offer.website = data.get("url", "") if not self.is_our_page(data.get("url", "")) else ""
        offer.last_verified = parse_date(data.get("assured_date", "")) or offer.last_verified
        offer.cost = self.cost(data.get("cost_options") or [], offer.cost or Cost.FEE)
        schedules = data.get("schedules") or []
        if schedules:
            offer.valid_from = parse_date(schedules[0].get("valid_from", "")) or None
            offer.valid_until = parse_date(schedules[0].get("valid_to", "")) or None
            note = schedules[0].get("notes", "").removeprefix(settings.TIME_ZONE)
            set_text(offer, "opening_hours_note", language, note.removeprefix(" — "))

    @staticmethod
    def is_our_page(url: str) -> bool:
        return bool(settings.SITE_URL) and url.startswith(settings.SITE_URL.rstrip("/") + "/")

    def cost(self, options: list, current: str) -> str:
        for option in options:
            if option.get("amount") == 0:
                return Cost.FREE
            chosen = label_choice(Cost.choices, option.get("option", ""), self.language, None)
            if chosen:
                return chosen
            if option.get("amount"):
                return Cost.FEE
        return current

    def terms(self) -> dict[str, set[str]]:
        """The codes of the taxonomy terms the service's attributes name, by link type."""
        codes = {link_type: set() for link_type in LINK_TYPES.values()}
        for attribute in self.data.get("attributes") or []:
            term = attribute.get("taxonomy_term") or {}
            if attribute.get("link_type") in codes and term.get("code"):
                codes[attribute["link_type"]].add(term["code"])
        known = {method.slug for method in DELIVERY_METHODS}
        codes["delivery_method"] &= known
        return codes

    def spoken(self) -> set[str]:
        return {item.get("code") for item in self.data.get("languages") or []} - {None}

    def is_virtual(self) -> bool:
        """Another directory may say "online" with a virtual location instead."""
        return any(
            (link.get("location") or {}).get("location_type") == "virtual"
            for link in self.data.get("service_at_locations") or []
        )

    def slots(self) -> list:
        slots = []
        for schedule in self.data.get("schedules") or []:
            if schedule.get("freq") != "WEEKLY":
                continue
            opens = parse_time((schedule.get("opens_at") or "")[:5])
            closes = parse_time((schedule.get("closes_at") or "")[:5])
            for day in (schedule.get("byday") or "").split(","):
                if day.strip() in BYDAY and opens and closes:
                    slots.append((BYDAY.index(day.strip()), opens, closes))
        return slots

    def locations(self, offer: Offer) -> list[Location]:
        kept = []
        for link in self.data.get("service_at_locations") or []:
            place = link.get("location") or {}
            if place.get("location_type") == "virtual":
                continue
            address = (place.get("addresses") or [{}])[0]
            location = Location.objects.filter(hsds_id=link["id"]).first() or Location(
                hsds_id=link["id"]
            )
            if location.pk and location.offer_id != offer.pk:
                raise ValidationError(f"Location {link['id']} belongs to another offer.")
            street = address.get("address_1", "")
            name = place.get("name", "")
            set_text(location, "name", self.language, "" if name == street else name)
            set_text(location, "directions", self.language, place.get("transportation", ""))
            location.street = street
            location.postcode = address.get("postal_code", "")
            if "latitude" not in place or "longitude" not in place:
                raise ValidationError(f"Location {link['id']} has no coordinates.")
            location.latitude, location.longitude = place["latitude"], place["longitude"]
            location.municipality = self.town(address.get("city", ""), location)
            access = (place.get("accessibility") or [{}])[0].get("description", "")
            location.wheelchair_access = label_choice(
                WheelchairAccess.choices, access, self.language, WheelchairAccess.UNKNOWN
            )
            kept.append(location)
        return kept

    def town(self, name: str, location: Location) -> Municipality:
        if not name:
            raise ValidationError("An address has no city.")
        town = Municipality.objects.filter(name__iexact=name).first()
        if town is None:
            town = services.save_municipality(
                municipality=Municipality(
                    name=name,
                    slug=unique_slug(Municipality, name),
                    latitude=location.latitude,
                    longitude=location.longitude,
                )
            )
            self.result.towns_created.append(name)
        return town

    def people(self, records: list) -> list[tuple[ContactPerson, None]]:
        """Contact persons by HSDS id; the languages they speak are not in HSDS contacts and
        stay as they are (None)."""
        people = []
        for record in records:
            person = ContactPerson.objects.filter(hsds_id=record["id"]).first() or ContactPerson(
                hsds_id=record["id"]
            )
            person.name = record.get("name", "")
            set_text(person, "role", self.language, record.get("title", ""))
            person.email = record.get("email", "")
            phones = record.get("phones") or []
            person.phone = phones[0]["number"] if phones else ""
            people.append((person, None))
        return people
