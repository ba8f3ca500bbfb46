"""What an import found, in the editors' terms: sheet rows (the header is row 1), columns,
reasons, and per row what would change."""

from dataclasses import dataclass

from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from import_export.results import RowResult


@dataclass(frozen=True)
class Problem:
    row: int | None  # sheet row, the header being row 1; None for the whole file
    column: str
    reason: str

    @property
    def where(self) -> str:
        if self.row is None:
            return _("File")
        if self.column:
            return _("Row %(row)s, column %(column)s") % {"row": self.row, "column": self.column}
        return _("Row %(row)s") % {"row": self.row}


@dataclass(frozen=True)
class RowChange:
    row: int
    kind: str  # "new" or "update"
    label: str
    changes: list[tuple[str, str, str]]  # column, before, after


class ImportReport:
    def __init__(self, result):
        self.result = result
        self.problems = self._problems()
        self.ok = not self.problems

    def _problems(self) -> list[Problem]:
        problems = [Problem(None, "", str(error.error)) for error in self.result.base_errors]
        for invalid in self.result.invalid_rows:
            for column, messages in invalid.error_dict.items():
                column = "" if column == NON_FIELD_ERRORS else column
                problems.extend(Problem(invalid.number + 1, column, m) for m in messages)
        for number, errors in self.result.row_errors():
            problems.extend(
                Problem(number + 1, "", _("Could not be saved: %(error)s") % {"error": e.error})
                for e in errors
            )
        return sorted(problems, key=lambda p: (p.row or 0, p.column))

    @property
    def counts(self) -> dict[str, int]:
        totals = self.result.totals
        return {
            "new": totals[RowResult.IMPORT_TYPE_NEW],
            "update": totals[RowResult.IMPORT_TYPE_UPDATE],
            "skip": totals[RowResult.IMPORT_TYPE_SKIP],
        }

    @property
    def summary(self) -> str:
        counts = self.counts

        def count(singular, plural, key):
            n = counts[key]
            return ngettext(singular, plural, n) % {"n": number_format(n, force_grouping=True)}

        return ", ".join(
            (
                count("%(n)s new offer", "%(n)s new offers", "new"),
                count("%(n)s changed", "%(n)s changed", "update"),
                count("%(n)s unchanged", "%(n)s unchanged", "skip"),
            )
        )

    def changed_rows(self, limit: int | None = None) -> list[RowChange]:
        rows = []
        for row_result in self.result.rows:
            if row_result.import_type not in (
                RowResult.IMPORT_TYPE_NEW,
                RowResult.IMPORT_TYPE_UPDATE,
            ):
                continue
            rows.append(
                RowChange(
                    row=getattr(row_result, "sheet_row", 0),
                    kind=row_result.import_type,
                    label=row_result.object_repr or "",
                    changes=getattr(row_result, "changes", []),
                )
            )
            if limit and len(rows) >= limit:
                break
        return rows
