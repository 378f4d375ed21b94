"""Compare what a claim and a statement say yes or no to: negation, antonyms
and aspect.

A sentence denies what its negation's clause is about ("niet", "weigerde",
"failed to"); the claim and the statement differ when one denies what the
other affirms, or when they take opposite sides of an antonym pair
("versterkt" / "verzwakt") or of aspect ("al aangenomen" / "moet nog worden
behandeld"). Two ways of saying the same no ("stemde tegen" / "verwierp",
"niet bevoegd" / "onbevoegd", "the first strike since 2009" / "had not had a
strike since 2009") are no difference. :func:`compare_polarity` is the part
of :func:`factcheck.compare.compare` that does this.
"""

from __future__ import annotations

from factcheck.differences import Difference
from factcheck.extract import Facts, stem
from factcheck.lang import resources


def _negated(facts: Facts, other: Facts) -> bool:
    """Whether ``facts`` denies something that ``other`` is about."""
    return facts.negated_about(other.stem_set)


def _said_alike(facts: Facts, other: Facts) -> bool:
    """Whether every negation cue of ``facts`` is a word the other text matches
    from the same side of an antonym group: "verwierp" against "stemde tegen"."""
    alike: dict[str, bool] = {}
    for group, taken in facts.antonyms.items():
        for side, word in taken.items():
            # A word in several groups ("declined") is matched by any of them.
            alike[word] = alike.get(word, False) or side in other.antonyms.get(group, {})
    return bool(facts.negations) and all(alike.get(cue, False) for cue in facts.negations)


def _denied_by_prefix(facts: Facts, other: Facts) -> bool:
    """Whether the other text says the denial of ``facts`` with a negative
    prefix: "niet bevoegd" / "onbevoegde docenten", "not cooled" / "uncooled".
    The prefixed word's rest must be a word of the denial's clause, and not
    stand in the other text by itself ("were treated, but untreated ones
    remained" affirms the treating)."""
    lang = resources(other.language)
    denied = frozenset().union(*facts.negation_scopes)
    bare = {stem(t.lower, other.language) for t in other.tokens}
    for token in other.tokens:
        for prefix in lang.NEGATIVE_PREFIXES:
            if not token.lower.startswith(prefix):
                continue
            rest = stem(token.lower[len(prefix) :].lstrip("-"), other.language)
            if len(rest) >= 4 and rest in denied and rest not in bare:
                return True
    return False


# How far "since" may follow "the first": "the first strike at the agency since 2009".
_FIRST_SINCE_WITHIN = 8
# How many words after "since" say since when: "since the 2019 crisis".
_SINCE_WORDS = 3


def _first_since(facts: Facts, denying: Facts) -> bool:
    """Whether ``facts`` says "the first ... since X" where ``denying`` says
    "not ... since X": one way of saying the other ("voor het eerst sinds
    2004" / "sinds 2004 niet meer", "the first cut since 2019" / "has not cut
    since the 2019 crisis"). X is compared by its figures and content words
    ("since last May" / "since May"), and a denial that is itself about a
    first ("did not attend the first meeting since the election") is none."""
    lang = resources(facts.language)

    def since_what(lowers: list[str], at: int) -> set[str]:
        after = lowers[at + 1 : at + 1 + _SINCE_WORDS]
        return {
            w
            for w in after
            if w[:1].isdigit() or w in lang.MONTHS or (w[:1].isalpha() and w not in lang.STOPWORDS)
        }

    lowers = [t.lower for t in facts.tokens]
    theirs = [t.lower for t in denying.tokens]
    anchors: set[str] = set()
    for j, low in enumerate(theirs):
        if low in lang.SINCE:
            if any(w in lang.FIRST_WORDS for w in theirs[max(0, j - _FIRST_SINCE_WITHIN) : j]):
                return False
            anchors |= since_what(theirs, j)
    return any(
        low in lang.FIRST_WORDS
        and any(
            w in lang.SINCE and since_what(lowers, j) & anchors
            for j, w in enumerate(lowers[i + 1 : i + 1 + _FIRST_SINCE_WITHIN], i + 1)
        )
        for i, low in enumerate(lowers)
    )


def _pending_about(facts: Facts, other: Facts) -> bool:
    """Whether ``facts`` says that something ``other`` is about is still to come."""
    return facts.pending is not None and bool(facts.pending[1] & other.stem_set)


