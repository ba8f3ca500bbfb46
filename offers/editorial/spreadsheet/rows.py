"""One sheet row against the database: which offer it is (matched on `external_id`, or a
stable id made from the row for a new one), what it says (`layout.RowReader`), whether it is
valid (every problem with its column, value and reason), what it would change (and which
fields it would empty), and — when the import applies it — writing it through the write path
(offers.services) with the parts it changes. Also the export of offers as rows."""

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db.models import Count, Max, Prefetch
from django.utils.translation import gettext as _

from offers import services
from offers.editorial.spreadsheet import layout, values
from offers.editorial.spreadsheet.files import FORMULAS, ROW, UNDECODABLE
from offers.external import geocoder
from offers.models import ContactPerson, Location, Offer, OfferStatus, OpeningSlot
from offers.services import invariants

ID = "external_id"
# New rows get an id made from what names the offer, so that importing the same file again
# finds the offers it made instead of adding them again.
NEW_ID_PREFIX = "sheet-"
SHOWN_VALUE = 80
OFFER_FIELDS = frozenset(field.name for field in Offer._meta.concrete_fields)


def for_export(queryset):
    # prefetch_related(None) first: the admin's list queryset prefetches places differently.
    return (
        queryset.select_related("provider")
        .prefetch_related(None)
        .prefetch_related(
            "categories",
            "target_groups",
            "languages",
            "opening_slots",
            Prefetch("locations", queryset=Location.objects.select_related("municipality")),
            Prefetch("contacts", queryset=ContactPerson.objects.prefetch_related("languages")),
        )
    )


def export_rows(queryset, *, chunk: int = 1000, progress=None):
    """(headers, rows) of offers in the import format, with as many place and contact column
    groups as the offer with the most needs. Rows are made `chunk` offers at a time as they
    are written, so that memory stays flat however many offers there are; `progress(done)`
    after each chunk."""
    ids = list(queryset.order_by("pk").values_list("pk", flat=True))
    chunks = [ids[start : start + chunk] for start in range(0, len(ids), chunk)]
    locations = contacts = 1
    for part in chunks:
        locations = max(locations, _most(Location.objects.filter(offer__in=part)))
        contacts = max(contacts, _most(ContactPerson.objects.filter(offer__in=part)))
    headers = layout.all_columns(locations, contacts)

    def rows():
        done = 0
        for part in chunks:
            for offer in for_export(Offer.objects.filter(pk__in=part).order_by("pk")):
                cells = layout.export_row(offer, locations, contacts)
                yield [cells.get(column, "") for column in headers]
            done += len(part)
            if progress:
                progress(done)

    return headers, rows()


def _most(related) -> int:
    counts = related.values("offer").annotate(n=Count("pk")).aggregate(most=Max("n"))
    return counts["most"] or 0


@dataclass
class Problem:
    row: int | None  # sheet row, the header being row 1; None for the whole file
    column: str
    value: str
    reason: str

    def as_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "value": self.value, "reason": self.reason}


@dataclass
class RowOutcome:
    """What a row would do (the preview) or did (the import)."""

    row: int
    kind: str  # "new", "update", "skip" (no change) or "invalid"
    external_id: str
    label: str
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # column, before, after
    emptied: list[str] = field(default_factory=list)  # columns whose content it removes
    problems: list[Problem] = field(default_factory=list)
    seen_version: int | None = None  # the offer's version the comparison was made with


def stable_id(row: dict) -> str:
    """An id for a new row from what names the offer: provider, German title and first
    address (spaces and case do not count)."""
    parts = [
        row.get("provider"),
        row.get("title_de"),
        row.get("location1_street"),
        row.get("location1_postcode"),
        row.get("location1_municipality"),
    ]
    key = "\x1f".join(" ".join(values.text(part).lower().split()) for part in parts)
    return NEW_ID_PREFIX + hashlib.sha256(key.encode()).hexdigest()[:20]


