"""Real public-transport stops as anchor points for demo addresses.

Stops lie where people live and are named after streets ("Sindorf Plauener Str., Kerpen
(Rheinland)"), so a demo location near a stop gets a plausible point and street name.
"""

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from .region import Town

STOPS_FILE = Path(__file__).with_name("rhein-erft-stops.txt")
STREET_WORD = re.compile(
    r"(str\.|straße|strasse|weg|platz|allee|ring|gasse|damm|ufer|markt)$", re.IGNORECASE
)

BARE_SUFFIXES = {"allee", "ring", "weg", "platz", "gasse", "damm", "ufer"}


@dataclass(frozen=True)
class Anchor:
    latitude: float
    longitude: float
    street: str | None  # a street named in the stop's name, if any


def street_from_stop(place: str) -> str | None:
    """'Türnich Maximilianstr.' -> 'Maximilianstraße'; 'Horrem Boisdorfer Str.' ->
    'Boisdorfer Straße'; 'Kirdorf Grundschule' -> None."""
    words = place.split()
    if not words or not STREET_WORD.search(words[-1]):
        return None
    last = words[-1]
    if last[0].isupper() and last.lower() in ("str.", "straße", "strasse", "weg", "platz", "ring"):
        if len(words) < 2:
            return None
        street = f"{words[-2]} {last}"  # "Boisdorfer Str."
    elif last.lower() in BARE_SUFFIXES:
        return None  # "Allee" alone is a stop called after a place, not a street
    else:
        street = last
    return re.sub(r"(?i)str\.$", lambda m: "Straße" if m.group(0)[0] == "S" else "straße", street)


def load_anchors(towns: tuple[Town, ...], path: Path = STOPS_FILE) -> dict[str, list[Anchor]]:
    anchors: dict[str, list[Anchor]] = {town.name: [] for town in towns}
    with path.open(encoding="utf-8-sig", newline="") as stops:
        for row in csv.DictReader(stops):
            place, _, town_part = row["stop_name"].rpartition(", ")
            for town in towns:
                if town_part.startswith(town.stop_suffix):
                    anchors[town.name].append(
                        Anchor(
                            float(row["stop_lat"]), float(row["stop_lon"]), street_from_stop(place)
                        )
                    )
                    break
    for name, found in anchors.items():
        found.sort(key=lambda anchor: (anchor.latitude, anchor.longitude))
        if not found:
            raise ValueError(f"No stops found for {name} in {path}")
    return anchors
