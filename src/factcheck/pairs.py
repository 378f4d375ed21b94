"""Score free-standing (premise, hypothesis) pairs with the stance stage.

The verifier scores pairs that retrieval found; training and
``factcheck evaluate-nli`` need the same features for pairs given directly.
Both go through :func:`pair_batch`, so what the model is trained on is
exactly what it sees at run time.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfTransformer

from factcheck import lang
from factcheck.compare import compare
from factcheck.config import Settings
from factcheck.embed import Encoder, SentenceTransformerEncoder, VectorCache
from factcheck.extract import Facts, analyse
from factcheck.index import make_vectorizer
from factcheck.stance import PairBatch, StanceModel, load_stance


def lexical_similarity(premises: Sequence[str], hypotheses: Sequence[str]) -> np.ndarray:
    """Char n-gram TF-IDF cosine per pair, IDF fitted on the premises (the "reference")."""
    hasher = make_vectorizer()
    tfidf = TfidfTransformer(sublinear_tf=True).fit(hasher.transform(list(premises)))
    p = tfidf.transform(hasher.transform(list(premises)))
    h = tfidf.transform(hasher.transform(list(hypotheses)))
    return np.asarray(p.multiply(h).sum(axis=1), dtype=np.float32).ravel()


def pair_batch(
    premises: Sequence[str],
    hypotheses: Sequence[str],
    encoder: Encoder,
    *,
    cache: VectorCache | None = None,
    language: str | None = None,
    batch_size: int = 64,
    premise_facts: Sequence[Facts | None] | None = None,
) -> PairBatch:
    """Features of each (premise = statement, hypothesis = claim) pair.

    ``premise_facts`` (one per pair, or None) are analyses of the premises made
    elsewhere (a reference index's, with the sentence before as context); the
    others are analysed here."""

    def vectors(texts: Sequence[str]) -> np.ndarray:
        unique = sorted(set(texts))
        if cache is not None:
            table = np.asarray(cache.vectors(encoder, unique, batch_size=batch_size))
        else:
            table = encoder.encode(unique, batch_size=batch_size)
        where = {t: i for i, t in enumerate(unique)}
        return table[[where[t] for t in texts]]

    u = vectors(hypotheses)
    v = vectors(premises)
    features = []
    known = premise_facts if premise_facts is not None else [None] * len(premises)
    for p, h, facts in zip(premises, hypotheses, known, strict=True):
        if facts is not None:
            features.append(compare(analyse(h, facts.language), facts).features)
            continue
        code = language or lang.detect(h + " " + p)
        features.append(compare(analyse(h, code), analyse(p, code)).features)
    return PairBatch(
        features=np.stack(features) if features else np.zeros((0, 0), dtype=np.float32),
        dense=np.einsum("ij,ij->i", u, v).astype(np.float32),
        lexical=lexical_similarity(premises, hypotheses),
        claim_vectors=u,
        statement_vectors=v,
        premises=list(premises),
        hypotheses=list(hypotheses),
    )


class PairScorer:
    """An encoder and a stance model, applied to given pairs."""

    def __init__(self, encoder: Encoder, stance: StanceModel, batch_size: int = 64) -> None:
        self.encoder = encoder
        self.stance = stance
        self.batch_size = batch_size

    @classmethod
    def from_settings(cls, settings: Settings) -> PairScorer:
        return cls(
            SentenceTransformerEncoder(settings.model, settings.device),
            load_stance(settings.stance_model, settings.use_cross_encoder, settings.device),
            settings.batch_size,
        )

    def predict_proba(self, premises: Sequence[str], hypotheses: Sequence[str]) -> np.ndarray:
        """(n, 3) probabilities: supports, contradicts, neutral."""
        batch = pair_batch(premises, hypotheses, self.encoder, batch_size=self.batch_size)
        return self.stance.predict_proba(batch)
