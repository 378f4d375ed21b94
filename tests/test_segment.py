"""Sentence splitting and statements: abbreviations, numbers, quotes, headings, exact spans."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from factcheck.models import Document
from factcheck.reference import load_documents, read_document
from factcheck.segment import segment, split_sentences


def sentences(text: str, language: str = "nl") -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, language)]


def normalise(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Jansen zag 6,8 procent van 300.000 mensen. Het was maandag.",
            ["Dr. Jansen zag 6,8 procent van 300.000 mensen.", "Het was maandag."],
        ),
        (
            "Dat zei o.a. minister De Jonge. Hij ging weg.",
            ["Dat zei o.a. minister De Jonge.", "Hij ging weg."],
        ),
        (
            "Volgens dr. Bakker kostte het ca. 1,2 miljoen euro. Dat is veel.",
            ["Volgens dr. Bakker kostte het ca. 1,2 miljoen euro.", "Dat is veel."],
        ),
        (
            "Hij kwam op 3 jan. 2020 aan. Dat was laat.",
            ["Hij kwam op 3 jan. 2020 aan.", "Dat was laat."],
        ),
        (
            "Het bedrijf van J. de Vries groeide. Daarna niet meer.",
            ["Het bedrijf van J. de Vries groeide.", "Daarna niet meer."],
        ),
        (
            # A sentence may start with a number; the numbers themselves never split.
            "De stad telt 300.000 inwoners. 6,8 procent is werkloos.",
            ["De stad telt 300.000 inwoners.", "6,8 procent is werkloos."],
        ),
        (
            'Hij zei: "Wij trekken ons terug." Daarna vertrok hij.',
            ['Hij zei: "Wij trekken ons terug."', "Daarna vertrok hij."],
        ),
        (
            'Het was stil. "Wij gaan door," zei hij.',
            ["Het was stil.", '"Wij gaan door," zei hij.'],
        ),
        (
            "Wat nu? Niemand weet het… Morgen meer!",
            ["Wat nu?", "Niemand weet het…", "Morgen meer!"],
        ),
        (
            # No upper case after the period: not a sentence end.
            "Het gebeurde om 23.11 uur. plaatselijke tijd was het nacht.",
            ["Het gebeurde om 23.11 uur. plaatselijke tijd was het nacht."],
        ),
    ],
)
def test_split_sentences_dutch(text: str, expected: list[str]) -> None:
    assert sentences(text, "nl") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Dr. Jones on Jan. 5. They talked.",
            ["Mr. Smith met Dr. Jones on Jan. 5.", "They talked."],
        ),
        ("The U.S. Army left. It rained.", ["The U.S. Army left.", "It rained."]),
        (
            "Turnout was 3.5 million, or 65.2 percent. Ruto won 233,000 more votes.",
            ["Turnout was 3.5 million, or 65.2 percent.", "Ruto won 233,000 more votes."],
        ),
        (
            'He said: "We will not resign." Then he left.',
            ['He said: "We will not resign."', "Then he left."],
        ),
    ],
)
def test_split_sentences_english(text: str, expected: list[str]) -> None:
    assert sentences(text, "en") == expected


def test_spans_are_trimmed_and_ordered() -> None:
    text = "  Eerste zin.   Tweede zin.\n Derde zin.  "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["Eerste zin.", "Tweede zin.", "Derde zin."]
    assert all(a < b for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in itertools.pairwise(spans))


# -- statements of whole documents ---------------------------------------------


@pytest.fixture(scope="module")
def documents(reference_dir: Path) -> list[Document]:
    return load_documents([reference_dir])


def test_seed_heading_is_not_a_statement(documents: list[Document]) -> None:
    seed = next(d for d in documents if d.id == "libie-artikel")
    statements = segment(seed)
    assert len(statements) == 19
    assert not any("Zware verliezen voor Haftar" in s.text for s in statements)
    # The paragraph under the heading starts a statement of its own.
    assert statements[10].id == "libie-artikel#11"
    assert statements[10].text == (
        "De afgelopen weken hebben de strijdkrachten van Haftar zware verliezen geleden."
    )
    assert statements[12].text.startswith("Inmiddels zou de generaal zevenduizend manschappen")


def test_markdown_titles_are_not_statements(documents: list[Document]) -> None:
    ecb = next(d for d in documents if d.id == "ecb-rente")
    texts = [s.text for s in segment(ecb)]
    assert "ECB verlaagt rente voor het eerst in bijna vijf jaar" not in texts
    assert "Geen belofte voor nieuwe verlagingen" not in texts
    assert texts[0] == "De Europese Centrale Bank heeft donderdag de rente verlaagd."


def test_every_statement_span_points_into_its_source_file(
    documents: list[Document], reference_dir: Path
) -> None:
    files = {p.stem for p in reference_dir.iterdir() if p.suffix in {".md", ".txt"}}
    assert {d.id for d in documents} == files
    for doc in documents:
        assert doc.path is not None
        file_text = Path(doc.path).read_bytes().decode("utf-8-sig")
        statements = segment(doc)
        assert statements, doc.id
        previous_end = 0
        for n, s in enumerate(statements, start=1):
            assert s.id == f"{doc.id}#{n}"
            assert s.document == doc.id
            assert s.language == doc.language
            piece = file_text[s.start : s.end]
            # The statement text is the source slice with its white space normalised
            # (a sentence wrapped over lines becomes one line).
            assert normalise(piece) == s.text, s.id
            assert piece == piece.strip(), s.id
            assert s.start >= previous_end >= 0, s.id
            # Front matter lies before the body: no statement reaches into it.
            assert s.start >= doc.offset
            previous_end = s.end


def test_statement_ids_are_stable(documents: list[Document]) -> None:
    for doc in documents:
        first, second = segment(doc), segment(doc)
        assert first == second
    # Editing a later paragraph leaves the ids of earlier statements alone.
    doc = Document(id="d", text="Eerste zin. Tweede zin.\n\nDerde zin.")
    edited = doc.model_copy(update={"text": doc.text + " Vierde zin."})
    assert [(s.id, s.text) for s in segment(doc)] == [(s.id, s.text) for s in segment(edited)][:3]


def test_wrapped_lines_join_into_one_statement() -> None:
    text = "Kop\n\nDit is een zin die\nover twee regels loopt. En nog een zin."
    doc = Document(id="w", text=text, offset=10)
    statements = segment(doc)
    assert [s.text for s in statements] == [
        "Dit is een zin die over twee regels loopt.",
        "En nog een zin.",
    ]
    first = statements[0]
    # Spans count the front matter (offset) before the body.
    assert text[first.start - 10 : first.end - 10] == "Dit is een zin die\nover twee regels loopt."


def test_markdown_headings_and_heading_lines() -> None:
    text = (
        "# Titel van het stuk\n\nEerste zin. Tweede zin.\n\n## Tussenkop\n\nDerde zin.\n\n"
        "Kop zonder punt\nVierde zin, direct onder een kop."
    )
    statements = segment(Document(id="m", text=text))
    assert [s.text for s in statements] == [
        "Eerste zin.",
        "Tweede zin.",
        "Derde zin.",
        "Vierde zin, direct onder een kop.",
    ]
    assert [s.id for s in statements] == ["m#1", "m#2", "m#3", "m#4"]


def test_list_items_are_statements_and_markers_are_not_in_the_text() -> None:
    text = "Punten:\n\n- Rusland steunt Haftar.\n- Turkije steunt de regering in Tripoli."
    statements = segment(Document(id="l", text=text))
    assert [s.text for s in statements][-2:] == [
        "Rusland steunt Haftar.",
        "Turkije steunt de regering in Tripoli.",
    ]
    for s in statements:
        assert text[s.start : s.end] == s.text


def test_list_items_without_final_period_are_kept() -> None:
    # A bullet is content, not a heading, even without a full stop.
    text = "De belangrijkste punten:\n\n- Rusland steunt Haftar\n- Turkije steunt de regering"
    statements = segment(Document(id="l", text=text))
    assert [s.text for s in statements] == [
        "De belangrijkste punten:",
        "Rusland steunt Haftar",
        "Turkije steunt de regering",
    ]


def test_crlf_file_gives_the_same_statements_as_lf(tmp_path: Path, reference_dir: Path) -> None:
    lf = (reference_dir / "libie-artikel.txt").read_bytes()
    crlf = tmp_path / "libie-artikel.txt"
    crlf.write_bytes(lf.replace(b"\n", b"\r\n"))
    lf_doc = tmp_path / "lf" / "libie-artikel.txt"
    lf_doc.parent.mkdir()
    lf_doc.write_bytes(lf)
    lf_statements = segment(read_document(lf_doc))
    crlf_statements = segment(read_document(crlf))
    assert [s.text for s in crlf_statements] == [s.text for s in lf_statements]
    assert not any("Zware verliezen" in s.text for s in crlf_statements)
    raw = crlf.read_bytes().decode("utf-8")
    for s in crlf_statements:
        assert raw[s.start : s.end] == s.text


def test_an_abbreviation_that_often_ends_a_sentence_ends_it_before_a_capital() -> None:
    from factcheck.segment import split_sentences

    text = "No warning was sent until 8 p.m. Regional president Mazón defended it."
    assert [text[a:b] for a, b in split_sentences(text, "en")] == [
        "No warning was sent until 8 p.m.",
        "Regional president Mazón defended it.",
    ]
    text = "It rained from 8 a.m. on Tuesday, said Apple Inc. and the U.S. State Department."
    assert len(split_sentences(text, "en")) == 1


def test_a_long_text_splits_like_its_parts() -> None:
    from factcheck.segment import split_sentences

    unit = "Dr. Jansen zag 6,8 procent van 300.000 mensen. Het was om 8 uur. "
    spans = split_sentences(unit * 5000, "nl")
    assert len(spans) == 2 * len(split_sentences(unit, "nl")) * 2500
    text = unit * 5000
    assert text[spans[-1][0] : spans[-1][1]] == "Het was om 8 uur."


def test_a_long_headline_is_not_a_statement() -> None:
    headline = (
        "Utrecht zet licht op groen voor tram naar Rijnenburg, bewoners dreigen met Raad van State"
    )
    body = "De gemeenteraad stemde donderdag in met de tramlijn."
    statements = segment(Document(id="h", text=f"{headline}\n\n{body}"))
    assert [s.text for s in statements] == [body]
    # The same line repeating the front matter's title is a headline anywhere.
    titled = Document(id="t", text=f"{body}\n\n{headline}", title=headline)
    assert [s.text for s in segment(titled)] == [body]
    # A document of one long unpunctuated line keeps it: there is nothing else.
    assert [s.text for s in segment(Document(id="o", text=headline))] == [headline]
    # A long unpunctuated line later in the text is prose, not a headline.
    later = segment(Document(id="l", text=f"{body}\n\n{headline}"))
    assert [s.text for s in later] == [body, headline]


def test_a_sentence_equal_to_the_title_is_still_a_statement() -> None:
    title = "The body has a sentence."
    statements = segment(Document(id="t", text=f"{title}\n\nAnother one.", title=title))
    assert [s.text for s in statements] == [title, "Another one."]


@pytest.mark.parametrize(
    ("opening", "first"),
    [
        ("HEERENVEEN, 11 maart – De gemeente legt de bouw stil.", "De gemeente legt de bouw stil."),
        ("ORANGE, New South Wales, March 12 (Wire) - A plan was dropped.", "A plan was dropped."),
        ("APELDOORN (ANP) - De rechtbank heeft beslist.", "De rechtbank heeft beslist."),
        ("GALWAY, Saturday — Madden was elected mayor.", "Madden was elected mayor."),
        # No dateline: the sentence is kept whole.
        ("UK inflation fell to 3 per cent - the lowest in years.", None),
    ],
)
def test_a_dateline_is_no_part_of_the_first_statement(opening: str, first: str | None) -> None:
    text = f"Kop zonder punt\n\n{opening} Tweede zin.\n\nCITY - Een latere alinea."
    doc = Document(id="d", text=text)
    statements = segment(doc)
    assert statements[0].text == (first or opening)
    # The span still points at the statement's words in the source.
    assert text[statements[0].start : statements[0].end] == statements[0].text
    # Only the document's first sentence has a dateline.
    assert statements[-1].text == "CITY - Een latere alinea."
