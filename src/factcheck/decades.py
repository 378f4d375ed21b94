"""Decades: "the early 1990s", "de jaren zeventig", "eind jaren '80" as spans of
years. Part of the comparison stage.

:func:`find_decades` reads them (before the figures, so that "1990" of "the
1990s" is no year and "zeventig" of "de jaren zeventig" no count);
:func:`compare_decades` judges a claim's decade against the statement's years
and decades ("built in the early 1990s" / "built in Japan in 1991" agree,
"de jaren zeventig" / "uit 1985" do not), and a claim's year against a
statement that gives only a decade. A year the statement gives only as a
decade ("built in 1991" / "built in the early 1990s") is not compared: the
statement is the vaguer of the two. A year the claim names itself is no rival
of its decade ("built in the 1970s, closed in 2023" / "closed in 2023").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.differences import Difference

# "1990s", "mid-1990s", "late-'80s" as one token, if the tokenizer keeps them whole.
_JOINED = re.compile(r"(?:([a-z]+)-)?'?(\d{2}|\d{4})s")
_APOSTROPHES = frozenset({"'", "\u2019"})
# "the 1900s" mostly means the twentieth century, not 1900-1909: read (so that
# "1900" is no year) but not compared. "the 2000s" is read as the decade.
_CENTURY = "century"


@dataclass(frozen=True, slots=True)
class Decade:
    """Years ``lo`` to ``hi`` as the text says them ("early 1990s": 1990-1993)."""

    lo: int
    hi: int
    surface: str
    context: frozenset[str]


def _year_of(digits: str) -> int | None:
    """The first year of a decade written in figures: "1970", "70" (the 1970s),
    "10" (the 2010s), "1900" (a century: see :data:`_CENTURY`); None for what
    is no decade ("1975", "7")."""
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
    word if written on to it ("mid-1990s"); "the 1990s", "the '90s", "1990's",
    "the nineties", and "90s" after another decade ("the 1980s and 90s")."""
    # Without a century, only after "the", an apostrophe or another decade:
    # "in her forties", "in his mid-80s" are ages.
    before = [w for w in lowers[max(0, i - 3) : i] if w not in lang.DECADE_PARTS and w != "-"]
    bare_ok = before[-1:] == ["the"]  # "in their 20s and 30s" are ages: no "and"
    match = _JOINED.fullmatch(lowers[i])
    if match:
        year = _year_of(match.group(2))
        part = match.group(1) or ""
        if year is None or (part and part not in lang.DECADE_PARTS):
            return None
        return (year, i, part) if len(match.group(2)) == 4 or bare_ok else None
    quoted = lowers[i] in _APOSTROPHES
    j = i + 1 if quoted else i
    if j < len(lowers) and lowers[j] in lang.DECADE_WORDS:
        return (1900 + lang.DECADE_WORDS[lowers[j]], j, "") if bare_ok else None
    year = _year_of(lowers[j]) if j < len(lowers) else None
    if year is None or j + 1 >= len(lowers) or (len(lowers[j]) == 2 and not (quoted or bare_ok)):
        return None
    # "the 1900s" is mostly a century; "the 2000s" the decade (the noughties).
    part = _CENTURY if year % 100 == 0 and year < 2000 and len(lowers[j]) == 4 else ""
    if lowers[j + 1] == "s":
        return year, j + 1, part
    if lowers[j + 1] in _APOSTROPHES and j + 2 < len(lowers) and lowers[j + 2] == "s":
        return year, j + 2, part
    return None


def _dutch(lowers: list[str], i: int, lang) -> tuple[int, int, str] | None:
    """A Dutch decade at ``i`` ("jaren"): "de jaren zeventig", "jaren '70",
    "de jaren 80", "de jaren 2010"; only after "de" or a part of a decade
    ("begin jaren negentig"), not "de afgelopen jaren 30 procent" or "al jaren
    20 procent", and not before a figure's unit ("jaren 80 banen" aside, which
    reads as a count)."""
    if lowers[i] != lang.DECADE_NOUN or i + 1 >= len(lowers) or i == 0:
        return None
    if lowers[i - 1] not in lang.DETERMINERS and lowers[i - 1] not in lang.DECADE_PARTS:
        return None
    j = i + 2 if lowers[i + 1] in _APOSTROPHES else i + 1
    if j >= len(lowers):
        return None
    after = lowers[j + 1] if j + 1 < len(lowers) else ""
    if after in lang.PERCENT_WORDS or after in lang.SCALES or after in lang.CURRENCY_WORDS:
        return None
    if lowers[j] in lang.DECADE_WORDS:
        return 1900 + lang.DECADE_WORDS[lowers[j]], j, ""
    year = _year_of(lowers[j])
    return (year, j, "") if year is not None else None


