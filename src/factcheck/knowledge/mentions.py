"""Place mentions: finding country and city names in text, and reading them in context.

A name must be capitalised and is matched whole (up to five words, longest
first: "Bani Walid", "Verenigde Arabische Emiraten"). Ordinary words are kept
out: function and direction words never match ("Westen"), alternate names that
are words are not indexed ("Vele" for Belém), a one-word name that is also a
word ("Nice", "Split", "Leiden") starts a sentence as a place only when an
apposition or "ligt" follows or the place is a metropolis, and a name beside
another capitalised word is part of a person's or a firm's name ("Khalifa
Haftar", "Paris Hilton", "Real Madrid").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from factcheck.knowledge import _common_words, lang_en, lang_nl
from factcheck.knowledge._text import Token, fold, tokenize
from factcheck.knowledge.gazetteer import (
    ALT_NAME_MIN_POPULATION,
    BLOCKED,
    EXONYMS,
    City,
    Gazetteer,
)
from factcheck.lang import en, nl

# A context-country candidate wins over a bigger namesake up to this ratio:
# Tripoli (Lebanon) in a Lebanon article, but Paris (France) in a US one.
CONTEXT_RATIO = 20
# A name that is also a word ("Nice", "Split") starts a sentence as a place only
# when it names a metropolis ("Shanghai is"), or before _APPOSITION.
METROPOLIS = 500_000
MAX_WORDS = 5
_APPOSITION = frozenset({",", "ligt", "lag", "lies", "lay"})
_PREFIXES = {**en.DIRECTION_PREFIXES, **nl.DIRECTION_PREFIXES}
_NOT_REGIONS = lang_nl.NOT_REGIONS | lang_en.NOT_REGIONS


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name in a text: a country, or a city with its candidates.

    ``first``/``last`` are token positions; ``prefix`` is the direction of a
    compound such as "Oost-Libië" (then ``country`` is set).
    """

    start: int
    end: int
    text: str
    first: int
    last: int
    country: str | None = None
    cities: tuple[City, ...] = ()
    prefix: str | None = None


def find_places(
    gazetteer: Gazetteer,
    text: str,
    tokens: list[Token] | None = None,
    extra: dict[str, tuple[City, ...]] | None = None,
) -> list[PlaceMention]:
    """Country and city names in ``text``; ``extra`` maps folded names to more places."""
    gazetteer.load()
    tokens = tokenize(text) if tokens is None else tokens
    lowered = {t.lower for t in tokens if t.is_word and not t.capitalised}
    found: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        mention = _match_at(gazetteer, text, tokens, i, lowered, extra or {})
        if mention is None:
            i += 1
            continue
        found.append(mention)
        i = mention.last + 1
    return [m for m in found if not _name_part(text, tokens, m)]


def _match_at(
    gazetteer: Gazetteer,
    text: str,
    tokens: list[Token],
    i: int,
    lowered: set[str],
    extra: dict[str, tuple[City, ...]],
) -> PlaceMention | None:
    head = tokens[i]
    if not (head.is_word and head.capitalised):
        return None
    for n in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
        span = tokens[i : i + n]
        if not span[-1].capitalised or not all(t.is_word for t in span):
            continue
        if any(text[a.end : b.start] != " " for a, b in pairwise(span)):
            continue
        key = fold(" ".join(t.text for t in span))
        start, end, surface = head.start, span[-1].end, text[head.start : span[-1].end]
        if key in extra:
            return PlaceMention(start, end, surface, i, i + n - 1, cities=extra[key])
        country, cities = gazetteer.lookup(key)
        if country:
            return PlaceMention(start, end, surface, i, i + n - 1, country=country)
        if cities and (n > 1 or _plausible(tokens, i, key, cities, lowered)):
            return PlaceMention(start, end, surface, i, i + n - 1, cities=cities)
    prefix, _, rest = head.text.partition("-")
    code = _PREFIXES.get(prefix.lower())
    # Only a country's own name takes a prefix: "Noord-Holland" is a province,
    # not the north of Holland, Michigan, and "Zuid-Amerika" is not the south of the US.
    if code and rest[:1].isupper() and fold(head.text) not in _NOT_REGIONS:
        key = fold(rest)
        if gazetteer.prefixable(key):
            return PlaceMention(
                head.start, head.end, head.text, i, i, prefix=code, country=gazetteer.lookup(key)[0]
            )
    return None


def _plausible(
    tokens: list[Token], i: int, key: str, cities: tuple[City, ...], lowered: set[str]
) -> bool:
    """Whether a one-word city name is meant as the city here."""
    token = tokens[i]
    common = key in _common_words.words()
    if not token.sentence_start:
        return not common or cities[0].population >= ALT_NAME_MIN_POPULATION
    if key in lowered:  # the text also uses it as an ordinary word
        return False
    if not common:
        return True
    if i + 1 < len(tokens) and tokens[i + 1].lower in _APPOSITION:
        return True
    top = cities[0]
    return (top.name == token.text or key in EXONYMS) and top.population >= METROPOLIS


def _name_part(text: str, tokens: list[Token], mention: PlaceMention) -> bool:
    """Whether the mention sits inside a longer proper name ("Khalifa Haftar").

    Two places side by side count too: "Paris Hilton", "George Washington".
    """
    if mention.prefix:
        return False
    neighbours = []
    if mention.first > 0 and not tokens[mention.first].sentence_start:
        neighbours.append((tokens[mention.first - 1], tokens[mention.first]))
    if mention.last + 1 < len(tokens):
        neighbours.append((tokens[mention.last + 1], tokens[mention.last]))
    for other, edge in neighbours:
        gap = text[min(other.end, edge.end) : max(other.start, edge.start)]
        if gap == " " and other.is_word and other.capitalised and fold(other.text) not in BLOCKED:
            return True
    return False


def main_country(mentions: list[PlaceMention]) -> str | None:
    """The country a text is about: the one its places name most (first wins ties).

    Names shared by places of similar size (Tripoli) do not count, unless the
    text has nothing else: then the most populous reading decides.
    """
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in mentions:
        code = m.country or _dominant(m.cities)
        if code:
            counts[code] += 1
            first.setdefault(code, m.start)
    if not counts:
        return next((m.cities[0].country for m in mentions if m.cities), None)
    return max(counts, key=lambda c: (counts[c], -first[c]))


def resolve(mention: PlaceMention, prefer: str | None = None, require: bool = False) -> City | None:
    """The city a mention means: in ``prefer`` when plausible, else the most populous.

    With ``require``, only a city in ``prefer`` will do (None if there is none).
    """
    cands = mention.cities
    if prefer:
        local = [c for c in cands if c.country == prefer]
        if local and (require or local[0].population * CONTEXT_RATIO >= cands[0].population):
            return local[0]
        if require:
            return None
    return cands[0] if cands else None


def _dominant(cities: tuple[City, ...]) -> str | None:
    """The country of a city name, unless the name is shared by places of similar size."""
    if not cities:
        return None
    rivals = [c for c in cities if c.country != cities[0].country]
    if not rivals or cities[0].population >= CONTEXT_RATIO * rivals[0].population:
        return cities[0].country
    return None
