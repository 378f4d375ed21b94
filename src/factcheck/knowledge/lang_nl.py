"""Dutch words the knowledge stage needs beyond ``factcheck.lang.nl``: data only.

The direction words themselves (``DIRECTIONS``, ``DIRECTION_PREFIXES``, the
region and bearing markers, ``THIS_COUNTRY``) come from ``factcheck.lang.nl``;
this module adds what only the knowledge checks use.
"""

from __future__ import annotations

# Country names that CLDR (babel) does not give, mapped to ISO codes. They are
# never combined with a direction prefix: "Zuid-Amerika" is not "Zuid-VS".
COUNTRY_ALIASES = {
    "VS": "US",
    "Amerika": "US",
    "Holland": "NL",
    "Groot-Brittannië": "GB",
    "Brittannië": "GB",
    "VK": "GB",
    "VAE": "AE",
    "Emiraten": "AE",
    "Birma": "MM",
    "Tsjechische Republiek": "CZ",
    "Palestina": "PS",
    "Congo": "CD",
    "Vaticaan": "VA",
    "Hongkong": "HK",
    "Ivoorkust": "CI",
}
# Country names in running text, where they take an article ("van de Verenigde
# Staten"); other countries are named as CLDR spells them.
COUNTRY_PHRASES = {
    "US": "de Verenigde Staten",
    "GB": "het Verenigd Koninkrijk",
    "AE": "de Verenigde Arabische Emiraten",
    "PH": "de Filipijnen",
    "BS": "de Bahama's",
    "MV": "de Malediven",
    "KM": "de Comoren",
    "CF": "de Centraal-Afrikaanse Republiek",
    "DO": "de Dominicaanse Republiek",
    "SC": "de Seychellen",
    "MH": "de Marshalleilanden",
    "SB": "de Salomonseilanden",
    "PS": "de Palestijnse gebieden",
}
# Names that look like a direction plus a country but name something else.
NOT_REGIONS = frozenset(
    {
        "noord-ierland",
        "oost-duitsland",
        "west-duitsland",
        "zuid-amerika",
        "noord-amerika",
        "midden-amerika",
    }
)
# Capitalised names that the gazetteer must not take for a city ("Asia" is a
# town in the Philippines).
NOT_PLACES = frozenset(
    {
        "azie",
        "europa",
        "afrika",
        "oceanie",
        "antarctica",
        "antarctis",
        "arctis",
        "noordpool",
        "zuidpool",
        "midden-oosten",
        "sahara",
        "sahel",
        "balkan",
        "kaukasus",
        "scandinavie",
    }
)

# Dutch city names that are also Dutch words ("wenen", "luik"). Other alternate
# names that are ordinary words ("Vele" for Belém, "Landen") are not place names.
EXONYMS = frozenset({"Wenen", "Milaan", "Luik", "Aken", "Genua", "Mekka", "Munster", "Namen"})

