"""Compare the figures of a claim with a statement's: counts, money,
percentages, fractions, durations and bounds.

Each of the claim's figures is aligned with the statement's figure of the
same kind that stands among most of the same words (or has the same unit);
it agrees when one's value lies in the other's interval (an approximation,
a bound, a range), and differs otherwise. A figure with nothing of its kind
to face is unmatched, never a difference. :func:`compare_figures` is the
part of :func:`factcheck.compare.compare` that does this.
"""

from __future__ import annotations

import functools

from factcheck.differences import Difference
from factcheck.extract import Facts, Quantity
from factcheck.lang import resources
from factcheck.numbers import format_value

# Fractions and percentages are compared in percentage points, with this slack.
_PERCENT_SLACK = 2.0
# Two bounds on the same side ("ruim 4.000", "meer dan 4000") are the same bound
# within this relative difference.
_BOUND_TOLERANCE = 0.01
# A lower bound may round the statement's down by this much: "over 300" for
# "more than 340", "more than 90 percent" for "more than 96 percent".
_ROUNDED_DOWN = 0.15


def _as_percent(q: Quantity) -> tuple[float, float] | None:
    if q.kind == "percent":
        return q.lo, q.hi
    if q.kind == "fraction":
        return q.lo * 100 - _PERCENT_SLACK, q.hi * 100 + _PERCENT_SLACK
    return None


def _overlaps(a: Quantity, b: Quantity) -> bool:
    """Whether the claim's quantity ``a`` agrees with the statement's ``b``: one's
    value lies in the other's interval.

    Value-in-interval rather than interval overlap, so that two approximations
    ("about 85 percent", "about 65 percent") do not agree through their slack.
    """
    if _opposite_sides(a, b):
        return False
    pa, pb = _as_percent(a), _as_percent(b)
    if _same_bound(a, b):
        # Two maxima agree only as the same bound: "tot twintig keer" is not "tot
        # veertig keer". A lower bound of the claim (``a``) agrees with a
        # somewhat higher one of the statement that it rounds down: "over 300
        # wildfires" with "more than 340 wildfires", "meer dan de helft" with
        # "ruim 58 procent"; not "more than 400" with "more than 600", "more
        # than 241" with "more than 300" (no rounder), nor "more than 600" with
        # "more than 400".
        if pa is not None and pb is not None:
            va, vb, slack = _percent_value(a), _percent_value(b), _PERCENT_SLACK
        else:
            va, vb = a.value, b.value
            slack = _BOUND_TOLERANCE * max(abs(a.value), abs(b.value))
        if _side(a) == 1 and va >= 0 and vb >= 0 and abs(va - vb) > slack:
            return (1 - _ROUNDED_DOWN) * vb <= va <= vb and _digits(va) <= _digits(vb)
        return abs(va - vb) <= slack
    if pa is not None and pb is not None:
        va, vb = _percent_value(a), _percent_value(b)
        return pa[0] <= vb <= pa[1] or pb[0] <= va <= pb[1]
    eps = 1e-9 * max(abs(a.value), abs(b.value), 1.0)
    return a.lo - eps <= b.value <= a.hi + eps or b.lo - eps <= a.value <= b.hi + eps


def _side(q: Quantity) -> int:
    """Which side of its figure a qualified quantity lies: +1 for "more than 300",
    "ruim 4.000"; -1 for "almost 300", "net geen 260"; 0 for "about 300", "300"."""
    if q.qualifier.lower() in _maxima():
        return -1  # "up to 500 million", with the slack of a rounded figure above it
    if q.lo == q.value < q.hi:
        return 1
    if q.lo < q.value == q.hi:
        return -1
    return 0


# Weeks, months and years do not divide into each other (a month is counted as
# 30 days): two durations in different ones of them agree within this slack.
_CALENDAR_DAYS = 7
_CALENDAR_SLACK = 0.02


def _calendar_alike(a: Quantity, b: Quantity, lang) -> bool:
    """Whether two durations in units of different lengths, a week or more,
    are one: "eighteen months" (540 days) and "a year and a half" (547.5),
    "three months" and "13 weeks", "more than two years" and "more than 24
    months"; not "100 jaar" and "98 jaren" (one unit), nor a bound and an
    exact figure."""
    if a.kind != "duration" or b.kind != "duration" or _side(a) != _side(b):
        return False
    units = lang.DURATION_UNITS
    days_a, days_b = units.get(a.unit, 0), units.get(b.unit, 0)
    if days_a == days_b or min(days_a, days_b) < _CALENDAR_DAYS:
        return False
    return abs(a.value - b.value) <= _CALENDAR_SLACK * max(a.value, b.value)


