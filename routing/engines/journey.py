"""A route as every engine's answer is turned into: legs (on foot, by bicycle or car, or on one
bus or train), their manoeuvres as structured steps (never an engine's own sentences: those do
not exist in most of our languages) and the stops of each transit leg with their times."""

import datetime
from dataclasses import dataclass, field

# Manoeuvre kinds our step texts know (routing.directions); engines map theirs onto these.
DEPART, ARRIVE, CONTINUE = "depart", "arrive", "continue"
SLIGHT_RIGHT, RIGHT, SHARP_RIGHT = "slight_right", "right", "sharp_right"
SLIGHT_LEFT, LEFT, SHARP_LEFT = "slight_left", "left", "sharp_left"
U_TURN, ROUNDABOUT, KEEP_RIGHT, KEEP_LEFT = "u_turn", "roundabout", "keep_right", "keep_left"
FERRY, ELEVATOR, STAIRS = "ferry", "elevator", "stairs"
STEP_KINDS = (DEPART, ARRIVE, CONTINUE, SLIGHT_RIGHT, RIGHT, SHARP_RIGHT, SLIGHT_LEFT, LEFT,
              SHARP_LEFT, U_TURN, ROUNDABOUT, KEEP_RIGHT, KEEP_LEFT, FERRY, ELEVATOR,
              STAIRS)  # fmt: skip

# Ways of travelling a leg.
FOOT, BICYCLE, CAR = "foot", "bicycle", "car"
BUS, TRAM, RAIL, SUBWAY = "bus", "tram", "rail", "subway"
TRANSIT_FERRY, TRANSIT = "ferry", "transit"
TRANSIT_VEHICLES = (BUS, TRAM, RAIL, SUBWAY, TRANSIT_FERRY, TRANSIT)


@dataclass(frozen=True)
class Step:
    kind: str
    street: str = ""  # as on the sign
    metres: int = 0
    exit_number: int = 0  # roundabouts


@dataclass(frozen=True)
class Stop:
    name: str  # as on the sign
    latitude: float
    longitude: float
    arrival: datetime.datetime | None = None
    departure: datetime.datetime | None = None


@dataclass(frozen=True)
class Leg:
    mode: str  # FOOT, BICYCLE, CAR or a transit vehicle
    metres: int
    seconds: int
    shape: list[tuple[float, float]] = field(default_factory=list)  # (latitude, longitude)
    steps: list[Step] = field(default_factory=list)
    # Transit legs: the line as on the vehicle, its direction, and the stops (board first,
    # alight last, the ones between in order).
    line: str = ""
    headsign: str = ""
    operator: str = ""
    stops: list[Stop] = field(default_factory=list)

    @property
    def is_transit(self) -> bool:
        return self.mode in TRANSIT_VEHICLES

    @property
    def board(self) -> Stop | None:
        return self.stops[0] if self.stops else None

    @property
    def alight(self) -> Stop | None:
        return self.stops[-1] if self.stops else None

    @property
    def stops_travelled(self) -> int:
        """Stops the vehicle stops at after boarding, the one to get off at included."""
        return max(len(self.stops) - 1, 0)


@dataclass(frozen=True)
class Journey:
    mode: str  # the travel mode asked for: transit, bicycle, car or foot
    legs: list[Leg]
    departure: datetime.datetime | None = None
    arrival: datetime.datetime | None = None
    seconds: int = 0
    engine: str = ""

    @property
    def transit_legs(self) -> list[Leg]:
        return [leg for leg in self.legs if leg.is_transit]

    @property
    def transfers(self) -> int:
        return max(len(self.transit_legs) - 1, 0)

    @property
    def walking_metres(self) -> int:
        return sum(leg.metres for leg in self.legs if leg.mode == FOOT)

    @property
    def metres(self) -> int:
        return sum(leg.metres for leg in self.legs)

    @property
    def minutes(self) -> int:
        return max(1, round(self.seconds / 60))
