"""Direction mentions in text, and how they are judged against coordinates.

Two frames:

- region: a place (or an actor) lies in a part of a country: "Bani Walid in het
  noordwesten van het land", "een in het oosten in Tripoli", "Oost-Libië",
  "Lille, in the north of France", "western Libya";
- bearing: a place lies in a direction from another: "Amizmiz, 55 kilometer ten
  zuidwesten van Marrakesh", "Taroudant lies south-west of Marrakesh".

The parser only binds a direction to a place when the words between them are
few and harmless (a comma, "ligt", "de stad", a distance); "Haftar verloor
Tripoli en trok zich terug in het oosten" binds nothing. Judging the mentions
against coordinates is :mod:`factcheck.knowledge.verdicts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from factcheck.knowledge import lang_en, lang_nl
from factcheck.knowledge._text import Token, fold
from factcheck.knowledge.mentions import PlaceMention
from factcheck.knowledge.verdicts import ANGLES
from factcheck.lang import resources

Frame = Literal["region", "bearing"]

MAX_FILLERS = 6
_POSSESSIVE = {"'s", "’s"}
_REFERENCE_VERBS = {"ligt", "lag", "lies", "lay", "is", "was"}


# Every word the parser reads as a direction, in every language, as one pattern:
# a cheap gate, so that text without one never reaches the gazetteer.
_DIRECTION_WORD = re.compile(
    "|".join(
        re.escape(w)
        for w in sorted(
            {
                w
                for res, words in ((resources("nl"), lang_nl), (resources("en"), lang_en))
                for w in (*res.DIRECTIONS, *res.DIRECTION_PREFIXES, *words.EXTRA_DIRECTIONS)
            },
            key=len,
            reverse=True,
        )
    ),
    re.IGNORECASE,
)


def mentions_direction(text: str) -> bool:
    """Whether ``text`` may place something in a direction ("in het oosten", "central").

    Example:
        >>> mentions_direction("Tripoli ligt in Oost-Libië."), mentions_direction("Haftar verloor.")
        (True, False)
    """
    return _DIRECTION_WORD.search(text) is not None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor of the facts file named in a text (``actor`` indexes the facts' actors)."""

    start: int
    end: int
    text: str
    first: int
    last: int
    actor: int


@dataclass(frozen=True, slots=True)
class DirectionMention:
    """A claim that a place or actor lies in a direction; span in characters."""

    direction: str
    frame: Frame
    start: int
    end: int
    place: PlaceMention | None = None
    actor: ActorMention | None = None
    country: str | None = None
    this_country: bool = False
    reference: PlaceMention | None = None


def parse(
    tokens: list[Token], places: list[PlaceMention], actors: list[ActorMention], language: str
) -> list[DirectionMention]:
    """Find the direction claims in a tokenised text whose places are found."""
    return _Parser(tokens, places, actors, language).run()


