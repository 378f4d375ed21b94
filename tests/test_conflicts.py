"""resolve(): the reference_conflict flag, and the label following the knowledge source."""

from __future__ import annotations

from typing import Any

import numpy as np

from factcheck.aggregate import Candidate
from factcheck.conflicts import KNOWLEDGE_CONFIDENCE, resolve
from factcheck.knowledge import Finding
from factcheck.models import Label, Statement

S17 = (
    "Het land heeft nu twee regeringen, een in het oosten in Tripoli die wordt erkend door de VN "
    "en een in het Westen, gesteund door generaal Haftar."
)
WRONG_SPAN = "in het oosten in Tripoli"

STATEMENTS = [
    Statement(
        id="libie-artikel#16",
        document="libie-artikel",
        text="Libië verkeert in een staat van burgeroorlog.",
        start=0,
        end=40,
    ),
    Statement(
        id="libie-artikel#17", document="libie-artikel", text=S17, start=41, end=41 + len(S17)
    ),
]


def finding(
    place: str = "Tripoli", direction: str = "W", consistent: bool | None = True, **extra: Any
) -> Finding:
    fields: dict[str, Any] = {
        "place": place,
        "direction": direction,
        "frame": "region",
        "consistent": consistent,
        "message": f"{place} ligt in het westen van Libië (32.9 N, 13.2 E).",
        "source": "GeoNames 2210247 (32.89, 13.19)",
        "start": 0,
        "end": 10,
        "country": "LY",
        "latitude": 32.89,
        "longitude": 13.19,
    }
    fields.update(extra)
    return Finding(**fields)


# The audit's finding on statement #17 (index 1): Tripoli is not in the east.
WRONG = finding(
    direction="E",
    consistent=False,
    message="Tripoli ligt in het westen van Libië (32.9 N, 13.2 E); "
    "de tekst plaatst het in het oosten.",
    start=S17.index(WRONG_SPAN),
    end=S17.index(WRONG_SPAN) + len(WRONG_SPAN),
)
FLAGGED = {1: [WRONG]}


def candidate(statement: int, score: float = 0.7) -> Candidate:
    return Candidate(statement, score, np.array([0.6, 0.1, 0.3], dtype=np.float32))


def test_claim_that_agrees_with_the_world_is_supported_despite_the_reference() -> None:
    own = finding(
        direction="W",
        consistent=True,
        message="Tripoli ligt in het westen van Libië (32.9 N, 13.2 E), zoals de tekst zegt.",
    )
    result = resolve([own], [candidate(0), candidate(1)], FLAGGED, STATEMENTS, 0.25, "nl")
    assert result.label is Label.SUPPORTED
    assert result.confidence == KNOWLEDGE_CONFIDENCE
    [flag] = result.flags
    assert flag.kind == "reference_conflict"
    assert flag.statement_id == "libie-artikel#17"
    # Both sides: what the reference says (the wrong mention) and what the gazetteer says.
    assert f'de bron zegt "{WRONG_SPAN}"' in flag.message
    assert "Tripoli ligt in het westen van Libië" in flag.message
    assert "GeoNames 2210247" in flag.message
    assert result.explanation is not None
    assert result.explanation.startswith("Volgens de geografische gegevens klopt dit:")
    assert S17 in result.explanation


def test_claim_that_repeats_the_wrong_reference_is_contradicted() -> None:
    own = finding(direction="E", consistent=False, message=WRONG.message)
    result = resolve([own], [candidate(1)], FLAGGED, STATEMENTS, 0.25, "nl")
    assert result.label is Label.CONTRADICTED
    assert [f.kind for f in result.flags] == ["reference_conflict"]
    assert result.explanation is not None
    assert result.explanation.startswith("Volgens de geografische gegevens klopt dit niet:")


def test_english_messages() -> None:
    own = finding(direction="W", consistent=True, message="Tripoli lies in the west of Libya.")
    result = resolve([own], [candidate(1)], FLAGGED, STATEMENTS, 0.25, "en")
    assert result.label is Label.SUPPORTED
    assert result.flags[0].message.startswith(f'the reference says "{WRONG_SPAN}", but ')
    assert result.explanation is not None
    assert result.explanation.startswith("By the geographic data this is right:")


def test_irrelevant_candidate_does_not_carry_the_conflict() -> None:
    own = finding(direction="W", consistent=True)
    result = resolve([own], [candidate(1, score=0.2)], FLAGGED, STATEMENTS, 0.25, "nl")
    assert result.label is None
    assert result.flags == []


def test_other_place_is_no_conflict() -> None:
    own = finding(place="Benghazi", direction="E", consistent=True)
    result = resolve([own], [candidate(1)], FLAGGED, STATEMENTS, 0.25, "nl")
    assert (result.label, result.flags) == (None, [])


