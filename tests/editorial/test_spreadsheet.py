"""Offers as spreadsheets: export, import with preview, errors named by row and column, all
or nothing, and the round trip export → import changing nothing."""

import csv
import datetime
import io
import re
import zipfile

import openpyxl
import pytest
from reversion.models import Version

from offers import jobs
from offers.editorial.spreadsheet import importing, values
from offers.editorial.spreadsheet.files import SheetError, read_sheet
from offers.models import Job, JobStatus, Location, Offer
from routing.models import Stop
from tests.editorial.sheet_imports import do_import, export
from tests.factories import (
    ContactPersonFactory,
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    OpeningSlotFactory,
    language,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def kerpen():
    return MunicipalityFactory(name="Kerpen", slug="kerpen", official_key="05362032")


@pytest.fixture
def offers(kerpen):
    """Two offers: one with two places, two contact persons and weekly hours."""
    busy = OfferFactory(
        title_de="Sprachcafé", website="https://cafe.example/", available_by_phone=False
    )
    busy.languages.set([language("ar"), language("uk")])
    LocationFactory(offer=busy, municipality=kerpen, postcode="50170", name_ar="مقهى")
    LocationFactory(offer=busy, municipality=kerpen, postcode="50171", latitude=50.87)
    ContactPersonFactory(offer=busy, name="Rana Haddad").languages.set([language("ar")])
    ContactPersonFactory(offer=busy, name="Jan Weber", email="", phone="02237 12-3")
    OpeningSlotFactory(offer=busy, weekday=0)
    OpeningSlotFactory(offer=busy, weekday=1)
    OpeningSlotFactory(offer=busy, weekday=3, opens=datetime.time(14), closes=datetime.time(16))
    online = OfferFactory(title_de="Beratung am Telefon", available_by_phone=True)
    return busy, online


def rows_of(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def to_csv(rows: list[dict], delimiter=",", encoding="utf-8") -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, list(rows[0]), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def snapshot():
    return export(), Version.objects.count(), Location.objects.count()


class TestRoundTrip:
    @pytest.mark.parametrize("file_format", ["csv", "xlsx"])
    def test_export_then_import_changes_nothing(self, offers, file_format):
        before = snapshot()
        data = export(file_format)
        report = do_import(data, f"offers.{file_format}")
        assert report.ok, report.problems
        assert report.counts == {"new": 0, "update": 0, "skip": 2}
        assert snapshot() == before

    def test_columns_per_language_and_per_place_and_person(self, offers):
        headers = rows_of(export())[0].keys()
        for column in ("title_de", "title_en", "title_ar", "location2_latitude",
                       "contact2_phone", "opening_hours", "external_id"):  # fmt: skip
            assert column in headers
        busy = rows_of(export())[0]
        assert busy["opening_hours"] == "Mo–Di 09:00–12:00; Do 14:00–16:00"
        assert busy["languages"] == "ar, uk"


class TestUpdatesAndNewOffers:
    def test_rows_match_on_external_id_and_the_preview_names_each_change(self, offers):
        busy, _online = offers
        rows = rows_of(export())
        rows[0]["title_ar"] = "مقهى اللغة"
        rows[0]["location2_wheelchair"] = "teilweise"
        preview = do_import(to_csv(rows), dry_run=True)
        assert preview.ok and preview.counts == {"new": 0, "update": 1, "skip": 1}
        [change] = preview.changed_rows()
        assert change.row == 2 and change.kind == "update"
        assert ("location2_wheelchair", "unknown", "partly") in change.changes
        assert [c[0] for c in change.changes] == ["title_ar", "location2_wheelchair"]
        busy.refresh_from_db()
        assert busy.title_ar != "مقهى اللغة"  # a preview saves nothing

        assert not Version.objects.get_for_object(busy).exists()  # made around the write path
        assert do_import(to_csv(rows)).ok
        busy.refresh_from_db()
        assert busy.title_ar == "مقهى اللغة"
        assert busy.locations.last().wheelchair_access == "partly"
        # The offer as it was is kept first (the undo needs it), then the imported version.
        assert [v.revision.comment for v in Version.objects.get_for_object(busy)] == [
            "Imported from offers.csv, row 2.",
            "Before the import of offers.csv.",
        ]

    def test_an_imported_version_restores_like_any_other(self, offers):
        busy, _ = offers
        rows = rows_of(export())
        rows[0]["title_ar"] = "مستورد"
        assert do_import(to_csv(rows)).ok
        busy.refresh_from_db()
        busy.title_ar = "يدوي"
        busy.save()
        busy.locations.first().delete()
        Version.objects.get_for_object(busy).first().revision.revert(delete=True)
        busy.refresh_from_db()
        assert busy.title_ar == "مستورد" and busy.locations.count() == 2

    def test_a_row_without_external_id_is_a_new_draft(self, offers):
        rows = rows_of(export())
        new = dict.fromkeys(rows[0], "")
        new.update(provider=rows[0]["provider"], categories="sprachkurse, frauen",
                   title_de="Neuer Kurs", summary_de="Kurz gesagt.", cost="free",
                   available_online="ja", opening_hours="Mo-Fr 9-12")  # fmt: skip
        report = do_import(to_csv([*rows, new]))
        assert report.ok, report.problems
        offer = Offer.objects.get(title_de="Neuer Kurs")
        assert offer.status == "draft"
        assert offer.external_id
        assert sorted(c.slug for c in offer.categories.all()) == ["frauen", "sprachkurse"]
        assert offer.opening_slots.count() == 5

    def test_new_places_get_their_nearest_stops(self, offers, kerpen):
        Stop.objects.create(stop_id="1", name="Markt", latitude=50.9554, longitude=6.6398,
                            station="1")  # fmt: skip
        rows = rows_of(export())
        new = {**rows[0], "external_id": "", "title_de": "Zweiter Kurs"}
        assert do_import(to_csv([*rows, new])).ok
        place = Offer.objects.get(title_de="Zweiter Kurs").locations.first()
        assert [n.stop.name for n in place.nearest_stops.all()] == ["Markt"]

    def test_a_sheet_with_some_columns_changes_only_those(self, offers):
        busy, _ = offers
        data = to_csv([{"external_id": busy.external_id, "title_en": "Language café"}])
        report = do_import(data)
        assert report.ok, report.problems
        busy.refresh_from_db()
        assert busy.title_en == "Language café"
        assert busy.title_de == "Sprachcafé" and busy.locations.count() == 2

    def test_fewer_place_columns_remove_places_and_the_preview_says_so(self, offers):
        busy, _ = offers
        rows = rows_of(export())
        for row in rows:
            for column in [c for c in row if c.startswith("location2_")]:
                del row[column]
        preview = do_import(to_csv(rows), dry_run=True)
        [change] = preview.changed_rows()
        assert ("location2_postcode", "50171", "") in change.changes
        # Removing a place empties fields that have content: only with the editor's tick.
        [emptied] = preview.report["emptied"]
        assert emptied["row"] == 2 and "location2_street" in emptied["columns"]
        refused = do_import(to_csv(rows))
        assert not refused.ok and "empties fields" in refused.job.error
        assert busy.locations.count() == 2
        assert do_import(to_csv(rows), allow_emptying=True).ok
        assert busy.locations.count() == 1

    def test_semicolons_and_windows_1252_from_older_excel(self, offers):
        busy, _ = offers
        # Windows-1252 has no Arabic: such sheets carry the German columns only.
        rows = [{"external_id": busy.external_id, "title_de": "Sprachcafé für Frauen"}]
        data = to_csv(rows, delimiter=";", encoding="cp1252")
        assert do_import(data, encoding="windows-1252").ok
        busy.refresh_from_db()
        assert busy.title_de == "Sprachcafé für Frauen"

    def test_xlsx_numbers_and_dates_are_read_as_people_typed_them(self, offers):
        busy, _ = offers
        book = openpyxl.load_workbook(io.BytesIO(export("xlsx")))
        sheet = book.active
        headers = [cell.value for cell in sheet[1]]
        sheet.cell(2, headers.index("valid_until") + 1, datetime.datetime(2027, 3, 31))
        sheet.cell(2, headers.index("location1_postcode") + 1, 50170)
        sheet.cell(2, headers.index("location1_latitude") + 1, 50.9)
        buffer = io.BytesIO()
        book.save(buffer)
        assert do_import(buffer.getvalue(), "offers.xlsx").ok
        busy.refresh_from_db()
        assert busy.valid_until == datetime.date(2027, 3, 31)
        assert busy.locations.first().latitude == 50.9


class TestBadRows:
    def test_each_problem_has_row_column_and_reason_and_nothing_is_written(self, offers):
        rows = rows_of(export())
        rows[0]["categories"] = "sprachkurse, gibtsnicht"
        rows[0]["location1_latitude"] = "95.5"
        rows[1]["title_de"] = ""
        rows[1]["valid_until"] = "31.02.2027"
        rows.append({**rows[1], "external_id": rows[0]["external_id"]})
        before = snapshot()
        report = do_import(to_csv(rows))
        assert not report.ok
        found = {(p.row, p.column): p.reason for p in report.problems}
        assert "gibtsnicht" in found[(2, "categories")]
        assert "latitude" in found[(2, "location1_latitude")].lower()
        assert (3, "title_de") in found
        assert "31.02.2027" in found[(3, "valid_until")]
        assert "appears again" in found[(4, "external_id")]
        assert snapshot() == before

    def test_broken_encoding_names_its_row_and_column(self, offers):
        data = export().replace("Sprachcafé".encode(), "Sprachcaf\xe9".encode("latin-1"))
        report = do_import(data, encoding="utf-8")
        [problem] = report.problems
        assert (problem.row, problem.column) == (2, "title_de")
        assert "UTF-8" in problem.reason

    def test_unknown_columns_refuse_the_file(self, offers):
        rows = rows_of(export())
        rows[0]["titel_de"] = "Tippfehler"
        rows[1]["titel_de"] = ""
        report = do_import(to_csv(rows))
        assert [(p.row, p.reason[:22]) for p in report.problems] == [
            (None, "Unknown columns: titel")
        ]

    def test_an_unknown_category_is_named_with_its_row_column_and_value(self, offers):
        rows = rows_of(export())
        new = {**rows[0], "external_id": "", "title_de": "Neu", "categories": "unbekannt"}
        report = do_import(to_csv([*rows, new]))
        [problem] = report.problems
        assert (problem.row, problem.column, problem.value) == (4, "categories", "unbekannt")
        assert problem.reason.startswith("Unknown category: “unbekannt”.")

    def test_coordinates_in_another_town_are_refused(self, offers):
        rows = rows_of(export())
        rows[0]["location1_latitude"], rows[0]["location1_longitude"] = "50.9375", "6.9603"
        report = do_import(to_csv(rows))
        [problem] = report.problems
        assert (problem.row, problem.column) == (2, "location1_latitude")
        assert "km from the centre of Kerpen" in problem.reason

    def test_an_offer_needs_a_place_or_to_be_online(self, offers):
        rows = rows_of(export())
        for column in [c for c in rows[0] if c.startswith("location")]:
            rows[0][column] = ""
        report = do_import(to_csv(rows))
        assert [(p.row, p.column) for p in report.problems] == [(2, "location1_street")]

    def test_unreadable_files(self):
        with pytest.raises(SheetError, match="empty"):
            read_sheet("offers.csv", b"")
        with pytest.raises(SheetError, match="XLSX"):
            read_sheet("offers.xlsx", b"not a workbook")
        with pytest.raises(SheetError, match=r"\.csv or \.xlsx"):
            read_sheet("offers.pdf", b"%PDF")
        with pytest.raises(SheetError, match="appear twice"):
            read_sheet("offers.csv", b"title_de,title_de\nA,B\n")


class TestNoSilentLoss:
    """Issue 16: what an import used to lose or corrupt without a word."""

    @staticmethod
    def sheet_with(cells: dict[str, str]) -> bytes:
        book = openpyxl.load_workbook(io.BytesIO(export("xlsx")))
        sheet = book.active
        headers = [cell.value for cell in sheet[1]]
        for column, value in cells.items():
            sheet.cell(2, headers.index(column) + 1, value)
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()

    def test_a_pasted_link_formula_is_read_as_its_address(self, offers):
        busy, _ = offers
        data = self.sheet_with({"website": '=HYPERLINK("https://neu.example/kurs","Website")'})
        report = do_import(data, "offers.xlsx")
        assert report.ok, report.problems
        busy.refresh_from_db()
        assert busy.website == "https://neu.example/kurs"

    def test_a_formula_without_a_kept_value_is_named_not_read_as_empty(self, offers):
        busy, _ = offers
        data = self.sheet_with({"title_en": '=CONCAT("Language ","café")'})
        report = do_import(data, "offers.xlsx")
        [problem] = report.problems
        assert (problem.row, problem.column) == (2, "title_en")
        assert "formula" in problem.reason
        busy.refresh_from_db()
        assert busy.title_en  # untouched

    def test_a_formula_is_read_as_the_value_excel_kept_with_it(self, offers):
        busy, _ = offers
        data = self.sheet_with({"title_en": '=CONCAT("Language ","café")'})
        # What Excel writes: the formula and, beside it, the value it showed.
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = {name: archive.read(name) for name in archive.namelist()}
        sheet = parts["xl/worksheets/sheet1.xml"].decode()
        formula = "<f>CONCAT(&quot;Language &quot;,&quot;café&quot;)</f>"
        if formula not in sheet:
            formula = '<f>CONCAT("Language ","café")</f>'
        assert formula in sheet
        sheet = sheet.replace(formula + "<v></v>", formula + "<v>Language café</v>", 1)
        sheet = sheet.replace(formula + "<v />", formula + "<v>Language café</v>", 1)
        sheet = sheet.replace(formula + "</c>", formula + "<v>Language café</v></c>", 1)
        # A formula's text result is marked as such (t="str").
        sheet = re.sub(r'(<c r="[A-Z]+2")( t="\w+")?(>' + re.escape(formula) + ")",
                       r'\1 t="str"\3', sheet, count=1)  # fmt: skip
        parts["xl/worksheets/sheet1.xml"] = sheet.encode()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as out:
            for name, content in parts.items():
                out.writestr(name, content)
        report = do_import(buffer.getvalue(), "offers.xlsx")
        assert report.ok, report.problems
        busy.refresh_from_db()
        assert busy.title_en == "Language café"

    def test_emptying_a_text_is_a_warning_that_needs_a_tick(self, offers):
        busy, _ = offers
        busy.description_de = "Jeden Montag."
        busy.save()
        rows = rows_of(export())
        rows[0]["description_de"] = ""
        preview = do_import(to_csv(rows), dry_run=True)
        assert preview.ok and preview.report["emptied_count"] == 1
        assert preview.report["emptied"][0]["columns"] == ["description_de"]
        assert not do_import(to_csv(rows)).ok
        busy.refresh_from_db()
        assert busy.description_de == "Jeden Montag."
        assert do_import(to_csv(rows), allow_emptying=True).ok
        busy.refresh_from_db()
        assert busy.description_de == ""

    def test_importing_the_same_new_rows_again_updates_instead_of_adding(self, offers):
        rows = rows_of(export())
        new = {**rows[0], "external_id": "", "title_de": "Neuer Kurs"}
        first = do_import(to_csv([new]))
        assert first.ok and first.counts["new"] == 1
        again = do_import(to_csv([new]))
        assert again.ok and again.counts == {"new": 0, "update": 0, "skip": 1}
        assert Offer.objects.filter(title_de="Neuer Kurs").count() == 1
        # The id the preview showed is the one saved, and the file to keep carries it.
        [shown] = first.job.parent.report["changes"]
        saved = Offer.objects.get(title_de="Neuer Kurs").external_id
        assert shown["external_id"] == saved
        kept = first.job.parent.files.get(role="imported")
        assert rows_of(bytes(kept.data))[0]["external_id"] == saved

    def test_a_utf8_file_read_as_windows_1252_is_refused(self, offers):
        busy, _ = offers
        data = "\ufeff".encode() + to_csv(
            [{"external_id": busy.external_id, "title_de": "Sprachcafé für Frauen"}]
        )
        report = do_import(data, encoding="windows-1252")
        assert not report.ok and "UTF-8" in report.problems[0].reason
        without_mark = data.removeprefix("\ufeff".encode())
        report = do_import(without_mark, encoding="windows-1252")
        assert not report.ok and "Ã¼" in report.problems[0].reason
        busy.refresh_from_db()
        assert busy.title_de == "Sprachcafé"
        # Recognised by itself, both read right.
        assert do_import(without_mark).ok
        busy.refresh_from_db()
        assert busy.title_de == "Sprachcafé für Frauen"

    def test_a_workbook_that_would_unpack_to_gigabytes_is_refused(self, settings):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * 50_000_000 + b">")
        with pytest.raises(SheetError, match="unpack"):
            read_sheet("bomb.xlsx", buffer.getvalue())

    def test_too_many_rows_are_refused_with_the_limit(self, settings, offers):
        settings.IMPORT_MAX_ROWS = 1
        report = do_import(export())
        assert not report.ok
        assert "more than 1 rows" in report.problems[0].reason


class TestJobsEndCleanly:
    def test_a_cancelled_import_takes_back_what_it_wrote(self, offers, monkeypatch):
        rows = rows_of(export())
        new = [{**rows[0], "external_id": "", "title_de": f"Neu {n}"} for n in range(5)]
        monkeypatch.setattr(importing, "CHUNK", 2)
        written = []
        real = importing._write_chunk

        def write_then_cancel(job, sheet_rows, chunk):
            real(job, sheet_rows, chunk)
            written.append(len(chunk))
            if len(written) == 2:  # the editor presses "Cancel" while the third chunk waits
                Job.objects.filter(pk=job.pk).update(cancel_requested=True)
                jobs.WRITE_EVERY = 0  # the next progress report looks at once

        monkeypatch.setattr(importing, "_write_chunk", write_then_cancel)
        monkeypatch.setattr(jobs, "WRITE_EVERY", 0.5)
        result = do_import(to_csv([*rows, *new]))
        assert result.job.status == JobStatus.CANCELLED
        assert written == [2, 2] and result.report["taken_back"] == 4
        assert not Offer.objects.filter(title_de__startswith="Neu").exists()
        # Recoverable all the same: the taken-back offers have a last version.
        assert Version.objects.get_deleted(Offer).count() == 4

    def test_a_failing_import_takes_back_what_it_wrote(self, offers, monkeypatch):
        busy, _ = offers
        rows = rows_of(export())
        rows[0]["title_en"] = "Changed first"
        new = {**rows[0], "external_id": "", "title_de": "Neu"}
        monkeypatch.setattr(importing, "CHUNK", 1)
        real = importing._write_chunk

        def fail_on_the_third(job, sheet_rows, chunk):
            if chunk[0][0].row == 4:
                raise RuntimeError("disk full")
            real(job, sheet_rows, chunk)

        monkeypatch.setattr(importing, "_write_chunk", fail_on_the_third)
        result = do_import(to_csv([*rows, new]))
        assert result.job.status == JobStatus.FAILED and "taken back" in result.job.error
        busy.refresh_from_db()
        assert busy.title_en != "Changed first"
        assert not Offer.objects.filter(title_de="Neu").exists()


class TestValues:
    @pytest.mark.parametrize(
        ("text", "slots"),
        [
            ("Mo 09:00–12:00", [(0, "09:00", "12:00")]),
            ("Mo-Mi 9-12, 14.30-16", [(d, s, e) for d in (0, 1, 2)
                                      for s, e in (("09:00", "12:00"), ("14:30", "16:00"))]),
            ("Tu 10-11; Sa 10:00 - 12:00", [(1, "10:00", "11:00"), (5, "10:00", "12:00")]),
            ("", []),
        ],
    )  # fmt: skip
    def test_opening_hours_are_read_leniently(self, text, slots):
        read = [(d, f"{o:%H:%M}", f"{c:%H:%M}") for d, o, c in values.read_hours(text)]
        assert sorted(read) == sorted(slots)

    @pytest.mark.parametrize("text", ["Montag 9-12", "Mo", "Mo 25-26", "Fr-Mo 9-12", "Mo 9"])
    def test_unreadable_opening_hours_say_how_to_write_them(self, text):
        with pytest.raises(ValueError, match=r"Mo|time|period"):
            values.read_hours(text)

    def test_booleans_dates_and_numbers_in_german_and_english(self):
        assert values.read_bool("Ja") and not values.read_bool("nein") and values.read_bool("x")
        assert values.read_date("31.03.2027") == values.read_date("2027-03-31")
        assert values.read_number("50,9553") == 50.9553
        assert values.postcode(1067) == "01067"
        with pytest.raises(ValueError):
            values.read_bool("vielleicht")
        with pytest.raises(ValueError):
            values.read_number("nan")
