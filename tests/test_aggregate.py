"""From candidate stances to a label: decide, combine and label_scores (pure functions)."""

from __future__ import annotations

import numpy as np
import pytest

from factcheck.aggregate import (
    Candidate,
    Decision,
    Policy,
    combine,
    counted,
    decide,
    label_scores,
)
from factcheck.compare import Difference
from factcheck.models import Label

NUMBER = Difference("number", "5000", "zevenduizend", "de bewering zegt 5000, de bron zegt 7000")


def cand(
    support: float, contra: float, score: float = 0.8, statement: int = 0, explained: bool = True
) -> Candidate:
    """A candidate with P(supports)=support, P(contradicts)=contra, the rest neutral."""
    probs = np.array([support, contra, 1.0 - support - contra], dtype=np.float32)
    return Candidate(statement, score, probs, [NUMBER] if explained and contra > 0 else [])


def test_label_scores_are_a_distribution() -> None:
    scores = label_scores([cand(0.7, 0.2), cand(0.1, 0.6)], Policy())
    assert set(scores) == {"supported", "contradicted", "unverified"}
    assert sum(scores.values()) == pytest.approx(1.0)
    # The strongest support and contradiction, before normalising: 0.7 and 0.6.
    raw_unverified = (1 - 0.6) * (1 - 0.7)
    total = 0.7 + 0.6 + raw_unverified
    assert scores["supported"] == pytest.approx(0.7 / total)
    assert scores["contradicted"] == pytest.approx(0.6 / total)


def test_label_scores_ignore_irrelevant_and_unexplained_candidates() -> None:
    policy = Policy(min_score=0.5)
    scores = label_scores(
        [cand(0.9, 0.0, score=0.4), cand(0.0, 0.9, score=0.8, explained=False)], policy
    )
    assert scores == {"contradicted": 0.0, "supported": 0.0, "unverified": 1.0}
    lenient = Policy(min_score=0.5, explained_contradictions=False)
    assert label_scores([cand(0.0, 0.9, explained=False)], lenient)[
        "contradicted"
    ] == pytest.approx(0.9)


def test_no_candidates_is_unverified_without_evidence() -> None:
    decision = decide([])
    assert decision.label is Label.UNVERIFIED
    assert decision.decisive is None
    assert decision.confidence == 1.0


def test_contradiction_beats_equal_or_weaker_support() -> None:
    candidates = [cand(0.6, 0.0, statement=3), cand(0.1, 0.7, statement=8)]
    decision = decide(candidates)
    assert decision.label is Label.CONTRADICTED
    assert decision.decisive == 1  # index into the candidates, not the statement id
    assert decision.confidence == pytest.approx(decision.scores["contradicted"])


def test_clearly_stronger_support_outweighs_a_contradiction() -> None:
    # A loosely related statement with another number must not overrule the
    # statement that says what the claim says; margin=1 restores "contradiction
    # always first".
    candidates = [cand(0.95, 0.0, statement=3), cand(0.1, 0.7, statement=8)]
    assert decide(candidates).label is Label.SUPPORTED
    assert decide(candidates, Policy(margin=1.0)).label is Label.CONTRADICTED


def test_only_the_best_retrieved_candidates_count() -> None:
    weak = cand(0.0, 0.9, statement=9)
    weak.score = 0.3
    strong = [cand(0.1, 0.0, statement=i) for i in range(3)]
    assert decide([*strong, weak], Policy(considered=3)).label is Label.UNVERIFIED
    assert decide([*strong, weak], Policy(considered=4)).label is Label.CONTRADICTED


def test_unexplained_contradiction_does_not_decide() -> None:
    candidates = [cand(0.6, 0.0), cand(0.0, 0.9, explained=False)]
    decision = decide(candidates)
    assert decision.label is Label.SUPPORTED
    assert decision.decisive == 0
    lenient = decide(candidates, Policy(explained_contradictions=False))
    assert lenient.label is Label.CONTRADICTED
    assert lenient.decisive == 1


def test_weak_contradiction_falls_through_to_support() -> None:
    decision = decide([cand(0.1, 0.4), cand(0.8, 0.0)])
    assert decision.label is Label.SUPPORTED
    assert decision.decisive == 1