class _Parser:
    def __init__(
        self,
        tokens: list[Token],
        places: list[PlaceMention],
        actors: list[ActorMention],
        language: str,
    ) -> None:
        self.tokens = tokens
        self.res = resources(language)
        self.words = lang_en if self.res.CODE == "en" else lang_nl
        self.place_first = {m.first: m for m in places}
        self.place_last = {m.last: m for m in places}
        self.covered = {k for m in places for k in range(m.first, m.last + 1)}
        self.actor_first = {a.first: a for a in actors}
        self.actor_last = {a.last: a for a in actors}
        self.region_markers = sorted(
            (m.split() for m in self.res.REGION_MARKERS), key=len, reverse=True
        )
        self.bearing_markers = [m.split() for m in self.res.BEARING_MARKERS if m]
        self.bare_bearing = "" in self.res.BEARING_MARKERS
        self.this_country = [p.split() for p in self.res.THIS_COUNTRY]
        self.directions = {**self.res.DIRECTIONS, **self.words.EXTRA_DIRECTIONS}

    def run(self) -> list[DirectionMention]:
        found = []
        for tok in self.tokens:
            place = self.place_first.get(tok.pos)
            if place and place.prefix and place.country:
                found.append(
                    self._bind(
                        place.prefix, self._with_in(tok.pos), place.last, place.country, False
                    )
                )
            elif tok.is_word and tok.lower in self.directions and tok.pos not in self.covered:
                found.append(self._phrase(tok))
        return [m for m in found if m is not None]

    # -- phrases ------------------------------------------------------------

    def _phrase(self, tok: Token) -> DirectionMention | None:
        i, direction = tok.pos, self.directions[tok.lower]
        marker = self._marker_before(i, self.region_markers)
        if marker is not None:
            if self._lower(marker - 1) in self.words.MOTION:  # "trok naar het oosten"
                return None
            return self._region(direction, marker, i + 1)
        if self._lower(i - 1) in _POSSESSIVE:  # "in Libya's east", "the country's north"
            owner = self.place_last.get(i - 2)
            if owner and owner.country and not owner.prefix:
                return self._bind(direction, self._with_in(owner.first), i, owner.country, False)
            this = self._this_country_ending(i - 2)
            if this is not None:
                return self._bind(direction, self._with_in(this), i, None, True)
        after = self.place_first.get(i + 1)
        if (
            after
            and after.country
            and not after.prefix
            and fold(f"{tok.text} {after.text}") not in self.words.NOT_REGIONS
        ):
            return self._bind(direction, self._with_in(i), after.last, after.country, False)
        return self._bearing(direction, i)

    def _region(self, direction: str, first: int, j: int) -> DirectionMention | None:
        last = j - 1
        if self._lower(j) in self.words.PART_WORDS and self._lower(j + 1) == self.words.OF:
            j += 1
        if self._lower(j) != self.words.OF:
            return None if direction == "C" else self._bind(direction, first, last, None, False)
        for phrase in self.this_country:
            if [self._lower(j + 1 + k) for k in range(len(phrase))] == phrase:
                return self._bind(direction, first, j + len(phrase), None, True)
        k = j + 2 if self._lower(j + 1) in {"the", "de", "het"} else j + 1
        owner = self.place_first.get(k)
        if owner and owner.country and not owner.prefix:
            return self._bind(direction, first, owner.last, owner.country, False)
        return None  # a region of a city or of something else: nothing to check

    def _bearing(self, direction: str, i: int) -> DirectionMention | None:
        if direction not in ANGLES or self._lower(i + 1) != self.words.OF:
            return None
        first = self._marker_before(i, self.bearing_markers)
        suffix = self.words.BEARING_ADJECTIVE_SUFFIX
        if first is None and self._lower(i - 1) == "the":
            first = i - 2 if self._lower(i - 2) == "to" else None  # "to the south of"
        elif first is None and (self.bare_bearing or (suffix and self._lower(i).endswith(suffix))):
            first = i
        reference = self.place_first.get(i + 2)
        if first is None or not reference or not reference.cities or reference.prefix:
            return None
        subject = self._place_before(first)
        if subject is None:  # "Ten zuidwesten van Marrakesh ligt Amizmiz"
            k = reference.last + 1
            k += self._lower(k) == ","
            k += self._lower(k) in _REFERENCE_VERBS
            candidate = self.place_first.get(k)
            subject = candidate if candidate and candidate.cities else None
        if subject is None:
            return None
        start, end = self._span(first, reference.last, subject.start, subject.end)
        return DirectionMention(
            direction, "bearing", start, end, place=subject, reference=reference
        )

    def _bind(
        self, direction: str, first: int, last: int, country: str | None, this: bool
    ) -> DirectionMention | None:
        """Attach the place or actor a region phrase is about."""
        place = self._place_before(first) or self._place_after(last)
        actor = None if place else (self._actor_after(last) or self._actor_before(first))
        subject = place or actor
        if subject is None:
            return None
        start, end = self._span(first, last, subject.start, subject.end)
        return DirectionMention(
            direction,
            "region",
            start,
            end,
            place=place,
            actor=actor,
            country=country,
            this_country=this,
        )

    # -- subjects -----------------------------------------------------------

    def _place_before(self, first: int) -> PlaceMention | None:
        k = first - 1
        for _ in range(MAX_FILLERS + 1):
            place = self.place_last.get(k)
            if place is not None:
                return place if place.cities and not place.prefix else None
            if k < 0 or not self._filler(self.tokens[k]):
                return None
            k -= 1
        return None

    def _place_after(self, last: int) -> PlaceMention | None:
        k = last + 1
        k += self._lower(k) == ","
        if self._lower(k) not in self.words.PLACE_LINKS:
            return None
        k += 1
        for _ in range(3):
            if k in self.place_first or self._lower(k) not in self.words.PLACE_LINK_FILLERS:
                break
            k += 1
        place = self.place_first.get(k)
        return place if place and place.cities and not place.prefix else None

    def _actor_after(self, last: int) -> ActorMention | None:
        k = last + 1
        for _ in range(MAX_FILLERS + 1):
            if k in self.actor_first:
                return self.actor_first[k]
            if self._lower(k) not in self.words.ACTOR_LINKS:
                return None
            k += 1
        return None

    def _actor_before(self, first: int) -> ActorMention | None:
        k = first - 1
        for _ in range(4):
            if k in self.actor_last:
                return self.actor_last[k]
            if self._lower(k) not in self.words.ACTOR_BEFORE_LINKS:
                return None
            k -= 1
        return None

    # -- helpers ------------------------------------------------------------

    def _with_in(self, first: int) -> int:
        """Start a phrase at a preceding "in": "in Oost-Libië", "in western Libya"."""
        return first - 1 if self._lower(first - 1) == "in" else first

    def _lower(self, k: int) -> str:
        return self.tokens[k].lower if 0 <= k < len(self.tokens) else ""

    def _filler(self, tok: Token) -> bool:
        low = tok.lower
        return (
            low in self.words.SUBJECT_FILLERS
            or low.replace(",", "").isdigit()
            or low in self.res.UNITS
            or low in self.res.TENS
        )

    def _marker_before(self, i: int, markers: list[list[str]]) -> int | None:
        for marker in markers:
            n = len(marker)
            if i - n >= 0 and [self._lower(k) for k in range(i - n, i)] == marker:
                return i - n
        return None

    def _this_country_ending(self, last: int) -> int | None:
        for phrase in self.this_country:
            first = last - len(phrase) + 1
            if [self._lower(k) for k in range(first, last + 1)] == phrase:
                return first
        return None

    def _span(self, first: int, last: int, start: int, end: int) -> tuple[int, int]:
        return min(self.tokens[first].start, start), max(self.tokens[last].end, end)
