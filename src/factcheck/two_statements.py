"""The two-statement stage: claims whose verdict needs two figures of the reference.

"More people are missing than were treated in hospital" needs two statements
("nine are still missing", "Twenty-two were treated ..."); so do "twee keer
zoveel containers als in 2021" and "meer dan de helft van de kosten betaalt het
Rijk" (250 of 612 miljoen). No single statement supports or contradicts such a
claim, so the pair comparison cannot judge it.

:func:`judge` takes the comparison :func:`factcheck.comparatives.read_comparison`
reads in the claim, resolves each side to the figure of the reference
document whose sentence best matches that side's own words, and checks the
relation. It answers only when both sides resolve unambiguously to figures of
the same kind; otherwise the claim is left to the other stages.
:func:`across_decision` turns the judgement into a decision with both
statements as evidence.
"""

from __future__ import annotations

import datetime
import functools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from factcheck.aggregate import Candidate, Decision
from factcheck.comparatives import Comparison, read_comparison
from factcheck.differences import Difference
from factcheck.extract import COMPOUND_HEAD, Facts, Quantity, stem
from factcheck.figures import UNIT_STEM
from factcheck.lang import resources
from factcheck.models import Label, Statement
from factcheck.numbers import format_value
from factcheck.stance import CONTRADICTS, NEUTRAL, SUPPORTS

# A figure's own neighbouring words count double against the rest of its sentence.
_CONTEXT_WEIGHT = 2.0
_SHARED_WEIGHT = 0.5
# Words next to the comparison say what is compared; they count double.
_FOCUS_WEIGHT = 2.0
# How many letters of a stem its word starts with, nearly always ("army" is
# "armi", "staking" is "staak"); and how many a compound's head (within a word).
_PREFIX = 4
# The best figures per side that are paired: a long document has thousands.
_PER_SIDE = 16
# The kinds of figure two sides of a comparison are: not shares, times, ordinals.
_COMPARED_KINDS = frozenset({"count", "money", "duration"})


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure of the reference, with the statement it stands in."""

    statement: int
    quantity: Quantity


@dataclass(frozen=True, slots=True)
class Judgement:
    """The label a comparison across statements gives, and why."""

    label: Label
    left: Figure
    right: Figure
    message: str


def _sentence_stems(facts: Facts) -> frozenset[str]:
    """A statement's stems, with those of its compounds' heads ("netaansluiting": "aansluiting")."""
    return facts.stem_set | frozenset(stem(h, facts.language) for h in facts.heads)


def _may_answer(own: frozenset[str], language: str) -> re.Pattern[str]:
    """A pattern that finds, in a statement's folded lower-case text, where a
    word or compound head with one of the stems ``own`` could stand (what
    :func:`_sentence_stems` gives once the statement is analysed): a word that
    begins as one of the stems, or a stem's beginning inside a word with a
    head's length left ("tramkosten" for "kost"). Cheap enough to run on every
    statement of a document, where an analysis is not.

    A stem does not always begin as its word: see :func:`_spellings`. What
    this still misses is a stem the stemmer rebuilt inside the word: 83 of
    the 14,026 word stems and 542 of the 20,966 head stems of four letters or
    more in the shipped references (``tests/test_comparatives.py``).

    Example:
        >>> pattern = _may_answer(frozenset({"kost", "won"}), "nl")
        >>> bool(pattern.search("de tramkosten stijgen")), bool(pattern.search("ze kozen"))
        (True, False)
        >>> bool(pattern.search("ruto won")), bool(pattern.search("ze wonen daar"))
        (True, True)
    """
    forms = {form[:_PREFIX] for s in own for form in _spellings(s, language)}
    word = r"\b(?:ge)?(?:" + "|".join(map(re.escape, sorted(forms))) + ")"
    heads = sorted(f for f in forms if len(f) >= 3)
    if not heads:
        return re.compile(word)
    head = "|".join(rf"{re.escape(h)}[\w'’-]{{{COMPOUND_HEAD - len(h)},}}" for h in heads)
    return re.compile(f"{word}|{head}")


def _spellings(stem: str, language: str) -> set[str]:
    """How the words with a stem may be spelt: as the stem; an English "-y"
    the stem writes "i" ("army": "armi"), an "-e" it keeps ("ruling":
    "rule"); in Dutch with the vowel the stem doubles written once ("jaar":
    "jaren", "woon": "wonen"), the last consonant voiced ("huis": "huizen",
    "geef": "geven"), and the participle's "ge" after a separable particle
    the stem leaves out ("afloop": "afgelopen").

    Example:
        >>> sorted(_spellings("afloo", "nl"))
        ['afgelo', 'afgeloo', 'aflo', 'afloo']
    """
    forms = {stem}
    if language != "nl":
        if stem.endswith("i"):
            forms.add(stem[:-1] + "y")
        if stem.endswith("e") and len(stem) > 3:
            forms.add(stem[:-1])  # "rule": "ruling", "mine": "mining"
        return forms
    if stem[-1:] in _VOICED:
        forms.add(stem[:-1] + _VOICED[stem[-1]])
    for form in list(forms):
        for i in range(1, len(form) - 1):
            if form[i] == form[i + 1] and form[i] in "aeou":
                forms.add(form[: i + 1] + form[i + 2 :])
                break
    particles = resources(language).SEPARABLE_PARTICLES
    for form in list(forms):
        forms.update(
            f"{p}ge{form[len(p) :]}"
            for p in particles
            if form.startswith(p) and len(form) > len(p) + 1
        )
    return forms


_VOICED = {"f": "v", "s": "z"}


def _weights(sentences: dict[int, frozenset[str]], n: int) -> dict[str, float]:
    """Inverse document frequency of the stems over the ``n`` statements of the
    document: "missing" tells a figure apart, "ferry" (in every other sentence)
    hardly. ``sentences`` holds every statement that has any of the words scored."""
    df: dict[str, int] = {}
    for stems in sentences.values():
        for s in stems:
            df[s] = df.get(s, 0) + 1
    return {s: math.log(1.0 + n / d) for s, d in df.items()}


def _score(
    side: frozenset[str],
    own: frozenset[str],
    focus: frozenset[str],
    figure: Figure,
    sentence: frozenset[str],
    idf: dict[str, float],
) -> float:
    """How well a figure answers one side: its sentence has the side's own
    words, best right beside the figure and those next to the comparison;
    shared words count a little."""
    in_sentence = side & sentence
    if not in_sentence & own:
        return 0.0
    near = in_sentence & figure.quantity.context

    def weight(s: str) -> float:
        if s not in own:
            return _SHARED_WEIGHT
        return (1.0 + _CONTEXT_WEIGHT * (s in near)) * (_FOCUS_WEIGHT if s in focus else 1.0)

    return sum(idf.get(s, 0.0) * weight(s) for s in in_sentence)


# A bare count this large beside a sum of money is money too ("De rest, 242 miljoen").
_MONEY_LIKE = 1e6


def _compatible(a: Quantity, b: Quantity) -> bool:
    """Two figures of the same kind and unit: "nine" and "Twenty-two", "48.000
    containers" and "twintigduizend containers", "612 miljoen euro" and "242 miljoen"."""
    if a.kind == b.kind:
        if a.kind == "money":
            return not (a.unit and b.unit and a.unit != b.unit)
        return a.unit[:UNIT_STEM] == b.unit[:UNIT_STEM]
    if {a.kind, b.kind} == {"count", "money"}:
        count = a if a.kind == "count" else b
        return not count.unit and count.value >= _MONEY_LIKE
    return False


