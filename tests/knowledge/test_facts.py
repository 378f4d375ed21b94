"""The facts file: schema, line numbers in errors, actor names in text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import KnowledgeError
from factcheck.knowledge import KnowledgeBase, load_facts, parse_facts

GOOD = """\
# Facts for the Libya references.
actors:
  - name: Khalifa Haftar
    aliases: [Haftar, LNA]
    seat: Benghazi
    country: LY
places:
  - name: Ighil
    latitude: 31.06
    longitude: -8.38
    country: MA
"""


def test_good_file(tmp_path: Path) -> None:
    path = tmp_path / "knowledge.yaml"
    path.write_text(GOOD, encoding="utf-8")
    facts = load_facts(path)
    assert [a.name for a in facts.actors] == ["Khalifa Haftar"]
    assert facts.source(facts.actors[0]) == "knowledge.yaml line 3"
    assert facts.source(facts.places[0]) == "knowledge.yaml line 8"


def test_project_facts_file_is_valid() -> None:
    facts = load_facts(Path(__file__).resolve().parents[2] / "reference" / "knowledge.yaml")
    haftar = facts.actors[0]
    assert haftar.seat == "Benghazi" and haftar.country == "LY"
    assert {"Haftar", "LNA"} <= set(haftar.aliases)


def test_empty_file_has_no_facts() -> None:
    assert parse_facts("").actors == []
    assert parse_facts("# nothing yet\n").places == []


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (GOOD.replace("    seat: Benghazi\n", ""), 3, "seat"),  # missing field: the entry's line
        (GOOD.replace("country: LY", "country: Libya"), 6, "country"),
        (GOOD.replace("latitude: 31.06", "latitude: 131.06"), 9, "latitude"),
        (GOOD.replace("    country: MA\n", "    country: MA\n    capital: yes\n"), 12, "capital"),
        (GOOD.replace("aliases: [Haftar, LNA]", "aliases: [Haftar, LNA"), 5, "YAML"),
        (
            GOOD + "  - name: Haftar\n    latitude: 1\n    longitude: 2\n    country: LY\n",
            12,
            "'Haftar' is also used on line 3",
        ),
        ("- just a list\n", 1, "mapping"),
    ],
)
def test_bad_file_names_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = tmp_path / "knowledge.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        load_facts(path)
    message = str(info.value)
    assert message.startswith(f"{path} line {line}:"), message
    assert words in message


def test_missing_file() -> None:
    with pytest.raises(KnowledgeError, match="cannot read"):
        KnowledgeBase.load("/nonexistent/knowledge.yaml")


def test_unknown_seat_is_reported_on_first_use(kb: KnowledgeBase) -> None:
    facts = parse_facts("actors:\n  - {name: Ghost, seat: Nowhereville, country: LY}\n")
    ghost = KnowledgeBase(facts, kb.gazetteer)
    with pytest.raises(KnowledgeError, match=r"knowledge\.yaml line 2: the seat 'Nowhereville'"):
        ghost.check("Een regering in het westen, gesteund door Ghost.", "nl", "LY")


def test_seat_with_coordinates_needs_no_gazetteer_entry(kb: KnowledgeBase) -> None:
    facts = parse_facts(
        "actors:\n  - {name: LNA, seat: Rajma, country: LY, latitude: 32.07, longitude: 20.33}\n"
    )
    findings = KnowledgeBase(facts, kb.gazetteer).check(
        "Een regering in het westen, gesteund door de LNA.", "nl", "LY"
    )
    assert [f.consistent for f in findings] == [False]
    assert findings[0].source == "knowledge.yaml line 2 (32.07, 20.33)"


def test_actor_names_with_genitive() -> None:
    facts = parse_facts(GOOD)
    text = "Haftars troepen en Haftar's forces, maar niet Haftarisme of LNAX."
    assert [text[s:e] for s, e, _ in facts.actor_spans(text)] == ["Haftars", "Haftar's"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_facts_or_a_knowledge_error(text: str) -> None:
    try:
        parse_facts(text)
    except KnowledgeError as exc:
        assert "knowledge.yaml" in str(exc)


@settings(max_examples=100, deadline=None)
@given(
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.text(max_size=10),
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.dictionaries(
                st.sampled_from(
                    ["actors", "places", "name", "seat", "country", "aliases", "latitude"]
                ),
                inner,
                max_size=4,
            )
        ),
        max_leaves=12,
    )
)
def test_any_yaml_structure_gives_facts_or_a_knowledge_error(data: object) -> None:
    import yaml

    try:
        parse_facts(yaml.safe_dump(data))
    except KnowledgeError as exc:
        assert "line" in str(exc)