def _digits(value: float) -> int:
    """How many significant digits a figure has: 300 has one, 340 two, 241
    three, 8.2 billion two (read to twelve digits: 8199999999.999999 is 8.2e9)."""
    mantissa = f"{abs(value):.12e}".split("e")[0].replace(".", "")
    return len(mantissa.rstrip("0")) or 1


def _same_bound(a: Quantity, b: Quantity) -> bool:
    """Whether both are bounds of one kind: lower bounds ("more than 400", "ruim
    4.000"), or upper bounds said alike ("tot twintig keer", "tot veertig keer";
    not "minder dan 300" and "steeg tot 250", where "tot" is where it rose to)."""
    side = _side(a)
    if side == 0 or side != _side(b):
        return False
    qa, qb = a.qualifier.lower(), b.qualifier.lower()
    if side == 1 or qa == qb:
        return True
    # "as much as 50 million" and "up to 500 million": two maxima; not Dutch
    # "tot", which is also where a figure rose to.
    return qa in _maxima() and qb in _maxima()


@functools.cache
def _maxima() -> frozenset[str]:
    """The approximators that give a figure as a maximum, in any language, but
    those that also say where a figure went ("tot", `AMBIGUOUS_MAXIMA`)."""
    return frozenset(
        word
        for code in ("nl", "en")
        for word, kind in resources(code).APPROXIMATORS.items()
        if kind == "at_most" and word not in resources(code).AMBIGUOUS_MAXIMA
    )


def _same_value(a: Quantity, b: Quantity) -> bool:
    return abs(a.value - b.value) <= 1e-9 * max(abs(a.value), abs(b.value), 1.0)


def _opposite_sides(a: Quantity, b: Quantity) -> bool:
    """ "More than half" against "nearly half": the same figure, from either side."""
    return _same_value(a, b) and _side(a) * _side(b) == -1


def _percent_value(q: Quantity) -> float:
    return q.value * 100 if q.kind == "fraction" else q.value


def _comparable(a: Quantity, b: Quantity) -> bool:
    shares = {"percent", "fraction"}
    return a.kind == b.kind or (a.kind in shares and b.kind in shares)


def _unit_class(q: Quantity, lang) -> str:
    """What kind of amount a figure's unit makes it: hours, a measure, a multiple,
    or anything else (""): "twee uur" is no rival of "350 kubieke meter"."""
    if q.unit in lang.CLOCK_UNITS:
        return "clock"
    if q.unit in lang.MEASURE_UNITS:
        return "measure"
    if q.unit in lang.TIMES_WORDS:
        return "times"
    return ""


def _other_kinds(a: str, b: str) -> bool:
    """Whether two unit classes cannot be compared: a multiple ("40 times") with
    anything else, hours with a measure. An unlisted unit ("120 m", "500
    members") is compared with any but a multiple."""
    return a != b and ("times" in (a, b) or {a, b} == {"clock", "measure"})


# Units are compared by their first letters: "kilometre" and "kilometres".
UNIT_STEM = 5


def _describe(q: Quantity, qualified: bool = False) -> str:
    """A figure as the text gives it, with its value if written otherwise; with
    its approximator when that is what differs ("bijna 4.000" / "ruim 4.000")."""
    value = format_value(q.value)
    surface = q.text.strip()
    shown = (
        surface if surface.replace(".", "").replace(",", "") == value else f"{surface} ({value})"
    )
    return f"{q.qualifier} {shown}" if qualified and q.qualifier else shown


