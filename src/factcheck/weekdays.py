"""The dates a statement leaves to its document's date: the weekday of a day
of the month it names, and the year of "vorig jaar" / "last year".

News gives dates as "on March 26" and claims retell them as "on a Thursday"
(or the other way round). A statement's days of the month get their weekday
in the year the document's date puts them in: the statement's own year when it
names one, otherwise the year that brings the day nearest the document's date.
The weekday joins the statement's weekdays, so the comparison stage weighs a
claim's weekday against it like any other.

Example:
    >>> from datetime import date
    >>> from factcheck.extract import analyse
    >>> facts = analyse("Creditors will meet on March 26.", "en")
    >>> add_weekdays(facts, date(2026, 3, 11))
    >>> facts.weekdays[3][0]
    'March 26 (Thursday)'
"""

from __future__ import annotations

import datetime as dt
import functools

from factcheck.extract import Facts
from factcheck.lang import resources


def published(value: str | None) -> dt.date | None:
    """A document's date from its front matter ("2026-03-11"), if it reads as one."""
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


@functools.cache
def _weekday_names(language: str) -> dict[int, str]:
    """Each weekday's longest spelling in the language ("thursday", not "thu")."""
    names: dict[int, str] = {}
    for word, number in resources(language).WEEKDAYS.items():
        if len(word) > len(names.get(number, "")):
            names[number] = word
    return names


def add_years(facts: Facts, when: dt.date | None) -> None:
    """Give the years the sentence says relative to its document's date
    ("vorig jaar", "this year") as years, for a document of date ``when``.

    Example:
        >>> from datetime import date
        >>> from factcheck.extract import analyse
        >>> facts = analyse("Vorig jaar daalde de overslag met 3 procent.", "nl")
        >>> add_years(facts, date(2026, 4, 16))
        >>> sorted(facts.years)
        [2025]
    """
    if when is None:
        return
    facts.document_year = when.year
    for offset, context in facts.relative_years.items():
        facts.years.setdefault(when.year + offset, context)


def add_weekdays(facts: Facts, when: dt.date | None) -> None:
    """Give the days of the month in ``facts`` their weekday, for a document of date ``when``.

    Nothing when the sentence names a weekday itself (it says which it means).
    """
    if when is None or facts.weekdays or not facts.days:
        return
    own_year = next(iter(facts.years)) if len(facts.years) == 1 else None
    names = _weekday_names(facts.language)
    for key, (surface, context) in list(facts.days.items()):
        month, day = divmod(key, 100)
        years = [own_year] if own_year else [when.year - 1, when.year, when.year + 1]
        dates = []
        for year in years:
            try:
                dates.append(dt.date(year, month, day))
            except ValueError:
                continue  # 29 February of a common year, 31 April
        if not dates:
            continue
        nearest = min(dates, key=lambda d: abs((d - when).days))
        weekday = nearest.weekday()
        # Written as the text writes its month: "March 26 (Thursday)", "26 maart (donderdag)".
        name = names[weekday].capitalize() if any(c.isupper() for c in surface) else names[weekday]
        facts.weekdays.setdefault(weekday, (f"{surface} ({name})", context))
