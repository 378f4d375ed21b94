"""English language resources: data only, no logic (see ``factcheck.lang.nl``)."""

from __future__ import annotations

CODE = "en"

STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "that",
        "this",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "where",
        "when",
        "how",
        "why",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "against",
        "between",
        "through",
        "during",
        "before",
        "after",
        "since",
        "until",
        "without",
        "within",
        "via",
        "per",
        "around",
        "toward",
        "towards",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "it",
        "its",
        "he",
        "she",
        "they",
        "them",
        "their",
        "his",
        "her",
        "him",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "there",
        "here",
        "then",
        "now",
        "also",
        "still",
        "already",
        "yet",
        "as",
        "so",
        "than",
        "too",
        "very",
        "more",
        "most",
        "less",
        "least",
        "other",
        "such",
        "some",
        "any",
        "each",
        "every",
        "all",
        "both",
        "many",
        "much",
        "few",
        "no",
        "not",
        "nor",
        "only",
        "own",
        "same",
        "just",
        "while",
        "although",
        "because",
        "though",
        "whether",
        "if",
        "into",
        "upon",
        "according",
        "said",
        "says",
    ]
)

NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "none",
        "nobody",
        "nothing",
        "nowhere",
        "neither",
        "nor",
        "n't",
        "cannot",
    ]
)
# The negating determiner ("no single case").
NO_DETERMINERS = frozenset({"no"})
# "The first ... since" says "not since": "the first strike since 2009".
FIRST_WORDS = frozenset({"first"})
SINCE = frozenset({"since"})
# Prefixes that deny the word they open: "onbevoegd", "uncooled".
NEGATIVE_PREFIXES = ("un", "non")  # not "in": "inform", "install", "income"
NEGATIVE_VERBS = frozenset(
    [
        "refused",
        "refuses",
        "refuse",
        "denied",
        "denies",
        "deny",
        "failed",
        "fails",
        "fail",
        "rejected",
        "rejects",
        "reject",
        "declined",
        "declines",
        "decline",
    ]
)
# Phrasal verbs that deny only with their particle later in the clause:
# "turned the request down", "ruled out a stake"; not "turned to the court".
PARTICLE_NEGATIVE_VERBS = {
    "turned": "down",
    "turns": "down",
    "turn": "down",
    "ruled": "out",
    "rules": "out",
    "rule": "out",
    # "the failure to warn residents"; not "shortly before the failure".
    "failure": "to",
}

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a": 1,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
HUNDRED = {"hundred": 100}
THOUSAND = {"thousand": 1000}
SCALES = {
    "million": 10**6,
    "millions": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    # Newsroom abbreviations, written apart or against the figure ("$1.2bn").
    "mn": 10**6,
    "mln": 10**6,
    "bn": 10**9,
    "bln": 10**9,
    "tn": 10**12,
    # "a dozen", "two dozen" (not "dozens of": no figure)
    "dozen": 12,
}
# Scales written against a figure after a currency sign only ("£62m", "$500k";
# "a 50m wall" is metres).
CURRENCY_SCALES = {"m": 10**6, "k": 10**3}
NUMBER_JOINER = "and"
AMBIGUOUS_ONE = frozenset({"a", "one"})
# Units of time, in days: "three days" and "a week" compare as durations.
DURATION_UNITS = {
    "day": 1,
    "days": 1,
    "week": 7,
    "weeks": 7,
    "month": 30,
    "months": 30,
    "year": 365,
    "years": 365,
    "decade": 3650,
    "decades": 3650,
}

# Ordinals, read as such after a determiner ("the third attempt", "his fifth
# term") unless "of" follows ("a third of", a fraction).
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
}
ORDINAL_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "this", "that"})
# Fractions that stand alone before "of": "half of all trains", "two-thirds of".
WHOLE_FRACTIONS = {"half": 0.5, "two-thirds": 2 / 3, "three-quarters": 0.75}
FRACTION_FOLLOWERS = frozenset({"of"})
FRACTIONS = {
    "half": 0.5,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 0.25,
    "quarters": 0.25,
    "fifth": 0.2,
    "fifths": 0.2,
    "tenth": 0.1,
    "tenths": 0.1,
}

