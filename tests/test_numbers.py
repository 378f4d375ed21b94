"""Numbers in Dutch and English notation, number words and fractions."""

from __future__ import annotations

import pytest

from factcheck.numbers import (
    digits_pattern,
    format_value,
    fraction_value,
    parse_digits,
    parse_word,
)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("6,8", "nl", 6.8),
        ("300.000", "nl", 300000.0),
        ("1.234.567", "nl", 1234567.0),
        ("1.234,5", "nl", 1234.5),
        ("3.5", "nl", 3.5),  # a decimal point written the English way
        ("2946", "nl", 2946.0),
        ("6.8", "en", 6.8),
        ("300,000", "en", 300000.0),
        ("3,500", "en", 3500.0),
        ("233,000.25", "en", 233000.25),
        ("6,8", "en", 6.8),  # not three digits after the comma: a decimal
    ],
)
def test_parse_digits(text: str, language: str, value: float) -> None:
    assert parse_digits(text, language) == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "language", "numbers"),
    [
        ("kracht van 6,8 en 300.000 mensen, 2,6 procent", "nl", ["6,8", "300.000", "2,6"]),
        ("about 7.18 million votes, some 233,000 more", "en", ["7.18", "233,000"]),
        # Parts of words and of codes are not numbers.
        ("A4-papier en COVID19 en 23.11 uur", "nl", ["23.11"]),
    ],
)
def test_digits_pattern_finds_whole_numbers(
    sentence: str, language: str, numbers: list[str]
) -> None:
    assert digits_pattern(language).findall(sentence) == numbers


@pytest.mark.parametrize(
    ("word", "language", "value"),
    [
        ("zevenduizend", "nl", 7000),
        ("vijfduizend", "nl", 5000),
        ("eenentwintig", "nl", 21),
        ("tweehonderdvijftigduizend", "nl", 250000),
        ("drieduizend", "nl", 3000),
        ("twaalfduizend", "nl", 12000),
        ("honderd", "nl", 100),
        ("tweeëntwintig", "nl", 22),
        ("twelve", "en", 12),
        ("twenty-one", "en", 21),
        ("seven", "en", 7),
    ],
)
def test_parse_word(word: str, language: str, value: int) -> None:
    assert parse_word(word, language) == value


@pytest.mark.parametrize(
    ("word", "language"),
    [("manschappen", "nl"), ("duizenden", "nl"), ("tafel", "nl"), ("", "nl"), ("troops", "en")],
)
def test_non_number_words(word: str, language: str) -> None:
    assert parse_word(word, language) is None


def test_fractions() -> None:
    assert fraction_value("derde", "nl") == pytest.approx(1 / 3)
    assert fraction_value("kwart", "nl") == 0.25
    assert fraction_value("helft", "nl") == 0.5
    assert fraction_value("third", "en") == pytest.approx(1 / 3)
    assert fraction_value("manschappen", "nl") is None


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (7000.0, "7000"),
        (6.8, "6.8"),
        (1 / 3, "1/3"),
        (0.25, "1/4"),
        (2 / 3, "2/3"),
        (0.5, "1/2"),
        (4 / 7, "4/7"),
        (0.123456, "0.123456"),
    ],
)
def test_format_value(value: float, text: str) -> None:
    assert format_value(value) == text
