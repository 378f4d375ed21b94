"""Another subject of the same act: part of the comparison stage.

"Councillor Priya Raman estimated the demands would add $38 million" against
"Councillor Mark Dunleavy said the demands would add $38 million", "De gemeente
Sluis heeft 1,2 miljoen euro toegezegd" against "De provincie Zeeland heeft
toegezegd ... 1,2 miljoen euro": the statement says what the claim says, but of
another party. :func:`other_subject` finds it; :mod:`factcheck.compare` asks
only when :mod:`factcheck.roles` found no other party that differs. Most of
the module is what keeps it from firing on one party named twice ("Sir Keir" /
"Keir Starmer", "B.C." / "British Columbia", "Marokko" / "Marokkaanse") or on a
spokesperson for a body ("Voorzitter Jos Geurts" for "de LLTB").
"""

from __future__ import annotations

from factcheck.attribution import speaker
from factcheck.extract import Actor, Facts, fold, name_key, stem
from factcheck.lang import resources
from factcheck.offices import name_words, office_of, same_office, share_a_name
from factcheck.roles import abbreviation, additive, initials, is_acronym, same_actor

# How much of what a claim says besides its subject a statement must say too
# before another subject of it is a substitution, not another story.
_SAME_ACT_COVERAGE = 0.75


def subject_name(facts: Facts) -> Actor | None:
    """The name of an active sentence's subject: the subject itself ("Councillor
    Priya Raman estimated"), or the name right after a subject that is a noun
    ("De gemeente Sluis heeft ... toegezegd"); None for a passive sentence, a
    subject without a name ("The company said"), or one taken from the
    sentence before."""
    if facts.agent is None or facts.passive_agents:
        return None
    lowers = [t.lower for t in facts.tokens]
    for i, actor in enumerate(facts.actors):
        if actor.text != facts.agent or actor.index < 0:
            continue
        if actor.named:
            return actor
        after = facts.actors[i + 1] if i + 1 < len(facts.actors) else None
        if (
            after is not None
            and after.named
            and after.index == actor.index + 1
            and after.preposition == lowers[actor.index]
        ):
            return after
        return None
    return None


def other_subject(claim: Facts, stmt: Facts) -> tuple[str, str] | None:
    """Another subject of the same act: the claim's subject (which the statement
    does not name) and the statement's, when the statement says nearly all the
    rest of the claim. "Councillor Priya Raman estimated the demands would add
    $38 million" vs "Councillor Mark Dunleavy said the demands would add $38
    million". A last resort: the comparison asks it only when no other party
    differs.

    Both subjects must be names ("the company said" may be anyone) other than a
    lone word opening the sentence ("Miners" / "Workers"), of one sort: both
    quoted or neither ("Phivolcs said the eruption began" is no other subject
    of "Kanlaon began erupting"), both with an office or neither ("Voorzitter
    Jos Geurts" may speak for "de LLTB"), and not two forms of one name
    ("B.C." / "British Columbia", "Marokko" / "Marokkaanse", "Bondscoach
    Ronald Koeman" / "Oranje-coach Ronald Koeman").
    """
    a = subject_name(claim)
    if a is None or _lone_opening_word(a) or len(a.text.replace(".", "")) < 2:
        return None
    if any(same_actor(a, b) for b in stmt.actors):
        return None
    theirs = subject_name(stmt)
    if theirs is None or _lone_opening_word(theirs):
        return None
    lang = resources(claim.language)
    if any(all(w in lang.HONORIFICS for w in name_words(x)) for x in (a, theirs)):
        return None  # "Mr" of "Mr. Ford": the name was cut at the full stop
    if additive(stmt) or any(same_actor(theirs, c) for c in claim.actors):
        return None  # "Ook wethouder Janssen stemde tegen": one more, not another
    if share_a_name(a, theirs, lang):
        return None
    if _quoted(theirs, stmt) != _quoted(a, claim):
        return None
    if (office_of(a, claim) is None) != (office_of(theirs, stmt) is None):
        return None
    if any(_related_names(a, b) for b in stmt.actors if b.named) or any(
        theirs.keys & c.keys for c in claim.actors if c is not a
    ):
        return None
    words = name_words(a)
    if a.index > 0 and claim.tokens[a.index - 1].lower == a.preposition:
        words.append(a.preposition)  # the noun the name follows: "gemeente" Sluis
    rest = claim.stem_set - claim.figure_stems - a.keys - {stem(w, claim.language) for w in words}
    if len(rest) < 2:
        return None
    said = stmt.stem_set | stmt.heads
    if len(rest & said) / len(rest) < _SAME_ACT_COVERAGE:
        return None
    return a.text, theirs.text


