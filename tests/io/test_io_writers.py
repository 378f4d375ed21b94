"""open_writer, jsonl and csv output: round trips with hostile texts."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from io_hostile import FORMULA, NASTY

from factcheck.errors import ConfigError, FactcheckError
from factcheck.io.readers import RecordError, read_claims
from factcheck.io.writers import WRITERS, open_writer
from factcheck.io.writers.csvfile import COLUMNS, neutralise
from factcheck.models import Claim, Flag, Verdict


def _strip_guard(cell: str, original: str) -> str:
    """The cell as written, without the guard quote the writer added (only where it must)."""
    if original.startswith(("=", "+", "-", "@", "\t", "\r")):
        assert cell == "'" + original
        return cell[1:]
    return cell


def test_jsonl_round_trip(make_verdict: Callable[..., Verdict]) -> None:
    verdicts = [
        make_verdict(claim_id=f"v{i}", claim=text, explanation=text) for i, text in enumerate(NASTY)
    ]
    out = io.StringIO()
    writer = open_writer("jsonl", out)
    for verdict in verdicts:
        writer.write(verdict)
    writer.flush()
    lines = out.getvalue().splitlines()
    assert len(lines) == len(verdicts)  # line breaks in texts are escaped
    assert [Verdict.model_validate_json(line) for line in lines] == verdicts


def test_csv_round_trip_neutralises_formulas(
    make_verdict: Callable[..., Verdict], tmp_path: Path
) -> None:
    verdicts = [
        make_verdict(
            claim_id=text[:50] or "empty",
            claim=text,
            evidence=text,
            explanation=text,
            flags=[Flag(kind=text[:20] or "k", message="m")],
            error=text or None,
        )
        for text in NASTY
    ]
    path = tmp_path / "out.csv"
    with path.open("w", encoding="utf-8", newline="") as fh, open_writer("csv", fh) as writer:
        for verdict in verdicts:
            writer.write(verdict)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == len(verdicts) + 1
    for row, verdict, text in zip(rows[1:], verdicts, NASTY, strict=True):
        cells = dict(zip(COLUMNS, row, strict=True))
        assert _strip_guard(cells["claim"], text) == verdict.claim
        assert _strip_guard(cells["evidence_text"], text) == text
        assert _strip_guard(cells["explanation"], text) == text
        assert _strip_guard(cells["id"], verdict.id) == verdict.id
        assert _strip_guard(cells["error"], text) == text
        assert cells["label"] == "supported" and float(cells["confidence"]) == 0.9
        assert cells["evidence_statement_id"] == "libie.txt#3"
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_formula_cell_and_plain_cells() -> None:
    assert neutralise(FORMULA) == "'" + FORMULA
    assert neutralise("Haftar verloor 7000 soldaten.") == "Haftar verloor 7000 soldaten."
    assert neutralise("'quoted") == "'quoted"


def test_csv_append_writes_no_second_header(make_verdict: Callable[..., Verdict]) -> None:
    out = io.StringIO(newline="")
    open_writer("csv", out).write(make_verdict(claim_id="a"))
    open_writer("csv", out, append=True).write(make_verdict(claim_id="b"))
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert [r[0] for r in rows] == ["id", "a", "b"]


def test_csv_rows_for_verdicts_without_evidence() -> None:
    out = io.StringIO(newline="")
    writer = open_writer("CSV", out)
    writer.write(Verdict.failed("7", "", "line 7: the claim is empty"))
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert rows[1] == [
        "7",
        "",
        "unverified",
        "0",
        "",
        "",
        "Not checked: line 7: the claim is empty",
        "",
        "line 7: the claim is empty",
    ]


def test_reader_errors_become_verdicts_that_write(hostile_jsonl: Path) -> None:
    """Every reader item, error or not, gives a verdict each writer can write."""
    verdicts = []
    for item in read_claims(hostile_jsonl):
        if isinstance(item, RecordError):
            verdicts.append(Verdict.failed(item.id, item.text, item.error, line=item.line))
        else:
            assert isinstance(item, Claim)
            verdicts.append(Verdict(id=item.id, claim=item.text, label="unverified", confidence=0))
    for name in WRITERS:
        out = io.StringIO(newline="")
        with open_writer(name, out) as writer:
            for verdict in verdicts:
                writer.write(verdict)
            writer.flush()
        assert out.closed


def test_open_writer_refuses_unknown_formats_and_appending_documents() -> None:
    with pytest.raises(ConfigError, match="unknown output format 'xml'"):
        open_writer("xml", io.StringIO())
    for name in ("html", "claimreview"):
        with pytest.raises(ConfigError, match="cannot append"):
            open_writer(name, io.StringIO(), append=True)


def test_close_finishes_once_and_leaves_stdout_open(
    make_verdict: Callable[..., Verdict], capsys: pytest.CaptureFixture[str]
) -> None:
    writer = open_writer("claimreview", sys.stdout)
    writer.write(make_verdict())
    writer.close()
    writer.close()
    assert capsys.readouterr().out.count("@graph") == 1
    assert not sys.stdout.closed
    with pytest.raises(FactcheckError, match="after close"):
        writer.write(make_verdict())
