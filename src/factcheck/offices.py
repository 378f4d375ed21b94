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

from factcheck.extract import Actor, Facts, fold, possessive, stem
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
    another office noun, another rank of it ("deputy prime minister" / "Prime
    Minister"), or the same noun in another portfolio ("transportation
    minister" / "labour minister", "Minister of Mines"; not "the health
    minister" / "State Health Minister", where one only narrows the other)."""
    at, bt = _office_at(a, claim), _office_at(b, stmt)
    if at is None or bt is None:
        return None
    mine, theirs = claim.tokens[at].lower, stmt.tokens[bt].lower
    lang = resources(claim.language)
    if _canonical(mine, lang) == _canonical(theirs, lang) or stem(mine, claim.language) == stem(
        theirs, claim.language
    ):
        ranks = (_rank(at, claim), _rank(bt, stmt))
        if ranks[0] != ranks[1] or _fields_differ(
            _field(at, claim, a, portfolio=True), _field(bt, stmt, b, portfolio=True)
        ):
            return _phrase(at, claim), _phrase(bt, stmt)
        return None
    if mine in lang.PROFESSIONS and theirs in lang.PROFESSIONS:
        return None  # a professor may be an economist
    # Two words of one office: "is the chief executive" / "Chief executive Fiona Kerr".
    if theirs in {t.lower for t in claim.tokens} or mine in {t.lower for t in stmt.tokens}:
        return None
    return mine, theirs


def same_office(a: Actor, claim: Facts, b: Actor, stmt: Facts) -> bool:
    """Whether the claim gives ``a`` the office the statement gives ``b``, one
    that one person holds at a time: the same office noun, of one rank, in a
    field neither adds to ("voorzitter van de ondernemingsraad" / "voorzitter";
    not "the health minister" / "Transport Minister", "burgemeester van
    Utrecht" / "Burgemeester Sharon Dijksma van Amsterdam"). Not an office
    many hold (judges, wethouders, lawyers) unless both name its field
    ("Transport Secretary"), not one held before ("former mayor"), not one of
    many ("a manager at Shell"), nor the body an office belongs to ("the chief
    executive of Te Puna Ora": the body holds no office)."""
    at, bt = _holds(a, claim), _holds(b, stmt)
    if at is None or bt is None:
        return False
    lang = resources(claim.language)
    office = _canonical(_noun(at, claim), lang)
    if office != _canonical(_noun(bt, stmt), lang):
        return False
    if _rank(at, claim) != _rank(bt, stmt) or _one_of_many(at, claim) or _one_of_many(bt, stmt):
        return False
    if _held_before(at, claim) or _held_before(bt, stmt):
        return False
    mine, theirs = _field(at, claim, a), _field(bt, stmt, b)
    if office not in {_canonical(o, lang) for o in lang.SINGLE_OFFICES} and not (mine and theirs):
        return False
    return not _fields_differ(mine, theirs)


def _noun(at: int, facts: Facts) -> str:
    """The office noun at ``at``, or the one it opens: "chief executive" is an
    executive, where "police chief" is a chief."""
    tokens = facts.tokens
    nxt = tokens[at + 1].lower if at + 1 < len(tokens) else ""
    word = tokens[at].lower
    lang = resources(facts.language)
    return nxt if word in lang.OPENING_OFFICE_WORDS and office_word(nxt, lang) else word


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


def _before(at: int, facts: Facts) -> list[int]:
    """The words before the office noun at ``at`` that belong to it, nearest
    first: up to an owner ("Ontario's"), a function word, a verb of saying or
    punctuation. A run of more than two words with no such edge ("Harjit Bains
    accused Conservative critic Tom Reddick") is cut to the nearest word: where
    the office begins cannot be told. The start of the sentence is an edge
    for a title ("Former Deputy Prime Minister Nick Clegg")."""
    lang = resources(facts.language)
    words: list[int] = []
    for j in range(at - 1, max(-1, at - _FIELD - 1), -1):
        low = facts.tokens[j].lower
        if not low[:1].isalpha() or low in lang.STOPWORDS or low in lang.SPEECH_VERBS:
            return words
        if possessive(low):
            return words  # the owner of the office, not its field: "Ontario's"
        words.append(j)
    if at - _FIELD <= 0 and all(facts.tokens[j].text[:1].isupper() for j in words):
        return words  # a title that starts the sentence: "Former Deputy Prime Minister"
    return words if len(words) <= 2 else words[:1]


def _field_positions(at: int, facts: Facts, holder: Actor | None = None) -> list[int]:
    """The words that narrow the office noun at ``at``, in text order: those
    before it (:func:`_before`: "State Health Minister"), and after its "of"
    up to punctuation or a function word ("Minister of Energy and Mines",
    "voorzitter van de ondernemingsraad van Dorrestijn"), or after the name of
    its ``holder`` ("Burgemeester Sharon Dijksma van Amsterdam")."""
    lang = resources(facts.language)
    tokens = facts.tokens
    after: list[int] = []
    start = at + 1
    # After the holder's name only a name: "van Amsterdam", not "accused X of lying".
    after_name = (
        holder is not None
        and holder.index >= at
        and not (start < len(tokens) and tokens[start].text in lang.OF_PREPOSITIONS)
    )
    if after_name:
        assert holder is not None  # for type checkers
        start = holder.index + len(holder.text.split())
    # "of" as written: "Minister Van der Wal" is a name, "burgemeester van Venlo" an office.
    if start < len(tokens) and tokens[start].text in lang.OF_PREPOSITIONS:
        for j in range(start + 1, min(len(tokens), start + 1 + 2 * _FIELD)):
            low = tokens[j].lower
            if low in lang.DETERMINERS or low in lang.OF_PREPOSITIONS or low in lang.FIELD_JOINERS:
                continue
            if not low[:1].isalpha() or low in lang.STOPWORDS or len(after) == _FIELD:
                break
            if after_name and not (
                tokens[j].text[:1].isupper() or tokens[j - 1].lower in lang.DETERMINERS
            ):
                break  # "van Amsterdam", "van de club"; not "accused X of lying"
            after.append(j)
    return [*reversed(_before(at, facts)), at, *after]


def _field(
    at: int, facts: Facts, holder: Actor | None = None, *, portfolio: bool = False
) -> frozenset[str]:
    """The stems of :func:`_field_positions`, without the office words themselves
    ("chief" of "chief executive"), ranks, and the qualifiers of any office
    ("algemeen directeur", "acting president", "former mayor"); one name per
    field ("home" / "interior"). With ``portfolio``, a capitalised word before
    the noun does not count ("Dutch", "Labour", "Gelderse" prime minister,
    leader, gedeputeerde: a country or a party, not a portfolio), a word after
    its "of" does ("Minister of Mines")."""
    lang = resources(facts.language)
    ignored = lang.OFFICE_QUALIFIERS | lang.TIME_QUALIFIERS | lang.RANK_WORDS
    words = []
    for j in _field_positions(at, facts, holder):
        token = facts.tokens[j]
        if office_word(token.lower, lang) is not None or token.lower in ignored:
            continue
        if portfolio and j < at and token.text[:1].isupper():
            continue
        words.append(stem(lang.PORTFOLIO_SYNONYMS.get(token.lower, token.lower), lang.CODE))
    return frozenset(words)


def _prefixes(at: int, facts: Facts) -> set[str]:
    """The words before the office, the word before those ("the then mayor":
    "then" is a function word), and what the office word itself begins with
    before its office ("vicevoorzitter", "loco-burgemeester", "ex-premier")."""
    lang = resources(facts.language)
    before = _before(at, facts)
    edge = (before[-1] if before else at) - 1
    words = {facts.tokens[j].lower for j in before}
    if edge >= 0:
        words.add(facts.tokens[edge].lower)
    word = facts.tokens[at].lower
    office = office_word(word, lang)
    if office is not None and word != office and word.endswith(office):
        words.add(word[: -len(office)].rstrip("-"))
    return words


def _rank(at: int, facts: Facts) -> frozenset[str]:
    """The rank of the office ("deputy", "vice", "plaatsvervangend", "loco")."""
    return frozenset(_prefixes(at, facts)) & resources(facts.language).RANK_WORDS


def _held_before(at: int, facts: Facts) -> bool:
    """Whether the office is one held before: "former mayor", "the then mayor",
    "oud-burgemeester", "ex-premier"."""
    return bool(_prefixes(at, facts) & resources(facts.language).TIME_QUALIFIERS)


def _one_of_many(at: int, facts: Facts) -> bool:
    """Whether the office is said of one of many: "a manager at Shell", "een wethouder"."""
    lang = resources(facts.language)
    before = _before(at, facts)
    first = (before[-1] if before else at) - 1
    return first >= 0 and facts.tokens[first].lower in lang.INDEFINITE_ARTICLES


def _phrase(at: int, facts: Facts) -> str:
    """The office as written, with its field: "federal health minister"."""
    span = _field_positions(at, facts)
    return " ".join(t.text for t in facts.tokens[span[0] : span[-1] + 1])


# Helpers of names, here rather than in factcheck.subjects, which imports this
# module: same_office's caller and other_subject both need them.


def name_words(actor: Actor) -> list[str]:
    """The words of a name, folded, without full stops ("H." is "h")."""
    return [w for w in (fold(x).replace(".", "") for x in actor.text.split()) if w]


def share_a_name(a: Actor, b: Actor, lang) -> bool:
    """Whether two names share a word other than an office, a form of address
    or a title both begin with: "Sir Keir" / "Keir Starmer", "Bondscoach Ronald
    Koeman" / "Oranje-coach Ronald Koeman"; not "Councillor Priya Raman" /
    "Councillor Mark Dunleavy"."""
    wa, wb = name_words(a), name_words(b)
    shared = (set(wa) & set(wb)) - lang.NAME_PARTICLES  # "van", "de": no name of their own
    if len(wa) > 1 and len(wb) > 1 and wa[0] == wb[0]:
        shared.discard(wa[0])
    return any(w not in lang.HONORIFICS and office_word(w, lang) is None for w in shared)
