"""The GTFS stops importer: what it accepts, what it refuses, and that a refused feed
changes nothing."""

import io
import json
import zipfile

import pytest
from django.core.management import CommandError, call_command

from routing.gtfs import Area, FeedError, read_stops
from routing.models import NearestStop, Stop, TransitFeed
from tests.factories import LocationFactory

BERGHEIM = [
    '900,"Bergheim (Erft) Bf",50.955,6.639,1,,',
    '901,"Bergheim (Erft) Bf",50.9551,6.6391,0,900,"regional suburban"',
    '902,"Bergheim (Erft) Bf",50.9549,6.6388,0,900,bus',
    '903,"Rathaus, Bergheim (Erft)",50.9560,6.6420,0,,bus',
]


def import_feed(path, *args):
    out = io.StringIO()
    call_command("import_gtfs", str(path), "--attribution", "Test GmbH", *args, stdout=out)
    return out.getvalue()


class TestReading:
    def test_stations_group_their_platforms_and_products(self, write_feed):
        stops, _info = read_stops(write_feed(*BERGHEIM))
        by_id = {stop.stop_id: stop for stop in stops}
        assert {s.station for s in stops if s.stop_id in ("900", "901", "902")} == {"900"}
        assert by_id["901"].products == {"regional", "suburban", "bus"}
        assert by_id["903"].station == "903"
        assert by_id["903"].name == "Rathaus, Bergheim (Erft)"  # quoted comma kept

    def test_byte_order_mark_and_only_the_required_columns(self, write_feed):
        raw = "\ufeffstop_id,stop_name,stop_lat,stop_lon\r\n1,Markt,50.9,6.7\r\n".encode()
        stops, _ = read_stops(write_feed(raw=raw))
        assert [(s.stop_id, s.name, s.location_type, s.products) for s in stops] == [
            ("1", "Markt", 0, set())
        ]

    def test_platforms_without_parent_group_by_their_dhid(self, write_feed):
        stops, _ = read_stops(
            write_feed(
                "de:05362:1234:1:1,Markt,50.9,6.7,0,,bus",
                "de:05362:1234:1:2,Markt,50.9001,6.7001,0,,bus",
                "de:05362:99,Kirche,50.91,6.71,0,,bus",
            )
        )
        assert [s.station for s in stops] == ["de:05362:1234", "de:05362:1234", "de:05362:99"]

    def test_entrances_and_nodes_are_left_out(self, write_feed):
        stops, _ = read_stops(write_feed(*BERGHEIM, "904,Eingang Nord,50.9552,6.639,2,900,"))
        assert "904" not in {stop.stop_id for stop in stops}

    def test_vehicle_type_column_gives_products(self, write_feed):
        header = "stop_id,stop_name,stop_lat,stop_lon,vehicle_type"
        stops, _ = read_stops(write_feed("1,A,50.9,6.7,3", "2,B,50.9,6.8,900", header=header))
        assert [s.products for s in stops] == [{"bus"}, {"tram"}]

    def test_bounding_box_and_polygon_area(self, write_feed, tmp_path):
        path = write_feed(*BERGHEIM, "2000,Köln Hbf,50.943,6.959,0,,national")
        stops, _ = read_stops(path, Area(box=(50.9, 6.5, 51.0, 6.7)))
        assert "2000" not in {s.stop_id for s in stops} and len(stops) == 4
        square = [[[6.9, 50.9], [7.0, 50.9], [7.0, 51.0], [6.9, 51.0], [6.9, 50.9]]]
        stops, _ = read_stops(path, Area(polygons=(square,)))
        assert [s.stop_id for s in stops] == ["2000"]

    def test_zip_and_folder_feeds_with_feed_info(self, write_feed, tmp_path):
        stops_txt = write_feed(*BERGHEIM).read_text(encoding="utf-8")
        info = "feed_publisher_name,feed_publisher_url,feed_lang\nVRS GmbH,https://www.vrs.de,de\n"
        archive = tmp_path / "feed.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            zf.writestr("stops.txt", stops_txt)
            zf.writestr("feed_info.txt", info)
        stops, feed_info = read_stops(archive)
        assert len(stops) == 4
        assert (feed_info.publisher, feed_info.url) == ("VRS GmbH", "https://www.vrs.de")
        folder = tmp_path / "gtfs"
        folder.mkdir()
        (folder / "stops.txt").write_text(stops_txt, encoding="utf-8")
        assert len(read_stops(folder)[0]) == 4


