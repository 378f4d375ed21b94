"""Measure the verifier: labelled claims (accuracy, macro-F1, confusion, calibration,
evidence recall) and SICK-style NLI pairs (the stance stage alone).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from factcheck.config import Settings
from factcheck.errors import ClaimFileError, ConfigError
from factcheck.models import Claim, Label, Verdict

LABELS = [Label.SUPPORTED.value, Label.CONTRADICTED.value, Label.UNVERIFIED.value]
NLI_LABELS = {"ENTAILMENT": "supported", "CONTRADICTION": "contradicted", "NEUTRAL": "unverified"}
_ECE_BINS = 10


def load_labelled(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """Labelled claims: JSONL records with id, claim, label, document, evidence."""
    rows: list[dict[str, Any]] = []
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            with file.open(encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        row = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise ClaimFileError(f"{file}:{n}: not JSON: {exc.msg}") from None
                    if row.get("label") not in LABELS:
                        raise ClaimFileError(
                            f"{file}:{n}: label must be one of {', '.join(LABELS)}"
                        )
                    rows.append(row)
    return rows


def expected_calibration_error(
    confidence: np.ndarray, correct: np.ndarray, bins: int = _ECE_BINS
) -> float:
    """ECE: the gap between confidence and accuracy, averaged over equal-width bins.

    Example:
        >>> expected_calibration_error(np.array([0.9, 0.9]), np.array([1, 0]))
        0.4
    """
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(confidence, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            total += mask.mean() * abs(confidence[mask].mean() - correct[mask].mean())
    return round(float(total), 4)


def classification_report(
    gold: Sequence[str], predicted: Sequence[str], confidence: Sequence[float]
) -> dict[str, Any]:
    """Accuracy, macro-F1, per-class recall, confusion matrix and ECE (scikit-learn metrics)."""
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, recall_score

    conf = np.asarray(confidence, dtype=float)
    correct = np.asarray([g == p for g, p in zip(gold, predicted, strict=True)], dtype=float)
    recalls = recall_score(gold, predicted, labels=LABELS, average=None, zero_division=0)
    return {
        "n": len(gold),
        "accuracy": round(float(accuracy_score(gold, predicted)), 4),
        "macro_f1": round(
            float(f1_score(gold, predicted, labels=LABELS, average="macro", zero_division=0)), 4
        ),
        "recall": {label: round(float(r), 4) for label, r in zip(LABELS, recalls, strict=True)},
        "confusion_matrix": {
            "labels": LABELS,
            "rows_gold_cols_predicted": confusion_matrix(gold, predicted, labels=LABELS).tolist(),
        },
        "ece": expected_calibration_error(conf, correct) if len(conf) else None,
    }


def recall_at_1(
    verifier: Any, rows: Sequence[dict[str, Any]], dense_weights: Sequence[float]
) -> dict[float, float]:
    """For each dense weight, the share of claims with gold evidence whose gold
    statement is ranked first (the claims are embedded once)."""
    return evidence_recall(verifier, rows, dense_weights, (1,))[1]


def evidence_recall(
    verifier: Any,
    rows: Sequence[dict[str, Any]],
    dense_weights: Sequence[float],
    ks: Sequence[int],
) -> dict[int, dict[float, float]]:
    """For each k and dense weight, the share of claims with gold evidence whose
    gold statement is among the ``k`` best (the claims are embedded once, and
    searched once per weight)."""
    with_evidence = [r for r in rows if r.get("evidence")]
    if not with_evidence:
        return {k: {w: 0.0 for w in dense_weights} for k in ks}
    texts = [r["claim"] for r in with_evidence]
    vectors = verifier.encoder.encode(texts, batch_size=verifier.settings.batch_size)
    out: dict[int, dict[float, float]] = {k: {} for k in ks}
    for weight in dense_weights:
        hits = verifier.index.search(vectors, texts, max(ks), weight)
        ranks = [
            next(
                (
                    rank
                    for rank, j in enumerate(top)
                    if _is_gold(row, verifier.index.statements[int(j)])
                ),
                None,
            )
            for row, top in zip(with_evidence, hits.indices, strict=True)
        ]
        for k in ks:
            found = sum(1 for rank in ranks if rank is not None and rank < k)
            out[k][weight] = round(found / len(with_evidence), 4)
    return out


def _is_gold(row: dict[str, Any], statement: Any) -> bool:
    """Whether the statement is the row's evidence (in the row's document)."""
    return statement.document == row.get("document", statement.document) and any(
        e in statement.text for e in row["evidence"]
    )


def _recall_at_1(verifier: Any, rows: list[dict[str, Any]]) -> dict[str, float | int]:
    """Is the gold statement ranked first by the dense part, the TF-IDF part, the fused score?"""
    parts = {"dense": 1.0, "tfidf": 0.0, "fused": verifier.dense_weight}
    recall = recall_at_1(verifier, rows, list(parts.values()))
    out: dict[str, float | int] = {"n": sum(1 for r in rows if r.get("evidence"))}
    out.update({name: recall[weight] for name, weight in parts.items()})
    out["fused_weight"] = verifier.dense_weight
    return out


def evaluate_claims(
    claim_files: Sequence[Path],
    references: Sequence[str],
    settings: Settings,
    details: Path | None = None,
) -> dict[str, Any]:
    """Verify labelled claims and report how well the labels and evidence match."""
    from factcheck.verifier import Verifier

    rows = load_labelled(claim_files)
    verifier = Verifier.from_reference(list(references), settings)
    verdicts = list(verifier.check_many(claim_of(r) for r in rows))
    report = claims_report(rows, verdicts)
    report["evidence_recall_at_1"] = _recall_at_1(verifier, rows)
    if details is not None:
        write_details(details, rows, verdicts)
    return report


def claim_of(row: dict[str, Any]) -> Claim:
    """The Claim of a labelled row; its other fields ("document", "kind") are metadata,
    as in a claim file given to ``factcheck verify``."""
    metadata = {k: v for k, v in row.items() if k not in ("id", "claim")}
    return Claim(id=str(row["id"]), text=row["claim"], metadata=metadata)


def claims_report(rows: list[dict[str, Any]], verdicts: list[Verdict]) -> dict[str, Any]:
    """Metrics over labelled rows and their verdicts, overall and per document."""
    gold = [r["label"] for r in rows]
    predicted = [v.label.value for v in verdicts]
    report = classification_report(gold, predicted, [v.confidence for v in verdicts])
    contradicted = [v for v in verdicts if v.label is Label.CONTRADICTED]
    explained = sum(1 for v in contradicted if _names_difference(v))
    report["contradicted_explained"] = f"{explained}/{len(contradicted)}"
    by_doc: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        by_doc.setdefault(str(r.get("document", "?")), []).append(i)
    report["per_document"] = {
        doc: {
            "n": len(idx),
            "accuracy": round(float(np.mean([gold[i] == predicted[i] for i in idx])), 4),
        }
        for doc, idx in sorted(by_doc.items())
    }
    return report


def _names_difference(verdict: Verdict) -> bool:
    evidence = [e for p in verdict.parts for e in p.evidence] if verdict.parts else verdict.evidence
    return any(e.differences for e in evidence if e.stance.value == "contradicts")


def write_details(
    path: Path, rows: list[dict[str, Any]], verdicts: list[Verdict], calibrated: bool = True
) -> None:
    """Every prediction beside its gold label, for error analysis; ``calibrated``
    says whether the confidences went through the verdict calibration."""
    try:
        fh = path.open("w", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from None
    with fh:
        for row, verdict in zip(rows, verdicts, strict=True):
            record = {
                "id": row["id"],
                "claim": row["claim"],
                "gold": row["label"],
                "predicted": verdict.label.value,
                "confidence": verdict.confidence,
                "calibrated": calibrated,
                "kind": row.get("kind"),
                "explanation": verdict.explanation,
                "evidence": [e.text for e in verdict.evidence[:1]],
                "gold_evidence": row.get("evidence"),
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def read_pairs(path: Path, split: str | None = None) -> list[tuple[str, str, str]]:
    """SICK-style pairs: (premise, hypothesis, label as supported/contradicted/unverified)."""
    pairs = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"sentence_A", "sentence_B", "entailment_label"} - set(reader.fieldnames or [])
        if missing:
            raise ClaimFileError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        for n, row in enumerate(reader, 2):
            if split and row.get("SemEval_set") != split:
                continue
            label = NLI_LABELS.get((row["entailment_label"] or "").strip().upper())
            if label is None:
                raise ClaimFileError(
                    f"{path}:{n}: unknown entailment_label {row['entailment_label']!r}"
                )
            pairs.append((row["sentence_A"], row["sentence_B"], label))
    return pairs


def evaluate_pairs(path: Path, settings: Settings, split: str | None = None) -> dict[str, Any]:
    """Classify each pair with the stance stage (premise = statement, hypothesis = claim)."""
    from factcheck.pairs import PairScorer

    pairs = read_pairs(path, split)
    scorer = PairScorer.from_settings(settings)
    probs = scorer.predict_proba([p for p, _, _ in pairs], [h for _, h, _ in pairs])
    names = ["supported", "contradicted", "unverified"]
    predicted = [names[i] for i in probs.argmax(axis=1)]
    report = classification_report([g for _, _, g in pairs], predicted, probs.max(axis=1).tolist())
    return report
