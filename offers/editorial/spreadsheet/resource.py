"""Offers through django-import-export: rows matched on `external_id`, read by
`layout.RowReader`, every problem reported with its column, unchanged rows skipped, and each
changed offer written through the write path (offers.services) with the parts its row
changes; nearest stops and revisions are done in bulk at the end (a WriteBatch)."""

from collections import Counter

import tablib
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from import_export import resources

from offers import services
from offers.editorial.spreadsheet import layout, values
from offers.editorial.spreadsheet.files import UNDECODABLE
from offers.external import geocoder
from offers.models import ContactPerson, Location, Offer, OfferStatus, OpeningSlot
from offers.models.offers import new_external_id
from offers.services import invariants

ID = "external_id"


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


class OfferResource(resources.ModelResource):
    class Meta:
        model = Offer
        fields = (ID,)
        import_id_fields = (ID,)
        skip_diff = True  # the preview shows our own per-column comparison
        clean_model_instances = False  # import_instance validates (with column names)
        use_transactions = True
        report_skipped = True

    def __init__(self, *, user=None, file_name: str = "", geocode: bool = False, **kwargs):
        super().__init__(**kwargs)
        self.user = user
        self.file_name = file_name
        self.geocode = geocode
        self.batch = services.WriteBatch(user=user)
        self.changes: dict[int, list[tuple[str, str, str]]] = {}

    # --- export -----------------------------------------------------------------------------

    def export(self, queryset=None, **kwargs):
        offers = list(for_export(queryset if queryset is not None else Offer.objects.all()))
        locations = max((len(offer.locations.all()) for offer in offers), default=1) or 1
        contacts = max((len(offer.contacts.all()) for offer in offers), default=1) or 1
        headers = layout.all_columns(locations, contacts)
        dataset = tablib.Dataset(headers=headers)
        for offer in offers:
            cells = layout.export_row(offer, locations, contacts)
            dataset.append([cells[column] for column in headers])
        return dataset

    # --- import: the whole file -------------------------------------------------------------

    def before_import(self, dataset, **kwargs):
        dataset.headers = [values.text(header) for header in dataset.headers]
        if ID not in dataset.headers:
            dataset.append_col([""] * len(dataset), header=ID)
        known = set(layout.offer_columns())
        for number in range(1, layout.group_count(dataset.headers, layout.LOCATION_GROUP) + 1):
            known |= set(layout.location_columns(number))
        for number in range(1, layout.group_count(dataset.headers, layout.CONTACT_GROUP) + 1):
            known |= set(layout.contact_columns(number))
        unknown = [h for h in dataset.headers if h not in known and not h.startswith("_")]
        if unknown:
            raise ValueError(
                _("Unknown columns: %(columns)s. The README lists the columns.")
                % {"columns": ", ".join(unknown)}
            )
        ids = [values.text(value) for value in dataset[ID]]
        self.repeated = {eid for eid, count in Counter(filter(None, ids)).items() if count > 1}
        self.first_row = {}
        self.existing = {
            offer.external_id: offer
            for offer in for_export(Offer.objects.filter(external_id__in=set(ids) - {""}))
        }
        self.locations = layout.group_count(dataset.headers, layout.LOCATION_GROUP)
        self.contacts = layout.group_count(dataset.headers, layout.CONTACT_GROUP)
        self.reader = layout.RowReader(
            layout.Vocabulary(), locate=geocoder.locate if self.geocode else None
        )
        self.before = {
            eid: layout.export_row(offer, self.locations, self.contacts)
            for eid, offer in self.existing.items()
        }

    def get_instance(self, instance_loader, row):
        return self.existing.get(values.text(row.get(ID)))

    def init_instance(self, row=None):
        return Offer(
            external_id=values.text(row.get(ID)) or new_external_id(), status=OfferStatus.DRAFT
        )

    # --- import: one row --------------------------------------------------------------------

    def before_import_row(self, row, **kwargs):
        self.row_number = kwargs["row_number"]
        self.parsed = None

    def import_instance(self, instance, row, **kwargs):
        parsed = self.parsed = self.reader.read(row)
        eid = values.text(row.get(ID))
        if eid in self.repeated:
            first = self.first_row.setdefault(eid, self.row_number)
            if first != self.row_number:
                parsed.fail(
                    ID,
                    _("The external id “%(id)s” appears again (first in row %(row)s).")
                    % {"id": eid, "row": first + 1},
                )
        for column in filter(None, values.text(row.get(UNDECODABLE)).split(", ")):
            # The cause of any other problem in this cell: it says so first.
            parsed.errors[column] = _(
                "This cell has characters that are not UTF-8: save the sheet as "
                "“CSV UTF-8”, or choose the encoding Windows-1252 for the whole file."
            )
        for name, value in parsed.fields.items():
            if name not in parsed.errors:
                setattr(instance, name, value)
        self._check_offer(instance, parsed)
        if parsed.errors:
            raise ValidationError({column: [message] for column, message in parsed.errors.items()})

    def _check_offer(self, offer, parsed):
        try:
            offer.full_clean(
                # The provider comes from the vocabulary: no need to ask the database.
                exclude=["provider", *(name for name in parsed.errors if hasattr(offer, name))],
                validate_unique=False,
                validate_constraints=False,  # checked here; the database checks them again
            )
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                parsed.fail(name if name != "__all__" else "title_de", ValidationError(messages))
        if offer.valid_from and offer.valid_until and offer.valid_until < offer.valid_from:
            parsed.fail("valid_until", _("“Valid until” must not be before “valid from”."))
        if not offer.pk and parsed.categories is None:
            parsed.fail("categories", invariants.NO_CATEGORY)
        places = (
            parsed.locations
            if parsed.locations is not None
            else (list(offer.locations.all()) if offer.pk else [])
        )
        if not places and not (offer.available_online or offer.available_by_phone):
            parsed.fail("location1_street", invariants.NO_PLACE)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if import_validation_errors:
            return False
        before = self.before.get(instance.external_id) if instance.pk else {}
        after = self._after_cells(instance, row)
        changed = [
            (column, (before or {}).get(column, ""), value)
            for column, value in after.items()
            if value != (before or {}).get(column, "")
        ]
        self.changes[self.row_number] = changed
        return bool(instance.pk) and not changed

    def _after_cells(self, offer, row) -> dict[str, str]:
        """The row as an export would write it once imported, for the columns it has."""
        parsed = self.parsed
        existing = offer.pk is not None

        def current(name, attribute):
            chosen = getattr(parsed, name)
            if chosen is not None:
                return chosen
            return getattr(offer, attribute).all() if existing else []

        cells = layout.offer_cells(
            offer,
            categories=current("categories", "categories"),
            target_groups=current("target_groups", "target_groups"),
            spoken=current("languages", "languages"),
            slots=(
                [OpeningSlot(weekday=d, opens=o, closes=c) for d, o, c in parsed.slots]
                if parsed.slots is not None
                else (offer.opening_slots.all() if existing else [])
            ),
        )
        cells = {column: value for column, value in cells.items() if column in row or not existing}
        if parsed.locations is not None:
            groups = layout.group_cells(parsed.locations, [], self._places_before(offer), 0)
            cells.update(self._group_columns(groups, row, layout.LOCATION_GROUP, self.locations))
        if parsed.contacts is not None:
            groups = layout.group_cells([], parsed.contacts, 0, self._people_before(offer))
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

    def _places_before(self, offer) -> int:
        return max(self.locations, len(offer.locations.all()) if offer.pk else 0)

    def _people_before(self, offer) -> int:
        return max(self.contacts, len(offer.contacts.all()) if offer.pk else 0)

    def save_instance(self, instance, is_create, row, **kwargs):
        comment = _("Imported from %(file)s, row %(row)s.") % {
            "file": self.file_name or _("a spreadsheet"),
            "row": self.row_number + 1,
        }
        services.save_offer(
            offer=instance, user=self.user, comment=comment, parts=self._parts(instance),
            batch=self.batch,
        )  # fmt: skip

    def finish(self, dry_run: bool) -> None:
        # A preview is rolled back: it needs neither nearest stops nor revisions.
        if not dry_run:
            self.batch.finish()

    def _parts(self, offer) -> services.OfferParts:
        """What the row changes besides the offer's own fields (columns it lacks, or whose
        values are the same, leave those parts alone)."""
        parsed = self.parsed
        changed = {column for column, _old, _new in self.changes.get(self.row_number, [])}
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

    def after_import_row(self, row, row_result, **kwargs):
        row_result.sheet_row = kwargs["row_number"] + 1
        row_result.changes = self.changes.pop(kwargs["row_number"], [])
