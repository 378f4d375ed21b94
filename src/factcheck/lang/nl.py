"""Dutch language resources: data only, no logic.

Everything that differs between languages lives in a module like this one
(see ``factcheck.lang.en``). To add a language, copy this module, translate the
values and register it in ``factcheck.lang.LANGUAGES``.
"""

from __future__ import annotations

CODE = "nl"

# Frequent function words: used to detect the language and to find content words.
STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "maar",
        "dat",
        "die",
        "dit",
        "deze",
        "die",
        "wat",
        "wie",
        "waar",
        "wanneer",
        "hoe",
        "waarom",
        "van",
        "in",
        "op",
        "aan",
        "met",
        "voor",
        "door",
        "naar",
        "bij",
        "uit",
        "over",
        "onder",
        "tegen",
        "tot",
        "tussen",
        "na",
        "om",
        "sinds",
        "zonder",
        "tijdens",
        "binnen",
        "buiten",
        "vanaf",
        "volgens",
        "per",
        "via",
        "rond",
        "richting",
        "is",
        "zijn",
        "was",
        "waren",
        "wordt",
        "worden",
        "werd",
        "werden",
        "ben",
        "bent",
        "heeft",
        "hebben",
        "had",
        "hadden",
        "heb",
        "zal",
        "zullen",
        "zou",
        "zouden",
        "kan",
        "kunnen",
        "kon",
        "konden",
        "moet",
        "moeten",
        "moest",
        "wil",
        "willen",
        "wilde",
        "mag",
        "mogen",
        "er",
        "hier",
        "daar",
        "toen",
        "nu",
        "al",
        "ook",
        "nog",
        "wel",
        "dan",
        "als",
        "zo",
        "zeer",
        "te",
        "hij",
        "zij",
        "ze",
        "wij",
        "we",
        "jij",
        "je",
        "u",
        "ik",
        "hem",
        "haar",
        "hun",
        "hen",
        "ons",
        "onze",
        "zijn",
        "jullie",
        "men",
        "zich",
        "zelf",
        "elk",
        "elke",
        "alle",
        "alles",
        "iets",
        "niets",
        "iemand",
        "niemand",
        "veel",
        "weinig",
        "meer",
        "minder",
        "meest",
        "andere",
        "ander",
        "eigen",
        "welke",
        "welk",
        "omdat",
        "doordat",
        "terwijl",
        "hoewel",
        "zodat",
        "toch",
        "juist",
        "reeds",
        "inmiddels",
        "daarnaast",
        "echter",
        "ongeveer",
        "bijna",
        "zeker",
    ]
)

# Words that turn a statement into its negation. "nog niet" is a negation too.
NEGATIONS = frozenset(
    ["niet", "geen", "nooit", "niemand", "niets", "nergens", "noch", "geenszins", "allerminst"]
)
# The negating determiner: "geen enkel" denies, where "niet enkel" adds.
NO_DETERMINERS = frozenset({"geen"})
# "The first ... since" says "not since": "voor het eerst sinds 2004".
FIRST_WORDS = frozenset({"eerste", "eerst"})  # "de eerste staking", "voor het eerst"
SINCE = frozenset({"sinds"})
# Prefixes that deny the word they open: "onbevoegd", "niet-betaald".
NEGATIVE_PREFIXES = ("on", "niet-")
# Verbs and phrases that deny the event they govern ("weigerde te tekenen").
NEGATIVE_VERBS = frozenset(
    [
        "weigert",
        "weigerde",
        "weigerden",
        "weigeren",
        "geweigerd",
        "ontkent",
        "ontkende",
        "ontkenden",
        "ontkend",
        "mislukt",
        "mislukte",
        "mislukten",
        "faalde",
        "faalden",
        "verwierp",
        "verwierpen",
        "verworpen",
        "afgewezen",
        "afgeblazen",
    ]
)
# Separable verbs that deny only with their particle later in the clause:
# "wees het voorstel af" (rejected), not "wees erop dat" (pointed out).
PARTICLE_NEGATIVE_VERBS = {
    "wees": "af",
    "wezen": "af",
    "wijst": "af",
    "wijzen": "af",
    "sloot": "uit",
    "sloten": "uit",
    "sluit": "uit",
}

