"""What a sentence says, in comparable form: the facts the comparison stage needs.

``analyse(text, language)`` finds, with the language's resources: content-word
stems, quantities (digits, number words, fractions, with qualifiers such as
"ongeveer" turned into intervals), years, weekdays and months, negation cues,
antonym-group members, named actors with the preposition before them, compass
directions and whether the sentence is passive. Statements are analysed once
and cached; claims once per check.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

import snowballstemmer

from factcheck import numbers
from factcheck.changes import find_implied_change
from factcheck.decades import Decade, find_decades
from factcheck.lang import resources
from factcheck.quantities import DATE_WINDOW, Quantity, figure_words, find_quantities

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*|[%€$£]|[^\w\s]", re.UNICODE)
_STEMMERS = {"nl": "dutch", "en": "english"}
_DETERMINERS = {"nl": {"de", "het", "een"}, "en": {"the", "a", "an"}}
_STEM_CHARS = 5
# The shorter word of a compound pair ("versterking" / "dijkversterking") has at
# least this many letters.
COMPOUND_HEAD = 6
# Heads are read only in words of at most this many letters: no word of news
# text is longer, and every suffix of a 60,000-letter "word" is quadratic work.
_LONGEST_COMPOUND = 60
_CONTEXT_WINDOW = 4


@dataclass(slots=True)
class Token:
    text: str
    lower: str
    start: int
    end: int


@dataclass(slots=True)
class Actor:
    """A named entity or a determiner noun, with the word before it ("op", "door", "in")."""

    text: str
    keys: frozenset[str]
    index: int
    preposition: str
    named: bool


@dataclass(slots=True)
class Facts:
    """The comparable content of one sentence."""

    text: str
    language: str
    tokens: list[Token]
    stems: list[str]
    # The stems of words that belong to a figure ("miljoen", "euro", "procent"):
    # the number comparison judges them, coverage does not count them.
    figure_stems: frozenset[str] = frozenset()
    # The content words themselves (folded), beside their stems, and the proper
    # suffixes of the long ones (compound heads: "versterking" of "dijkversterking").
    words: list[str] = field(default_factory=list)
    heads: frozenset[str] = frozenset()
    quantities: list[Quantity] = field(default_factory=list)
    years: dict[int, frozenset[str]] = field(default_factory=dict)
    # "the early 1990s", "de jaren zeventig": spans of years (factcheck.decades).
    decades: list[Decade] = field(default_factory=list)
    # Years said relative to the text's date ("vorig jaar": -1), with their
    # context; a reference statement's become years (weekdays.add_years), and a
    # claim's are read in the year of the statement it is compared with.
    relative_years: dict[int, frozenset[str]] = field(default_factory=dict)
    # The year of a reference statement's document, where its date is known.
    document_year: int | None = None
    weekdays: dict[int, tuple[str, frozenset[str]]] = field(default_factory=dict)
    months: dict[int, tuple[str, frozenset[str]]] = field(default_factory=dict)
    # Seasons, 1 (spring) to 4 (winter): "in het najaar van 2025".
    seasons: dict[int, tuple[str, frozenset[str]]] = field(default_factory=dict)
    # Days of the month, keyed month * 100 + day: "8 March" is 308.
    days: dict[int, tuple[str, frozenset[str]]] = field(default_factory=dict)
    negations: list[str] = field(default_factory=list)
    # Per negation cue: the content stems of its clause (what it denies).
    negation_scopes: list[frozenset[str]] = field(default_factory=list)
    antonyms: dict[int, dict[int, str]] = field(default_factory=dict)
    # Per (group, side): the content stems of the antonym's clause.
    antonym_scopes: dict[tuple[int, int], frozenset[str]] = field(default_factory=dict)
    # The (group, side)s said in a relative clause ("the beds that closed"):
    # not what the sentence says of its subject.
    antonym_relative: set[tuple[int, int]] = field(default_factory=set)
    # Aspect: "al aangenomen" (done) against "moet nog worden behandeld"
    # (pending); each with the words that say it and its clause's content stems.
    done: tuple[str, frozenset[str]] | None = None
    pending: tuple[str, frozenset[str]] | None = None
    actors: list[Actor] = field(default_factory=list)
    directions: list[tuple[str, str, frozenset[str]]] = field(default_factory=list)
    # Per direction: the place it locates and the place it is measured from,
    # folded ("nieuwegein", "rijnenburg" in "Nieuwegein ligt ten oosten van
    # Rijnenburg"); "" where the sentence names none.
    direction_places: list[tuple[str, str]] = field(default_factory=list)
    agent: str | None = None
    passive_agent: str | None = None
    # Every "verb door X" of the sentence: (X, stem of the verb before "door").
    passive_agents: list[tuple[str, str]] = field(default_factory=list)
    # A reference statement's context: the content stems of the sentence before
    # it in its document ("Er komen elf haltes." follows the one about the tram).
    context_stems: frozenset[str] = frozenset()

    @property
    def negated(self) -> bool:
        return len(self.negations) % 2 == 1

    def negated_about(self, stems: frozenset[str]) -> bool:
        """Whether the sentence denies something about ``stems``: only the negations
        whose clause shares the most content words with them count ("The strike
        began on Tuesday" is not denied by "..., seven out of ten trains did not
        run"; "The club has not yet applied for money, ... the government does not
        fund stadiums" denies the applying once, not twice)."""
        shared = [len(scope & stems) for scope in self.negation_scopes]
        most = max(shared, default=0)
        return most > 0 and shared.count(most) % 2 == 1

    @property
    def stem_set(self) -> frozenset[str]:
        return frozenset(self.stems)


def demote_common_words(facts: Facts, common: frozenset[str]) -> None:
    """Unname the sentence's first word when it is capitalised only because it
    starts the sentence: "Schools were also shut", "Officials said" name no
    party, and ``common`` (words the references write in lower case) says so.

    Example:
        >>> f = analyse("Schools were shut in Canlaon City.", "en")
        >>> demote_common_words(f, frozenset({"schools"}))
        >>> [(a.text, a.named) for a in f.actors]
        [('Schools', False), ('Canlaon City', True)]
    """
    for k, actor in enumerate(facts.actors):
        if (
            actor.named
            and actor.index == 0
            and " " not in actor.text
            and actor.text.lower() in common
        ):
            facts.actors[k] = Actor(actor.text, actor.keys, actor.index, actor.preposition, False)


def inherit(facts: Facts, antecedent: Facts) -> None:
    """Give ``facts`` the one name of the sentence before it, as context.

    Only an unambiguous antecedent: when the sentence before names one party
    (under one or more spellings); two or more, and "he" could be either. The
    name counts for coverage (its words join ``stems``) and actor matching;
    with ``index`` -1 it takes no part in word-order roles.
    """
    adopt(facts, [a for a in antecedent.actors if a.named])


def adopt(facts: Facts, names: list[Actor]) -> bool:
    """Add the one party that ``names`` spell (one or more spellings) to ``facts``
    as context; nothing when they are two parties. Whether it was added."""
    if not names or any(not (a.keys & names[0].keys) for a in names[1:]):
        return False
    actor = max(names, key=lambda a: len(a.keys))
    facts.actors.append(Actor(actor.text, actor.keys, -1, "", True))
    facts.stems.extend(stem(w, facts.language) for w in actor.text.split())
    return True


def titled(facts: Facts) -> list[tuple[str, Actor]]:
    """The names a sentence gives a title, by the word before them: ("gener",
    Haftar) for "generaal Khalifa Haftar", ("presi", al-Sisi) for "De Egyptische
    president Abdel-Fattah al-Sisi"."""
    lang = resources(facts.language)
    out = []
    for a in facts.actors:
        before = facts.tokens[a.index - 1].text if a.named and a.index > 0 else ""
        if before[:1].isalpha() and before[:1].islower() and before.lower() not in lang.STOPWORDS:
            out.append((stem(before.lower(), facts.language), a))
    return out


def fold(text: str) -> str:
    """Lower-case without diacritics: 'Libië' -> 'libie'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """A matching key for a word: Snowball stem, cut to five characters.

    Cutting makes "steunt" and "gesteund" (stems "steunt", "steun") meet.
    """
    stemmer = snowballstemmer.stemmer(_STEMMERS.get(language, "dutch"))
    folded = fold(word)
    if language == "nl" and folded.startswith("ge") and len(folded) > 7:
        folded = folded[2:]
    return stemmer.stemWord(folded)[:_STEM_CHARS]


def name_key(word: str) -> str:
    """What a word of a name is matched by: without a possessive ("Reef's",
    "Haftars") or a plural "s".

    Example:
        >>> name_key("reef's"), name_key("haftars"), name_key("texas")
        ('reef', 'haftar', 'texas')
    """
    word = _POSSESSIVE.sub("", word)
    return word[:-1] if word.endswith("s") and len(word) > 5 else word


_POSSESSIVE = re.compile(r"['’]s?$")


def possessive(word: str) -> bool:
    """Whether a word is a possessive: "Ontario's", "workers'"."""
    return bool(_POSSESSIVE.search(word)) and len(word) > 2


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper() or ("-" in token and token.split("-")[-1][:1].isupper())


def compound_heads(word: str) -> list[str]:
    """The heads a word ends in if it is a compound: its suffixes of at least
    COMPOUND_HEAD letters ("dijkversterking": "ijkversterking" ... "terking").

    Example:
        >>> compound_heads("tramkosten")
        ['ramkosten', 'amkosten', 'mkosten', 'kosten']
    """
    if len(word) > _LONGEST_COMPOUND:
        return []
    return [word[i:] for i in range(1, len(word) - COMPOUND_HEAD + 1)]


def _content_positions(lowers: list[str], lang) -> list[int]:
    """The positions of a sentence's content words: no stopwords, negations,
    number words or fractions."""
    return [
        i
        for i, t in enumerate(lowers)
        if t[:1].isalpha()
        and t not in lang.STOPWORDS
        and len(t) > 1
        and t not in lang.NEGATIONS
        and numbers.parse_word(t, lang.CODE) is None
        and t not in lang.FRACTIONS
    ]


def content_stems(text: str, language: str) -> frozenset[str]:
    """The stems of a text's content words, as :func:`analyse` gives them, and
    nothing else (cheap: no figures, names or polarity).

    Example:
        >>> sorted(content_stems("De nieuwe tramlijn gaat niet rijden.", "nl"))
        ['gaat', 'nieuw', 'rijd', 'traml']
    """
    lowers = [m.group().lower() for m in _TOKEN.finditer(text)]
    return frozenset(
        stem(lowers[i], language) for i in _content_positions(lowers, resources(language))
    )


def analyse(text: str, language: str) -> Facts:
    """Analyse one sentence.

    Example:
        >>> f = analyse("Haftar verloor ongeveer zevenduizend manschappen.", "nl")
        >>> q = f.quantities[0]
        >>> q.value, q.lo < 7000 < q.hi, q.unit
        (7000.0, True, 'manschappen')
    """
    lang = resources(language)
    tokens = [
        Token(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)
    ]
    lowers = [t.lower for t in tokens]
    facts = Facts(text=text, language=language, tokens=tokens, stems=[])
    content_idx = _content_positions(lowers, lang)
    facts.stems = [stem(lowers[i], language) for i in content_idx]
    facts.words = [fold(lowers[i]) for i in content_idx]
    facts.heads = frozenset(h for w in facts.words for h in compound_heads(w))
    stems_by_idx = dict(zip(content_idx, facts.stems, strict=True))
    facts.figure_stems = frozenset(
        stems_by_idx[i] for i in content_idx if lowers[i] in figure_words(lang)
    )

    def context(i: int, window: int = _CONTEXT_WINDOW, last: int | None = None) -> frozenset[str]:
        """The content stems around token ``i``, without the words ``i`` .. ``last``
        (a figure's own "per cent", "miljoen euro")."""
        lo, hi, own = i - window, i + window + 1, range(i, (i if last is None else last) + 1)
        return frozenset(
            stems_by_idx[j] for j in range(lo, hi) if j not in own and j in stems_by_idx
        )

    facts.decades, in_decades = find_decades(tokens, lowers, text, lang, context, DATE_WINDOW)
    find_quantities(facts, lowers, lang, context, skip=in_decades)
    _find_dates(facts, lowers, lang, context)
    _find_polarity(facts, lowers, lang, stems_by_idx)
    find_implied_change(
        facts,
        lowers,
        lang,
        lambda i: frozenset(
            stems_by_idx[j] for j in clause_span(i, lowers, lang) if j in stems_by_idx
        ),
    )
    _find_aspect(facts, lowers, lang, stems_by_idx)
    _find_actors(facts, tokens, lowers, lang)
    _find_directions(facts, tokens, lowers, lang, context)
    return facts


def _weekday(low: str, lang) -> int | None:
    """A weekday, also in a compound with a part of the day ("maandagochtend")."""
    if low in lang.WEEKDAYS:
        return int(lang.WEEKDAYS[low])
    for part in lang.DAY_PARTS:
        if low.endswith(part) and low[: -len(part)] in lang.WEEKDAYS:
            return int(lang.WEEKDAYS[low[: -len(part)]])
    return None


def _find_relative_years(facts: Facts, lowers: list[str], lang, context) -> None:
    """ "vorig jaar", "this year", "next year": years counted from the text's
    date. Not after a determiner ("the next year" counts from the story), and
    a coming year not in a sentence that names a year of its own ("In 2023
    kondigde het bedrijf aan dat het volgend jaar zou stoppen")."""
    for words, offset in lang.RELATIVE_YEARS.items():
        n = len(words)
        for i in range(len(lowers) - n + 1):
            if tuple(lowers[i : i + n]) != words:
                continue
            if i > 0 and lowers[i - 1] in lang.DETERMINERS:
                continue
            if offset > 0 and facts.years:
                continue
            facts.relative_years.setdefault(offset, context(i, DATE_WINDOW, i + n - 1))


def _season_here(lowers: list[str], i: int, lang) -> bool:
    """Whether a season word dates the sentence: "in het najaar", "this
    summer", "in spring"; not "spring rainfall", "after the summer", "na de zomer"."""
    before = lowers[max(0, i - 2) : i]
    if not before:
        return False
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    if nxt[:1].isalpha() and nxt not in lang.STOPWORDS and nxt not in lang.OF_PREPOSITIONS:
        return False  # a noun after it: "spring rainfall", "zomerse" aside
    if before[-1] in lang.SEASON_MARKERS or before[-1] in lang.SEASON_IN:
        return True  # "this summer", "in spring"
    return len(before) == 2 and before[-1] in lang.DETERMINERS and before[0] in lang.SEASON_IN


def _find_dates(facts: Facts, lowers: list[str], lang, context) -> None:
    _find_relative_years(facts, lowers, lang, context)
    for i, low in enumerate(lowers):
        day = _weekday(low, lang)
        if low in lang.SEASONS and _season_here(lowers, i, lang):
            facts.seasons[lang.SEASONS[low]] = (facts.tokens[i].text, context(i, DATE_WINDOW))
        if day is not None:
            facts.weekdays[day] = (facts.tokens[i].text, context(i, DATE_WINDOW))
        elif low in lang.MONTHS or (
            low + "." in lang.MONTHS and i + 1 < len(lowers) and lowers[i + 1] == "."
        ):
            month = lang.MONTHS.get(low) or lang.MONTHS[low + "."]
            facts.months[month] = (facts.tokens[i].text, context(i, DATE_WINDOW))


def _phrase_in(phrase: str, joined: str) -> bool:
    return f" {phrase} " in joined


# A two-word verb may have up to this many words between its parts: "stemde in
# september tegen", "keurde het plan goed", "called the strike off".
_PHRASE_GAP = 3
# "instead of" phrases read per sentence (each walks its clause).
_MAX_INSTEAD = 4


def _split_phrase_at(phrase: str, lowers: list[str], lang) -> int | None:
    """Where a two-word phrase starts with a few words between its parts, or
    any number when the second part ends the clause ("nam de overslag met 3
    procent toe", a Dutch verb's particle), within one clause; None if it is
    not there."""
    parts = phrase.split()
    if len(parts) != 2:
        return None
    for i, low in enumerate(lowers):
        if low != parts[0]:
            continue
        # Another clause joined on ("De premier nam het woord en sprak de Kamer
        # toe"): from there only the near part counts.
        joined = False
        for j in range(i + 2, min(len(lowers), i + 2 + _PARTICLE_GAP)):
            near = j < i + 2 + _PHRASE_GAP
            if lowers[j] == parts[1] and (near or (_ends_clause(lowers, j) and not joined)):
                return i
            if lowers[j] in _CLAUSE_PUNCTUATION or lowers[j] == ".":
                break
            joined = joined or lowers[j] in lang.CLAUSE_JOINERS
    return None


def _ends_clause(lowers: list[str], j: int) -> bool:
    return j + 1 == len(lowers) or lowers[j + 1] in _CLAUSE_PUNCTUATION or lowers[j + 1] in ".!?"


_CLAUSE_PUNCTUATION = frozenset(',;:()[]—–"')
# A particle at the end of its clause may stand this far from its verb.
_PARTICLE_GAP = 14


def clause_span(i: int, lowers: list[str], lang) -> range:
    """The token positions of the clause around token ``i``."""

    def boundary(j: int) -> bool:
        return lowers[j] in _CLAUSE_PUNCTUATION or lowers[j] in lang.CLAUSE_BOUNDARIES

    lo = i
    while lo > 0 and not boundary(lo - 1):
        lo -= 1
    hi = i
    while hi + 1 < len(lowers) and not boundary(hi + 1):
        hi += 1
    return range(lo, hi + 1)


_THAN = frozenset({"than", "dan"})


def _is_numberish(word: str, lang) -> bool:
    return (
        word[:1].isdigit()
        or numbers.parse_word(word, lang.CODE) is not None
        or word in lang.FRACTIONS
        or word in lang.WHOLE_FRACTIONS
    )


@cache
def _antonym_phrases(language: str) -> dict[str, tuple[str, ...]]:
    """The antonym lexicon's phrases of more than one word, by their first word."""
    phrases: dict[str, list[str]] = {}
    for pair in resources(language).ANTONYMS:
        for side in pair:
            for phrase in side:
                if " " in phrase:
                    phrases.setdefault(phrase.split()[0], []).append(phrase)
    return {first: tuple(found) for first, found in phrases.items()}


@cache
def _antonym_sides(language: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The antonym lexicon with each side's words in a fixed order: the word a
    sentence is said to use, when it holds two of one side ("up" and
    "declined"), must not depend on the process's string hashing."""
    return tuple(
        tuple(tuple(sorted(side)) for side in pair) for pair in resources(language).ANTONYMS
    )


@cache
def _approximator_words(language: str) -> frozenset[str]:
    return frozenset(w for phrase in resources(language).APPROXIMATORS for w in phrase.split())


def _in_approximator(i: int, lowers: list[str], lang) -> bool:
    """Whether word ``i`` belongs to an approximator right before a figure ("net geen 260")."""
    if lowers[i] not in _approximator_words(lang.CODE):
        return False
    for width in (1, 2, 3):
        for start in range(max(0, i - width + 1), i + 1):
            end = start + width
            if end < len(lowers) and " ".join(lowers[start:end]) in lang.APPROXIMATORS:
                # "net geen 260", "nog niet de helft"
                figure = end + 1 if lowers[end] in lang.DETERMINERS else end
                if figure < len(lowers) and (
                    _is_numberish(lowers[figure], lang)
                    or (figure > end and _unit_of_time(lowers[figure], lang))
                ):
                    return True  # ... and "less than an hour"
    return False


def _qualifies_number(i: int, lowers: list[str], lang) -> bool:
    """ "more than half", "minder dan 40": a qualifier of a number, which the number
    comparison reads as an interval, not an antonym."""
    if i + 2 >= len(lowers) or lowers[i + 1] not in _THAN:
        return False
    after = lowers[i + 2 : i + 4]
    # "meer dan de helft", "more than about 300"; not "minder dan in 2024"
    # (fewer than then: a change, which the antonyms compare).
    leading = after[0] in lang.DETERMINERS or after[0] in _approximator_words(lang.CODE)
    if _is_numberish(after[0], lang) or (leading and any(_is_numberish(w, lang) for w in after)):
        return True
    # "less than an hour": an article before a unit of time is one of it.
    return after[0] in lang.DETERMINERS and len(after) > 1 and _unit_of_time(after[1], lang)


def _unit_of_time(word: str, lang) -> bool:
    return word in lang.DURATION_UNITS or word in lang.SHORT_TIME_UNITS


def _inside_name(tokens: list[Token], i: int) -> bool:
    """A capitalised word after a capitalised word, not at a sentence start:
    "Falls" in "Clearbrook Falls"."""
    if i < 2:
        return False
    word, before = tokens[i].text, tokens[i - 1].text
    return word[:1].isupper() and before[:1].isupper() and tokens[i - 2].text not in ".!?:"


def _find_polarity(facts: Facts, lowers: list[str], lang, stems_by_idx: dict[int, str]) -> None:
    joined = " " + " ".join(lowers) + " "
    # Not a word of a name: "falls" is no antonym in "Clearbrook Falls".
    present = {
        low
        for i, low in enumerate(lowers)
        if not _qualifies_number(i, lowers, lang) and not _inside_name(facts.tokens, i)
    }
    for i, low in enumerate(lowers):
        if _in_approximator(i, lowers, lang):
            continue  # "net geen 260 miljoen", "not quite 300": a figure, not a denial
        if low in lang.NEGATIONS or low.endswith("n't"):
            # "niet alleen" / "not only" adds, it does not deny ("geen enkel" does:
            # "op geen enkel moment" is never).
            if (
                i + 1 < len(lowers)
                and lowers[i + 1] in {"alleen", "only", "enkel"}
                and low not in lang.NO_DETERMINERS
            ):
                continue
            # "backed Odinga, not his deputy Ruto": a contrast, not a denial of the act.
            if i > 0 and lowers[i - 1] == ",":
                continue
        elif low in lang.PARTICLE_NEGATIVE_VERBS:
            particle = lang.PARTICLE_NEGATIVE_VERBS[low]
            if not any(lowers[j] == particle for j in clause_span(i, lowers, lang) if j > i):
                continue
        elif low not in lang.NEGATIVE_VERBS:
            continue
        clause = clause_span(i, lowers, lang)
        if any(lowers[j] in lang.NEGATION_RESTRICTORS for j in clause if j > i):
            continue  # "did not send a warning until 8 p.m.": it did, at 8 p.m.
        facts.negations.append(low)
        facts.negation_scopes.append(
            frozenset(stems_by_idx[j] for j in clause if j != i and j in stems_by_idx)
        )
    for phrase in lang.INSTEAD:
        n = len(phrase)
        starts = [i for i in range(len(lowers) - n + 1) if tuple(lowers[i : i + n]) == phrase]
        for i in starts[:_MAX_INSTEAD]:  # each walks its clause: a few are plenty
            # "pay the crews directly instead of through contractors" denies
            # the contractors, not the paying.
            facts.negations.append(" ".join(phrase))
            facts.negation_scopes.append(
                frozenset(
                    stems_by_idx[j]
                    for j in clause_span(i + n, lowers, lang)
                    if j >= i + n and j in stems_by_idx
                )
            )
    words_here = set(lowers)
    # The lexicon's phrases the sentence holds word for word, found once; a word
    # of such a phrase is not an antonym alone: "down" in "voted down".
    phrases_here = {
        phrase
        for first in words_here & _antonym_phrases(lang.CODE).keys()
        for phrase in _antonym_phrases(lang.CODE)[first]
        if _phrase_in(phrase, joined)
    }
    present -= {word for phrase in phrases_here for word in phrase.split()}
    for g, sides in enumerate(_antonym_sides(lang.CODE)):
        for side, words in enumerate(sides):
            for w in words:
                split_at = None
                if " " not in w:
                    found = w in present
                elif w.split()[0] not in words_here:
                    found = False
                else:
                    found = w in phrases_here
                    if not found:
                        split_at = _split_phrase_at(w, lowers, lang)
                        found = split_at is not None
                if found:
                    facts.antonyms.setdefault(g, {})[side] = w
                    first = w.split()[0]
                    at = (
                        split_at
                        if split_at is not None
                        else (lowers.index(first) if first in lowers else 0)
                    )
                    facts.antonym_scopes[(g, side)] = frozenset(
                        stems_by_idx[j]
                        for j in clause_span(at, lowers, lang)
                        if j in stems_by_idx and j != at
                    )
                    if any(w in lang.RELATIVE_PRONOUNS for w in lowers[max(0, at - 4) : at]):
                        facts.antonym_relative.add((g, side))
                    break


def _find_aspect(facts: Facts, lowers: list[str], lang, stems_by_idx: dict[int, str]) -> None:
    """Whether the sentence says something has already happened or is still to come.

    Done: "al", "reeds", "already". Pending: a marker ("nog", "still", "yet")
    with a modal in its clause ("moet nog", "still has to", "has yet to"),
    not denied there ("nog niet" is a negation, judged as one).
    """
    for i, low in enumerate(lowers):
        if low not in lang.ASPECT_DONE and low not in lang.ASPECT_PENDING:
            continue
        clause = clause_span(i, lowers, lang)
        scope = frozenset(stems_by_idx[j] for j in clause if j in stems_by_idx)
        if low in lang.ASPECT_DONE:
            facts.done = facts.done or (low, scope)
            continue
        if any(lowers[j] in lang.NEGATIONS for j in clause):
            continue
        modal = next((j for j in clause if lowers[j] in lang.ASPECT_MODALS), None)
        if modal is not None:
            words = " ".join(lowers[j] for j in sorted((i, modal)))  # "moet nog", "yet to"
            facts.pending = facts.pending or (words, scope)


def _name_particles(tokens: list[Token], at: int, after_particle: bool, lang) -> int:
    """How many words from ``at`` are particles of a name ("van der" in "Tom van der Lee").

    "van der", "von der" always count; others ("van", "van de", "ter") only
    before a single capitalised word ("Tom van Dijk", not "de
    regering van Libië" nor "Turkije van de Europese Unie"), and after a
    capitalised particle ("Van der Wal") any run does.
    """
    lowers = [t.lower for t in tokens[at : at + 4]]
    for run in lang.NAME_PARTICLE_RUNS:
        n = len(run)
        if tuple(lowers[:n]) != run or at + n >= len(tokens):
            continue
        if n > 1 and run in lang.NAME_PARTICLE_RUNS[: lang.STRONG_PARTICLE_RUNS]:
            return n
        if after_particle:
            return n
        after = tokens[at + n + 1].text if at + n + 1 < len(tokens) else ""
        return 0 if _is_capitalised(after) and after[:1].isalpha() else 1
    return 0


def _starts_with_particles(tokens: list[Token], i: int, lang) -> bool:
    """Whether a name begins at ``i`` with its particles: "Van der Lee zei ..."."""
    if tokens[i].lower not in lang.NAME_PARTICLES:
        return False
    n = _name_particles(tokens, i, True, lang)
    return n > 0 and i + n < len(tokens) and _is_capitalised(tokens[i + n].text)


def _find_actors(facts: Facts, tokens: list[Token], lowers: list[str], lang) -> None:
    determiners = _DETERMINERS.get(lang.CODE, set())
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        sentence_start = i == 0 or lowers[i - 1] in {".", "!", "?", ":", '"', "“"}
        candidate = (
            tok.text[:1].isalpha()
            and _is_capitalised(tok.text)
            and not (
                sentence_start
                and (lowers[i] in lang.STOPWORDS or _is_resource_word(lowers[i], lang))
                and not _starts_with_particles(tokens, i, lang)
            )
            and lowers[i] not in lang.WEEKDAYS
            and lowers[i] not in lang.MONTHS
        )
        if candidate:
            j = i
            while True:
                step = j + 1
                if j == i and lowers[i] in lang.NAME_PARTICLES:
                    # "Van der Wal": the name starts with its particles.
                    step = i + max(1, _name_particles(tokens, i, True, lang))
                elif j == i:
                    # "Tom van der Lee": particles between first name and surname.
                    step += _name_particles(tokens, step, False, lang)
                if not (
                    step < len(tokens)
                    and tokens[step].text[:1].isalpha()
                    and _is_capitalised(tokens[step].text)
                ):
                    break
                j = step
            if j == i and lowers[i] in lang.DIRECTIONS:
                i += 1  # "in het Westen": a direction (compared as one), not a party
                continue
            words = [
                fold(t.text) for t in tokens[i : j + 1] if t.lower not in lang.NAME_PARTICLES
            ] or [fold(tokens[i].text)]
            # "Minister Baarsma" is "Gert-Jan Baarsma": an office before a name is no part of it.
            keys = frozenset(name_key(w) for w in words if w not in lang.OFFICES) or frozenset(
                name_key(w) for w in words
            )
            prep = lowers[i - 1] if i > 0 else ""
            facts.actors.append(
                Actor(" ".join(t.text for t in tokens[i : j + 1]), keys, i, prep, True)
            )
            i = j + 1
            continue
        if lowers[i] in determiners and i + 1 < len(tokens):
            nxt = lowers[i + 1]
            if (
                nxt[:1].isalpha()
                and nxt not in lang.STOPWORDS
                and not _is_resource_word(nxt, lang)
                and nxt not in lang.FRACTIONS
                and not _is_capitalised(tokens[i + 1].text)
                # "de afgelopen weken", "the past week": a time, not a party
                and nxt not in lang.DURATION_UNITS
                and (i + 2 >= len(lowers) or lowers[i + 2] not in lang.DURATION_UNITS)
            ):
                prep = lowers[i - 1] if i > 0 else ""
                facts.actors.append(
                    Actor(tokens[i + 1].text, frozenset({stem(nxt, lang.CODE)}), i + 1, prep, False)
                )
        i += 1
    has_aux = any(low in lang.PASSIVE_AUXILIARIES for low in lowers)
    preps = lang.LOCATIVE_PREPOSITIONS | {
        p for pair in lang.ROLE_PREPOSITIONS for side in pair for p in side
    }
    if not has_aux:
        # Active voice: the first actor not governed by a preposition is the subject.
        for actor in facts.actors:
            if actor.preposition not in preps and actor.preposition != lang.AGENT_PREPOSITION:
                facts.agent = actor.text
                break
    else:
        for actor in facts.actors:
            # "door (onder andere) Rusland", "door Turkije en Rusland": the agent may
            # follow a few function words, or other agents in a list.
            before = lowers[max(0, actor.index - 8) : actor.index]
            if lang.AGENT_PREPOSITION not in before:
                continue
            at = actor.index - len(before) + before.index(lang.AGENT_PREPOSITION)
            between = list(zip(lowers[at : actor.index], tokens[at : actor.index], strict=True))
            title = between[-1][0] if len(between) > 1 and between[-1][0].isalpha() else ""
            if all(
                w in lang.STOPWORDS
                or w in {"andere", "other", ","}
                or w == title  # "door generaal Haftar"
                or _is_capitalised(t.text)
                for w, t in between
            ):
                verb = (
                    stem(lowers[at - 1], lang.CODE)
                    if at > 0 and lowers[at - 1][:1].isalpha()
                    else ""
                )
                facts.passive_agents.append((actor.text, verb))
        if facts.passive_agents:
            facts.passive_agent = facts.agent = facts.passive_agents[0][0]


def _is_resource_word(low: str, lang) -> bool:
    return (
        low in lang.NEGATIONS
        or low in lang.DIRECTIONS
        or low in lang.WEEKDAYS
        or low in lang.MONTHS
        or low in lang.RELATIVE_DAYS
        or low in lang.APPROXIMATORS
        or numbers.parse_word(low, lang.CODE) is not None
    )


def _find_directions(facts: Facts, tokens: list[Token], lowers: list[str], lang, context) -> None:
    for i, low in enumerate(lowers):
        code = lang.DIRECTIONS.get(low)
        if code is None and "-" in low:
            code = lang.DIRECTION_PREFIXES.get(low.split("-", 1)[0])
        if code is not None and code != "C" and not _starts_a_name(tokens, i, lang):
            facts.directions.append((code, tokens[i].text, context(i)))
            facts.direction_places.append(_direction_places(tokens, lowers, i, lang))


def _starts_a_name(tokens: list[Token], i: int, lang) -> bool:
    """A capitalised direction adjective before a capitalised word starts a
    name ("Southern Reef", "Westelijke Mijnbouw"), not a direction; a bare
    direction does not: "North Korea" and "South Carolina" differ by it."""
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    word = tokens[i].lower
    return (
        tokens[i].text[:1].isupper()
        and word.endswith(lang.DIRECTION_ADJECTIVE_ENDINGS)
        and nxt[:1].isupper()
        and nxt[:1].isalpha()
    )


# How far from a direction word its two places are looked for.
_PLACE_WINDOW = 6


def _direction_places(tokens: list[Token], lowers: list[str], i: int, lang) -> tuple[str, str]:
    """The named place before a direction word and the one after its "of"/"van"."""

    def named(j: int) -> bool:
        return tokens[j].text[:1].isupper() and lowers[j] not in lang.STOPWORDS

    located = anchor = ""
    for j in range(i - 1, max(-1, i - _PLACE_WINDOW), -1):
        # "Paros, west of Naxos": an apposition's comma, not another clause's.
        if lowers[j] in _CLAUSE_PUNCTUATION and not (lowers[j] == "," and j >= i - 2):
            break
        if named(j):
            located = lowers[j]
            break
    after = range(i + 1, min(len(tokens), i + _PLACE_WINDOW))
    if any(lowers[j] in lang.OF_PREPOSITIONS for j in after):
        anchor = next((lowers[j] for j in after if named(j)), "")
    return located, anchor