APPROXIMATORS = {
    "about": "approx",
    "around": "approx",
    "approximately": "approx",
    "roughly": "approx",
    "some": "approx",
    "nearly": "almost",
    "almost": "almost",
    "at least": "at_least",
    "at most": "at_most",
    "more than": "more",
    "just over": "slightly_more",
    "slightly more than": "slightly_more",
    "a little over": "slightly_more",
    "a little more than": "slightly_more",
    "over": "more",
    "less than": "less",
    "fewer than": "less",
    "under": "less",
    "up to": "at_most",
    "as much as": "at_most",
    "as many as": "at_most",
    "an estimated": "approx",
    "estimated": "approx",
    "some of": "approx",
    "close to": "almost",
    "above": "more",
    "below": "less",
    "in excess of": "more",
    "just under": "almost",
    "just short of": "almost",
    "not quite": "almost",
    "no more than": "at_most",
    "not more than": "at_most",
}
RANGE_WORDS = frozenset({"to", "-", "–"})
RANGE_BETWEEN = ("between", "and")

PERCENT_WORDS = frozenset({"percent", "%", "per cent", "percentage"})
# A change of a percentage, not a percentage: "a quarter percentage point".
POINT_WORDS = frozenset({"point", "points", "basis"})
# After a number, the time of day: "at 11 p.m.", "shortly after eleven o'clock".
# ("p.m." is tokenised "p", ".", "m", ".": extract reads that sequence itself.)
TIME_WORDS = frozenset({"o'clock", "pm", "am", "gmt", "utc"})
# Words that make a time only after a preposition of time or as a clock reading
# ("at 2300 hours", "23.11 hours"; not "eleven hours of talks").
HOUR_WORDS = frozenset({"hours"})
TIME_PREPOSITIONS = frozenset({"at", "around", "after", "before", "until", "by", "from"})
# "three and a half million"
AND_A_HALF = ("and", "a", "half")
# Words that multiply the scale word after them: "half a billion".
SCALE_MULTIPLIERS = {
    ("half", "a"): 0.5,
    ("a", "quarter", "of", "a"): 0.25,
    ("quarter", "of", "a"): 0.25,
    ("three", "quarters", "of", "a"): 0.75,
}
# A time of day said as part of the next hour (Dutch "half drie"); English says
# "half past two", which the clock reading of "2.30" covers.
HOUR_PARTS: dict[tuple[str, ...], float] = {}
# "four of the seven commissioners": a proportion (one in three, seven out of ten).
PARTITIVE = (("of", "the"), ("out", "of"), ("in",))
# Units after a figure that say what kind of amount it is: a span of hours
# ("two hours") is not a volume ("350 cubic metres") nor a multiple ("40 times").
# Figures of different kinds of unit are not compared.
CLOCK_UNITS = frozenset({"hour", "hours", "minute", "minutes", "seconds"})
MEASURE_UNITS = frozenset(
    {
        "metre",
        "metres",
        "meter",
        "meters",
        "kilometre",
        "kilometres",
        "kilometer",
        "kilometers",
        "km",
        "cm",
        "mm",
        "mile",
        "miles",
        "feet",
        "foot",
        "ft",
        "inches",
        "cubic",
        "square",
        "hectare",
        "hectares",
        "acre",
        "acres",
        "tonne",
        "tonnes",
        "ton",
        "tons",
        "kg",
        "kilograms",
        "kilos",
        "grams",
        "litre",
        "litres",
        "liter",
        "liters",
        "gallons",
        "degrees",
        "megawatts",
        "mw",
        "gigawatts",
        "gw",
        "kwh",
        "barrels",
    }
)
CURRENCY_WORDS = {
    "euro": "EUR",
    "euros": "EUR",
    "€": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "$": "USD",
    "pound": "GBP",
    "pounds": "GBP",
    "£": "GBP",
}

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan.": 1,
    "feb.": 2,
    "mar.": 3,
    "apr.": 4,
    "jun.": 6,
    "jul.": 7,
    "aug.": 8,
    "sep.": 9,
    "sept.": 9,
    "oct.": 10,
    "nov.": 11,
    "dec.": 12,
}
# A claim's figure that is a sum ("samen 370 miljoen") or a difference ("met 34
# miljoen", "45.000 euro hoger") of two of a statement's says so with these.
SUM_WORDS = frozenset({"together", "combined", "total", "altogether", "jointly"})
SUM_PHRASES = (("in", "all"), ("between", "them"))
DIFFERENCE_WORDS = frozenset(
    {
        "by",
        "more",
        "fewer",
        "less",
        "higher",
        "lower",
        "up",
        "down",
        "drop",
        "fall",
        "fell",
        "rise",
        "rose",
        "gain",
        "gained",
        "grew",
        "increase",
        "increased",
        "decrease",
        "decreased",
        "decline",
        "declined",
        "lost",
        "won",
    }
)
# Decades (factcheck.decades): the part of one, as years from its start
# ("the early 1990s": 1990-1993), and the decades in words.
DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}
# The noun a decade follows ("de jaren zeventig"), if the language writes one.
DECADE_NOUN: str | None = None
# Words that join a second decade to the first ("the 1980s and 90s").
AND_WORDS = frozenset({NUMBER_JOINER})
# The decades in words: "the nineties" (the tens from twenty up: "ninety" -> "nineties").
DECADE_WORDS = {word[:-1] + "ies": value for word, value in TENS.items() if value >= 20}
# Seasons, 1 (spring) to 4 (winter).
SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "winter": 4}  # not "fall": also a verb
# Words before a season that make it a time: "in the spring", "this summer".
SEASON_MARKERS = frozenset({"this", "last", "next"})
# ... or "in the", "during the"; not "after the summer", "by the winter".
SEASON_IN = frozenset({"in", "during"})
# Years said relative to the document's date: "last year" is the year before.
RELATIVE_YEARS = {("last", "year"): -1, ("this", "year"): 0, ("next", "year"): 1}
RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}

