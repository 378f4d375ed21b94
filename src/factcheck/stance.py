"""The stance stage: what each candidate statement says about a claim.

A stance model maps a batch of claim-statement pairs to probabilities over
``STANCES`` (supports, contradicts, neutral). Two implementations:

- :class:`RuleStance`: explicit rules over the comparison features; needs no
  training and is the fallback when no trained model is available;
- :class:`TrainedStance`: a small neural or linear model trained by
  ``factcheck train-stance`` and stored as plain arrays in an ``.npz`` file
  (never a pickle), evaluated with numpy alone.

Both read a :class:`PairBatch`, so the verifier never knows which one it has.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from factcheck.compare import FEATURES
from factcheck.errors import ModelError
from factcheck.models import Stance

if TYPE_CHECKING:
    from factcheck.cross import CrossEncoder

STANCES = (Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL)
SUPPORTS, CONTRADICTS, NEUTRAL = range(3)
DEFAULT_MODEL = "stance.npz"


@dataclass(slots=True)
class PairBatch:
    """Everything known about n claim-statement pairs, as arrays.

    ``features`` are the comparison features (n, len(FEATURES)); ``dense`` and
    ``lexical`` the two similarities (n,); ``claim_vectors`` and
    ``statement_vectors`` the embeddings (n, dim); ``premises`` (the
    statements) and ``hypotheses`` (the claims) the texts, which a model with
    a cross-encoder reads; ``cross`` its probabilities (n, 3) when they are
    already known (training computes them out of fold). ``judged``, when
    given, marks the pairs whose stance will be read (the verifier's: the
    candidates that count); a model may skip the costly reading of the others,
    whose probabilities are then not meaningful.
    """

    features: np.ndarray
    dense: np.ndarray
    lexical: np.ndarray
    claim_vectors: np.ndarray
    statement_vectors: np.ndarray
    premises: Sequence[str] = ()
    hypotheses: Sequence[str] = ()
    cross: np.ndarray | None = None
    judged: np.ndarray | None = None

    def __len__(self) -> int:
        return int(self.features.shape[0])


class StanceModel(Protocol):
    """Anything that scores pairs: returns (n, 3) probabilities in STANCES order."""

    def predict_proba(self, batch: PairBatch) -> np.ndarray: ...


def _column(batch: PairBatch, name: str) -> np.ndarray:
    return batch.features[:, FEATURES.index(name)]


class RuleStance:
    """Hand-written rules: relevance from similarity, polarity from explicit differences."""

    def __init__(self, relevance: float = 0.5) -> None:
        self.relevance = relevance

    def predict_proba(self, batch: PairBatch) -> np.ndarray:
        coverage = _column(batch, "coverage")
        related = np.clip((0.5 * batch.dense + 0.5 * coverage - 0.25) / self.relevance, 0.0, 1.0)
        differs = (
            _column(batch, "number_mismatch")
            + _column(batch, "date_mismatch")
            + _column(batch, "direction_mismatch")
            + _column(batch, "polarity_flip")
            + _column(batch, "role_reversal")
            + _column(batch, "actor_substitution")
        ) > 0
        unmatched = _column(batch, "number_unmatched") > 0
        p_contra = np.where(differs, related * 0.9, 0.02)
        p_support = np.where(
            differs | unmatched,
            0.02,
            related * coverage * (0.5 + 0.5 * _column(batch, "actor_coverage")),
        )
        p_neutral = np.clip(1.0 - p_contra - p_support, 0.0, 1.0)
        probs = np.stack([p_support, p_contra, p_neutral], axis=1)
        return probs / probs.sum(axis=1, keepdims=True)


def model_inputs(batch: PairBatch, embedding_features: bool, cross: bool = False) -> np.ndarray:
    """The input matrix of a trained model: features, similarities, [|u-v|, u*v],
    the cross-encoder's three probabilities."""
    parts = [batch.features, batch.dense[:, None], batch.lexical[:, None]]
    if embedding_features:
        u, v = batch.claim_vectors, batch.statement_vectors
        parts += [np.abs(u - v), u * v]
    if cross:
        if batch.cross is None:
            raise ValueError("the model reads a cross-encoder's probabilities; the batch has none")
        parts.append(batch.cross)
    return np.hstack(parts).astype(np.float32)


