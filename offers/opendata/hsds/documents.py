"""Offers as Open Referral HSDS 3.0 records, in one language each.

Mapping (ADR 19): provider → organization; offer → service; each of an offer's locations →
location with one address and its service_at_location; contact persons → contacts with
phones; weekly opening hours → schedules (RFC 5545: WEEKLY, BYDAY, opens_at/closes_at in
local wall-clock time); languages spoken → languages; cost → cost_options; categories and
target groups → attributes pointing at taxonomy terms; "also online" and "also by phone" →
attributes of a third taxonomy, delivery methods. Texts missing in the language fall back
along the site's chain, as on the pages. Empty values are left out, not null.
"""

import datetime
import json
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone, translation

from offers.models import Category, ContactPerson, Location, Offer, Provider, TargetGroup
from offers.opendata.hsds.ids import derived, of_vocabulary

VERSION = "3.0"
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
TAXONOMIES = {
    # slug: (name, description) — names are English: they identify the vocabulary.
    "categories": ("Integrationskarte topics",
                   "What an offer helps with: living, learning and working, and their topics."),
    "target-groups": ("Integrationskarte target groups", "Who an offer is meant for."),
    "delivery-methods": ("Integrationskarte delivery methods",
                         "How an offer can be used without going there: online, by phone."),
}  # fmt: skip


@dataclass(frozen=True)
class DeliveryMethod:
    """A way to take part without going to a place, as a taxonomy term: its code (the term's
    slug) and the offer's field that says so."""

    slug: str
    field: str

    def applies_to(self, offer: Offer) -> bool:
        return getattr(offer, self.field)


DELIVERY_METHODS = (DeliveryMethod("online", "available_online"),
                    DeliveryMethod("phone", "available_by_phone"))  # fmt: skip


def compact(record: dict) -> dict:
    """HSDS fields are optional unless required: leave empty ones out."""
    return {key: value for key, value in record.items() if value not in (None, "", [])}


def text(instance, field: str, language: str) -> str:
    return instance.translated(field, language).text


