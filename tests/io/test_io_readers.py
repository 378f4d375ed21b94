"""read_claims on JSONL and text files: one item per record, the bad ones as RecordErrors."""

from __future__ import annotations

import gzip
import io
import sys
import tracemalloc
from itertools import islice
from pathlib import Path

import pytest
from io_hostile import FORMULA, IMG, SCRIPT

from factcheck.errors import ClaimFileError, ConfigError
from factcheck.io.readers import RecordError, read_claims, sniff_format
from factcheck.models import Claim


def test_hostile_jsonl_gives_one_item_per_record(
    hostile_jsonl: Path, hostile_expected: list
) -> None:
    reader = read_claims(hostile_jsonl)
    items = list(reader)
    assert len(items) == len(hostile_expected)
    for item, expected in zip(items, hostile_expected, strict=True):
        kind, claim_id = expected[0], expected[1]
        assert item.id == claim_id
        if kind == "claim":
            assert isinstance(item, Claim), item
        else:
            assert isinstance(item, RecordError), item
            assert expected[2] in item.error
            assert item.error.startswith(f"line {item.line}: ")
    assert reader.stats.blank == 2
    assert reader.stats.claims + reader.stats.errors == len(items)


def test_hostile_texts_are_kept_verbatim(hostile_jsonl: Path) -> None:
    claims = {c.id: c for c in read_claims(hostile_jsonl) if isinstance(c, Claim)}
    assert claims["c1"].text == "Tripoli ligt in het westen."  # BOM and CRLF gone
    assert claims["2"].text == "<script>alert(1)</script>"
    assert claims["2"].metadata == {"source": "x"}
    assert claims["c4"].text == FORMULA
    assert claims["c17"].text == IMG
    assert claims["c18"].text == SCRIPT


def test_error_records_keep_what_they_can(hostile_jsonl: Path) -> None:
    errors = {e.line: e for e in read_claims(hostile_jsonl) if isinstance(e, RecordError)}
    huge = errors[9]
    assert huge.text.startswith("x" * 2000) and "100000 characters in all" in huge.text
    assert len(huge.text) < 2100
    assert errors[10].text == '{"id": "c10", "claim": "caf\ufffd \ufffd"}'
    assert errors[11].text == "again"
    assert errors[5].text == '{"id": "c5", "claim": "broken'


def test_line_number_ids_are_not_checked_for_duplicates() -> None:
    data = b'{"claim": "no id"}\n{oops\n{"id": 1, "claim": "x"}\n{"id": "2", "claim": "y"}\n'
    items = list(read_claims(io.BytesIO(data)))
    assert [(type(i).__name__, i.id) for i in items] == [
        ("Claim", "1"),
        ("RecordError", "2"),
        ("Claim", "1"),
        ("Claim", "2"),
    ]
    data = b"id,claim\n1,a\n2,b\xff\n2,c\n1,d\n"
    items = list(read_claims(io.BytesIO(data)))
    assert [(type(i).__name__, i.id) for i in items] == [
        ("Claim", "1"),
        ("RecordError", "3"),
        ("Claim", "2"),
        ("RecordError", "1"),
    ]
    assert items[3].error == "line 5: duplicate id '1' (first seen on line 2)"


def test_max_chars_is_the_limit() -> None:
    data = b'{"claim": "12345"}\n{"claim": "123456"}\n'
    items = list(read_claims(io.BytesIO(data), max_chars=5))
    assert isinstance(items[0], Claim)
    assert (
        isinstance(items[1], RecordError) and "6 characters long; the limit is 5" in items[1].error
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b"[" * 100_000, "nested too deeply"),
        (b'{"claim": "x", "n": ' + b"1" * 5000 + b"}", "invalid JSON"),
        (b'{"claim": Infinity}', "Infinity is not valid JSON"),
        (b'{"id": 1.5, "claim": "x"}', "the id must be a string or an integer, not a float"),
        (b'{"id": "' + b"i" * 300 + b'", "claim": "x"}', "the id is 300 characters long"),
        (b'"just a string"', "expected a JSON object, found a string"),
        (b"null", "expected a JSON object, found null"),
    ],
)
def test_bad_jsonl_lines(line: bytes, message: str) -> None:
    (item,) = read_claims(io.BytesIO(line + b"\n"), format="jsonl")
    assert isinstance(item, RecordError)
    assert item.error.startswith("line 1: ") and message in item.error


def test_valid_surrogate_pairs_and_escapes_are_text() -> None:
    (item,) = read_claims(io.BytesIO(b'{"claim": "smile \\ud83d\\ude00 \\u00e9"}\n'))
    assert isinstance(item, Claim) and item.text == "smile 😀 é"


def test_text_file_one_claim_per_line(tmp_path: Path) -> None:
    path = tmp_path / "claims.txt"
    path.write_bytes(b"\xef\xbb\xbfEerste claim.\r\n\r\n  Tweede claim.  \n\xff\xfe bad\nDerde")
    reader = read_claims(path)
    items = list(reader)
    assert [(type(i).__name__, i.id) for i in items] == [
        ("Claim", "1"),
        ("Claim", "3"),
        ("RecordError", "4"),
        ("Claim", "5"),
    ]
    assert [i.text for i in items if isinstance(i, Claim)] == [
        "Eerste claim.",
        "Tweede claim.",
        "Derde",
    ]
    assert reader.format == "txt" and reader.stats.blank == 1 and reader.stats.lines == 5


