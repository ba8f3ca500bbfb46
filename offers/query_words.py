"""What the words of a query name: topics, target groups and towns, by their names in every
language and by the search vocabulary (SearchTerm) — so that «پزشک», «дитсадок» or "Zahnarzt
Kerpen" find the health offers, the day-care places or the doctors in Kerpen although no offer
text says it in those words.

A word names a term when it is the term, when it holds a term of four letters or more ("Kita"
in "Kitaplatz", «борг» in «борги», «طبيب» in «الطبيب»), or, from five letters on, when it is
one or two typing mistakes away from one (a letter wrong, missing, added, or two swapped;
rapidfuzz, so the same on SQLite and PostgreSQL).
Terms of several words are found as a phrase. Longer matches win over the shorter ones they
contain."""

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from integrationmap.infrastructure.caching import remember
from offers.models import Category, Municipality, SearchTerm, TargetGroup
from offers.reference import topic_tree
from offers.search import normalise, terms_of, texts_in_every_language

MIN_CONTAINED = 4
MIN_TYPO = 5
MAX_LOOSE = 3
ARABIC_ARTICLES = ("وال", "بال", "فال", "كال", "لل", "ال")
# Part of the cache key: a cached lexicon of an older form is not read.
LEXICON_FORM = 2


@dataclass
class Meaning:
    """What a query names, and its words that name nothing (to find in the offers' texts)."""

    categories: list[int] = field(default_factory=list)
    target_groups: list[int] = field(default_factory=list)
    municipalities: list[int] = field(default_factory=list)
    rest: list[str] = field(default_factory=list)
    named: list[tuple[str, int]] = field(default_factory=list)  # as found: areas unexpanded
    words_of: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    # Topics found only by an ending or a typing mistake: ranked after the surely named ones.
    only_likely: set[int] = field(default_factory=set)
    first_category: int | None = None  # named by the query's earliest word

    @property
    def names_topic(self) -> bool:
        """Whether it names offers by what they are (a topic or a target group)."""
        return bool(self.categories or self.target_groups)


@dataclass(frozen=True)
class Lexicon:
    """Folded term → what it names: (kind, id) pairs; kinds: category, target_group, town."""

    words: dict[str, frozenset]
    phrases: dict[str, frozenset]
    # Short Latin words that lost their accents in folding ("iş" → "is"): English "is"
    # would otherwise name job search in "my child is sick". They name a topic only likely.
    loose: frozenset = frozenset()


def _add(entries: dict, text: str, meaning: tuple, loose: set) -> None:
    folded = normalise(text)
    if folded:
        entries.setdefault(folded, set()).add(meaning)
        if len(folded) <= MAX_LOOSE and folded.isascii() and not text.isascii():
            loose.add(folded)


def lexicon() -> Lexicon:
    def build():
        entries: dict[str, set] = {}
        loose: set = set()
        for category in Category.objects.all():
            for name in texts_in_every_language(category, ["name"]):
                _add(entries, name, ("category", category.pk), loose)
        for group in TargetGroup.objects.all():
            for name in texts_in_every_language(group, ["name"]):
                _add(entries, name, ("target_group", group.pk), loose)
        for town in Municipality.objects.all():
            _add(entries, town.name, ("town", town.pk), loose)
        for term in SearchTerm.objects.all():
            if term.category_id:
                meaning = ("category", term.category_id)
            elif term.target_group_id:
                meaning = ("target_group", term.target_group_id)
            else:
                meaning = ("town", term.municipality_id)
            _add(entries, term.text, meaning, loose)
        words = {k: frozenset(v) for k, v in entries.items() if " " not in k}
        phrases = {k: frozenset(v) for k, v in entries.items() if " " in k}
        return Lexicon(words, phrases, frozenset(loose))

    return remember(f"search_lexicon_{LEXICON_FORM}", build, per_language=False, in_process=True)


