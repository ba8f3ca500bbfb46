"""The way there told as text in the reader's language: each engine manoeuvre and each bus or
train ride becomes a sentence from our own translated templates (engines' instruction texts
exist in few of our languages and are never shown). Street and stop names stay as on the sign
and are isolated for right-to-left pages (<bdi>)."""

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from .engines import journey as j


@dataclass(frozen=True)
class Line:
    """One line of the step list: what to do, and how far or how long (may be empty)."""

    text: SafeString
    detail: str = ""
    icon: str = ""


def sign(name: str) -> SafeString:
    """A name as written on the sign: never translated, isolated in any direction."""
    return format_html('<bdi translate="no">{}</bdi>', name)


def clock(moment) -> str:
    if moment is None:
        return ""
    return moment.astimezone(ZoneInfo(settings.TIME_ZONE)).strftime("%H:%M")


def distance(metres: int) -> str:
    if metres >= 1000:
        return _("%(km)s km") % {"km": f"{metres / 1000:.1f}".rstrip("0").rstrip(".")}
    return _("%(metres)s m") % {"metres": max(10, round(metres / 10) * 10)}


def minutes(seconds: int) -> str:
    count = max(1, round(seconds / 60))
    return ngettext("%(count)s minute", "%(count)s minutes", count) % {"count": count}


# kind → (with a street, without one)
TURNS = {
    j.DEPART: (lambda: _("Start on %(street)s"), lambda: _("Start")),
    j.CONTINUE: (lambda: _("Continue on %(street)s"), lambda: _("Continue straight ahead")),
    j.RIGHT: (lambda: _("Turn right onto %(street)s"), lambda: _("Turn right")),
    j.LEFT: (lambda: _("Turn left onto %(street)s"), lambda: _("Turn left")),
    j.SLIGHT_RIGHT: (lambda: _("Bear right onto %(street)s"), lambda: _("Bear right")),
    j.SLIGHT_LEFT: (lambda: _("Bear left onto %(street)s"), lambda: _("Bear left")),
    j.SHARP_RIGHT: (lambda: _("Turn sharp right onto %(street)s"), lambda: _("Turn sharp right")),
    j.SHARP_LEFT: (lambda: _("Turn sharp left onto %(street)s"), lambda: _("Turn sharp left")),
    j.KEEP_RIGHT: (lambda: _("Keep right onto %(street)s"), lambda: _("Keep right")),
    j.KEEP_LEFT: (lambda: _("Keep left onto %(street)s"), lambda: _("Keep left")),
    j.U_TURN: (lambda: _("Turn around onto %(street)s"), lambda: _("Turn around")),
    j.FERRY: (lambda: _("Take the ferry"), lambda: _("Take the ferry")),
    j.ELEVATOR: (lambda: _("Take the lift"), lambda: _("Take the lift")),
    j.STAIRS: (lambda: _("Take the stairs"), lambda: _("Take the stairs")),
}
VEHICLE_ICONS = {j.BUS: "bus-front", j.TRAM: "tram-front", j.RAIL: "train-front",
                 j.SUBWAY: "train-front", j.TRANSIT_FERRY: "ship",
                 j.TRANSIT: "bus-front"}  # fmt: skip
LEG_ICONS = {j.FOOT: "footprints", j.BICYCLE: "bike", j.CAR: "car"}


def step_text(step: j.Step, destination: str = "") -> SafeString:
    if step.kind == j.ARRIVE:
        if destination:
            return format_html(_("Arrive at %(place)s") % {"place": "{}"}, sign(destination))
        return format_html("{}", _("You have arrived"))
    if step.kind == j.ROUNDABOUT:
        if step.street:
            text = _("At the roundabout, take exit %(number)s onto %(street)s")
            return format_html(
                text % {"number": step.exit_number or 1, "street": "{}"}, sign(step.street)
            )
        text = _("At the roundabout, take exit %(number)s")
        return format_html("{}", text % {"number": step.exit_number or 1})
    with_street, without = TURNS.get(step.kind, TURNS[j.CONTINUE])
    if step.street and step.kind not in (j.FERRY, j.ELEVATOR, j.STAIRS):
        return format_html(with_street() % {"street": "{}"}, sign(step.street))
    return format_html("{}", without())


def boarding_text(leg: j.Leg) -> SafeString:
    """ "Bus 920 towards Bergheim Nord" in the reader's language."""
    templates = {
        j.BUS: lambda: _("Bus %(line)s towards %(headsign)s"),
        j.TRAM: lambda: _("Tram %(line)s towards %(headsign)s"),
        j.RAIL: lambda: _("Train %(line)s towards %(headsign)s"),
        j.SUBWAY: lambda: _("Underground %(line)s towards %(headsign)s"),
        j.TRANSIT_FERRY: lambda: _("Ferry %(line)s towards %(headsign)s"),
    }
    template = templates.get(leg.mode, lambda: _("Line %(line)s towards %(headsign)s"))()
    return format_html(
        template % {"line": "{}", "headsign": "{}"}, sign(leg.line), sign(leg.headsign or "…")
    )