def _same_mentions(left: Figure, right: Figure, lf: Figure, rf: Figure) -> bool:
    """The same two dates read at another granularity ("3 May" as a day and as
    May): no rival reading."""
    return (lf.statement, rf.statement) == (left.statement, right.statement) and (
        lf.quantity.kind != left.quantity.kind or rf.quantity.kind != right.quantity.kind
    )


def _pair(
    comparison: Comparison, figures: Sequence[tuple[Figure, Facts]], size: int
) -> tuple[Figure, Figure] | None:
    """The two figures that best answer the two sides, if no other pair of
    other values answers them as well."""
    left_own = comparison.left - comparison.right
    right_own = comparison.right - comparison.left
    if not left_own or not right_own:
        return None
    sentences = {f.statement: _sentence_stems(x) for f, x in figures}
    idf = _weights(sentences, size)

    def best_for(side: frozenset[str], own: frozenset[str], names: frozenset[str]):
        scored = [
            (_score(side, own, comparison.focus, f, sentences[f.statement], idf), f)
            for f, _ in figures
            # The part of a share is someone's: "Ruto received more than half"
            # is not answered by a figure of a sentence that does not name Ruto.
            if not (names and not names & sentences[f.statement])
        ]
        return sorted((sf for sf in scored if sf[0] > 0), key=lambda sf: -sf[0])[:_PER_SIDE]

    lefts = best_for(comparison.left, left_own, comparison.names)
    rights = best_for(comparison.right, right_own, frozenset())
    pairs = sorted(
        (
            (ls + rs, lf, rf)
            for ls, lf in lefts
            for rs, rf in rights
            if rf is not lf
            and _compatible(lf.quantity, rf.quantity)
            # The same figure for both sides ("drie bedrijven" in two sentences)
            # is one thing mentioned twice, not two things compared.
            and lf.quantity.value != rf.quantity.value
            # A part larger than its whole: the figures answer something else.
            and not (comparison.share and lf.quantity.value > rf.quantity.value)
        ),
        key=lambda p: -p[0],
    )
    if not pairs:
        return None
    best, left, right = pairs[0]
    values = (left.quantity.value, right.quantity.value)
    rival = next(
        (
            t
            for t, lf, rf in pairs[1:]
            if (lf.quantity.value, rf.quantity.value) != values
            and not _same_mentions(left, right, lf, rf)
        ),
        None,
    )
    if rival is not None and rival >= best:
        return None
    return left, right