def meaning_of(query: str, *, ignored=frozenset()) -> Meaning:
    """What `query` names; words that name nothing stay in `rest`. `ignored`: (kind, id)
    pairs the reader dropped ("not the town Kerpen, the word"): their words stay in `rest`."""
    words = terms_of(query)
    if not words:
        return Meaning()
    known = lexicon()
    found: set = set()
    words_of: dict[tuple, list[str]] = {}
    likely: set = set()  # found only by an ending or a typing mistake
    used = [False] * len(words)
    # Phrases first, longest first: "детский сад" before "сад".
    for phrase in sorted(known.phrases, key=len, reverse=True):
        size = phrase.count(" ") + 1
        for start in range(len(words) - size + 1):
            window = words[start : start + size]
            if any(used[start : start + size]):
                continue
            meanings = known.phrases[phrase] - ignored
            if meanings and _phrase_matches(phrase.split(), window):
                found |= meanings
                for named in meanings:
                    words_of.setdefault(named, []).extend(window)
                used[start : start + size] = [True] * size
    for index, word in enumerate(words):
        if used[index]:
            continue
        meanings, sure = _word_meanings(word, known)
        meanings -= ignored
        if meanings:
            found |= meanings
            if not sure:
                likely |= meanings
            for named in meanings:
                words_of.setdefault(named, []).append(word)
            used[index] = True
    meaning = Meaning(
        rest=[word for word, taken in zip(words, used, strict=True) if not taken],
        named=sorted(found),
        words_of=words_of,
        only_likely={pk for kind, pk in likely - (found - likely) if kind == "category"},
    )
    first = min(
        (
            (words.index(named_words[0]) if named_words[0] in words else len(words), pk)
            for (kind, pk), named_words in words_of.items()
            if kind == "category" and pk not in meaning.only_likely
        ),
        default=(None, None),
    )
    meaning.first_category = first[1]
    for kind, pk in sorted(found):
        {"category": meaning.categories, "target_group": meaning.target_groups,
         "town": meaning.municipalities}[kind].append(pk)  # fmt: skip
    # An area ("Arbeiten", «کار»…) stands for its topics, each less surely than a topic
    # named itself («کار» is also a word for job search: those offers first).
    for area in topic_tree():
        if area.pk in meaning.categories:
            children = [child.pk for child in area.children.all()]
            meaning.only_likely |= set(children) - set(meaning.categories)
            meaning.categories += children
    meaning.categories = sorted(set(meaning.categories))
    return meaning


def without_article(word: str) -> str:
    """The word without the Arabic article and the particles written onto it: «السفر»,
    «والسكن», «بالمستشفى» (the vocabulary may have the word with it or without)."""
    for article in ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 3:
            return word[len(article) :]
    return word


def _phrase_matches(phrase: list[str], window: list[str]) -> bool:
    """Every word as in the phrase, with or without the Arabic article; the last may go on
    ("детский садик" for "детский сад")."""
    *first, last = map(without_article, phrase)
    *window_first, window_last = map(without_article, window)
    return first == window_first and (
        window_last == last or (len(last) >= 3 and window_last.startswith(last))
    )


def _word_meanings(word: str, known: Lexicon) -> tuple[frozenset, bool]:
    """What `word` names, and whether surely (the term itself, or inside the word) or only
    likely (an ending away, or a typing mistake away)."""
    exact = known.words.get(word)
    if exact:
        return exact, word not in known.loose
    if (bare := without_article(word)) != word and (named := known.words.get(bare)):
        return named, True
    # Terms inside the word, but not those inside a longer one found there ("Kinderarzt":
    # "kinder" and "arzt"; "Zahnarztpraxis": "zahnarzt", not also "arzt").
    inside = [t for t in known.words if len(t) >= MIN_CONTAINED and t in word]
    widest = [t for t in inside if not any(t != other and t in other for other in inside)]
    if widest:
        return frozenset().union(*(known.words[t] for t in widest)), True
    if len(word) < MIN_TYPO:
        return frozenset(), False
    allowed = 1 if len(word) < 9 else 2
    close: set = set()
    for term, meanings in known.words.items():
        if len(term) >= MIN_TYPO and (
            _same_stem(word, term)
            or (
                abs(len(term) - len(word)) <= allowed
                and OSA.distance(word, term, score_cutoff=allowed) <= allowed
            )
        ):
            close |= meanings
    return frozenset(close), False


def _same_stem(word: str, term: str) -> bool:
    """The same word with another ending, as Ukrainian, Russian, Turkish or Kurmanji inflect
    («садочку» and «садочок», «лікарню» and «лікарня», "kreşe" and "kreş"): they share all
    but the last two letters of the shorter, and at least five."""
    shared = 0
    for a, b in zip(word, term, strict=False):
        if a != b:
            break
        shared += 1
    return (
        shared >= max(MIN_TYPO, min(len(word), len(term)) - 2) and abs(len(word) - len(term)) <= 3
    )


def closest_topics(query: str, *, limit: int = 3) -> list[int]:
    """Topics (category ids) whose words are most like the query's, for a search that found
    nothing: «زبان المانى» → language courses, "Wonungsuche" → housing."""
    words = [word for word in terms_of(query) if len(word) >= 3]
    if not words:
        return []
    known = lexicon()
    scores: dict[int, float] = {}
    for word in words:
        for term, score, _index in process.extract(
            word, list(known.words), scorer=fuzz.WRatio, limit=10, score_cutoff=70
        ):
            for kind, pk in known.words[term]:
                if kind == "category":
                    scores[pk] = max(scores.get(pk, 0), score)
    return sorted(scores, key=lambda pk: -scores[pk])[:limit]
