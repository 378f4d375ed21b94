"""--engine ray: the same records as the local engine (needs the 'ray' extra)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.models import Verdict

ROOT = Path(__file__).resolve().parent.parent


def _verify(claims: Path, out: Path, cache_dir: Path, *extra: str) -> None:
    args = [
        "verify",
        str(claims),
        "--reference",
        str(ROOT / "reference"),
        "--output",
        str(out),
        "--cache-dir",
        str(cache_dir),
        "--quiet",
        *extra,
    ]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output


def _read(path: Path) -> list[Verdict]:
    return [Verdict.model_validate_json(line) for line in path.read_text().splitlines()]


def test_without_ray_the_engine_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)
    result = CliRunner().invoke(
        main,
        [
            "verify",
            str(ROOT / "claims" / "example.txt"),
            "--engine",
            "ray",
            "--output",
            str(tmp_path / "out.jsonl"),
        ],
    )
    assert result.exit_code == 1
    assert "pip install 'factcheck-verifier[ray]'" in result.output
    assert "Traceback" not in result.output


def test_ray_engine_gives_the_local_engine_records(cache_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("ray")
    claims = tmp_path / "claims.jsonl"
    # The labelled Libya claims plus two records the reader turns into errors.
    claims.write_text(
        (ROOT / "claims" / "libie-artikel.jsonl").read_text(encoding="utf-8")
        + '{"id": "broken", "claim": \n{"id": "empty", "claim": ""}\n',
        encoding="utf-8",
    )
    _verify(claims, tmp_path / "local.jsonl", cache_dir)
    _verify(claims, tmp_path / "ray.jsonl", cache_dir, "--engine", "ray", "--workers", "1")
    local, distributed = _read(tmp_path / "local.jsonl"), _read(tmp_path / "ray.jsonl")
    assert len(local) == len(distributed) == 81
    for a, b in zip(local, distributed, strict=True):
        assert (a.id, a.label, a.error, a.flags) == (b.id, b.label, b.error, b.flags)
        assert [(e.statement_id, e.stance) for e in a.evidence] == [
            (e.statement_id, e.stance) for e in b.evidence
        ]
        assert [e.score for e in a.evidence] == pytest.approx(
            [e.score for e in b.evidence], abs=1e-3
        )
    assert sum(v.error is not None for v in distributed) == 2
