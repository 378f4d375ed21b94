"""Direction claims across countries: the verdict table, non-bindings, pure verdicts.

The table was tuned on these cases, not on Libya alone: each row is a claim, the
context country it is read in (None: inferred), and the verdicts expected for
its direction mentions (False: the text is wrong, True: right, None: too close
to call). No row may be flagged wrong unless it really is.
"""

from __future__ import annotations

import pytest

from factcheck.knowledge import KnowledgeBase
from factcheck.knowledge.verdicts import (
    bearing_degrees,
    bearing_verdict,
    combine,
    compass,
    describe_region,
    region_verdict,
)

CASES = [
    ("nl", "Groningen ligt in het noorden van Nederland.", None, [True]),
    ("nl", "Groningen ligt in het zuiden van Nederland.", None, [False]),
    ("nl", "Maastricht, in het zuiden van het land, is een oude stad.", "NL", [True]),
    ("nl", "Maastricht ligt in het noorden van Nederland.", None, [False]),
    ("nl", "Enschede in het oosten van Nederland.", None, [True]),
    ("nl", "Enschede in het westen van Nederland.", None, [False]),
    ("nl", "Den Haag ligt in het westen van Nederland.", None, [True]),
    ("nl", "Utrecht ligt in het oosten van Nederland.", None, [None]),
    ("nl", "Utrecht ligt in het westen van Nederland.", None, [None]),
    ("nl", "Utrecht ligt in het midden van Nederland.", None, [True]),
    ("nl", "Rotterdam ligt in het zuidwesten van Nederland.", None, [None]),
    ("nl", "Amsterdam ligt in het westen van Nederland.", None, [True]),
    ("nl", "Nijmegen ligt in het oosten van het land.", "NL", [True]),
    ("nl", "Leeuwarden, in het noorden van het land.", "NL", [True]),
    ("en", "Marseille, in the north of France, is a port.", None, [False]),
    ("en", "Lille, in the north of France, is close to Belgium.", None, [True]),
    ("en", "Strasbourg lies in the east of France.", None, [True]),
    ("en", "Brest is in the west of France.", None, [True]),
    ("en", "Lyon is in the south-east of France.", None, [None]),
    ("en", "Bordeaux, in south-western France", None, [True]),
    ("en", "Toulouse in northern France", None, [False]),
    ("nl", "München ligt in het zuiden van Duitsland.", None, [True]),
    ("nl", "Hamburg ligt in het zuiden van Duitsland.", None, [False]),
    ("nl", "Keulen ligt in het westen van Duitsland.", None, [True]),
    ("nl", "Berlijn ligt in het oosten van Duitsland.", None, [True]),
    ("nl", "Berlijn ligt in het westen van Duitsland.", None, [False]),
    ("nl", "Frankfurt ligt in het midden van Duitsland.", None, [None]),
    ("nl", "Leipzig in Oost-Duitsland", None, []),
    ("nl", "Dresden, in Oost-Duitsland", None, []),
    ("nl", "Stuttgart ligt in het zuidwesten van Duitsland.", None, [True]),
    ("en", "Seattle is in the north-west of the United States.", None, [True]),
    ("en", "Miami, in the south-east of the US", None, [True]),
    ("en", "Denver lies in the west of the country.", "US", [True]),
    ("en", "Boston, in the west of the country", "US", [False]),
    ("en", "Chicago is in the south of the United States.", None, [False]),
    ("en", "Atlanta is in the south of the United States.", None, [None]),
    ("en", "Dallas, in the south of the US", None, [True]),
    ("en", "Kansas City in the centre of the US", None, [True]),
    ("nl", "Tripoli ligt in het westen van Libië.", None, [True]),
    ("nl", "Benghazi ligt in het oosten van Libië.", None, [True]),
    ("nl", "Benghazi ligt in het westen van Libië.", None, [False]),
    ("nl", "Tobruk ligt in het oosten van Libië.", None, [True]),
    ("nl", "Sirte ligt in het oosten van Libië.", None, [None]),
    ("nl", "Sirte ligt in het westen van Libië.", None, [None]),
    ("nl", "Sabha, in het zuiden van Libië", None, [True]),
    ("nl", "Misrata ligt in het noordwesten van Libië.", None, [True]),
    ("nl", "Benghazi in Oost-Libië", None, [True]),
    ("nl", "Tripoli in Oost-Libië", None, [False]),
    ("en", "Benghazi in eastern Libya", None, [True]),
    ("en", "Tripoli, in western Libya", None, [True]),
    ("en", "Tripoli, in eastern Libya", None, [False]),
    ("en", "Benghazi, in Libya's east, was calm.", None, [True]),
    ("en", "Tripoli, in the country's east, was calm.", "LY", [False]),
    ("en", "Misrata in Libya's west.", None, [True]),
    ("nl", "Tanger ligt in het noorden van Marokko.", None, [True]),
    ("nl", "Agadir ligt in het zuiden van Marokko.", None, [True]),
    ("nl", "Agadir ligt in het noorden van Marokko.", None, [False]),
    ("nl", "Oujda ligt in het oosten van Marokko.", None, [True]),
    ("nl", "Marrakesh ligt in het zuiden van Marokko.", None, [None]),
    ("nl", "Amizmiz, zo'n 55 kilometer ten zuidwesten van Marrakesh", None, [True]),
    ("nl", "Taroudant ligt ten zuidwesten van Marrakesh.", None, [True]),
    ("nl", "Ouarzazate ligt ten noordwesten van Marrakesh.", None, [False]),
    ("nl", "Ouarzazate ligt ten zuidoosten van Marrakesh.", None, [True]),
    ("en", "Taroudant, about 200 km south-west of Marrakesh", None, [True]),
    ("en", "The city of Fez lies south of Marrakesh.", None, [False]),
    ("nl", "Alexandrië ligt in het noorden van Egypte.", None, [True]),
    ("nl", "Aswan ligt in het zuiden van Egypte.", None, [True]),
    ("nl", "Aswan ligt in het noorden van Egypte.", None, [False]),
    ("nl", "Caïro ligt in het noorden van Egypte.", None, [True]),
    ("nl", "Mombasa ligt in het zuidoosten van Kenia.", None, [True]),
    ("nl", "Kisumu ligt in het westen van Kenia.", None, [True]),
    ("nl", "Kisumu ligt in het oosten van Kenia.", None, [False]),
    ("nl", "Milaan ligt in het noorden van Italië.", None, [True]),
    ("nl", "Napels ligt in het noorden van Italië.", None, [None]),
    ("nl", "Palermo ligt in het noorden van Italië.", None, [False]),
    ("nl", "Bari ligt in het westen van Italië.", None, [False]),
    ("nl", "Venetië ligt in het noordoosten van Italië.", None, [None]),
    ("nl", "Sevilla ligt in het zuiden van Spanje.", None, [True]),
    ("nl", "Bilbao ligt in het noorden van Spanje.", None, [True]),
    ("nl", "Barcelona ligt in het noordoosten van Spanje.", None, [True]),
    ("nl", "Barcelona ligt in het westen van Spanje.", None, [False]),
    ("nl", "Madrid ligt in het midden van Spanje.", None, [None]),
    ("en", "Manchester, in the north of the UK", None, [None]),
    ("en", "Tripoli, in the north of Lebanon", None, [True]),
    ("en", "Tripoli, in the south of Lebanon", None, [False]),
    ("nl", "Tripoli ligt in het noorden van Libanon.", None, [True]),
]