def test_utf16_file_is_a_file_error(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_bytes('{"id": 1, "claim": "Tripoli"}\n'.encode("utf-16"))
    with pytest.raises(ClaimFileError, match=r"line 1: the file is UTF-16 encoded"):
        read_claims(path)
    path.write_bytes('{"id": 1, "claim": "Tripoli"}\n'.encode("utf-16-le"))  # no BOM
    with pytest.raises(ClaimFileError, match=r"line 1: the file is not UTF-8 text"):
        read_claims(path)


def test_latin1_lines_are_errors_and_the_rest_reads(tmp_path: Path) -> None:
    path = tmp_path / "claims.txt"
    path.write_bytes("Libië ligt in Afrika.\nTripoli is de hoofdstad.\n".encode("latin-1"))
    first, second = read_claims(path)
    assert isinstance(first, RecordError) and "line 1: invalid UTF-8 (byte 0xeb" in first.error
    assert isinstance(second, Claim) and second.text == "Tripoli is de hoofdstad."


def test_missing_file_and_bad_settings(tmp_path: Path) -> None:
    with pytest.raises(ClaimFileError, match=r"cannot read claims from .*nope\.jsonl"):
        read_claims(tmp_path / "nope.jsonl")
    with pytest.raises(ClaimFileError, match="cannot read claims"):
        read_claims(tmp_path)  # a folder
    with pytest.raises(ConfigError, match="unknown claim file format 'xml'"):
        read_claims(io.BytesIO(b""), format="xml")
    with pytest.raises(ConfigError, match="max_chars"):
        read_claims(io.BytesIO(b""), max_chars=0)


def test_text_stream_is_refused() -> None:
    with pytest.raises(ClaimFileError, match="binary mode"):
        read_claims(io.StringIO("claim\n"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b'{"id": 1, "claim": "x"}\n', "jsonl"),
        (b'\n  {"claim": "x"}\n', "jsonl"),
        (b"id,claim\n1,x\n", "csv"),
        (b"Claim\tsource\nx\ty\n", "csv"),
        (b"id;CLAIM\n1;x\n", "csv"),
        (b"Haftar verloor 7000 soldaten.\n", "txt"),
        (b"", "txt"),
    ],
)
def test_format_is_sniffed_for_unknown_suffixes_and_stdin(
    data: bytes, fmt: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert read_claims(io.BytesIO(data)).format == fmt
    path = tmp_path / "claims.dat"
    path.write_bytes(data)
    assert read_claims(path).format == fmt
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert read_claims("-").format == fmt


def test_suffix_wins_over_content(tmp_path: Path) -> None:
    path = tmp_path / "claims.txt"
    path.write_bytes(b'{"id": 1, "claim": "x"}\n')
    (item,) = read_claims(path)
    assert isinstance(item, Claim) and item.text == '{"id": 1, "claim": "x"}'
    assert sniff_format("claim\n") == "csv"


def test_stdin_reads_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"id": "a", "claim": "x"}\n')))
    assert [c.id for c in read_claims("-")] == ["a"]


def test_gzip_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": "a", "claim": "x"}\n{"id": "b", "claim": "y"}\n'))
    reader = read_claims(path)
    assert reader.format == "jsonl" and [c.id for c in reader] == ["a", "b"]
    path.write_bytes(gzip.compress(b'{"id": "a", "claim": "x"}\n')[:-12])  # cut short
    with pytest.raises(ClaimFileError, match=r"claims\.jsonl\.gz, line 1: cannot unpack the gzip"):
        list(read_claims(path))


class _Endless(io.RawIOBase):
    """A claim stream that never ends: one JSONL record after another."""

    def __init__(self) -> None:
        self.n = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        self.n += 1
        line = b'{"id": "c%d", "claim": "Tripoli ligt in het westen."}\n' % self.n
        buffer[: len(line)] = line
        return len(line)


def test_reading_streams() -> None:
    first = list(islice(read_claims(_Endless(), format="jsonl"), 5))
    assert [c.id for c in first] == ["c1", "c2", "c3", "c4", "c5"]


class _HugeLine(io.RawIOBase):
    """One 50 MB line, made up as it is read, then a good record."""

    def __init__(self) -> None:
        self.left = 50_000_000
        self.tail = b'\n{"id": "after", "claim": "still read"}\n'

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self.left:
            n = min(len(buffer), self.left)
            buffer[:n] = b"x" * n
            self.left -= n
            return n
        n = min(len(buffer), len(self.tail))
        buffer[:n], self.tail = self.tail[:n], self.tail[n:]
        return n


def test_an_endless_line_is_an_error_in_bounded_memory() -> None:
    tracemalloc.start()
    try:
        items = list(read_claims(_HugeLine(), format="jsonl"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16_000_000
    assert isinstance(items[0], RecordError) and "longer than 1048576 bytes" in items[0].error
    assert isinstance(items[1], Claim) and items[1].id == "after" and len(items) == 2


def test_reader_closes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_bytes(b'{"claim": "x"}\n')
    with read_claims(path) as reader:
        next(reader)
    assert reader._source._owned is None
