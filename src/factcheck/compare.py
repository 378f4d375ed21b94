"""Compare a claim with one reference statement: explainable pair features.

``compare(claim, statement)`` takes two analysed sentences
(:func:`factcheck.extract.analyse`) and returns a :class:`Comparison`: a fixed
vector of features (``FEATURES``) for the stance model, and the list of
:class:`Difference` s that fired, each with a message a journalist can read
("de bewering zegt 5000, de bron zegt zevenduizend (7000)").

Every check aligns like with like before it compares: a number with the
number of the same kind whose neighbouring words overlap most, a weekday with
the weekday nearest the claim's other words, an actor with the same actor.
What cannot be aligned is counted as "unmatched" (a neutral cue), never as a
difference.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import numpy as np

from factcheck.decades import compare_decades, judged_here, within
from factcheck.differences import Difference
from factcheck.extract import COMPOUND_HEAD, Facts, Quantity, compound_heads, stem
from factcheck.lang import resources
from factcheck.numbers import format_value
from factcheck.roles import additive, compare_actors, other_party
from factcheck.subjects import other_holder, other_subject

FEATURES = (
    "coverage",
    "reverse_coverage",
    "actor_coverage",
    "unmatched_actors",
    "number_match",
    "number_mismatch",
    "number_aligned_mismatch",
    "number_unmatched",
    "date_match",
    "date_mismatch",
    "date_aligned_mismatch",
    "date_unmatched",
    "direction_match",
    "direction_mismatch",
    "direction_unmatched",
    "claim_negated",
    "statement_negated",
    "negation_mismatch",
    "antonym",
    "polarity_flip",
    "role_reversal",
    "actor_substitution",
    "length_ratio",
    "differences",
    "difference_on_topic",
    "agreements",
)

_OPPOSITE = {"N": "S", "S": "N", "E": "W", "W": "E"}
# Fractions and percentages are compared in percentage points, with this slack.
_PERCENT_SLACK = 2.0
# Two bounds on the same side ("ruim 4.000", "meer dan 4000") are the same bound
# within this relative difference.
_BOUND_TOLERANCE = 0.01
# A lower bound may round the statement's down by this much: "over 300" for
# "more than 340", "more than 90 percent" for "more than 96 percent".
_ROUNDED_DOWN = 0.15


@dataclass(slots=True)
class Comparison:
    """The features of one claim-statement pair and what differs between them."""

    features: np.ndarray
    differences: list[Difference] = field(default_factory=list)
    # The claim's values (numbers, dates) that the statement confirms, as the claim says them.
    agreements: list[str] = field(default_factory=list)
    # Why the statement can take no stance on the claim, if it cannot: the claim
    # adds a party ("ook", "also") that the statement does not name.
    unrelated: str | None = None

    def feature(self, name: str) -> float:
        return float(self.features[FEATURES.index(name)])


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


def _compare_numbers(
    claim: Facts, stmt: Facts, out: Comparison, tpl: dict[str, str]
) -> tuple[int, int, int, int]:
    """Counts of matched, mismatched, aligned mismatched (sharing a word or the
    unit with the claim's figure) and unmatched figures of the claim."""
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
                out.agreements.append(q.text)
                continue
        else:
            if _derived(q, claim, stmt.quantities, lang):
                unmatched += 1  # a sum or a difference of two: not said, not denied
                continue
            best = max(candidates, key=affinity)
        if affinity(best) > 0 or len(candidates) == 1:
            mismatch += 1
            aligned += affinity(best) > 0
            out.differences.append(
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


def _years(claim: Facts, stmt: Facts) -> dict[int, frozenset[str]]:
    """The claim's years, with those it says relative to now ("vorig jaar")
    read in the year of the statement's document: a claim is checked in the
    frame of its reference."""
    if stmt.document_year is None or not claim.relative_years:
        return claim.years
    years = dict(claim.years)
    for offset, context in claim.relative_years.items():
        years.setdefault(stmt.document_year + offset, context)
    return years


def _compare_slots(
    kind: str,
    claim_slots: dict[int, tuple[str, frozenset[str]]],
    stmt_slots: dict[int, tuple[str, frozenset[str]]],
    claim_stems: frozenset[str],
    out: Comparison,
    tpl: dict[str, str],
) -> tuple[int, int, int, int]:
    """Weekdays, months or years: the statement's mention nearest the claim's words
    decides. Counts of matched, mismatched, aligned mismatched (the two mentions
    share a word of their surroundings: "minister since 2024" and "emergency since
    2023" do not) and unmatched mentions."""
    match = mismatch = aligned = unmatched = 0
    if len(claim_slots) > 1 and set(claim_slots) <= set(stmt_slots):
        # "tussen juli 2022 en september 2023" in both: every mention is there.
        out.agreements.extend(surface for surface, _ in claim_slots.values())
        return len(claim_slots), 0, 0, 0
    for value, (surface, around) in claim_slots.items():
        # A mention the claim names itself is its own: "sinds 2019 ... het in 1974
        # geopende ziekenhuis" does not pit 2019 against the statement's 1974.
        theirs = {v: m for v, m in stmt_slots.items() if v == value or v not in claim_slots}
        if not theirs:
            unmatched += 1
            continue
        scores = {v: len(ctx & claim_stems) for v, (_, ctx) in theirs.items()}
        best = max(scores, key=lambda v: (scores[v], v == value))
        if value in stmt_slots and scores[value] >= scores[best]:
            match += 1
            out.agreements.append(surface)
        else:
            mismatch += 1
            aligned += bool(theirs[best][1] & around)
            ref = theirs[best][0]
            out.differences.append(
                Difference(kind, surface, ref, tpl["date"].format(claim=surface, ref=ref))
            )
    return match, mismatch, aligned, unmatched


def _compare_decades(
    claim: Facts,
    stmt: Facts,
    by_decade: dict[int, frozenset[str]],
    years: dict[int, frozenset[str]],
    out: Comparison,
    tpl: dict[str, str],
) -> tuple[int, int, int, int]:
    """:func:`factcheck.decades.compare_decades` on the claim's decades and the
    years it leaves to them (``by_decade``), its findings added to ``out``."""
    if not claim.decades and not by_decade:
        return 0, 0, 0, 0
    counts, differences, agreements = compare_decades(
        claim.decades, by_decade, years, stmt.decades, stmt.years, claim.stem_set, tpl["date"]
    )
    out.differences.extend(differences)
    out.agreements.extend(agreements)
    return counts


def _opposed(a: str, b: str) -> bool:
    return any(_OPPOSITE[x] in b for x in a)


def _named_before(place: str, surface: str, facts: Facts) -> bool:
    """Whether the one-word ``place`` stands before the direction word ``surface``."""
    words = [t.lower for t in facts.tokens]
    at = next((i for i, t in enumerate(facts.tokens) if t.text == surface), len(words))
    return place in words[:at]


def _compare_directions(
    claim: Facts, stmt: Facts, out: Comparison, tpl: dict[str, str]
) -> tuple[int, int, int, bool]:
    """Matched, mismatched and unmatched directions (the statement gives none), and
    whether the claim says the converse
    ("Nieuwegein ligt ten oosten van Rijnenburg" against "De nieuwe wijk ligt ten
    westen van Nieuwegein"): then the places are not parties of an act."""
    match = mismatch = unmatched = 0
    converse = False
    claim_stems = claim.stem_set
    of = next(iter(resources(claim.language).OF_PREPOSITIONS))
    for (code, surface, _), (located, anchor) in zip(
        claim.directions, claim.direction_places, strict=True
    ):
        if not stmt.directions:
            unmatched += 1
            continue
        at = max(
            range(len(stmt.directions)),
            key=lambda k: (len(stmt.directions[k][2] & claim_stems), stmt.directions[k][0] == code),
        )
        best = stmt.directions[at]
        said, ref = surface, best[1]
        their_located, their_anchor = stmt.direction_places[at]
        if (
            all((located, anchor, their_located, their_anchor))
            and {located, anchor} != {their_located, their_anchor}
            and not (anchor == their_anchor and _named_before(located, best[1], stmt))
        ):
            # Two other places: "Whangārei is north of Auckland" is not answered by
            # "Kerikeri lies north-west of Whangārei". The same anchor, and the
            # claim's place named before the direction, is the same place: "De
            # terminal van STS ligt ten zuidoosten van Kallo" / "Scheldevaart Tank
            # Storage (STS), een bedrijf op de Linkeroever, ten noordwesten van
            # het dorp Kallo" (not "Kampen ligt ten zuiden van Deventer, niet ver
            # van Zwolle" for Zwolle).
            unmatched += 1
            continue
        if located and located == their_anchor and anchor != their_anchor:
            converse = True
            code = "".join(_OPPOSITE.get(c, c) for c in code)
            said, ref = f"{surface} {of} {anchor.title()}", f"{best[1]} {of} {their_anchor.title()}"
        if _opposed(code, best[0]) or (code in "NESW" and best[0] in "NESW" and code != best[0]):
            mismatch += 1
            out.differences.append(
                Difference("direction", said, ref, tpl["direction"].format(claim=said, ref=ref))
            )
        else:
            match += 1
    return match, mismatch, unmatched, converse


def _negated(facts: Facts, other: Facts) -> bool:
    """Whether ``facts`` denies something that ``other`` is about."""
    return facts.negated_about(other.stem_set)


def _said_alike(facts: Facts, other: Facts) -> bool:
    """Whether every negation cue of ``facts`` is a word the other text matches
    from the same side of an antonym group: "verwierp" against "stemde tegen"."""
    alike: dict[str, bool] = {}
    for group, taken in facts.antonyms.items():
        for side, word in taken.items():
            # A word in several groups ("declined") is matched by any of them.
            alike[word] = alike.get(word, False) or side in other.antonyms.get(group, {})
    return bool(facts.negations) and all(alike.get(cue, False) for cue in facts.negations)


def _denied_by_prefix(facts: Facts, other: Facts) -> bool:
    """Whether the other text says the denial of ``facts`` with a negative
    prefix: "niet bevoegd" / "onbevoegde docenten", "not cooled" / "uncooled".
    The prefixed word's rest must be a word of the denial's clause, and not
    stand in the other text by itself ("were treated, but untreated ones
    remained" affirms the treating)."""
    lang = resources(other.language)
    denied = frozenset().union(*facts.negation_scopes)
    bare = {stem(t.lower, other.language) for t in other.tokens}
    for token in other.tokens:
        for prefix in lang.NEGATIVE_PREFIXES:
            if not token.lower.startswith(prefix):
                continue
            rest = stem(token.lower[len(prefix) :].lstrip("-"), other.language)
            if len(rest) >= 4 and rest in denied and rest not in bare:
                return True
    return False


# How far "since" may follow "the first": "the first strike at the agency since 2009".
_FIRST_SINCE_WITHIN = 8
# How many words after "since" say since when: "since the 2019 crisis".
_SINCE_WORDS = 3


def _first_since(facts: Facts, denying: Facts) -> bool:
    """Whether ``facts`` says "the first ... since X" where ``denying`` says
    "not ... since X": one way of saying the other ("voor het eerst sinds
    2004" / "sinds 2004 niet meer", "the first cut since 2019" / "has not cut
    since the 2019 crisis"). X is compared by its figures and content words
    ("since last May" / "since May"), and a denial that is itself about a
    first ("did not attend the first meeting since the election") is none."""
    lang = resources(facts.language)

    def since_what(lowers: list[str], at: int) -> set[str]:
        after = lowers[at + 1 : at + 1 + _SINCE_WORDS]
        return {
            w
            for w in after
            if w[:1].isdigit() or w in lang.MONTHS or (w[:1].isalpha() and w not in lang.STOPWORDS)
        }

    lowers = [t.lower for t in facts.tokens]
    theirs = [t.lower for t in denying.tokens]
    anchors: set[str] = set()
    for j, low in enumerate(theirs):
        if low in lang.SINCE:
            if any(w in lang.FIRST_WORDS for w in theirs[max(0, j - _FIRST_SINCE_WITHIN) : j]):
                return False
            anchors |= since_what(theirs, j)
    return any(
        low in lang.FIRST_WORDS
        and any(
            w in lang.SINCE and since_what(lowers, j) & anchors
            for j, w in enumerate(lowers[i + 1 : i + 1 + _FIRST_SINCE_WITHIN], i + 1)
        )
        for i, low in enumerate(lowers)
    )


def _pending_about(facts: Facts, other: Facts) -> bool:
    """Whether ``facts`` says that something ``other`` is about is still to come."""
    return facts.pending is not None and bool(facts.pending[1] & other.stem_set)


def _sides_about(facts: Facts, group: int, stems: frozenset[str]) -> dict[int, str]:
    """The sides of an antonym group the sentence takes; when it takes both ("costs
    rose, while the ore content fell"), the one whose clause shares the most words
    with the other text, if one shares more than the other."""
    sides = facts.antonyms.get(group, {})
    if len(sides) < 2:
        return sides
    # Not the opposite words themselves: each clause holds the other's.
    words = frozenset(stem(w, facts.language) for word in sides.values() for w in word.split())
    shared = {
        side: len((facts.antonym_scopes.get((group, side), frozenset()) - words) & stems)
        for side in sides
    }
    most = max(shared.values())
    about = {side: word for side, word in sides.items() if shared[side] == most}
    return about if most and len(about) == 1 else sides


def _polarities(claim: Facts, stmt: Facts) -> tuple[bool, bool]:
    """Whether the claim and the statement deny what the other is about.

    Two ways of saying no ("stemde tegen" / "verwierp") are no denial, and
    still to come is not yet done ("has yet to decide" / "has not yet decided").
    """
    claim_negated = _negated(claim, stmt) and not _said_alike(claim, stmt)
    stmt_negated = _negated(stmt, claim) and not _said_alike(stmt, claim)
    if claim_negated != stmt_negated:
        denying, affirming = (claim, stmt) if claim_negated else (stmt, claim)
        # "niet bevoegd" / "onbevoegde", "had not had a strike since 2009" / "the
        # first strike since 2009": the same denial, said otherwise.
        if _denied_by_prefix(denying, affirming) or _first_since(affirming, denying):
            claim_negated = stmt_negated = False
    claim_negated = claim_negated or (stmt_negated and _pending_about(claim, stmt))
    stmt_negated = stmt_negated or (claim_negated and _pending_about(stmt, claim))
    return claim_negated, stmt_negated


def _compare_polarity(
    claim: Facts, stmt: Facts, out: Comparison, tpl: dict[str, str]
) -> tuple[int, int, bool, bool]:
    """Negation and antonym differences, and whether claim and statement deny."""
    claim_negated, stmt_negated = _polarities(claim, stmt)
    negation = int(claim_negated != stmt_negated)
    if negation:
        said = tpl["negated"] if claim_negated else tpl["affirmed"]
        ref = tpl["negated"] if stmt_negated else tpl["affirmed"]
        out.differences.append(
            Difference("negation", said, ref, tpl["negation"].format(claim=said, ref=ref))
        )
    antonym = 0
    for group in claim.antonyms:
        theirs = _sides_about(stmt, group, claim.stem_set)
        # A claim that says both ("beds that closed ... had reopened") takes the
        # side of its main clause, else of its clause about the statement, or none.
        sides = claim.antonyms[group]
        main = {s: w for s, w in sides.items() if (group, s) not in claim.antonym_relative}
        if len(sides) > 1:
            sides = main if len(main) == 1 else _sides_about(claim, group, stmt.stem_set)
        if len(sides) != 1:
            continue
        for side, word in sides.items():
            if 1 - side in theirs and side not in theirs:
                antonym += 1
                out.differences.append(
                    Difference(
                        "antonym",
                        word,
                        theirs[1 - side],
                        tpl["antonym"].format(claim=word, ref=theirs[1 - side]),
                    )
                )
    if claim_negated and stmt_negated and antonym:
        # "niet goedgekeurd" against "weigerde": one says no with "niet", the
        # other with the opposite verb, which is its denial; they agree.
        said_no = [
            d
            for d in out.differences
            if d.kind == "antonym"
            and (d.claim in claim.negations) != (d.reference in stmt.negations)
        ]
        out.differences[:] = [d for d in out.differences if d not in said_no]
        antonym -= len(said_no)
    for mine, other, message in (
        (claim.done, stmt.pending, tpl["aspect_done"]),
        (claim.pending, stmt.done, tpl["aspect_pending"]),
    ):
        # "al aangenomen" against "moet nog worden behandeld", about the same thing.
        if mine and other and mine[1] & other[1]:
            antonym += 1
            out.differences.append(
                Difference("aspect", mine[0], other[0], message.format(claim=mine[0], ref=other[0]))
            )
    if negation and antonym:
        # A double negation: "houdt vast aan de doelen" against "is niet van plan
        # de doelen los te laten". Not when the antonym is the negation itself
        # ("weigerde" is both a negative verb and the opposite of "aanvaardde").
        cues = set(claim.negations) | set(stmt.negations)
        pure = [
            d
            for d in out.differences
            if d.kind == "antonym"
            and not cues & set(d.claim.split())
            and not cues & set(d.reference.split())
        ]
        if pure:
            out.differences[:] = [
                d for d in out.differences if d.kind != "negation" and d is not pure[0]
            ]
            negation, antonym = 0, antonym - 1
    return negation, antonym, claim_negated, stmt_negated


def _compound_heads(claim: Facts, stmt: Facts) -> frozenset[str]:
    """The claim's stems whose word shares its head with a statement word: Dutch
    compounds ("dijkversterking" / "versterking", "Maasdijken" / "dijken")."""
    shared, theirs = stmt.stem_set, frozenset(stmt.words)
    return frozenset(
        s
        for w, s in zip(claim.words, claim.stems, strict=False)
        if len(w) >= COMPOUND_HEAD
        and s not in shared
        and (
            w in stmt.heads  # "versterking" in "dijkversterking"
            or any(h in theirs for h in compound_heads(w))
        )
    )


def _aligned_coverage(claim: Facts, covered: frozenset[str], out: Comparison) -> float:
    """Coverage that counts the claim's words in a difference as aligned.

    "achttiende eeuw" against "twaalfde eeuw": the ordinal is not shared, but
    it has its counterpart; the claim is about what the statement is about.
    """
    claim_stems = claim.stem_set
    if not claim_stems:
        return 0.0
    aligned = {
        stem(word, claim.language) for d in out.differences for word in re.findall(r"\w+", d.claim)
    }
    return len(claim_stems & (covered | aligned)) / len(claim_stems)


def compare(claim: Facts, stmt: Facts) -> Comparison:
    """Compare an analysed claim with an analysed statement.

    Example:
        >>> from factcheck.extract import analyse
        >>> c = compare(analyse("Haftar verloor vijfduizend manschappen.", "nl"),
        ...             analyse("De generaal verloor zevenduizend manschappen.", "nl"))
        >>> [d.message for d in c.differences]
        ['de bewering zegt vijfduizend (5000), de bron zegt zevenduizend (7000)']
    """
    tpl = resources(claim.language).TEMPLATES
    out = Comparison(features=np.zeros(len(FEATURES), dtype=np.float32))
    claim_stems, stmt_stems = claim.stem_set, stmt.stem_set | _compound_heads(claim, stmt)
    # "5 miljoen euro noodhulp" is not covered by "612 miljoen euro" for a tram.
    topic = claim_stems - claim.figure_stems or claim_stems
    coverage = len(topic & stmt_stems) / len(topic) if topic else 0.0
    reverse = len(claim_stems & stmt_stems) / len(stmt_stems) if stmt_stems else 0.0
    n_match, n_mismatch, n_aligned, n_unmatched = _compare_numbers(claim, stmt, out, tpl)
    years = _years(claim, stmt)
    by_decade = judged_here(years, stmt.decades, stmt.years)
    # The statement's years inside the claim's decades answer those (below).
    answered = within(stmt.years, claim.decades) - set(years)
    date_counts = [
        _compare_slots("date", claim.weekdays, stmt.weekdays, claim_stems, out, tpl),
        _compare_slots("date", claim.months, stmt.months, claim_stems, out, tpl),
        _compare_slots("date", claim.seasons, stmt.seasons, claim_stems, out, tpl),
        _compare_slots("date", claim.days, stmt.days, claim_stems, out, tpl),
        _compare_slots(
            "date",
            {y: (str(y), c) for y, c in years.items() if y not in by_decade},
            {y: (str(y), c) for y, c in stmt.years.items() if y not in answered},
            claim_stems,
            out,
            tpl,
        ),
        _compare_decades(claim, stmt, by_decade, years, out, tpl),
    ]
    d_match, d_mismatch, d_aligned, d_unmatched = (sum(c[i] for c in date_counts) for i in range(4))
    dir_match, dir_mismatch, dir_unmatched, converse = _compare_directions(claim, stmt, out, tpl)
    before_roles = len(out.differences)
    actor_cov, unmatched_actors, reversal, substitution = compare_actors(
        claim, stmt, out.differences, tpl
    )
    if converse:
        # Two places in the converse order are not two parties in reversed roles.
        del out.differences[before_roles:]
        reversal = substitution = 0
    other = other_party(claim, stmt) if not (reversal or substitution or converse) else None
    if other is not None:
        said, ref = other
        substitution += 1
        out.differences.append(
            Difference("actor", said, ref, tpl["other_party"].format(claim=said, ref=ref))
        )
    subject = (
        other_subject(claim, stmt) or other_holder(claim, stmt)
        if other is None and not (reversal or substitution or converse)
        else None
    )
    if subject is not None:
        said, ref = subject
        substitution += 1
        out.differences.append(
            Difference("actor", said, ref, tpl["actor"].format(claim=said, ref=ref))
        )
    negation, antonym, claim_negated, stmt_negated = _compare_polarity(claim, stmt, out, tpl)
    if unmatched_actors and additive(claim):
        # "De Bank of England verlaagde ook de rente", "Ook in België ...": a statement
        # about another party neither confirms nor denies it.
        out.unrelated = "additive"
        out.differences.clear()
    values = {
        "coverage": coverage,
        "reverse_coverage": reverse,
        "actor_coverage": actor_cov,
        "unmatched_actors": min(unmatched_actors, 3),
        "number_match": min(n_match, 3),
        "number_mismatch": min(n_mismatch, 3),
        "number_aligned_mismatch": min(n_aligned, 3),
        "number_unmatched": min(n_unmatched, 3),
        "date_match": min(d_match, 3),
        "date_mismatch": min(d_mismatch, 3),
        "date_aligned_mismatch": min(d_aligned, 3),
        "date_unmatched": min(d_unmatched, 3),
        "direction_match": min(dir_match, 3),
        "direction_mismatch": min(dir_mismatch, 3),
        "direction_unmatched": min(dir_unmatched, 3),
        "claim_negated": float(claim_negated),
        "statement_negated": float(stmt_negated),
        "negation_mismatch": float(negation),
        "antonym": min(antonym, 3),
        "polarity_flip": float((negation + antonym) % 2),
        "role_reversal": min(reversal, 3),
        "actor_substitution": min(substitution, 3),
        "length_ratio": min(len(stmt.tokens) / max(len(claim.tokens), 1), 10.0) / 10.0,
        # Shared across kinds of difference, so that a rare kind still counts;
        # a difference matters more when the statement covers the claim's topic.
        "differences": min(len(out.differences), 3),
        "difference_on_topic": float(bool(out.differences))
        * _aligned_coverage(claim, stmt_stems | stmt.context_stems, out),
        "agreements": min(len(out.agreements), 3),
    }
    out.features[:] = [values[name] for name in FEATURES]
    return out
