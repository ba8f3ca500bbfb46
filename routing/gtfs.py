"""Reading the stops of a GTFS feed (`stops.txt`), strictly: a feed with one bad line is
refused as a whole, with the line and the reason, so that a broken download never replaces
good stops. Reads a zip file, a folder or a stops.txt file itself.

GTFS reference: https://gtfs.org/documentation/schedule/reference/#stopstxt
"""

import codecs
import csv
import io
import itertools
import json
import math
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from .models import KNOWN_PRODUCTS

STOP = 0  # a stop or platform
STATION = 1  # a station that groups platforms
# Entrances (2), generic nodes (3) and boarding areas (4) are not places to walk to.
USED_LOCATION_TYPES = (STOP, STATION)
REQUIRED_COLUMNS = ("stop_id", "stop_name", "stop_lat", "stop_lon")
# Platforms of one station often lack parent_station in German feeds but share the first
# three parts of their DHID ("de:05362:1234:1:2" belongs to "de:05362:1234").
DHID_PLATFORM = re.compile(r"^([a-z]{2}:\d+:[^:]+):[^:]+")
# GTFS route types (basic and extended) of the optional stops.txt column vehicle_type.
VEHICLE_TYPES = {0: "tram", 1: "subway", 2: "regional", 3: "bus", 4: "ferry", 5: "tram", 7: "train"}
EXTENDED_VEHICLE_TYPES = [
    (100, 200, "regional"),
    (200, 300, "bus"),
    (400, 500, "suburban"),
    (700, 800, "bus"),
    (900, 1000, "tram"),
    (1000, 1100, "ferry"),
    (1200, 1300, "ferry"),
    (1500, 1600, "taxi"),
]
PRODUCT_NAMES = {name.lower(): name for name in KNOWN_PRODUCTS}


class FeedError(Exception):
    """The feed cannot be used; the message names the line and the reason."""


@dataclass
class FeedStop:
    line: int
    stop_id: str
    name: str
    latitude: float
    longitude: float
    location_type: int
    station: str
    products: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class FeedInfo:
    publisher: str = ""
    url: str = ""


@dataclass(frozen=True)
class Area:
    """Where stops are kept: a box (south, west, north, east) and/or GeoJSON polygons."""

    box: tuple[float, float, float, float] | None = None
    polygons: tuple = ()

    def contains(self, latitude: float, longitude: float) -> bool:
        if self.box:
            south, west, north, east = self.box
            if not (south <= latitude <= north and west <= longitude <= east):
                return False
        if self.polygons:
            return any(_in_polygon(longitude, latitude, polygon) for polygon in self.polygons)
        return True


def _in_ring(x: float, y: float, ring) -> bool:
    inside = False
    for (x1, y1, *_), (x2, y2, *_) in itertools.pairwise(ring):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def _in_polygon(x: float, y: float, polygon) -> bool:
    outer, *holes = polygon
    return _in_ring(x, y, outer) and not any(_in_ring(x, y, hole) for hole in holes)


