"""Decades (:mod:`factcheck.decades`): read as spans of years, and compared
with years and decades through the whole comparison."""

from __future__ import annotations

import pytest

from factcheck.compare import compare
from factcheck.extract import analyse


@pytest.mark.parametrize(
    ("text", "language", "spans"),
    [
        ("Built in the 1990s.", "en", [(1990, 1999)]),
        ("Built in the early 1990s.", "en", [(1990, 1993)]),
        ("Built in the mid-1990s.", "en", [(1993, 1996)]),
        ("Popular in the late '80s.", "en", [(1986, 1989)]),
        ("Popular in the 1980's.", "en", [(1980, 1989)]),
        ("Popular in the nineties.", "en", [(1990, 1999)]),
        ("Het stamt uit de jaren zeventig.", "nl", [(1970, 1979)]),
        ("Het stamt uit eind jaren '70.", "nl", [(1976, 1979)]),
        ("Het stamt uit begin jaren negentig.", "nl", [(1990, 1993)]),
        ("Het stamt uit halverwege de jaren 80.", "nl", [(1983, 1986)]),
        ("Het stamt uit de jaren 2010.", "nl", [(2010, 2019)]),
        # Ages, not decades.
        ("A man in his 70s was hurt.", "en", []),
        ("A woman in her mid-80s was hurt.", "en", []),
        ("A man in his forties was hurt.", "en", []),
        # A year is no decade.
        ("Built in 1995.", "en", []),
    ],
)
def test_decades_are_read(text: str, language: str, spans: list[tuple[int, int]]) -> None:
    assert [(d.lo, d.hi) for d in analyse(text, language).decades] == spans


def test_a_decade_is_no_year_and_no_count() -> None:
    facts = analyse("Het schoolgebouw dateert uit de jaren zeventig en uit 1990.", "nl")
    assert list(facts.years) == [1990]
    assert facts.quantities == []
    assert list(analyse("Built in the 1990s.", "en").years) == []


def dates(claim: str, statement: str, language: str) -> list[str]:
    result = compare(analyse(claim, language), analyse(statement, language))
    return [d.message for d in result.differences if d.kind == "date"]


def test_a_year_inside_the_decade_agrees() -> None:
    claim = "The ferry was built in the early 1990s."
    statement = "The ferry, built in Japan in 1991, passed its last inspection."
    result = compare(analyse(claim, "en"), analyse(statement, "en"))
    assert result.differences == []
    assert result.agreements == ["early 1990s"]
    assert (
        dates("De school dateert uit de jaren zeventig.", "De school, uit 1974, sluit.", "nl") == []
    )


def test_a_year_outside_the_decade_differs() -> None:
    assert dates(
        "The ferry was built in the late 1990s.",
        "The ferry, built in Japan in 1991, passed its last inspection.",
        "en",
    ) == ["the claim says late 1990s, the reference says 1991"]
    assert dates(
        "The ferry was built in 1985.",
        "The ferry, built in the early 1990s, passed its last inspection.",
        "en",
    ) == ["the claim says 1985, the reference says early 1990s"]
    assert dates(
        "De school dateert uit de jaren tachtig.", "De school, uit 1974, sluit.", "nl"
    ) == ["de bewering noemt jaren tachtig, de bron 1974"]


def test_a_vaguer_statement_neither_agrees_nor_differs() -> None:
    # "1991" against "the early 1990s": the statement cannot tell; nor is the
    # claim's year held against the statement's other year.
    claim = "The ferry was built in 1991."
    statement = "The ferry, built in the early 1990s, was inspected in 2009."
    result = compare(analyse(claim, "en"), analyse(statement, "en"))
    assert result.differences == []
    assert result.feature("date_unmatched") == 1.0


@pytest.mark.parametrize(
    ("text", "language", "spans"),
    [
        # Two decades joined: both are read, neither is a count.
        ("The city grew in the 1980s and 90s.", "en", [(1980, 1989), (1990, 1999)]),
        ("The city grew in the eighties and nineties.", "en", [(1980, 1989), (1990, 1999)]),
        ("In de jaren tachtig en negentig groeide de stad.", "nl", [(1980, 1989), (1990, 1999)]),
        # Parts of a decade, however written.
        ("The plant was built in the mid-'90s.", "en", [(1993, 1996)]),
        ("The plant was built in the late-1990s.", "en", [(1996, 1999)]),
        ("Het stamt uit de late jaren negentig.", "nl", [(1996, 1999)]),
        ("Het stamt uit het midden van de jaren negentig.", "nl", [(1993, 1996)]),
        # "jaren" with a figure that is no decade.
        ("De huren stegen de afgelopen jaren 30 procent.", "nl", []),
        ("Al jaren 20 procent minder bezoekers.", "nl", []),
        # A century is no decade, and no year.
        ("The house was built in the 1900s.", "en", []),
    ],
)
def test_more_decades_and_what_is_none(
    text: str, language: str, spans: list[tuple[int, int]]
) -> None:
    facts = analyse(text, language)
    assert [(d.lo, d.hi) for d in facts.decades] == spans
    assert not [y for y in facts.years if y in (1900, 1980, 1990)]


def test_a_year_of_another_event_is_no_rival_of_the_decade() -> None:
    # "in 2023" is the claim's own year: the statement's 2023 answers that, not the 1970s.
    assert (
        dates(
            "The bridge, built in the 1970s, was closed in 2023.",
            "The bridge was closed in 2023.",
            "en",
        )
        == []
    )
    assert (
        dates(
            "De brug uit de jaren zeventig werd in 2023 gesloten.",
            "De brug werd in 2023 gesloten.",
            "nl",
        )
        == []
    )
    # A year that answers the decade is not held against the claim's other year.
    assert dates(
        "The plant was built in the 1990s and closed in 2015.",
        "The plant opened in 1994 and closed in 2016.",
        "en",
    ) == ["the claim says 2015, the reference says 2016"]


def test_a_year_that_answers_one_of_two_decades_is_no_rival_of_the_other() -> None:
    assert dates("The city grew in the 1980s and 90s.", "The city grew mostly in 1995.", "en") == []
    assert dates("The city grew in the 1980s and 90s.", "The city grew mostly in 2005.", "en") == [
        "the claim says 1980s, the reference says 2005",
        "the claim says 90s, the reference says 2005",
    ]
    # "30 procent" stays a figure, compared as one.
    result = compare(
        analyse("De huren stegen de afgelopen jaren 30 procent.", "nl"),
        analyse("De huren stegen sinds 2015 met 30 procent.", "nl"),
    )
    assert result.differences == [] and result.agreements == ["30 procent"]


def test_second_review_of_decades() -> None:
    # A year the claim names inside its own decade still answers both.
    claim = "The stadium, built in the 1990s, opened in 1999."
    result = compare(
        analyse(claim, "en"), analyse("It opened in 1999 and was rebuilt in 2005.", "en")
    )
    assert result.differences == [] and sorted(result.agreements) == ["1990s", "1999"]
    # Ages joined by "and" are no decades; "the 2000s" is one, "the 1900s" a century.
    assert analyse("Most victims were in their 20s and 30s.", "en").decades == []
    facts = analyse("The firm grew in the 1990s and early 2000s.", "en")
    assert [(d.lo, d.hi) for d in facts.decades] == [(1990, 1999), (2000, 2003)]
    assert dates("The firm grew in the early 2000s.", "The firm grew fastest in 2003.", "en") == []