def test_best_supporting_candidate_decides() -> None:
    decision = decide([cand(0.55, 0.0), cand(0.9, 0.0), cand(0.6, 0.0)])
    assert (decision.label, decision.decisive) == (Label.SUPPORTED, 1)


def test_candidates_under_min_score_are_not_evidence() -> None:
    decision = decide(
        [cand(0.0, 0.9, score=0.1), cand(0.9, 0.0, score=0.2)], Policy(min_score=0.25)
    )
    assert decision.label is Label.UNVERIFIED
    assert decision.decisive == 0  # the nearest statement, shown as context
    assert decision.confidence == 1.0


def test_thresholds_come_from_the_policy() -> None:
    candidates = [cand(0.45, 0.0)]
    assert decide(candidates).label is Label.UNVERIFIED
    assert decide(candidates, Policy(support=0.4)).label is Label.SUPPORTED


def part(label: Label, confidence: float) -> Decision:
    return Decision(label, confidence, 0, {})


def test_combine_parts() -> None:
    assert combine([]) == (Label.UNVERIFIED, 0.0)
    assert combine([part(Label.SUPPORTED, 0.8)]) == (Label.SUPPORTED, 0.8)
    # One contradicted part contradicts the claim, with the strongest contradiction.
    assert combine(
        [
            part(Label.SUPPORTED, 0.9),
            part(Label.CONTRADICTED, 0.6),
            part(Label.CONTRADICTED, 0.7),
        ]
    ) == (Label.CONTRADICTED, 0.7)
    # All parts must be supported; the weakest one sets the confidence.
    assert combine([part(Label.SUPPORTED, 0.9), part(Label.SUPPORTED, 0.6)]) == (
        Label.SUPPORTED,
        0.6,
    )
    assert combine(
        [
            part(Label.SUPPORTED, 0.9),
            part(Label.UNVERIFIED, 0.5),
            part(Label.UNVERIFIED, 0.4),
        ]
    ) == (Label.UNVERIFIED, 0.4)


def test_contradiction_on_a_value_another_statement_confirms_does_not_decide() -> None:
    # "2,5 procent voor dit jaar": one statement has 2,2 (next year), another 2,5.
    other_year = Candidate(
        0,
        0.8,
        np.array([0.05, 0.9, 0.05], dtype=np.float32),
        [Difference("number", "2,5 procent", "2,2 procent", "...")],
    )
    this_year = Candidate(1, 0.7, np.array([0.7, 0.1, 0.2], dtype=np.float32), [], ["2,5 procent"])
    decision = decide([other_year, this_year], Policy(contradict=0.4, support=0.3))
    assert (decision.label, decision.decisive) == (Label.SUPPORTED, 1)
    # Confirmed by a statement that does not support the claim: still contradicted.
    this_year.probs = np.array([0.2, 0.1, 0.7], dtype=np.float32)
    assert decide([other_year, this_year], Policy(contradict=0.4, support=0.3)).label is (
        Label.CONTRADICTED
    )
    # A difference the supporting statement cannot confirm (a verb) keeps the contradiction.
    this_year.probs = np.array([0.7, 0.1, 0.2], dtype=np.float32)
    other_year.differences = [Difference("antonym", "steeg", "daalde", "...")]
    assert decide([other_year, this_year], Policy(contradict=0.4, support=0.3)).label is (
        Label.CONTRADICTED
    )


def test_a_statement_that_differs_in_two_respects_yields_to_one_that_supports() -> None:
    # "De eerste verlaging sinds 2019" against "tussen juli 2022 en september 2023
    # verhoogd" (a year and a verb: another event) and "de eerste renteverlaging
    # sinds september 2019" (supports).
    other_event = Candidate(
        0,
        0.4,
        np.array([0.0, 0.99, 0.01], dtype=np.float32),
        [
            Difference("date", "2019", "2023", "..."),
            Difference("antonym", "verlaagt", "verhoogd", "..."),
        ],
    )
    same_event = Candidate(1, 0.6, np.array([0.6, 0.14, 0.26], dtype=np.float32))
    policy = Policy(contradict=0.4, support=0.3)
    assert decide([other_event, same_event], policy).label is Label.SUPPORTED
    # With no statement that supports the claim, the two differences decide.
    same_event.probs = np.array([0.2, 0.1, 0.7], dtype=np.float32)
    assert decide([other_event, same_event], policy).label is Label.CONTRADICTED
    # One respect (the year alone) still contradicts, support or not.
    other_event.differences = other_event.differences[:1]
    same_event.probs = np.array([0.6, 0.14, 0.26], dtype=np.float32)
    assert decide([other_event, same_event], policy).label is Label.CONTRADICTED


