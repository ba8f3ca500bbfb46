"""Reading an uploaded sheet into a tablib Dataset, and writing the import template.

CSV is decoded line by line, so that a line in another encoding is reported with its row
and column instead of failing the whole file; the delimiter (comma, semicolon as German
Excel writes, or tab) is taken from the header line. XLSX is read with openpyxl (first
sheet, values not formulas).
"""

import codecs
import csv
import io

import openpyxl
import tablib
from django.utils.translation import gettext as _

from offers.editorial.spreadsheet import layout
from offers.external.spreadsheets import restore
from offers.models import Category, Language, Municipality, Provider, TargetGroup

# Rows whose text could not be decoded name the affected columns here (not a sheet column).
UNDECODABLE = "_undecodable"
ENCODINGS = {"utf-8": "utf-8", "windows-1252": "cp1252"}
MAX_ROWS = 50_000


class SheetError(Exception):
    """The file cannot be read as a sheet at all."""


def read_sheet(name: str, data: bytes, encoding: str = "utf-8") -> tablib.Dataset:
    if name.lower().endswith(".xlsx"):
        return _read_xlsx(data)
    if name.lower().endswith((".csv", ".txt")):
        return _read_csv(data, ENCODINGS.get(encoding, "utf-8"))
    raise SheetError(_("Upload a .csv or .xlsx file."))


def _read_csv(data: bytes, encoding: str) -> tablib.Dataset:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    lines, bad_lines = [], set()
    for number, raw in enumerate(data.splitlines(keepends=True), start=1):
        try:
            lines.append(raw.decode(encoding))
        except UnicodeDecodeError:
            lines.append(raw.decode(encoding, errors="replace"))
            bad_lines.add(number)
    if not lines or not lines[0].strip():
        raise SheetError(_("The file is empty: the first line must name the columns."))
    header_line = lines[0]
    delimiter = max((";", ",", "\t"), key=header_line.count)
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        headers = [column.strip() for column in next(reader)]
        rows = []
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            undecodable = (
                [
                    headers[i] if i < len(headers) else f"#{i + 1}"
                    for i, cell in enumerate(row)
                    if "\ufffd" in cell
                ]
                if reader.line_num in bad_lines
                else []
            )
            rows.append((row, undecodable))
    except csv.Error as error:
        raise SheetError(
            _("Line %(line)s cannot be read as CSV: %(error)s.")
            % {"line": reader.line_num, "error": error}
        ) from error
    return _dataset(headers, rows)


def _read_xlsx(data: bytes) -> tablib.Dataset:
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise SheetError(_("The file is not a readable XLSX workbook.")) from error
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None)
    if not header or not any(header):
        raise SheetError(_("The first sheet is empty: its first row must name the columns."))
    headers = [str(cell).strip() if cell is not None else "" for cell in header]
    body = [(list(row), []) for row in rows if any(cell not in (None, "") for cell in row)]
    book.close()
    return _dataset(headers, body)


def _dataset(headers: list[str], rows) -> tablib.Dataset:
    if len(set(headers)) != len(headers):
        repeated = sorted({h for h in headers if headers.count(h) > 1})
        raise SheetError(
            _("These columns appear twice: %(columns)s.") % {"columns": ", ".join(repeated)}
        )
    if len(rows) > MAX_ROWS:
        raise SheetError(
            _("The file has %(rows)s rows; import at most %(max)s at a time.")
            % {"rows": len(rows), "max": MAX_ROWS}
        )
    dataset = tablib.Dataset(headers=[*headers, UNDECODABLE])
    width = len(headers)
    for row, undecodable in rows:
        if len(row) > width and any(str(cell).strip() for cell in row[width:] if cell is not None):
            undecodable = [*undecodable, _("(cells beyond the last named column)")]
        cells = [*(restore(cell) for cell in row[:width]), *[""] * (width - len(row))]
        dataset.append([*cells, ", ".join(undecodable)])
    return dataset


def template_workbook() -> bytes:
    """An XLSX to fill in: the columns (one place, one contact), an example row, and a
    second sheet with the codes the coded columns accept."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "offers"
    columns = layout.all_columns(1, 1)
    sheet.append(columns)
    example = {
        "status": "draft",
        "provider": Provider.objects.values_list("slug", flat=True).first() or "",
        "categories": "sprachkurse",
        "target_groups": "alle",
        "languages": "de, ar",
        "title_de": "Deutschkurs am Abend",
        "summary_de": "Deutsch lernen nach der Arbeit, zweimal pro Woche.",
        "cost": "free",
        "registration_required": "yes",
        "by_appointment_only": "no",
        "opening_hours": "Di 17:30–19:00; Do 17:30–19:00",
        "available_online": "no",
        "available_by_phone": "no",
        "location1_street": "Hauptstraße 1",
        "location1_postcode": "50126",
        "location1_municipality": "Bergheim",
        "location1_latitude": "50.9553",
        "location1_longitude": "6.6397",
        "location1_wheelchair": "yes",
        "contact1_name": "Vorname Nachname",
        "contact1_phone": "02271 83-0",
        "contact1_languages": "de, en",
    }
    sheet.append([example.get(column, "") for column in columns])
    codes = book.create_sheet("codes")
    codes.append(["column", "code", "meaning"])
    for category in Category.objects.subcategories().order_by("sort_order"):
        codes.append(["categories", category.slug, category.name_de])
    for group in TargetGroup.objects.all():
        codes.append(["target_groups", group.slug, group.name_de])
    for language in Language.objects.all():
        codes.append(["languages", language.code, language.name_de or language.code])
    for town in Municipality.objects.all():
        codes.append(["location1_municipality", town.name, town.official_key])
    for value in ("draft", "published", "archived"):
        codes.append(["status", value, ""])
    for value in ("free", "reduced", "fee"):
        codes.append(["cost", value, ""])
    for value in ("yes", "partly", "no", "unknown"):
        codes.append(["location1_wheelchair", value, ""])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
