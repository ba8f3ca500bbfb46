"""Which public-transport stops a typed start names ("bergheim sud", "Bahnhof Bergheim",
"Bergheim Bahnhf"): the way page routes from the best and offers the others to choose from.

Stop names are folded as search folds queries (case, accents, umlauts typed as ae/oe/ue), so
a reader without German letters on her keyboard still finds "Bergheim Süd". The folded names
are kept in this process until the stops change (the content version)."""

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from integrationmap.infrastructure.caching import remember
from offers.search import normalise

from .models import Stop

# A typo is forgiven only in starts this long and this close to a stop's name (0–100):
# shorter ones match too many names by chance.
MIN_FUZZY_LENGTH = 5
FUZZY_CUTOFF = 86


@dataclass(frozen=True)
class NamedStop:
    name: str
    latitude: float
    longitude: float
    folded: str


def named_stops() -> list[NamedStop]:
    """One stop per name (platforms and entrances of a station share it)."""

    def build():
        by_name = {}
        for name, latitude, longitude in Stop.objects.order_by("name", "stop_id").values_list(
            "name", "latitude", "longitude"
        ):
            by_name.setdefault(name, NamedStop(name, latitude, longitude, normalise(name)))
        return list(by_name.values())

    return remember("named_stops", build, per_language=False, in_process=True)


def stops_matching(text: str, *, limit: int = 6) -> list[NamedStop]:
    """The stops whose names hold every word of `text`, best first: the name itself, a name
    that begins with it, one whose words begin with the typed ones, then the shortest. When no
    name holds the words, the closest names within a typo or two."""
    query = normalise(text)
    words = query.split()
    if not words:
        return []
    stops = named_stops()
    holding = [stop for stop in stops if all(word in stop.folded for word in words)]
    if holding:
        return sorted(holding, key=lambda stop: _rank(stop, query, words))[:limit]
    if len(query) < MIN_FUZZY_LENGTH:
        return []
    close = process.extract(
        query,
        [stop.folded for stop in stops],
        scorer=fuzz.token_sort_ratio,
        score_cutoff=FUZZY_CUTOFF,
        limit=limit,
    )
    return [stops[index] for _folded, _score, index in close]


def _rank(stop: NamedStop, query: str, words: list[str]) -> tuple:
    name_words = stop.folded.split()
    if stop.folded == query:
        closeness = 0
    elif stop.folded.startswith(query):
        closeness = 1
    elif all(any(word_of.startswith(word) for word_of in name_words) for word in words):
        closeness = 2
    else:
        closeness = 3
    return closeness, len(stop.folded), stop.name


def is_exact(stop: NamedStop, text: str) -> bool:
    return stop.folded == normalise(text)
