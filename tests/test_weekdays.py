"""A day of the month gets its weekday from the document's date."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.compare import compare
from factcheck.extract import analyse
from factcheck.weekdays import add_weekdays, add_years, published

MARCH_11 = dt.date(2026, 3, 11)


def _statement(text: str, language: str, when: dt.date | None = MARCH_11):
    facts = analyse(text, language)
    add_weekdays(facts, when)
    return facts


@pytest.mark.parametrize(
    ("claim", "language", "differs"),
    [
        ("The creditors meet on a Thursday.", "en", False),
        ("The creditors meet on a Friday.", "en", True),
    ],
)
def test_a_claims_weekday_meets_the_statements_date(
    claim: str, language: str, differs: bool
) -> None:
    stmt = _statement("The administrators will hold a meeting with creditors on March 26.", "en")
    kinds = [d.kind for d in compare(analyse(claim, language), stmt).differences]
    assert ("date" in kinds) is differs


def test_dutch_date_and_the_message() -> None:
    stmt = _statement("De raad vergadert op 26 maart over het plan.", "nl")
    diff = compare(analyse("De raad vergadert op een vrijdag over het plan.", "nl"), stmt)
    assert [d.message for d in diff.differences] == [
        "de bewering noemt vrijdag, de bron 26 maart (donderdag)"
    ]


def test_the_nearest_year_and_the_statements_own_year() -> None:
    # December before a March article is last December: 2025-12-05 was a Friday.
    assert 4 in _statement("Talks began on December 5.", "en").weekdays
    # A year in the sentence decides: 2024-12-05 was a Thursday.
    assert 3 in _statement("Talks began on December 5, 2024.", "en").weekdays


def test_a_statement_that_names_its_weekday_or_has_no_date_is_left_alone() -> None:
    facts = _statement("On Tuesday, March 26, creditors meet.", "en")
    assert set(facts.weekdays) == {1}
    assert _statement("Creditors will meet soon.", "en").weekdays == {}
    assert _statement("Creditors meet on March 26.", "en", None).weekdays == {}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-11", MARCH_11),
        ("2026-03-11T08:00:00", MARCH_11),
        ("March 2026", None),
        (None, None),
    ],
)
def test_published(value: str | None, expected: dt.date | None) -> None:
    assert published(value) == expected


@pytest.mark.parametrize(
    ("claim", "language", "differs"),
    [
        ("In 2025 werden minder woningen opgeleverd dan in het jaar daarvoor.", "nl", False),
        ("In 2023 werden minder woningen opgeleverd.", "nl", True),
        ("Fewer homes were completed in 2025 than a year earlier.", "en", False),
        ("Fewer homes were completed in 2026.", "en", True),
    ],
)
def test_last_year_is_the_year_before_the_documents_date(
    claim: str, language: str, differs: bool
) -> None:
    text = {
        "nl": "Vorig jaar werden er 1450 woningen opgeleverd, 15 procent minder dan in 2024.",
        "en": "Last year 1,450 homes were completed in the city, 15 per cent fewer than in 2024.",
    }[language]
    statement = analyse(text, language)
    add_years(statement, MARCH_11)
    kinds = {d.kind for d in compare(analyse(claim, language), statement).differences}
    assert ("date" in kinds) is differs


def test_a_claims_last_year_is_read_in_the_year_of_the_reference() -> None:
    statement = analyse(
        "The transit budget this year is $212 million, up from $197 million in 2025.", "en"
    )
    add_years(statement, MARCH_11)
    claim = analyse("Hamilton spends more on transit this year than it did in 2025.", "en")
    assert compare(claim, statement).differences == []
    claim = analyse("Hamilton spends more on transit this year than it did in 2024.", "en")
    assert {d.kind for d in compare(claim, statement).differences} == {"date"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The plant opened in 2020 and was expanded the next year.", "en"),
        ("In 2023 kondigde het bedrijf aan dat het volgend jaar zou stoppen.", "nl"),
    ],
)
def test_a_year_counted_from_the_story_is_not_counted_from_the_document(
    text: str, language: str
) -> None:
    statement = analyse(text, language)
    add_years(statement, MARCH_11)
    assert 2027 not in statement.years
