"""A day of the month gets its weekday from the document's date."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.compare import compare
from factcheck.extract import analyse
from factcheck.weekdays import add_weekdays, published

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
