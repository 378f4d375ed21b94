"""The comparison a claim makes between two things the reference states apart.

"More people are missing than were treated in hospital", "twee keer zoveel
containers als in 2021", "meer dan de helft van de kosten betaalt het Rijk":
:func:`read_comparison` finds the relation and its two sides (the words
before and after "than" / "dan" / "als"), or a share and its whole ("de helft
van de kosten"). :mod:`factcheck.two_statements` resolves each side to a
figure of the reference and judges the relation.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck import numbers
from factcheck.extract import Facts, compound_heads, stem
from factcheck.lang import resources
from factcheck.quantities import approximator_before

# How far a claimed factor may be from the figures' ratio: "twee keer zoveel"
# for 48,000 against 20,000 (2.4) holds; for 60,000 (3.0) it does not.
_FACTOR_SLACK = 0.25
# Words this close to the comparison say what is compared.
_FOCUS_WINDOW = 2
# Words this long may be compounds whose head is a word of its own.
_COMPOUND_WORD = 9


# A share as a claim words it, as multiples of its value: "meer dan de helft"
# is 0.5 to 1; "ongeveer 40 procent" 34 to 46 percent; a plain "de helft" 45 to 55.
_SHARE_INTERVALS = {
    "more": (1.0, math.inf),
    "slightly_more": (1.0, 1.5),
    "at_least": (1.0, math.inf),
    "less": (0.0, 1.0),
    "at_most": (0.0, 1.0),
    "almost": (0.8, 1.0),
    "approx": (0.85, 1.15),
}
_EXACT_SHARE = (0.9, 1.1)


@dataclass(frozen=True, slots=True)
class Comparison:
    """What a claim says of two figures: ``left`` relation ``right``.

    ``relation`` is "more", "less" or "ratio"; for a ratio, left / right lies
    in [lo, hi] (a share of a whole: right is the whole). Each side is a set
    of stems; ``shared`` are the words both sides count ("containers").
    """

    relation: str
    left: frozenset[str]
    right: frozenset[str]
    shared: frozenset[str] = frozenset()
    lo: float = 0.0
    hi: float = math.inf
    said: str = ""
    # A share of a whole ("de helft van de kosten"), not a comparison of two figures.
    share: bool = False
    # The claimed factor of a ratio ("twee keer zoveel": 2).
    factor: float = 0.0
    # The names on the left of a share, one of which its figure's sentence must have.
    names: frozenset[str] = frozenset()
    # The words next to the comparison: they weigh more ("killed more people").
    focus: frozenset[str] = frozenset()
    # A relation in time ("on the same day that", "twee dagen voordat"): the
    # sides are dates, not figures.
    timing: bool = False
    # A bare "before" / "after": also a preposition, so only for undecided claims.
    plain: bool = False


def _stems(lowers: Sequence[str], lang, language: str) -> frozenset[str]:
    """The content stems of some words, without the words of figures and
    qualifiers; a compound also gives the stems of its heads ("tramkosten":
    "kosten")."""
    return frozenset(
        stem(part, language)
        for w in lowers
        for part in (w, *_heads(w, language))
        if w[:1].isalpha()
        and len(w) > 1
        and w not in lang.STOPWORDS
        and w not in lang.NEGATIONS
        and w not in lang.FRACTIONS
        and w not in lang.WHOLE_FRACTIONS
        and w not in lang.APPROXIMATORS
        and w not in lang.COMPARISON_WORDS
        and numbers.parse_word(w, language) is None
    )


def _heads(word: str, language: str) -> tuple[str, ...]:
    """The heads of a Dutch compound ("tramkosten": "kosten"); none in English."""
    if language != "nl" or len(word) < _COMPOUND_WORD:
        return ()
    return tuple(compound_heads(word))


def _counted(lowers: Sequence[str], lang, language: str) -> frozenset[str]:
    """What both sides count: the first content word after the comparative
    ("meer containers ... dan", "twice as many people as")."""
    for w in lowers:
        found = _stems([w], lang, language)
        if found:
            return found
    return frozenset()


def _number_at(lowers: Sequence[str], i: int, language: str) -> float | None:
    if i < 0 or i >= len(lowers):
        return None
    word = lowers[i]
    if word[:1].isdigit():
        try:
            return numbers.parse_digits(word, language)
        except ValueError:
            return None
    return numbers.parse_word(word, language)


def _token_at(facts: Facts, char: int) -> int:
    """The first token that starts at or after character ``char``."""
    return bisect.bisect_left(facts.tokens, char, key=lambda t: t.start)


def _figure_starts(facts: Facts) -> frozenset[int]:
    return frozenset(_token_at(facts, q.start) for q in facts.quantities)


def _qualifies(lowers: Sequence[str], figures: frozenset[int], after: int, lang) -> bool:
    """Whether a figure starts within two words after position ``after``:
    "meer dan 300", "more than half" qualify a figure; they compare nothing."""
    return any(
        k in figures or lowers[k] in lang.FRACTIONS or lowers[k][:1].isdigit()
        for k in range(after + 1, min(after + 3, len(lowers)))
    )


def _focus(
    lowers: Sequence[str], start: int, end: int, than: int, lang, language: str
) -> frozenset[str]:
    """The words right around the comparison, which say what is compared: "has
    killed more people than the Aegean Star", "More people are missing than"."""
    window = _FOCUS_WINDOW
    return _stems(
        [
            *lowers[max(0, start - window) : start],
            *lowers[end + 1 : min(than, end + 1 + window + 1)],
            *lowers[than + 1 : than + 1 + window + 1],
        ],
        lang,
        language,
    )