def compare_figures(
    claim: Facts,
    stmt: Facts,
    differences: list[Difference],
    agreements: list[str],
    tpl: dict[str, str],
) -> tuple[int, int, int, int]:
    """Counts of matched, mismatched, aligned mismatched (sharing a word or the
    unit with the claim's figure) and unmatched figures of the claim. Each
    mismatch is added to ``differences``, each figure the statement confirms
    (as the claim says it) to ``agreements``."""
    match = mismatch = aligned = unmatched = 0
    lang = resources(claim.language)
    for q in claim.quantities:
        kind = _unit_class(q, lang)
        candidates = [
            s
            for s in stmt.quantities
            if _comparable(q, s) and not _other_kinds(kind, _unit_class(s, lang))
        ]
        if not candidates:
            unmatched += 1
            continue

        def shared(s: Quantity, q: Quantity = q) -> int:
            return len(q.context & s.context)

        def same_unit(s: Quantity, q: Quantity = q) -> bool:
            return q.unit != "" and q.unit[:UNIT_STEM] == s.unit[:UNIT_STEM]

        def affinity(s: Quantity, q: Quantity = q) -> int:
            return shared(s) + 2 * same_unit(s)

        # A figure the claim names elsewhere is that figure's, not a rival of this
        # one, unless it counts the same thing: "reduced from 5,900 to 3,100"
        # against "to 3,100 ... from 5,900"; "vier lichtgewonden, onder wie drie
        # brandweerlieden" against "vier mensen raakten lichtgewond" leaves the
        # three unanswered, against "drie lichtgewonden" contradicts the four.
        candidates = [
            s
            for s in candidates
            if not any(_same_value(o, s) for o in claim.quantities if o is not q)
            or _same_value(q, s)
            or same_unit(s)
        ]
        if not candidates:
            unmatched += 1
            continue
        agreeing = [s for s in candidates if _overlaps(q, s) or _calendar_alike(q, s, lang)]
        if agreeing:
            # The same figure with the same unit answers it ("about 70 kilometres"
            # against "a 70-kilometre stretch"); otherwise the figure that stands
            # among more of the claim's words: "volgens de politie 20.000" against
            # "volgens de politie 12.000, de organisatie sprak van 20.000" is a
            # mismatch, though 20.000 is there.
            best = max(candidates, key=shared)
            if any(map(same_unit, agreeing)) or shared(best) <= max(map(shared, agreeing)):
                match += 1
                agreements.append(q.text)
                continue
        else:
            if _derived(q, claim, stmt.quantities, lang):
                unmatched += 1  # a sum or a difference of two: not said, not denied
                continue
            best = max(candidates, key=affinity)
        if affinity(best) > 0 or len(candidates) == 1:
            mismatch += 1
            aligned += affinity(best) > 0
            differences.append(
                Difference(
                    "number",
                    q.text,
                    best.text,
                    tpl["number"].format(
                        claim=_describe(q, same := _same_value(q, best)),
                        ref=_describe(best, same),
                    ),
                )
            )
        else:
            unmatched += 1
    return match, mismatch, aligned, unmatched


# Small figures are a sum or a difference of two others by chance ("nine" of
# "seven" and "two"): the claim's figure must be at least this.
_DERIVED_FROM = 20


def _derived(q: Quantity, claim: Facts, figures: list[Quantity], lang) -> bool:
    """Whether the claim says its figure is a sum or a difference, and it is
    exactly that of two of the statement's figures: "samen 370 miljoen" for
    "250 miljoen ... 120 miljoen", "zakte met 34 miljoen" for "van 112 miljoen
    naar 78 miljoen", "45.000 euro hoger" for 315.000 and 360.000. The
    statement implies it, but a comparison that does not follow the
    arithmetic may not call it either way. The claim must say so: a total
    ("samen", "in total", "in all", "bij elkaar") for a sum, a change next to
    the figure ("met", "by", "hoger", "a drop of", "won 25 seats") for a
    difference; "30 doden" is no difference of "20 doden en 50 gewonden"."""
    if q.value < _DERIVED_FROM:
        return False
    lowers = [t.lower for t in claim.tokens]
    # Two words either side of the figure (q.start, q.end are character offsets).
    inside = [i for i, t in enumerate(claim.tokens) if q.start <= t.start and t.end <= q.end]
    first, last = (inside[0], inside[-1]) if inside else (0, len(lowers) - 1)
    near = lowers[max(0, first - 2) : last + 3]
    sums = any(w in lang.SUM_WORDS for w in lowers) or any(
        tuple(lowers[i : i + len(p)]) == p for p in lang.SUM_PHRASES for i in range(len(lowers))
    )
    differences = any(w in lang.DIFFERENCE_WORDS for w in near)
    if not (sums or differences):
        return False
    # A sum of money may name its currency once: "250 miljoen euro ... 120 miljoen".
    terms = [s for s in figures if _comparable(q, s) or (q.kind == "money" and s.kind == "count")]
    # Exactly: "about 380 million" is not the 370 million of 250 and 120.
    eps = 1e-6 * max(abs(q.value), 1.0)
    return any(
        abs(total - q.value) <= eps
        for i, a in enumerate(terms)
        for b in terms[i + 1 :]
        for total, said in ((a.value + b.value, sums), (abs(a.value - b.value), differences))
        if said
    )
