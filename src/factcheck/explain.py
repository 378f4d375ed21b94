"""Turn decisions into what a journalist reads: evidence records and an explanation."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.aggregate import Candidate, Decision
from factcheck.lang import resources
from factcheck.models import Evidence, Label, Stance, Statement
from factcheck.stance import CONTRADICTS, STANCES, SUPPORTS

_SHOWN_EVIDENCE = 3


def stance_of(candidate: Candidate, decision: Decision, position: int, min_score: float) -> Stance:
    """The stance shown for one candidate: the decisive one gets the verdict's stance."""
    if candidate.score < min_score and not candidate.pinned:
        return Stance.NEUTRAL
    if position == decision.decisive and decision.label is Label.CONTRADICTED:
        return Stance.CONTRADICTS
    if position == decision.decisive and decision.label is Label.SUPPORTED:
        return Stance.SUPPORTS
    best = int(candidate.probs.argmax())
    if best == CONTRADICTS and not candidate.differences:
        return Stance.NEUTRAL
    return STANCES[best]


def evidence_for(
    candidates: Sequence[Candidate],
    decision: Decision,
    statements: Sequence[Statement],
    min_score: float,
) -> list[Evidence]:
    """Evidence records: the decisive statement first, then the next best candidates."""
    order = list(range(len(candidates)))
    if decision.decisive is not None:
        order.remove(decision.decisive)
        order.insert(0, decision.decisive)
    out = []
    for position in order[:_SHOWN_EVIDENCE]:
        c = candidates[position]
        s = statements[c.statement]
        out.append(
            Evidence(
                document=s.document,
                statement_id=s.id,
                text=s.text,
                start=s.start,
                end=s.end,
                score=round(float(c.score), 4),
                stance=stance_of(c, decision, position, min_score),
                probabilities={
                    st.value: round(float(p), 4) for st, p in zip(STANCES, c.probs, strict=True)
                }
                if c.judged
                else {},  # not among those that count: the stance model did not read it
                differences=[d.message for d in c.differences],
            )
        )
    return out


def explain(
    decision: Decision,
    candidates: Sequence[Candidate],
    statements: Sequence[Statement],
    language: str,
) -> str:
    """One or two sentences saying why the label was given."""
    tpl = resources(language).TEMPLATES
    decisive = candidates[decision.decisive] if decision.decisive is not None else None
    if decision.label is Label.CONTRADICTED and decisive is not None:
        diff = "; ".join(dict.fromkeys(d.message for d in decisive.differences))
        if not diff:
            diff = f'"{statements[decisive.statement].text}"'
        return tpl["contradicted"].format(diff=diff)
    if decision.label is Label.SUPPORTED and decisive is not None:
        return tpl["supported"].format(ref=statements[decisive.statement].text)
    if decisive is not None and decisive.probs[SUPPORTS] > 0.2:
        return tpl["unverified_near"].format(ref=statements[decisive.statement].text)
    return tpl["unverified"]