def _sides_about(facts: Facts, group: int, stems: frozenset[str]) -> dict[int, str]:
    """The sides of an antonym group the sentence takes; when it takes both ("costs
    rose, while the ore content fell"), the one whose clause shares the most words
    with the other text, if one shares more than the other."""
    sides = facts.antonyms.get(group, {})
    if len(sides) < 2:
        return sides
    # Not the opposite words themselves: each clause holds the other's.
    words = frozenset(stem(w, facts.language) for word in sides.values() for w in word.split())
    shared = {
        side: len((facts.antonym_scopes.get((group, side), frozenset()) - words) & stems)
        for side in sides
    }
    most = max(shared.values())
    about = {side: word for side, word in sides.items() if shared[side] == most}
    return about if most and len(about) == 1 else sides


def _polarities(claim: Facts, stmt: Facts) -> tuple[bool, bool]:
    """Whether the claim and the statement deny what the other is about.

    Two ways of saying no ("stemde tegen" / "verwierp") are no denial, and
    still to come is not yet done ("has yet to decide" / "has not yet decided").
    """
    claim_negated = _negated(claim, stmt) and not _said_alike(claim, stmt)
    stmt_negated = _negated(stmt, claim) and not _said_alike(stmt, claim)
    if claim_negated != stmt_negated:
        denying, affirming = (claim, stmt) if claim_negated else (stmt, claim)
        # "niet bevoegd" / "onbevoegde", "had not had a strike since 2009" / "the
        # first strike since 2009": the same denial, said otherwise.
        if _denied_by_prefix(denying, affirming) or _first_since(affirming, denying):
            claim_negated = stmt_negated = False
    claim_negated = claim_negated or (stmt_negated and _pending_about(claim, stmt))
    stmt_negated = stmt_negated or (claim_negated and _pending_about(stmt, claim))
    return claim_negated, stmt_negated


def compare_polarity(
    claim: Facts, stmt: Facts, differences: list[Difference], tpl: dict[str, str]
) -> tuple[int, int, bool, bool]:
    """Negation and antonym differences (added to ``differences``), their
    counts, and whether the claim and the statement deny."""
    claim_negated, stmt_negated = _polarities(claim, stmt)
    negation = int(claim_negated != stmt_negated)
    if negation:
        said = tpl["negated"] if claim_negated else tpl["affirmed"]
        ref = tpl["negated"] if stmt_negated else tpl["affirmed"]
        differences.append(
            Difference("negation", said, ref, tpl["negation"].format(claim=said, ref=ref))
        )
    antonym = 0
    for group in claim.antonyms:
        theirs = _sides_about(stmt, group, claim.stem_set)
        # A claim that says both ("beds that closed ... had reopened") takes the
        # side of its main clause, else of its clause about the statement, or none.
        sides = claim.antonyms[group]
        main = {s: w for s, w in sides.items() if (group, s) not in claim.antonym_relative}
        if len(sides) > 1:
            sides = main if len(main) == 1 else _sides_about(claim, group, stmt.stem_set)
        if len(sides) != 1:
            continue
        for side, word in sides.items():
            if 1 - side in theirs and side not in theirs:
                antonym += 1
                differences.append(
                    Difference(
                        "antonym",
                        word,
                        theirs[1 - side],
                        tpl["antonym"].format(claim=word, ref=theirs[1 - side]),
                    )
                )
    if claim_negated and stmt_negated and antonym:
        # "niet goedgekeurd" against "weigerde": one says no with "niet", the
        # other with the opposite verb, which is its denial; they agree.
        said_no = [
            d
            for d in differences
            if d.kind == "antonym"
            and (d.claim in claim.negations) != (d.reference in stmt.negations)
        ]
        differences[:] = [d for d in differences if d not in said_no]
        antonym -= len(said_no)
    for mine, other, message in (
        (claim.done, stmt.pending, tpl["aspect_done"]),
        (claim.pending, stmt.done, tpl["aspect_pending"]),
    ):
        # "al aangenomen" against "moet nog worden behandeld", about the same thing.
        if mine and other and mine[1] & other[1]:
            antonym += 1
            differences.append(
                Difference("aspect", mine[0], other[0], message.format(claim=mine[0], ref=other[0]))
            )
    if negation and antonym:
        # A double negation: "houdt vast aan de doelen" against "is niet van plan
        # de doelen los te laten". Not when the antonym is the negation itself
        # ("weigerde" is both a negative verb and the opposite of "aanvaardde").
        cues = set(claim.negations) | set(stmt.negations)
        pure = [
            d
            for d in differences
            if d.kind == "antonym"
            and not cues & set(d.claim.split())
            and not cues & set(d.reference.split())
        ]
        if pure:
            differences[:] = [d for d in differences if d.kind != "negation" and d is not pure[0]]
            negation, antonym = 0, antonym - 1
    return negation, antonym, claim_negated, stmt_negated