class TestRefusing:
    @pytest.mark.parametrize(
        ("lines", "message"),
        [
            (["1,Markt,fifty,6.7,0,,"], "line 2: stop_lat “fifty” is not a number"),
            (["1,Markt,50.9,6.7,0,,", "2,Kirche,95.1,6.7,0,,"], "line 3: stop_lat 95.1 is out"),
            (["1,Markt,50.9,nan,0,,"], "line 2: stop_lon nan is out of range"),
            (["1,Markt,0,0,0,,"], "line 2: coordinates 0,0 are a placeholder"),
            (["1,Markt,50.9,6.7,0,,", "1,Markt 2,50.9,6.8,0,,"], "line 3: stop_id “1” already"),
            (["1,,50.9,6.7,0,,"], "line 2: stop_name is empty"),
            (["1,Markt,50.9,6.7,7,,"], "line 2: location_type “7” is not one of 0 to 4"),
            (["1,Markt,50.9,6.7,0,,bus,extra"], "line 2: more fields than the header"),
            (['1,"Markt,50.9,6.7,0,,'], "stops.txt, line"),
        ],
    )
    def test_bad_lines_are_named(self, write_feed, lines, message):
        with pytest.raises(FeedError, match=message):
            read_stops(write_feed(*lines))

    def test_missing_required_column(self, write_feed):
        with pytest.raises(FeedError, match="line 1: the header lacks stop_lat, stop_lon"):
            read_stops(write_feed("1,Markt", header="stop_id,stop_name"))

    def test_empty_file_and_header_only(self, write_feed):
        with pytest.raises(FeedError, match=r"stops\.txt is empty"):
            read_stops(write_feed(raw=b""))
        with pytest.raises(FeedError, match="has a header but no stops"):
            read_stops(write_feed())

    def test_broken_encoding_names_the_line(self, write_feed):
        raw = b"stop_id,stop_name,stop_lat,stop_lon\n1,Markt,50.9,6.7\n"
        raw += "2,Br\xfchl,50.8,6.9\n".encode("latin-1")
        with pytest.raises(FeedError, match="line 3: the file is not UTF-8"):
            read_stops(write_feed(raw=raw))

    def test_zip_without_stops(self, tmp_path):
        archive = tmp_path / "feed.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            zf.writestr("agency.txt", "agency_name\nX\n")
        with pytest.raises(FeedError, match=r"the zip file has no stops\.txt"):
            read_stops(archive)

    def test_area_without_stops(self, write_feed):
        with pytest.raises(FeedError, match="No stop of the feed lies inside"):
            read_stops(write_feed(*BERGHEIM), Area(box=(10, 10, 11, 11)))


@pytest.mark.django_db
class TestImportCommand:
    def test_import_replaces_stops_and_computes_nearest(self, write_feed):
        location = LocationFactory(latitude=50.9553, longitude=6.6397)
        output = import_feed(write_feed(*BERGHEIM), "--licence", "CC BY 4.0")
        assert "Imported 4 stops (2 stations)" in output
        assert Stop.objects.count() == 4
        assert TransitFeed.current().attribution == "Test GmbH"
        assert TransitFeed.current().licence == "CC BY 4.0"
        assert [n.stop.station for n in location.nearest_stops.all()] == ["900", "903"]

        import_feed(write_feed('5,"Neuer Halt",50.95,6.64,0,,bus', name="new.txt"))
        assert list(Stop.objects.values_list("stop_id", flat=True)) == ["5"]
        assert [n.stop.stop_id for n in location.nearest_stops.all()] == ["5"]
        assert TransitFeed.current().source == "new.txt"

    def test_a_bad_feed_changes_nothing(self, write_feed):
        location = LocationFactory(latitude=50.9553, longitude=6.6397)
        import_feed(write_feed(*BERGHEIM))
        before = list(NearestStop.objects.values_list("location", "stop__stop_id", "rank"))
        bad = write_feed(*BERGHEIM[:2], "77,Kaputt,500,6.7,0,,", name="bad.txt")
        with pytest.raises(CommandError, match=r"line 4: stop_lat 500 is out of range.*Nothing"):
            import_feed(bad)
        assert Stop.objects.count() == 4
        assert list(NearestStop.objects.values_list("location", "stop__stop_id", "rank")) == before
        assert TransitFeed.current().source == "stops.txt"
        assert location.nearest_stops.count() == 2

    def test_attribution_is_required(self, write_feed):
        with pytest.raises(CommandError, match="--attribution"):
            call_command("import_gtfs", str(write_feed(*BERGHEIM)), stdout=io.StringIO())
        assert not Stop.objects.exists()

    def test_if_empty_keeps_existing_stops(self, write_feed):
        import_feed(write_feed(*BERGHEIM))
        output = import_feed(write_feed("5,Neu,50.95,6.64,0,,bus", name="new.txt"), "--if-empty")
        assert "nothing imported" in output
        assert Stop.objects.count() == 4

    def test_bad_bounding_box_and_area_file(self, write_feed, tmp_path):
        path = write_feed(*BERGHEIM)
        with pytest.raises(CommandError, match="south,west,north,east"):
            import_feed(path, "--bbox", "51,6.5")
        area = tmp_path / "area.geojson"
        area.write_text(json.dumps({"type": "Point", "coordinates": [6.7, 50.9]}))
        with pytest.raises(CommandError, match="no Polygon or MultiPolygon"):
            import_feed(path, "--area", str(area))
        assert not Stop.objects.exists()

    def test_missing_file(self, tmp_path):
        with pytest.raises(CommandError, match="no such file or folder"):
            import_feed(tmp_path / "nothing.zip")
