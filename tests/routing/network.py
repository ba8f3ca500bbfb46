"""A small real street network and timetable in Bergheim's coordinates, written by the tests
(never downloaded): a grid of named streets as OpenStreetMap PBF (pyosmium) and a GTFS feed
with bus 920 along one street and train RB 38 along another, on which the bus clearly beats
walking. `build()` makes the routing engine's data from them with the real tools."""

import csv
import datetime
from dataclasses import dataclass
from pathlib import Path

import osmium

LAT0, LON0 = 50.940, 6.610  # south-west corner of the grid, in Bergheim
ROWS = COLUMNS = 12
LAT_STEP, LON_STEP = 0.004, 0.006  # ~445 m and ~420 m
EAST_WEST = ["Kölner Straße", "Hauptstraße", "Zeppelinstraße", "Am Rathaus", "Bahnstraße",
             "Kirchstraße", "Schulstraße", "Gartenweg", "Erftstraße", "Am Bahnhof",
             "Lindenallee", "Feldweg"]  # fmt: skip


def node(row: int, column: int) -> tuple[float, float]:
    return LAT0 + row * LAT_STEP, LON0 + column * LON_STEP


@dataclass(frozen=True)
class Place:
    latitude: float
    longitude: float


# Start near the bus's first stop, destination a short walk from its fifth: the bus takes
# 12 minutes where walking takes over an hour.
START = Place(*node(2, 0))
DESTINATION = Place(node(2, 10)[0] + 0.0013, node(2, 10)[1])  # ~150 m north of the stop
BUS_STOPS = [("bus-sued", "Bergheim Süd", 0), ("bus-rathaus", "Bergheim Rathaus", 3),
             ("bus-markt", "Bergheim Markt", 5), ("bus-schule", "Bergheim Schulzentrum", 8),
             ("bus-nord", "Bergheim Nord", 10)]  # fmt: skip
BUS_FIRST_DEPARTURE = 6 * 60 + 12  # 06:12, then every 20 minutes until 22:00
BUS_STOP_MINUTES = 3
# A train north from beside the bus's last stop: a journey further north changes there.
TRAIN_STOPS = [("rb-bergheim", "Bergheim Bahnhof", 2), ("rb-zieverich", "Zieverich", 6),
               ("rb-sindorf", "Kerpen-Sindorf", 10)]  # fmt: skip
TRAIN_COLUMN = 11
TRAIN_FIRST_DEPARTURE = 6 * 60 + 28  # 06:28, then every 20 minutes: 4 minutes after the bus
TRAIN_STOP_MINUTES = 4
FAR_NORTH = Place(node(10, 11)[0], node(10, 11)[1] - 0.0015)  # ~100 m from Kerpen-Sindorf


def write_streets(path: Path) -> Path:
    writer = osmium.SimpleWriter(str(path))
    stamp = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    common = {"version": 1, "visible": True, "changeset": 1, "timestamp": stamp, "uid": 1,
              "user": "tests"}  # fmt: skip
    ids = {}
    for row in range(ROWS):
        for column in range(COLUMNS):
            ids[row, column] = len(ids) + 1
            latitude, longitude = node(row, column)
            writer.add_node(
                osmium.osm.mutable.Node(
                    id=ids[row, column], location=(longitude, latitude), **common
                )
            )
    way = 0
    for row in range(ROWS):
        way += 1
        nodes = [ids[row, column] for column in range(COLUMNS)]
        tags = {"highway": "residential", "name": EAST_WEST[row]}
        writer.add_way(osmium.osm.mutable.Way(id=way, nodes=nodes, tags=tags, **common))
    for column in range(COLUMNS):
        way += 1
        nodes = [ids[row, column] for row in range(ROWS)]
        tags = {"highway": "residential", "name": f"Querweg {column + 1}"}
        writer.add_way(osmium.osm.mutable.Way(id=way, nodes=nodes, tags=tags, **common))
    writer.close()
    return path


def write_timetable(folder: Path, today: datetime.date) -> Path:
    folder.mkdir(parents=True, exist_ok=True)

    def table(name, header, rows):
        with (folder / name).open("w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            writer.writerow(header)
            writer.writerows(rows)

    table("agency.txt", ["agency_id", "agency_name", "agency_url", "agency_timezone"],
          [["rvk", "Regionalverkehr Köln", "https://example.org", "Europe/Berlin"]])  # fmt: skip
    stops = [
        (stop_id, name, node(2, column)[0] + 0.0002, node(2, column)[1])
        for stop_id, name, column in BUS_STOPS
    ] + [
        (stop_id, name, node(row, TRAIN_COLUMN)[0], node(row, TRAIN_COLUMN)[1] + 0.0003)
        for stop_id, name, row in TRAIN_STOPS
    ]
    table("stops.txt", ["stop_id", "stop_name", "stop_lat", "stop_lon"], stops)
    routes = [["920", "rvk", "920", "Bergheim – Kerpen", "3"],
              ["rb38", "rvk", "RB 38", "Bergheim – Kerpen-Sindorf", "2"]]  # fmt: skip
    table("routes.txt", ["route_id", "agency_id", "route_short_name", "route_long_name",
                         "route_type"], routes)  # fmt: skip
    start, end = today - datetime.timedelta(days=7), today + datetime.timedelta(days=60)
    table("calendar.txt", ["service_id", "monday", "tuesday", "wednesday", "thursday", "friday",
                           "saturday", "sunday", "start_date", "end_date"],
          [["daily", *["1"] * 7, start.strftime("%Y%m%d"), end.strftime("%Y%m%d")]])  # fmt: skip
    trips, times = [], []
    for number, first in enumerate(range(BUS_FIRST_DEPARTURE, 22 * 60, 20)):
        trip = f"920-{number}"
        trips.append(["920", "daily", trip, "Bergheim Nord"])
        for sequence, (stop_id, _name, _column) in enumerate(BUS_STOPS, 1):
            minute = first + (sequence - 1) * BUS_STOP_MINUTES
            clock = f"{minute // 60:02d}:{minute % 60:02d}:00"
            times.append([trip, clock, clock, stop_id, sequence])
    for number, first in enumerate(range(TRAIN_FIRST_DEPARTURE, 22 * 60, 20)):
        trip = f"rb38-{number}"
        trips.append(["rb38", "daily", trip, "Kerpen-Sindorf"])
        for sequence, (stop_id, _name, _row) in enumerate(TRAIN_STOPS, 1):
            minute = first + (sequence - 1) * TRAIN_STOP_MINUTES
            clock = f"{minute // 60:02d}:{minute % 60:02d}:00"
            times.append([trip, clock, clock, stop_id, sequence])
    table("trips.txt", ["route_id", "service_id", "trip_id", "trip_headsign"], trips)
    table("stop_times.txt", ["trip_id", "arrival_time", "departure_time", "stop_id",
                             "stop_sequence"], times)  # fmt: skip
    return folder
