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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, against_encoder, emit, machine, peak_rss_mib, vary_claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=5000)
    parser.add_argument("--reference", default=str(ROOT / "reference" / "libie-artikel.txt"))
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--device", default=None)
    parser.add_argument("--stance-model", default=None, help="a stance model file (.npz)")
    args = parser.parse_args()

    from factcheck.config import make_settings
    from factcheck.verifier import Verifier

    settings = make_settings(
        batch_size=args.batch_size, device=args.device, stance_model=args.stance_model
    )
    verifier = Verifier.from_reference(args.reference, settings)
    texts = vary_claims(args.claims, document="libie-artikel")
    timing = against_encoder(verifier, texts, args.batch_size)

    emit(
        {
            "benchmark": "throughput",
            **machine(),
            "model": verifier.encoder.name,
            "stance_model": args.stance_model or "shipped",
            "batch_size": args.batch_size,
            "reference": Path(args.reference).name,
            "statements": len(verifier.index),
            **timing,
            "peak_rss_mib": peak_rss_mib(),
        }
    )


if __name__ == "__main__":
    main()