class OfferRows:
    """Checks and writes the rows of one sheet. `prepare()` once with the whole sheet, then
    `check()` each row; `write()` a checked row to apply it (inside a transaction), and
    `finish()` the batch at the end of that transaction."""

    def __init__(self, *, user=None, file_name: str = "", geocode: bool = False):
        self.user = user
        self.file_name = file_name
        self.geocode = geocode

    # --- the whole sheet ----------------------------------------------------------------------

    def prepare(self, dataset) -> list[str]:
        """Read the sheet's columns and find the offers it names. Returns the problems of
        the whole file (unknown columns), and gives new rows their ids."""
        dataset.headers = [values.text(header) for header in dataset.headers]
        if ID not in dataset.headers:
            dataset.append_col([""] * len(dataset), header=ID)
        known = set(layout.offer_columns())
        self.locations = layout.group_count(dataset.headers, layout.LOCATION_GROUP)
        self.contacts = layout.group_count(dataset.headers, layout.CONTACT_GROUP)
        for number in range(1, self.locations + 1):
            known |= set(layout.location_columns(number))
        for number in range(1, self.contacts + 1):
            known |= set(layout.contact_columns(number))
        unknown = [h for h in dataset.headers if h not in known and not h.startswith("_")]
        if unknown:
            return [
                _("Unknown columns: %(columns)s. The README lists the columns.")
                % {"columns": ", ".join(unknown)}
            ]
        self.headers = list(dataset.headers)
        given = [values.text(value) for value in dataset[ID]]
        # New rows: the id made from the row, numbered when the same offer appears twice.
        made: Counter = Counter()
        self.ids = []
        for eid, cells in zip(given, dataset, strict=True):
            if not eid:
                base = stable_id(dict(zip(self.headers, cells, strict=True)))
                made[base] += 1
                eid = base if made[base] == 1 else f"{base}-{made[base]}"
            self.ids.append(eid)
        self.given = given
        self.repeated = {eid for eid, count in Counter(filter(None, given)).items() if count > 1}
        self.first_row: dict[str, int] = {}
        self.reader = layout.RowReader(
            layout.Vocabulary(), locate=geocoder.locate if self.geocode else None
        )
        return []

    def offers(self, ids) -> dict[str, Offer]:
        """The existing offers with these external ids, with what their rows show."""
        return {
            offer.external_id: offer
            for offer in for_export(Offer.objects.filter(external_id__in=set(ids)))
        }

    # --- one row ------------------------------------------------------------------------------

    def check(self, index: int, cells, existing: dict[str, Offer]):
        """Row `index` (0 = the first after the header) checked against `existing` offers:
        (outcome, offer with the row's values set, parsed row)."""
        row = dict(zip(self.headers, cells, strict=True))
        number = int(row.get(ROW) or index + 2)  # the sheet's row number: the header is row 1
        eid = self.ids[index]
        offer = existing.get(eid)
        new = offer is None
        before = layout.export_row(offer, self.locations, self.contacts) if not new else {}
        if new:
            offer = Offer(external_id=eid, status=OfferStatus.DRAFT)
        outcome = RowOutcome(
            row=number,
            kind="new" if new else "update",
            external_id=eid,
            label="",
            seen_version=None if new else offer.lock_version,
        )
        parsed = self.reader.read(row)
        given = self.given[index]
        if given in self.repeated:
            first = self.first_row.setdefault(given, number)
            if first != number:
                parsed.fail(
                    ID,
                    _("The external id “%(id)s” appears again (first in row %(row)s).")
                    % {"id": given, "row": first},
                )
        for column in filter(None, values.text(row.get(UNDECODABLE)).split(", ")):
            # The cause of any other problem in this cell: it says so first.
            parsed.errors[column] = _(
                "This cell has characters that are not UTF-8: save the sheet as "
                "“CSV UTF-8”, or choose the encoding Windows-1252 for the whole file."
            )
        for column in filter(None, values.text(row.get(FORMULAS)).split(", ")):
            parsed.errors[column] = _(
                "This cell holds a formula, whose result the file does not keep: type or paste "
                "the value itself (in Excel: Paste special → Values)."
            )
        for name, value in parsed.fields.items():
            if name not in parsed.errors:
                setattr(offer, name, value)
        self._check_offer(offer, parsed, new=new)
        outcome.label = offer.title_de or ""
        if parsed.errors:
            outcome.kind = "invalid"
            outcome.problems = [
                Problem(number, column, self._shown(row, column), message)
                for column, message in parsed.errors.items()
            ]
            return outcome, offer, parsed
        after = self._after_cells(offer, parsed, row, new=new)
        outcome.changes = [
            (column, before.get(column, ""), value)
            for column, value in after.items()
            if value != before.get(column, "") and column != ID
        ]
        outcome.emptied = [
            column for column, old, value in outcome.changes if old and not value and not new
        ]
        if not new and not outcome.changes:
            outcome.kind = "skip"
        return outcome, offer, parsed

    @staticmethod
    def _shown(row: dict, column: str) -> str:
        value = values.text(row.get(column))
        return value if len(value) <= SHOWN_VALUE else value[: SHOWN_VALUE - 1] + "…"

    def _check_offer(self, offer, parsed, *, new: bool):
        # Fields whose cells already failed are not checked again. (Asking an unsaved offer
        # for its categories, as hasattr() would, raises: the cause of an "internal" message.)
        failed = [name for name in parsed.errors if name in OFFER_FIELDS]
        try:
            offer.full_clean(
                # The provider comes from the vocabulary: no need to ask the database.
                exclude=["provider", *failed],
                validate_unique=False,
                # The database checks them on save; what they guard is checked here by the
                # field validators and below.
                validate_constraints=False,
            )
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                parsed.fail(name if name != "__all__" else "title_de", ValidationError(messages))
        if offer.valid_from and offer.valid_until and offer.valid_until < offer.valid_from:
            parsed.fail("valid_until", _("“Valid until” must not be before “valid from”."))
        if new and parsed.categories is None and "categories" not in parsed.errors:
            parsed.fail("categories", invariants.NO_CATEGORY)
        places = (
            parsed.locations
            if parsed.locations is not None
            else ([] if new else list(offer.locations.all()))
        )
        if not places and not (offer.available_online or offer.available_by_phone):
            parsed.fail("location1_street", invariants.NO_PLACE)

    def _after_cells(self, offer, parsed, row, *, new: bool) -> dict[str, str]:
        """The row as an export would write it once imported, for the columns it has."""

        def current(name, attribute):
            chosen = getattr(parsed, name)
            if chosen is not None:
                return chosen
            return [] if new else getattr(offer, attribute).all()

        cells = layout.offer_cells(
            offer,
            categories=current("categories", "categories"),
            target_groups=current("target_groups", "target_groups"),
            spoken=current("languages", "languages"),
            slots=(
                [OpeningSlot(weekday=d, opens=o, closes=c) for d, o, c in parsed.slots]
                if parsed.slots is not None
                else ([] if new else offer.opening_slots.all())
            ),
        )
        cells = {column: value for column, value in cells.items() if column in row or new}
        if parsed.locations is not None:
            groups = layout.group_cells(parsed.locations, [], self._places_before(offer, new), 0)
            cells.update(self._group_columns(groups, row, layout.LOCATION_GROUP, self.locations))
        if parsed.contacts is not None:
            groups = layout.group_cells([], parsed.contacts, 0, self._people_before(offer, new))
            cells.update(self._group_columns(groups, row, layout.CONTACT_GROUP, self.contacts))
        return cells

    @staticmethod
    def _group_columns(cells, row, pattern, groups_in_file) -> dict[str, str]:
        """The sheet's columns of the numbered groups, plus every column of the groups beyond
        the sheet's (their places or people will be removed)."""
        return {
            column: value
            for column, value in cells.items()
            if column in row or int(pattern.match(column).group(1)) > groups_in_file
        }

    def _places_before(self, offer, new: bool) -> int:
        return max(self.locations, 0 if new else len(offer.locations.all()))

    def _people_before(self, offer, new: bool) -> int:
        return max(self.contacts, 0 if new else len(offer.contacts.all()))

    # --- writing ------------------------------------------------------------------------------

    def comment(self, outcome: RowOutcome) -> str:
        return _("Imported from %(file)s, row %(row)s.") % {
            "file": self.file_name or _("a spreadsheet"),
            "row": outcome.row,
        }

    def write(self, outcome: RowOutcome, offer: Offer, parsed, *, batch) -> Offer:
        """Save a checked row's existing offer with the parts it changes (inside a transaction
        that finishes `batch`)."""
        changed = {column for column, _before, _after in outcome.changes}
        return services.save_offer(
            offer=offer,
            user=self.user,
            comment=self.comment(outcome),
            parts=self._parts(offer, parsed, changed),
            batch=batch,
            changed_fields={name for name in parsed.fields if name in changed},
            checked=True,  # check() ran full_clean on the offer
        )

    def write_new(self, checked, *, batch) -> None:
        """Create the offers of checked new rows, (outcome, offer, parsed) each, in bulk."""
        services.create_offers(
            new=[
                services.NewOffer(
                    offer=offer,
                    parts=services.OfferParts(
                        categories=parsed.categories or [],
                        target_groups=parsed.target_groups or [],
                        languages=parsed.languages or [],
                        slots=parsed.slots or [],
                        locations=parsed.locations or [],
                        contacts=parsed.contacts or [],
                    ),
                    comment=self.comment(outcome),
                )
                for outcome, offer, parsed in checked
            ],
            batch=batch,
        )

    def _parts(self, offer, parsed, changed: set[str]) -> services.OfferParts:
        """What the row changes besides the offer's own fields (columns it lacks, or whose
        values are the same, leave those parts alone)."""
        parts = services.OfferParts()
        for name in layout.CODE_LISTS:
            if name in changed:
                setattr(parts, name, getattr(parsed, name))
        if "opening_hours" in changed:
            parts.slots = parsed.slots
        if any(column.startswith("location") for column in changed):
            existing = list(offer.locations.all()) if offer.pk else []
            parts.locations = [
                self._merged(place, existing[index] if index < len(existing) else None)
                for index, place in enumerate(parsed.locations)
            ]
        if any(column.startswith("contact") for column in changed):
            existing = list(offer.contacts.all()) if offer.pk else []
            parts.contacts = [
                (self._merged(person, existing[index] if index < len(existing) else None), spoken)
                for index, (person, spoken) in enumerate(parsed.contacts)
            ]
        return parts

    @staticmethod
    def _merged(read, existing):
        """The row's object, or the existing one with what the row gives (columns the sheet
        lacks keep their values)."""
        if existing is None:
            return read
        for attribute in read.provided:
            setattr(existing, attribute, getattr(read, attribute))
        return existing