DIRECTIONS = {
    "north": "N",
    "east": "E",
    "south": "S",
    "west": "W",
    "north-east": "NE",
    "northeast": "NE",
    "north-west": "NW",
    "northwest": "NW",
    "south-east": "SE",
    "southeast": "SE",
    "south-west": "SW",
    "southwest": "SW",
    "northern": "N",
    "eastern": "E",
    "southern": "S",
    "western": "W",
    "north-eastern": "NE",
    "northeastern": "NE",
    "north-western": "NW",
    "northwestern": "NW",
    "south-eastern": "SE",
    "southeastern": "SE",
    "south-western": "SW",
    "southwestern": "SW",
}
DIRECTION_PREFIXES = {
    "north": "N",
    "east": "E",
    "south": "S",
    "west": "W",
    "northeast": "NE",
    "northwest": "NW",
    "southeast": "SE",
    "southwest": "SW",
    "central": "C",
}
REGION_MARKERS = ("in the",)
BEARING_MARKERS = ("",)
THIS_COUNTRY = ("the country", "this country")

ANTONYMS = [
    (
        {"unchanged", "held steady", "on hold"},
        {"cut", "cuts", "lowered", "lowers", "raised", "raises", "hiked", "hikes"},
    ),
    (
        {"voted for", "votes for", "vote for", "voted in favour", "voted in favor"},
        {"voted against", "votes against", "vote against"},
    ),
    (
        {"strengthened", "strengthen", "strengthens", "stronger"},
        {"weakened", "weaken", "weakens", "weaker"},
    ),
    (
        {"gain", "gains", "gained", "profit", "profits", "won", "win", "wins", "winning"},
        {"loss", "losses", "lost", "lose", "loses", "losing"},
    ),
    (
        {
            "rose",
            "risen",
            "rise",
            "rises",
            "increased",
            "increase",
            "increases",
            "grew",
            "grown",
            "growth",
            "higher",
            "up",
            "expanded",
            "expands",
            "expansion",
            "expanding",
            "enlarged",
            "enlarging",
            "widened",
            "widens",
            "widening",
            "growing",
            "rising",
            "increasing",
        },
        {
            "fell",
            "fallen",
            "fall",
            "falls",
            "decreased",
            "decrease",
            "decreases",
            "shrank",
            "shrunk",
            "declined",
            "decline",
            "lower",
            "down",
            "dropped",
            "drop",
            "fewer",
            "less",
            "falling",
            "declining",
            "dwindling",
            "scaled back",
            "downsized",
            "shrinking",
            "shrink",
            "shrinks",
            "narrowed",
            "narrows",
            "narrowing",
        },
    ),
    (
        {
            "accepted",
            "accept",
            "accepts",
            "approved",
            "approve",
            "approves",
            "agreed",
            "adopted",
            "passed",
        },
        {
            "rejected",
            "reject",
            "rejects",
            "refused",
            "refuse",
            "refuses",
            "vetoed",
            "declined",
            "blocked",
            "voted down",
            "voted against",
        },
    ),
    (
        {"advance", "advanced", "advancing", "advances"},
        {
            "retreat",
            "retreated",
            "retreating",
            "retreats",
            "withdrew",
            "withdrawn",
            "withdraw",
            "withdrawal",
        },
    ),
    (
        {"support", "supports", "supported", "backs", "backed", "back"},
        {
            "oppose",
            "opposes",
            "opposed",
            "fights",
            "fought",
            "is against",
            "are against",
            "voted against",
            "votes against",
        },
    ),
    (
        {"stay", "stays", "stayed", "remain", "remains", "remained"},
        {"leave", "leaves", "withdraw", "withdraws", "withdrew", "pull out", "pulled out"},
    ),
    ({"open", "opened", "opens"}, {"closed", "close", "closes", "shut"}),
    (
        {"extend", "extended", "extends", "prolong", "prolonged", "continue", "continued"},
        {"end", "ended", "ends", "call off", "called off"},
    ),
    (
        {"began", "begun", "begins", "started", "starts"},
        {"ended", "ends", "stopped", "stops", "finished"},
    ),
    ({"most", "largest", "highest", "biggest"}, {"least", "smallest", "lowest"}),
    ({"peace"}, {"war"}),
    ({"victory", "victories", "won"}, {"defeat", "defeats", "lost", "losses"}),
    ({"arrested"}, {"released", "freed", "acquitted"}),
    ({"convicted", "found guilty"}, {"acquitted", "cleared"}),
    # Stayed the same against moved: "remained unchanged at 94 percent" / "went down".
    (
        {"unchanged", "stayed the same", "remained the same", "remained stable", "held steady"},
        {
            "rose",
            "fell",
            "increased",
            "decreased",
            "dropped",
            "climbed",
            "declined",
            "up",
            "down",
        },
    ),
    ({"captured", "recaptured", "seized", "took"}, {"lost", "abandoned", "ceded"}),
    ({"raised", "raise", "raises", "hiked"}, {"cut", "cuts", "lowered", "lowers", "reduced"}),
    (
        {"upheld", "uphold", "upholds", "confirmed"},
        {"overturned", "overturn", "overturns", "annulled", "quashed", "nullified"},
    ),
    ({"more"}, {"fewer", "less"}),
    ({"unanimously", "unanimous"}, {"divided", "split"}),
    (
        {"stick to", "sticks to", "stuck to", "hold on to", "holds on to", "held on to"},
        {"abandon", "abandons", "abandoned", "give up", "gives up", "gave up"},
    ),
    ({"peaceful", "peacefully", "calm", "non-violent"}, {"violent", "violently"}),
    ({"normal"}, {"disrupted", "severely"}),
    ({"imposed", "impose", "imposes"}, {"lifted", "lift", "lifts"}),
    (
        {"resumed", "resume", "resumes", "restarted"},
        {"halted", "halt", "halts", "suspended", "suspend", "suspends"},
    ),
    (
        {"praised", "praises", "praise", "welcomed", "welcomes", "applauded", "hailed"},
        {"criticised", "criticized", "criticises", "criticizes", "condemned", "attacked"},
    ),
    ({"lengthened", "lengthens"}, {"shortened", "shortens", "shorten", "curtailed", "curtails"}),
    # "extended" is also the opposite of "ended" (above): either group may pair it.
    # Not against "curtailed": extending a ban curtails what it bans.
    ({"extended", "extends", "extend"}, {"shortened", "shortens", "shorten"}),
    # What a person is to another: "a longtime ally of the mayor".
    ({"ally", "allies"}, {"opponent", "opponents"}),
    ({"favourite", "favorite", "front-runner", "frontrunner"}, {"outsider", "underdog"}),
    # Not "admitted": "was admitted to hospital".
    ({"confessed", "confesses"}, {"denied", "denies", "deny"}),
    # Not "open" / "close": adjectives as often ("an open letter", "close to").
    (
        {"opened", "opens", "reopened", "reopens", "reopen", "reopening"},
        {"closed", "closes", "shut", "shuts"},
    ),
]