def ride_seconds(leg: j.Leg) -> int:
    """From getting on to getting off by the timetable (an engine's leg time may include the
    wait at the stop)."""
    if leg.board and leg.alight and leg.board.departure and leg.alight.arrival:
        return int((leg.alight.arrival - leg.board.departure).total_seconds())
    return leg.seconds


def transit_lines(leg: j.Leg) -> list[Line]:
    board, alight = leg.board, leg.alight
    icon = VEHICLE_ICONS.get(leg.mode, "bus-front")
    lines = [
        Line(boarding_text(leg), icon=icon),
        Line(
            format_html(
                _("Get on at %(stop)s at %(time)s") % {"stop": "{}", "time": "{}"},
                sign(board.name if board else ""),
                clock(board.departure if board else None),
            )
        ),
        Line(
            format_html(
                "{}",
                ngettext("Ride %(count)s stop", "Ride %(count)s stops", leg.stops_travelled)
                % {"count": leg.stops_travelled},
            ),
            detail=minutes(ride_seconds(leg)),
        ),
        Line(
            format_html(
                _("Get off at %(stop)s at %(time)s") % {"stop": "{}", "time": "{}"},
                sign(alight.name if alight else ""),
                clock(alight.arrival if alight else None),
            )
        ),
    ]
    return lines


def street_lines(leg: j.Leg, destination: str, last: bool) -> list[Line]:
    lines = []
    for step in leg.steps:
        if step.kind == j.ARRIVE and not last:
            continue  # the stop: the ride's own lines say it
        detail = distance(step.metres) if step.metres else ""
        lines.append(Line(step_text(step, destination), detail=detail))
    if lines:
        lines[0] = Line(lines[0].text, lines[0].detail, icon=LEG_ICONS.get(leg.mode, "footprints"))
    return lines


def leg_heading(leg: j.Leg) -> str:
    if leg.is_transit:
        return ""
    texts = {
        j.FOOT: lambda: _("Walk %(distance)s (%(duration)s)"),
        j.BICYCLE: lambda: _("Cycle %(distance)s (%(duration)s)"),
        j.CAR: lambda: _("Drive %(distance)s (%(duration)s)"),
    }
    text = texts.get(leg.mode, texts[j.FOOT])()
    return text % {"distance": distance(leg.metres), "duration": minutes(leg.seconds)}


@dataclass(frozen=True)
class TextLeg:
    heading: str
    lines: list[Line]
    leg: j.Leg


def told(journey: j.Journey, destination: str = "") -> list[TextLeg]:
    """The journey as headed groups of lines, one group per leg."""
    legs = []
    for index, leg in enumerate(journey.legs):
        last = index == len(journey.legs) - 1
        lines = transit_lines(leg) if leg.is_transit else street_lines(leg, destination, last)
        legs.append(TextLeg(leg_heading(leg), lines, leg))
    return legs


def summary(journey: j.Journey) -> list[str]:
    """Duration, arrival, walking and transfers, each a short phrase."""
    parts = [minutes(journey.seconds)]
    if journey.arrival is not None:
        arrival = clock(journey.arrival)
        parts.append(pgettext("route summary", "arrive %(time)s") % {"time": arrival})
    if journey.mode == "transit":
        parts.append(
            pgettext("route summary", "%(distance)s on foot")
            % {"distance": distance(journey.walking_metres)}
        )
        if journey.transfers:
            parts.append(
                ngettext("%(count)s change", "%(count)s changes", journey.transfers)
                % {"count": journey.transfers}
            )
        else:
            parts.append(pgettext("route summary", "no change"))
    else:
        parts.append(distance(journey.metres))
    return parts


def handout_lines(journey: j.Journey, departures: list) -> list[SafeString]:
    """A journey for the printed handout, one line per ride or walk, in a few words: "Bus 920
    towards Bergheim Nord: get on at Bergheim Süd, ride 4 stops to Bergheim Nord · every 20
    minutes". The rhythm comes from `departures` (the first line's next departures)."""
    from .engines import every_minutes

    lines = []
    rhythm = every_minutes(departures)
    first_ride = True
    for leg in journey.legs:
        if leg.is_transit and leg.board and leg.alight:
            ride = ngettext(
                "get on at %(board)s, ride %(count)s stop to %(alight)s",
                "get on at %(board)s, ride %(count)s stops to %(alight)s",
                leg.stops_travelled,
            ) % {"board": "{}", "count": leg.stops_travelled, "alight": "{}"}
            line = format_html("{}: " + ride, boarding_text(leg), sign(leg.board.name),
                               sign(leg.alight.name))  # fmt: skip
            if first_ride and rhythm:
                every = ngettext("every %(count)s minute", "every %(count)s minutes", rhythm)
                line = format_html("{} · {}", line, every % {"count": rhythm})
            first_ride = False
            lines.append(line)
        elif leg.metres >= 50:
            text = pgettext("route summary", "%(distance)s on foot")
            lines.append(format_html("{}", text % {"distance": distance(leg.metres)}))
    return lines