def _compares_amounts(lowers: Sequence[str], i: int, at: int, lang) -> bool:
    """ "twice as many ... as", "drie keer zoveel ... als": the factor compares
    amounts, not "arrested three times, as was his brother"."""
    follows = lowers[i + 1] if i + 1 < len(lowers) else ""
    if follows != lang.AS and follows not in lang.COMPARISON_WORDS:
        return False
    return all(w[:1].isalnum() for w in lowers[i + 1 : at])


# How far "than" / "dan" may stand from its comparative.
_THAN_REACH = 8


def read_comparison(facts: Facts) -> Comparison | None:
    """The comparison a claim makes, if it makes one.

    Example:
        >>> from factcheck.extract import analyse
        >>> c = read_comparison(analyse("More people are missing than were treated.", "en"))
        >>> c.relation, sorted(c.left), sorted(c.right)
        ('more', ['miss', 'peopl'], ['peopl', 'treat'])
        >>> read_comparison(analyse("More than 300 people are missing.", "en")) is None
        True
    """
    lang = resources(facts.language)
    lowers = [t.lower for t in facts.tokens]
    language = facts.language
    figures = _figure_starts(facts)
    # The next "than" / "als" after each position, found in one pass from the end.
    next_than, next_as = [len(lowers)] * (len(lowers) + 1), [len(lowers)] * (len(lowers) + 1)
    for j in range(len(lowers) - 1, -1, -1):
        next_than[j] = j if lowers[j] == lang.THAN else next_than[j + 1]
        next_as[j] = j if lowers[j] == lang.AS else next_as[j + 1]
    for i, word in enumerate(lowers):
        factor = lang.TWICE.get(word)
        if factor is None and word in lang.TIMES_WORDS:
            factor = _number_at(lowers, i - 1, language)
        if factor is not None and factor > 1:
            # "twee keer zoveel containers als bij de staking van 2021"
            at = next_as[min(i + 2, len(lowers))]
            if at == len(lowers) or not _compares_amounts(lowers, i, at, lang):
                continue
            start = i - 1 if word in lang.TIMES_WORDS else i
            found = approximator_before(lowers, start, lang)
            qualified = found[0] if found else None
            lo, hi = factor * (1 - _FACTOR_SLACK), factor * (1 + _FACTOR_SLACK)
            if qualified in ("more", "slightly_more", "at_least"):
                lo = factor
            elif qualified == "almost":
                hi = factor
            shared = _counted(lowers[i + 1 : at], lang, language)
            left = _stems(lowers[:start], lang, language) | _stems(
                lowers[i + 1 : at], lang, language
            )
            right = _stems(lowers[at + 1 :], lang, language) | shared
            said = " ".join(lowers[start:at])
            focus = _focus(lowers, start, i, at, lang, language)
            return Comparison(
                "ratio", left, right, shared, lo, hi, said, factor=factor, focus=focus
            )
        if word in lang.COMPARATIVE_MORE or word in lang.COMPARATIVE_LESS:
            than = next_than[i + 1]
            if (
                than - i > _THAN_REACH
                or than == len(lowers)
                or _qualifies(lowers, figures, than, lang)
                or lowers[than - 1] in lang.NOT_COMPARING
            ):
                continue
            relation = "more" if word in lang.COMPARATIVE_MORE else "less"
            shared = _counted(lowers[i + 1 : than], lang, language)
            left = _stems(lowers[:i], lang, language) | _stems(lowers[i + 1 : than], lang, language)
            right = _stems(lowers[than + 1 :], lang, language) | shared
            focus = _focus(lowers, i, i, than, lang, language)
            return Comparison(relation, left, right, shared, said=word, focus=focus)
    return _share(facts, lowers) or read_timing(facts)