ROLE_PREPOSITIONS = [
    ({"from"}, {"by"}),
    ({"to"}, {"from"}),
    ({"for"}, {"against"}),
]
LOCATIVE_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "near",
        "around",
        "toward",
        "towards",
        "during",
        "since",
        "after",
        "before",
        "with",
        "without",
        "over",
        "into",
    ]
)
PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "been", "being", "be"})
# Lower-case words inside a person's name: "Ursula von der Leyen", "Vincent van Gogh".
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "du", "bin"})
# Longest first.
NAME_PARTICLE_RUNS = (
    ("van", "der"),
    ("van", "den"),
    ("von", "der"),
    ("van",),
    ("von",),
    ("de",),
    ("da",),
    ("di",),
    ("du",),
    ("bin",),
)
# The first three runs always belong to a name.
STRONG_PARTICLE_RUNS = 3
# Who leads something: "led by X", "under the leadership of X" (the word before the name).
LEADERSHIP = frozenset({("led", "by"), ("headed", "by"), ("chaired", "by"), ("leadership", "of")})
# An office beside a name: "X is the president of Y", "the president of Y, X".
COPULAS = frozenset({"is", "was", "are", "were"})
DETERMINERS = frozenset({"the", "a", "an"})
OF_PREPOSITIONS = frozenset({"of"})
# Done against still to come: "already approved" / "still has to be approved".
ASPECT_DONE = frozenset({"already"})
ASPECT_PENDING = frozenset({"still", "yet"})
ASPECT_MODALS = frozenset({"to", "must", "needs", "need"})
# A weekday compound: English writes "Monday morning" as two words.
DAY_PARTS: tuple[str, ...] = ()
# A claim that adds a party to others: "the Bank of England also cut its rate".
ADDITIVE = frozenset({"also", "too"})
# Who won: "Odinga defeated Ruto", "It was won by Nassir", "Ruto's victory".
WIN_VERBS = frozenset({"won", "wins", "win"})
DEFEAT_VERBS = frozenset({"defeated", "defeats", "beat", "beats"})
VICTORY_NOUNS = frozenset({"victory", "win"})
# A fraction word after these is a fraction: "the third", "the remaining third".
FRACTION_BEFORE = frozenset({"the", "half", "remaining", "other"})
# Fraction words that, written onto a number, make an ordinal (none in English:
# "twenty-fifth" is no proper fraction).
ORDINAL_TAILS: frozenset[str] = frozenset()
# Maxima that also say where a figure went (none in English).
AMBIGUOUS_MAXIMA: frozenset[str] = frozenset()
AGENT_PREPOSITION = "by"