# Cardinal number words. Compounds ("zevenduizend", "eenentwintig") are parsed
# from these parts by factcheck.numbers.
UNITS = {
    "nul": 0,
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
TENS = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
HUNDRED = {"honderd": 100}
THOUSAND = {"duizend": 1000}
# Scale words that follow a number ("1,2 miljoen", "drie miljard").
SCALES = {
    "miljoen": 10**6,
    "miljoenen": 10**6,
    "miljard": 10**9,
    "biljoen": 10**12,
    # Afkortingen, los of aan het getal ("1,2 mld", "€3mln").
    "mln": 10**6,
    "mld": 10**9,
    "mrd": 10**9,
    # "een dozijn", "twee dozijn"
    "dozijn": 12,
}
# Scales written against a figure after a currency sign only ("£62m", "$500k";
# "a 50m wall" is metres).
CURRENCY_SCALES = {"m": 10**6, "k": 10**3}
# Joins units and tens inside a compound: "een-en-twintig".
NUMBER_JOINER = "en"
# "een" is also the indefinite article: only count it as 1 before a scale or unit noun.
AMBIGUOUS_ONE = frozenset({"een"})
# Units of time, in days: "drie dagen" and "een week" compare as durations.
DURATION_UNITS = {
    "dag": 1,
    "dagen": 1,
    "week": 7,
    "weken": 7,
    "maand": 30,
    "maanden": 30,
    "jaar": 365,
    "jaren": 365,
    "decennium": 3650,
    "decennia": 3650,
}

# Fractions and shares: "een derde", "de helft", "twee derde", "een kwart".
# Ordinals, read as such after a determiner ("de derde poging", "zijn vijfde
# termijn") unless "van" follows ("de helft van", a fraction).
ORDINALS = {
    "eerste": 1,
    "tweede": 2,
    "derde": 3,
    "vierde": 4,
    "vijfde": 5,
    "zesde": 6,
    "zevende": 7,
    "achtste": 8,
    "negende": 9,
    "tiende": 10,
    "elfde": 11,
    "twaalfde": 12,
    "dertiende": 13,
    "veertiende": 14,
    "vijftiende": 15,
    "zestiende": 16,
    "zeventiende": 17,
    "achttiende": 18,
    "negentiende": 19,
    "twintigste": 20,
    "eenentwintigste": 21,
}
ORDINAL_DETERMINERS = frozenset({"de", "het", "zijn", "haar", "hun", "diens", "deze", "die"})
# Fractions that stand alone before "van": "tweederde van het leger".
WHOLE_FRACTIONS = {"tweederde": 2 / 3, "driekwart": 0.75, "helft": 0.5}
FRACTION_FOLLOWERS = frozenset({"van", "der"})
FRACTIONS = {
    "helft": 0.5,
    "half": 0.5,
    "halve": 0.5,
    "derde": 1 / 3,
    "kwart": 0.25,
    "vierde": 0.25,
    "vijfde": 0.2,
    "zesde": 1 / 6,
    "achtste": 0.125,
    "tiende": 0.1,
    "honderdste": 0.01,
}

# Qualifiers before a number and what they do to its meaning.
#   approx: the value is approximate; more/less: a bound; at_least/at_most;
#   slightly_more: "ruim", more but not by half.
APPROXIMATORS = {
    "ongeveer": "approx",
    "circa": "approx",
    "ca.": "approx",
    "zo'n": "approx",
    "rond": "approx",
    "rondom": "approx",
    "ruim": "slightly_more",
    "bijna": "almost",
    "nagenoeg": "almost",
    "vrijwel": "almost",
    "zeker": "at_least",
    "minstens": "at_least",
    "minimaal": "at_least",
    "tenminste": "at_least",
    "hooguit": "at_most",
    "maximaal": "at_most",
    "hoogstens": "at_most",
    "ten minste": "at_least",
    "meer dan": "more",
    "minder dan": "less",
    "ruim boven": "more",
    "tot": "at_most",
    "zowat": "approx",
    "naar schatting": "approx",
    "enkele": "approx",
    "boven de": "more",
    "boven": "more",
    "onder de": "less",
    "ruim over": "more",
    "net geen": "almost",
    "krap": "almost",
    "nog geen": "less",
    "nog niet": "less",
}
# Words between two numbers that make a range: "tussen 5 en 7", "5 tot 7".
RANGE_WORDS = frozenset({"tot", "à", "a", "-", "–"})
RANGE_BETWEEN = ("tussen", "en")

PERCENT_WORDS = frozenset({"procent", "%", "percent"})
# A change of a percentage, not a percentage: "een kwart procentpunt".
POINT_WORDS = frozenset({"procentpunt", "procentpunten", "basispunt", "basispunten"})
# After a number, the time of day.
TIME_WORDS: frozenset[str] = frozenset()
# Words that make a time only after a preposition of time or as a clock reading
# ("om 23.11 uur", "kort na elf uur"; not "elf uur cel").
HOUR_WORDS = frozenset({"uur"})
TIME_PREPOSITIONS = frozenset({"om", "rond", "omstreeks", "na", "voor", "tot", "vanaf", "tegen"})
# "drie en een half miljoen"
AND_A_HALF = ("en", "een", "half")
# Words that multiply the scale word after them: "een half miljoen".
SCALE_MULTIPLIERS = {
    ("een", "half"): 0.5,
    ("anderhalf",): 1.5,
    ("half",): 0.5,
    ("een", "kwart"): 0.25,
    ("driekwart",): 0.75,
}
# A time of day said as part of the next hour: "om half drie" (2.30), "kwart
# over drie" (3.15), "kwart voor vier" (3.45). (Word before the hour, offset.)
HOUR_PARTS = {("half",): -0.5, ("kwart", "over"): 0.25, ("kwart", "voor"): -0.25}
# "vier van de zeven commissarissen": een verhouding (een op de drie, zeven op tien).
PARTITIVE = (("van", "de"), ("op", "de"), ("op",), ("uit",))
# Units after a figure that say what kind of amount it is: a span of hours
# ("twee uur") is not a volume ("350 kubieke meter") nor a multiple ("40 keer").
# Figures of different kinds of unit are not compared.
CLOCK_UNITS = frozenset({"uur", "uren", "minuut", "minuten", "seconde", "seconden", "kwartier"})
MEASURE_UNITS = frozenset(
    {
        "meter",
        "kilometer",
        "km",
        "centimeter",
        "cm",
        "millimeter",
        "mm",
        "kubieke",
        "vierkante",
        "hectare",
        "ha",
        "ton",
        "kilo",
        "kilogram",
        "kg",
        "gram",
        "liter",
        "graden",
        "megawatt",
        "mw",
        "gigawatt",
        "gw",
        "kilowatt",
        "kwh",
        "megawattuur",
        "mijl",
        "voet",
        "vaten",
    }
)
CURRENCY_WORDS = {"euro": "EUR", "€": "EUR", "dollar": "USD", "$": "USD", "pond": "GBP"}

WEEKDAYS = {
    "maandag": 0,
    "dinsdag": 1,
    "woensdag": 2,
    "donderdag": 3,
    "vrijdag": 4,
    "zaterdag": 5,
    "zondag": 6,
}
MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
    "jan.": 1,
    "feb.": 2,
    "mrt.": 3,
    "apr.": 4,
    "jun.": 6,
    "jul.": 7,
    "aug.": 8,
    "sep.": 9,
    "sept.": 9,
    "okt.": 10,
    "nov.": 11,
    "dec.": 12,
}
# A claim's figure that is a sum ("samen 370 miljoen") or a difference ("met 34
# miljoen", "45.000 euro hoger") of two of a statement's says so with these.
SUM_WORDS = frozenset({"samen", "totaal", "gezamenlijk", "opgeteld", "samengeteld"})
SUM_PHRASES = (("bij", "elkaar"),)
DIFFERENCE_WORDS = frozenset(
    {
        "met",
        "meer",
        "minder",
        "hoger",
        "lager",
        "daling",
        "stijging",
        "groei",
        "toename",
        "afname",
        "steeg",
        "daalde",
        "groeide",
        "won",
        "verloor",
        "winst",
        "verlies",
    }
)
# Decades (factcheck.decades): the part of one, as years from its start
# ("the early 1990s": 1990-1993), and the decades in words.
DECADE_PARTS = {
    "begin": (0, 3),
    "vroege": (0, 3),
    "midden": (3, 6),
    "halverwege": (3, 6),
    "eind": (6, 9),
    "late": (6, 9),
}
# The noun a decade follows ("de jaren zeventig"), if the language writes one.
DECADE_NOUN = "jaren"
# Words that join a second decade to the first ("the 1980s and 90s").
AND_WORDS = frozenset({NUMBER_JOINER})
# The decades in words: "de jaren zeventig" (the tens from twenty up).
DECADE_WORDS = {word: value for word, value in TENS.items() if value >= 20}
# Seasons, 1 (spring) to 4 (winter).
SEASONS = {
    "voorjaar": 1,
    "lente": 1,
    "zomer": 2,
    "najaar": 3,
    "herfst": 3,
    "winter": 4,
}
# Words before a season that make it a time: "in het najaar", "deze zomer".
SEASON_MARKERS = frozenset({"deze", "dit", "vorige", "volgende", "komende", "afgelopen"})
# ... or "in het", "tijdens de"; not "na de zomer" (after it).
SEASON_IN = frozenset({"in", "tijdens", "gedurende"})
# Years said relative to the document's date: "vorig jaar" is the year before.
RELATIVE_YEARS = {
    ("vorig", "jaar"): -1,
    ("dit", "jaar"): 0,
    ("volgend", "jaar"): 1,
    ("komend", "jaar"): 1,
    ("volgende", "jaar"): 1,
}
# Relative days, as offsets from the document's date.
RELATIVE_DAYS = {
    "eergisteren": -2,
    "gisteren": -1,
    "vandaag": 0,
    "morgen": 1,
    "overmorgen": 2,
    "gisteravond": -1,
    "vanavond": 0,
    "vannacht": 0,
}

