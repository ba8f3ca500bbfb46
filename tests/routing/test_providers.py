"""Route link builders against the URL formats of each planner (see routing/providers.py for
the sources), and the settings that choose them."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.checks import run_checks
from django.test import override_settings

from routing.providers import (
    APP,
    BICYCLE,
    CAR,
    FOOT,
    PROVIDERS,
    TRANSIT,
    BrowserPosition,
    Destination,
    Place,
    route_links,
)

KERPEN = Destination(
    50.903533, 6.679606, name="Familienzentrum Sindorf",
    address="Kerpener Straße 12, 50170 Kerpen", stop_name="Sindorf Bahnhof, Kerpen (Rheinland)",
)  # fmt: skip
ARABIC = Destination(50.9, 6.7, name="مركز العائلة", address="Hauptstraße 1, 50126 Bergheim")
OFFICE = Place(50.955, 6.639, name="Jobcenter Bergheim", address="Kölner Str. 5, 50126 Bergheim")


def build(key, mode, destination=KERPEN, origin=None, language="de"):
    return PROVIDERS[key].build(mode, origin, destination, language)


def query(url, *, fragment=False):
    parts = urlsplit(url)
    return {k: v[0] for k, v in parse_qs(parts.fragment if fragment else parts.query).items()}


class TestOpenStreetMap:
    @pytest.mark.parametrize(
        ("key", "mode", "engine"),
        [
            ("osm-osrm", BICYCLE, "fossgis_osrm_bicycle"),
            ("osm-osrm", CAR, "fossgis_osrm_car"),
            ("osm-osrm", FOOT, "fossgis_osrm_foot"),
            ("osm-graphhopper", BICYCLE, "graphhopper_bicycle"),
            ("osm-valhalla", FOOT, "fossgis_valhalla_foot"),
        ],
    )
    def test_engine_per_mode_and_destination_only(self, key, mode, engine):
        url = build(key, mode, language="ar")
        assert url.startswith("https://www.openstreetmap.org/directions?")
        assert query(url) == {
            "engine": engine,
            "route": ";50.903533,6.679606",
            "locale": "ar",
        }

    def test_with_origin(self):
        assert query(build("osm-osrm", BICYCLE, origin=OFFICE))["route"] == (
            "50.955000,6.639000;50.903533,6.679606"
        )


class TestPublicTransport:
    def test_transitous_takes_coordinates_and_names(self):
        url = build("transitous", TRANSIT, origin=OFFICE)
        assert url.startswith("https://api.transitous.org/?")
        assert query(url) == {
            "fromPlace": "50.955000,6.639000",
            "fromName": "Jobcenter Bergheim, Kölner Str. 5, 50126 Bergheim",
            "toPlace": "50.903533,6.679606",
            "toName": "Familienzentrum Sindorf, Kerpener Straße 12, 50170 Kerpen",
        }

    def test_transitous_without_origin_lets_the_planner_ask(self):
        assert "fromPlace" not in query(build("transitous", TRANSIT))

    def test_arabic_names_are_percent_encoded_utf8(self):
        url = build("transitous", TRANSIT, destination=ARABIC)
        assert "%D9%85%D8%B1%D9%83%D8%B2" in url  # مركز
        assert query(url)["toName"] == "مركز العائلة, Hauptstraße 1, 50126 Bergheim"

    @override_settings(ROUTING_MOTIS_URL="https://motis.kreis.example/")
    def test_another_motis_instance(self):
        assert build("transitous", TRANSIT).startswith("https://motis.kreis.example/?toPlace=")

    def test_deutsche_bahn_searches_the_nearest_stop_by_name(self):
        url = build("db", TRANSIT, origin=OFFICE)
        assert url.startswith("https://www.bahn.de/buchung/fahrplan/suche#")
        assert "%C3%9F" in build("db", TRANSIT, destination=ARABIC)  # the ß of Hauptstraße
        assert query(url, fragment=True) == {
            "sts": "true",
            "so": "Kölner Str. 5, 50126 Bergheim",
            "zo": "Sindorf Bahnhof, Kerpen (Rheinland)",
        }

    def test_deutsche_bahn_without_a_stop_uses_the_address(self):
        assert query(build("db", TRANSIT, destination=ARABIC), fragment=True) == {
            "sts": "true",
            "zo": "Hauptstraße 1, 50126 Bergheim",
        }


class TestGoogleAndTheMapApp:
    @pytest.mark.parametrize(
        ("mode", "travelmode"),
        [(TRANSIT, "transit"), (BICYCLE, "bicycling"), (CAR, "driving"), (FOOT, "walking")],
    )
    def test_google_directions_action(self, mode, travelmode):
        url = build("google", mode)
        assert url.startswith("https://www.google.com/maps/dir/?")
        assert query(url) == {
            "api": "1",
            "destination": "50.903533,6.679606",
            "travelmode": travelmode,
        }
        assert query(build("google", mode, origin=OFFICE))["origin"] == "50.955000,6.639000"

    def test_geo_uri_with_an_encoded_label(self):
        url = build("geo", APP, destination=ARABIC)
        assert url.startswith("geo:50.900000,6.700000?q=50.900000,6.700000(")
        label = url[url.index("(") + 1 : -1]
        assert "(" not in label and " " not in label and "," not in label
        assert label.startswith("%D9%85")


class TestLinksForAPage:
    def test_default_modes_and_open_providers_first(self):
        modes = route_links(KERPEN, None, "de")
        assert [m.mode for m in modes] == [TRANSIT, BICYCLE, CAR, FOOT, APP]
        assert [link.provider.key for link in modes[0].links] == ["transitous", "db"]
        assert modes[0].primary.provider.key == "transitous"
        assert [link.provider.key for link in modes[0].alternatives] == ["db"]
        assert all(link.provider.key != "google" for m in modes for link in m.links)

    @override_settings(
        ROUTING_PROVIDERS={"transit": ["db", "google"], "car": [], "bicycle": ["osm-valhalla"]}
    )
    def test_settings_choose_and_order_providers_and_hide_modes(self):
        modes = {m.mode: m for m in route_links(KERPEN, None, "de")}
        assert list(modes) == [TRANSIT, BICYCLE]
        assert [link.provider.key for link in modes[TRANSIT].links] == ["db", "google"]
        assert "fossgis_valhalla_bicycle" in modes[BICYCLE].primary.url

    def test_browser_position_placeholders_only_where_coordinates_are_taken(self):
        modes = {m.mode: m for m in route_links(KERPEN, None, "de")}
        transitous, db = modes[TRANSIT].links
        assert "fromPlace=__LAT__%2C__LON__" in transitous.url_from_browser
        assert db.url_from_browser == ""  # finds places by name only
        assert "route=__LAT__%2C__LON__%3B50.903533" in modes[FOOT].primary.url_from_browser
        assert modes[APP].primary.url_from_browser == ""

    def test_placeholder_origin_formats_like_a_place(self):
        here = BrowserPosition(name="My location")
        assert (here.lat, here.lon, here.label) == ("__LAT__", "__LON__", "My location")


class TestSettingsCheck:
    def errors(self):
        return [e.id for e in run_checks() if e.id.startswith("routing.")]

    def test_default_settings_pass(self):
        assert self.errors() == []

    @override_settings(ROUTING_PROVIDERS={"transit": ["transitus"]})
    def test_unknown_provider_is_an_error(self):
        assert self.errors() == ["routing.E002"]

    @override_settings(ROUTING_PROVIDERS={"boat": ["geo"]})
    def test_unknown_mode_is_an_error(self):
        assert self.errors() == ["routing.E001"]

    @override_settings(ROUTING_PROVIDERS={"bicycle": ["db"]})
    def test_provider_without_that_mode_is_an_error(self):
        assert self.errors() == ["routing.E003"]
