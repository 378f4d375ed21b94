"""A change that two figures of one sentence imply, read as a rise or a fall.

"Het aantal woningen ging van 600 naar 850" and "a pre-tax loss of 9.4 million
pounds for 2025, compared with a loss of 3.2 million pounds a year earlier"
name no verb of change, yet both say the figure rose. Part of
:mod:`factcheck.extract`: the implied direction joins the sentence's antonyms
(the rise/fall group of the language's lexicon), so a claim that says the
loss "narrowed" or "daalde" meets a difference, and one that says it "grew"
an agreement.

Example:
    >>> from factcheck.extract import analyse
    >>> analyse("Sales were 9.4 million pounds, compared with 3.2 million pounds "
    ...         "a year earlier.", "en").antonyms
    {4: {0: 'from 3.2 million to 9.4 million'}}
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.extract import Facts

# Figures whose change is a rise or a fall; ordinals, times and dates are not.
_CHANGING = frozenset({"count", "money", "percent", "points", "fraction", "duration"})
# How far after the earlier figure its time marker may stand ("3.2 million
# pounds a year earlier").
_MARKER_WINDOW = 5


@functools.cache
def rise_fall_group(lang) -> int | None:
    """The position of the rise/fall pair in the language's antonym lexicon."""
    for group, (left, _) in enumerate(lang.ANTONYMS):
        if lang.RISE_WORD in left:
            return group
    return None


def find_implied_change(
    facts: Facts, lowers: list[str], lang, scope_of: Callable[[int], frozenset[str]]
) -> None:
    """Add the rise or fall two figures imply when the sentence names no change itself.

    ``scope_of(i)`` gives the content stems of the clause around token ``i``:
    what the change is about.
    """
    if len(facts.quantities) < 2:
        return  # most sentences: nothing to pair, no token map to build
    group = rise_fall_group(lang)
    if group is None or group in facts.antonyms:
        return
    position = {t.start: i for i, t in enumerate(facts.tokens)}
    figures = [
        (position[q.start], q)
        for q in facts.quantities
        if q.kind in _CHANGING and q.start in position
    ]
    for (i, first), (j, second) in itertools.pairwise(figures):
        if first.kind != second.kind or first.unit != second.unit:
            continue
        end = i
        while end + 1 < len(facts.tokens) and facts.tokens[end + 1].start < first.end:
            end += 1
        # A currency sign before a figure stands between it and "from" / "to":
        # "from £62m to £48m".
        between = [w for w in lowers[end + 1 : j] if w not in lang.CURRENCY_WORDS]
        before = i - 1 if i == 0 or lowers[i - 1] not in lang.CURRENCY_WORDS else i - 2
        if (
            before >= 0
            and lowers[before] in lang.CHANGE_FROM
            and between in ([w] for w in lang.CHANGE_TO)
        ):
            earlier, later = first, second
        elif _compared_with_earlier(between, lowers, j, lang) or _from_earlier(between, lang):
            earlier, later = second, first
        else:
            continue
        if later.value == earlier.value:
            continue
        side = 0 if later.value > earlier.value else 1
        from_word, to_word = lang.CHANGE_FROM[0], lang.CHANGE_TO[0]
        facts.antonyms.setdefault(group, {})[side] = (
            f"{from_word} {earlier.text} {to_word} {later.text}"
        )
        facts.antonym_scopes[(group, side)] = scope_of(i)
        return


def _compared_with_earlier(between: list[str], lowers: list[str], j: int, lang) -> bool:
    """Whether the words between two figures compare the first with the second as
    its earlier value: "for 2025, compared with a loss of" ... "a year earlier"."""
    text = " " + " ".join(w for w in between if w != ",") + " "
    if not any(f" {p} " in text for p in lang.COMPARED_WITH):
        return False
    after = lowers[j + 1 : j + 1 + _MARKER_WINDOW]
    return any(w in lang.EARLIER_MARKERS for w in after)


def _from_earlier(between: list[str], lang) -> bool:
    """Whether the words between two figures give the second as where the first
    came from: "62 million, up from the 48 million", "down from"."""
    words = [w for w in between if w != "," and w not in lang.DETERMINERS]
    return " ".join(words) in lang.FROM_EARLIER
