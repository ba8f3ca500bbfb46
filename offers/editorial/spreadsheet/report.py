"""What an import found and did, as the JSON a job keeps (`Job.report`), and read back in the
editors' terms: sheet rows (the header is row 1), columns, values, reasons, and per row what
changes. Numbers are kept as numbers, so that a page says them in its reader's language."""

from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# How much of a large file the report keeps to show (the counts are always complete).
SHOWN_CHANGES = 300
SHOWN_PROBLEMS = 500


def whole_file(name: str, problems: list[str]) -> dict:
    """A report for a file that could not be read at all."""
    return {
        "file": name,
        "ok": False,
        "counts": {},
        "problems": [{"row": None, "column": "", "value": "", "reason": str(p)} for p in problems],
        "problem_count": len(problems),
        "changes": [],
        "emptied": [],
        "emptied_count": 0,
        "versions": {},
    }


def from_outcomes(name: str, outcomes) -> dict:
    counts = {"new": 0, "update": 0, "skip": 0, "invalid": 0}
    problems, changes, emptied, versions = [], [], [], {}
    problem_count = emptied_count = 0
    for outcome in outcomes:
        counts[outcome.kind] += 1
        problem_count += len(outcome.problems)
        for problem in outcome.problems:
            if len(problems) < SHOWN_PROBLEMS:
                problems.append(problem.as_dict())
        if outcome.seen_version is not None:
            versions[outcome.external_id] = outcome.seen_version
        if outcome.kind in ("new", "update") and len(changes) < SHOWN_CHANGES:
            changes.append(
                {
                    "row": outcome.row,
                    "kind": outcome.kind,
                    "label": outcome.label,
                    "external_id": outcome.external_id,
                    "changes": [list(change) for change in outcome.changes],
                }
            )
        if outcome.emptied:
            emptied_count += len(outcome.emptied)
            if len(emptied) < SHOWN_CHANGES:
                emptied.append(
                    {"row": outcome.row, "label": outcome.label, "columns": outcome.emptied}
                )
    problems.sort(key=lambda p: (p["row"] or 0, p["column"]))
    return {
        "file": name,
        "ok": problem_count == 0,
        "counts": counts,
        "problems": problems,
        "problem_count": problem_count,
        "changes": changes,
        "emptied": emptied,
        "emptied_count": emptied_count,
        "versions": versions,
    }


@dataclass(frozen=True)
class Problem:
    row: int | None
    column: str
    value: str
    reason: str

    @property
    def where(self) -> str:
        if self.row is None:
            return _("File")
        if self.column:
            return _("Row %(row)s, column %(column)s") % {"row": self.row, "column": self.column}
        return _("Row %(row)s") % {"row": self.row}


def problems(report: dict) -> list[Problem]:
    return [Problem(**problem) for problem in report.get("problems", [])]


def summary(report: dict) -> str:
    """ "12 new offers, 3 changed, 1,985 unchanged" in the reader's language. (Each ngettext
    call names its strings itself: makemessages finds only literal arguments, and an English
    summary in the German back office was how a helper that passed them on went unnoticed.)"""
    counts = report.get("counts") or {}
    new, changed, same = (counts.get(key, 0) for key in ("new", "update", "skip"))

    def shown(n):
        return {"n": number_format(n, force_grouping=True)}

    return ", ".join(
        (
            ngettext("%(n)s new offer", "%(n)s new offers", new) % shown(new),
            ngettext("%(n)s changed", "%(n)s changed", changed) % shown(changed),
            ngettext("%(n)s unchanged", "%(n)s unchanged", same) % shown(same),
        )
    )
