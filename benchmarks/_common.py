"""Shared helpers for the benchmark commands: machine facts and claim generation."""

from __future__ import annotations

import json
import os
import platform
import random
import resource
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def machine() -> dict[str, Any]:
    import torch

    return {
        "machine": platform.machine(),
        "python": platform.python_version(),
        "cores": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "device": "cuda" if torch.cuda.is_available() else "cpu",
        "gpu": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None,
    }


def peak_rss_mib() -> float:
    """Peak resident set size of this process, MiB (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def labelled_claims() -> list[dict[str, Any]]:
    rows = []
    for path in sorted((ROOT / "claims").glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return rows


_PREFIXES = {
    "nl": ["", "Volgens berichten: ", "Naar verluidt ", "Het klopt dat "],
    "en": ["", "Reportedly, ", "It is said that ", "Sources say "],
}


def vary_claims(n: int, seed: int = 7, document: str | None = None) -> list[str]:
    """n claims made by varying the labelled claims (prefixes, digits, casing)."""
    rng = random.Random(seed)
    rows = [r for r in labelled_claims() if document is None or r["document"] == document]
    out = []
    while len(out) < n:
        row = rng.choice(rows)
        text = row["claim"]
        prefix = rng.choice(_PREFIXES.get(row.get("language", "nl"), [""]))
        if prefix:
            text = prefix + text[:1].lower() + text[1:]
        if rng.random() < 0.3:
            text = text.replace("7000", str(rng.randint(1000, 9999)))
        out.append(f"{text} ({len(out)})" if rng.random() < 0.2 else text)
    return out


def emit(report: dict[str, Any]) -> None:
    print(json.dumps(report, ensure_ascii=False))


def against_encoder(verifier: Any, texts: list[str], batch_size: int) -> dict[str, Any]:
    """Time the verifier and the encoder alone on the same texts, both warmed up."""
    import time

    from factcheck.models import Claim

    claims = [Claim(id=str(i), text=t) for i, t in enumerate(texts)]
    model = verifier.encoder.model
    model.encode(texts[:64], batch_size=batch_size)
    list(verifier.check_many(claims[:64]))  # warm every stage (gazetteer too)
    start = time.perf_counter()
    model.encode(texts, batch_size=batch_size, convert_to_numpy=True, normalize_embeddings=True)
    encoder_s = time.perf_counter() - start
    start = time.perf_counter()
    verdicts = list(verifier.check_many(claims))
    pipeline_s = time.perf_counter() - start
    if len(verdicts) != len(claims):
        raise RuntimeError(f"{len(verdicts)} verdicts for {len(claims)} claims")
    return {
        "claims": len(claims),
        "k": verifier.settings.top_k,
        "encoder_claims_per_s": round(len(texts) / encoder_s, 1),
        "pipeline_claims_per_s": round(len(claims) / pipeline_s, 1),
        "ratio": round(encoder_s / pipeline_s, 3),
    }
