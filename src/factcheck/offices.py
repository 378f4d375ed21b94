"""What office a sentence gives a person: part of the comparison stage.

"Commissaris van de Koning Hendrik-Jan Wolters" against "De Gelderse
gedeputeerde Hendrik-Jan Wolters", "Maarten Hoogendijk verdedigde als
wethouder" against "Oppositieleider Maarten Hoogendijk", "Karen Whitlock is
the federal health minister" against "State Health Minister Karen Whitlock"
(the same office noun in another field; "the health minister" only narrows
"State Health Minister" and is the same office). Professions count as offices
("Kwesi Amoako-Atta, a retired mining engineer" against "retired High Court
judge Kwesi Amoako-Atta"), and two nouns of one office are one ("solicitor" /
"lawyer", the language's ``OFFICE_SYNONYMS``). :func:`office_of` reads the
office noun a sentence puts before a name, after "is" / "as" / "als", or in
apposition; :func:`other_office` compares a person's office in claim and
statement, :func:`same_office` two people's (another holder of one office:
:func:`factcheck.subjects.other_holder`).
"""

from __future__ import annotations

import functools

from factcheck.extract import Actor, Facts, fold, stem
from factcheck.lang import resources

# How far before a name, and after "is" / "als", an office noun may stand.
_BEFORE = 4
_AFTER = 4
# How many words of its field may narrow an office noun on either side.
_FIELD = 4


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
    """The person's office in the claim and in the statement, if they differ:
    another office noun, or the same noun in another field ("the federal health
    minister" / "State Health Minister"; not "the health minister" / "State
    Health Minister", where one field only narrows the other)."""
    at, bt = _office_at(a, claim), _office_at(b, stmt)
    if at is None or bt is None:
        return None
    mine, theirs = claim.tokens[at].lower, stmt.tokens[bt].lower
    lang = resources(claim.language)
    if _canonical(mine, lang) == _canonical(theirs, lang) or stem(mine, claim.language) == stem(
        theirs, claim.language
    ):
        if _fields_differ(_field(at, claim), _field(bt, stmt)):
            return _phrase(at, claim), _phrase(bt, stmt)
        return None
    if mine in lang.PROFESSIONS and theirs in lang.PROFESSIONS:
        return None  # a professor may be an economist
    # Two words of one office: "is the chief executive" / "Chief executive Fiona Kerr".
    if theirs in {t.lower for t in claim.tokens} or mine in {t.lower for t in stmt.tokens}:
        return None
    return mine, theirs


def same_office(a: Actor, claim: Facts, b: Actor, stmt: Facts) -> bool:
    """Whether the claim gives ``a`` the office the statement gives ``b``: the
    same office noun ("chief executive" / "chief executive"), in a field
    neither adds to ("voorzitter van de ondernemingsraad" / "voorzitter", not
    "the health minister" / "Transport Minister"). Not a profession (a town has
    many lawyers), nor the body an office belongs to ("the chief executive of
    Te Puna Ora": the body holds no office)."""
    at, bt = _holds(a, claim), _holds(b, stmt)
    if at is None or bt is None:
        return False
    lang = resources(claim.language)
    office = _canonical(claim.tokens[at].lower, lang)
    if office != _canonical(stmt.tokens[bt].lower, lang):
        return False
    if office in {_canonical(p, lang) for p in lang.PROFESSIONS}:
        return False
    return not _fields_differ(_field(at, claim), _field(bt, stmt))


def _holds(actor: Actor, facts: Facts) -> int | None:
    """Where the office the actor holds stands: not one whose body the actor
    is ("de voorzitter van de ondernemingsraad": the council holds no office)."""
    at = _office_at(actor, facts)
    if at is None or at > actor.index:
        return at
    lang = resources(facts.language)
    between = range(at + 1, actor.index)
    if any(facts.tokens[j].lower in lang.OF_PREPOSITIONS for j in between):
        return None
    return at


