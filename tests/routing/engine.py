"""The real routing engine for tests: data built from tests/routing/network.py with the real
tools (routing.engine_data), Valhalla's service on a free port. Without the tools the tests
are skipped with the reason — except where REQUIRE_ROUTING_ENGINE=1 (CI), where they fail."""

import datetime
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from routing import engine_data

from ..processes import free_port, wait_for
from . import network


def missing_tools() -> str:
    if not (settings.ROUTING_TOOLS / "valhalla_service").exists():
        return f"no routing engine tools in {settings.ROUTING_TOOLS} (make routing-engine)"
    if shutil.which("spatialite") is None:
        return "no spatialite (apt-get install spatialite-bin)"
    return ""


def require_tools():
    reason = missing_tools()
    if reason:
        if os.environ.get("REQUIRE_ROUTING_ENGINE") == "1":
            pytest.fail(f"REQUIRE_ROUTING_ENGINE=1 but {reason}")
        pytest.skip(reason)


def build_data(folder: Path) -> Path:
    streets = network.write_streets(folder / "streets.osm.pbf")
    timetable = network.write_timetable(folder / "gtfs", datetime.date.today())
    engine_data.build(osm=streets, gtfs=[timetable], data_dir=folder / "data", report=lambda _: 0)
    return engine_data.current(folder / "data").resolve()


class Engine:
    def __init__(self, data: Path):
        self.data = data
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = engine_data.service_command(data, url=self.url, threads=1)
        self.log = (data / "service.log").open("w")
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT)
        wait_for(self.port, 60)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        self.log.close()


def place_at_destination(**offer_fields):
    """An offer in Bergheim whose place is the test network's destination, and the network's
    bus stops in the stops table (so that a typed "Bergheim Süd" is found)."""
    from django.db import transaction

    from routing.models import Stop
    from tests.factories import LocationFactory, MunicipalityFactory, OfferFactory

    town = MunicipalityFactory(name="Bergheim", slug="bergheim", official_key="05362008")
    # One transaction: PostgreSQL checks at commit that an offer without a phone has a place.
    with transaction.atomic():
        offer = OfferFactory(title_de="Sprachcafé Bergheim-Nord", available_by_phone=False,
                             **offer_fields)  # fmt: skip
        location = LocationFactory(
            offer=offer, municipality=town, name_de="Stadtteilzentrum", street="Lindenallee 3",
            latitude=network.DESTINATION.latitude, longitude=network.DESTINATION.longitude,
        )  # fmt: skip
    for stop_id, name, column in network.BUS_STOPS:
        latitude, longitude = network.node(2, column)
        Stop.objects.create(
            stop_id=stop_id, name=name, latitude=latitude + 0.0002, longitude=longitude,
            station=stop_id, products="bus",
        )  # fmt: skip
    return offer, location