def iso_datetime(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def absolute(path: str, request=None) -> str | None:
    """A page's full address: from the request, or from SITE_URL in a command."""
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.SITE_URL.rstrip("/") + path if settings.SITE_URL else None


def for_hsds(queryset):
    """What a page of services needs, in a fixed number of queries."""
    people = ContactPerson.objects.prefetch_related("languages").order_by("sort_order", "pk")
    return queryset.select_related("provider").prefetch_related(
        "categories__parent",
        "target_groups",
        "languages",
        "opening_slots",
        Prefetch("locations", queryset=Location.objects.select_related("municipality")),
        Prefetch("contacts", queryset=people),
        Prefetch("provider__contacts", queryset=people),
    )


def published_services():
    return for_hsds(Offer.objects.public().order_by("pk"))


def phone(owner_id, number: str, language: str, **links) -> dict:
    return compact({"id": derived(owner_id, "phone"), "number": number, **links})


def contact(person: ContactPerson, language: str, **links) -> dict:
    owner = str(person.hsds_id)
    phones = [phone(owner, person.phone, language, contact_id=owner)] if person.phone else []
    return compact({
        "id": owner, **links, "name": person.name, "title": text(person, "role", language),
        "email": person.email, "phones": phones,
    })  # fmt: skip


def organization(provider: Provider, language: str, request=None) -> dict:
    own = str(provider.hsds_id)
    name = text(provider, "name", language)
    phones = [phone(own, provider.phone, language, organization_id=own)] if provider.phone else []
    return compact({
        "id": own,
        "name": name,
        "description": text(provider, "description", language) or name,
        "email": provider.email,
        "website": provider.website,
        "phones": phones,
        "contacts": [contact(p, language, organization_id=own) for p in provider.contacts.all()
                     if p.offer_id is None],
    })  # fmt: skip


def taxonomy(slug: str) -> dict:
    name, description = TAXONOMIES[slug]
    return {"id": of_vocabulary("taxonomy", slug), "name": name, "description": description,
            "version": "1"}  # fmt: skip


def _kind(term) -> str:
    if isinstance(term, Category):
        return "categories"
    return "delivery-methods" if isinstance(term, DeliveryMethod) else "target-groups"


def taxonomy_term(term, language: str) -> dict:
    kind = _kind(term)
    if kind == "delivery-methods":
        with translation.override(language):
            name = str(Offer._meta.get_field(term.field).verbose_name)
    else:
        name = text(term, "name", language)
    description = text(term, "description", language) if kind == "categories" else ""
    parent = getattr(term, "parent", None)
    return compact({
        "id": of_vocabulary(kind, term.slug),
        "code": term.slug,
        "name": name,
        "description": description or name,
        "parent_id": of_vocabulary(kind, parent.slug) if parent else None,
        "taxonomy_id": of_vocabulary("taxonomy", kind),
        "language": language,
    })  # fmt: skip


LINK_TYPES = {"categories": "service_type", "target-groups": "eligibility",
              "delivery-methods": "delivery_method"}  # fmt: skip


def taxonomy_terms() -> list:
    """Every term of the three taxonomies, in the order lists show them."""
    return [*Category.objects.select_related("parent").order_by("sort_order", "pk"),
            *TargetGroup.objects.order_by("sort_order", "pk"), *DELIVERY_METHODS]  # fmt: skip


def attribute(service_id: str, term, language: str) -> dict:
    term_record = taxonomy_term(term, language)
    return {
        "id": derived(service_id, f"attribute:{term_record['id']}"),
        "link_id": service_id,
        "link_type": LINK_TYPES[_kind(term)],
        "link_entity": "service",
        "taxonomy_term_id": term_record["id"],
        "taxonomy_term": term_record,
    }


def schedules(offer: Offer, service_id: str, language: str) -> list[dict]:
    note = text(offer, "opening_hours_note", language)
    return [
        compact({
            "id": derived(service_id, f"schedule:{slot.weekday}:{slot.opens}:{slot.closes}"),
            "service_id": service_id,
            "freq": "WEEKLY",
            "wkst": "MO",
            "byday": BYDAY[slot.weekday],
            "opens_at": slot.opens.strftime("%H:%M"),
            "closes_at": slot.closes.strftime("%H:%M"),
            "valid_from": offer.valid_from.isoformat() if offer.valid_from else None,
            "valid_to": offer.valid_until.isoformat() if offer.valid_until else None,
            "notes": f"{settings.TIME_ZONE}" + (f" — {note}" if note else ""),
        })
        for slot in sorted(offer.opening_slots.all(), key=lambda s: (s.weekday, s.opens))
    ]  # fmt: skip


def service_at_location(location: Location, service_id: str, language: str) -> dict:
    """A location of ours is one place of one offer: the record's own id is the
    service_at_location's, and the HSDS location's id derives from it."""
    own = derived(location.hsds_id, "location")
    with translation.override(language):
        access = str(location.get_wheelchair_access_display())
    place = compact({
        "id": own,
        "location_type": "physical",
        "name": text(location, "name", language) or location.street,
        "transportation": text(location, "directions", language),
        "latitude": float(location.latitude),
        "longitude": float(location.longitude),
        "addresses": [{
            "id": derived(own, "address"),
            "location_id": own,
            "address_1": location.street,
            "city": location.municipality.name,
            "state_province": settings.HSDS_STATE_PROVINCE,
            "postal_code": location.postcode,
            "country": settings.HSDS_COUNTRY,
            "address_type": "physical",
        }],
        "accessibility": [{"id": derived(own, "accessibility"), "location_id": own,
                           "description": str(access)}],
    })  # fmt: skip
    return {"id": str(location.hsds_id), "service_id": service_id, "location_id": own,
            "location": place}  # fmt: skip


def cost_options(offer: Offer, service_id: str, language: str) -> list[dict]:
    with translation.override(language):
        option = str(offer.get_cost_display())
    record = {"id": derived(service_id, "cost"), "service_id": service_id, "option": option,
              "amount_description": text(offer, "cost_note", language)}  # fmt: skip
    if offer.cost == "free":
        record.update(amount=0, currency="EUR")
    return [compact(record)]


def service(offer: Offer, language: str, request=None, *, full: bool = True) -> dict:
    own = str(offer.hsds_id)
    name = text(offer, "title", language)
    description = text(offer, "description", language) or text(offer, "summary", language)
    page = reverse("offers:detail", kwargs={"pk": offer.pk, "slug": offer.slug})
    page = page.replace(f"/{translation.get_language()}/", f"/{language}/", 1)
    record = {
        "id": own,
        "organization_id": str(offer.provider.hsds_id),
        "name": name,
        "alternate_name": text(offer, "summary", language),
        "description": description or name,
        "url": offer.website or absolute(page, request),
        "status": "active",
        "application_process": text(offer, "registration_note", language),
        "fees_description": text(offer, "cost_note", language),
        "eligibility_description": text(offer, "eligibility", language),
        "assured_date": offer.last_verified.isoformat() if offer.last_verified else None,
        "last_modified": iso_datetime(offer.updated),
    }
    if full:
        record.update(
            organization=organization(offer.provider, language, request),
            phones=[],
            schedules=schedules(offer, own, language),
            service_at_locations=[service_at_location(place, own, language)
                                  for place in offer.locations.all()],
            languages=[compact({"id": derived(own, f"language:{spoken.code}"),
                                "service_id": own, "name": text(spoken, "name", language),
                                "code": spoken.code}) for spoken in offer.languages.all()],
            cost_options=cost_options(offer, own, language),
            contacts=[contact(p, language, service_id=own) for p in offer.contacts.all()],
            attributes=[attribute(own, term, language)
                        for term in [*offer.categories.all(), *offer.target_groups.all(),
                                     *(m for m in DELIVERY_METHODS if m.applies_to(offer))]],
        )  # fmt: skip
    else:
        record["organization"] = compact(
            {k: v for k, v in organization(offer.provider, language, request).items()
             if k in ("id", "name", "description", "email", "website")}
        )  # fmt: skip
    return compact(record)


def generated_at() -> str:
    return iso_datetime(timezone.now())


def header(language: str) -> dict:
    terms = taxonomy_terms()
    return {
        "version": VERSION,
        "language": language,
        "generated": generated_at(),
        "licence": settings.DATA_LICENCE,
        "licence_url": settings.DATA_LICENCE_URL,
        "attribution": settings.DATA_ATTRIBUTION,
        "taxonomies": [taxonomy(slug) for slug in TAXONOMIES],
        "taxonomy_terms": [taxonomy_term(term, language) for term in terms],
    }


def services(language: str, request=None):
    for offer in published_services().iterator(chunk_size=500):
        yield service(offer, language, request)


def dataset(language: str, request=None) -> dict:
    """Everything published, as one document: what `export_hsds` writes and
    `import_hsds` reads."""
    return {**header(language), "services": list(services(language, request))}


def write_dataset(stream, language: str) -> int:
    """`dataset()` written piece by piece, so that a state's 200,000 offers never sit in
    memory at once. Returns the number of services."""
    text = json.dumps(header(language), ensure_ascii=False)
    stream.write(text[:-1] + ', "services": [')
    count = 0
    for record in services(language):
        stream.write(("," if count else "") + json.dumps(record, ensure_ascii=False))
        count += 1
    stream.write("]}")
    return count
