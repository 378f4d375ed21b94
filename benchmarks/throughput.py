"""Throughput: factcheck over N claims vs the encoder alone on the same claims.

    python benchmarks/throughput.py [--claims 5000] [--reference reference/libie-artikel.txt]

Prints one JSON object: claims/s end to end (Verifier.check_many, all stages),
claims/s of SentenceTransformer.encode on the same texts with the same model
and batch size, and their ratio. The model is loaded and warmed before either
is timed; the reference index is built (and cached) before timing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, emit, machine, peak_rss_mib, vary_claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=5000)
    parser.add_argument("--reference", default=str(ROOT / "reference" / "libie-artikel.txt"))
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--device", default=None)
    args = parser.parse_args()

    from factcheck.config import make_settings
    from factcheck.models import Claim
    from factcheck.verifier import Verifier

    settings = make_settings(batch_size=args.batch_size, device=args.device)
    verifier = Verifier.from_reference(args.reference, settings)
    texts = vary_claims(args.claims, document="libie-artikel")
    claims = [Claim(id=str(i), text=t) for i, t in enumerate(texts)]
    model = verifier.encoder.model  # type: ignore[attr-defined]
    model.encode(texts[:64], batch_size=args.batch_size)  # warm up
    list(verifier.check_many(claims[:64]))  # warm up every stage (gazetteer too)

    start = time.perf_counter()
    model.encode(
        texts, batch_size=args.batch_size, convert_to_numpy=True, normalize_embeddings=True
    )
    encoder_s = time.perf_counter() - start

    start = time.perf_counter()
    verdicts = list(verifier.check_many(claims))
    pipeline_s = time.perf_counter() - start
    assert len(verdicts) == len(claims)

    emit(
        {
            "benchmark": "throughput",
            **machine(),
            "model": verifier.encoder.name,
            "batch_size": args.batch_size,
            "reference": Path(args.reference).name,
            "statements": len(verifier.index),
            "claims": len(claims),
            "encoder_claims_per_s": round(len(texts) / encoder_s, 1),
            "pipeline_claims_per_s": round(len(claims) / pipeline_s, 1),
            "ratio": round(encoder_s / pipeline_s, 3),
            "peak_rss_mib": peak_rss_mib(),
        }
    )


if __name__ == "__main__":
    main()
