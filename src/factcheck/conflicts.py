"""Claims about where things are: the knowledge stage's say in a verdict.

The audit (:mod:`factcheck.knowledge`) checks the direction mentions of the
references against world knowledge. A verdict *rests on* such a mention when
the claim itself places the same place or actor and a relevant candidate
statement carries the mention:

- the mention is wrong ("een in het oosten in Tripoli"): the reference cannot
  be trusted on that point; the label follows the knowledge source (the
  claim's own check), with the ``reference_conflict`` flag and both sides in
  the explanation;
- the mention is right: reference and knowledge agree, and the label follows
  them (no flag);
- the mention is borderline (Sirte, midway along the coast): nothing changes.

A claim that only shares the statement's other content ("Libië heeft twee
regeringen") makes no direction claim, so nothing is overridden or flagged.

When the claim's own check finds nothing to place (it places something the
gazetteer cannot know: "De door de VN erkende regering zit in het oosten"),
the claim can still *repeat* a wrong mention: it gives a direction and is about
the mention, naming its place or actor or sharing at least
``TIED_WORDS`` content words with the words around it. The claim's direction
is then judged at the mention's place: wrong there, the claim repeats the
reference's error (contradicted); right there, the claim is right where the
reference is wrong (supported); both with the ``reference_conflict`` flag.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factcheck.aggregate import Candidate
from factcheck.extract import Facts, analyse, stem
from factcheck.knowledge import Finding
from factcheck.knowledge._text import fold
from factcheck.knowledge.verdicts import region_verdict
from factcheck.lang import resources
from factcheck.models import Flag, Label, Statement

# The knowledge checks only answer outside a wide undecided band (see
# factcheck.knowledge.verdicts), so a knowledge-based label is given this
# confidence rather than the stance model's.
KNOWLEDGE_CONFIDENCE = 0.9
# A claim that names neither the place nor the actor of a wrong mention is about
# it when it shares this many content words with the text around the mention.
TIED_WORDS = 2
# How far around a mention (characters) its surrounding words are taken from.
TIED_WINDOW = 60


@dataclass(frozen=True, slots=True)
class Resolution:
    """What the knowledge stage adds to one claim (or part) verdict."""

    flags: list[Flag]
    label: Label | None = None
    confidence: float | None = None
    explanation: str | None = None
    candidate: int | None = None  # position of the statement the label rests on


def _same_subject(a: Finding, b: Finding) -> bool:
    if a.actor and b.actor:
        return fold(a.actor) == fold(b.actor)
    return fold(a.place) == fold(b.place)


def resolve(
    claim_findings: Sequence[Finding],
    candidates: Sequence[Candidate],
    flagged: Mapping[int, Sequence[Finding]],
    statements: Sequence[Statement],
    min_score: float,
    language: str,
    claim: Facts | None = None,
    considered: int = 3,
) -> Resolution:
    """Flags (and, on a conflict, the label) for a claim with its retrieved candidates.

    Args:
        claim_findings: the knowledge checks of the claim's own text.
        candidates: the retrieved statements, as judged by the stance stage.
        flagged: statement index -> the audit's decided findings in that statement.
        statements: all statements of the index.
        min_score: retrieval score under which a candidate is no evidence.
        language: the claim's language, for the messages.
        claim: the analysed claim; with it, a claim whose own check finds
            nothing is checked for repeating a wrong mention.
        considered: how many of the best candidates may confirm a wrong claim.
    """
    tpl = resources(language).TEMPLATES
    decided = [f for f in claim_findings if f.consistent is not None]
    agreeing: Resolution | None = None
    for position, cand in enumerate(candidates):
        if cand.score < min_score:
            continue
        for found in flagged.get(cand.statement, ()):
            for own in decided:
                if not _same_subject(own, found) or found.consistent is None:
                    continue
                statement = statements[cand.statement]
                label = Label.SUPPORTED if own.consistent else Label.CONTRADICTED
                if found.consistent:
                    if agreeing is None:
                        explanation = tpl[label.value + "_by_knowledge"].format(
                            knowledge=own.message, ref=statement.text
                        )
                        agreeing = Resolution(
                            [], label, KNOWLEDGE_CONFIDENCE, explanation, position
                        )
                    continue
                flag = _conflict_flag(statement, found, tpl)
                explanation = tpl["knowledge_" + label.value].format(
                    knowledge=own.message, ref=statement.text
                )
                return Resolution([flag], label, KNOWLEDGE_CONFIDENCE, explanation, position)
    if agreeing is not None:
        return agreeing
    if claim is not None and not decided:
        repeated = _repeated_mention(claim, candidates, flagged, statements, min_score, tpl)
        if repeated is not None:
            return repeated
    # No conflict with the references; still tell the reader when the claim
    # itself is wrong by the gazetteer (the label stays the references').
    wrong = [f for f in decided if f.consistent is False]
    flags = [Flag(kind="geography", message=f"{f.message} ({f.source})") for f in wrong]
    if wrong:
        # A relevant statement that gives another direction, and the gazetteer
        # agrees with it: two sources against the claim.
        for position, cand in enumerate(candidates[:considered]):
            if cand.score >= min_score and any(d.kind == "direction" for d in cand.differences):
                explanation = tpl["contradicted_by_knowledge"].format(
                    knowledge=wrong[0].message, ref=statements[cand.statement].text
                )
                return Resolution(
                    flags, Label.CONTRADICTED, KNOWLEDGE_CONFIDENCE, explanation, position
                )
    return Resolution(flags)


def _conflict_flag(statement: Statement, wrong: Finding, tpl: dict[str, str]) -> Flag:
    """The reference_conflict flag: what the reference says, and what the data say."""
    return Flag(
        kind="reference_conflict",
        message=tpl["reference_conflict"].format(
            ref=statement.text[wrong.start : wrong.end],
            knowledge=wrong.message.rstrip("."),
            source=wrong.source,
        ),
        statement_id=statement.id,
    )


def _about(claim: Facts, found: Finding, statement: Statement) -> int:
    """How clearly the claim is about a mention: 2 names its subject, 1 shares
    its surrounding words, 0 neither."""
    folded = fold(claim.text)
    subject = found.actor or found.place
    if any(len(w) > 3 and fold(w) in folded for w in subject.split()):
        return 2
    window = statement.text[max(0, found.start - TIED_WINDOW) : found.end + TIED_WINDOW]
    around = analyse(window, claim.language).stem_set
    directions = {stem(word, claim.language) for _, word, _ in claim.directions}
    shared = claim.stem_set & around - directions
    return 1 if len(shared) >= TIED_WORDS else 0


def _repeated_mention(
    claim: Facts,
    candidates: Sequence[Candidate],
    flagged: Mapping[int, Sequence[Finding]],
    statements: Sequence[Statement],
    min_score: float,
    tpl: dict[str, str],
) -> Resolution | None:
    """The claim's direction judged at a wrong mention it is about (see module doc)."""
    codes = {code for code, _, _ in claim.directions}
    if not codes:
        return None
    best: tuple[int, int, Finding] | None = None
    for position, cand in enumerate(candidates):
        if cand.score < min_score:
            continue
        statement = statements[cand.statement]
        for found in flagged.get(cand.statement, ()):
            if found.consistent is not False or found.position is None:
                continue
            strength = _about(claim, found, statement)
            if strength and (best is None or strength > best[0]):
                best = (strength, position, found)
    if best is None:
        return None
    _, position, wrong = best
    verdicts = {region_verdict(code, *wrong.position) for code in codes}  # type: ignore[misc]
    if verdicts == {False} and wrong.direction in codes:
        label = Label.CONTRADICTED
    elif verdicts == {True}:
        label = Label.SUPPORTED
    else:
        return None
    statement = statements[candidates[position].statement]
    flag = _conflict_flag(statement, wrong, tpl)
    explanation = tpl["knowledge_" + label.value].format(
        knowledge=wrong.message, ref=statement.text
    )
    return Resolution([flag], label, KNOWLEDGE_CONFIDENCE, explanation, position)
