"""Spreadsheets must never run a cell as a formula (OWASP "CSV injection"): a text that
starts like a formula is written with a leading apostrophe, and our own import takes the
apostrophe off again, so that an export edited and imported again keeps its texts.

Phone numbers (+49 2271 83-0) and negative numbers stay as they are."""

import re

from import_export.formats import base_formats

FORMULA_START = ("=", "@", "\t", "\r")
NOT_A_NUMBER = re.compile(r"[^\d\s()./+-]")


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


def neutralised(dataset):
    copy = dataset.__class__(headers=dataset.headers, title=dataset.title)
    for row in dataset:
        copy.append([neutralise(cell) for cell in row])
    return copy


class SafeCSV(base_formats.CSV):
    def export_data(self, dataset, **kwargs):
        return super().export_data(neutralised(dataset), **kwargs)


class SafeXLSX(base_formats.XLSX):
    def export_data(self, dataset, **kwargs):
        return super().export_data(neutralised(dataset), **kwargs)
