"""Who does what to whom: the comparison of a claim's parties with a statement's.

Part of the comparison stage (:mod:`factcheck.compare` assembles the features):
the same party under another name ("NAM" / "Nederlandse Aardolie
Maatschappij"), roles reversed ("heroverd op X" / "heroverd door X"), another
party in the same place or office ("provincie Taroudant" / "provincie Al
Haouz", "X is de president van DNB" / "De president van DNB, Y"), the same act
with another party ("Turkije steunt Haftar" / "Turkije, dat ... de regering in
Tripoli steunt"), and claims that add a party ("ook", "also").
"""

from __future__ import annotations

import functools
import re

from factcheck import numbers
from factcheck.attribution import speaker
from factcheck.differences import Difference
from factcheck.extract import Actor, Facts, Token, clause_span, fold, name_key, stem
from factcheck.lang import resources
from factcheck.offices import other_office


def same_actor(a: Actor, b: Actor) -> bool:
    """Whether two mentions name one party: the same words ("Haftar" / "Khalifa
    Haftar") or initials ("NAM" / "Nederlandse Aardolie Maatschappij")."""
    return keys_match(a.keys, b.keys) or abbreviation(a.text, b.text)


@functools.lru_cache(maxsize=1 << 16)
def abbreviation(a: str, b: str) -> bool:
    """Whether one name abbreviates the other (cached, as ``keys_match``)."""
    return _abbreviates(a, b) or _abbreviates(b, a)


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is the initials of ``long``: "NAM" for "Nederlandse
    Aardolie Maatschappij", "ECB" for "Europese Centrale Bank"."""
    if not is_acronym(short):
        return False
    letters = initials(long)
    return len(letters) >= 2 and fold(letters) == fold(short)


def is_acronym(word: str) -> bool:
    """Two to six capitals: "NAM", "ECB", "NVWA"."""
    return 2 <= len(word) <= 6 and word.isupper() and word.isalpha()


