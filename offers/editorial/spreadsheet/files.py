"""Reading an uploaded sheet into a tablib Dataset, writing it back with the ids the import
gave its new rows, and writing the import template.

CSV: the encoding is recognised (a UTF-8 mark, or text that is valid UTF-8) or taken as
chosen, and a file that does not fit the chosen encoding is refused before anything is read
(Windows-1252 chosen for a UTF-8 file would turn every ü into Ã¼). A line in another
encoding is reported with its row and column; the delimiter (comma, semicolon as German
Excel writes, or tab) is taken from the header line.

XLSX: read with openpyxl (first sheet) after a look into the archive, so that a file that
would unpack to gigabytes (a "zip bomb") is refused. A formula is read as the link of a
HYPERLINK() (for address columns) or its shown text, else as the value Excel kept with it;
a formula without one is named as a problem of its cell, never read as empty.
"""

import codecs
import csv
import io
import re
import zipfile

import openpyxl
import tablib
from django.conf import settings
from django.utils.translation import gettext as _

from offers.editorial.spreadsheet import layout
from offers.external import spreadsheets
from offers.external.spreadsheets import restore
from offers.models import Category, Language, Municipality, Provider, TargetGroup

# Rows whose text could not be decoded, or that hold formulas without a value, name the
# affected columns here (not sheet columns).
UNDECODABLE = "_undecodable"
FORMULAS = "_formulas"
ROW = "_row"  # the row's number in the sheet, the header being row 1
ENCODINGS = {"auto": "", "utf-8": "utf-8", "windows-1252": "cp1252"}
# Columns whose HYPERLINK() formulas are read as the link rather than the text shown.
ADDRESS_COLUMNS = re.compile(r"^(website|contact\d+_email)$")
HYPERLINK = re.compile(
    r'^=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)\s*$', re.I
)


class SheetError(Exception):
    """The file cannot be read as a sheet at all."""


def max_rows() -> int:
    return settings.IMPORT_MAX_ROWS


def read_sheet(name: str, data: bytes, encoding: str = "auto") -> tablib.Dataset:
    if name.lower().endswith(".xlsx"):
        return _read_xlsx(data)
    if name.lower().endswith((".csv", ".txt")):
        return _read_csv(data, encoding)
    raise SheetError(_("Upload a .csv or .xlsx file."))


def csv_encoding(data: bytes, chosen: str) -> str:
    """The codec to read a CSV file with: the chosen one, or the one recognised; SheetError
    if the file cannot be in the chosen encoding."""
    marked = data.startswith(codecs.BOM_UTF8)
    try:
        data.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    if chosen == "windows-1252":
        if marked:
            raise SheetError(
                _(
                    "The file starts with the mark of a UTF-8 file, but Windows-1252 was "
                    "chosen: choose UTF-8 (or “recognise automatically”) and upload it again."
                )
            )
        if utf8 and not data.isascii():
            raise SheetError(
                _(
                    "The file is written in UTF-8, but Windows-1252 was chosen: its letters "
                    "would be read wrongly (ü as Ã¼). Choose UTF-8 (or “recognise "
                    "automatically”) and upload it again."
                )
            )
        return "cp1252"
    if chosen == "utf-8" or marked or utf8:
        return "utf-8"
    return "cp1252"


def _read_csv(data: bytes, chosen: str) -> tablib.Dataset:
    encoding = csv_encoding(data, chosen)
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
        for number, row in enumerate(reader, start=2):
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
            rows.append((number, row, undecodable, []))
            _check_size(len(rows))
    except csv.Error as error:
        raise SheetError(
            _("Line %(line)s cannot be read as CSV: %(error)s.")
            % {"line": reader.line_num, "error": error}
        ) from error
    return _dataset(headers, rows)


def _check_size(rows: int) -> None:
    if rows > max_rows():
        raise SheetError(
            _("The file has more than %(max)s rows; import at most %(max)s at a time.")
            % {"max": f"{max_rows():,}"}
        )