def _then(lowers: list[str], last: int, lang) -> tuple[int, int] | None:
    """A second decade joined to the first: "de jaren tachtig en negentig",
    "the 1980s and 90s", "the eighties and nineties"; its first year and last token."""
    if last + 2 >= len(lowers) or lowers[last + 1] not in lang.AND_WORDS:
        return None
    word = lowers[last + 2]
    if word in lang.DECADE_WORDS:
        return 1900 + lang.DECADE_WORDS[word], last + 2
    match = _JOINED.fullmatch(word)
    if match and not match.group(1):
        year = _year_of(match.group(2))
        return (year, last + 2) if year is not None else None
    year = _year_of(word)
    if year is None:
        return None
    if lang.DECADE_NOUN:
        return year, last + 2  # "de jaren 80 en 90"
    if last + 3 < len(lowers) and lowers[last + 3] == "s":
        return year, last + 3  # "the 1980s and 90s"
    return None


def _part_before(lowers: list[str], i: int, lang) -> tuple[str, int] | None:
    """The part of the decade written before it, and where it starts: "early
    1990s", "eind jaren zeventig", "halverwege de jaren 80", "het midden van
    de jaren negentig", "mid-'90s"."""
    k = i - 1
    while k >= 0 and (lowers[k] in lang.DETERMINERS or lowers[k] in lang.OF_PREPOSITIONS):
        k -= 1
    if k >= 0 and lowers[k] == "-":
        k -= 1
    if k >= 0 and lowers[k] in lang.DECADE_PARTS and i - k <= 4:
        return lowers[k], k
    return None


def find_decades(
    tokens: list,
    lowers: list[str],
    text: str,
    lang,
    context: Callable[..., frozenset[str]],
    window: int,
) -> tuple[list[Decade], set[int]]:
    """The decades of a sentence, and the token positions they take (their
    context: the content words within ``window`` of them).

    Example:
        >>> from factcheck.extract import analyse
        >>> [(d.lo, d.hi, d.surface) for d in analyse("Built in the early 1990s.", "en").decades]
        [(1990, 1993, 'early 1990s')]
        >>> [(d.lo, d.hi) for d in analyse("Het stamt uit de jaren zeventig.", "nl").decades]
        [(1970, 1979)]
    """
    if not lang.DECADE_PARTS:
        return [], set()
    read = _dutch if lang.DECADE_NOUN else _english
    found: list[Decade] = []
    used: set[int] = set()
    for i in range(len(lowers)):
        if i in used:
            continue
        decade = read(lowers, i, lang)
        if decade is None:
            continue
        year, last, part = decade
        if part == _CENTURY:
            used.update(range(i, last + 1))
            continue
        first = i
        if not part:
            before = _part_before(lowers, i, lang)
            if before is not None:
                part, first = before
        lo, hi = lang.DECADE_PARTS.get(part, (0, 9))
        surface = text[tokens[first].start : tokens[last].end]
        found.append(Decade(year + lo, year + hi, surface, context(first, window, last)))
        used.update(range(first, last + 1))
        then = _then(lowers, last, lang)
        if then is not None:
            second, end = then
            surface = text[tokens[last + 2].start : tokens[end].end]
            found.append(Decade(second, second + 9, surface, context(last + 2, window, end)))
            used.update(range(last + 1, end + 1))
    return found, used


def _overlap(lo: int, hi: int, other_lo: int, other_hi: int) -> bool:
    return lo <= other_hi and other_lo <= hi


def compare_decades(
    claim_decades: list[Decade],
    by_decade: dict[int, frozenset[str]],
    claim_years: dict[int, frozenset[str]],
    stmt_decades: list[Decade],
    stmt_years: dict[int, frozenset[str]],
    claim_stems: frozenset[str],
    template: str,
) -> tuple[tuple[int, int, int, int], list[Difference], list[str]]:
    """Matched, mismatched, aligned mismatched and unmatched mentions, the
    differences and the agreements: the claim's decades, and its years of
    :func:`judged_here` (``by_decade``), against the statement's years and
    decades. A statement year the claim names itself (``claim_years``) is
    its own, no rival of the claim's decade."""
    theirs = [Decade(y, y, str(y), ctx) for y, ctx in stmt_years.items()] + stmt_decades
    mine = list(claim_decades) + [Decade(y, y, str(y), ctx) for y, ctx in by_decade.items()]
    # A mention that answers one of the claim's ("the 1980s and 90s" / "1995"),
    # or a year the claim names itself, is no rival of the others.
    rivals = [
        t
        for t in theirs
        if not any(_overlap(m.lo, m.hi, t.lo, t.hi) for m in mine)
        and not (t.lo == t.hi and t.lo in claim_years)
    ]
    match = mismatch = aligned = unmatched = 0
    differences: list[Difference] = []
    agreements: list[str] = []
    for said in mine:
        if any(_overlap(said.lo, said.hi, t.lo, t.hi) for t in theirs):
            if said.lo == said.hi and not any(t.lo == t.hi == said.lo for t in theirs):
                unmatched += 1  # "1991" against "the early 1990s": the statement is vaguer
            else:
                match += 1
                agreements.append(said.surface)
            continue
        if not rivals:
            unmatched += 1
            continue
        best = max(rivals, key=lambda t: len(t.context & claim_stems))
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
    return (match, mismatch, aligned, unmatched), differences, agreements


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


def within(years: dict[int, frozenset[str]], decades: list[Decade]) -> set[int]:
    """The years that lie in one of the decades: the statement's years that
    answer the claim's decade, which the year comparison leaves to it."""
    return {y for y in years if any(d.lo <= y <= d.hi for d in decades)}
