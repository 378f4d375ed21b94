"""read_claims on CSV and TSV files: header, delimiter, quoting, bad rows."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from io_hostile import FORMULA, IMG, NASTY, SCRIPT

from factcheck.errors import ClaimFileError
from factcheck.io.readers import RecordError, read_claims
from factcheck.models import Claim


def _read(data: bytes, name: str = "claims.csv", tmp_path: Path | None = None) -> list:
    return list(read_claims(io.BytesIO(data), format=name.rsplit(".", 1)[1]))


def test_hostile_csv(tmp_path: Path) -> None:
    path = tmp_path / "hostile.csv"
    path.write_bytes(
        b"\xef\xbb\xbfID,Claim,Source\r\n"  # BOM, CRLF, any case
        b'c1,"Tripoli ligt in het westen, zegt men.",tw\r\n'
        b'c2,"twee\r\nregels",fb\r\n'  # a quoted field over two lines
        b"\r\n"  # blank
        + f'"{IMG.replace(chr(34), chr(34) * 2)}","{SCRIPT}",x\r\n'.encode()
        + f'c4,"{FORMULA.replace(chr(34), chr(34) * 2)}",x\r\n'.encode()
        + b"c5,,x\r\n"  # empty claim
        b"c6,caf\xe9,x\r\n"  # Latin-1
        b"c7,too,many,fields\r\n"
        b"c1,duplicate,x\r\n"
        b",no id,x\r\n"
        b"c11,only two\r\n"  # a missing trailing field reads as empty
        b'c12,"unterminated,x\r\n'
        b"c13,swallowed,x\r\n"
    )
    reader = read_claims(path)
    items = list(reader)
    got = [(type(i).__name__, i.id, getattr(i, "line", None)) for i in items]
    assert got == [
        ("Claim", "c1", None),
        ("Claim", "c2", None),
        ("Claim", IMG, None),
        ("Claim", "c4", None),
        ("RecordError", "c5", 8),
        ("RecordError", "9", 9),
        ("RecordError", "c7", 10),
        ("RecordError", "c1", 11),
        ("Claim", "12", None),
        ("Claim", "c11", None),
        ("RecordError", "14", 14),
    ]
    c1, c2, img, c4 = items[:4]
    assert c1.text == "Tripoli ligt in het westen, zegt men." and c1.metadata == {"Source": "tw"}
    assert c2.text == "twee\r\nregels"
    assert img.text == SCRIPT
    assert c4.text == FORMULA
    assert items[4].error == "line 8: the claim is empty"
    assert items[5].error.startswith("line 9: invalid UTF-8")
    assert "4 fields where the header has 3" in items[6].error
    assert items[7].error == "line 11: duplicate id 'c1' (first seen on line 2)"
    assert items[9].metadata == {"Source": ""}
    assert "line 14: malformed CSV" in items[10].error and "c13,swallowed" in items[10].text
    assert reader.stats.blank == 1 and reader.format == "csv"


@pytest.mark.parametrize("delimiter", [",", "\t", ";", "|"])
@pytest.mark.parametrize("suffix", ["csv", "tsv"])
def test_delimiter_is_sniffed(delimiter: str, suffix: str) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["id", "claim", "note"])
    for i, text in enumerate(NASTY):
        writer.writerow([f"n{i}", text, "a, b; c | d\te"])
    items = list(read_claims(io.BytesIO(out.getvalue().encode()), format=suffix))
    assert [i.id for i in items] == [f"n{i}" for i in range(len(NASTY))]
    for item, text in zip(items, NASTY, strict=True):
        if isinstance(item, Claim):
            assert item.text == text and item.metadata == {"note": "a, b; c | d\te"}
        else:
            assert len(text) > 2000 and "the limit is 2000" in item.error


def test_tsv_suffix_falls_back_to_tab(tmp_path: Path) -> None:
    path = tmp_path / "claims.tsv"
    path.write_bytes(b"claim\nTripoli, in het westen\n")  # no tab to sniff
    (item,) = read_claims(path)
    assert isinstance(item, Claim) and item.text == "Tripoli, in het westen"


def test_one_column_file_is_not_split_on_commas() -> None:
    data = b"claim\nTripoli ligt, zegt men, in het westen.\nHaftar verloor 7000 soldaten.\n"
    for fmt in ("csv", "tsv", None):
        items = list(read_claims(io.BytesIO(data), format=fmt))
        assert [i.text for i in items] == [
            "Tripoli ligt, zegt men, in het westen.",
            "Haftar verloor 7000 soldaten.",
        ]


def test_missing_claim_column_is_a_file_error(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_bytes(b"id,text\n1,Tripoli\n")
    with pytest.raises(
        ClaimFileError, match=r"claims.csv, line 1: no 'claim' column .*'id', 'text'"
    ):
        read_claims(path)


def test_header_after_blank_lines_and_empty_file(tmp_path: Path) -> None:
    assert [c.id for c in _read(b"\n\nclaim\nx\n")] == ["4"]
    assert _read(b"") == []
    assert _read(b"id,claim\n") == []


def test_bad_header_bytes_are_a_file_error() -> None:
    with pytest.raises(ClaimFileError, match="line 1: cannot read the CSV header: invalid UTF-8"):
        read_claims(io.BytesIO(b"id,claim\xff\n1,x\n"), format="csv")


def test_metadata_columns_get_names() -> None:
    (item,) = _read(b"claim,,note,note\nx,a,b,c\n")
    assert item.metadata == {"column_2": "a", "note": "b", "note_4": "c"}


def test_huge_field_is_an_error_and_reading_goes_on() -> None:
    data = b'id,claim\n1,"' + b"x" * 200_000 + b'"\n2,fine\n'
    first, second = _read(data)
    assert isinstance(first, RecordError) and "line 2: malformed CSV" in first.error
    assert isinstance(second, Claim) and second.id == "2"