# Compass directions. Compounds are listed whole: Dutch writes them as one word.
DIRECTIONS = {
    "noorden": "N",
    "oosten": "E",
    "zuiden": "S",
    "westen": "W",
    "noordoosten": "NE",
    "noordwesten": "NW",
    "zuidoosten": "SE",
    "zuidwesten": "SW",
    "noord": "N",
    "oost": "E",
    "zuid": "S",
    "west": "W",
    "noordoost": "NE",
    "noordwest": "NW",
    "zuidoost": "SE",
    "zuidwest": "SW",
    "noordelijk": "N",
    "oostelijk": "E",
    "zuidelijk": "S",
    "westelijk": "W",
    "noordelijke": "N",
    "oostelijke": "E",
    "zuidelijke": "S",
    "westelijke": "W",
    "noordoostelijk": "NE",
    "noordwestelijk": "NW",
    "zuidoostelijk": "SE",
    "zuidwestelijk": "SW",
    "noordoostelijke": "NE",
    "noordwestelijke": "NW",
    "zuidoostelijke": "SE",
    "zuidwestelijke": "SW",
    # "aan de oostkant van de stad", "de noordzijde van het dok"
    **{
        f"{word}{side}": code
        for word, code in (
            ("noord", "N"),
            ("oost", "E"),
            ("zuid", "S"),
            ("west", "W"),
            ("noordoost", "NE"),
            ("noordwest", "NW"),
            ("zuidoost", "SE"),
            ("zuidwest", "SW"),
        )
        for side in ("kant", "zijde", "punt", "rand")
    },
}
# Prefixes that make a region of a country: "Oost-Libië", "Noord-Frankrijk".
DIRECTION_PREFIXES = {
    "noord": "N",
    "oost": "E",
    "zuid": "S",
    "west": "W",
    "noordoost": "NE",
    "noordwest": "NW",
    "zuidoost": "SE",
    "zuidwest": "SW",
    "midden": "C",
}
# "in het oosten van X" (region of X) vs "ten oosten van X" (bearing from X).
REGION_MARKERS = ("in het", "in de", "het")
BEARING_MARKERS = ("ten",)
# Phrases that stand for "the country this document is about".
THIS_COUNTRY = ("het land", "dit land", "ons land")

