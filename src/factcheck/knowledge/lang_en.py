"""English words the knowledge stage needs beyond ``factcheck.lang.en``: data only.

See ``factcheck.knowledge.lang_nl`` for what each name means.
"""

from __future__ import annotations

COUNTRY_ALIASES = {
    "US": "US",
    "U.S.": "US",
    "USA": "US",
    "U.S.A.": "US",
    "America": "US",
    "United States of America": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "Holland": "NL",
    "The Netherlands": "NL",
    "UAE": "AE",
    "Burma": "MM",
    "Czech Republic": "CZ",
    "Ivory Coast": "CI",
    "East Timor": "TL",
    "DR Congo": "CD",
    "DRC": "CD",
    "Democratic Republic of the Congo": "CD",
    "Vatican": "VA",
    "Palestine": "PS",
    "Hong Kong": "HK",
    "Macau": "MO",
}
COUNTRY_PHRASES = {
    "US": "the United States",
    "GB": "the United Kingdom",
    "NL": "the Netherlands",
    "AE": "the United Arab Emirates",
    "PH": "the Philippines",
    "BS": "the Bahamas",
    "GM": "the Gambia",
    "MV": "the Maldives",
    "KM": "the Comoros",
    "CF": "the Central African Republic",
    "DO": "the Dominican Republic",
    "CD": "the Democratic Republic of the Congo",
    "CG": "the Republic of the Congo",
    "SC": "the Seychelles",
    "MH": "the Marshall Islands",
    "SB": "the Solomon Islands",
    "PS": "the Palestinian Territories",
    "CZ": "the Czech Republic",
}
NOT_REGIONS = frozenset(
    {
        "northern ireland",
        "east germany",
        "west germany",
        "south america",
        "north america",
        "central america",
    }
)
NOT_PLACES = frozenset(
    {
        "asia",
        "europe",
        "africa",
        "oceania",
        "antarctica",
        "arctic",
        "sahara",
        "sahel",
        "balkans",
        "caucasus",
        "scandinavia",
        "middle east",
    }
)

EXONYMS = frozenset({"Mecca", "Cologne", "Tangier", "Fez"})

SUBJECT_FILLERS = frozenset(
    {
        ",",
        "is",
        "was",
        "lies",
        "lay",
        "located",
        "situated",
        "sits",
        "which",
        "that",
        "the",
        "a",
        "an",
        "city",
        "capital",
        "town",
        "port",
        "village",
        "coastal",
        "some",
        "about",
        "around",
        "roughly",
        "nearly",
        "almost",
        "km",
        "kilometres",
        "kilometers",
        "kilometre",
        "kilometer",
        "miles",
        "mile",
        "further",
        "farther",
        "deep",
    }
)
PLACE_LINKS = frozenset({"in", "at", "near", "around"})
PLACE_LINK_FILLERS = frozenset({"the", "city", "capital", "town", "of", "port"})
ACTOR_LINKS = frozenset(
    {
        ",",
        "backed",
        "supported",
        "led",
        "controlled",
        "run",
        "by",
        "loyal",
        "to",
        "of",
        "the",
        "general",
        "field",
        "marshal",
        "warlord",
        "forces",
        "troops",
        "government",
        "militia",
        "militias",
        "army",
        "under",
    }
)
# "Haftar's government sits in the east": an actor's own seat nouns link too.
ACTOR_BEFORE_LINKS = frozenset(
    {",", "who", "which", "is", "was", "based", "sits", "are", "were", "sit"}
    | {"government", "cabinet", "army", "forces", "troops", "headquarters", "parliament"}
)
EXTRA_DIRECTIONS = {"centre": "C", "center": "C", "central": "C"}
MOTION = frozenset({"to", "towards", "toward", "from", "into"})
PART_WORDS = frozenset({"part", "half"})
OF = "of"
BEARING_ADJECTIVE_SUFFIX = ""

REGION_NAMES = {
    "N": "the north",
    "E": "the east",
    "S": "the south",
    "W": "the west",
    "NE": "the north-east",
    "NW": "the north-west",
    "SE": "the south-east",
    "SW": "the south-west",
    "C": "the centre",
}
BEARING_NAMES = {
    "N": "north",
    "E": "east",
    "S": "south",
    "W": "west",
    "NE": "north-east",
    "NW": "north-west",
    "SE": "south-east",
    "SW": "south-west",
}
MESSAGES = {
    "region_wrong": "{place} lies in {actual} of {country} ({coords}); "
    "the text places it in {claimed}.",
    "region_right": "{place} lies in {actual} of {country} ({coords}), as the text says.",
    "region_open": "{place} lies neither clearly in {claimed} of {country} ({coords}) "
    "nor clearly elsewhere.",
    "actor_wrong": "{actor} is based in {place}, in {actual} of {country} ({coords}); "
    "the text places {mention} in {claimed}.",
    "actor_right": "{actor} is based in {place}, in {actual} of {country} ({coords}), "
    "as the text says.",
    "actor_open": "{actor} is based in {place} ({coords}), not clearly in {claimed} of {country}.",
    "bearing_wrong": "{place} lies {actual} of {reference} ({coords}); the text says {claimed}.",
    "bearing_right": "{place} lies {actual} of {reference} ({coords}), as the text says.",
    "bearing_open": "{place} lies {actual} of {reference} ({coords}); the text says {claimed}, "
    "which is close.",
}