# Abbreviations that often end a sentence: followed by a capital, they do.
FINAL_ABBREVIATIONS = frozenset({"a.m", "p.m", "etc", "inc", "ltd", "corp", "co"})
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "sr",
        "jr",
        "no",
        "nos",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "approx",
        "dept",
        "est",
        "fig",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "rev",
        "u.s",
        "u.k",
        "u.n",
        "a.m",
        "p.m",
    ]
)

CLAUSE_JOINERS = ("and", "but", "while", "whereas")

# Words that start another clause inside a sentence: a negation reaches no
# further than its own clause ("..., but not those of the CGT").
# After a negation in its clause, these make it a time limit, not a denial:
# "did not send a warning until 8 p.m." (it did, at 8 p.m.).
# Whether a clause ends in its verb ("... wil betalen", "... wordt betaald").
VERB_FINAL = False
# Claims that compare two figures ("more people missing than treated").
COMPARATIVE_MORE = frozenset({"more", "larger", "bigger", "greater", "higher"})
COMPARATIVE_LESS = frozenset({"fewer", "less", "smaller", "lower"})
THAN = "than"
AS = "as"
TIMES_WORDS = frozenset({"times"})
TWICE = {"twice": 2.0}
# Words of the comparison itself, not of what is compared ("as many ... as").
COMPARISON_WORDS = frozenset({"many", "much", "large", "big", "high"})
# Professions, also offices of a person: "X, a retired mining engineer" is not
# "retired judge X". Two professions of one person are no contradiction
# ("professor" and "economist"); a profession and an office are.
PROFESSIONS = frozenset(
    {
        "critic",
        "engineer",
        "lawyer",
        "solicitor",
        "attorney",
        "barrister",
        "publican",
        "teacher",
        "doctor",
        "physician",
        "surgeon",
        "nurse",
        "paramedic",
        "farmer",
        "professor",
        "economist",
        "accountant",
        "pilot",
        "firefighter",
        "journalist",
    }
)
# Offices a sentence may give a person ("State Health Minister Karen Whitlock",
# "X serves as minister"): the office nouns. Not memberships: a councillor may
# also chair a committee.
OFFICES = (
    frozenset(
        {
            "rector",
            "minister",
            "president",
            "premier",
            "chancellor",
            "mayor",
            "governor",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "director",
            "chairman",
            "chairwoman",
            "chair",
            "leader",
            "secretary",
            "commissioner",
            "chief",
            "judge",
            "ceo",
            "executive",
            "captain",
            "general",
            "principal",
            "vice-chancellor",
            "treasurer",
            "ambassador",
            "superintendent",
            "coach",
            "commander",
            "prosecutor",
            "inspector",
        }
    )
    | PROFESSIONS
)
# Office nouns that name one office: compared as the first of their group.
OFFICE_SYNONYMS = {
    "executive": "ceo",
    "solicitor": "lawyer",
    "attorney": "lawyer",
    "barrister": "lawyer",
    "physician": "doctor",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "chairwoman": "chairman",
    "chair": "chairman",
}
# Words before an office noun that narrow no field: "managing director", "acting president".
OFFICE_QUALIFIERS = frozenset(
    {
        "general",
        "managing",
        "acting",
        "interim",
        "senior",
        "new",
        "current",
        "incumbent",
        "caretaker",
    }
)
# Words that put an office in another time: "former mayor" is no rival of the mayor.
TIME_QUALIFIERS = frozenset(
    {"former", "outgoing", "incoming", "ex", "then", "late", "previous", "longtime", "future"}
)
# Words that make an office another one: "deputy prime minister", "assistant coach".
RANK_WORDS = frozenset({"deputy", "vice", "assistant", "associate", "junior", "shadow"})
# An office word that opens a longer one: "chief executive" is no "police chief".
OPENING_OFFICE_WORDS = frozenset({"chief"})
# Offices one person holds at a time, of a body: another name in one is another
# person (factcheck.subjects.other_holder). Not "judge" or "minister": many hold those.
SINGLE_OFFICES = frozenset(
    {
        "ceo",
        "executive",
        "chairman",
        "chairwoman",
        "chair",
        "president",
        "mayor",
        "governor",
        "premier",
        "director",
        "leader",
        "captain",
        "rector",
        "principal",
        "chancellor",
        "vice-chancellor",
        "treasurer",
        "coach",
        "superintendent",
    }
)
# The article that makes a noun one of many: "a manager at Shell".
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# One name per field of an office: "Home Minister" is the interior minister.
PORTFOLIO_SYNONYMS = {
    "home": "interior",
    "internal": "interior",
    "external": "foreign",
    "treasury": "finance",
    "exchequer": "finance",
    "labor": "labour",
    "transportation": "transport",
    "defense": "defence",
}
COMPOUND_OFFICES = False

