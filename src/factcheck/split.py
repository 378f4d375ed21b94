"""Split compound claims ("X en Y", "X and Y") into parts judged one by one.

A split is made only where both sides can stand alone: each has at least two
content words that are not number words ("three and a half" stays whole) and a
lower-case one (a verb or noun besides names), so
"Rusland, Egypte en de Emiraten steunen Haftar" stays whole. "tussen X en Y"
and "between X and Y" are never split, nor is a name ("het ministerie van
Infrastructuur en Waterstaat"), nor the object of a preposition ("van kippen
en eenden").
"""

from __future__ import annotations

import re
from types import ModuleType

from factcheck.lang import resources

_MIN_CONTENT = 2
_MIN_WORDS = 3


def _number_words(lang: ModuleType) -> frozenset[str]:
    return frozenset(
        {
            *lang.UNITS,
            *lang.TENS,
            *lang.HUNDRED,
            *lang.THOUSAND,
            *lang.SCALES,
            *lang.FRACTIONS,
            *lang.APPROXIMATORS,
        }
    )


def _content(words: list[str], lang: ModuleType) -> list[str]:
    skip = lang.STOPWORDS | _number_words(lang)
    return [w for w in words if w[:1].isalpha() and w.lower() not in skip]


def _can_stand_alone(text: str, lang: ModuleType) -> bool:
    """Two content words besides number words ("roughly three" is not a clause),
    in three words or more ("conference centre" is not one either)."""
    words = re.findall(r"[\w'-]+", text)
    content = _content(words, lang)
    return (
        len(words) >= _MIN_WORDS
        and len(content) >= _MIN_CONTENT
        and any(w[:1].islower() for w in content)
    )


def _inside_a_name(left: str, right: str, joiner: str, lang: ModuleType) -> bool:
    """ "het ministerie van Infrastructuur en Waterstaat", "the Ministry of Trade and
    Industry": capitalised words on both sides of the joiner, after "van"/"of"."""
    before, after = left.split()[-2:], right.split()[:1]
    return (
        "," not in joiner
        and len(before) == 2
        and bool(after)
        and before[0].lower() in lang.OF_PREPOSITIONS
        and before[1][:1].isupper()
        and after[0][:1].isupper()
    )


def _inside_a_phrase(left: str, right: str, joiner: str, lang: ModuleType) -> bool:
    """ "Over het binnenhouden van kippen en eenden", "bij kinderboerderijen en
    hobbyhouders": the joiner follows a preposition's object and a bare noun
    follows it, so it joins two objects, not two clauses. A comma before the
    joiner, or a determiner or a name after it ("in May and the ECB cut its
    rates", "in Libië en Turkije steunt"), starts a clause."""
    first = right.split()[:1]
    if "," in joiner or not first or first[0][:1].isupper() or first[0].lower() in lang.DETERMINERS:
        return False
    before = [w.lower().strip(",") for w in left.split()[-3:]]
    if len(before) >= 2 and before[-2] in lang.PREPOSITIONS:
        return True
    return len(before) == 3 and before[0] in lang.PREPOSITIONS and before[1] in lang.DETERMINERS


def _inside_a_number(left: str, right: str, lang: ModuleType) -> bool:
    """ "one hundred and sixty", "honderd en vijftig": a number word on both
    sides; "minimaal 120 en hooguit 160", "at least 120 and at most 160": the
    two bounds of a range (not "stierven er 3 en ruim 20 raakten gewond")."""
    before, after = left.lower().split()[-3:], right.lower().split()[:3]
    numbers = _number_words(lang)

    def numeric(word: str) -> bool:
        return word in numbers or word[:1].isdigit()

    def bound(words: list[str]) -> int:
        """How many words of an approximator ``words`` start with (0 if none)."""
        for n in (2, 1):
            if len(words) >= n and " ".join(words[:n]) in lang.APPROXIMATORS:
                return n
        return 0

    if not before or not after or not numeric(before[-1]):
        return False
    if before[-1] in numbers and after[0] in numbers:
        return True
    width = bound(after)
    if not width or len(after) <= width or not numeric(after[width]):
        return False
    # The left figure is a bound too: "minimaal 120", "at least 120".
    return any(bound(before[k:-1]) == len(before) - 1 - k for k in range(len(before) - 1))


def split_claim(text: str, language: str) -> list[str]:
    """The parts of a compound claim; a simple claim is its own only part.

    Example:
        >>> split_claim("Haftar verloor 7000 man en Turkije steunt de regering.", "nl")
        ['Haftar verloor 7000 man', 'Turkije steunt de regering.']
        >>> split_claim("Rusland en Egypte steunen Haftar.", "nl")
        ['Rusland en Egypte steunen Haftar.']
    """
    lang = resources(language)
    joiners = sorted(lang.CLAUSE_JOINERS, key=len, reverse=True)
    pattern = re.compile(
        r",?\s+(?:" + "|".join(re.escape(j) for j in joiners) + r")\s+", re.IGNORECASE
    )
    between_open, between_close = lang.RANGE_BETWEEN
    parts: list[str] = []
    rest = text.strip()
    while True:
        for match in pattern.finditer(rest):
            left, right = rest[: match.start()].strip(), rest[match.end() :].strip()
            left_words = left.lower().split()
            if (
                between_open in left_words[-4:]
                and match.group().strip(", ").lower() == between_close
            ):
                continue
            if _inside_a_name(left, right, match.group(), lang):
                continue
            if _inside_a_number(left, right, lang) or _inside_a_phrase(
                left, right, match.group(), lang
            ):
                continue
            if _can_stand_alone(left, lang) and _can_stand_alone(right, lang):
                parts.append(left)
                rest = right
                break
        else:
            parts.append(rest)
            return parts