def test_unflagged_statement_is_no_conflict() -> None:
    own = finding(direction="W", consistent=True)
    result = resolve([own], [candidate(0)], FLAGGED, STATEMENTS, 0.25, "nl")
    assert (result.label, result.flags) == (None, [])


def test_undecided_claim_finding_is_ignored() -> None:
    # A place too near the middle to tell ("Sirte"): nothing to override with.
    own = finding(direction="W", consistent=None)
    result = resolve([own], [candidate(1)], FLAGGED, STATEMENTS, 0.25, "nl")
    assert (result.label, result.flags) == (None, [])


def test_no_claim_findings_no_flags() -> None:
    result = resolve([], [candidate(1)], FLAGGED, STATEMENTS, 0.25, "nl")
    assert (result.label, result.flags, result.explanation) == (None, [], None)


def test_actors_are_matched_by_name_not_by_seat() -> None:
    wrong_haftar = finding(
        place="Benghazi",
        direction="W",
        consistent=False,
        actor="Khalifa Haftar",
        message="Khalifa Haftar zetelt in Benghazi, in het oosten van Libië.",
        source="knowledge.yaml line 4",
    )
    flagged = {1: [WRONG, wrong_haftar]}
    own = finding(place="Benghazi", direction="E", consistent=True, actor="khalifa haftar")
    result = resolve([own], [candidate(1)], flagged, STATEMENTS, 0.25, "nl")
    assert result.label is Label.SUPPORTED
    assert "knowledge.yaml line 4" in result.flags[0].message
    # Another actor with the same seat is not the same subject.
    other = finding(place="Benghazi", direction="E", consistent=True, actor="Aguila Saleh")
    assert resolve([other], [candidate(1)], flagged, STATEMENTS, 0.25, "nl").flags == []


def test_claim_wrong_by_the_gazetteer_without_conflict_gets_a_geography_flag() -> None:
    own = finding(
        place="Benghazi",
        direction="W",
        consistent=False,
        message="Benghazi ligt in het oosten van Libië.",
        source="GeoNames 88319",
    )
    result = resolve([own], [candidate(0)], FLAGGED, STATEMENTS, 0.25, "nl")
    assert result.label is None  # the label stays the references'
    [flag] = result.flags
    assert flag.kind == "geography"
    assert flag.message == "Benghazi ligt in het oosten van Libië. (GeoNames 88319)"
    assert flag.statement_id is None


# -- claims that name no place the gazetteer knows, but repeat a wrong mention --

POSITIONED = WRONG.model_copy(update={"position": (0.17, 1.0)})  # Tripoli: far west, coast


def repeated(claim: str) -> Any:
    from factcheck.extract import analyse

    return resolve(
        [], [candidate(1)], {1: [POSITIONED]}, STATEMENTS, 0.25, "nl", analyse(claim, "nl")
    )


def test_claim_repeating_a_wrong_mention_it_does_not_name_is_contradicted() -> None:
    result = repeated("De door de VN erkende regering zit in het oosten van Libië.")
    assert result.label is Label.CONTRADICTED
    assert [f.kind for f in result.flags] == ["reference_conflict"]
    assert result.explanation is not None and "Tripoli ligt in het westen" in result.explanation


def test_claim_correcting_a_wrong_mention_is_supported_with_the_flag() -> None:
    result = repeated("De door de VN erkende regering zit in het westen van Libië.")
    assert result.label is Label.SUPPORTED
    assert [f.kind for f in result.flags] == ["reference_conflict"]


def test_claim_not_about_the_mention_is_left_alone() -> None:
    # A direction, but only "Libië" in common with the words around the mention.
    assert repeated("Er wordt gevochten in het oosten van Libië.").flags == []
    # About the mention, but no direction: nothing to judge.
    assert repeated("De door de VN erkende regering zit in Tripoli.").flags == []


def test_claim_wrong_by_the_gazetteer_and_by_a_statement_is_contradicted() -> None:
    from factcheck.compare import Difference

    own = finding(
        place="Kisumu", direction="E", consistent=False, message="Kisumu ligt in het westen."
    )
    west = candidate(0)
    west.differences = [Difference("direction", "oosten", "westen", "...")]
    result = resolve([own], [west], {}, STATEMENTS, 0.25, "nl")
    assert result.label is Label.CONTRADICTED
    assert [f.kind for f in result.flags] == ["geography"]
    assert result.explanation is not None and "Kisumu ligt in het westen." in result.explanation
    # Only the gazetteer against it: the label stays the references'.
    assert resolve([own], [candidate(0)], {}, STATEMENTS, 0.25, "nl").label is None