# Pairs of words with opposite meaning. Each entry lists inflected forms on
# both sides; any form on the left contradicts any form on the right.
ANTONYMS = [
    (
        {"ongewijzigd", "onveranderd", "gelijk gehouden"},
        {"verlaagd", "verlaagt", "verlaagde", "verlaagden", "verhoogd", "verhoogt", "verhoogde"},
    ),
    (
        {
            "stemde voor",
            "stemden voor",
            "stemt voor",
            "stemmen voor",
            "voor gestemd",
            "vóór gestemd",
        },
        {"stemde tegen", "stemden tegen", "stemt tegen", "stemmen tegen", "tegen gestemd"},
    ),
    (
        {"versterkt", "versterken", "versterkte", "versterkten", "sterker"},
        {"verzwakt", "verzwakken", "verzwakte", "verzwakten", "zwakker"},
    ),
    (
        {"winst", "winsten", "gewonnen", "won", "wonnen", "winnen", "wint"},
        {"verlies", "verliezen", "verloren", "verloor", "verliest"},
    ),
    (
        {
            "steeg",
            "stegen",
            "gestegen",
            "stijgt",
            "stijgen",
            "stijging",
            "hoger",
            "toename",
            "toegenomen",
            "omhoog",
            "nam toe",
            "groeide",
            "gegroeid",
            "groei",
            "uitgebreid",
            "breidde uit",
            "breidden uit",
            "uitbreiding",
            "vergroot",
            "vergrootte",
            "groeiende",
            "stijgende",
            "toenemende",
            "groeit",
            "groeien",
            "neemt toe",
            "nemen toe",
            "namen toe",
        },
        {
            "daalde",
            "daalden",
            "gedaald",
            "daalt",
            "dalen",
            "daling",
            "lager",
            "afname",
            "afgenomen",
            "omlaag",
            "nam af",
            "kromp",
            "gekrompen",
            "krimp",
            "minder",
            "ingekrompen",
            "kromp in",
            "inkrimping",
            "verkleind",
            "verkleinde",
            "teruggelopen",
            "liep terug",
            "liepen terug",
            "loopt terug",
            "teruglopende",
            "dalende",
            "afnemende",
            "krimpende",
            "neemt af",
            "nemen af",
            "namen af",
        },
    ),
    (
        {
            "aanvaard",
            "aanvaardde",
            "aanvaardden",
            "aanvaardt",
            "aanvaarden",
            "geaccepteerd",
            "accepteerde",
            "aangenomen",
            "nam aan",
            "namen aan",
            "neemt aan",
            "goedgekeurd",
            "keurde goed",
            "ingestemd",
            "stemde in met",
            "stemden in met",
        },
        {
            "geweigerd",
            "weigerde",
            "weigerden",
            "weigert",
            "weigeren",
            "afgewezen",
            "wees af",
            "wezen af",
            "verworpen",
            "verwierp",
            "verwierpen",
            "afgekeurd",
            "keurde af",
            "tegengestemd",
            "stemde tegen",
            "stemden tegen",
            "weggestemd",
            "stemde weg",
            "stemden weg",
        },
    ),
    (
        {"verlengd", "verlengt", "verlengen"},
        {"verkort", "verkortte", "ingekort", "kortte in", "inkorten"},
    ),
    # Wat iemand voor een ander is: "een trouwe bondgenoot van de burgemeester".
    (
        {"bondgenoot", "bondgenoten", "medestander", "medestanders"},
        {"tegenstander", "tegenstanders"},
    ),
    ({"favoriet", "favorieten"}, {"outsider", "underdog"}),
    (
        {
            "oprukken",
            "rukken op",
            "rukte op",
            "rukten op",
            "opgerukt",
            "opmars",
            "trekken op",
            "trokken op",
            "opgetrokken",
            "vooruit",
        },
        {
            "terugtrekken",
            "trekken terug",
            "trok terug",
            "trokken terug",
            "teruggetrokken",
            "terugtrekking",
            "aftocht",
            "achteruit",
            "terug te trekken",
        },
    ),
    (
        {"steunt", "steunen", "steunde", "steunden", "gesteund", "steun"},
        {
            "bestrijdt",
            "bestrijden",
            "bestreed",
            "bestreden",
            "tegenwerkt",
            "verzet",
            "verzette",
            "verzetten",
            "is tegen",
            "was tegen",
            "zijn tegen",
            "waren tegen",
            "stemde tegen",
            "stemden tegen",
            "stemt tegen",
        },
    ),
    (
        {"blijven", "blijft", "bleef", "bleven", "gebleven"},
        {
            "vertrekken",
            "vertrekt",
            "vertrok",
            "vertrokken",
            "terugtrekken",
            "terug te trekken",
            "trekken zich terug",
            "trok zich terug",
        },
    ),
    (
        {
            "verlengen",
            "verlengd",
            "verlengt",
            "verlengde",
            "voortzetten",
            "voortgezet",
            "voort te zetten",
        },
        {
            "beëindigen",
            "beëindigd",
            "beëindigt",
            "beëindigde",
            "afblazen",
            "afgeblazen",
            "blies af",
        },
    ),
    (
        {"open", "geopend", "opende", "openden", "opent"},
        {"dicht", "gesloten", "sloot", "sloten", "sluit", "sluiten"},
    ),
    (
        {"begon", "begonnen", "begint", "gestart", "startte", "start"},
        {"eindigde", "eindigden", "geëindigd", "eindigt", "gestopt", "stopte", "stopt"},
    ),
    ({"meeste", "grootste", "hoogste"}, {"minste", "kleinste", "laagste"}),
    (
        {"slaagde", "slaagden", "geslaagd", "slaagt", "lukte", "gelukt"},
        {"strandde", "strandden", "gestrand", "mislukte", "mislukt", "liep stuk", "liep spaak"},
    ),
    ({"vrede", "vredes"}, {"oorlog", "oorlogs"}),
    ({"gelijk", "gelijke"}, {"verschillend", "verschillende"}),
    (
        {"toegenomen", "verhoogd", "verhoogde", "verhoogt", "verhogen"},
        {"verlaagd", "verlaagde", "verlaagt", "verlagen", "gehalveerd"},
    ),
    (
        {"gewonnen", "overwinning", "overwinningen", "zege", "zeges"},
        {"nederlaag", "nederlagen", "verloren", "verliezen"},
    ),
    (
        {"heroverd", "veroverd", "veroverde", "heroverde", "innamen", "ingenomen"},
        {"verloren", "prijsgegeven", "opgegeven", "ontruimd"},
    ),
    ({"gearresteerd", "arresteerde", "opgepakt"}, {"vrijgelaten", "liet vrij", "vrijgesproken"}),
    (
        {"veroordeeld", "veroordeelde", "veroordeelden", "schuldig bevonden"},
        {"vrijgesproken", "vrijspraak", "sprak vrij", "spraken vrij"},
    ),
    ({"voorwaardelijke", "voorwaardelijk"}, {"onvoorwaardelijke", "onvoorwaardelijk"}),
    # Gelijk gebleven tegenover veranderd: "bleef gelijk op 94 procent" / "ging omlaag".
    (
        {"gelijk bleef", "bleef gelijk", "gelijk gebleven", "ongewijzigd", "bleef stabiel"},
        {
            "steeg",
            "stegen",
            "gestegen",
            "daalde",
            "daalden",
            "gedaald",
            "toegenomen",
            "afgenomen",
            "omhoog",
            "omlaag",
        },
    ),
    ({"gekozen", "verkozen", "won de verkiezingen"}, {"verslagen", "verloor de verkiezingen"}),
    ({"meer"}, {"minder"}),
    ({"gunstig", "goed nieuws"}, {"ongunstig", "slecht nieuws", "slecht"}),
    ({"toenemen", "neemt toe", "nemen toe", "meer bevingen"}, {"afnemen", "neemt af", "nemen af"}),
    (
        {"ingesteld", "ingevoerd"},
        {"opgeheven", "hief op", "hieven op", "ingetrokken"},
    ),
    (
        {"hervat", "hervatte", "hervatten"},
        {"stilgelegd", "legde stil", "legden stil", "opgeschort", "schortte op", "schortten op"},
    ),
    ({"doorzetten", "door te zetten", "voortzetten"}, {"staken", "stoppen", "opgeven"}),
    ({"eensgezind", "unaniem"}, {"verdeeld"}),
    (
        {"houdt vast", "houden vast", "hield vast", "vasthouden", "vast te houden"},
        {"laat los", "laten los", "liet los", "loslaten", "los te laten"},
    ),
    ({"rustig", "vreedzaam", "vredig", "geweldloos"}, {"gewelddadig", "onrustig", "grimmig"}),
    (
        {"prees", "prezen", "geprezen", "prijst", "loofde", "verwelkomde", "juichte toe"},
        {
            "bekritiseerde",
            "bekritiseerden",
            "bekritiseerd",
            "bekritiseert",
            "hekelde",
            "veroordeelde",
        },
    ),
    # Not "sluit" / "sluiten": an agreement is also "gesloten" in the sense of concluded.
    (
        {"geopend", "opende", "openden", "opent", "heropend", "heropende", "heropent"},
        {"gesloten", "dichtgegaan", "ging dicht", "gingen dicht"},
    ),
]

