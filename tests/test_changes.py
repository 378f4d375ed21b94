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


def test_figures_after_a_currency_sign_and_up_from() -> None:
    """ "from £62m to £48m" is a fall (the sign stands between "from" and the
    figure, and "m" after a sign is a million); "£62 million, up from £48
    million" a rise."""
    cut = analyse("The club cut its cost estimate for the stadium from £62m to £48m.", "en")
    assert [(q.value, q.unit) for q in cut.quantities] == [(62e6, "GBP"), (48e6, "GBP")]
    group = rise_fall_group(resources("en"))
    assert group is not None
    assert list(cut.antonyms[group]) == [1]
    up = analyse("The club now expects the stadium to cost £62 million, up from £48 million.", "en")
    assert list(up.antonyms[group]) == [0]
    assert _kinds(cut.text, up.text, "en") == ["antonym"]
    # Without a currency sign, "m" is a metre.
    wall = analyse("They built a 50m wall for $500k.", "en")
    assert [(q.value, q.unit) for q in wall.quantities] == [(50, "m"), (500e3, "USD")]
