"""Quantities of a sentence: numbers and number words with their meaning.

Part of :mod:`factcheck.extract`: digits and number words ("zevenduizend",
"half a billion"), scales, fractions and proportions ("een derde", "four of the
seven"), percentages, money, durations, times of day, ordinals, and the
qualifiers that turn a number into an interval ("ongeveer", "ruim", "more
than"). Years and days of the month found on the way are dates, stored as such.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck import numbers

if TYPE_CHECKING:
    from factcheck.extract import Facts

# Figures beyond this (a thousand trillion) are not compared: they overflow
# or are not what a news text reports.
_LARGEST = 1e15
# Dates sit further from what they date: "Zaterdag nog werd de stad Bani Walid ...".
DATE_WINDOW = 7


@dataclass(slots=True)
class Quantity:
    """A number with its meaning: an interval, a kind and the noun it counts."""

    value: float
    lo: float
    hi: float
    kind: str  # count | percent | money | fraction
    unit: str
    text: str
    start: int
    end: int
    context: frozenset[str]
    # The approximator as written before the figure ("bijna", "more than"), if any.
    qualifier: str = ""


@functools.cache
def figure_words(lang) -> frozenset[str]:
    """Words that belong to a figure: scales, currencies, "procent"."""
    return frozenset(
        [*lang.SCALES, *lang.THOUSAND, *lang.HUNDRED, *lang.CURRENCY_WORDS, *lang.PERCENT_WORDS]
    )


def approximator_before(lowers: Sequence[str], i: int, lang) -> tuple[str, int] | None:
    """The approximator before word ``i`` ("ruim 4.000", "ruim de helft"): its
    meaning and how many words it takes, a determiner between included."""
    ends = [i, i - 1] if i > 0 and lowers[i - 1] in lang.DETERMINERS else [i]
    for end in ends:
        for width in (3, 2, 1):
            if end - width >= 0:
                phrase = " ".join(lowers[end - width : end])
                if phrase in lang.APPROXIMATORS:
                    return str(lang.APPROXIMATORS[phrase]), width + (i - end)
    return None


# "ruim een derde", "just over 30 percent": at most this much more (a fraction,
# percentage points).
_SHARE_HEADROOM = {"fraction": 0.1, "percent": 10.0}
# "meer dan X" in a news text is at most this many times X; "ruim X", "just
# over X" at most this many.
_MORE_THAN_AT_MOST = 2.0
_SLIGHTLY_MORE_AT_MOST = 1.5


def _interval(value: float, qualifier: str | None, scaled: bool) -> tuple[float, float]:
    # Round figures are rarely exact: "1,2 miljoen" stands for 1.15 to 1.25 million.
    slack = 0.05 if scaled else 0.0
    lo, hi = value * (1 - slack), value * (1 + slack)
    if qualifier == "approx":
        lo, hi = value * 0.85, value * 1.15
    elif qualifier == "almost":
        lo, hi = value * 0.8, value
    elif qualifier == "at_least":
        hi = math.inf
    elif qualifier == "more":
        # "ruim vierduizend", "more than 400": more, but not several times as many.
        lo, hi = value, value * _MORE_THAN_AT_MOST
    elif qualifier == "slightly_more":
        # "ruim 48.000" is not 84.000.
        lo, hi = value, value * _SLIGHTLY_MORE_AT_MOST
    elif qualifier == "at_most":
        lo = 0.0
    elif qualifier == "less":
        lo, hi = 0.0, value
    return lo, hi


def _ordinal_here(prev: str, nxt: str, lang) -> bool:
    """An ordinal follows a determiner or possessive and is not "een derde van" (a fraction)."""
    determiner = prev in lang.ORDINAL_DETERMINERS or prev.endswith(("'s", "’s"))
    return determiner and nxt not in lang.FRACTION_FOLLOWERS


_CLOCK = re.compile(r"(\d{1,2})[.:](\d{2})")


def _number_after(lowers: list[str], end: int, whole: float, lang) -> tuple[float, int] | None:
    """The smaller number words after a hundred or a thousand: "and sixty"
    (60), "three hundred" (300); their value and where they end."""
    at = end + 1
    if at < len(lowers) and lowers[at] == lang.NUMBER_AND:
        at += 1
    if at >= len(lowers) or not lowers[at][:1].isalpha():
        return None
    part = numbers.parse_word(lowers[at], lang.CODE)
    if part is None or part >= whole or part < 1:
        return None
    after = lowers[at + 1] if at + 1 < len(lowers) else ""
    if after in lang.SCALES or (after in lang.HUNDRED and not (part < 10 and whole >= 1000)):
        return None  # "two hundred and three hundred": a range, not 203 hundred
    if at + 1 < len(lowers) and lowers[at + 1] in lang.HUNDRED and part < 10 and whole >= 1000:
        part, at = part * 100, at + 1
        more = _number_after(lowers, at, part, lang)
        if more is not None:
            part, at = part + more[0], more[1]
    return part, at


def _is_time(lowers: list[str], i: int, end: int, lang) -> bool:
    """Whether the number at ``i`` .. ``end`` is a time of day."""
    nxt = lowers[end + 1] if end + 1 < len(lowers) else ""
    if nxt in lang.TIME_WORDS or lowers[end + 1 : end + 4] in (["a", ".", "m"], ["p", ".", "m"]):
        return True
    clock = _CLOCK.fullmatch(lowers[i])
    if clock and int(clock.group(1)) < 24 and int(clock.group(2)) < 60 and nxt in lang.RANGE_WORDS:
        # "van 08.00 tot 20.00 uur": the first time of a range of times
        after = lowers[end + 2] if end + 2 < len(lowers) else ""
        return _CLOCK.fullmatch(after) is not None
    prev = lowers[i - 1] if i > 0 else ""
    return nxt in lang.HOUR_WORDS and (
        prev in lang.TIME_PREPOSITIONS or _CLOCK.fullmatch(lowers[i]) is not None
    )


def _hour_part(lowers: list[str], i: int, value: float, lang) -> tuple[float, int] | None:
    """A time said as part of the hour at ``i`` after a preposition of time
    ("om half drie", "rond kwart over vier"): the offset and the first token."""
    if not (value.is_integer() and 1 <= value <= 12):
        return None
    for words, offset in lang.HOUR_PARTS.items():
        first = i - len(words)
        if (
            first >= 1
            and tuple(lowers[first:i]) == words
            and lowers[first - 1] in lang.TIME_PREPOSITIONS
        ):
            return offset, first
    return None


def _hour_of_day(token: str, value: float) -> float:
    """Hours on a twelve-hour clock: "23.11" -> 11.18, "elf" (11) -> 11.0."""
    clock = _CLOCK.fullmatch(token)
    if clock:
        return int(clock.group(1)) % 12 + int(clock.group(2)) / 60
    return value % 12


def _before_scale(lowers: list[str], i: int, lang) -> tuple[float, int] | None:
    """A multiplier of a scale word at ``i`` ("half a" in "half a billion") and
    the index of its last token, or None."""
    for words, value in lang.SCALE_MULTIPLIERS.items():
        after = i + len(words)
        if tuple(lowers[i:after]) == words and after < len(lowers) and lowers[after] in lang.SCALES:
            return value, after - 1
    return None


def _parts_of_totals(facts: Facts, lang) -> None:
    """ "A third of her 27 firefighters" also says 9 firefighters: a count added
    for a fraction of a counted whole."""
    found = facts.quantities
    for part, whole in itertools.pairwise(list(found)):
        if part.kind != "fraction" or whole.kind != "count":
            continue
        between = facts.text[part.end : whole.start].lower().split()
        if not between or between[0] not in lang.FRACTION_FOLLOWERS:
            continue
        if any(w not in lang.STOPWORDS and w not in lang.FRACTION_FOLLOWERS for w in between):
            continue
        found.append(
            Quantity(
                value=part.value * whole.value,
                lo=part.lo * whole.value,
                hi=part.hi * whole.value,
                kind="count",
                unit=whole.unit,
                text=facts.text[part.start : whole.end],
                start=part.start,
                end=whole.end,
                context=whole.context,
            )
        )


def find_quantities(
    facts: Facts, lowers: list[str], lang, context, skip: frozenset[int] | set[int] = frozenset()
) -> None:
    """Every quantity of the sentence, and the years and days of the month among
    them; not at the positions in ``skip`` (the words of a decade)."""
    _find_numbers(facts, lowers, lang, context, skip)
    _parts_of_totals(facts, lang)


def _joined_fraction(word: str, lang) -> float | None:
    """A fraction written as one word: "two-fifths", "tweevijfde", "drie-vierde";
    a proper one, and not an ordinal ("zeventiende", "twenty-fifth").

    Example:
        >>> from factcheck.lang import resources
        >>> _joined_fraction("two-fifths", resources("en"))
        0.4
        >>> _joined_fraction("tweevijfde", resources("nl"))
        0.4
        >>> _joined_fraction("negentiende", resources("nl")) is None
        True
    """
    if word in lang.ORDINALS:
        return None
    for cut in range(2, len(word) - 3):
        head, tail = word[:cut].rstrip("-"), word[cut:]
        if tail not in lang.FRACTIONS or (head == word[:cut] and tail in lang.ORDINAL_TAILS):
            continue
        count = numbers.parse_word(head, lang.CODE)
        if count is not None and count.is_integer() and 1 <= count < 1 / lang.FRACTIONS[tail]:
            return count * lang.FRACTIONS[tail]
    return None


def _find_numbers(facts: Facts, lowers: list[str], lang, context, skip) -> None:
    digits = numbers.digits_pattern(lang.CODE)
    tokens = facts.tokens
    used: set[int] = set(skip)
    for i, low in enumerate(lowers):
        if i in used:
            continue
        value: float | None = None
        kind = "count"
        end = i
        plain_integer = False
        before_scale = _before_scale(lowers, i, lang)
        if before_scale is not None:
            # "half a billion", "een half miljoen", "anderhalf miljoen"
            value, end = before_scale
        elif low[:1].isdigit() and digits.fullmatch(low):
            if low.isdigit() and _names_a_model(tokens, i, lang):
                continue  # "ATR 72", "MH 17": part of a name, not a figure
            value = numbers.parse_digits(low, lang.CODE)
            plain_integer = low.isdigit()
        elif low[:1].isalpha():
            nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
            if low in lang.AMBIGUOUS_ONE and not (
                _partitive_whole(lowers, i, lang)
                or nxt in lang.SCALES
                or nxt in lang.FRACTIONS
                or nxt in lang.THOUSAND
                or nxt in lang.HUNDRED
                or nxt in lang.DURATION_UNITS
            ):
                continue
            value = numbers.parse_word(low, lang.CODE) if low not in lang.AMBIGUOUS_ONE else 1.0
            prev = lowers[i - 1] if i > 0 else ""
            if value is None and low in lang.ORDINALS and _ordinal_here(prev, nxt, lang):
                # "de derde poging", "Odinga's fifth attempt", "de twaalfde eeuw"
                value, kind = float(lang.ORDINALS[low]), "ordinal"
            elif value is None and low in lang.FRACTIONS and prev in lang.FRACTION_BEFORE:
                value, kind = lang.FRACTIONS[low], "fraction"
            elif value is None and (joined := _joined_fraction(low, lang)) is not None:
                value, kind = joined, "fraction"  # "two-fifths", "tweevijfde"
            elif (
                value is None
                and low in lang.WHOLE_FRACTIONS
                and (
                    nxt in lang.FRACTION_FOLLOWERS
                    or approximator_before(lowers, i, lang)
                    or prev in lang.BY
                )
            ):
                # "half of", and "nearly half", "cut by half"
                value, kind = lang.WHOLE_FRACTIONS[low], "fraction"
        if value is None:
            continue
        if tuple(lowers[end + 1 : end + 4]) == lang.AND_A_HALF:
            value, end = value + 0.5, end + 3
        scaled = False
        while end + 1 < len(lowers) and (
            lowers[end + 1] in lang.SCALES
            or lowers[end + 1] in lang.THOUSAND
            or lowers[end + 1] in lang.HUNDRED
        ):
            nxt = lowers[end + 1]
            value *= {**lang.SCALES, **lang.THOUSAND, **lang.HUNDRED}[nxt]
            scaled, plain_integer, end = True, False, end + 1
            if nxt in lang.HUNDRED or nxt in lang.THOUSAND:
                # "one hundred and sixty", "two thousand three hundred"
                rest = _number_after(lowers, end, value, lang)
                if rest is not None:
                    value, end = value + rest[0], rest[1]
        if (
            not scaled
            and i > 0
            and lowers[i - 1] in lang.CURRENCY_WORDS
            and end + 1 < len(lowers)
            and lowers[end + 1] in lang.CURRENCY_SCALES
        ):
            # "£62m", "$500k": after a currency sign, "m" is a million, not a metre
            value *= lang.CURRENCY_SCALES[lowers[end + 1]]
            scaled, plain_integer, end = True, False, end + 1
        if not scaled and lowers[end].endswith(tuple(lang.THOUSAND)) and lowers[end].isalpha():
            # "duizend driehonderdvijftig", "tweeduizend vijfhonderd": one figure
            rest = _number_after(lowers, end, value, lang)
            if rest is not None:
                value, end = value + rest[0], rest[1]
        if kind == "count" and end + 1 < len(lowers) and lowers[end + 1] in lang.FRACTIONS:
            value, kind, end = value * lang.FRACTIONS[lowers[end + 1]], "fraction", end + 1
        whole = _partitive_whole(lowers, end, lang)
        if kind == "count" and whole is not None and whole[0] > value:
            # "dertig van de zestig economen" is a half, "four of the seven" 4/7.
            value, kind, end, plain_integer = value / whole[0], "fraction", whole[1], False
        if plain_integer and 1900 <= value <= 2100:
            facts.years[int(value)] = context(i, DATE_WINDOW)
            continue
        if end + 2 < len(lowers) and lowers[end + 1] == "-" and lowers[end + 2][:1].isalpha():
            end += 1  # "a 70-kilometre stretch", "a 10-year plan": the unit after the hyphen
        nxt = lowers[end + 1] if end + 1 < len(lowers) else ""
        prev = lowers[i - 1] if i > 0 else ""
        unit = ""
        first = i  # the figure's first token
        if nxt in lang.POINT_WORDS or (
            nxt == "percentage" and end + 2 < len(lowers) and lowers[end + 2] in lang.POINT_WORDS
        ):
            kind, unit = "points", "points"
            end += 1 if nxt in lang.POINT_WORDS else 2
        elif nxt in lang.PERCENT_WORDS:
            kind, end = "percent", end + 1
        elif nxt == "per" and " ".join(lowers[end + 1 : end + 3]) in lang.PERCENT_WORDS:
            kind, end = "percent", end + 2  # "25 per cent"
        elif (part := _hour_part(lowers, i, value, lang)) is not None:
            # "rond half drie": 2.30, said from the "half"
            kind, value, first = "time", (value + part[0]) % 12, part[1]
        elif _is_time(lowers, i, end, lang):
            kind, value = "time", _hour_of_day(lowers[i], value)
        elif nxt in lang.CURRENCY_WORDS or prev in lang.CURRENCY_WORDS:
            kind = "money"
            unit = lang.CURRENCY_WORDS.get(nxt) or lang.CURRENCY_WORDS.get(prev, "")
        elif nxt in lang.MONTHS or prev in lang.MONTHS:
            # A day of the month ("8 March", "March 8"); the month itself is a date too.
            month = lang.MONTHS.get(nxt) or lang.MONTHS[prev]
            if plain_integer and 1 <= value <= 31:
                lo_tok, hi_tok = (i, end + 1) if nxt in lang.MONTHS else (i - 1, end)
                surface = facts.text[tokens[lo_tok].start : tokens[hi_tok].end]
                facts.days[month * 100 + int(value)] = (surface, context(i, DATE_WINDOW))
            continue
        elif kind == "count" and nxt in lang.DURATION_UNITS:
            # In days: "een week" (7) against "drie dagen" (3).
            kind, unit, value = "duration", nxt, value * lang.DURATION_UNITS[nxt]
            end += 1
            if tuple(lowers[end + 1 : end + 4]) == lang.AND_A_HALF:
                # "a year and a half", "twee jaar en een half"
                value, end = value + lang.DURATION_UNITS[nxt] / 2, end + 3
        elif nxt[:1].isalpha() and nxt not in lang.STOPWORDS:
            unit = nxt
        used.update(range(first, end + 1))
        if not math.isfinite(value) or value > _LARGEST:
            continue  # "9999...9" with 400 digits, "a billion billion ...": no news figure
        found = approximator_before(lowers, first, lang)
        qualifier, width = found if found else (None, 0)
        lo, hi = _interval(value, qualifier, scaled)
        if qualifier == "slightly_more" and kind in _SHARE_HEADROOM:
            # "ruim een derde" is a third and a bit, not a half.
            hi = min(hi, value + _SHARE_HEADROOM[kind])
        if kind == "time" and first < i:
            # "om half drie": a time to the quarter hour, not an hour.
            lo, hi = value - 0.1, value + 0.1
        elif kind == "time":
            # "kort na elf uur" for 23.11: the hour, on a twelve-hour clock.
            lo, hi = value - 0.5, value + 1.0
        facts.quantities.append(
            Quantity(
                value=value,
                lo=lo,
                hi=hi,
                kind=kind,
                unit=unit,
                text=facts.text[tokens[first].start : tokens[end].end],
                start=tokens[first].start,
                end=tokens[end].end,
                context=context(i, last=end),
                qualifier=facts.text[tokens[first - width].start : tokens[first].start].strip(),
            )
        )


# Currency codes written before a figure ("EUR 5 million"): a figure follows them.
_CURRENCY_CODES = frozenset({"EUR", "USD", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD"})


def _names_a_model(tokens, i: int, lang) -> bool:
    """Whether the integer at ``i`` belongs to the acronym before it: an aircraft
    ("ATR 72", "14 ATR 72 turboprops"), a flight ("MH 17"); not "EUR 5", "NAVO 300
    soldaten" (a figure with a plural noun after it is still a figure)."""
    if i == 0:
        return False
    before = tokens[i - 1].text
    if not (before.isalpha() and before.isupper() and 2 <= len(before) <= 5):
        return False
    if before in _CURRENCY_CODES or before.lower() in lang.CURRENCY_WORDS:
        return False
    if i >= 2 and tokens[i - 2].text[:1].isdigit():
        return True  # "14 ATR 72 turboprops": the count is the 14
    after = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    return not (after.endswith("s") or after.endswith("en")) or after in lang.STOPWORDS


def _partitive_whole(lowers: list[str], end: int, lang) -> tuple[float, int] | None:
    """The whole of "X of the Y" after a number ending at ``end``: (Y, its index)."""
    for words in lang.PARTITIVE:
        at = end + 1 + len(words)
        if tuple(lowers[end + 1 : at]) != words or at >= len(lowers):
            continue
        low = lowers[at]
        nxt = lowers[at + 1] if at + 1 < len(lowers) else ""
        if low[:1].isdigit():
            if not low.isdigit() or 1900 <= int(low) <= 2100 or nxt in lang.MONTHS:
                return None  # "7 in 2020", "5 op 10 mei"
            return float(low), at
        value = numbers.parse_word(low, lang.CODE)
        return (value, at) if value else None
    return None
