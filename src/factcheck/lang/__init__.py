"""Per-language resources and language detection.

Each language is a module of plain data (``nl``, ``en``). ``resources(code)``
returns it; ``detect(text)`` picks the language whose function words a text
uses most, which is all a two-language product needs.
"""

from __future__ import annotations

import re
from types import ModuleType

from factcheck.lang import en, nl

LANGUAGES: dict[str, ModuleType] = {"nl": nl, "en": en}
DEFAULT = "nl"

_WORD = re.compile(r"[^\W\d_]+(?:'[a-z]+)?", re.UNICODE)


def resources(code: str | None) -> ModuleType:
    """The resource module of a language code; unknown codes fall back to Dutch."""
    return LANGUAGES.get((code or DEFAULT).lower()[:2], LANGUAGES[DEFAULT])


def _vocabulary(mod: ModuleType) -> frozenset[str]:
    words: set[str] = set(mod.STOPWORDS) | set(mod.NEGATIONS)
    for table in ("WEEKDAYS", "MONTHS", "DIRECTIONS", "UNITS", "TENS", "FRACTIONS"):
        words.update(k for k in getattr(mod, table) if " " not in k)
    return frozenset(words)


def _markers() -> dict[str, frozenset[str]]:
    """Per language, the function and resource words no other language shares."""
    vocab = {code: _vocabulary(mod) for code, mod in LANGUAGES.items()}
    return {
        code: words - frozenset().union(*(v for c, v in vocab.items() if c != code))
        for code, words in vocab.items()
    }


_MARKERS = _markers()


def detect(text: str, default: str | None = None) -> str:
    """Guess the language of ``text`` from the words only one language has.

    Function words shared by the languages ("in", "over") do not count, so
    short claims ("Eldoret lies in eastern Kenya.") are still told apart.

    Example:
        >>> detect("Haftar verloor zevenduizend manschappen in het conflict.")
        'nl'
        >>> detect("Haftar lost seven thousand troops in the conflict.")
        'en'
    """
    words = [w.lower() for w in _WORD.findall(text)]
    scores = {code: sum(w in markers for w in words) for code, markers in _MARKERS.items()}
    best = max(scores, key=lambda c: scores[c])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == 0 or (len(ranked) > 1 and ranked[0] == ranked[1]):
        # Undecided: the caller's default ("" lets the verifier take the language of
        # the statement the claim matches best).
        return DEFAULT if default is None else default
    return best