@functools.cache
def _time_stems(language: str) -> frozenset[str]:
    lang = resources(language)
    words = [*lang.EARLIER_MARKERS, *lang.DURATION_UNITS, *lang.MONTHS, *lang.WEEKDAYS]
    return frozenset(stem(w, language) for w in words)


def _only_time(side: frozenset[str], language: str) -> bool:
    """Whether one side of a comparison names only a time ("the previous year",
    "het jaar daarvoor"): the claim compares a figure with its own earlier value."""
    return bool(side) and all(s in _time_stems(language) or s.isdigit() for s in side)


def _decimal(value: float, language: str) -> str:
    """ "2.4" in English, "2,4" in Dutch."""
    text = format_value(value)
    return text.replace(".", ",") if language == "nl" else text


def judge(
    claim: Facts,
    statements: Sequence[int],
    facts_of: Callable[[int], Facts],
    *,
    undecided: bool = True,
    text_of: Callable[[int], str] | None = None,
) -> Judgement | None:
    """Judge a comparing claim against the figures of ``statements`` (one document).

    A share ("de helft van de kosten") is judged only when the claim is
    ``undecided`` by the single statements: a reference often states a share
    itself ("50.49 percent of the vote"), and then that statement decides.
    ``text_of`` (a statement's text, folded by :func:`factcheck.extract.fold`),
    if given, skips the statements that hold none of the claim's words before
    they are analysed (:func:`_may_answer`): a document of a thousand
    statements would otherwise be analysed whole.
    """
    comparison = read_comparison(claim)
    if comparison is None or ((comparison.share or comparison.plain) and not undecided):
        return None
    size = len(statements)
    if text_of is not None:
        # Only a sentence with a side's own words can answer that side (_score).
        own = comparison.left ^ comparison.right
        if not own:
            return None
        pattern = _may_answer(own, claim.language)
        statements = [i for i in statements if pattern.search(text_of(i))]
    if comparison.timing:
        if claim.weekdays or claim.days or claim.months or claim.years:
            return None  # the claim dates it itself: single statements judge that
        if comparison.relation != "offset" and any(q.kind == "duration" for q in claim.quantities):
            return None  # "drie jaar eerder dan gepland": a span, not an order of two dates
        return _judge_timing(claim, comparison, statements, facts_of, size)
    if not comparison.share and any(
        q.kind != "ordinal" and q.value != comparison.factor for q in claim.quantities
    ):
        return None  # the claim gives figures of its own: single statements judge those
    if _only_time(comparison.left - comparison.right, claim.language) or _only_time(
        comparison.right - comparison.left, claim.language
    ):
        # "in 2025 minder dan het jaar daarvoor": one figure then and now, which
        # a single statement gives ("22 miljoen, tegen 31 miljoen een jaar eerder").
        return None
    figures = [
        (Figure(i, q), facts)
        for i in statements
        for facts in (facts_of(i),)
        for q in facts.quantities
        if q.kind in _COMPARED_KINDS
    ]
    pair = _pair(comparison, figures, size)
    if pair is None or pair[1].quantity.value <= 0:
        return None
    left, right = pair
    a, b = left.quantity.value, right.quantity.value
    tpl = resources(claim.language).TEMPLATES
    if comparison.relation == "ratio":
        ratio = a / b
        holds = comparison.lo <= ratio <= comparison.hi
        key = "share" if comparison.hi <= 1.0 else "ratio"
        shown = round(ratio * 100) if key == "share" else round(ratio, 1)
        detail = tpl[key].format(
            a=left.quantity.text,
            b=right.quantity.text,
            ratio=_decimal(shown, claim.language),
            said=comparison.said,
        )
    else:
        holds = a > b if comparison.relation == "more" else a < b
        key = comparison.relation if holds else f"not_{comparison.relation}"
        detail = tpl[key].format(a=left.quantity.text, b=right.quantity.text)
    return Judgement(Label.SUPPORTED if holds else Label.CONTRADICTED, left, right, detail)


