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
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factcheck.aggregate import Candidate
from factcheck.knowledge import Finding
from factcheck.knowledge._text import fold
from factcheck.lang import resources
from factcheck.models import Flag, Label, Statement

# The knowledge checks only answer outside a wide undecided band (see
# factcheck.knowledge.verdicts), so a knowledge-based label is given this
# confidence rather than the stance model's.
KNOWLEDGE_CONFIDENCE = 0.9


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
) -> Resolution:
    """Flags (and, on a conflict, the label) for a claim with its retrieved candidates.

    Args:
        claim_findings: the knowledge checks of the claim's own text.
        candidates: the retrieved statements, as judged by the stance stage.
        flagged: statement index -> the audit's decided findings in that statement.
        statements: all statements of the index.
        min_score: retrieval score under which a candidate is no evidence.
        language: the claim's language, for the messages.
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
                wrong = found
                flag = Flag(
                    kind="reference_conflict",
                    message=tpl["reference_conflict"].format(
                        ref=statement.text[wrong.start : wrong.end],
                        knowledge=wrong.message.rstrip("."),
                        source=wrong.source,
                    ),
                    statement_id=statement.id,
                )
                explanation = tpl["knowledge_" + label.value].format(
                    knowledge=own.message, ref=statement.text
                )
                return Resolution([flag], label, KNOWLEDGE_CONFIDENCE, explanation, position)
    if agreeing is not None:
        return agreeing
    # No conflict with the references; still tell the reader when the claim
    # itself is wrong by the gazetteer (the label stays the references').
    flags = [
        Flag(kind="geography", message=f"{f.message} ({f.source})")
        for f in decided
        if f.consistent is False
    ]
    return Resolution(flags)
