"""What office a sentence gives a person: part of the comparison stage.

"Commissaris van de Koning Hendrik-Jan Wolters" against "De Gelderse
gedeputeerde Hendrik-Jan Wolters", "Maarten Hoogendijk verdedigde als
wethouder" against "Oppositieleider Maarten Hoogendijk", "Karen Whitlock is
the federal health minister" against "State Health Minister Karen Whitlock"
(the same office noun: no difference). Professions count as offices ("Kwesi
Amoako-Atta, a retired mining engineer" against "retired High Court judge Kwesi
Amoako-Atta"), and two nouns of one office are one ("solicitor" / "lawyer",
the language's ``OFFICE_SYNONYMS``). :func:`office_of` reads the office
noun a sentence puts before a name, after "is" / "as" / "als", or in
apposition; :func:`other_office` compares a person's office in claim and
statement.
"""

from __future__ import annotations

import functools

from factcheck.extract import Actor, Facts, stem
from factcheck.lang import resources

# How far before a name, and after "is" / "als", an office noun may stand.
_BEFORE = 4
_AFTER = 4


@functools.cache
def _compound_heads(language: str) -> tuple[str, ...]:
    """The office nouns that may end a compound ("oppositieleider"), the longest
    first: "onderstaatssecretaris" is a "staatssecretaris", whatever the order
    of the set."""
    lang = resources(language)
    if not lang.COMPOUND_OFFICES:
        return ()
    return tuple(sorted((o for o in lang.OFFICES if len(o) >= 5), key=lambda o: (-len(o), o)))


def office_word(word: str, lang) -> str | None:
    """The office a word names: "minister", and in Dutch the head of a
    compound ("oppositieleider": "leider", "werkgeversvoorzitter": "voorzitter")."""
    if word in lang.OFFICES:
        return word
    heads = _compound_heads(lang.CODE)
    if heads and word.endswith(heads):
        return next(o for o in heads if word.endswith(o))
    return None


def _canonical(word: str, lang) -> str | None:
    """The office a word names, one name per office ("solicitor": "lawyer")."""
    office = office_word(word, lang)
    return lang.OFFICE_SYNONYMS.get(office, office) if office is not None else None


def office_of(actor: Actor, facts: Facts) -> str | None:
    """The office noun the sentence gives a named person, as written (lower case).

    Example:
        >>> from factcheck.extract import analyse
        >>> f = analyse("Oppositieleider Maarten Hoogendijk (VVD) sprak.", "nl")
        >>> office_of(next(a for a in f.actors if "Hoogendijk" in a.text), f)
        'oppositieleider'
        >>> f = analyse("Karen Whitlock is the federal health minister.", "en")
        >>> office_of(f.actors[0], f)
        'minister'
        >>> f = analyse("The airport's managing director, Rob Tennant, said so.", "en")
        >>> office_of(next(a for a in f.actors if "Tennant" in a.text), f)
        'director'
    """
    at = _office_at(actor, facts)
    return facts.tokens[at].lower if at is not None else None


def _office_at(actor: Actor, facts: Facts) -> int | None:
    """Where the office noun of :func:`office_of` stands."""
    if actor.index < 0:
        return None  # a name inherited from the sentence before: not in this text
    lang = resources(facts.language)
    lowers = [t.lower for t in facts.tokens]
    end = actor.index + len(actor.text.split())
    # In apposition before it: "The airport's managing director, Rob Tennant,
    # said", "Ontario's Minister of Mines, Paul Kerrigan, said".
    if (
        actor.index >= 2
        and lowers[actor.index - 1] == ","
        and (end >= len(lowers) or lowers[end] in {",", "."})
    ):
        if office_word(lowers[actor.index - 2], lang) is not None:
            return actor.index - 2
        for j in range(actor.index - 3, max(-1, actor.index - 7), -1):
            if lowers[j] in lang.OF_PREPOSITIONS and j > 0:
                if office_word(lowers[j - 1], lang) is not None:
                    return j - 1
                break
            if not (facts.tokens[j].text[:1].isupper() or lowers[j] in lang.FIELD_JOINERS):
                break
    # Before the name, or the first words of the name as found ("State Health Minister Karen").
    for j in range(min(end, len(lowers)) - 1, max(-1, actor.index - _BEFORE - 1), -1):
        if j >= actor.index and j >= end - 1:
            continue  # the last word of a name is the name itself
        if office_word(lowers[j], lang) is not None:
            return j
        if j < actor.index and not (lowers[j] in lang.STOPWORDS or lowers[j][:1].isalpha()):
            break  # punctuation between: "..., said Hoogendijk"
    # After the name: "X is (de) minister", "X verdedigde als wethouder", "X, the mayor of Y".
    start: int | None
    if end < len(lowers) and (lowers[end] in lang.COPULAS or lowers[end] == ","):
        start = end + 1
    else:
        start = next(
            (
                j + 1
                for j in range(end, min(end + _AFTER, len(lowers)))
                if lowers[j] in lang.AS_ROLE
            ),
            None,
        )
    if start is None:
        return None
    for j in range(start, min(start + _AFTER, len(lowers))):
        if office_word(lowers[j], lang) is not None:
            return j
        if not lowers[j][:1].isalpha():
            break
    return None


def other_office(a: Actor, claim: Facts, b: Actor, stmt: Facts) -> tuple[str, str] | None:
    """The person's office in the claim and in the statement, if they differ."""
    mine, theirs = office_of(a, claim), office_of(b, stmt)
    if mine is None or theirs is None:
        return None
    lang = resources(claim.language)
    if _canonical(mine, lang) == _canonical(theirs, lang) or stem(mine, claim.language) == stem(
        theirs, claim.language
    ):
        return None
    if mine in lang.PROFESSIONS and theirs in lang.PROFESSIONS:
        return None  # a professor may be an economist
    # Two words of one office: "is the chief executive" / "Chief executive Fiona Kerr".
    if theirs in {t.lower for t in claim.tokens} or mine in {t.lower for t in stmt.tokens}:
        return None
    return mine, theirs
