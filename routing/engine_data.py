"""The routing engine's data (ADR 30): built from an OpenStreetMap extract and GTFS feeds with
Valhalla's own tools into a new folder, checked, then switched to in one step (a symlink
renamed over `current`), so that a failed build leaves the working data in place; and the
engine's service started on that data."""

import datetime
import json
import os
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings

GTFS_REQUIRED = ("stops.txt", "routes.txt", "trips.txt", "stop_times.txt")
GTFS_CALENDARS = ("calendar.txt", "calendar_dates.txt")
KEEP_BUILDS = 2


class BuildError(Exception):
    """A build that cannot go on: the message says which input or step, and why."""


def current(data_dir: Path | None = None) -> Path | None:
    """The data in use, or None before the first build."""
    link = (data_dir or settings.ROUTING_DATA_DIR) / "current"
    config = link / "valhalla.json"
    return link if config.is_file() else None


def tool(name: str) -> Path:
    """One of Valhalla's programs: in pyvalhalla's package folder of the ROUTING_TOOLS
    environment (its `bin/` wrappers look for the programs on the PATH and run them as
    children, which a stopped service would leave behind), else in ROUTING_TOOLS itself (an
    installed Valhalla, or `valhalla_build_config`, a Python script)."""
    tools = settings.ROUTING_TOOLS
    packaged = sorted(tools.parent.glob(f"lib/python3*/site-packages/valhalla/bin/{name}"))
    for path in [*packaged, tools / name]:
        if path.exists():
            return path
    raise BuildError(
        f"{name} not found in {settings.ROUTING_TOOLS}: run `make routing-engine` (it needs "
        "Python 3.12 or newer, ADR 30) or set ROUTING_TOOLS."
    )


def build(
    *,
    osm: Path,
    gtfs: list[Path] = (),
    data_dir: Path | None = None,
    report: Callable[[str], None] = print,
) -> Path:
    """Build routing data and make it current; returns its folder."""
    data_dir = data_dir or settings.ROUTING_DATA_DIR
    _check_osm(osm)
    for feed in gtfs:
        _check_gtfs(feed)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = data_dir / "builds" / stamp
    (folder / "logs").mkdir(parents=True)
    try:
        feeds = folder / "gtfs"
        for number, feed in enumerate(gtfs, 1):
            _unpack_gtfs(feed, feeds / f"feed{number}")
        report("Time zones…")
        _timezones(folder / "timezones.sqlite")
        config = _config(folder, with_transit=bool(gtfs))
        steps = [("streets", ["valhalla_build_tiles", "-c", config, "-e", "build", osm])]
        if gtfs:
            steps += [
                ("timetables", ["valhalla_ingest_transit", "-c", config]),
                ("transit network", ["valhalla_convert_transit", "-c", config]),
            ]
        steps.append(("connections", ["valhalla_build_tiles", "-c", config, "-s", "enhance", osm]))
        for number, (label, command) in enumerate(steps, 1):
            report(f"Step {number}/{len(steps)}: {label}…")
            _run(label, [str(tool(command[0])), *map(str, command[1:])], folder / "logs")
        if not any((folder / "tiles").rglob("*.gph")):
            raise BuildError("The build made no routing tiles: the extract holds no streets.")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    _switch(data_dir, folder)
    _forget_old_builds(data_dir)
    report(f"Routing data ready: {folder} (restart the engine to use it).")
    return folder


def _check_osm(path: Path) -> None:
    if not path.is_file():
        raise BuildError(f"{path}: no such file.")
    with path.open("rb") as file:
        head = file.read(64)
    if b"OSMHeader" not in head:
        raise BuildError(f"{path}: not an OpenStreetMap PBF file (.osm.pbf).")


def _check_gtfs(path: Path) -> None:
    if path.is_dir():
        names = {child.name for child in path.iterdir()}
    elif zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = {Path(name).name for name in archive.namelist()}
    else:
        raise BuildError(f"{path}: not a GTFS feed (a .zip file or a folder of .txt files).")
    missing = [name for name in GTFS_REQUIRED if name not in names]
    if not any(name in names for name in GTFS_CALENDARS):
        missing.append(" or ".join(GTFS_CALENDARS))
    if missing:
        raise BuildError(f"{path}: not a complete GTFS feed, it lacks {', '.join(missing)}.")


