"""The offer spreadsheet: its columns, how an offer is written into a row, and how a row is
read back (every problem named by its column).

One row is one offer. Translated texts have a column per language (`title_de`, `title_ar`);
places and contact persons have numbered column groups (`location1_street`,
`contact2_phone`), as many as the offer with the most of them needs. The same writers
produce the export and the comparison an import preview shows, so an exported sheet
imported unchanged shows no change.
"""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from integrationmap.languages import offered as offered_languages
from offers.editorial.spreadsheet import values
from offers.external.geocoder import GeocodingUnavailable
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
    TargetGroup,
    check_slots_do_not_overlap,
)
from offers.models.places import WheelchairAccess
from offers.services import invariants

OFFER_TEXTS = ("title", "summary", "description")
NOTE_TEXTS = ("cost_note", "registration_note", "eligibility", "opening_hours_note")
BOOLEANS = (
    "registration_required",
    "by_appointment_only",
    "available_online",
    "available_by_phone",
    "childcare",
)
DATES = ("valid_from", "valid_until", "last_verified")
CODE_LISTS = ("categories", "target_groups", "languages")
LOCATION_GROUP = re.compile(r"^location(\d+)_")
CONTACT_GROUP = re.compile(r"^contact(\d+)_")
WHEELCHAIR_WORDS = {
    "ja": WheelchairAccess.YES,
    "teilweise": WheelchairAccess.PARTLY,
    "nein": WheelchairAccess.NO,
    "unbekannt": WheelchairAccess.UNKNOWN,
    "": WheelchairAccess.UNKNOWN,
}


UNKNOWN_CATEGORY = _lazy(
    "Unknown category: %(codes)s. The codes sheet of the template lists the categories."
)
UNKNOWN_TARGET_GROUP = _lazy("Unknown target group: %(codes)s.")
UNKNOWN_LANGUAGE = _lazy("Unknown language code: %(codes)s (use ISO 639 codes such as ar, fa).")


def languages() -> tuple[str, ...]:
    return tuple(offered_languages())


def translated(name: str, prefix: str = "") -> list[str]:
    return [f"{prefix}{name}_{code}" for code in languages()]


def offer_columns() -> list[str]:
    return [
        "external_id",
        "status",
        "provider",
        *CODE_LISTS,
        *(column for name in OFFER_TEXTS for column in translated(name)),
        "cost",
        *translated("cost_note"),
        "registration_required",
        *translated("registration_note"),
        *translated("eligibility"),
        "by_appointment_only",
        "opening_hours",
        *translated("opening_hours_note"),
        "available_online",
        "available_by_phone",
        "childcare",
        "levels",
        "website",
        *DATES,
    ]


def location_columns(number: int) -> list[str]:
    prefix = f"location{number}_"
    return [
        *translated("name", prefix),
        prefix + "street",
        prefix + "postcode",
        prefix + "municipality",
        prefix + "latitude",
        prefix + "longitude",
        prefix + "wheelchair",
        *translated("directions", prefix),
    ]


def contact_columns(number: int) -> list[str]:
    prefix = f"contact{number}_"
    return [
        prefix + "name",
        *translated("role", prefix),
        prefix + "phone",
        prefix + "email",
        prefix + "languages",
        *translated("office_hours", prefix),
    ]


def all_columns(locations: int, contacts: int) -> list[str]:
    columns = offer_columns()
    for number in range(1, locations + 1):
        columns += location_columns(number)
    for number in range(1, contacts + 1):
        columns += contact_columns(number)
    return columns


def group_count(headers, pattern: re.Pattern) -> int:
    numbers = [int(m.group(1)) for header in headers if (m := pattern.match(header))]
    return max(numbers, default=0)


# --- writing ------------------------------------------------------------------------------


def _texts(instance, name: str, prefix: str = "") -> dict[str, str]:
    return {
        f"{prefix}{name}_{code}": getattr(instance, f"{name}_{code}", None) or ""
        for code in languages()
    }


def _codes(items) -> str:
    return values.write_list(sorted(getattr(item, "slug", None) or item.code for item in items))


