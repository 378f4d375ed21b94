"""From per-candidate stances to one label: a pure function, testable without models.

Contradiction first, then support, otherwise unverified. Only the ``considered``
best-retrieved statements count, and only those whose retrieval score reaches
``min_score``. A contradiction decides when it is likely enough, names what
differs, and is not clearly outweighed by a support (``margin``): a loosely
related statement with another number in it must not overrule the statement
that says the same thing as the claim. Nor does a contradiction whose every
difference is a value that another relevant, supporting statement confirms:
"verwacht voor dit jaar 2,5 procent" is not contradicted by "voor volgend jaar
2,2 procent" when "voor dit jaar ... 2,5 procent" is there too; the text holds
several figures, and the claim's is one of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from factcheck.compare import Difference
from factcheck.models import Label
from factcheck.stance import CONTRADICTS, SUPPORTS


@dataclass(slots=True)
class Candidate:
    """One retrieved statement with its stance probabilities."""

    statement: int
    score: float
    probs: np.ndarray
    differences: list[Difference] = field(default_factory=list)
    agreements: list[str] = field(default_factory=list)
    # Chosen by a later stage (two figures of a comparison), not by its score.
    pinned: bool = False
    # Whether the stance model judged it (``counted``); ``probs`` of the others
    # are (0, 0, 1) and shown as no probabilities at all.
    judged: bool = True


@dataclass(frozen=True, slots=True)
class Policy:
    """The thresholds of the decision, tuned on labelled claims."""

    min_score: float = 0.25
    contradict: float = 0.5
    support: float = 0.5
    # How many of the best-retrieved candidates are judged.
    considered: int = 3
    # A contradiction decides if P(contradicts) + margin >= the best P(supports).
    margin: float = 0.0
    # A contradiction must name what differs, so a journalist can check it.
    explained_contradictions: bool = True


@dataclass(slots=True)
class Decision:
    """The label of a claim (or part), the candidate that decided it, and label scores."""

    label: Label
    confidence: float
    decisive: int | None
    scores: dict[str, float]


def counted(scores: Sequence[float], policy: Policy) -> np.ndarray:
    """Which of one claim's candidates (by retrieval score) count: the best
    ``considered`` that reach ``min_score``. The stance of the others is never read."""
    ranked = sorted(range(len(scores)), key=lambda i: -scores[i])[: policy.considered]
    mask = np.zeros(len(scores), dtype=bool)
    mask[[i for i in ranked if scores[i] >= policy.min_score]] = True
    return mask


def _relevant(candidates: Sequence[Candidate], policy: Policy) -> list[tuple[int, Candidate]]:
    """The candidates that count, with their positions."""
    mask = counted([c.score for c in candidates], policy)
    return [(i, c) for i, c in enumerate(candidates) if mask[i]]


def label_scores(candidates: Sequence[Candidate], policy: Policy) -> dict[str, float]:
    """Claim-level scores: the strongest support and contradiction among relevant candidates."""
    relevant = _relevant(candidates, policy)
    contra = max(
        (float(c.probs[CONTRADICTS]) for _, c in _contradicting(relevant, policy)), default=0.0
    )
    support = max((float(c.probs[SUPPORTS]) for _, c in relevant), default=0.0)
    unverified = (1.0 - contra) * (1.0 - support)
    total = contra + support + unverified
    return {
        Label.CONTRADICTED.value: contra / total,
        Label.SUPPORTED.value: support / total,
        Label.UNVERIFIED.value: unverified / total,
    }


# A statement that differs from the claim in this many respects (a year, a
# place and a figure) is about another event, not a contradiction of it.
ANOTHER_EVENT = 3


def _respects(c: Candidate) -> int:
    """In how many respects (kinds of difference) the statement differs from the claim."""
    return len({d.kind for d in c.differences})


def _may_contradict(c: Candidate, policy: Policy) -> bool:
    if _respects(c) >= ANOTHER_EVENT:
        return False
    return bool(c.differences) or not policy.explained_contradictions


# A statement that confirms a disputed figure must support the claim at least this likely.
CONFIRMING_SUPPORT = 0.5


def _supports(c: Candidate, policy: Policy) -> bool:
    p = float(c.probs[SUPPORTS])
    return p >= max(policy.support, CONFIRMING_SUPPORT) and p >= float(c.probs[CONTRADICTS])


def _contradicting(
    relevant: Sequence[tuple[int, Candidate]], policy: Policy
) -> list[tuple[int, Candidate]]:
    """The relevant candidates that may decide a contradiction."""
    supporting = [c for _, c in relevant if _supports(c, policy)]
    return [
        (i, c) for i, c in relevant if _may_contradict(c, policy) and not _answered(c, supporting)
    ]


def _answered(contra: Candidate, supporting: Sequence[Candidate]) -> bool:
    """Whether a statement that supports the claim outweighs this contradiction.

    Two cases: every figure the contradiction disputes is confirmed by the
    supporting statement (only numbers: a figure is specific, a weekday or a
    year is shared by many events); or the contradicting statement differs in
    two or more respects (a year and a verb: "tussen juli 2022 en september
    2023 verhoogd" against "de eerste verlaging sinds 2019"), so it is more
    likely about another event than the statement that agrees.
    """
    disputed = contra.differences
    others = [other for other in supporting if other is not contra]
    if not disputed or not others:
        return False
    if _respects(contra) >= 2:
        return True
    return all(d.kind == "number" for d in disputed) and any(
        all(d.claim in other.agreements for d in disputed) for other in others
    )


def decide(candidates: Sequence[Candidate], policy: Policy = Policy()) -> Decision:
    """Pick the label of one claim from its candidates.

    Example:
        >>> c = Candidate(statement=3, score=0.8, probs=np.array([0.1, 0.8, 0.1]),
        ...               differences=[Difference("number", "5000", "7000", "...")])
        >>> decide([c]).label
        <Label.CONTRADICTED: 'contradicted'>
    """
    scores = label_scores(candidates, policy)
    relevant = _relevant(candidates, policy)
    support = max(relevant, key=lambda ic: float(ic[1].probs[SUPPORTS]), default=None)
    p_support = float(support[1].probs[SUPPORTS]) if support else 0.0
    contra = _contradicting(relevant, policy)
    if contra:
        i, best = max(contra, key=lambda ic: float(ic[1].probs[CONTRADICTS]))
        p_contra = float(best.probs[CONTRADICTS])
        if p_contra >= policy.contradict and p_contra + policy.margin >= p_support:
            return Decision(Label.CONTRADICTED, scores[Label.CONTRADICTED], i, scores)
    if support is not None and p_support >= policy.support:
        return Decision(Label.SUPPORTED, scores[Label.SUPPORTED], support[0], scores)
    nearest = 0 if candidates else None
    return Decision(Label.UNVERIFIED, scores[Label.UNVERIFIED], nearest, scores)


def combine(parts: Sequence[Decision]) -> tuple[Label, float]:
    """The label of a compound claim from the labels of its parts.

    One contradicted part makes the claim contradicted; all parts must be
    supported for the claim to be supported; otherwise it is unverified.
    """
    if not parts:
        return Label.UNVERIFIED, 0.0
    contradicted = [p for p in parts if p.label is Label.CONTRADICTED]
    if contradicted:
        return Label.CONTRADICTED, max(p.confidence for p in contradicted)
    if all(p.label is Label.SUPPORTED for p in parts):
        return Label.SUPPORTED, min(p.confidence for p in parts)
    unverified = [p for p in parts if p.label is Label.UNVERIFIED]
    return Label.UNVERIFIED, min(p.confidence for p in unverified)


@dataclass(frozen=True, slots=True)
class Calibration:
    """Maps a verdict's raw confidence to the probability that its label is right.

    One Platt map per label, ``sigmoid(a * logit(p) + b)``, fitted on held-out
    verdicts (``factcheck train-stance --lodo``) and stored in the model's
    ``meta``. Without maps the confidence is left as it is.
    """

    maps: tuple[tuple[str, float, float], ...] = ()

    def __call__(self, label: Label, p: float) -> float:
        for name, a, b in self.maps:
            if name == label.value:
                return float(_sigmoid(a * _logit(p) + b))
        return p

    @classmethod
    def from_meta(cls, meta: object) -> Calibration:
        if not isinstance(meta, dict):
            return cls()
        return cls(tuple((str(k), float(v[0]), float(v[1])) for k, v in meta.items()))

    def to_meta(self) -> dict[str, list[float]]:
        return {name: [round(a, 6), round(b, 6)] for name, a, b in self.maps}

    @classmethod
    def fit(
        cls,
        labels: Sequence[str],
        confidences: Sequence[float] | np.ndarray,
        correct: Sequence[bool] | np.ndarray,
    ) -> Calibration:
        """Platt maps per predicted label (labels with both outcomes seen only)."""
        from sklearn.linear_model import LogisticRegression

        labels_a = np.asarray(labels)
        x = _logit(np.asarray(confidences, dtype=np.float64))
        y = np.asarray(correct, dtype=int)
        maps = []
        for name in sorted(set(labels_a.tolist())):
            mask = labels_a == name
            if len(set(y[mask].tolist())) < 2:
                continue
            lr = LogisticRegression(C=1.0).fit(x[mask, None], y[mask])
            maps.append((str(name), float(lr.coef_[0, 0]), float(lr.intercept_[0])))
        return cls(tuple(maps))


def _logit(p: np.ndarray | float) -> np.ndarray:
    q = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(q / (1 - q))


def _sigmoid(z: np.ndarray | float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))
