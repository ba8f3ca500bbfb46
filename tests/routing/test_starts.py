"""Which stops a typed start names: folded like search (case, umlauts, accents), words in any
order, a typo forgiven in longer names, the name itself first."""

import pytest

from routing.models import Stop
from routing.starts import is_exact, stops_matching

pytestmark = pytest.mark.django_db

NAMES = ["Bergheim Süd", "Bergheim Bahnhof", "Bergheim Rathaus", "Bergheim Nord",
         "Kerpen Bahnhof", "Hürth-Hermülheim Bahnhof", "Bergheim"]  # fmt: skip


@pytest.fixture(autouse=True)
def stops():
    for number, name in enumerate(NAMES):
        Stop.objects.create(
            stop_id=str(number), name=name, station=str(number),
            latitude=50.95 + number / 1000, longitude=6.64,
        )  # fmt: skip
    # A second platform of one station names it once.
    Stop.objects.create(
        stop_id="platform-2", name="Kerpen Bahnhof", station="4", latitude=50.9, longitude=6.7
    )


def names(text):
    return [stop.name for stop in stops_matching(text)]


def test_the_name_itself_comes_first_and_others_follow_shortest_first():
    assert names("Bergheim") == ["Bergheim", "Bergheim Süd", "Bergheim Nord",
                                 "Bergheim Bahnhof", "Bergheim Rathaus"]  # fmt: skip


def test_umlauts_typed_without_them_and_any_case_find_the_stop():
    assert names("bergheim sud")[0] == "Bergheim Süd"
    assert names("BERGHEIM SUED")[0] == "Bergheim Süd"
    assert names("hurth hermulheim") == ["Hürth-Hermülheim Bahnhof"]


def test_words_in_another_order_and_a_station_named_once():
    assert names("Bahnhof Kerpen") == ["Kerpen Bahnhof"]
    assert names("bahnhof") == ["Kerpen Bahnhof", "Bergheim Bahnhof", "Hürth-Hermülheim Bahnhof"]


def test_a_typo_in_a_longer_name_is_forgiven_but_not_in_a_short_one():
    assert names("Bergheim Bahnhf")[0] == "Bergheim Bahnhof"
    assert names("Kerpn") == []
    assert names("Nirgendwo-Haltestelle") == []


def test_nothing_to_match_in_punctuation_or_an_empty_start():
    assert names("  ,;- ") == []
    assert names("") == []


def test_exact_means_the_same_name_folded():
    first = stops_matching("bergheim süd")[0]
    assert is_exact(first, "Bergheim Sued")
    assert not is_exact(stops_matching("Bergheim")[1], "Bergheim")