def read_area(path: Path) -> tuple:
    """The polygons of a GeoJSON file (Polygon, MultiPolygon, Feature or FeatureCollection)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise FeedError(f"{path}: not a readable GeoJSON file ({error}).") from error
    polygons = []

    def collect(node):
        kind = node.get("type") if isinstance(node, dict) else None
        if kind == "FeatureCollection":
            for feature in node.get("features", []):
                collect(feature)
        elif kind == "Feature":
            collect(node.get("geometry"))
        elif kind == "Polygon":
            polygons.append(node["coordinates"])
        elif kind == "MultiPolygon":
            polygons.extend(node["coordinates"])

    collect(data)
    if not polygons:
        raise FeedError(f"{path}: the GeoJSON file holds no Polygon or MultiPolygon.")
    return tuple(polygons)


@contextmanager
def _open_member(source: Path, name: str, required: bool = True) -> Iterator[io.BufferedIOBase]:
    """A file of the feed as bytes, from a zip file, a folder, or (stops only) the file."""
    if source.is_dir():
        path = source / name
        if not path.exists():
            if required:
                raise FeedError(f"{source}: the folder has no {name}.")
            yield None
            return
        with path.open("rb") as stream:
            yield stream
    elif zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as archive:
            members = [m for m in archive.namelist() if m == name or m.endswith("/" + name)]
            if not members:
                if required:
                    raise FeedError(f"{source}: the zip file has no {name}.")
                yield None
                return
            with archive.open(min(members, key=len)) as stream:
                yield stream
    elif source.is_file():
        if name != "stops.txt":
            yield None
            return
        with source.open("rb") as stream:
            yield stream
    else:
        raise FeedError(f"{source}: no such file or folder.")


def _decoded_lines(stream, name: str) -> Iterator[str]:
    """The file's lines as text; a line that is not UTF-8 is named (decoding line by line,
    not in blocks, so that the number is exact)."""
    for number, raw in enumerate(stream, start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise FeedError(
                f"{name}, line {number}: the file is not UTF-8 text ({error.reason})."
            ) from error


def _rows(stream, name: str) -> Iterator[tuple[int, dict]]:
    """(line number, row) for each record; the header is line 1."""
    reader = csv.DictReader(_decoded_lines(stream, name), restkey="\0extra")
    try:
        header = reader.fieldnames
        if not header:
            raise FeedError(f"{name} is empty: it has no header line.")
        reader.fieldnames = [column.strip() for column in header]
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            yield line, row
    except csv.Error as error:
        raise FeedError(f"{name}, line {reader.line_num}: {error}.") from error


def _coordinate(value: str | None, limit: float, what: str, where: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise FeedError(f"{where}: {what} “{value or ''}” is not a number.") from None
    if not math.isfinite(number) or abs(number) > limit:
        raise FeedError(f"{where}: {what} {value} is out of range (±{limit:g}).")
    return number


def _products(row: dict, where: str) -> set[str]:
    products = {
        PRODUCT_NAMES[word.lower()]
        for word in (row.get("stop_desc") or "").replace(",", " ").split()
        if word.lower() in PRODUCT_NAMES
    }
    vehicle_type = (row.get("vehicle_type") or "").strip()
    if vehicle_type:
        try:
            code = int(vehicle_type)
        except ValueError:
            raise FeedError(f"{where}: vehicle_type “{vehicle_type}” is not a number.") from None
        product = VEHICLE_TYPES.get(code) or next(
            (name for low, high, name in EXTENDED_VEHICLE_TYPES if low <= code < high), None
        )
        if product:
            products.add(product)
    return products


def _parse_stop(line: int, row: dict, seen: dict[str, int]) -> FeedStop | None:
    where = f"stops.txt, line {line}"
    if row.get("\0extra"):
        raise FeedError(f"{where}: more fields than the header has (a stray comma or quote?).")
    raw_type = (row.get("location_type") or "").strip()
    if raw_type not in ("", "0", "1", "2", "3", "4"):
        raise FeedError(f"{where}: location_type “{raw_type}” is not one of 0 to 4.")
    location_type = int(raw_type or 0)
    stop_id = (row.get("stop_id") or "").strip()
    if not stop_id:
        raise FeedError(f"{where}: stop_id is empty.")
    if stop_id in seen:
        raise FeedError(f"{where}: stop_id “{stop_id}” already appears on line {seen[stop_id]}.")
    seen[stop_id] = line
    if location_type not in USED_LOCATION_TYPES:
        return None
    name = " ".join((row.get("stop_name") or "").split())
    if not name:
        raise FeedError(f"{where}: stop_name is empty.")
    latitude = _coordinate(row.get("stop_lat"), 90, "stop_lat", where)
    longitude = _coordinate(row.get("stop_lon"), 180, "stop_lon", where)
    if latitude == 0 and longitude == 0:
        raise FeedError(f"{where}: coordinates 0,0 are a placeholder, not a place.")
    parent = (row.get("parent_station") or "").strip()
    if location_type == STATION:
        station = stop_id
    elif parent:
        station = parent
    else:
        platform = DHID_PLATFORM.match(stop_id)
        station = platform.group(1) if platform else stop_id
    return FeedStop(
        line, stop_id, name[:200], latitude, longitude, location_type, station,
        _products(row, where),
    )  # fmt: skip


def read_stops(source: Path, area: Area | None = None) -> tuple[list[FeedStop], FeedInfo]:
    """Every stop and station of the feed (inside `area`, if given), platforms grouped by
    station, each with its station's name and all products served there."""
    source = Path(source)
    stops: list[FeedStop] = []
    seen: dict[str, int] = {}
    with _open_member(source, "stops.txt") as stream:
        rows = _rows(stream, "stops.txt")
        first = next(rows, None)
        if first is None:
            raise FeedError("stops.txt has a header but no stops.")
        missing = [column for column in REQUIRED_COLUMNS if column not in first[1]]
        if missing:
            raise FeedError(f"stops.txt, line 1: the header lacks {', '.join(missing)}.")
        for line, row in itertools.chain([first], rows):
            stop = _parse_stop(line, row, seen)
            if stop is not None:
                stops.append(stop)
    if not stops:
        raise FeedError("stops.txt holds no stops or stations.")
    stops = _group_stations(stops)
    if area is not None:
        stops = [stop for stop in stops if area.contains(stop.latitude, stop.longitude)]
        if not stops:
            raise FeedError("No stop of the feed lies inside the chosen area.")
    return stops, _read_feed_info(source)


def _group_stations(stops: list[FeedStop]) -> list[FeedStop]:
    station_names = {stop.stop_id: stop.name for stop in stops if stop.location_type == STATION}
    products: dict[str, set[str]] = defaultdict(set)
    for stop in stops:
        products[stop.station] |= stop.products
    return [
        replace(
            stop,
            name=station_names.get(stop.station, stop.name),
            products=products[stop.station],
        )
        for stop in stops
    ]


def _read_feed_info(source: Path) -> FeedInfo:
    with _open_member(source, "feed_info.txt", required=False) as stream:
        if stream is None:
            return FeedInfo()
        for _line, row in _rows(stream, "feed_info.txt"):
            return FeedInfo(
                publisher=(row.get("feed_publisher_name") or "").strip(),
                url=(row.get("feed_publisher_url") or "").strip(),
            )
    return FeedInfo()
