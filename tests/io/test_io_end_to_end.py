"""The hostile claim file through the whole product: `factcheck verify` with the
real verifier, to JSONL, CSV and HTML (opened in headless Chromium)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_io_html import CHROMIUM, _chromium_dom, _pwned

from factcheck.cli import main
from factcheck.models import Verdict

pytestmark = pytest.mark.usefixtures("shared_encoder")


def _verify(hostile: Path, out: Path, reference_dir: Path, cache_dir: Path, *extra: str):  # type: ignore[no-untyped-def]
    args = [
        "verify",
        str(hostile),
        "--reference",
        str(reference_dir),
        "--output",
        str(out),
        "--cache-dir",
        str(cache_dir),
        "--quiet",
        *extra,
    ]
    return CliRunner().invoke(main, args, catch_exceptions=False)


def test_one_verdict_per_record_and_errors_where_due(
    hostile_jsonl: Path,
    hostile_expected: list,
    reference_dir: Path,
    cache_dir: Path,
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.jsonl"
    result = _verify(hostile_jsonl, out, reference_dir, cache_dir)
    assert result.exit_code == 0, result.output
    verdicts = [Verdict.model_validate_json(line) for line in out.read_text().splitlines()]
    assert [v.id for v in verdicts] == [e[1] for e in hostile_expected]
    for verdict, expected in zip(verdicts, hostile_expected, strict=True):
        if expected[0] == "error":
            assert verdict.error is not None and expected[2] in verdict.error
            assert verdict.label.value == "unverified"
        else:
            assert verdict.error is None, verdict.error
    # --strict turns record errors into exit code 3, as the README says.
    strict = _verify(hostile_jsonl, tmp_path / "strict.jsonl", reference_dir, cache_dir, "--strict")
    assert strict.exit_code == 3


def test_csv_round_trips_claims_except_the_neutralising_prefix(
    hostile_jsonl: Path,
    hostile_expected: list,
    reference_dir: Path,
    cache_dir: Path,
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.csv"
    assert _verify(hostile_jsonl, out, reference_dir, cache_dir).exit_code == 0
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(hostile_expected)
    originals = {}
    for line in hostile_jsonl.read_bytes().splitlines():
        try:
            record = json.loads(line.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            continue
        if isinstance(record, dict) and isinstance(record.get("claim"), str) and record.get("id"):
            originals.setdefault(str(record["id"]), record["claim"])
    formula = next(r for r in rows if r["id"] == "c4")
    assert formula["claim"] == "'" + originals["c4"]
    assert next(r for r in rows if r["id"] == "c1")["claim"] == originals["c1"]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_html_report_of_the_hostile_file_runs_no_script(
    hostile_jsonl: Path,
    reference_dir: Path,
    cache_dir: Path,
    tmp_path: Path,
) -> None:
    out = tmp_path / "report.html"
    assert _verify(hostile_jsonl, out, reference_dir, cache_dir).exit_code == 0
    dom = _chromium_dom(out)
    assert not _pwned(dom)
    assert "<script" not in dom.lower() and "<img" not in dom.lower()