def other_holder(claim: Facts, stmt: Facts) -> tuple[str, str] | None:
    """Another holder of the office the claim gives a person: "Ruud Kamphuis is
    voorzitter van de ondernemingsraad" against "De ondernemingsraad, onder
    leiding van voorzitter Anouk Hiddink", "Karen Fowler is the chief executive
    of Te Puna Ora" against "The provider's chief executive, Rawiri Tane"
    (:func:`factcheck.offices.same_office`). Asked, like :func:`other_subject`,
    only when no other party differs; not for a party the statement adds ("Ook
    wethouder Tom Janssen") nor for two forms of one name ("Minister Hugo" /
    "Minister H.")."""
    if additive(stmt):
        return None
    lang = resources(claim.language)
    theirs = [b for b in stmt.actors if b.named and not any(same_actor(b, c) for c in claim.actors)]
    for a in claim.actors:
        if not a.named or any(same_actor(a, b) for b in stmt.actors):
            continue
        if any(_related_names(a, b) for b in stmt.actors if b.named):
            continue
        for b in theirs:
            if not share_a_name(a, b, lang) and same_office(a, claim, b, stmt):
                return a.text, b.text
    return None


def _lone_opening_word(actor: Actor) -> bool:
    return actor.index == 0 and " " not in actor.text


# How many words after a name a verb of saying may stand and still be its:
# "Councillor Mark Dunleavy, a longtime ally of the mayor, said".
_SAID_WITHIN = 10
# How close "that" / "dat" must follow: "Trainer Robin Veenstra liet weten dat".
_REPORTED_WITHIN = 3


def _quoted(actor: Actor, facts: Facts) -> bool:
    """Whether the sentence reports what the party says: :func:`speaker`, or a
    verb of saying or the word that opens reported content a few words after
    its name (past an apposition or a parenthesis: "Councillor Mark Dunleavy, a
    longtime ally of the mayor, said", "Trainer Robin Veenstra liet weten dat")."""
    if speaker(facts) is actor:
        return True
    end = actor.index + len(actor.text.split())
    lang = resources(facts.language)
    after = [t.lower for t in facts.tokens[end : end + _SAID_WITHIN]]
    # "that" / "dat" only close by: "the plan that would cost" is no report.
    return any(w in lang.SPEECH_VERBS for w in after) or any(
        w in lang.REPORTED for w in after[:_REPORTED_WITHIN]
    )


def _related_names(a: Actor, b: Actor) -> bool:
    """Two forms of one name: initials ("B.C." / "British Columbia", "UN" /
    "United Nations", "Nederlandse Voedsel-" / "NVWA"), a shortening ("Fed" /
    "Federal Reserve", "H." / "Hugo"), or a word and its derivation ("Marokko"
    / "Marokkaanse", "Haag" / "Haagse", "Iran's" / "Iranian").

    Example:
        >>> from factcheck.extract import Actor
        >>> def name(text):
        ...     return Actor(text, frozenset(), 0, "", True)
        >>> pairs = [("Den Haag", "Haagse"), ("Fed", "Federal Reserve"), ("H.", "Hugo"),
        ...          ("Iran's", "Iranian"), ("UN", "United Nations"), ("B.C.", "British Columbia"),
        ...          ("Tweede Kamer", "Raad van State"), ("Ana Silva", "Tom Brook")]
        >>> [_related_names(name(a), name(b)) for a, b in pairs]
        [True, True, True, True, True, True, False, False]
    """
    a_text, b_text = a.text.replace(".", ""), b.text.replace(".", "")
    for x, other in ((a_text, b_text), (b_text, a_text)):
        if abbreviation(x, other) or any(abbreviation(w, other) for w in x.split()):
            return True
        if _begins_acronym(x, other):
            return True
    wa, wb = [name_key(w) for w in name_words(a)], [name_key(w) for w in name_words(b)]
    for x in wa:
        for y in wb:
            short, long = sorted((x, y), key=len)
            if short == long:
                continue  # one word twice is a shared title ("Councillor"): share_a_name
            if len(short) >= 5 and short[:5] == long[:5]:
                return True
            if long.startswith(short) and (
                len(short) == 1 or len(short) >= 4 or [short] in (wa, wb)
            ):
                return True
    return False


def _begins_acronym(name: str, acronym: str) -> bool:
    """Whether the initials of a name cut short begin an acronym: "Nederlandse
    Voedsel" (of "Nederlandse Voedsel- en Warenautoriteit") and "NVWA"."""
    if not is_acronym(acronym):
        return False
    letters = initials(name)
    return len(letters) >= 2 and fold(acronym).startswith(fold(letters))