def initials(name: str) -> str:
    """The first letters of a name's capitalised words, hyphenated parts too:
    "ECB" for "Europese Centrale Bank", "NV" for "Nederlandse Voedsel-"."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


@functools.lru_cache(maxsize=1 << 16)
def keys_match(a: frozenset[str], b: frozenset[str]) -> bool:
    """Every word of the shorter name is in the longer one ("Haftar" and "Khalifa
    Haftar"; not "Verenigde Staten" and "Verenigde Arabische Emiraten").

    Cached: the same actors meet again and again across a batch of claims.
    """
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return bool(small) and all(
        x in big
        or any(len(x) >= 5 and len(y) >= 5 and (x.startswith(y) or y.startswith(x)) for y in big)
        for x in small
    )


def _role_of(actor: Actor, facts: Facts, agent_prep: str) -> str:
    if facts.agent == actor.text or any(actor.text == name for name, _ in facts.passive_agents):
        return agent_prep
    return actor.preposition


def _agent_first(
    parties: list[tuple[Actor, Actor]], claim: Facts, stmt: Facts
) -> tuple[Actor | None, Actor | None]:
    """The first two shared parties if the statement has them the other way round.

    Order is taken after voice: in a passive sentence the agent ("door X") counts first.
    """

    def order(facts: Facts, actor: Actor) -> float:
        agent = any(actor.text == name for name, _ in facts.passive_agents)
        return -1.0 if agent else float(actor.index)

    ranked = sorted(parties, key=lambda p: order(claim, p[0]))
    (a1, b1), (a2, b2) = ranked[0], ranked[1]
    if same_actor(a1, a2) or b1 is b2:
        return None, None
    if order(stmt, b2) < order(stmt, b1) and _act_between(claim, a1, a2, stmt, b1, b2):
        return a1, a2
    return None, None


def _act_between(claim: Facts, a1: Actor, a2: Actor, stmt: Facts, b1: Actor, b2: Actor) -> bool:
    """Whether a word both texts share stands between the two parties in both: the
    act they are reversed in ("Turkije steunt de regering" / "de regering steunt
    Turkije"), not two parties of different clauses."""
    # Not the words of a figure: "1.3 billion euros" is no act.
    shared = (claim.stem_set & stmt.stem_set) - claim.figure_stems - stmt.figure_stems
    lang = resources(claim.language)

    def between(facts: Facts, x: Actor, y: Actor) -> set[str]:
        lo, hi = sorted((x.index, y.index))
        lowers = [t.lower for t in facts.tokens]
        return {
            stem(lowers[k], facts.language)
            for k in range(lo + 1, hi)
            if lowers[k][:1].isalpha()
            and lowers[k] not in lang.WEEKDAYS
            and lowers[k] not in lang.MONTHS
            and not _act_of(lowers, k, hi, lang)
        } & shared

    return bool(between(claim, a1, a2) & between(stmt, b1, b2))


def _act_of(lowers: list[str], k: int, party: int, lang) -> bool:
    """Whether the word at ``k`` is an act whose agent is the party at ``party``
    after "van"/"of": "door de steun van Turkije" (Turkije supports)."""
    if k + 1 >= len(lowers) or lowers[k + 1] not in lang.OF_PREPOSITIONS:
        return False
    return party == k + 2 or (party == k + 3 and lowers[k + 2] in lang.DETERMINERS)


def compare_actors(
    claim: Facts, stmt: Facts, differences: list[Difference], tpl: dict[str, str]
) -> tuple[float, int, int, int]:
    """Coverage of the claim's names, unmatched names, reversed roles, and
    substitutions: another name in the same place, title or office, another
    winner."""
    lang = resources(claim.language)
    named = [a for a in claim.actors if a.named]
    pairs = [(a, next((b for b in stmt.actors if same_actor(a, b)), None)) for a in claim.actors]
    found = [(a, b) for a, b in pairs if b is not None]
    named_found = sum(1 for a, b in pairs if a.named and b is not None)
    coverage = named_found / len(named) if named else 1.0
    unmatched = len(named) - named_found
    reversal = substitution = 0
    agent_prep = lang.AGENT_PREPOSITION
    for a, b in found:
        assert b is not None  # for type checkers: filtered above
        office = _other_office(a, claim, b, stmt, lang) or (
            other_office(a, claim, b, stmt) if a.named else None
        )
        said_before = office is not None and any(
            (d.claim, d.reference) == office for d in differences
        )  # one person named in two parts ("Anna", "de Vries"): one difference
        if office is not None and not said_before:
            substitution += 1
            said, ref = office
            differences.append(
                Difference("actor", said, ref, tpl["office"].format(claim=said, ref=ref))
            )
        level = _other_level(a, claim, b, stmt, lang) if office is None and a.named else None
        if level is not None:
            # "de gemeente Groningen" against "de provincie Groningen"
            substitution += 1
            differences.append(
                Difference("actor", *level, tpl["actor"].format(claim=level[0], ref=level[1]))
            )
        role_a, role_b = _role_of(a, claim, agent_prep), _role_of(b, stmt, agent_prep)
        if not a.named:
            continue  # "bezochten de informatieavond" has no agent "door informatieavond"
        for left, right in lang.ROLE_PREPOSITIONS:
            if (role_a in left and role_b in right) or (role_a in right and role_b in left):
                reversal += 1
                differences.append(
                    Difference(
                        "role",
                        f"{role_a} {a.text}",
                        f"{role_b} {b.text}",
                        tpl["role"].format(
                            claim=f"'{role_a} {a.text}'", ref=f"'{role_b} {b.text}'"
                        ),
                    )
                )
                break
    # Two shared parties in the opposite order ("Turkije steunt de regering" vs
    # "de regering steunt Turkije"); places after a preposition do not count.
    # Nor a source ("Volgens de zorggroep levert het sluiten ...").
    sources = {marker[-1] for marker in lang.SOURCE_MARKERS}
    parties = [
        (a, b)
        for a, b in found
        if a.preposition not in lang.LOCATIVE_PREPOSITIONS
        and b.preposition not in lang.LOCATIVE_PREPOSITIONS
        and a.preposition not in sources
        and b.preposition not in sources
        and b.index >= 0  # not a name inherited from the sentence before
    ]
    if not reversal and len(parties) >= 2:
        first, second = _agent_first(parties, claim, stmt)
        if first is not None and second is not None:
            reversal += 1
            differences.append(
                Difference(
                    "role",
                    f"{first.text} → {second.text}",
                    f"{second.text} → {first.text}",
                    tpl["role"].format(
                        claim=f"{first.text} → {second.text}", ref=f"{second.text} → {first.text}"
                    ),
                )
            )
    # A different party in the same place: "in Parijs" for "in Berlijn", or another
    # agent of the same act ("Turkije steunt Haftar" vs "gesteund door Rusland").
    stmt_unmatched = [
        b for b in stmt.actors if b.named and not any(same_actor(a, b) for a in claim.actors)
    ]
    quoted = speaker(claim)
    for a in named:
        if any(same_actor(a, b) for b in stmt.actors):
            continue
        rival = next(
            (
                b
                for b in stmt_unmatched
                if b.preposition
                and b.preposition == a.preposition
                and a.preposition in lang.LOCATIVE_PREPOSITIONS
            ),
            None,
        )
        if rival is None and claim.agent == a.text and found:
            # Another agent of the same act: "Turkije steunt X" vs "X wordt gesteund door Rusland".
            acts = {name: verb for name, verb in stmt.passive_agents if verb in claim.stem_set}
            rival = next((b for b in stmt_unmatched if b.text in acts), None)
        if rival is None and found:
            # The other way round: "gefinancierd door Overijssel" vs "Gelderland financiert".
            rival = _active_agent_of(a, claim, stmt, stmt_unmatched)
        if rival is None:
            # The same title before another name: "provincie Taroudant" vs
            # "provincie Al Haouz", "de president van Turkije" vs "... van Egypte".
            lead = _lead(a, claim, lang)
            rival = next((b for b in stmt_unmatched if lead and _lead(b, stmt, lang) == lead), None)
        if rival is None:
            # The same office named beside another name: "X is de president van
            # DNB" vs "De president van DNB, Y, ...".
            title = _title(a, claim, lang)
            rival = next(
                (b for b in stmt_unmatched if title and _title(b, stmt, lang) == title), None
            )
        if rival is None:
            # Another name of the same kind: "Migizi River First Nation" vs
            # "Tamarack Portage First Nation".
            rival = next((b for b in stmt_unmatched if _same_kind(a, b)), None)
        if rival is None and quoted is not None and quoted is a:
            # Another source for the same content: "Hoogendoorn verwacht" / "Volgens Verbeek".
            theirs = speaker(stmt)
            rival = theirs if theirs is not None and theirs in stmt_unmatched else None
        if rival is not None:
            substitution += 1
            differences.append(
                Difference(
                    "actor", a.text, rival.text, tpl["actor"].format(claim=a.text, ref=rival.text)
                )
            )
    if not substitution and not reversal:
        winner = other_winner(claim, stmt)
        if winner is not None:
            substitution += 1
            said, ref, key = winner
            differences.append(Difference("actor", said, ref, tpl[key].format(claim=said, ref=ref)))
    return coverage, unmatched, reversal, substitution


def _other_level(a: Actor, claim: Facts, b: Actor, stmt: Facts, lang) -> tuple[str, str] | None:
    """The same name as another kind of body: "de gemeente Groningen" and "de
    provincie Groningen", "the city of Perth" and "the county of Perth"; both
    as written. Not when the statement also names it as the claim's kind
    ("de provincie Utrecht en de gemeente Utrecht"), or one kind by two words
    ("de gemeente Groningen" / "de stad Groningen").
    """

    def body(actor: Actor, facts: Facts) -> tuple[str, str] | None:
        lead = _lead(actor, facts, lang)
        kind = _jurisdictions(lang.CODE).get(lead[-1]) if lead else None
        if kind is None:
            return None
        words = facts.tokens[actor.index - len(lead) : actor.index]
        return kind, " ".join([*(t.text for t in words), actor.text])

    mine = body(a, claim)
    if mine is None:
        return None
    theirs = [body(other, stmt) for other in stmt.actors if same_actor(a, other)]
    named = [t for t in theirs if t is not None]
    if not named or len(named) < len(theirs) or any(t[0] == mine[0] for t in named):
        return None
    return mine[1], named[0][1]


@functools.cache
def _jurisdictions(language: str) -> dict[str, str]:
    """The stem of each word for a body that shares its name with others, and its kind."""
    return {
        stem(word, language): kind
        for kind, words in resources(language).JURISDICTIONS.items()
        for word in words
    }


def _same_kind(a: Actor, b: Actor) -> bool:
    """Two names that end in the same two words or more and begin with two
    other words or more: the same kind of party, another one ("Migizi River
    First Nation" / "Tamarack Portage First Nation"). Not a title or a
    shortening before one name ("Mr Keir Starmer" / "Sir Keir Starmer",
    "New York Governor Kathy Hochul" / "NY Governor Kathy Hochul").

    Example:
        >>> from factcheck.extract import analyse
        >>> x = analyse("Migizi River First Nation signed it.", "en").actors[0]
        >>> y = analyse("He met the Tamarack Portage First Nation.", "en").actors[0]
        >>> z = analyse("Mr Keir Starmer spoke.", "en").actors[0]
        >>> w = analyse("Sir Keir Starmer spoke.", "en").actors[0]
        >>> _same_kind(x, y), _same_kind(x, x), _same_kind(z, w)
        (True, False, False)
    """
    wa = [name_key(fold(w)) for w in a.text.split()]
    wb = [name_key(fold(w)) for w in b.text.split()]
    shared = 0
    while shared < min(len(wa), len(wb)) and wa[-1 - shared] == wb[-1 - shared]:
        shared += 1
    rest_a, rest_b = wa[: len(wa) - shared], wb[: len(wb) - shared]
    return shared >= 2 and len(rest_a) >= 2 and len(rest_b) >= 2 and not set(rest_a) & set(rest_b)


def _active_agent_of(a: Actor, claim: Facts, stmt: Facts, unmatched: list[Actor]) -> Actor | None:
    """The statement's subject, when it does the act the claim has ``a`` do in
    the passive, and the statement does not name ``a``."""
    verbs = {verb for name, verb in claim.passive_agents if name == a.text}
    if not verbs & stmt.stem_set or stmt.passive_agents:
        return None
    subject = stmt.agent or next((b.text for b in stmt.actors if b.named and b.index == 0), None)
    return next((b for b in unmatched if b.text == subject), None)


def _claim_act(claim: Facts) -> tuple[Actor, Actor, frozenset[str]] | None:
    """A claim of the form "A <act> P" ("Turkije steunt Haftar", "Haftar wordt
    gesteund door Turkije"): agent, the other party and the act's stems."""
    named = [a for a in claim.actors if a.named]
    if len(named) != 2 or claim.agent is None or any(_is_place(a, claim) for a in named):
        return None  # "in Libië" is where, not to whom
    agent = next((a for a in named if a.text == claim.agent), None)
    if agent is None:
        return None
    party = next(a for a in named if a is not agent)
    passive = {verb for name, verb in claim.passive_agents if name == agent.text and verb}
    if passive:
        return agent, party, frozenset(passive)
    first, second = sorted((agent, party), key=lambda a: a.index)
    acts = {
        stem(t.lower, claim.language)
        for t in claim.tokens[_end(first) : second.index]
        if t.lower[:1].isalpha() and t.lower not in resources(claim.language).STOPWORDS
    }
    return (agent, party, frozenset(acts)) if acts else None


def other_party(claim: Facts, stmt: Facts) -> tuple[str, str] | None:
    """The same act with another party: "Turkije steunt Haftar" against "Turkije,
    dat ... de regering in Tripoli steunt"; "Rusland steunt Tripoli" against
    "Haftar wordt gesteund door Rusland" or "Turkije, dat ... Tripoli steunt".
    Returns the claim's and the statement's "agent → party"."""
    act = _claim_act(claim)
    if act is None:
        return None
    agent, party, verbs = act
    named = [b for b in stmt.actors if b.named and b.index >= 0 and not _is_place(b, stmt)]
    theirs = next((b for b in named if same_actor(agent, b)), None)
    said = f"{agent.text} → {party.text}"
    if theirs is None:
        if any(same_actor(agent, b) for b in stmt.actors):
            return None  # named there, but as a place ("de Geul in Valkenburg")
        # The claim's agent is absent: another agent of the same act on the same party?
        target = next((b for b in named if same_actor(party, b)), None)
        at = _act_at(stmt, verbs, 0)
        if (
            target is None
            or at is None
            or any(name == target.text for name, _ in stmt.passive_agents)  # "door Haftar"
            or _patient(named, at, stmt, target.index - 1) is not target
        ):
            return None
        rival = [b for b in named if b.index < min(at, target.index) and b is not target]
        return (said, f"{rival[-1].text} → {target.text}") if rival else None
    others = [b for b in named if not same_actor(agent, b)]
    if any(name == theirs.text and verb in verbs for name, verb in stmt.passive_agents):
        # "P wordt gesteund door A": the party is the sentence's first other name.
        patient = next((b for b in others if b.index < theirs.index), None)
        scope = range(0, theirs.index)
    else:
        at = _act_at(stmt, verbs, _end(theirs))
        if at is None:
            return None
        patient = _patient(others, at, stmt, theirs.index)
        scope = range(theirs.index, _clause_of(at, stmt).stop)
    if patient is None or any(same_actor(party, b) for b in others if b.index in scope):
        return None  # the claim's party takes part in the act too ("steunt X en Y")
    return said, f"{theirs.text} → {patient.text}"


def _is_place(actor: Actor, facts: Facts) -> bool:
    """A name after a locative preposition, unless it names the noun before it:
    "in Libië" is a place, "de regering in Tripoli" a party."""
    if actor.preposition not in resources(facts.language).LOCATIVE_PREPOSITIONS:
        return False
    noun = actor.index - 2
    return not any(not a.named and a.index == noun for a in facts.actors)


def _act_at(facts: Facts, verbs: frozenset[str], start: int) -> int | None:
    """The first token from ``start`` that is one of the act's words."""
    return next(
        (
            i
            for i, t in enumerate(facts.tokens)
            if i >= start and stem(t.lower, facts.language) in verbs
        ),
        None,
    )


def _patient(named: list[Actor], at: int, facts: Facts, after: int) -> Actor | None:
    """Who undergoes the act at ``at``: the first name after it in its clause
    ("steunt de regering in Tripoli"), else the last before it there, after
    position ``after`` ("dat ... de regering in Tripoli steunt")."""
    clause = _clause_of(at, facts)
    following = [b for b in named if b.index > at and b.index in clause]
    preceding = [b for b in named if after < b.index < at and b.index in clause]
    return following[0] if following else (preceding[-1] if preceding else None)


def _end(actor: Actor) -> int:
    """The token position after a name."""
    return actor.index + len(actor.text.split())


def _clause_of(i: int, facts: Facts) -> range:
    """Token positions of the clause around ``i`` (as negation scopes use them)."""
    return clause_span(i, [t.lower for t in facts.tokens], resources(facts.language))


def additive(facts: Facts) -> bool:
    """Whether the sentence adds a party to others: "ook", "also", "too"."""
    return any(t.lower in resources(facts.language).ADDITIVE for t in facts.tokens)


def _lead(actor: Actor, facts: Facts, lang) -> tuple[str, ...]:
    """The content word that introduces a name, with the preposition between them:
    ("provi",) for "de provincie Taroudant", ("van", "presi") for "president van
    Turkije"; empty when no content word comes within two words before it."""
    lowers = [t.lower for t in facts.tokens]
    before = actor.index - 1
    if before < 0 or not lowers[before][:1].isalpha():
        return ()
    if lowers[before] not in lang.STOPWORDS:
        return (stem(lowers[before], facts.language),)
    head = before - 1
    if head < 0 or not lowers[head][:1].isalpha() or lowers[head] in lang.STOPWORDS:
        return ()
    if (lowers[head], lowers[before]) in lang.LEADERSHIP:
        return ("leader",)  # "geleid door X" is "onder leiding van X"
    return (lowers[before], stem(lowers[head], facts.language))


def _office(words: list[Token], lang, language: str) -> tuple[str, ...]:
    """The office in "de president van De Nederlandsche Bank": ("presi", "de nederlandsche bank").

    ``words`` start at the determiner (if any); empty when they do not read as an office.
    """
    if words and words[0].lower in lang.INDEFINITE_ARTICLES:
        return ()  # "is a director at Shell": one of many, no office of one
    if words and words[0].lower in lang.DETERMINERS:
        words = words[1:]  # "is de burgemeester van X", "is burgemeester van X"
    if not words:
        return ()
    noun = words[0]
    if not noun.text[:1].isalpha() or noun.text[:1].isupper() or noun.lower in lang.STOPWORDS:
        return ()
    of: list[str] = []
    if len(words) > 2 and words[1].lower in lang.OF_PREPOSITIONS:
        for w in words[2:]:
            if not w.text[:1].isupper():
                break
            of.append(fold(w.text))
    return (stem(noun.lower, language), " ".join(of))


def _other_office(a: Actor, claim: Facts, b: Actor, stmt: Facts, lang) -> tuple[str, str] | None:
    """The same person in the same office of another place: "Tom Lemmens is
    burgemeester van Roermond" against "Burgemeester Tom Lemmens van Venlo"."""
    office = _title(a, claim, lang)
    if len(office) < 2 or not office[1]:
        return None
    title, place = office
    theirs = _title(b, stmt, lang)
    if len(theirs) < 2 or not theirs[1]:
        # "Burgemeester Tom Lemmens van Venlo", "burgemeester Lemmens van Venlo"
        end = _end(b)
        near = [t.lower for t in stmt.tokens[max(0, b.index - 1) : end]]
        of = _office([Token(title, title, 0, 0), *stmt.tokens[end : end + 5]], lang, stmt.language)
        if title not in {stem(w, stmt.language) for w in near} or len(of) < 2:
            return None
        theirs = (title, of[1])
    if theirs[0] != title or not theirs[1] or theirs[1] == place:
        return None
    noun = next((t.lower for t in claim.tokens if stem(t.lower, claim.language) == title), title)
    of = next(iter(lang.OF_PREPOSITIONS))
    return f"{noun} {of} {place.title()}", f"{noun} {of} {theirs[1].title()}"


def _title(actor: Actor, facts: Facts, lang) -> tuple[str, ...]:
    """The office a sentence gives a name, by copula or apposition.

    "Knot is de president van DNB", "De president van DNB, Knot, ...", "Knot,
    de president van DNB, ..." all give ("presi", "dnb"); otherwise empty.
    """
    tokens = facts.tokens
    end = _end(actor)
    after = tokens[end + 1 : end + 9]
    linked = (
        end < len(tokens)
        and (
            tokens[end].lower in lang.COPULAS  # "Knot is (de) president van DNB"
            or (tokens[end].text == "," and after[:1] and after[0].lower in lang.DETERMINERS)
        )
    )
    if linked:
        office = _office(after, lang, facts.language)
        if office:
            return office
    if actor.index >= 2 and tokens[actor.index - 1].text == ",":
        comma = actor.index - 1
        for start in range(comma - 1, max(-1, comma - 9), -1):
            if tokens[start].lower in lang.DETERMINERS and (
                start == 0 or not tokens[start - 1].text[:1].isalpha()
            ):
                return _office(tokens[start:comma], lang, facts.language)
    return ()


def _winners(facts: Facts) -> tuple[list[Actor], list[Actor]]:
    """Who won and who lost, by the sentence: "Odinga defeated Ruto", "It was won
    by Nassir", "Ruto's victory", "de overwinning van X", "X werd verslagen door Y".

    Not "Ruto won 50.49 percent": a figure after the verb is a share, not the race.
    """
    lang = resources(facts.language)
    tokens = facts.tokens
    named = [a for a in facts.actors if a.named and a.index >= 0]
    winners: list[Actor] = []
    losers: list[Actor] = []
    for i, tok in enumerate(tokens):
        low = tok.lower
        if low in lang.VICTORY_NOUNS:
            owner = next((a for a in named if _end(a) == i and a.text.endswith(("'s", "’s"))), None)
            if (
                owner is None
                and i + 1 < len(tokens)
                and tokens[i + 1].lower in lang.OF_PREPOSITIONS
            ):
                owner = next((a for a in named if a.index == i + 2), None)
            winners += [owner] if owner is not None else []
            continue
        if low not in lang.WIN_VERBS and low not in lang.DEFEAT_VERBS:
            continue
        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if nxt[:1].isdigit() or numbers.parse_word(nxt, facts.language) is not None:
            continue  # "won 50.49 percent", "won zeven zetels"
        clause = _clause_of(i, facts)
        before = [a for a in named if a.index < i and a.index in clause]
        after = [a for a in named if a.index > i and a.index in clause]
        if nxt == lang.AGENT_PREPOSITION:  # "won by X", "verslagen door X"
            winners += [a for a in after if a.index <= i + 3][:1]
            if low in lang.DEFEAT_VERBS:
                losers += before[-1:]
            continue
        winners += before[-1:]
        if low in lang.DEFEAT_VERBS:
            losers += after[:1]
    return winners, losers


def other_winner(claim: Facts, stmt: Facts) -> tuple[str, str, str] | None:
    """Another winner than the claim's: (the claim's, the statement's, template key)."""
    mine, _ = _winners(claim)
    if not mine:
        return None
    theirs, lost = _winners(stmt)
    for w in mine:
        if any(same_actor(w, v) for v in theirs):
            return None
        beaten = next((v for v in lost if same_actor(w, v)), None)
        if beaten is not None:
            return _bare(w.text), _bare(beaten.text), "loser"
        if theirs:
            return _bare(w.text), _bare(theirs[0].text), "winner"
    return None


def _bare(name: str) -> str:
    """A name without its possessive: "William Ruto's" -> "William Ruto"."""
    return re.sub(r"['’]s$", "", name)
