"""Decades: "the early 1990s", "de jaren zeventig", "eind jaren '80" as spans of
years. Part of the comparison stage.

:func:`find_decades` reads them (before the figures, so that "1990" of "the
1990s" is no year and "zeventig" of "de jaren zeventig" no count);
:func:`compare_decades` judges a claim's decade against the statement's years
and decades ("built in the early 1990s" / "built in Japan in 1991" agree,
"de jaren zeventig" / "uit 1985" do not), and a claim's year against a
statement that gives only a decade. A year the statement gives only as a
decade ("built in 1991" / "built in the early 1990s") is not compared: the
statement is the vaguer of the two.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.differences import Difference

# "1990s" and "mid-1990s" as one token, in case the tokenizer keeps them whole.
_JOINED = re.compile(r"(?:(mid)-)?'?(\d{2}|\d{4})s")


@dataclass(frozen=True, slots=True)
class Decade:
    """Years ``lo`` to ``hi`` as the text says them ("early 1990s": 1990-1993)."""

    lo: int
    hi: int
    surface: str
    context: frozenset[str]


def _year_of(digits: str) -> int | None:
    """The first year of a decade written in figures: "1970", "70" (the 1970s),
    "10" (the 2010s); None for what is no decade ("1975", "7")."""
    if not digits.isdigit() or int(digits) % 10:
        return None
    value = int(digits)
    if len(digits) == 4:
        return value if 1800 <= value <= 2090 else None
    if len(digits) == 2:
        return 1900 + value if value >= 20 else 2000 + value
    return None


def _english(lowers: list[str], i: int, lang) -> tuple[int, int, str] | None:
    """An English decade at ``i``: its first year, its last token, and its part
    word if any ("mid-1990s"); "the 1990s", "the '90s", "1990's", "the nineties"."""
    # Without a century, only after "the" or an apostrophe: "in her forties",
    # "in his mid-80s" are ages.
    before = [w for w in lowers[max(0, i - 2) : i] if w not in lang.DECADE_PARTS]
    after_the = before[-1:] == ["the"]
    match = _JOINED.fullmatch(lowers[i])
    if match:
        year = _year_of(match.group(2))
        if year is None or (len(match.group(2)) == 2 and not after_the):
            return None
        return year, i, match.group(1) or ""
    quoted = lowers[i] in {"'", "\u2019"}
    j = i + 1 if quoted else i
    if j < len(lowers) and lowers[j] in lang.DECADE_WORDS:
        return (1900 + lang.DECADE_WORDS[lowers[j]], j, "") if after_the else None
    year = _year_of(lowers[j]) if j < len(lowers) else None
    if year is None or j + 1 >= len(lowers) or (len(lowers[j]) == 2 and not (quoted or after_the)):
        return None
    if lowers[j + 1] == "s":
        return year, j + 1, ""
    if lowers[j + 1] in {"'", "\u2019"} and j + 2 < len(lowers) and lowers[j + 2] == "s":
        return year, j + 2, ""
    return None


def _dutch(lowers: list[str], i: int, lang) -> tuple[int, int, str] | None:
    """A Dutch decade at ``i`` ("jaren"): "de jaren zeventig", "jaren '70",
    "de jaren 80", "de jaren 2010"."""
    if lowers[i] != "jaren" or i + 1 >= len(lowers):
        return None
    j = i + 2 if lowers[i + 1] in {"'", "\u2019"} else i + 1
    if j >= len(lowers):
        return None
    if lowers[j] in lang.DECADE_WORDS:
        return 1900 + lang.DECADE_WORDS[lowers[j]], j, ""
    year = _year_of(lowers[j])
    return (year, j, "") if year is not None else None


def find_decades(
    tokens: list, lowers: list[str], text: str, lang, context: Callable[..., frozenset[str]]
) -> tuple[list[Decade], set[int]]:
    """The decades of a sentence, and the token positions they take.

    Example:
        >>> from factcheck.extract import analyse
        >>> [(d.lo, d.hi, d.surface) for d in analyse("Built in the early 1990s.", "en").decades]
        [(1990, 1993, 'early 1990s')]
        >>> [(d.lo, d.hi) for d in analyse("Het stamt uit de jaren zeventig.", "nl").decades]
        [(1970, 1979)]
    """
    if not lang.DECADE_PARTS:
        return [], set()
    read = _dutch if lang.CODE == "nl" else _english
    found: list[Decade] = []
    used: set[int] = set()
    for i in range(len(lowers)):
        if i in used:
            continue
        decade = read(lowers, i, lang)
        if decade is None:
            continue
        year, last, part = decade
        first = i
        # The part of the decade before it: "early 1990s", "eind jaren zeventig",
        # "halverwege de jaren 80"; or joined to it: "mid-1990s".
        k = i - 1
        if k >= 1 and lowers[k] in lang.DETERMINERS and lowers[k - 1] in lang.DECADE_PARTS:
            k -= 1
        if not part and k >= 0 and lowers[k] in lang.DECADE_PARTS:
            part, first = lowers[k], k
        lo, hi = lang.DECADE_PARTS.get(part, (0, 9))
        surface = text[tokens[first].start : tokens[last].end]
        found.append(Decade(year + lo, year + hi, surface, context(first, 7, last)))
        used.update(range(first, last + 1))
    return found, used


def _overlap(lo: int, hi: int, other_lo: int, other_hi: int) -> bool:
    return lo <= other_hi and other_lo <= hi


def compare_decades(
    claim_decades: list[Decade],
    claim_years: dict[int, frozenset[str]],
    stmt_decades: list[Decade],
    stmt_years: dict[int, frozenset[str]],
    claim_stems: frozenset[str],
    template: str,
) -> tuple[int, int, int, int, list[Difference], list[str]]:
    """Matched, mismatched, aligned mismatched and unmatched mentions, the
    differences and the agreements: the claim's decades, and the years of
    :func:`judged_here`, against the statement's years and decades."""
    theirs = [Decade(y, y, str(y), ctx) for y, ctx in stmt_years.items()] + stmt_decades
    mine = list(claim_decades) + [Decade(y, y, str(y), ctx) for y, ctx in claim_years.items()]
    match = mismatch = aligned = unmatched = 0
    differences: list[Difference] = []
    agreements: list[str] = []
    for said in mine:
        if not theirs:
            unmatched += 1
            continue
        if any(_overlap(said.lo, said.hi, t.lo, t.hi) for t in theirs):
            if said.lo == said.hi and not any(t.lo == t.hi == said.lo for t in theirs):
                unmatched += 1  # "1991" against "the early 1990s": the statement is vaguer
            else:
                match += 1
                agreements.append(said.surface)
            continue
        best = max(theirs, key=lambda t: len(t.context & claim_stems))
        mismatch += 1
        aligned += bool(best.context & said.context)
        differences.append(
            Difference(
                "date",
                said.surface,
                best.surface,
                template.format(claim=said.surface, ref=best.surface),
            )
        )
    return match, mismatch, aligned, unmatched, differences, agreements


def judged_here(
    years: dict[int, frozenset[str]],
    stmt_decades: list[Decade],
    stmt_years: dict[int, frozenset[str]],
) -> dict[int, frozenset[str]]:
    """The claim's years that :func:`compare_decades` judges, not the year
    comparison: all of them when the statement dates only by decade, else those
    the statement gives only as a decade they lie in."""
    if not stmt_decades:
        return {}
    if not stmt_years:
        return dict(years)
    return {y: c for y, c in years.items() if any(d.lo <= y <= d.hi for d in stmt_decades)}