# Prepositions that mark the role of the actor after them. Two prepositions in
# one group give opposite roles: "heroverd op Haftar" (from him) vs "door Haftar".
ROLE_PREPOSITIONS = [
    ({"op"}, {"door"}),
    ({"aan", "naar"}, {"uit"}),
    ({"voor"}, {"tegen"}),
]
# Words before an actor that make it a place or circumstance, not a party.
LOCATIVE_PREPOSITIONS = frozenset(
    [
        "in",
        "te",
        "bij",
        "naar",
        "uit",
        "nabij",
        "rond",
        "richting",
        "tijdens",
        "sinds",
        "na",
        "voor",
        "met",
        "zonder",
        "over",
    ]
)
# Passive auxiliaries: in "X wordt gesteund door Y", Y is the agent.
PASSIVE_AUXILIARIES = frozenset({"wordt", "worden", "werd", "werden", "is", "zijn", "was", "waren"})
# Tussenvoegsels in een naam: "Tom van der Lee", "Van den Berg", "Ter Horst".
NAME_PARTICLES = frozenset({"van", "der", "den", "de", "ter", "ten", "'t"})
# Longest first; een losse "de" is meestal een lidwoord en telt niet.
NAME_PARTICLE_RUNS = (
    ("van", "der"),
    ("van", "den"),
    ("van", "de"),
    ("van", "'t"),
    ("van",),
    ("ter",),
    ("ten",),
)
# De eerste twee horen altijd bij een naam.
STRONG_PARTICLE_RUNS = 2
# Wie iets leidt: "geleid door X", "onder leiding van X" (het woord voor de naam).
LEADERSHIP = frozenset(
    {("geleid", "door"), ("leiding", "van"), ("voorgezeten", "door"), ("voorzitterschap", "van")}
)
# Een ambt naast een naam: "X is de president van Y", "de president van Y, X".
COPULAS = frozenset({"is", "was", "zijn", "waren"})
DETERMINERS = frozenset({"de", "het", "een"})
OF_PREPOSITIONS = frozenset({"van"})
# Al gebeurd tegenover nog te gebeuren: "al aangenomen" / "moet nog worden behandeld".
ASPECT_DONE = frozenset({"al", "reeds"})
ASPECT_PENDING = frozenset({"nog"})
ASPECT_MODALS = frozenset({"moet", "moeten", "zal", "zullen", "dient", "dienen", "te"})
# Een weekdag met een dagdeel: "maandagochtend", "vrijdagavond".
DAY_PARTS = ("ochtend", "morgen", "middag", "avond", "nacht")
# Een bewering die een partij toevoegt: "ook de Bank of England verlaagde de rente".
ADDITIVE = frozenset({"ook", "eveneens"})
# Wie won: "de VVD won de verkiezingen", "Ajax versloeg PSV", "de overwinning van X".
WIN_VERBS = frozenset({"won", "wint", "wonnen", "gewonnen", "winnen"})
DEFEAT_VERBS = frozenset({"versloeg", "verslaat", "versloegen", "verslagen"})
VICTORY_NOUNS = frozenset({"overwinning", "zege"})
# Een breukwoord na deze woorden is een breuk: "de helft", "de resterende helft".
FRACTION_BEFORE = frozenset({"de", "half", "resterende", "overige", "andere"})
# Fraction words that, written onto a number, make an ordinal: "zeventiende"
# is the seventeenth, not seven tenths.
ORDINAL_TAILS = frozenset({"tiende", "honderdste", "duizendste"})
# Maxima that also say where a figure went ("steeg tot 250"): not compared as maxima.
AMBIGUOUS_MAXIMA = frozenset({"tot"})
AGENT_PREPOSITION = "door"

