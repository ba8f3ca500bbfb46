"""Replace the public-transport stops with those of a GTFS feed (zip, folder or stops.txt)."""

from argparse import ArgumentTypeError
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from routing.gtfs import Area, FeedError, read_area, read_stops
from routing.models import Stop, TransitFeed
from routing.services import replace_stops


def bounding_box(value: str) -> tuple[float, float, float, float]:
    try:
        south, west, north, east = (float(part) for part in value.split(","))
    except ValueError:
        raise ArgumentTypeError(
            "give the box as south,west,north,east, e.g. 50.7,6.4,51.1,7.1"
        ) from None
    if not (-90 <= south < north <= 90 and -180 <= west < east <= 180):
        raise ArgumentTypeError("the box must have south < north and west < east within ±90/±180")
    return south, west, north, east


class Command(BaseCommand):
    help = (
        "Replace all public-transport stops with the stops and stations of a GTFS feed "
        "(a zip file, a folder, or its stops.txt), and recompute every location's nearest "
        "stops. A feed with a bad line changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", type=Path, help="GTFS zip file, folder, or stops.txt")
        parser.add_argument(
            "--bbox",
            type=bounding_box,
            help="keep only stops inside south,west,north,east (degrees)",
        )
        parser.add_argument(
            "--area", type=Path, help="keep only stops inside the polygons of a GeoJSON file"
        )
        parser.add_argument(
            "--attribution",
            help="who the data is from, as the licence asks to show it "
            "(default: feed_publisher_name of feed_info.txt)",
        )
        parser.add_argument("--licence", default="", help="e.g. “CC BY 4.0”")
        parser.add_argument("--url", default="", help="where the feed is published")
        parser.add_argument(
            "--if-empty", action="store_true", help="do nothing if there are stops already"
        )

    def handle(self, *args, source, bbox, area, attribution, licence, url, if_empty, **options):
        if if_empty and Stop.objects.exists():
            self.stdout.write("There are public-transport stops already; nothing imported.")
            return
        try:
            polygons = read_area(area) if area else ()
            chosen = Area(box=bbox, polygons=polygons) if (bbox or polygons) else None
            stops, info = read_stops(source, chosen)
        except FeedError as error:
            raise CommandError(f"{error} Nothing was changed.") from error
        except OSError as error:
            raise CommandError(f"{source}: {error}. Nothing was changed.") from error
        feed = TransitFeed(
            attribution=attribution or info.publisher,
            licence=licence,
            url=url or info.url,
            source=source.name,
            stop_count=len(stops),
        )
        if not feed.attribution:
            raise CommandError(
                "Say whose data this is with --attribution (the feed has no feed_info.txt); "
                "open-data licences ask for it. Nothing was changed."
            )
        try:
            result = replace_stops(stops, feed)
        except ValidationError as error:
            raise CommandError(f"{'; '.join(error.messages)} Nothing was changed.") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {result.stops:,} stops ({result.stations:,} stations) from "
                f"{source.name} in {result.seconds_stops:.2f} s; nearest stops of "
                f"{result.locations:,} locations in {result.seconds_nearest:.2f} s."
            )
        )
