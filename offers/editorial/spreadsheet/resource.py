"""Offers through django-import-export: rows matched on `external_id`, read by
`layout.RowReader`, every problem reported with its column, unchanged rows skipped, and
each changed offer saved as one version (django-reversion) with its places and people."""

from collections import Counter

import tablib
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from import_export import resources

from offers import versioning
from offers.editorial.spreadsheet import layout, values
from offers.editorial.spreadsheet.files import UNDECODABLE
from offers.external import geocoder
from offers.models import ContactPerson, Location, Offer, OfferCategory, OfferStatus, OpeningSlot
from offers.models.offers import new_external_id
from routing.services import update_nearest_stops

ID = "external_id"


def _add_links(offer, name: str, items) -> None:
    """Many-to-many links of a new offer, inserted without reading the (empty) old ones."""
    if name == "categories":
        OfferCategory.objects.bulk_create(OfferCategory(offer=offer, category=c) for c in items)
        return
    through = getattr(Offer, name).through
    column = {"target_groups": "targetgroup_id", "languages": "language_id"}[name]
    through.objects.bulk_create(through(offer_id=offer.pk, **{column: i.pk}) for i in items)


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
        self.versioned: dict[int, str] = {}
        self.new_places: list[int] = []
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
            parsed.fail("categories", _("Give at least one category."))
        places = (
            parsed.locations
            if parsed.locations is not None
            else (list(offer.locations.all()) if offer.pk else [])
        )
        if not places and not (offer.available_online or offer.available_by_phone):
            parsed.fail(
                "location1_street",
                _("Give at least one place, or mark the offer as available online or by phone."),
            )

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
        self._save(instance)
        if not kwargs.get("dry_run"):
            # Versions are written together at the end (finish): the same as one revision
            # per row, in a few bulk inserts. A preview is rolled back and keeps none.
            self.versioned[instance.pk] = _("Imported from %(file)s, row %(row)s.") % {
                "file": self.file_name or _("a spreadsheet"),
                "row": self.row_number + 1,
            }

    def finish(self, dry_run: bool) -> None:
        if dry_run:
            return
        if self.new_places:
            update_nearest_stops(Location.objects.filter(pk__in=self.new_places))
        if self.versioned:
            versioning.record_versions(self.versioned, self.user)

    def _save(self, instance):
        parsed = self.parsed
        changed = {column for column, _old, _new in self.changes.get(self.row_number, [])}
        created = instance.pk is None
        instance.save()
        for name in layout.CODE_LISTS:
            if name in changed:
                items = getattr(parsed, name)
                if created:  # nothing to compare with: insert the links at once
                    _add_links(instance, name, items)
                else:
                    getattr(instance, name).set(items)
        if "opening_hours" in changed:
            if not created:
                instance.opening_slots.all().delete()
            OpeningSlot.objects.bulk_create(
                OpeningSlot(offer=instance, weekday=d, opens=o, closes=c)
                for d, o, c in parsed.slots
            )
        if any(column.startswith("location") for column in changed):
            self._save_places(instance, parsed.locations, created)
        if any(column.startswith("contact") for column in changed):
            self._save_people(instance, parsed.contacts, created)

    @staticmethod
    def _merged(read, existing):
        """The row's object, or the existing one with what the row gives (columns the sheet
        lacks keep their values)."""
        if existing is None:
            return read
        for attribute in read.provided:
            setattr(existing, attribute, getattr(read, attribute))
        return existing

    def _save_places(self, offer, places, created):
        existing = [] if created else list(offer.locations.all())
        new = []
        for index, place in enumerate(places):
            place = self._merged(place, existing[index] if index < len(existing) else None)
            place.offer = offer
            if place.pk is None:
                new.append(place)
            else:
                place.save()  # a moved place gets its nearest stops (routing.signals)
        # New places in one insert; their nearest stops are found for all at the end.
        self.new_places += [p.pk for p in Location.objects.bulk_create(new)]
        for stale in existing[len(places) :]:
            stale.delete()

    def _save_people(self, offer, people, created):
        existing = [] if created else list(offer.contacts.all())
        spoken_by = []
        for index, (contact, spoken) in enumerate(people):
            contact = self._merged(contact, existing[index] if index < len(existing) else None)
            contact.offer = offer
            contact.sort_order = index
            if contact.pk is None:
                spoken_by.append((contact, spoken))
            else:
                contact.save()
                contact.languages.set(spoken)
        ContactPerson.objects.bulk_create([contact for contact, _spoken in spoken_by])
        ContactPerson.languages.through.objects.bulk_create(
            ContactPerson.languages.through(contactperson_id=contact.pk, language_id=lang.pk)
            for contact, spoken in spoken_by
            for lang in spoken
        )
        for stale in existing[len(people) :]:
            stale.delete()

    def after_import_row(self, row, row_result, **kwargs):
        row_result.sheet_row = kwargs["row_number"] + 1
        row_result.changes = self.changes.pop(kwargs["row_number"], [])