def _unpack_gtfs(feed: Path, into: Path) -> None:
    into.mkdir(parents=True)
    if feed.is_dir():
        for child in feed.glob("*.txt"):
            shutil.copy(child, into / child.name)
        return
    with zipfile.ZipFile(feed) as archive:
        for member in archive.infolist():
            name = Path(member.filename).name  # flat: no paths from the archive
            if name.endswith(".txt") and not member.is_dir():
                with archive.open(member) as source, (into / name).open("wb") as target:
                    shutil.copyfileobj(source, target)


def _timezones(path: Path) -> None:
    """Valhalla reads transit times in the time zone of each stop from a SpatiaLite table of
    zone polygons. One region, one zone: a polygon around the world with the site's time zone
    (a deployment across zones would load the timezone-boundary-builder polygons instead)."""
    spatialite = shutil.which("spatialite")
    if spatialite is None:
        raise BuildError("spatialite not found: apt-get install spatialite-bin")
    sql = (
        "SELECT InitSpatialMetadata(1, 'WGS84');"
        "CREATE TABLE tz_world (TZID TEXT);"
        "SELECT AddGeometryColumn('tz_world', 'geom', 4326, 'MULTIPOLYGON', 'XY');"
        f"INSERT INTO tz_world VALUES ('{settings.TIME_ZONE}',"
        " CastToMultiPolygon(BuildMBR(-180, -90, 180, 90, 4326)));"
        "SELECT CreateSpatialIndex('tz_world', 'geom');"
    )
    result = subprocess.run([spatialite, str(path), sql], capture_output=True, text=True)
    if result.returncode or not path.is_file():
        raise BuildError(f"The time-zone table could not be made: {result.stderr[-500:]}")


def _config(folder: Path, *, with_transit: bool) -> Path:
    command = [
        str(tool("valhalla_build_config")),
        "--mjolnir-tile-dir", str(folder / "tiles"),
        "--mjolnir-tile-extract", "",
        "--mjolnir-traffic-extract", "",
        "--mjolnir-admin", "",
        "--mjolnir-timezone", str(folder / "timezones.sqlite"),
        "--mjolnir-transit-dir", str(folder / "transit"),
        "--mjolnir-transit-feeds-dir", str(folder / "gtfs"),
        "--mjolnir-concurrency", str(max(1, os.cpu_count() or 1)),
        "--additional-data-elevation", "",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode:
        raise BuildError(f"valhalla_build_config failed: {result.stderr[-500:]}")
    config = json.loads(result.stdout)
    # Two engines on one machine (tests, a second build) must not share these sockets.
    service = config["httpd"]["service"]
    service["loopback"] = f"ipc://{folder / 'loopback'}"
    service["interrupt"] = f"ipc://{folder / 'interrupt'}"
    if not with_transit:
        config["mjolnir"].pop("transit_dir", None)
    path = folder / "valhalla.json"
    path.write_text(json.dumps(config, indent=1))
    return path


def _run(label: str, command: list[str], logs: Path) -> None:
    log = logs / f"{label.replace(' ', '-')}.log"
    with log.open("w") as output:
        result = subprocess.run(command, stdout=output, stderr=subprocess.STDOUT)
    if result.returncode:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-8:])
        raise BuildError(f"Step “{label}” failed (exit {result.returncode}):\n{tail}")


def _switch(data_dir: Path, folder: Path) -> None:
    link = data_dir / "current"
    temporary = data_dir / f".current-{folder.name}"
    temporary.symlink_to(folder.relative_to(data_dir))
    os.replace(temporary, link)  # atomic: readers see the old data or the new, never none


def _forget_old_builds(data_dir: Path) -> None:
    in_use = (data_dir / "current").resolve()
    builds = sorted((data_dir / "builds").iterdir(), reverse=True)
    for old in builds[KEEP_BUILDS:]:
        if old.resolve() != in_use:
            shutil.rmtree(old, ignore_errors=True)


def service_command(data: Path, *, url: str | None = None, threads: int = 2) -> list[str]:
    """The command that serves `data` on `url` (VALHALLA_URL): its config is copied with the
    listening address set."""
    parts = urlsplit(url or settings.VALHALLA_URL)
    config = json.loads((data / "valhalla.json").read_text())
    service = config["httpd"]["service"]
    service["listen"] = f"tcp://{parts.hostname}:{parts.port or 80}"
    # Stop within a container's grace period (docker stop waits 10 s), not after 28 s.
    service["drain_seconds"], service["shutdown_seconds"] = 2, 1
    runtime = data / f"service-{parts.port}.json"
    runtime.write_text(json.dumps(config, indent=1))
    return [str(tool("valhalla_service")), str(runtime), str(threads)]