def _fields_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two offices of one noun lie in different fields: each names one
    the other does not ("federal health" / "state health"). A field that only
    narrows the other ("health" / "state health") or none at all is the same."""
    return bool(a - b) and bool(b - a)


def _field_positions(at: int, facts: Facts) -> list[int]:
    """The words that narrow the office noun at ``at``, in text order: before it
    up to an owner, a determiner or punctuation ("State Health Minister",
    "Ontario's labour minister": "labour"), and after its "of" up to
    punctuation ("Minister of Energy and Mines", "voorzitter van de
    ondernemingsraad van Dorrestijn")."""
    lang = resources(facts.language)
    lowers = [t.lower for t in facts.tokens]
    before: list[int] = []
    for j in range(at - 1, max(-1, at - _FIELD - 1), -1):
        low = lowers[j]
        if not low[:1].isalpha() or low in lang.STOPWORDS or low in lang.SPEECH_VERBS:
            break  # "zegt directeur X"
        if _owner(low):
            break  # "Ontario's labour minister"
        before.append(j)
    if len(before) == _FIELD and at - _FIELD > 0:
        # No edge within reach ("Harjit Bains accused Conservative critic Tom
        # Reddick"): only the word before the noun is surely its field.
        before = before[:1]
    after: list[int] = []
    # "of" as written: "Minister Van der Wal" is a name, "burgemeester van Venlo" an office.
    if at + 1 < len(lowers) and facts.tokens[at + 1].text in lang.OF_PREPOSITIONS:
        for j in range(at + 2, min(len(lowers), at + 2 + 2 * _FIELD)):
            low = lowers[j]
            if low in lang.DETERMINERS or low in lang.OF_PREPOSITIONS or low in lang.FIELD_JOINERS:
                continue
            if not low[:1].isalpha() or low in lang.STOPWORDS or len(after) == _FIELD:
                break
            after.append(j)
    return [*reversed(before), at, *after]


def _field(at: int, facts: Facts) -> frozenset[str]:
    """The stems of :func:`_field_positions`, without the office words themselves
    ("chief" of "chief executive") and the qualifiers of any office ("algemeen
    directeur", "acting president"); one name per field ("home" / "interior")."""
    lang = resources(facts.language)
    return frozenset(
        stem(lang.PORTFOLIO_SYNONYMS.get(facts.tokens[j].lower, facts.tokens[j].lower), lang.CODE)
        for j in _field_positions(at, facts)
        if office_word(facts.tokens[j].lower, lang) is None
        and facts.tokens[j].lower not in lang.OFFICE_QUALIFIERS
    )


def _phrase(at: int, facts: Facts) -> str:
    """The office as written, with its field: "federal health minister"."""
    span = _field_positions(at, facts)
    return " ".join(t.text for t in facts.tokens[span[0] : span[-1] + 1])


def _owner(word: str) -> bool:
    """A possessive, the owner of an office rather than its field: "Ontario's"."""
    return word.endswith(("'s", "\u2019s", "s'"))


def name_words(actor: Actor) -> list[str]:
    """The words of a name, folded, without full stops ("H." is "h")."""
    return [w for w in (fold(x).replace(".", "") for x in actor.text.split()) if w]


def share_a_name(a: Actor, b: Actor, lang) -> bool:
    """Whether two names share a word other than an office, a form of address
    or a title both begin with: "Sir Keir" / "Keir Starmer", "Bondscoach Ronald
    Koeman" / "Oranje-coach Ronald Koeman"; not "Councillor Priya Raman" /
    "Councillor Mark Dunleavy"."""
    wa, wb = name_words(a), name_words(b)
    shared = set(wa) & set(wb)
    if len(wa) > 1 and len(wb) > 1 and wa[0] == wb[0]:
        shared.discard(wa[0])
    return any(w not in lang.HONORIFICS and office_word(w, lang) is None for w in shared)
