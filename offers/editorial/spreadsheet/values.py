"""Cell values: how they are written on export and read (leniently, with clear reasons) on
import. Reading then writing a value gives the exported text, so an unchanged sheet shows
no changes."""

import datetime
import math
import re
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

TRUE_WORDS = {"yes", "ja", "y", "j", "true", "wahr", "1", "x"}
FALSE_WORDS = {"no", "nein", "n", "false", "falsch", "0", ""}
LIST_SEPARATORS = re.compile(r"\s*[,;|]\s*")
DAY_CODES = {
    # German and English abbreviations; Monday is 0 as in date.weekday().
    "mo": 0, "di": 1, "tu": 1, "mi": 2, "we": 2, "do": 3, "th": 3,
    "fr": 4, "sa": 5, "so": 6, "su": 6,
}  # fmt: skip
DAY_NAMES = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
TIME = r"(\d{1,2})(?:[:.](\d{2}))?"
PERIOD = re.compile(rf"^{TIME}\s*[-–]\s*{TIME}$")
DAYS = re.compile(r"^([A-Za-z]{2})\.?(?:\s*[-–]\s*([A-Za-z]{2})\.?)?$")


def text(value) -> str:
    """Any cell as trimmed text (numbers from XLSX without a trailing .0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def postcode(value) -> str:
    """A postcode; a spreadsheet may have turned "01067" into the number 1067."""
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < 100_000:
        return f"{int(value):05d}"
    return text(value)


def write_bool(value: bool) -> str:
    return "yes" if value else "no"


def read_bool(value) -> bool:
    word = text(value).lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(_("Write “yes” or “no”, not “%(value)s”.") % {"value": text(value)})


def write_date(value: datetime.date | None) -> str:
    return value.isoformat() if value else ""


def read_date(value) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    raw = text(value)
    if not raw:
        return None
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"):
        try:
            return datetime.datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    raise ValueError(
        _("“%(value)s” is not a date: write 2027-03-31 or 31.03.2027.") % {"value": raw}
    )


def write_number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.6f}".rstrip("0").rstrip(".")


def read_number(value) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        raw = text(value).replace(",", ".")
        if not raw:
            return None
        try:
            number = float(Decimal(raw))
        except InvalidOperation:
            raise ValueError(_("“%(value)s” is not a number.") % {"value": text(value)}) from None
    if not math.isfinite(number):
        raise ValueError(_("“%(value)s” is not a number.") % {"value": text(value)})
    return number


def write_list(values) -> str:
    return ", ".join(values)


def read_list(value) -> list[str]:
    raw = text(value)
    return [part for part in LIST_SEPARATORS.split(raw) if part] if raw else []


def write_hours(slots) -> str:
    """Weekly slots as "Mo–Fr 09:00–12:00; Mi 14:00–16:00": days with the same times in a
    row are joined into a range."""
    by_day: dict[int, list[str]] = {}
    for slot in sorted(slots, key=lambda s: (s.weekday, s.opens)):
        by_day.setdefault(slot.weekday, []).append(f"{slot.opens:%H:%M}–{slot.closes:%H:%M}")
    parts, days = [], sorted(by_day)
    index = 0
    while index < len(days):
        end = index
        while (
            end + 1 < len(days)
            and days[end + 1] == days[end] + 1
            and by_day[days[end + 1]] == by_day[days[index]]
        ):
            end += 1
        first, last = DAY_NAMES[days[index]], DAY_NAMES[days[end]]
        label = first if index == end else f"{first}–{last}"
        parts.append(f"{label} {', '.join(by_day[days[index]])}")
        index = end + 1
    return "; ".join(parts)


def _time(hours: str, minutes: str | None, raw: str) -> datetime.time:
    try:
        return datetime.time(int(hours), int(minutes or 0))
    except ValueError:
        raise ValueError(_("“%(value)s” is not a time of day.") % {"value": raw}) from None


def read_hours(value) -> list[tuple[int, datetime.time, datetime.time]]:
    """ "Mo–Fr 9–12, 14:00–16:00; Sa 10.00-12.00" -> (weekday, opens, closes) tuples."""
    raw = text(value)
    slots = []
    for part in filter(None, (p.strip() for p in raw.split(";"))):
        head, _space, periods = part.partition(" ")
        days = DAYS.match(head)
        first = days and DAY_CODES.get(days.group(1).lower())
        last = days and DAY_CODES.get((days.group(2) or days.group(1)).lower())
        if first is None or last is None or last < first or not periods.strip():
            raise ValueError(
                _("Cannot read “%(part)s”: write e.g. “Mo–Fr 09:00–12:00; Sa 10:00–12:00”.")
                % {"part": part}
            )
        for period in (p.strip() for p in periods.split(",")):
            times = PERIOD.match(period)
            if not times:
                raise ValueError(
                    _("“%(period)s” is not a period such as 09:00–12:00.") % {"period": period}
                )
            opens = _time(times.group(1), times.group(2), period)
            closes = _time(times.group(3), times.group(4), period)
            slots.extend((day, opens, closes) for day in range(first, last + 1))
    return slots