def offer_cells(offer: Offer, *, categories, target_groups, spoken, slots) -> dict[str, str]:
    cells = {
        "external_id": offer.external_id,
        "status": offer.status,
        "provider": offer.provider.slug if offer.provider_id else "",
        "categories": _codes(categories),
        "target_groups": _codes(target_groups),
        "languages": _codes(spoken),
        "cost": offer.cost,
        "opening_hours": values.write_hours(slots),
        "website": offer.website,
        "levels": offer.levels,
    }
    for name in (*OFFER_TEXTS, *NOTE_TEXTS):
        cells.update(_texts(offer, name))
    cells.update({name: values.write_bool(getattr(offer, name)) for name in BOOLEANS})
    cells.update({name: values.write_date(getattr(offer, name)) for name in DATES})
    return cells


def location_cells(location: Location | None, number: int) -> dict[str, str]:
    prefix = f"location{number}_"
    if location is None:
        return dict.fromkeys(location_columns(number), "")
    return {
        **_texts(location, "name", prefix),
        prefix + "street": location.street,
        prefix + "postcode": location.postcode,
        prefix + "municipality": location.municipality.name if location.municipality_id else "",
        prefix + "latitude": values.write_number(location.latitude),
        prefix + "longitude": values.write_number(location.longitude),
        prefix + "wheelchair": location.wheelchair_access,
        **_texts(location, "directions", prefix),
    }


def contact_cells(contact: ContactPerson | None, spoken, number: int) -> dict[str, str]:
    prefix = f"contact{number}_"
    if contact is None:
        return dict.fromkeys(contact_columns(number), "")
    return {
        prefix + "name": contact.name,
        **_texts(contact, "role", prefix),
        prefix + "phone": contact.phone,
        prefix + "email": contact.email,
        prefix + "languages": _codes(spoken),
        **_texts(contact, "office_hours", prefix),
    }


def group_cells(places, people, locations: int, contacts: int) -> dict[str, str]:
    """Cells of the numbered groups: `places` are locations, `people` (contact, languages)."""
    cells = {}
    for number in range(1, max(locations, len(places)) + 1):
        cells.update(location_cells(places[number - 1] if number <= len(places) else None, number))
    for number in range(1, max(contacts, len(people)) + 1):
        person = people[number - 1] if number <= len(people) else (None, ())
        cells.update(contact_cells(*person, number))
    return cells


def export_row(offer: Offer, locations: int = 0, contacts: int = 0) -> dict[str, str]:
    """The offer as cells (expects its relations prefetched, see `for_export`)."""
    cells = offer_cells(
        offer,
        categories=offer.categories.all(),
        target_groups=offer.target_groups.all(),
        spoken=offer.languages.all(),
        slots=offer.opening_slots.all(),
    )
    people = [(contact, contact.languages.all()) for contact in offer.contacts.all()]
    cells.update(group_cells(list(offer.locations.all()), people, locations, contacts))
    return cells


# --- reading ------------------------------------------------------------------------------


class Vocabulary:
    """Everything a row may refer to by name or code, loaded once per import."""

    def __init__(self):
        self.categories = {c.slug: c for c in Category.objects.subcategories()}
        self.target_groups = {t.slug: t for t in TargetGroup.objects.all()}
        self.languages = {lang.code: lang for lang in Language.objects.all()}
        self.providers = {p.slug: p for p in Provider.objects.all()}
        self.municipalities = {}
        for town in Municipality.objects.all():
            for key in (town.name.lower(), town.slug, town.official_key):
                self.municipalities[key] = town

    def codes(self, table: dict, raw, message: str) -> list:
        """The items named in a list cell; `message` names the unknown ones (%(codes)s)."""
        found, unknown = [], []
        for code in values.read_list(raw):
            item = table.get(code) or table.get(code.lower())
            (found if item else unknown).append(item or code)
        if unknown:
            raise ValueError(message % {"codes": ", ".join(f"“{code}”" for code in unknown)})
        return found


@dataclass
class ParsedRow:
    """What a row says, ready to apply; `None` where the sheet has no columns for it."""

    fields: dict = field(default_factory=dict)
    categories: list | None = None
    target_groups: list | None = None
    languages: list | None = None
    slots: list | None = None
    locations: list[Location] | None = None
    contacts: list[tuple[ContactPerson, list]] | None = None
    errors: dict[str, str] = field(default_factory=dict)

    def fail(self, column: str, error) -> None:
        messages = error.messages if isinstance(error, ValidationError) else [str(error)]
        self.errors.setdefault(column, " ".join(messages))