# Abbreviations that often end a sentence: followed by a capital, they do.
FINAL_ABBREVIATIONS = frozenset({"enz", "etc", "e.d", "n.v", "b.v"})
# Abbreviations that end in a period but do not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "dr",
        "drs",
        "ir",
        "ing",
        "mr",
        "mw",
        "mevr",
        "dhr",
        "prof",
        "ds",
        "st",
        "sr",
        "jr",
        "nr",
        "blz",
        "bijv",
        "bv",
        "ca",
        "cf",
        "dwz",
        "evt",
        "etc",
        "enz",
        "fa",
        "jl",
        "jhr",
        "lic",
        "mgr",
        "mln",
        "mld",
        "mrd",
        "n.a.v",
        "o.a",
        "o.m",
        "pag",
        "resp",
        "t.a.v",
        "t.o.v",
        "vgl",
        "vs",
        "z.g.a.n",
        "zgn",
        "i.p.v",
        "i.v.m",
        "m.b.t",
        "m.n",
        "n.v.t",
        "w.o",
        "a.s",
        "jan",
        "feb",
        "mrt",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
        "ma",
        "di",
        "wo",
        "do",
        "vr",
        "za",
        "zo",
        "gen",
        "min",
        "burg",
        "kol",
        "luit",
    ]
)

# Words that join two clauses of a compound claim.
CLAUSE_JOINERS = ("en", "maar", "terwijl", "en ook", "bovendien")

# Words that start another clause inside a sentence: a negation reaches no
# further than its own clause ("..., hoewel de landen geen betrekkingen hebben").
# After a negation in its clause, these would make it a time limit, not a
# denial (English "not ... until"); Dutch says "pas om 20 uur", no negation.
# Whether a clause ends in its verb ("... wil betalen", "... wordt betaald").
VERB_FINAL = True
# Beweringen die twee getallen vergelijken ("meer containers dan in 2021").
COMPARATIVE_MORE = frozenset({"meer", "groter", "hoger"})
COMPARATIVE_LESS = frozenset({"minder", "kleiner", "lager"})
THAN = "dan"
AS = "als"
TIMES_WORDS = frozenset({"keer", "maal"})
TWICE = {"tweemaal": 2.0, "driemaal": 3.0}
# Woorden van de vergelijking zelf, niet van wat vergeleken wordt ("zoveel ... als").
COMPARISON_WORDS = frozenset({"zoveel", "zo", "groot", "veel", "hoog"})
# Beroepen, ook functies van een persoon: "X, een gepensioneerde ingenieur" is
# niet "rechter X". Twee beroepen van één persoon botsen niet ("hoogleraar" en
# "econoom"); een beroep en een functie wel.
PROFESSIONS = frozenset(
    {
        "ingenieur",
        "advocaat",
        "raadsman",
        "notaris",
        "leraar",
        "lerares",
        "docent",
        "arts",
        "dokter",
        "huisarts",
        "chirurg",
        "verpleegkundige",
        "hoogleraar",
        "econoom",
        "accountant",
        "piloot",
        "journalist",
        "kroegbaas",
    }
)
# Functies die een zin een persoon geeft ("gedeputeerde Hendrik-Jan Wolters",
# "X verdedigde als wethouder"); in samenstellingen telt het hoofd
# ("oppositieleider"). Geen lidmaatschap: een raadslid kan ook voorzitter zijn.
OFFICES = (
    frozenset(
        {
            "rector",
            "minister",
            "premier",
            "president",
            "burgemeester",
            "wethouder",
            "gedeputeerde",
            "commissaris",
            "directeur",
            "voorzitter",
            "woordvoerder",
            "woordvoerster",
            "leider",
            "dijkgraaf",
            "rechter",
            "generaal",
            "staatssecretaris",
            "topman",
            "topvrouw",
            "ombudsman",
            "burgervader",
            "secretaris",
            "kapitein",
            "directrice",
            "gouverneur",
            "ambassadeur",
            "commandant",
            "officier",
            "inspecteur",
            "aanklager",
        }
    )
    | PROFESSIONS
)
# Office nouns that name one office: compared as the first of their group.
OFFICE_SYNONYMS = {
    "woordvoerster": "woordvoerder",
    "directrice": "directeur",
    "topvrouw": "topman",
    "burgervader": "burgemeester",
    "raadsman": "advocaat",
    "dokter": "arts",
    "lerares": "leraar",
    "huisarts": "arts",
    "docent": "leraar",
}
# Words before an office noun that narrow no field: "algemeen directeur", "waarnemend burgemeester".
OFFICE_QUALIFIERS = frozenset(
    {
        "algemeen",
        "waarnemend",
        "interim",
        "nieuwe",
        "huidige",
        "kersverse",
        "zittende",
        "demissionair",
        "demissionaire",
    }
)
# Words that put an office in another time: "oud-burgemeester", "voormalig directeur".
TIME_QUALIFIERS = frozenset(
    {
        "voormalig",
        "voormalige",
        "oud",
        "vorige",
        "toenmalig",
        "toenmalige",
        "scheidend",
        "scheidende",
        "aftredend",
        "aftredende",
        "beoogd",
        "beoogde",
        "ex",
    }
)
# Words that make an office another one: "plaatsvervangend directeur".
RANK_WORDS = frozenset({"plaatsvervangend", "plaatsvervangende", "vice", "adjunct", "loco"})
# An office word that opens a longer one (none in Dutch: compounds are one word).
OPENING_OFFICE_WORDS: frozenset[str] = frozenset()
# Offices one person holds at a time, of a body: another name in one is another
# person (factcheck.subjects.other_holder). Not "wethouder" or "rechter": many hold those.
SINGLE_OFFICES = frozenset(
    {
        "voorzitter",
        "burgemeester",
        "burgervader",
        "directeur",
        "directrice",
        "topman",
        "topvrouw",
        "dijkgraaf",
        "gouverneur",
        "kapitein",
        "leider",
        "rector",
        "premier",
        "president",
        "commandant",
    }
)
# The article that makes a noun one of many: "een wethouder".
INDEFINITE_ARTICLES = frozenset({"een"})
# One name per field of an office (none needed yet: "minister van Financiën").
PORTFOLIO_SYNONYMS: dict[str, str] = {}
COMPOUND_OFFICES = True