def _share(facts: Facts, lowers: list[str]) -> Comparison | None:
    """ "meer dan de helft van de kosten ... betaalt het Rijk": a share of a whole."""
    lang = resources(facts.language)
    shares = [q for q in facts.quantities if q.kind in ("fraction", "percent")]
    if len(shares) != 1 or len(facts.quantities) != 1:
        return None
    q = shares[0]
    end = _token_at(facts, q.end)
    if end >= len(lowers) or lowers[end] not in lang.OF_PREPOSITIONS:
        return None
    # The whole: the content words after "van" / "of", up to the clause's end or a verb-like gap.
    whole_words: list[str] = []
    clause_end = True
    for w in lowers[end + 1 :]:
        if not w[:1].isalpha() or (
            w in lang.STOPWORDS and w not in lang.DETERMINERS and w not in lang.OF_PREPOSITIONS
        ):
            clause_end = not w[:1].isalpha()
            break
        whole_words.append(w)
    content = [w for w in whole_words if w not in lang.STOPWORDS]
    if lang.VERB_FINAL and clause_end and len(content) >= 2:
        # "de helft van het extra bedrag van het waterschap betalen": the
        # clause's last word is its verb, not part of the whole.
        whole_words.remove(content[-1])
    whole = _stems(whole_words, lang, facts.language)
    part = _stems(lowers, lang, facts.language) - whole - facts.figure_stems
    if not whole or not part:
        return None
    value = q.value / (100.0 if q.kind == "percent" else 1.0)
    if value <= 0:
        return None
    start = _token_at(facts, q.start)
    if start > 0 and lowers[start - 1] in lang.DETERMINERS:
        start -= 1  # "meer dan de helft"
    found = approximator_before(lowers, start, lang)
    lo, hi = _SHARE_INTERVALS.get(found[0], _EXACT_SHARE) if found else _EXACT_SHARE
    said = " ".join(lowers[max(0, start - 2) : _token_at(facts, q.end)])
    names = frozenset(
        stem(w, facts.language) for a in facts.actors if a.named for w in a.text.lower().split()
    )
    return Comparison(
        "ratio",
        part,
        whole,
        frozenset(),
        value * lo,
        min(value * hi, 1.0),
        said,
        share=True,
        names=names & part,
    )


def _days_at(lowers: Sequence[str], i: int, lang, language: str) -> int | None:
    """ "two days", "een dag", "the day" before position ``i``: how many days."""
    if i < 2 or lowers[i - 1] not in lang.DAY_WORDS:
        return None
    count = lowers[i - 2]
    if count in lang.DETERMINERS or count in lang.ONE_DAY:
        # "the day before", not "in the days before"
        return 1 if lowers[i - 1] in lang.ONE_DAY_WORDS else None
    value = _number_at(lowers, i - 2, language)
    return int(value) if value is not None and value == int(value) and value < 366 else None