# Words between the words of an office's field ("Minister of Energy and Mines, X").
FIELD_JOINERS = frozenset({"and", "&", "for"})
# Particles of separable verbs (Dutch only).
SEPARABLE_PARTICLES: tuple[str, ...] = ()
# Words that open a relative clause ("the beds that closed").
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whose", "whom"})
# A direction adjective before a capitalised word starts a name ("Southern Reef").
DIRECTION_ADJECTIVE_ENDINGS = ("ern",)
# Bodies that share a name: "the city of Perth", "the county of Perth".
JURISDICTIONS = {
    "municipality": ("city", "town", "borough", "council"),
    "county": ("county", "district"),
    "province": ("province",),
    "region": ("region",),
}
AS_ROLE = frozenset({"as"})
# Claims that place one event relative to another ("two days before").
SAME_DAY = (("on", "the", "same", "day"), ("the", "same", "day"))
TIME_LINKS = frozenset({"that", "as", "when"})
TIME_ORDER = {"before": "before", "earlier": "before", "after": "after", "later": "after"}
# Words of order that are conjunctions on their own ("before it declared ...").
TIME_CONJUNCTIONS = frozenset({"before", "after"})
DAY_WORDS = frozenset({"day", "days"})
ONE_DAY = frozenset({"one", "a", "the"})
# What a clause after "before" / "after" starts and has (it is not a preposition then).
CLAUSE_STARTERS = frozenset(
    {"the", "a", "an", "it", "he", "she", "they", "we", "its", "his", "her", "their", "this"}
)
AUXILIARIES = frozenset(
    {"is", "was", "were", "are", "had", "has", "have", "will", "would", "did", "does", "could"}
)
# "cut by half", "met de helft": the word before a bare fraction of change.
BY = frozenset({"by"})
# The word between a hundred and the rest of a number: "one hundred and sixty".
NUMBER_AND = "and"
# Comparatives of time ("earlier than"), and "than" that compares nothing.
TIME_COMPARATIVES = frozenset({"earlier", "later"})
NOT_COMPARING = frozenset({"rather", "other"})
ONE_DAY_WORDS = frozenset({"day"})
# Who a sentence quotes: the name after one of these, or next to a verb of saying.
SOURCE_MARKERS = (("according", "to"),)
# Forms of address before a name: "Sir Keir" and "Keir Starmer" share a name, not these.
HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "sir",
        "dame",
        "dr",
        "prof",
        "professor",
        "lord",
        "lady",
        "king",
        "queen",
        "prince",
        "princess",
    }
)
# The word that opens reported content after a verb of saying or knowing:
# "The mayor said that ..."
REPORTED = frozenset({"that"})
SPEECH_VERBS = frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "tells",
        "expects",
        "expected",
        "warned",
        "warns",
        "stated",
        "believes",
        "believed",
        "argued",
        "argues",
        "claimed",
        "claims",
        "added",
        "estimated",
        "estimates",
    }
)
# "X instead of Y": the words after the phrase, to the end of its clause, are denied.
INSTEAD = (("instead", "of"), ("rather", "than"))
NEGATION_RESTRICTORS = frozenset({"until", "till"})
CLAUSE_BOUNDARIES = frozenset(
    ["but", "although", "though", "while", "whereas", "because", "after", "when", "which", "who"]
)

