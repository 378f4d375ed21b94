"""A change two figures imply ("van 600 naar 850", "9.4 million, compared with
3.2 million a year earlier") meets a claim's rise or fall."""

from __future__ import annotations

import pytest

from factcheck.changes import rise_fall_group
from factcheck.compare import compare
from factcheck.extract import analyse
from factcheck.lang import resources


def _kinds(claim: str, statement: str, language: str) -> list[str]:
    return [
        d.kind for d in compare(analyse(claim, language), analyse(statement, language)).differences
    ]


LOSS = (
    "The airline reported a pre-tax loss of 9.4 million pounds for 2025, "
    "compared with a loss of 3.2 million pounds a year earlier."
)
HOMES = "Het aantal woningen in het plan ging sinds 2023 van 600 naar 850."
SALES = "De omzet kwam uit op 24 miljoen euro, tegen 31 miljoen euro een jaar eerder."


@pytest.mark.parametrize(
    ("claim", "statement", "language", "differs"),
    [
        ("Kestrel's pre-tax loss narrowed in 2025.", LOSS, "en", True),
        ("Kestrel's pre-tax loss widened in 2025.", LOSS, "en", False),
        ("Het aantal woningen in het plan is gedaald.", HOMES, "nl", True),
        ("Het aantal woningen in het plan is toegenomen.", HOMES, "nl", False),
        ("De omzet is gestegen.", SALES, "nl", True),
        ("De omzet liep terug.", SALES, "nl", False),
    ],
)
def test_two_figures_imply_a_rise_or_a_fall(
    claim: str, statement: str, language: str, differs: bool
) -> None:
    assert ("antonym" in _kinds(claim, statement, language)) is differs


def test_two_figures_of_two_places_are_no_change() -> None:
    facts = analyse("In Amsterdam 5 percent, compared with 7 percent in Rotterdam.", "en")
    assert facts.antonyms == {}


def test_a_sentence_that_names_its_change_keeps_its_own_word() -> None:
    facts = analyse("Het aantal steeg van 600 naar 850.", "nl")
    assert facts.antonyms[rise_fall_group(resources("nl"))] == {0: "steeg"}