# Woorden tussen de woorden van een portefeuille ("minister van Onderwijs en Cultuur, X").
FIELD_JOINERS = frozenset({"en", "voor"})
# Partikels van scheidbare werkwoorden: het voltooid deelwoord zet "ge" erachter
# ("afgelopen", "aangenomen", "ingezet").
SEPARABLE_PARTICLES = (
    "aan",
    "af",
    "bij",
    "door",
    "in",
    "mee",
    "na",
    "neer",
    "om",
    "op",
    "over",
    "samen",
    "terug",
    "toe",
    "uit",
    "vast",
    "voor",
    "weg",
)
# Woorden die een bijzin openen ("de winkels die vorig jaar sloten").
RELATIVE_PRONOUNS = frozenset({"die", "dat", "welke", "wie", "waarvan", "waar"})
# Een richting als bijvoeglijk naamwoord voor een hoofdletter begint een naam
# ("Westelijke Mijnbouw").
DIRECTION_ADJECTIVE_ENDINGS = ("elijk", "elijke")
# Bestuurslagen die een naam delen: "de gemeente Groningen", "de provincie Groningen".
JURISDICTIONS = {
    "municipality": ("gemeente", "stad", "gemeenteraad"),
    "province": ("provincie", "provinciebestuur"),
    "region": ("regio",),
    "water board": ("waterschap",),
}
AS_ROLE = frozenset({"als"})
# Beweringen die een gebeurtenis ten opzichte van een andere plaatsen ("twee dagen voordat").
SAME_DAY = (("op", "dezelfde", "dag"), ("dezelfde", "dag"))
TIME_LINKS = frozenset({"dat", "als", "waarop"})
TIME_ORDER = {
    "voordat": "before",
    "eerder": "before",
    "voor": "before",
    "nadat": "after",
    "later": "after",
    "na": "after",
}
# Voegwoorden van volgorde op zichzelf ("nadat Provinciale Staten ..."); niet
# "voor" / "na": die zijn vaker voorzetsel.
TIME_CONJUNCTIONS = frozenset({"voordat", "nadat"})
DAY_WORDS = frozenset({"dag", "dagen"})
ONE_DAY = frozenset({"een", "één", "de"})
# Een bijzin na "voordat" / "nadat" (in het Nederlands altijd een bijzin).
CLAUSE_STARTERS: frozenset[str] = frozenset()
AUXILIARIES: frozenset[str] = frozenset()
# "cut by half", "met de helft": the word before a bare fraction of change.
BY = frozenset({"met"})
# The word between a hundred and the rest of a number: "one hundred and sixty".
NUMBER_AND = "en"
# Vergrotende trappen van tijd ("eerder dan"), en "dan" dat niets vergelijkt.
TIME_COMPARATIVES = frozenset({"eerder", "later"})
NOT_COMPARING: frozenset[str] = frozenset()
ONE_DAY_WORDS = frozenset({"dag"})
# Who a sentence quotes: the name after one of these, or next to a verb of saying.
SOURCE_MARKERS = (("volgens",),)
# Forms of address before a name: "Sir Keir" and "Keir Starmer" share a name, not these.
HONORIFICS = frozenset(
    {
        "dhr",
        "mevr",
        "mw",
        "mr",
        "meneer",
        "mevrouw",
        "heer",
        "dr",
        "drs",
        "ir",
        "prof",
        "koning",
        "koningin",
        "prins",
        "prinses",
    }
)
# The word that opens reported content after a verb of saying or knowing:
# "De trainer liet weten dat ..."
REPORTED = frozenset({"dat"})
SPEECH_VERBS = frozenset(
    {
        "zei",
        "zegt",
        "zeggen",
        "zeiden",
        "verwacht",
        "verwachtte",
        "verwachten",
        "stelt",
        "stelde",
        "meldt",
        "meldde",
        "verklaarde",
        "verklaart",
        "waarschuwde",
        "waarschuwt",
        "denkt",
        "dacht",
        "vindt",
        "vond",
        "aldus",
        "schat",
        "schatte",
        "benadrukte",
        "benadrukt",
    }
)
# "X instead of Y": the words after the phrase, to the end of its clause, are denied.
INSTEAD = (("in", "plaats", "van"),)
NEGATION_RESTRICTORS: frozenset[str] = frozenset()
CLAUSE_BOUNDARIES = frozenset(
    [
        "maar",
        "hoewel",
        "ofschoon",
        "terwijl",
        "omdat",
        "want",
        "doordat",
        "nadat",
        "zodat",
        "waardoor",
        "waarna",
        "toen",
    ]
)