# How far after "before" / "nadat" the verb of its clause may come.
_CLAUSE_REACH = 6


def _clause_follows(facts: Facts, at: int, lang) -> bool:
    """Whether a clause starts at ``at``: "before the cabinet considers the
    merger", not "brought before a prosecutor on Syros". A subject (a
    determiner or pronoun first) and a verb (an auxiliary, or a lower-case
    word in -s or -ed) within reach; Dutch "nadat" / "voordat" always do."""
    if lang.VERB_FINAL:
        return True
    tokens = facts.tokens[at : at + _CLAUSE_REACH]
    if not tokens or tokens[0].lower not in lang.CLAUSE_STARTERS:
        return False
    return any(
        t.lower in lang.AUXILIARIES
        or (t.text[:1].islower() and t.lower.endswith(("ed", "s")) and len(t.lower) > 3)
        for t in tokens[1:]
    )


def read_timing(facts: Facts) -> Comparison | None:
    """When a claim puts one thing relative to another: "on the same day that",
    "two days before", "de dag nadat", "eerder dan". The relation is "same",
    "offset" (left is ``factor`` days after right; negative: before),
    "before" or "after"; ``plain`` marks a bare "before" / "nadat", which may
    also be read as a preposition and waits for the single statements.

    Example:
        >>> from factcheck.extract import analyse
        >>> f = analyse("The ban came two days before the emergency was declared.", "en")
        >>> t = read_timing(f)
        >>> t.relation, t.factor, sorted(t.right)
        ('offset', -2.0, ['decla', 'emerg'])
    """
    lang = resources(facts.language)
    lowers = [t.lower for t in facts.tokens]
    language = facts.language
    for phrase in lang.SAME_DAY:
        n = len(phrase)
        for i in range(len(lowers) - n + 1):
            if tuple(lowers[i : i + n]) == phrase:
                after = i + n + (i + n < len(lowers) and lowers[i + n] in lang.TIME_LINKS)
                return _timed("same", lowers, i, after, 0.0, lang, language, " ".join(phrase))
    for i, word in enumerate(lowers):
        direction = lang.TIME_ORDER.get(word)
        if direction is None:
            continue
        days = _days_at(lowers, i, lang, language)
        if days is not None:
            start = i - 2
            factor = float(days if direction == "after" else -days)
            said = " ".join(lowers[start : i + 1])
            return _timed("offset", lowers, start, i + 1, factor, lang, language, said)
        than = next(
            (j for j in range(i + 1, min(i + 4, len(lowers))) if lowers[j] == lang.THAN), None
        )
        if than is not None and word in lang.TIME_COMPARATIVES:
            # "eerder dan", "later than", "gaat eerder open dan"
            left = [*lowers[:i], *lowers[i + 1 : than]]
            return _timed(
                direction,
                left,
                len(left),
                len(left),
                0.0,
                lang,
                language,
                word,
                right=lowers[than + 1 :],
            )
        if word in lang.TIME_CONJUNCTIONS and _clause_follows(facts, i + 1, lang):
            return _timed(direction, lowers, i, i + 1, 0.0, lang, language, word, plain=True)
    return None


def _timed(
    relation: str,
    lowers: Sequence[str],
    start: int,
    after: int,
    factor: float,
    lang,
    language: str,
    said: str,
    *,
    plain: bool = False,
    right: Sequence[str] | None = None,
) -> Comparison | None:
    """The comparison of a timing, with its sides before ``start`` and from
    ``after`` on (or ``right``, when the words after are given apart)."""
    ahead = lowers[after:] if right is None else right
    left_stems = _stems(lowers[:start], lang, language) - _stems(lang.DAY_WORDS, lang, language)
    right_stems = _stems(ahead, lang, language)
    if not left_stems or not right_stems:
        return None
    focus = _focus([*lowers[:start], *ahead], start, start - 1, start - 1, lang, language)
    return Comparison(
        relation,
        left_stems,
        right_stems,
        said=said,
        factor=factor,
        focus=focus,
        timing=True,
        plain=plain,
    )
