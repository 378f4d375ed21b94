"""Property-based tests: any bytes in, records or a ClaimFileError out, and nothing lost."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import ClaimFileError
from factcheck.io.readers import RecordError, read_claims
from factcheck.models import Claim

FORMATS = ["jsonl", "csv", "tsv", "txt", None]
PROPS = settings(
    max_examples=int(os.environ.get("FACTCHECK_HYPOTHESIS_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Bytes that trip readers up: line ends, quotes, delimiters, braces, BOMs, NUL, bad UTF-8.
_SPICY = st.sampled_from(
    [
        b"\n",
        b"\r\n",
        b"\r",
        b'"',
        b",",
        b"\t",
        b";",
        b"{",
        b"}",
        b"[",
        b":",
        b"\\",
        b"\xef\xbb\xbf",
        b"\x00",
        b"\xff",
        b"\xfe",
        b"\xc3",
        b"claim",
        b"id",
        b" ",
        b'"claim"',
        b"\\ud800",
    ]
)
HOSTILE_BYTES = st.lists(st.one_of(st.binary(max_size=12), _SPICY), max_size=60).map(b"".join)


def _read_all(data: bytes, fmt: str | None, max_chars: int = 2000) -> list[Claim | RecordError]:
    return list(read_claims(io.BytesIO(data), format=fmt, max_chars=max_chars))


@pytest.mark.parametrize("fmt", FORMATS)
@PROPS
@given(data=HOSTILE_BYTES)
def test_any_bytes_give_records_or_a_file_error(fmt: str | None, data: bytes) -> None:
    try:
        items = _read_all(data, fmt, max_chars=20)
    except ClaimFileError as exc:
        assert str(exc)
        return
    for item in items:
        assert isinstance(item, Claim | RecordError)
        if isinstance(item, Claim):
            assert item.text.strip() and len(item.text) <= 20
        else:
            assert item.error.startswith(f"line {item.line}: ")
        item.model_dump_json()  # every record can be written out


def _non_blank_lines(data: bytes) -> int:
    lines = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    return sum(1 for line in lines if line.decode("utf-8", "replace").strip())


@pytest.mark.parametrize("fmt", ["jsonl", "txt"])
@PROPS
@given(
    lines=st.lists(
        st.one_of(st.binary(max_size=30), _SPICY).filter(lambda b: b"\n" not in b), max_size=30
    ),
    end=st.sampled_from([b"\n", b"\r\n"]),
)
def test_one_record_per_non_blank_line(fmt: str, lines: list[bytes], end: bytes) -> None:
    data = end.join(lines)
    try:
        items = _read_all(data, fmt)
    except ClaimFileError as exc:
        assert any(why in str(exc) for why in ("UTF-16", "not UTF-8", "gzip"))
        return
    assert len(items) == _non_blank_lines(data)


@PROPS
@given(texts=st.lists(st.text(max_size=40), max_size=30))
def test_text_lines_round_trip(texts: list[str]) -> None:
    lines = [t.replace("\n", " ").replace("\r", " ") for t in texts]
    data = "\n".join(lines).encode()
    try:
        items = _read_all(data, "txt")
    except ClaimFileError as exc:  # a quarter of NUL bytes at the start: taken for UTF-16
        assert "not UTF-8" in str(exc) and data[:1024].count(0) * 4 >= len(data[:1024])
        return
    expected = [(str(n), t.strip()) for n, t in enumerate(lines, 1) if t.strip()]
    got = [(i.id, i.text) for i in items]
    # A line with NUL is an error record, all others are claims, verbatim but stripped.
    assert [g[0] for g in got] == [e[0] for e in expected]
    for item, (_, text) in zip(items, expected, strict=True):
        assert isinstance(item, RecordError) == ("\x00" in text)
        if isinstance(item, Claim):
            assert item.text == text


RECORD = st.fixed_dictionaries(
    {"claim": st.text(min_size=1, max_size=40).filter(str.strip)},
    optional={
        "id": st.one_of(st.integers(), st.text(min_size=1, max_size=10).filter(str.strip)),
        "meta": st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5)),
    },
)


@PROPS
@given(records=st.lists(RECORD, max_size=20), ascii_only=st.booleans())
def test_jsonl_records_round_trip(records: list[dict], ascii_only: bool) -> None:
    data = "\n".join(json.dumps(r, ensure_ascii=ascii_only) for r in records).encode()
    items = _read_all(data, "jsonl")
    assert len(items) == len(records)
    seen: dict[str, int] = {}
    for n, (item, record) in enumerate(zip(items, records, strict=True), 1):
        claim_id = str(record["id"]) if "id" in record else str(n)
        assert item.id == claim_id
        duplicate = "id" in record and seen.setdefault(claim_id, n) != n
        assert isinstance(item, RecordError) == duplicate  # json.dumps escapes NUL: no NUL byte
        if isinstance(item, Claim):
            assert item.text == record["claim"]
            assert item.metadata == {k: v for k, v in record.items() if k not in ("id", "claim")}


CELL = st.text(st.characters(exclude_characters="\x00", exclude_categories=["Cs"]), max_size=30)


@PROPS
@given(
    rows=st.lists(st.tuples(CELL, CELL), max_size=15),
    delimiter=st.sampled_from([",", "\t", ";"]),
    bom=st.booleans(),
)
def test_csv_rows_round_trip(rows: list[tuple[str, str]], delimiter: str, bom: bool) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["id", "Claim", "note"])
    for n, (claim, note) in enumerate(rows):
        writer.writerow([f"r{n}", claim, note])
    data = (b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode()
    items = _read_all(data, None)
    assert [item.id for item in items] == [f"r{n}" for n in range(len(rows))]
    for item, (claim, note) in zip(items, rows, strict=True):
        assert item.metadata == {"note": note}
        if claim.strip():
            assert isinstance(item, Claim) and item.text == claim
        else:
            assert isinstance(item, RecordError) and "the claim is empty" in item.error