def _dates(i: int, facts: Facts) -> list[tuple[Figure, Facts]]:
    """The dates of a statement as figures: a day of the month (as a day of
    the year), a weekday, a month, a year."""
    found = []
    for code, (surface, context) in facts.days.items():
        month, day = divmod(code, 100)
        try:
            value = float(datetime.date(2001, month, day).toordinal())
        except ValueError:
            continue  # "31 februari"
        found.append(("day", value, surface, context))
    found += [("weekday", float(d), text, ctx) for d, (text, ctx) in facts.weekdays.items()]
    found += [("month", float(m), text, ctx) for m, (text, ctx) in facts.months.items()]
    found += [("year", float(y), str(y), ctx) for y, ctx in facts.years.items()]
    return [
        (Figure(i, Quantity(v, v, v, kind, "", text, 0, 0, ctx)), facts)
        for kind, v, text, ctx in found
    ]


def _days_between(a: Quantity, b: Quantity) -> float:
    """How many days (months, years) ``a`` lies after ``b``; weekdays within one week."""
    diff = a.value - b.value
    if a.kind == "weekday":
        diff = (diff + 3) % 7 - 3
    return diff


def _judge_timing(
    claim: Facts,
    timing: Comparison,
    statements: Sequence[int],
    facts_of: Callable[[int], Facts],
    size: int,
) -> Judgement | None:
    """ "Highway 97 was closed on the same day that the emergency was declared":
    the dates of both events, and whether they stand as the claim says."""
    dates = [d for i in statements for d in _dates(i, facts_of(i))]
    pair = _pair(timing, dates, size)
    if pair is None:
        return None
    left, right = pair
    a, b = left.quantity, right.quantity
    diff = _days_between(a, b)
    by_day = a.kind in ("day", "weekday")
    if timing.relation in ("same", "offset"):
        if not by_day:
            return None  # a month or a year cannot tell the day
        holds = diff == timing.factor
        dated = facts_of(left.statement).days and facts_of(right.statement).days
        if (
            a.kind == "weekday"
            and not holds
            and not dated
            and (a.value - b.value - timing.factor) % 7 == 0
        ):
            # Two weekdays not both dated tell an offset only up to whole weeks:
            # Thursday is five days after Saturday as well as two before it.
            holds, diff = True, timing.factor
    elif diff == 0:
        return None  # the same day (month, year): which came first, it does not say
    else:
        holds = (diff < 0) == (timing.relation == "before")
    tpl = resources(claim.language).TEMPLATES
    if diff == 0:
        detail = tpl["same_time"].format(a=a.text, b=b.text)
    elif by_day:
        n = abs(int(diff))
        days = tpl["day"] if n == 1 else tpl["days"]
        key = "days_after" if diff > 0 else "days_before"
        detail = tpl[key].format(a=a.text, b=b.text, n=f"{n} {days}")
    else:
        detail = tpl["later" if diff > 0 else "earlier"].format(a=a.text, b=b.text)
    return Judgement(Label.SUPPORTED if holds else Label.CONTRADICTED, left, right, detail)


# The raw confidence of a verdict on two figures, before the calibration maps:
# the share of such verdicts that were right on the labelled claims.
ACROSS_CONFIDENCE = 0.8


def across_decision(
    judged: Judgement,
    candidates: Sequence[Candidate],
    statements: Sequence[Statement],
    language: str,
) -> tuple[Decision, list[Candidate], str]:
    """The decision on two figures, the candidates with the two statements first
    (pinned: shown with the verdict's stance whatever their retrieval score),
    and the explanation naming both."""
    stance = SUPPORTS if judged.label is Label.SUPPORTED else CONTRADICTS
    probs = np.zeros(3, dtype=np.float32)
    probs[stance], probs[NEUTRAL] = ACROSS_CONFIDENCE, 1.0 - ACROSS_CONFIDENCE
    score_of = {c.statement: c.score for c in candidates}
    difference = Difference("comparison", "", "", judged.message)
    pinned = [
        Candidate(
            figure.statement,
            score_of.get(figure.statement, 0.0),
            probs.copy(),
            [difference] if judged.label is Label.CONTRADICTED else [],
            pinned=True,
        )
        for figure in (judged.left, judged.right)
        if figure is judged.left or figure.statement != judged.left.statement
    ]
    used = {c.statement for c in pinned}
    rest = [c for c in candidates if c.statement not in used]
    scores = {label.value: 0.0 for label in Label}
    scores[judged.label.value] = ACROSS_CONFIDENCE
    scores[Label.UNVERIFIED.value] = 1.0 - ACROSS_CONFIDENCE
    tpl = resources(language).TEMPLATES
    key = "across_supported" if judged.label is Label.SUPPORTED else "across_contradicted"
    explanation = tpl[key].format(
        detail=judged.message,
        a=statements[judged.left.statement].text,
        b=statements[judged.right.statement].text,
    )
    decision = Decision(judged.label, ACROSS_CONFIDENCE, 0, scores)
    return decision, [*pinned, *rest], explanation
