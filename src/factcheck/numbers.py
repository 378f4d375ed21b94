"""Numbers in text: digits in Dutch and English notation, number words, fractions.

Dutch writes "300.000" and "6,8"; English writes "300,000" and "6.8". Dutch
number words are compounds ("zevenduizend", "eenentwintig",
"tweehonderdvijftigduizend"): they are decomposed with the parts listed in
the language module, so every compound is understood without a list.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

from factcheck.lang import resources

_DIGITS = {
    # Thousands separators need exactly three digits after them, so "6,8" and
    # "3.5" are decimals in either language.
    "nl": re.compile(
        r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w]|[.,]\d)|(?<![\w.,])\d+(?:[,.]\d+)?(?![\w]|[.,]\d)"
    ),
    "en": re.compile(
        r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w]|[.,]\d)|(?<![\w.,])\d+(?:[.,]\d+)?(?![\w]|[.,]\d)"
    ),
}


def digits_pattern(language: str) -> re.Pattern[str]:
    """The regex that finds numbers written in digits in a language."""
    return _DIGITS.get(language, _DIGITS["nl"])


def parse_digits(text: str, language: str) -> float:
    """The value of a number written in digits.

    Example:
        >>> parse_digits("300.000", "nl"), parse_digits("6,8", "nl"), parse_digits("3,500", "en")
        (300000.0, 6.8, 3500.0)
    """
    thousands, decimal = (".", ",") if language == "nl" else (",", ".")
    if re.fullmatch(rf"\d{{1,3}}(?:\{thousands}\d{{3}})+(?:\{decimal}\d+)?", text):
        text = text.replace(thousands, "")
    elif thousands in text and decimal not in text:
        # "3.5" in a Dutch text: a decimal point written the English way.
        text = text.replace(thousands, decimal)
    return float(text.replace(decimal, "."))


@lru_cache(maxsize=4096)
def parse_word(word: str, language: str) -> float | None:
    """The value of a (compound) number word, or None.

    Example:
        >>> parse_word("zevenduizend", "nl"), parse_word("eenentwintig", "nl")
        (7000.0, 21.0)
        >>> parse_word("tweehonderdvijftigduizend", "nl"), parse_word("twelve", "en")
        (250000.0, 12.0)
    """
    lang = resources(language)
    word = word.lower().replace("-", "").replace("ë", "e")
    if not word:
        return None
    value = _parse_compound(word, lang)
    return float(value) if value is not None else None


def _parse_compound(word: str, lang) -> int | None:
    simple = {**lang.UNITS, **lang.TENS}
    simple.pop("a", None)
    if word in simple:
        return simple[word]
    for table in (lang.THOUSAND, lang.HUNDRED):
        for name, factor in table.items():
            at = word.find(name)
            if at < 0:
                continue
            left, right = word[:at], word[at + len(name) :]
            left_value = 1 if not left else _parse_compound(left, lang)
            right_value = 0 if not right else _parse_compound(right, lang)
            if left_value is None or right_value is None or right_value >= factor:
                return None
            return left_value * factor + right_value
    joiner = lang.NUMBER_JOINER
    for tens_name, tens_value in lang.TENS.items():
        if lang.CODE == "en" and word.startswith(tens_name):
            # English puts the unit last: "twenty-one".
            unit = lang.UNITS.get(word[len(tens_name) :])
            if unit is not None and 0 < unit < 10 and word[len(tens_name) :] != "a":
                return tens_value + unit
        elif word.endswith(tens_name) and word != tens_name:
            # Dutch puts it first, joined by "en": "eenentwintig".
            head = word[: -len(tens_name)]
            if head.endswith(joiner):
                unit = lang.UNITS.get(head[: -len(joiner)])
                if unit is not None and 0 < unit < 10:
                    return tens_value + unit
    return None


def fraction_value(word: str, language: str) -> float | None:
    """The value of a fraction word ("derde" -> 1/3), or None."""
    return resources(language).FRACTIONS.get(word.lower())


def format_value(value: float) -> str:
    """A number as a journalist writes it: 7000, 6.8, 1/3, 4/7."""
    if 0 < value < 1:
        ratio = Fraction(value).limit_denominator(100)
        if abs(value - ratio) < 1e-9:
            return f"{ratio.numerator}/{ratio.denominator}"
    if value == int(value):
        return str(int(value))
    return f"{value:g}"
