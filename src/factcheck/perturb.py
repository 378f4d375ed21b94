"""Synthetic training pairs from reference statements, by rule (in the spirit of FactCC).

From each statement: clauses it entails (supports), copies with one thing
changed (contradicts: a number, a year, a weekday or month, a direction, two
actors swapped, a place replaced, a negation added or removed, an antonym
substituted), and other statements of the same document (neutral). Each pair
records the rule that made it, so the training report can count them.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factcheck.extract import Facts, analyse
from factcheck.lang import resources
from factcheck.models import Statement

_NEGATABLE = {
    "nl": (
        "is",
        "was",
        "heeft",
        "had",
        "werd",
        "wordt",
        "zal",
        "zou",
        "kan",
        "kon",
        "zijn",
        "waren",
        "hebben",
        "worden",
        "werden",
        "zullen",
        "zouden",
        "moet",
        "wil",
    ),
    "en": (
        "is",
        "was",
        "are",
        "were",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "have",
    ),
}
_NEGATION_WORD = {"nl": "niet", "en": "not"}
_OPPOSITE_DIRECTION = {
    "N": "S",
    "S": "N",
    "E": "W",
    "W": "E",
    "NE": "SW",
    "SW": "NE",
    "NW": "SE",
    "SE": "NW",
}


@dataclass(frozen=True, slots=True)
class Pair:
    """A training pair: premise (statement), hypothesis (claim-like), label and the rule."""

    premise: str
    hypothesis: str
    label: str  # supported | contradicted | unverified
    rule: str
    document: str


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _match_case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def clauses(text: str, language: str) -> list[str]:
    """Shorter sentences a statement entails: its main clause and its parts before commas."""
    out = []
    for piece in re.split(r",\s+(?:maar |en |terwijl |but |and |while )?|;\s+", text):
        piece = piece.strip().rstrip(".")
        words = piece.split()
        if len(words) >= 5 and piece[:1].isupper():
            out.append(piece + ".")
    return [c for c in out if c.rstrip(".") != text.rstrip(".")]


def _number(facts: Facts, rng: random.Random) -> Iterator[tuple[str, str]]:
    for q in facts.quantities:
        if q.kind == "fraction":
            continue
        factor = rng.choice([0.5, 2.0, 1.5, 0.7, 3.0])
        value = q.value * factor
        new = f"{value:g}" if value != int(value) else str(int(value))
        if facts.language == "nl":
            new = new.replace(".", ",")
        yield (
            "number",
            _replace(facts.text, q.start, q.end, new + (" procent" if q.kind == "percent" else "")),
        )


def _number_paraphrase(facts: Facts) -> Iterator[tuple[str, str]]:
    for q in facts.quantities:
        if q.kind == "count" and not any(ch.isdigit() for ch in q.text) and q.value >= 10:
            digits = str(int(q.value)) if q.value == int(q.value) else f"{q.value:g}"
            rest = q.text.split()[-1] if q.unit and q.text.endswith(q.unit) else ""
            yield "number-digits", _replace(facts.text, q.start, q.end, f"{digits} {rest}".strip())


def _dates(facts: Facts, rng: random.Random) -> Iterator[tuple[str, str]]:
    lang = resources(facts.language)
    for year in facts.years:
        new = str(year + rng.choice([-3, -2, -1, 1, 2, 4]))
        yield "year", re.sub(rf"\b{year}\b", new, facts.text, count=1)
    for table, found in ((lang.WEEKDAYS, facts.weekdays), (lang.MONTHS, facts.months)):
        names = [n for n in table if not n.endswith(".")]
        for value, (surface, _) in found.items():
            other = rng.choice([n for n in names if table[n] != value])
            yield "date", facts.text.replace(surface, _match_case(other, surface), 1)


def _direction(facts: Facts) -> Iterator[tuple[str, str]]:
    lang = resources(facts.language)
    for code, surface, _ in facts.directions:
        low = surface.lower()
        if low in lang.DIRECTIONS:
            target = _OPPOSITE_DIRECTION.get(code)
            options = [
                w
                for w, c in lang.DIRECTIONS.items()
                if c == target and len(w) >= len(low) - 3 and w[-2:] == low[-2:]
            ]
            if options:
                yield "direction", facts.text.replace(surface, _match_case(options[0], surface), 1)


def _swap_actors(facts: Facts) -> Iterator[tuple[str, str]]:
    named = [a for a in facts.actors if a.named]
    for a, b in itertools.pairwise(named):
        if a.keys & b.keys:
            continue
        text = facts.text
        i, j = text.find(a.text), text.rfind(b.text)
        if 0 <= i < j and i + len(a.text) <= j:
            yield (
                "role-swap",
                text[:i] + b.text + text[i + len(a.text) : j] + a.text + text[j + len(b.text) :],
            )
            return


def _replace_actor(
    facts: Facts, others: Sequence[str], rng: random.Random
) -> Iterator[tuple[str, str]]:
    named = [a for a in facts.actors if a.named]
    if named and others:
        actor = rng.choice(named)
        other = rng.choice(others)
        if other.lower() not in facts.text.lower():
            yield "actor", facts.text.replace(actor.text, other, 1)


def _negation(facts: Facts) -> Iterator[tuple[str, str]]:
    lang = resources(facts.language)
    lowers = [t.lower for t in facts.tokens]
    for i, low in enumerate(lowers):
        if low in lang.NEGATIONS and low not in {"geen", "no", "none"}:
            tok = facts.tokens[i]
            end = tok.end + (1 if facts.text[tok.end : tok.end + 1] == " " else 0)
            yield "negation-removed", facts.text[: tok.start] + facts.text[end:]
            return
    word = _NEGATION_WORD.get(facts.language, "niet")
    for i, low in enumerate(lowers):
        if low in _NEGATABLE.get(facts.language, ()):
            tok = facts.tokens[i]
            yield "negation-added", _replace(facts.text, tok.start, tok.end, f"{tok.text} {word}")
            return


def _antonym(facts: Facts) -> Iterator[tuple[str, str]]:
    lang = resources(facts.language)
    for group, sides in facts.antonyms.items():
        for side, word in sides.items():
            if " " in word:
                continue
            options = sorted(w for w in lang.ANTONYMS[group][1 - side] if " " not in w)
            if options:
                match = re.search(rf"\b{re.escape(word)}\b", facts.text, re.IGNORECASE)
                if match:
                    yield (
                        "antonym",
                        _replace(
                            facts.text,
                            match.start(),
                            match.end(),
                            _match_case(options[0], match.group()),
                        ),
                    )
                    return


def perturb(statements: Sequence[Statement], seed: int = 13) -> list[Pair]:
    """All synthetic pairs of a set of statements (deterministic for a seed)."""
    rng = random.Random(seed)
    by_doc: dict[str, list[Statement]] = {}
    for s in statements:
        by_doc.setdefault(s.document, []).append(s)
    actors_by_lang: dict[str, list[str]] = {}
    analysed = {s.id: analyse(s.text, s.language) for s in statements}
    for s in statements:
        actors_by_lang.setdefault(s.language, []).extend(
            a.text for a in analysed[s.id].actors if a.named
        )
    pairs: list[Pair] = []
    for s in statements:
        facts = analysed[s.id]
        doc = s.document

        def add(
            label: str, rule: str, hypothesis: str, premise: str = s.text, doc: str = doc
        ) -> None:
            if hypothesis.strip() and hypothesis != premise:
                pairs.append(Pair(premise, hypothesis, label, rule, doc))

        pairs.append(Pair(s.text, s.text, "supported", "identity", doc))
        for clause in clauses(s.text, s.language):
            add("supported", "clause", clause)
            cf = analyse(clause, s.language)
            for rule, text in [
                *_number(cf, rng),
                *_dates(cf, rng),
                *_direction(cf),
                *_swap_actors(cf),
                *_negation(cf),
                *_antonym(cf),
            ]:
                add("contradicted", rule, text)
        for rule, text in _number_paraphrase(facts):
            add("supported", rule, text)
        generators = [
            _number(facts, rng),
            _dates(facts, rng),
            _direction(facts),
            _swap_actors(facts),
            _replace_actor(facts, actors_by_lang.get(s.language, []), rng),
            _negation(facts),
            _antonym(facts),
        ]
        for generator in generators:
            for rule, text in generator:
                add("contradicted", rule, text)
        siblings = [o for o in by_doc[doc] if o.id != s.id]
        for other in rng.sample(siblings, min(2, len(siblings))):
            add("unverified", "other-statement", other.text)
            for clause in clauses(other.text, other.language)[:1]:
                add("unverified", "other-clause", clause)
    return pairs
