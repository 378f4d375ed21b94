"""Training pairs see the statements as checking does."""

from __future__ import annotations

import numpy as np

from factcheck.compare import FEATURES
from factcheck.extract import analyse
from factcheck.train import PairSet, featurise


class _Encoder:
    """Two-dimensional vectors from the text length: enough for the features."""

    name = "test"

    def encode(self, texts, batch_size: int = 64):  # type: ignore[no-untyped-def]
        return np.array([[len(t) % 7 + 1.0, 1.0] for t in texts], dtype=np.float32)


def test_a_reference_statement_gets_its_facts_from_the_index() -> None:
    pairs = PairSet()
    pairs.add(
        "Er komen elf haltes.",
        "Langs de tramlijn komen negen haltes.",
        "contradicted",
        "claims",
        "d",
        0,
    )
    pairs.add(
        "Er komen elf haltes.",
        "Langs de tramlijn komen negen haltes.",
        "contradicted",
        "perturb",
        "d",
    )
    in_context = analyse("Er komen elf haltes.", "nl")
    in_context.context_stems = analyse("De nieuwe tramlijn gaat rijden.", "nl").stem_set
    batch = featurise(pairs, _Encoder(), None, facts_of=lambda i: in_context)  # type: ignore[arg-type]
    on_topic = batch.features[:, FEATURES.index("difference_on_topic")]
    # The first premise is statement 0 of the index, with its context; the second
    # (a synthetic pair) is analysed on its own.
    assert on_topic[0] > on_topic[1] > 0
    plain = featurise(pairs, _Encoder(), None)  # type: ignore[arg-type]
    assert plain.features[0, FEATURES.index("difference_on_topic")] == on_topic[1]