# Explanation templates: {claim} is the claim's value, {ref} the reference's.
TEMPLATES = {
    "number": "de bewering zegt {claim}, de bron zegt {ref}",
    "date": "de bewering noemt {claim}, de bron {ref}",
    "place": "de bewering noemt {claim}, de bron {ref}",
    "direction": "de bewering zegt {claim}, de bron {ref}",
    "actor": "de bewering noemt {claim}, de bron {ref}",
    "negation": "de bewering {claim}, de bron {ref}",
    "antonym": "de bewering zegt '{claim}', de bron '{ref}'",
    "winner": "de bewering noemt {claim} als winnaar, de bron {ref}",
    "loser": "volgens de bewering won {claim}, volgens de bron verloor {ref}",
    "office": "een ander ambt: {claim} in de bewering, {ref} in de bron",
    "other_party": "een andere partij: {claim} in de bewering, {ref} in de bron",
    "aspect_done": "de bewering zegt dat het gebeurd is ('{claim}'), "
    "de bron dat het nog moet gebeuren ('{ref}')",
    "aspect_pending": "de bewering zegt dat het nog moet gebeuren ('{claim}'), "
    "de bron dat het gebeurd is ('{ref}')",
    "role": "de rollen zijn omgedraaid: {claim} in de bewering, {ref} in de bron",
    "negated": "ontkent het",
    "affirmed": "bevestigt het",
    "supported": 'De bron zegt hetzelfde: "{ref}"',
    "reference_conflict": 'de bron zegt "{ref}", maar {knowledge} (bron: {source})',
    "supported_by_knowledge": "De bron en de geografische gegevens zeggen hetzelfde: "
    '{knowledge} Bron: "{ref}"',
    "contradicted_by_knowledge": "De bron en de geografische gegevens spreken dit tegen: "
    '{knowledge} Bron: "{ref}"',
    "knowledge_supported": "Volgens de geografische gegevens klopt dit: {knowledge} "
    'De bron is op dit punt fout: "{ref}"',
    "knowledge_contradicted": "Volgens de geografische gegevens klopt dit niet: {knowledge} "
    'De bron is op dit punt fout: "{ref}"',
    "contradicted": "De bron spreekt dit tegen: {diff}.",
    "unverified": "De bronnen zeggen hier niets beslissends over.",
    "unverified_near": 'De best passende bronzin gaat over iets anders: "{ref}"',
    "more": "{a} is meer dan {b}",
    "not_more": "{a} is niet meer dan {b}",
    "less": "{a} is minder dan {b}",
    "not_less": "{a} is niet minder dan {b}",
    "same_time": "{a} en {b} zijn dezelfde dag",
    "days_after": "{a} is {n} na {b}",
    "days_before": "{a} is {n} voor {b}",
    "day": "dag",
    "days": "dagen",
    "later": "{a} is later dan {b}",
    "earlier": "{a} is eerder dan {b}",
    "share": "{a} is {ratio} procent van {b} ('{said}')",
    "ratio": "{a} is {ratio} keer {b} ('{said}')",
    "across_supported": 'Twee bronzinnen bevestigen dit: {detail}. "{a}" en "{b}"',
    "across_contradicted": 'De bron spreekt dit tegen: {detail}. "{a}" en "{b}"',
}

# A change two figures imply (factcheck.changes): "van 600 naar 850", "9,4
# miljoen, tegen 3,2 miljoen een jaar eerder". RISE_WORD finds the rise/fall
# antonym pair.
RISE_WORD = "gestegen"
CHANGE_FROM = ("van",)
CHANGE_TO = ("naar",)
COMPARED_WITH = ("tegen", "vergeleken met", "tegenover")
# "62 million, up from 48 million" (English): the second figure is the earlier
# one. Dutch says it with a time ("tegen 48 miljoen vorig jaar", COMPARED_WITH);
# "76 tegen 74 stemmen" is a vote, not a change.
FROM_EARLIER: tuple[str, ...] = ()
EARLIER_MARKERS = frozenset({"eerder", "daarvoor", "vorig", "vorige", "geleden", "voorheen"})
# Units of time shorter than a day: "less than an hour" / "minder dan een uur"
# qualifies a time, it is no fall.
SHORT_TIME_UNITS = frozenset({"uur", "minuut", "minuten", "seconde", "seconden", "kwartier"})
# Prepositions: "van kippen en eenden", "in Whangārei and Kerikeri" coordinate the
# object of one, not two clauses (factcheck.split).
PREPOSITIONS = frozenset(
    {
        "aan",
        "achter",
        "bij",
        "binnen",
        "boven",
        "buiten",
        "door",
        "in",
        "langs",
        "met",
        "na",
        "naar",
        "naast",
        "om",
        "onder",
        "op",
        "over",
        "rond",
        "sinds",
        "tegen",
        "tot",
        "tussen",
        "uit",
        "van",
        "vanaf",
        "voor",
        "zonder",
    }
)
