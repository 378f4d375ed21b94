"""Compound claims: "X en Y" is split only where both sides stand alone."""

from __future__ import annotations

import pytest

from factcheck.split import split_claim


@pytest.mark.parametrize(
    ("claim", "language", "parts"),
    [
        (
            "Haftar verloor zevenduizend manschappen en Turkije steunt de regering.",
            "nl",
            ["Haftar verloor zevenduizend manschappen", "Turkije steunt de regering."],
        ),
        (
            "Haftar verloor zevenduizend manschappen, maar Turkije steunt de regering.",
            "nl",
            ["Haftar verloor zevenduizend manschappen", "Turkije steunt de regering."],
        ),
        (
            "Rusland steunt Haftar en Turkije steunt de regering en Egypte wil vrede.",
            "nl",
            ["Rusland steunt Haftar", "Turkije steunt de regering", "Egypte wil vrede."],
        ),
        (
            "Inflation rose in May and the ECB cut its rates.",
            "en",
            ["Inflation rose in May", "the ECB cut its rates."],
        ),
        (
            "The strike began on Tuesday, and unions met the minister on Monday.",
            "en",
            ["The strike began on Tuesday", "unions met the minister on Monday."],
        ),
    ],
)
def test_compound_claims_are_split(claim: str, language: str, parts: list[str]) -> None:
    assert split_claim(claim, language) == parts


@pytest.mark.parametrize(
    ("claim", "language"),
    [
        # Lists of names: the sides do not stand alone.
        ("Rusland en Egypte steunen Haftar.", "nl"),
        ("Rusland, Egypte en de Emiraten steunen Haftar.", "nl"),
        ("Haftar wordt gesteund door Turkije en Rusland.", "nl"),
        # "tussen X en Y" / "between X and Y" is one range.
        ("De inflatie lag tussen juli 2022 en september 2023 boven de doelstelling.", "nl"),
        ("Talks between the unions and the government broke down.", "en"),
        # No joiner at all.
        ("Haftar heeft vijfduizend manschappen verloren.", "nl"),
        # A name with "en" / "and" in it.
        ("Het ministerie van Infrastructuur en Waterstaat heeft nog niets toegezegd.", "nl"),
        ("The Ministry of Trade and Industry approved the deal on Monday.", "en"),
        # The objects of a preposition.
        (
            "Over het binnenhouden van kippen en eenden bij kinderboerderijen en hobbyhouders "
            "is nog geen besluit genomen.",
            "nl",
        ),
        ("Schools in towns of the province of Negros and villages nearby stayed shut.", "en"),
        # A two-word noun phrase after the joiner is no clause.
        ("The new stadium will include a hotel and conference centre.", "en"),
    ],
)
def test_simple_claims_stay_whole(claim: str, language: str) -> None:
    assert split_claim(claim, language) == [claim]


def test_joiner_inside_a_word_is_not_a_joiner() -> None:
    claim = "Enkele leden stemden tegen het besluit van de raad."
    assert split_claim(claim, "nl") == [claim]


def test_surrounding_white_space_is_removed() -> None:
    assert split_claim("  Tripoli ligt in het westen.  ", "nl") == ["Tripoli ligt in het westen."]


def test_a_number_joined_by_and_is_not_split() -> None:
    claim = "Water use is capped at one hundred and sixty litres per person a day."
    assert split_claim(claim, "en") == [claim]


def test_the_two_ends_of_a_range_are_one_claim() -> None:
    claim = "De universiteit verwacht minimaal 120 en hooguit 160 medewerkers te ontslaan."
    assert split_claim(claim, "nl") == [claim]


def test_a_figure_and_an_approximated_figure_of_two_clauses_are_split() -> None:
    parts = split_claim("Bij de brand stierven er 3 en ruim 20 mensen raakten gewond.", "nl")
    assert len(parts) == 2
    claim = "The university expects at least 120 and at most 160 job cuts."
    assert split_claim(claim, "en") == [claim]