def _choice(raw, choices, words=None) -> str:
    word = values.text(raw).lower()
    word = str((words or {}).get(word, word))
    if word not in choices.values:
        raise ValueError(
            _("“%(value)s” is not one of: %(choices)s.")
            % {"value": values.text(raw), "choices": ", ".join(choices.values)}
        )
    return word


def _read_texts(row: dict, name: str, target: dict, prefix: str = "") -> None:
    for code in languages():
        column = f"{prefix}{name}_{code}"
        if column in row:
            target[f"{name}_{code}"] = values.text(row[column])


# Column (after the group prefix) -> attribute of the object it fills.
LOCATION_ATTRIBUTES = {
    "street": "street",
    "postcode": "postcode",
    "municipality": "municipality",
    "latitude": "latitude",
    "longitude": "longitude",
    "wheelchair": "wheelchair_access",
}
CONTACT_ATTRIBUTES = {"name": "name", "phone": "phone", "email": "email"}


def _provided(headers, prefix: str, attributes: dict, texts: dict) -> set[str]:
    """The attributes a row gives values for (the columns it has)."""
    return {attr for column, attr in attributes.items() if prefix + column in headers} | set(texts)


class RowReader:
    """`locate(street, postcode, town)`, if given, fills in coordinates a place lacks."""

    def __init__(self, vocabulary: Vocabulary, locate=None):
        self.vocabulary = vocabulary
        self.locate = locate

    def read(self, row: dict) -> ParsedRow:
        parsed = ParsedRow()
        headers = set(row)

        def cell(column, reader):
            try:
                return reader(row[column])
            except ValueError as error:
                parsed.fail(column, error)
                return None

        for name in (*OFFER_TEXTS, *NOTE_TEXTS):
            _read_texts(row, name, parsed.fields)
        readers = {
            "status": lambda raw: _choice(raw, OfferStatus),
            "cost": lambda raw: _choice(raw, Offer.Cost),
            "website": values.text,
            "levels": lambda raw: " ".join(values.text(raw).upper().split()),
            "provider": self._provider,
            **dict.fromkeys(BOOLEANS, values.read_bool),
            **dict.fromkeys(DATES, values.read_date),
        }
        for name, reader in readers.items():
            if name in headers:
                parsed.fields[name] = cell(name, reader)
        if "status" in headers and not values.text(row["status"]):
            del parsed.fields["status"]  # new offers start as drafts, others keep theirs
            parsed.errors.pop("status", None)
        vocabulary = self.vocabulary
        tables = {
            "categories": (vocabulary.categories, UNKNOWN_CATEGORY),
            "target_groups": (vocabulary.target_groups, UNKNOWN_TARGET_GROUP),
            "languages": (vocabulary.languages, UNKNOWN_LANGUAGE),
        }
        for name, (table, what) in tables.items():
            if name in headers:
                setattr(
                    parsed,
                    name,
                    cell(name, lambda raw, t=table, w=what: vocabulary.codes(t, raw, w)),
                )
        if parsed.categories == []:
            parsed.fail("categories", invariants.NO_CATEGORY)
        if "opening_hours" in headers:
            parsed.slots = cell("opening_hours", values.read_hours)
            if parsed.slots:
                try:
                    check_slots_do_not_overlap(
                        [OpeningSlot(weekday=d, opens=o, closes=c) for d, o, c in parsed.slots]
                    )
                except ValidationError as error:
                    parsed.fail("opening_hours", error)
        if group_count(headers, LOCATION_GROUP):
            parsed.locations = self._locations(row, headers, parsed)
        if group_count(headers, CONTACT_GROUP):
            parsed.contacts = self._contacts(row, headers, parsed)
        return parsed

    def _provider(self, raw) -> Provider:
        slug = values.text(raw)
        provider = self.vocabulary.providers.get(slug)
        if provider is None:
            raise ValueError(
                _("Unknown provider “%(slug)s”: give the short name of an existing provider.")
                % {"slug": slug}
            )
        return provider

    @staticmethod
    def _model_errors(parsed: ParsedRow, error: ValidationError, prefix: str, columns):
        for name, messages in error.message_dict.items():
            column = prefix + name
            parsed.fail(column if column in columns else columns[0], ValidationError(messages))

    def _locations(self, row, headers, parsed) -> list[Location]:
        places = []
        for number in range(1, group_count(headers, LOCATION_GROUP) + 1):
            columns = [column for column in location_columns(number) if column in headers]
            if not any(values.text(row.get(column)) for column in columns):
                continue
            prefix = f"location{number}_"
            data = {}
            _read_texts(row, "name", data, prefix)
            _read_texts(row, "directions", data, prefix)
            place = Location(
                **data,
                street=values.text(row.get(prefix + "street")),
                postcode=values.postcode(row.get(prefix + "postcode")),
            )
            place.provided = _provided(headers, prefix, LOCATION_ATTRIBUTES, data)
            town = values.text(row.get(prefix + "municipality"))
            place.municipality = self.vocabulary.municipalities.get(town.lower())
            failed = []
            if place.municipality is None:
                failed.append("municipality")
                parsed.fail(
                    prefix + "municipality",
                    _("Unknown municipality “%(town)s”.") % {"town": town},
                )
            for axis in ("latitude", "longitude"):
                try:
                    setattr(place, axis, values.read_number(row.get(prefix + axis)))
                except ValueError as error:
                    failed.append(axis)
                    parsed.fail(prefix + axis, error)
            if self.locate and not failed and place.latitude is None and place.longitude is None:
                failed += self._locate(place, parsed, prefix)
            try:
                place.wheelchair_access = _choice(
                    row.get(prefix + "wheelchair"), WheelchairAccess, WHEELCHAIR_WORDS
                )
            except ValueError as error:
                failed.append("wheelchair_access")
                parsed.fail(prefix + "wheelchair", error)
            try:
                # Field validators and the service-area check; the database constraints
                # guard the same ranges again on save.
                place.full_clean(
                    # The municipality comes from the vocabulary: no need to ask the database.
                    exclude=["offer", "municipality", *failed],
                    validate_unique=False,
                    validate_constraints=False,
                )
            except ValidationError as error:
                self._model_errors(parsed, error, prefix, location_columns(number))
            places.append(place)
        return places

    def _locate(self, place, parsed, prefix) -> list[str]:
        try:
            found = self.locate(place.street, place.postcode, place.municipality.name)
        except GeocodingUnavailable as error:
            parsed.fail(prefix + "latitude", error)
            return ["latitude", "longitude"]
        if found is None:
            parsed.fail(
                prefix + "latitude",
                _("The address was not found: give latitude and longitude."),
            )
            return ["latitude", "longitude"]
        place.latitude, place.longitude = round(found.latitude, 6), round(found.longitude, 6)
        return []

    def _contacts(self, row, headers, parsed) -> list[tuple[ContactPerson, list]]:
        people = []
        for number in range(1, group_count(headers, CONTACT_GROUP) + 1):
            columns = [column for column in contact_columns(number) if column in headers]
            if not any(values.text(row.get(column)) for column in columns):
                continue
            prefix = f"contact{number}_"
            data = {}
            _read_texts(row, "role", data, prefix)
            _read_texts(row, "office_hours", data, prefix)
            contact = ContactPerson(
                **data,
                name=values.text(row.get(prefix + "name")),
                phone=values.text(row.get(prefix + "phone")),
                email=values.text(row.get(prefix + "email")),
            )
            contact.provided = _provided(headers, prefix, CONTACT_ATTRIBUTES, data)
            spoken = []
            try:
                spoken = self.vocabulary.codes(
                    self.vocabulary.languages, row.get(prefix + "languages"), UNKNOWN_LANGUAGE
                )
            except ValueError as error:
                parsed.fail(prefix + "languages", error)
            try:
                contact.full_clean(
                    exclude=["offer", "provider"], validate_unique=False, validate_constraints=False
                )
            except ValidationError as error:
                self._model_errors(parsed, error, prefix, contact_columns(number))
            if not contact.phone and not contact.email:
                parsed.fail(
                    prefix + "phone", _("Give a phone number or an e-mail address, or both.")
                )
            people.append((contact, spoken))
        return people
