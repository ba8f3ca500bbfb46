"""`manage.py build_routing_data --osm region.osm.pbf [--gtfs feed.zip …]`: the routing engine's
data, built beside the data in use and switched to when complete (routing.engine_data)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from routing import engine_data


class Command(BaseCommand):
    help = (
        "Build the routing engine's data from an OpenStreetMap extract (.osm.pbf) and GTFS "
        "timetables, and switch to it when the build is complete."
    )

    def add_arguments(self, parser):
        parser.add_argument("--osm", required=True, type=Path, help="an .osm.pbf extract")
        parser.add_argument(
            "--gtfs", action="append", default=[], type=Path,
            help="a GTFS feed (.zip or folder); repeat for several",
        )  # fmt: skip
        parser.add_argument("--data-dir", type=Path, help="default: ROUTING_DATA_DIR")

    def handle(self, *args, osm, gtfs, data_dir, **options):
        try:
            engine_data.build(osm=osm, gtfs=gtfs, data_dir=data_dir, report=self.stdout.write)
        except engine_data.BuildError as error:
            raise CommandError(f"{error}\nThe routing data in use is unchanged.") from error