TEMPLATES = {
    "number": "the claim says {claim}, the reference says {ref}",
    "date": "the claim says {claim}, the reference says {ref}",
    "place": "the claim names {claim}, the reference {ref}",
    "direction": "the claim says {claim}, the reference says {ref}",
    "actor": "the claim names {claim}, the reference {ref}",
    "negation": "the claim {claim}, the reference {ref}",
    "antonym": "the claim says '{claim}', the reference says '{ref}'",
    "winner": "the claim names {claim} as the winner, the reference {ref}",
    "loser": "the claim says {claim} won, the reference that {ref} lost",
    "office": "another office: {claim} in the claim, {ref} in the reference",
    "other_party": "another party: {claim} in the claim, {ref} in the reference",
    "aspect_done": "the claim says it has happened ('{claim}'), "
    "the reference that it is still to come ('{ref}')",
    "aspect_pending": "the claim says it is still to come ('{claim}'), "
    "the reference that it has happened ('{ref}')",
    "role": "the roles are reversed: {claim} in the claim, {ref} in the reference",
    "negated": "denies it",
    "affirmed": "affirms it",
    "supported": 'The reference says the same: "{ref}"',
    "reference_conflict": 'the reference says "{ref}", but {knowledge} (source: {source})',
    "supported_by_knowledge": "The reference and the geographic data agree: {knowledge} "
    'Reference: "{ref}"',
    "contradicted_by_knowledge": "The reference and the geographic data contradict this: "
    '{knowledge} Reference: "{ref}"',
    "knowledge_supported": "By the geographic data this is right: {knowledge} "
    'The reference is wrong on this point: "{ref}"',
    "knowledge_contradicted": "By the geographic data this is wrong: {knowledge} "
    'The reference is wrong on this point: "{ref}"',
    "contradicted": "The reference contradicts this: {diff}.",
    "unverified": "The references say nothing decisive about this.",
    "unverified_near": 'The closest reference statement is about something else: "{ref}"',
    "more": "{a} is more than {b}",
    "not_more": "{a} is not more than {b}",
    "less": "{a} is less than {b}",
    "not_less": "{a} is not less than {b}",
    "same_time": "{a} and {b} are the same day",
    "days_after": "{a} is {n} after {b}",
    "days_before": "{a} is {n} before {b}",
    "day": "day",
    "days": "days",
    "later": "{a} is later than {b}",
    "earlier": "{a} is earlier than {b}",
    "share": "{a} is {ratio} percent of {b} ('{said}')",
    "ratio": "{a} is {ratio} times {b} ('{said}')",
    "across_supported": 'Two reference statements bear this out: {detail}. "{a}" and "{b}"',
    "across_contradicted": 'The reference contradicts this: {detail}. "{a}" and "{b}"',
}

