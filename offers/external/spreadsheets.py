"""Writing spreadsheets (XLSX and CSV) that never run a cell as a formula (OWASP "CSV
injection"): a text that starts like a formula is written with a leading apostrophe, and our
own import takes the apostrophe off again, so that an export edited and imported again keeps
its texts. Phone numbers (+49 2271 83-0) and negative numbers stay as they are.

XLSX is written row by row (openpyxl's write-only mode), so that 200,000 offers need no more
memory than their cells."""

import codecs
import csv
import io
import re

import openpyxl

FORMULA_START = ("=", "@", "\t", "\r")
NOT_A_NUMBER = re.compile(r"[^\d\s()./+-]")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_TYPE = "text/csv; charset=utf-8"


def is_risky(value: str) -> bool:
    return value.startswith(FORMULA_START) or (
        value.startswith(("+", "-")) and bool(NOT_A_NUMBER.search(value))
    )


def neutralise(value):
    if isinstance(value, str) and is_risky(value):
        return "'" + value
    return value


def restore(value):
    """The reverse of `neutralise`, for cells read from an imported file."""
    if isinstance(value, str) and value.startswith("'") and is_risky(value[1:]):
        return value[1:]
    return value


def write_xlsx(headers, rows, *, title: str = "offers") -> bytes:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    sheet.append(list(headers))
    for row in rows:
        sheet.append([neutralise(cell) for cell in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_csv(headers, rows) -> bytes:
    """UTF-8 with its mark, which Excel needs to read the letters right."""
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(list(headers))
    for row in rows:
        writer.writerow(["" if cell is None else neutralise(cell) for cell in row])
    return codecs.BOM_UTF8 + text.getvalue().encode("utf-8")


def write(file_format: str, headers, rows) -> tuple[bytes, str]:
    """(content, content type) of a sheet in `file_format`: "xlsx" or "csv"."""
    if file_format == "xlsx":
        return write_xlsx(headers, rows), XLSX_TYPE
    return write_csv(headers, rows), CSV_TYPE
