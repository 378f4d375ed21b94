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

import re
from dataclasses import dataclass, field

import numpy as np

from factcheck.decades import compare_decades, judged_here, within
from factcheck.differences import Difference
from factcheck.extract import COMPOUND_HEAD, Facts, compound_heads, stem
from factcheck.figures import compare_figures
from factcheck.lang import resources
from factcheck.polarity import compare_polarity
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
    n_match, n_mismatch, n_aligned, n_unmatched = compare_figures(
        claim, stmt, out.differences, out.agreements, tpl
    )
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
    negation, antonym, claim_negated, stmt_negated = compare_polarity(
        claim, stmt, out.differences, tpl
    )
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