@pytest.mark.parametrize(("language", "text", "context", "expected"), CASES)
def test_verdict_table(
    kb: KnowledgeBase, language: str, text: str, context: str | None, expected: list[bool | None]
) -> None:
    assert [f.consistent for f in kb.check(text, language, context)] == expected


# Correct statements, and statements whose directions are not about a place:
# none may be flagged.
CORRECT = [
    ("nl", "Haftar verloor Tripoli en trok zich terug in het oosten van het land."),
    ("nl", "De troepen rukten vanuit Tripoli op naar het oosten."),
    ("nl", "Vanuit Misrata trokken de milities naar het zuiden van het land."),
    ("nl", "In het westen van het land, rond Tripoli, wordt nog gevochten."),
    ("nl", "Turkije steunt de regering in Tripoli, Rusland de krijgsheer in het oosten."),
    ("nl", "Na de val van Tripoli vluchtten duizenden mensen naar het oosten."),
    ("nl", "De regering in het westen, in Tripoli, wordt erkend door de VN."),
    ("nl", "Het parlement in Tobruk, in het oosten, steunt Haftar."),
    ("nl", "Haftar, die in het oosten zetelt, wil Tripoli veroveren."),
    ("nl", "Haftars Libisch Nationaal Leger controleert het oosten en zuiden van het land."),
    ("nl", "Egypte, dat in het oosten aan Libië grenst, steunt Haftar."),
    ("nl", "Tunesië ligt ten westen van Libië."),
    ("nl", "In het noorden van Italië, rond Milaan, vielen de meeste doden."),
    (
        "nl",
        "De overstromingen troffen vooral het zuiden van Nederland;"
        " in Maastricht liep de Maas over.",
    ),
    ("nl", "Van Tripoli naar Benghazi is het ruim duizend kilometer naar het oosten."),
    ("nl", "Wenen is de hoofdstad van Oostenrijk, in het oosten van het land."),
    ("nl", "Nice ligt in het zuidoosten van Frankrijk."),
    (
        "nl",
        "Zaterdag nog werd de stad Bani Walid in het noordwesten van het land heroverd op Haftar.",
    ),
    ("nl", "De ambassade in Caïro ligt in het centrum van de stad."),
    ("nl", "Het zuiden van Libanon wordt gecontroleerd door Hezbollah, niet Tripoli."),
    ("nl", "Oekraïense troepen heroverden Charkiv, in het noordoosten van het land."),
    ("nl", "De aardbeving trof het gebied ten zuidwesten van Marrakesh, bij Amizmiz en Taroudant."),
    ("nl", "Gevechten in het oosten van Congo, rond Goma, hielden aan."),
    ("nl", "Amsterdam en Rotterdam liggen in het westen van het land."),
    ("nl", "Leiden ligt in het westen van het land."),
    ("en", "Haftar's forces, based in the east, attacked Tripoli."),
    ("en", "The UN-recognised government in Tripoli, in the west, rejected the offer."),
    ("en", "Forces loyal to Haftar control the east of the country."),
    ("en", "Aid reached Derna, in eastern Libya, after the floods."),
    ("en", "The storm moved north of Tripoli into the Mediterranean."),
    ("en", "Reading is in the south of England."),
    ("en", "Nice weather in the south of France drew tourists to Marseille."),
    ("en", "Split, on the coast of Croatia, lies south-east of Zagreb."),
    ("en", "Kharkiv, in the north-east of the country, was shelled again."),
    ("en", "Goma, in the east of the Democratic Republic of the Congo, fell to rebels."),
    ("en", "Paris Hilton visited the south of France."),
    ("en", "George Washington crossed the Delaware north of Trenton."),
    ("en", "Mosul, in northern Iraq, was retaken in 2017."),
    ("en", "Aleppo, in the north of Syria, was besieged."),
    ("en", "Rafah, in the south of the Gaza Strip, borders Egypt."),
    ("en", "Khartoum lies north of Wad Madani."),
    ("en", "The epicentre was near Ighil, about 70 km south-west of Marrakesh."),
    ("en", "Fighting in the south of Lebanon spread to Tyre."),
    ("en", "Tyre, in southern Lebanon, was hit by strikes."),
    ("en", "Tripoli, in northern Lebanon, is the country's second city."),
    ("nl", "Tripoli, de tweede stad van Libanon, ligt in het noorden van het land."),
    ("nl", "Bengazi ligt in het oosten van Libië."),
    ("en", "Odesa, in the south of Ukraine, is a port."),
    ("en", "Lviv, in western Ukraine, is far from the front."),
    ("en", "Mariupol, in the south-east of Ukraine, was destroyed."),
    ("en", "Sapporo is in the north of Japan."),
    ("en", "Perth, in Western Australia, is isolated."),
    ("en", "Perth, in the west of Australia, is isolated."),
    ("en", "Darwin, in the north of Australia, is hot."),
    ("en", "Hobart, in the south of Australia, is cold."),
    ("en", "Vladivostok, in the far east of Russia, is a port."),
    ("en", "Kaliningrad, in the west of Russia, is an exclave."),
    ("en", "Anchorage, in the north of the United States"),
    ("en", "Honolulu, in the south-west of the United States"),
    ("nl", "Las Palmas, in het zuiden van Spanje"),
    ("en", "Manaus, in the north of Brazil"),
    ("en", "Porto Alegre, in the south of Brazil"),
    ("en", "Chennai, in the south of India"),
    ("en", "Guangzhou, in the south of China"),
    ("en", "Harbin, in the north-east of China"),
    ("en", "Urumqi, in the west of China"),
    ("en", "Cape Town, in the south-west of South Africa"),
    ("en", "Durban, in the east of South Africa"),
    ("en", "Lagos, in the south-west of Nigeria"),
    ("en", "Kano, in the north of Nigeria"),
    ("en", "Maiduguri, in the north-east of Nigeria"),
    ("en", "Goma, in the east of DR Congo"),
    ("en", "Mekelle, in the north of Ethiopia"),
    ("en", "Juba, in the south of South Sudan"),
    ("en", "Kandahar, in the south of Afghanistan"),
    ("en", "Peshawar, in the north-west of Pakistan"),
    ("en", "Karachi, in the south of Pakistan"),
    ("en", "Quetta, in the west of Pakistan"),
    ("en", "Basra, in the south of Iraq"),
    ("en", "Erbil, in the north of Iraq"),
    ("en", "Tabriz, in the north-west of Iran"),
    ("en", "Mashhad, in the north-east of Iran"),
    ("en", "Aden, in the south of Yemen"),
    ("en", "Sanaa, in the west of Yemen"),
    ("en", "Idlib, in the north-west of Syria"),
    ("en", "Deir ez-Zor, in the east of Syria"),
    ("en", "Gaziantep, in the south of Turkey"),
    ("en", "Izmir, in the west of Turkey"),
    ("en", "Trabzon, in the north-east of Turkey"),
    ("en", "Diyarbakir, in the south-east of Turkey"),
    ("en", "Bergen, in the west of Norway"),
    ("en", "Tromsø, in the north of Norway"),
    ("en", "Gothenburg, in the west of Sweden"),
    ("en", "Malmö, in the south of Sweden"),
    ("en", "Gdansk, in the north of Poland"),
    ("en", "Krakow, in the south of Poland"),
    ("en", "Cork, in the south of Ireland"),
    ("en", "Galway, in the west of Ireland"),
    ("en", "Glasgow, in the west of Scotland"),
    ("en", "Aberdeen, in the north-east of Scotland"),
    ("en", "Inverness, in the north of the UK"),
    ("en", "Plymouth, in the south-west of England"),
    ("en", "Edinburgh, in the north of the UK"),
    ("en", "Liverpool, in the north-west of England"),
    ("en", "Newcastle, in the north-east of England"),
    ("en", "Leeds, in the north of England"),
    ("en", "Leeds, in the north of the country"),
    ("en", "Birmingham, in the centre of England"),
    ("nl", "Luik ligt in het oosten van België."),
    ("nl", "Brugge ligt in het westen van België."),
    ("nl", "Antwerpen ligt in het noorden van België."),
    ("nl", "Gent ligt in het westen van België."),
    ("nl", "Charleroi ligt in het zuiden van België."),
    ("nl", "Hasselt ligt in het oosten van België."),
    ("nl", "Porto ligt in het noorden van Portugal."),
    ("nl", "Faro ligt in het zuiden van Portugal."),
    ("nl", "Thessaloniki ligt in het noorden van Griekenland."),
    ("nl", "Heraklion ligt in het zuiden van Griekenland."),
    ("nl", "Innsbruck ligt in het westen van Oostenrijk."),
    ("nl", "Genève ligt in het westen van Zwitserland."),
    ("nl", "Zürich ligt in het noorden van Zwitserland."),
    ("nl", "Lugano ligt in het zuiden van Zwitserland."),
    ("nl", "Brno ligt in het oosten van Tsjechië."),
    ("nl", "Debrecen ligt in het oosten van Hongarije."),
    ("nl", "Cluj-Napoca ligt in het noordwesten van Roemenië."),
    ("nl", "Constanța ligt in het oosten van Roemenië."),
    ("nl", "Varna ligt in het oosten van Bulgarije."),
    ("nl", "Sint-Petersburg ligt in het noordwesten van Rusland."),
    ("nl", "Jekaterinenburg ligt in het westen van Rusland."),
]


