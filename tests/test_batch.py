"""Batch runs: bad records become error verdicts, and a run killed with kill -9 resumes.

The resume test runs ``python -m factcheck verify`` in a subprocess over 5,000
claims, kills it once output appears, and resumes; it is marked slow (run it
with ``pytest -m slow``).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from factcheck.batch import output_format, recover_journal, run_batch
from factcheck.models import Verdict
from factcheck.verifier import Verifier


def read_verdicts(path: Path) -> list[Verdict]:
    raw = path.read_bytes()
    assert raw.endswith(b"\n"), "the output ends in a cut-off line"
    return [Verdict.model_validate_json(line) for line in raw.decode("utf-8").splitlines()]


def test_record_errors_become_error_verdicts_and_the_run_continues(
    tmp_path: Path, verifier: Verifier
) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_bytes(
        b'{"id": "ok1", "claim": "Haftar heeft vijfduizend manschappen verloren."}\n'
        b'{"id": "broken", "claim": "Tripoli ligt\n'  # malformed JSON
        b'{"id": "noclaim", "tekst": "Libi\xc3\xab heeft twee regeringen.", "bron": "x"}\n'
        b"\n"  # blank: not a record
        b'{"id": "ok2", "claim": "Libi\xc3\xab heeft twee regeringen."}\n'
    )
    out = tmp_path / "out.jsonl"
    summary = run_batch(verifier, str(claims), str(out), quiet=True)
    verdicts = read_verdicts(out)
    assert [v.id for v in verdicts] == ["ok1", "2", "noclaim", "ok2"]
    ok1, broken, noclaim, ok2 = verdicts
    assert ok1.error is None and ok1.label.value == "contradicted"
    assert ok2.error is None
    assert broken.error is not None and broken.error.startswith("line 2:")
    assert broken.label.value == "unverified"
    assert broken.metadata["line"] == 2
    assert noclaim.error is not None and noclaim.error.startswith("line 3:")
    assert "claim" in noclaim.error
    assert noclaim.metadata["line"] == 3
    assert summary.errors == 2
    assert summary.total == 4
    assert not summary.interrupted


def test_resume_after_a_crash_cut_a_line(tmp_path: Path, verifier: Verifier) -> None:
    claims = tmp_path / "claims.jsonl"
    texts = [
        "Libië heeft twee regeringen.",
        "Haftar verloor zevenduizend manschappen.",
        "Tripoli ligt in het westen van Libië.",
        "Frankrijk levert wapens aan Haftar.",
    ]
    claims.write_text(
        "".join(json.dumps({"id": f"c{i}", "claim": t}) + "\n" for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    first = Verdict.failed("c0", texts[0], "placeholder")
    # A finished record and a second one cut off mid-line, as kill -9 leaves them.
    out.write_text(first.model_dump_json() + "\n" + first.model_dump_json()[:25], encoding="utf-8")
    summary = run_batch(verifier, str(claims), str(out), resume=True, quiet=True)
    verdicts = read_verdicts(out)
    assert [v.id for v in verdicts] == ["c0", "c1", "c2", "c3"]
    assert verdicts[0].error == "placeholder"  # kept, not checked again
    assert summary.skipped == 1
    assert summary.total == 3


def test_recover_journal_counts_ids_and_truncates(tmp_path: Path) -> None:
    journal = tmp_path / "out.jsonl"
    assert recover_journal(journal) == Counter()
    good = b'{"id": "a"}\n{"id": "b"}\n{"id": "a"}\n'
    journal.write_bytes(good + b'{"id": "c", "cla')
    assert recover_journal(journal) == Counter({"a": 2, "b": 1})
    assert journal.read_bytes() == good


@pytest.mark.parametrize(
    ("output", "fmt", "expected"),
    [
        ("out.jsonl", None, "jsonl"),
        ("out.csv", None, "csv"),
        ("report.html", None, "html"),
        ("x.claimreview.json", None, "claimreview"),
        ("-", None, "jsonl"),
        ("out.csv", "jsonl", "jsonl"),
    ],
)
def test_output_format(output: str, fmt: str | None, expected: str) -> None:
    assert output_format(output, fmt) == expected


# -- kill -9 and resume, in a real subprocess ---------------------------------------

N_CLAIMS = 5000
TEMPLATES = [
    ("nl", "Haftar heeft {n} manschappen verloren."),
    ("nl", "Tripoli ligt in het {d} van Libië."),
    ("nl", "De inflatie in de eurozone kwam in {m} uit op {p} procent."),
    ("nl", "Bij de aardbeving in Marokko vielen {n} doden."),
    ("en", "Ruto won {p} percent of the vote."),
    ("en", "The strike began on {w}."),
]
DIRECTIONS = ["oosten", "westen", "noorden", "zuiden"]
MONTHS = ["januari", "april", "mei", "oktober"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Friday"]


def generate_claims(path: Path, n: int) -> list[str]:
    ids = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            _, template = TEMPLATES[i % len(TEMPLATES)]
            text = template.format(
                n=1000 + 7 * i,
                d=DIRECTIONS[i % 4],
                m=MONTHS[i % 4],
                p=round(2 + (i % 50) / 10, 1),
                w=WEEKDAYS[i % 4],
            )
            claim_id = f"c{i:05d}"
            if i % 1000 == 999:
                text = ""  # an error record must also appear exactly once
            fh.write(json.dumps({"id": claim_id, "claim": text}) + "\n")
            ids.append(claim_id)
    return ids


def complete_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


@pytest.mark.slow
def test_kill_minus_nine_then_resume_holds_every_id_once(
    tmp_path: Path, reference_dir: Path, cache_dir: Path, verifier: Verifier
) -> None:
    # ``verifier`` warms the shared vector cache, so the subprocess only embeds claims.
    claims = tmp_path / "claims.jsonl"
    ids = generate_claims(claims, N_CLAIMS)
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable,
        "-m",
        "factcheck",
        "verify",
        str(claims),
        "--reference",
        str(reference_dir),
        "--output",
        str(out),
        "--cache-dir",
        str(cache_dir),
        "--quiet",
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    try:
        while complete_lines(out) == 0:
            if first.poll() is not None:
                pytest.fail(
                    f"the first run ended before writing output: "
                    f"{first.stderr.read().decode() if first.stderr else ''}"
                )
            if time.monotonic() > deadline:
                pytest.fail("no output within 240 s")
            time.sleep(0.05)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
        if first.stderr:
            first.stderr.close()
    assert first.returncode == -signal.SIGKILL
    done_before = complete_lines(out)
    assert 0 < done_before < N_CLAIMS, (
        "the run must be killed part-way for this test to mean anything"
    )

    second = subprocess.run(
        [*command, "--resume"], env=env, capture_output=True, text=True, timeout=600
    )
    assert second.returncode == 0, second.stderr

    verdicts = read_verdicts(out)
    counts = Counter(v.id for v in verdicts)
    assert set(counts) == set(ids)
    assert all(n == 1 for n in counts.values()), [i for i, n in counts.items() if n > 1][:10]
    assert len(verdicts) == N_CLAIMS
    # Records are in input order within each run; together they cover the file once.
    errors = {v.id for v in verdicts if v.error is not None}
    assert errors == {f"c{i:05d}" for i in range(999, N_CLAIMS, 1000)}