def _check_archive(data: bytes) -> None:
    """Refuse an XLSX whose parts would unpack to more than XLSX_MAX_UNPACKED bytes, or that
    is packed far more tightly than any sheet."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise SheetError(_("The file is not a readable XLSX workbook.")) from error
    unpacked = sum(member.file_size for member in members)
    # Sheets compress about tenfold; a bomb compresses a thousandfold.
    packed_tightly = any(
        member.file_size > 2**20 and member.file_size > 100 * max(member.compress_size, 1)
        for member in members
    )
    if unpacked > settings.XLSX_MAX_UNPACKED or packed_tightly:
        raise SheetError(
            _(
                "The workbook would unpack to %(size)s MB, more than the %(max)s MB a sheet "
                "may have: split it, or save it as CSV."
            )
            % {"size": unpacked // 2**20, "max": settings.XLSX_MAX_UNPACKED // 2**20}
        )


def _formula_value(formula: str, column: str):
    """(value, True) for a formula we can read without Excel, else (None, False)."""
    link = HYPERLINK.match(formula)
    if link:
        target, shown = (part.replace('""', '"') if part else part for part in link.groups())
        if ADDRESS_COLUMNS.match(column):
            return target.removeprefix("mailto:"), True
        return (shown or target), True
    return None, False


def _read_xlsx(data: bytes) -> tablib.Dataset:
    _check_archive(data)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise SheetError(_("The file is not a readable XLSX workbook.")) from error
    body, pending = [], {}  # pending: sheet row -> [(body index, cell index)] to read again
    try:
        rows = book.worksheets[0].iter_rows()
        header = next(rows, None)
        if not header or not any(cell.value is not None for cell in header):
            raise SheetError(_("The first sheet is empty: its first row must name the columns."))
        headers = [str(cell.value).strip() if cell.value is not None else "" for cell in header]
        for sheet_row, cells in enumerate(rows, start=2):
            row, unread = [], []
            for index, cell in enumerate(cells):
                value = cell.value
                if cell.data_type == "f" and isinstance(value, str):
                    column = headers[index] if index < len(headers) else ""
                    value, readable = _formula_value(value, column)
                    if not readable:
                        unread.append(index)
                row.append(value)
            if unread or any(value not in (None, "") for value in row):
                if unread:
                    pending[sheet_row] = [(len(body), index) for index in unread]
                body.append((sheet_row, row, [], []))
                _check_size(len(body))
    except SheetError:
        raise
    except Exception as error:
        raise SheetError(_("The file is not a readable XLSX workbook.")) from error
    finally:
        book.close()
    if pending:
        try:
            _kept_formula_values(data, body, pending, headers)
        except Exception as error:  # as above: openpyxl raises many kinds
            raise SheetError(_("The file is not a readable XLSX workbook.")) from error
    return _dataset(headers, body)


def _kept_formula_values(data: bytes, body, pending, headers) -> None:
    """Fill formula cells with the value Excel saved beside each formula; a formula without
    one (a file written by a program that does not compute) is named as a problem."""
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        for sheet_row, cells in enumerate(
            book.worksheets[0].iter_rows(min_row=2, values_only=True), start=2
        ):
            for body_index, cell_index in pending.get(sheet_row, ()):
                value = cells[cell_index] if cell_index < len(cells) else None
                _row_number, row, _undecodable, formulas = body[body_index]
                row[cell_index] = value
                if value in (None, ""):
                    column = headers[cell_index] if cell_index < len(headers) else ""
                    formulas.append(column or f"#{cell_index + 1}")
    finally:
        book.close()


def _dataset(headers: list[str], rows) -> tablib.Dataset:
    """`rows`: (sheet row number, cells, undecodable columns, formula columns)."""
    if len(set(headers)) != len(headers):
        repeated = sorted({h for h in headers if headers.count(h) > 1})
        raise SheetError(
            _("These columns appear twice: %(columns)s.") % {"columns": ", ".join(repeated)}
        )
    dataset = tablib.Dataset(headers=[*headers, ROW, UNDECODABLE, FORMULAS])
    width = len(headers)
    for number, row, undecodable, formulas in rows:
        if len(row) > width and any(str(cell).strip() for cell in row[width:] if cell is not None):
            undecodable = [*undecodable, _("(cells beyond the last named column)")]
        cells = [*(restore(cell) for cell in row[:width]), *[""] * (width - len(row))]
        dataset.append([*cells, number, ", ".join(undecodable), ", ".join(formulas)])
    return dataset


def write_with_ids(name: str, dataset: tablib.Dataset, ids: list[str]) -> tuple[bytes, str]:
    """The sheet as read, with `external_id` filled in for every row, in the file's format
    (content, content type): imported again, it updates the offers the first import made."""
    headers = [h for h in dataset.headers if not h.startswith("_")]
    positions = [dataset.headers.index(h) for h in headers]
    id_at = headers.index("external_id")
    rows = []
    for cells, eid in zip(dataset, ids, strict=True):
        row = [cells[p] for p in positions]
        row[id_at] = eid
        rows.append(row)
    return spreadsheets.write("xlsx" if name.lower().endswith(".xlsx") else "csv", headers, rows)


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
