"""Loading reference documents: front matter, folders, ids, errors, the facts file."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import FactcheckError, ReferenceLoadError
from factcheck.reference import find_facts, load_documents, read_document, statements_of

FRONT = """---
title: Egypte wil Libische partijen weer om de tafel
date: 2020-06-07
url: https://example.org/libie
language: nl
source: seed article
rank: 3
tags: [libie, haftar]
---
Het land heeft nu twee regeringen. Tripoli ligt in het westen.
"""


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_front_matter_fields_metadata_and_offset(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "libie.md", FRONT))
    assert doc.id == "libie"
    assert doc.title == "Egypte wil Libische partijen weer om de tafel"
    assert doc.date == "2020-06-07"  # a YAML date becomes ISO text
    assert doc.url == "https://example.org/libie"
    assert doc.language == "nl"
    assert doc.metadata == {"source": "seed article", "rank": 3, "tags": "['libie', 'haftar']"}
    assert doc.text == "Het land heeft nu twee regeringen. Tripoli ligt in het westen.\n"
    assert doc.offset == FRONT.index("Het land")
    assert doc.path == str(tmp_path / "libie.md")
    # Statement spans count the front matter.
    for statement in statements_of([doc]):
        assert FRONT[statement.start : statement.end] == statement.text


def test_language_is_detected_without_front_matter(tmp_path: Path) -> None:
    en = read_document(write(tmp_path / "en.txt", "The strike began on Tuesday after the talks.\n"))
    nl = read_document(write(tmp_path / "nl.txt", "De staking begon op dinsdag na het overleg.\n"))
    assert (en.language, en.offset, en.title) == ("en", 0, None)
    assert nl.language == "nl"


def test_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "bom.txt", "\ufeffTripoli ligt in het westen.\n".encode()))
    assert doc.text.startswith("Tripoli")
    assert doc.offset == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("---\ntitle: nooit gesloten\nTekst.\n", "never closed"),
        ("---\ntitle: [kapot\n---\nTekst.\n", "invalid front matter"),
        ("---\n- een\n- lijst\n---\nTekst.\n", "must be a mapping"),
        ("---\ntitle: leeg\n---\n\n  \n", "the document is empty"),
        ("", "the document is empty"),
        (b"Tripoli ligt\nin het westen, caf\xe9.\n", "line 2 is not UTF-8"),
    ],
)
def test_bad_documents_raise_reference_load_error(
    tmp_path: Path, content: str | bytes, message: str
) -> None:
    path = write(tmp_path / "bad.txt", content)
    with pytest.raises(ReferenceLoadError, match=message) as info:
        read_document(path)
    assert str(path) in str(info.value)
    assert isinstance(info.value, FactcheckError)


def test_invalid_front_matter_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.md", "---\ntitle: ok\ndate: [kapot\n---\nTekst.\n")
    with pytest.raises(ReferenceLoadError, match=r"bad\.md: line \d+ invalid front matter"):
        read_document(path)


def test_folder_loading_ids_are_relative_paths(tmp_path: Path) -> None:
    root = tmp_path / "refs"
    write(root / "b.txt", "Tweede document.\n")
    write(root / "a.md", "Eerste document.\n")
    write(root / "archief" / "2020" / "juni.txt", "Archief van juni.\n")
    write(root / "notes.json", "{}")
    write(root / "knowledge.yaml", "actors: []\n")
    documents = load_documents([root])
    assert [d.id for d in documents] == ["a", "archief/2020/juni", "b"]
    assert documents[1].text == "Archief van juni.\n"


def test_files_and_folders_mix(tmp_path: Path) -> None:
    single = write(tmp_path / "los.txt", "Een los document.\n")
    write(tmp_path / "map" / "x.txt", "In de map.\n")
    documents = load_documents([single, str(tmp_path / "map")])
    assert [d.id for d in documents] == ["los", "x"]


def test_the_project_references(reference_dir: Path) -> None:
    documents = load_documents([reference_dir])
    by_id = {d.id: d for d in documents}
    assert set(by_id) == {
        "aegean-ferry",
        "alberta-hospital-wait-times",
        "antwerpen-chemiebrand",
        "apeldoorn-fietsfabriek",
        "bc-wildfires",
        "chile-copper-strike",
        "drinkwater-tekort",
        "ecb-rente",
        "france-rail-strike",
        "friesland-zuivelfusie",
        "galway-mayor-byelection",
        "gent-haven-uitbreiding",
        "groningen-gaswinning",
        "groningen-woningbouw-vertraging",
        "hamilton-transit-strike",
        "heerenveen-woonwijk-stikstof",
        "hospital-merger",
        "kanlaon-eruption-la-castellana",
        "kenya-election",
        "kestrel-air-administration",
        "lagos-power-grid-collapse",
        "libie-artikel",
        "limburg-maasdijken",
        "manchester-charge",
        "marokko-aardbeving",
        "moerdijk-afvalverwerker-lozingen",
        "museum-zwolle-kunstroof",
        "nijmegen-festival-geschrapt",
        "northland-measles-outbreak",
        "oisterwijk-groene-kamer",
        "ontario-lithium-mine-permit",
        "rotterdam-havenstaking",
        "scottish-universities",
        "spain-drought",
        "tarkwa-mine-collapse",
        "tasmania-salmon-farm-ruling",
        "tayside-athletic-stadium",
        "utrecht-tramlijn",
        "utrechtse-universiteit-bezuiniging",
        "vmbo-oostburg-sluit",
        "vogelgriep-kootwijkerbroek",
        "wadden-windpark",
        "wyebeck-water-fine",
        "zeeland-spoedpost",
    }
    assert by_id["libie-artikel"].language == "nl"
    assert by_id["kenya-election"].language == "en"
    assert by_id["libie-artikel"].date == "2020-06-07"
    statements = statements_of(documents)
    assert len(statements) == 1519
    assert len({s.id for s in statements}) == len(statements)
    assert statements[0].id == "aegean-ferry#1"


def test_duplicate_ids_are_an_error(tmp_path: Path) -> None:
    write(tmp_path / "one" / "artikel.txt", "Eerste.\n")
    write(tmp_path / "two" / "artikel.md", "Tweede.\n")
    with pytest.raises(ReferenceLoadError, match="two references share the id 'artikel'"):
        load_documents([tmp_path / "one", tmp_path / "two"])
    # Same stem, two suffixes, one folder.
    write(tmp_path / "three" / "x.txt", "Eerste.\n")
    write(tmp_path / "three" / "x.md", "Tweede.\n")
    with pytest.raises(ReferenceLoadError, match="'x'"):
        load_documents([tmp_path / "three"])


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(ReferenceLoadError, match="reference path not found"):
        load_documents([tmp_path / "nergens"])
    (tmp_path / "leeg").mkdir()
    write(tmp_path / "leeg" / "data.csv", "a,b\n")
    with pytest.raises(ReferenceLoadError, match=r"no \.txt or \.md documents"):
        load_documents([tmp_path / "leeg"])


def test_find_facts(tmp_path: Path, reference_dir: Path) -> None:
    assert find_facts([reference_dir]) == reference_dir / "knowledge.yaml"
    # A file given: the facts file beside it.
    assert find_facts([reference_dir / "libie-artikel.txt"]) == reference_dir / "knowledge.yaml"
    bare = tmp_path / "bare"
    write(bare / "a.txt", "Tekst.\n")
    assert find_facts([bare]) is None
    # The first given folder that has one wins.
    assert find_facts([bare, reference_dir]) == reference_dir / "knowledge.yaml"
    other = tmp_path / "other"
    write(other / "knowledge.yaml", "actors: []\n")
    assert find_facts([other, reference_dir]) == other / "knowledge.yaml"


def test_front_matter_with_a_colon_in_the_headline_is_read_as_plain_fields(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write(
        tmp_path / "vmbo.md",
        "---\ntitle: Vmbo gaat dicht: leerlingen naar Terneuzen\ndate: 2026-02-05\n"
        'language: nl\nsource: "geschreven voor de test"\n---\nDe school sluit.\n',
    )
    doc = read_document(path)
    assert doc.title == "Vmbo gaat dicht: leerlingen naar Terneuzen"
    assert (doc.date, doc.language) == ("2026-02-05", "nl")
    assert doc.metadata == {"source": "geschreven voor de test"}
    assert doc.text == "De school sluit.\n"
    assert "not valid YAML" in caplog.text