def test_calibration_maps_confidence_to_observed_accuracy() -> None:
    from factcheck.aggregate import Calibration

    rng = np.random.default_rng(0)
    raw = rng.uniform(0.3, 0.7, 2000)
    # Supported verdicts are right more often than their raw confidence says.
    correct = rng.uniform(size=raw.size) < np.minimum(raw + 0.25, 1.0)
    cal = Calibration.fit(["supported"] * raw.size, raw, correct)
    assert cal(Label.SUPPORTED, 0.5) == pytest.approx(0.75, abs=0.05)
    # Labels without a map keep their confidence; the map survives the model file's meta.
    assert cal(Label.CONTRADICTED, 0.5) == 0.5
    again = Calibration.from_meta(cal.to_meta())
    assert again(Label.SUPPORTED, 0.5) == pytest.approx(cal(Label.SUPPORTED, 0.5), abs=1e-4)
    assert Calibration.from_meta(None)(Label.SUPPORTED, 0.42) == 0.42


def test_a_statement_that_differs_in_three_respects_is_about_another_event() -> None:
    # "In 2019 bij Westerwijtwerd een beving van 3,4" against "op 16 augustus 2012 bij
    # Huizinge, ... 3,6": a year, a place and a figure differ.
    other_quake = Candidate(
        0,
        0.6,
        np.array([0.0, 0.96, 0.04], dtype=np.float32),
        [
            Difference("number", "3,4", "3,6", "..."),
            Difference("date", "2019", "2012", "..."),
            Difference("actor", "Westerwijtwerd", "Huizinge", "..."),
        ],
    )
    assert decide([other_quake], Policy(contradict=0.4, support=0.3)).label is Label.UNVERIFIED
    other_quake.differences = other_quake.differences[:2]
    assert decide([other_quake], Policy(contradict=0.4, support=0.3)).label is Label.CONTRADICTED


def test_only_the_best_few_above_min_score_count() -> None:
    policy = Policy(min_score=0.25, considered=3)
    mask = counted([0.9, 0.1, 0.8, 0.7, 0.6], policy)
    assert mask.tolist() == [True, False, True, True, False]
    assert counted([0.2, 0.1], policy).tolist() == [False, False]
    assert counted([], policy).tolist() == []


@pytest.mark.parametrize("seed", range(20))
def test_the_decision_never_reads_candidates_that_do_not_count(seed: int) -> None:
    """What makes skipping them safe: any probabilities on the candidates outside
    ``counted`` give the same decision as the neutral ones the verifier sets."""
    rng = np.random.default_rng(seed)
    policy = Policy(min_score=0.25, considered=3, contradict=0.3, support=0.3)
    scores = [0.9, 0.8, 0.7, 0.6, 0.2]  # the last two do not count
    differ = [Difference("number", "5000", "7000", "5000 vs 7000")]

    def candidates(outside: np.ndarray) -> list[Candidate]:
        out = []
        for i, score in enumerate(scores):
            probs = rng_probs[i] if i < 3 else outside[i - 3]
            out.append(Candidate(i, score, probs, differ if i % 2 else []))
        return out

    rng_probs = rng.dirichlet(np.ones(3), size=3)
    neutral = np.tile([0.0, 0.0, 1.0], (2, 1))
    strong = np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]])  # would decide, if read
    assert decide(candidates(neutral), policy) == decide(candidates(strong), policy)
    assert label_scores(candidates(neutral), policy) == label_scores(candidates(strong), policy)