# A change two figures imply (factcheck.changes): "from 3.2 to 9.4", "9.4,
# compared with 3.2 a year earlier". RISE_WORD finds the rise/fall antonym pair.
RISE_WORD = "rose"
CHANGE_FROM = ("from",)
CHANGE_TO = ("to",)
COMPARED_WITH = ("compared with", "compared to", "against")
# "62 million, up from 48 million": the second figure is the earlier one.
FROM_EARLIER = ("up from", "down from")
EARLIER_MARKERS = frozenset({"earlier", "before", "previously", "ago", "last", "previous", "prior"})
# Units of time shorter than a day: "less than an hour" / "minder dan een uur"
# qualifies a time, it is no fall.
SHORT_TIME_UNITS = frozenset({"hour", "hours", "minute", "minutes", "second", "seconds"})
# Prepositions: "van kippen en eenden", "in Whangārei and Kerikeri" coordinate the
# object of one, not two clauses (factcheck.split).
PREPOSITIONS = frozenset(
    {
        "about",
        "above",
        "across",
        "after",
        "against",
        "among",
        "around",
        "at",
        "before",
        "behind",
        "below",
        "between",
        "by",
        "during",
        "for",
        "from",
        "in",
        "into",
        "near",
        "of",
        "on",
        "over",
        "since",
        "through",
        "to",
        "towards",
        "under",
        "until",
        "with",
        "within",
        "without",
    }
)