# Words that may stand between a place and the direction phrase about it:
# "Bani Walid, de stad in het noordwesten", "Amizmiz ligt 55 kilometer ten zuiden".
SUBJECT_FILLERS = frozenset(
    {
        ",",
        "ligt",
        "lag",
        "liggen",
        "lagen",
        "gelegen",
        "is",
        "was",
        "zijn",
        "dat",
        "die",
        "zelf",
        "de",
        "het",
        "een",
        "stad",
        "hoofdstad",
        "havenstad",
        "kuststad",
        "plaats",
        "dorp",
        "provinciehoofdstad",
        "ongeveer",
        "zo'n",
        "circa",
        "ca",
        "ruim",
        "bijna",
        "kilometer",
        "kilometers",
        "km",
        "mijl",
        "meter",
        "op",
        "verder",
        "dieper",
        "hoog",
    }
)
# Words between a direction phrase and the place it is about: "in het oosten in Tripoli".
PLACE_LINKS = frozenset({"in", "bij", "rond", "nabij", "rondom"})
# Optional words after those: "in de stad Tripoli", "in de hoofdstad Tripoli".
PLACE_LINK_FILLERS = frozenset({"de", "het", "stad", "hoofdstad", "havenstad", "kuststad"})
# Words between a direction phrase and an actor it locates: "in het Westen,
# gesteund door generaal Haftar"; and between an actor and the phrase: "Haftar, die".
ACTOR_LINKS = frozenset(
    {
        ",",
        "gesteund",
        "gesteunde",
        "gesteunden",
        "door",
        "van",
        "onder",
        "leiding",
        "geleid",
        "geleide",
        "bestuurd",
        "gecontroleerd",
        "gecontroleerde",
        "trouw",
        "aan",
        "de",
        "het",
        "generaal",
        "maarschalk",
        "veldmaarschalk",
        "krijgsheer",
        "troepen",
        "strijdkrachten",
        "regering",
        "milities",
        "militie",
        "leger",
    }
)
# "Haftars regering zetelt in het oosten": an actor's own seat nouns link too.
ACTOR_BEFORE_LINKS = frozenset(
    {",", "die", "dat", "zetelt", "zit", "zat", "is", "was", "zich", "zetelen", "zitten"}
    | {"regering", "kabinet", "leger", "troepen", "strijdkrachten", "hoofdkwartier", "parlement"}
)
# Directions beyond factcheck.lang.nl.DIRECTIONS; "C" needs a country named
# ("in het midden van het land"), since "in het midden" is mostly not geography.
EXTRA_DIRECTIONS = {"midden": "C"}
# Before "het oosten" these make it a movement, not a location: "naar het oosten".
MOTION = frozenset({"naar", "richting", "vanuit", "uit", "van", "over", "door", "tegen", "om"})
# "in het noordelijke deel van het land".
PART_WORDS = frozenset({"deel", "gedeelte", "helft"})
OF = "van"
# Adjectival directions that make a bearing with "van": "zuidwestelijk van Marrakesh".
BEARING_ADJECTIVE_SUFFIX = "lijk"

# Names of directions in messages: region (noun) and bearing forms.
REGION_NAMES = {
    "N": "het noorden",
    "E": "het oosten",
    "S": "het zuiden",
    "W": "het westen",
    "NE": "het noordoosten",
    "NW": "het noordwesten",
    "SE": "het zuidoosten",
    "SW": "het zuidwesten",
    "C": "het midden",
}
BEARING_NAMES = {
    "N": "ten noorden",
    "E": "ten oosten",
    "S": "ten zuiden",
    "W": "ten westen",
    "NE": "ten noordoosten",
    "NW": "ten noordwesten",
    "SE": "ten zuidoosten",
    "SW": "ten zuidwesten",
}
MESSAGES = {
    "region_wrong": "{place} ligt in {actual} van {country} ({coords}); "
    "de tekst plaatst het in {claimed}.",
    "region_right": "{place} ligt in {actual} van {country} ({coords}), zoals de tekst zegt.",
    "region_open": "{place} ligt niet duidelijk in {claimed} van {country} ({coords}), "
    "maar ook niet duidelijk ergens anders.",
    "actor_wrong": "{actor} zetelt in {place}, in {actual} van {country} ({coords}); "
    "de tekst plaatst {mention} in {claimed}.",
    "actor_right": "{actor} zetelt in {place}, in {actual} van {country} ({coords}), "
    "zoals de tekst zegt.",
    "actor_open": "{actor} zetelt in {place} ({coords}), niet duidelijk in {claimed} "
    "van {country}.",
    "bearing_wrong": "{place} ligt {actual} van {reference} ({coords}); de tekst zegt {claimed}.",
    "bearing_right": "{place} ligt {actual} van {reference} ({coords}), zoals de tekst zegt.",
    "bearing_open": "{place} ligt {actual} van {reference} ({coords}); de tekst zegt {claimed}, "
    "wat er niet ver naast zit.",
}