class TrainedStance:
    """A trained model stored as arrays: standardise, then dense layers, then softmax.

    The file holds ``mean``, ``scale``, ``W0, b0, W1, b1, ...`` and a JSON
    ``meta`` string (feature names, whether embedding features are used,
    hidden activation, temperature, provenance). A model whose ``meta`` names a
    ``cross_encoder`` file also reads that cross-encoder's probabilities; the
    file lies beside the model's (for the shipped model, in the package).
    """

    def __init__(
        self,
        arrays: dict[str, np.ndarray],
        meta: dict[str, object],
        source: Path | None = None,
    ) -> None:
        self.meta = meta
        self.source = source
        self.device: str | None = None  # where the cross-encoder runs; None: cuda if seen
        self.cross_name = str(meta["cross_encoder"]) if meta.get("cross_encoder") else None
        self._cross: CrossEncoder | None = None
        if list(meta.get("features", [])) != list(FEATURES):  # type: ignore[call-overload]
            raise ModelError(
                "the stance model was trained on other comparison features; "
                "retrain it with 'factcheck train-stance'"
            )
        self.embedding_features = bool(meta.get("embedding_features", True))
        self.temperature = float(meta.get("temperature", 1.0))  # type: ignore[arg-type]
        self.mean = arrays["mean"]
        self.scale = arrays["scale"]
        n_layers = sum(1 for key in arrays if key.startswith("W"))
        self.layers = [(arrays[f"W{i}"], arrays[f"b{i}"]) for i in range(n_layers)]

    @classmethod
    def load(cls, path: Path | None = None) -> TrainedStance:
        """Load a model file; without a path, the one shipped in the package."""
        try:
            if path is None:
                ref = importlib_resources.files("factcheck") / "data" / DEFAULT_MODEL
                with importlib_resources.as_file(ref) as local:
                    return cls._read(Path(local))
            return cls._read(path)
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            reason = (
                "not an .npz written by 'factcheck train-stance'"
                if isinstance(exc, ValueError) and "pickle" in str(exc)
                else str(exc)
            )
            raise ModelError(
                f"cannot read the stance model {path or DEFAULT_MODEL}: {reason}"
            ) from None

    @classmethod
    def _read(cls, path: Path) -> TrainedStance:
        with np.load(path, allow_pickle=False) as data:
            arrays = {key: data[key] for key in data.files if key != "meta"}
            meta = json.loads(str(data["meta"]))
        model = cls(arrays, meta, source=path)
        if model.cross_name is not None and not (path.parent / model.cross_name).is_file():
            raise ModelError(
                f"it reads the cross-encoder {model.cross_name}, which is not beside it; "
                "copy that file next to the model or retrain with "
                "'factcheck train-stance --cross-encoder'"
            )
        return model

    @property
    def cross_encoder(self) -> CrossEncoder | None:
        """The cross-encoder the model reads (loaded on first use), or None."""
        if self._cross is None and self.cross_name is not None:
            from factcheck.cross import CrossEncoder

            if self.source is None:
                raise ModelError(
                    f"the stance model reads the cross-encoder {self.cross_name}, "
                    "but it was not read from a file to find it beside"
                )
            self._cross = CrossEncoder.load(self.source.parent / self.cross_name, self.device)
        return self._cross

    @cross_encoder.setter
    def cross_encoder(self, model: CrossEncoder | None) -> None:
        self._cross = model

    def save(self, path: Path) -> None:
        arrays = {"mean": self.mean, "scale": self.scale}
        for i, (w, b) in enumerate(self.layers):
            arrays[f"W{i}"], arrays[f"b{i}"] = w, b
        np.savez_compressed(path, meta=np.array(json.dumps(self.meta)), **arrays)  # type: ignore[arg-type]

    def logits(self, batch: PairBatch) -> np.ndarray:
        """Logits (n, 3). A model that reads a cross-encoder fills ``batch.cross``
        when it is empty (so a batch is read once), from the batch's texts."""
        if self.cross_name is not None and batch.cross is None:
            if len(batch.premises) != len(batch) or len(batch.hypotheses) != len(batch):
                raise ModelError(
                    "the stance model reads a cross-encoder, which needs each pair's texts; "
                    "this batch has none (build it with pairs.pair_batch)"
                )
            assert self.cross_encoder is not None
            batch.cross = self._read_cross(batch, self.cross_encoder)
        inputs = model_inputs(batch, self.embedding_features, cross=self.cross_name is not None)
        x = (inputs - self.mean) / self.scale
        for i, (w, b) in enumerate(self.layers):
            x = x @ w + b
            if i < len(self.layers) - 1:
                x = np.maximum(x, 0.0)
        return x

    @staticmethod
    def _read_cross(batch: PairBatch, cross: CrossEncoder) -> np.ndarray:
        """The cross-encoder's probabilities of the judged pairs (all, when the
        batch does not say); the others get (0, 0, 1), as if it found them neutral."""
        out = np.tile(np.array([0.0, 0.0, 1.0], dtype=np.float32), (len(batch), 1))
        judged = np.ones(len(batch), dtype=bool) if batch.judged is None else batch.judged
        if len(judged) != len(batch):
            raise ModelError(
                f"the batch marks {len(judged)} pairs as judged or not; it has {len(batch)}"
            )
        rows = np.flatnonzero(judged).tolist()
        out[rows] = cross.predict(
            [batch.premises[i] for i in rows], [batch.hypotheses[i] for i in rows]
        )
        return out

    def predict_proba(self, batch: PairBatch) -> np.ndarray:
        if len(batch) == 0:
            return np.zeros((0, 3), dtype=np.float32)
        z = self.logits(batch) / self.temperature
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return (e / e.sum(axis=1, keepdims=True)).astype(np.float32)


def load_stance(
    path: Path | None = None, cross_encoder: bool = False, device: str | None = None
) -> StanceModel:
    """The trained stance model: the one given, else the shipped one (with
    ``cross_encoder``, the shipped one that reads a cross-encoder); the rules if
    none is shipped. A cross-encoder it reads runs on ``device``."""
    if path is not None:
        model = TrainedStance.load(path)
    elif cross_encoder:
        ref = importlib_resources.files("factcheck") / "data" / "cross" / DEFAULT_MODEL
        with importlib_resources.as_file(ref) as local:
            model = TrainedStance.load(Path(local))
    elif (importlib_resources.files("factcheck") / "data" / DEFAULT_MODEL).is_file():
        model = TrainedStance.load(None)
    else:
        return RuleStance()
    model.device = device
    return model
