"""Hostile claim files and verdicts for the io tests, written byte by byte."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from io_hostile import HOSTILE_JSONL

from factcheck.models import Evidence, Flag, Verdict


@pytest.fixture
def hostile_jsonl(tmp_path: Path) -> Path:
    """The hostile JSONL file: BOM, CRLF, broken JSON, bad bytes, huge/empty claims, duplicates."""
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(b"".join(raw + end for raw, end, _ in HOSTILE_JSONL))
    return path


@pytest.fixture
def hostile_expected() -> list[tuple[str, ...]]:
    """What the reader must yield for hostile_jsonl, in order."""
    return [exp for _, _, exp in HOSTILE_JSONL if exp is not None]


@pytest.fixture
def make_verdict() -> Callable[..., Verdict]:
    """A factory of verdicts with one piece of evidence and a flag, texts to choose."""

    def make(
        claim_id: str = "c1",
        claim: str = "Tripoli ligt in het westen van Libië.",
        evidence: str = "Tripoli, de hoofdstad, ligt in het westen van Libië.",
        **kwargs: Any,
    ) -> Verdict:
        fields: dict[str, Any] = {
            "label": "supported",
            "confidence": 0.9,
            "evidence": [
                Evidence(
                    document="libie.txt",
                    statement_id="libie.txt#3",
                    text=evidence,
                    start=0,
                    end=len(evidence),
                    score=0.81,
                    stance="supports",
                )
            ],
            "explanation": "The reference says the same.",
            "flags": [Flag(kind="reference_conflict", message="the reference <b>may</b> be wrong")],
        }
        fields.update(kwargs)
        return Verdict(id=claim_id, claim=claim, **fields)

    return make