@pytest.mark.parametrize(("language", "text"), CORRECT)
def test_no_false_alarms(kb_facts: KnowledgeBase, language: str, text: str) -> None:
    wrong = [f.message for f in kb_facts.check(text, language) if f.consistent is False]
    assert wrong == []


@pytest.mark.parametrize(
    "text",
    [
        "Haftar verloor Tripoli en trok zich terug in het oosten van het land.",
        "De troepen rukten vanuit Tripoli op naar het oosten.",
        "Na de val van Tripoli vluchtten duizenden mensen naar het oosten.",
        "In het midden van de jaren negentig was Tripoli geïsoleerd.",
        "In het oosten van Tripoli werd gevochten.",  # a region of a city: not checked
        "Het leger trok naar het oosten, bij Tripoli werd niet meer gevochten.",
    ],
)
def test_directions_not_about_the_place_bind_nothing(kb_facts: KnowledgeBase, text: str) -> None:
    assert kb_facts.check(text, "nl", "LY") == []


def test_region_verdict_bands() -> None:
    assert region_verdict("E", 0.17, 1.0) is False  # Tripoli, "in het oosten"
    assert region_verdict("E", 0.43, 0.75) is None  # Sirte
    assert region_verdict("W", 0.43, 0.75) is None
    assert region_verdict("W", 0.70, 0.88) is False  # Benghazi, "in het westen"
    assert region_verdict("NW", 0.23, 0.83) is True  # Bani Walid
    assert region_verdict("NW", 1.0, 0.88) is False  # Tobruk
    assert region_verdict("C", 0.5, 0.55) is True
    assert region_verdict("C", 0.95, 0.9) is False
    assert region_verdict("S", 0.5, -0.8) is True  # outside the box counts as the edge


def test_combine_is_conservative() -> None:
    assert combine(False, False) is False
    assert combine(False, None) is False
    assert combine(False, True) is None  # Peshawar, "north-west of Pakistan"
    assert combine(True, None) is None
    assert combine(True, True) is True
    assert combine(None, False) is None


def test_bearings() -> None:
    marrakesh, taroudant = (31.63, -8.00), (30.47, -8.88)
    degrees = bearing_degrees(*marrakesh, *taroudant)
    assert 200 < degrees < 225
    assert compass(degrees) == "SW"
    assert bearing_verdict("SW", degrees) is True
    assert bearing_verdict("S", degrees) is True
    assert bearing_verdict("SE", degrees) is None
    assert bearing_verdict("NE", degrees) is False
    assert bearing_verdict("N", 350.0) is True  # across north


def test_describe_region_along_the_claimed_axes() -> None:
    assert describe_region(0.17, 0.99, "E") == "W"
    assert describe_region(0.17, 0.99, "NE") == "NW"
    assert describe_region(0.5, 0.5, "C") == "C"
