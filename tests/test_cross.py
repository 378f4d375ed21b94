"""The cross-encoder stage: what it stores, how the stance model reads it, and
how training keeps its probabilities out of fold."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch

from factcheck.compare import FEATURES
from factcheck.cross import CrossEncoder, _tuned, fit_cross_encoder, length_batches
from factcheck.crossfit import CROSS_SOURCES, CrossFit, cross_fit, final_cross
from factcheck.errors import ModelError
from factcheck.stance import PairBatch, TrainedStance, model_inputs
from factcheck.train import PairSet


def _batch(n: int, cross: np.ndarray | None = None) -> PairBatch:
    return PairBatch(
        features=np.zeros((n, len(FEATURES)), dtype=np.float32),
        dense=np.full(n, 0.5, dtype=np.float32),
        lexical=np.full(n, 0.5, dtype=np.float32),
        claim_vectors=np.zeros((n, 2), dtype=np.float32),
        statement_vectors=np.zeros((n, 2), dtype=np.float32),
        premises=["De haven groeit."] * n,
        hypotheses=["De haven krimpt."] * n,
        cross=cross,
    )


def _linear(cross: bool) -> TrainedStance:
    width = len(FEATURES) + 2 + (3 if cross else 0)
    weights = np.zeros((width, 3), dtype=np.float32)
    if cross:
        weights[-3:] = np.eye(3, dtype=np.float32) * 5  # the cross-encoder decides
    arrays = {
        "mean": np.zeros(width, dtype=np.float32),
        "scale": np.ones(width, dtype=np.float32),
        "W0": weights,
        "b0": np.zeros(3, dtype=np.float32),
    }
    meta = {"features": list(FEATURES), "embedding_features": False}
    if cross:
        meta["cross_encoder"] = "model.cross.npz"
    return TrainedStance(arrays, meta)


class _Fixed:
    """A stand-in cross-encoder: the same probabilities for every pair."""

    def __init__(self, probs: tuple[float, float, float], trained_on: list[str] = []) -> None:  # noqa: B006
        self.probs = np.array(probs, dtype=np.float32)
        self.trained_on = trained_on
        self.asked: list[tuple[list[str], list[str]]] = []

    def predict(self, premises, hypotheses, batch_size: int = 64):  # type: ignore[no-untyped-def]
        self.asked.append((list(premises), list(hypotheses)))
        return np.tile(self.probs, (len(premises), 1))


def test_only_the_layers_above_the_frozen_ones_and_the_head_are_tuned() -> None:
    assert not _tuned("bert.embeddings.word_embeddings.weight", 3)
    assert not _tuned("bert.embeddings.word_embeddings.weight", 0)  # never the embeddings
    assert _tuned("bert.encoder.layer.0.attention.self.query.weight", 0)
    assert not _tuned("bert.encoder.layer.2.attention.self.query.weight", 3)
    assert _tuned("bert.encoder.layer.3.attention.self.query.weight", 3)
    assert _tuned("bert.pooler.dense.weight", 3)
    assert _tuned("classifier.bias", 3)


def test_training_batches_hold_pairs_of_similar_length() -> None:
    # Short pairs (SICK) and long ones (news sentences), shuffled together.
    lengths = np.array([30, 300] * 500)
    batches = length_batches(lengths, 8, np.random.default_rng(0))
    rows = np.concatenate(batches)
    assert sorted(rows.tolist()) == list(range(1000))  # every pair once an epoch
    assert all(len(b) <= 8 for b in batches)
    mixed = [b for b in batches if len(set(lengths[b].tolist())) > 1]
    assert len(mixed) <= 3  # at most one per pool of 400 rows; random batches: nearly all
    # Batch order is random, not short-to-long.
    firsts = [int(lengths[b[0]]) for b in batches]
    assert firsts != sorted(firsts)


def test_the_model_inputs_end_with_the_cross_probabilities() -> None:
    probs = np.array([[0.7, 0.2, 0.1]], dtype=np.float32)
    inputs = model_inputs(_batch(1, probs), embedding_features=False, cross=True)
    assert inputs.shape == (1, len(FEATURES) + 5)
    assert inputs[0, -3:].tolist() == pytest.approx([0.7, 0.2, 0.1])
    with pytest.raises(ValueError, match="cross-encoder"):
        model_inputs(_batch(1), embedding_features=False, cross=True)


def test_a_stance_model_with_a_cross_encoder_asks_it_about_the_texts() -> None:
    model = _linear(cross=True)
    model.cross_encoder = _Fixed((0.0, 1.0, 0.0))  # type: ignore[assignment]
    batch = _batch(2)
    probs = model.predict_proba(batch)
    assert probs.argmax(axis=1).tolist() == [1, 1]  # contradicts, as the cross-encoder says
    assert batch.cross is not None  # filled in, so the texts are read once
    # Probabilities already known (out of fold, in training) are not asked again.
    known = _batch(1, np.array([[1.0, 0.0, 0.0]], dtype=np.float32))
    assert model.predict_proba(known).argmax(axis=1).tolist() == [0]
    # Asked once, about the statements (premises) and the claims, in that order.
    assert model.cross_encoder.asked == [  # type: ignore[union-attr]
        (["De haven groeit."] * 2, ["De haven krimpt."] * 2)
    ]
    with pytest.raises(ModelError, match="texts"):
        model.predict_proba(replace(_batch(1), premises=(), hypotheses=()))


def test_the_cross_encoder_reads_only_the_judged_pairs() -> None:
    model = _linear(cross=True)
    model.cross_encoder = fixed = _Fixed((0.0, 1.0, 0.0))  # type: ignore[assignment]
    batch = replace(_batch(3), premises=["a", "b", "c"], judged=np.array([True, False, True]))
    model.predict_proba(batch)
    assert fixed.asked == [(["a", "c"], ["De haven krimpt."] * 2)]
    assert batch.cross is not None
    assert batch.cross.tolist() == [[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]]
    wrong = replace(_batch(3), judged=np.array([True, False]))
    with pytest.raises(ModelError, match="marks 2 pairs"):
        model.predict_proba(wrong)


def test_a_missing_cross_encoder_file_is_a_clear_error(tmp_path: Path) -> None:
    model = _linear(cross=True)
    model.save(tmp_path / "model.npz")
    with pytest.raises(ModelError, match=r"model\.cross\.npz, which is not beside it"):
        TrainedStance.load(tmp_path / "model.npz")
    (tmp_path / "model.cross.npz").write_bytes(b"PK\x03\x04 not a zip")
    loaded = TrainedStance.load(tmp_path / "model.npz")
    assert loaded.cross_name == "model.cross.npz"
    with pytest.raises(ModelError, match="cannot read the cross-encoder"):
        loaded.predict_proba(_batch(1))


def test_cross_fitting_keeps_each_document_out_of_its_own_probabilities(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pairs = PairSet()
    for doc in ("a", "b", "c", "d"):
        pairs.add(f"{doc} statement", f"{doc} claim", "supported", "claims", doc)
        pairs.add(f"{doc} other", f"{doc} claim", "unverified", "claims-neutral", doc)
        pairs.add(f"{doc} statement", f"{doc} changed", "contradicted", "perturb", doc)
    for i in range(4):
        pairs.add(f"sick {i}", f"sick hyp {i}", "supported", "sick", "sick")
    # A document without labelled claims: not split, not trained on.
    pairs.add("e statement", "e changed", "contradicted", "perturb", "e")

    fitted: list[_Fixed] = []
    options_seen = []

    def fake_fit(premises, hypotheses, labels, *, seed, **options):  # type: ignore[no-untyped-def]
        model = _Fixed((float(len(fitted) + 1), 0.0, 0.0), list(premises))
        fitted.append(model)
        options_seen.append(options)
        return model

    monkeypatch.setattr("factcheck.cross.fit_cross_encoder", fake_fit)
    fit = cross_fit(pairs, epochs=5, device="cpu")
    assert len(fitted) == 2
    assert options_seen == [{"epochs": 5, "device": "cpu"}] * 2  # --cross-epochs, --device
    for model in fitted:
        # No synthetic pair; a gold pair twice; half of SICK, each as often as it counts.
        assert not any(p.endswith("changed") for p in model.trained_on)
        sick_seen = [p for p in model.trained_on if p.startswith("sick")]
        assert len(set(sick_seen)) == 2
        assert len(sick_seen) == 2 * CROSS_SOURCES["sick"]
        golds = [p for p in model.trained_on if p.endswith("statement")]
        assert len(set(golds)) == 2  # the group's two documents
        assert len(golds) == 2 * CROSS_SOURCES["claims"]
    assert sorted(fit.group_of) == ["a", "b", "c", "d"]
    assert (fit.out_of_fold[:, 0] > 0).all()  # every pair, SICK too, has probabilities
    for i, (premise, doc) in enumerate(zip(pairs.premises, pairs.documents, strict=True)):
        model = fitted[int(fit.out_of_fold[i, 0]) - 1]  # the model that gave them
        assert premise not in model.trained_on
        if doc != "sick":
            assert not any(p.startswith(doc) for p in fit.without(doc).trained_on)


def test_a_tuned_cross_encoder_survives_saving(tmp_path: Path) -> None:
    premises = ["De haven groeit.", "Het museum opent.", "Er vielen drie doden."] * 2
    hypotheses = ["De haven groeit.", "Het museum sluit.", "De trein is laat."] * 2
    seen: list[tuple[int, int]] = []
    model = fit_cross_encoder(
        premises,
        hypotheses,
        [0, 1, 2] * 2,
        frozen_layers=5,
        epochs=2,
        batch_size=4,
        meta={"note": "test"},
        progress=lambda step, steps: seen.append((step, steps)),
    )
    assert seen == [(step, 4) for step in range(1, 5)]  # two batches (4 + 2 pairs) an epoch
    assert model.device == "cpu"  # no GPU here; "cuda" when torch sees one
    assert all(p.device.type == "cpu" for p in model.model.parameters())
    before = model.predict(premises, hypotheses)
    assert before.shape == (6, 3)
    assert before.sum(axis=1) == pytest.approx(np.ones(6), abs=1e-5)
    model.save(tmp_path / "m.cross.npz")
    with np.load(tmp_path / "m.cross.npz", allow_pickle=False) as data:
        meta = json.loads(str(data["meta"]))
        names = [k for k in data.files if k != "meta"]
    assert meta["frozen_layers"] == 5 and meta["note"] == "test"
    assert names and all(_tuned(k, 5) for k in names)  # only what was trained is stored
    loaded = CrossEncoder.load(tmp_path / "m.cross.npz", device="cpu")
    assert loaded.device == "cpu"
    tuned, read = model.model.state_dict(), loaded.model.state_dict()
    for name in names:
        assert torch.allclose(tuned[name], read[name], atol=2e-3)  # float16 storage
    after = loaded.predict(premises, hypotheses)
    assert after == pytest.approx(before, abs=0.01)
    assert model.predict([], []).shape == (0, 3)
    # A file with other tensors than the tuned layers is refused.
    with np.load(tmp_path / "m.cross.npz", allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files if k != "classifier.bias"}
    np.savez(tmp_path / "bad.cross.npz", **arrays)
    with pytest.raises(ModelError, match=r"classifier\.bias"):
        CrossEncoder.load(tmp_path / "bad.cross.npz")


def test_the_shipped_models_with_and_without_a_cross_encoder() -> None:
    from factcheck.stance import load_stance

    default = load_stance()
    assert isinstance(default, TrainedStance) and default.cross_name is None
    accurate = load_stance(cross_encoder=True)
    assert isinstance(accurate, TrainedStance)
    assert accurate.cross_name == "stance.cross.npz"
    assert accurate.source is not None
    assert (accurate.source.parent / accurate.cross_name).is_file()
    # A model given by path wins over the switch.
    assert load_stance(default.source, cross_encoder=True).cross_name is None  # type: ignore[attr-defined]
    # The cross-encoder runs where the settings say (--device).
    assert accurate.device is None  # auto: cuda when torch sees a GPU
    assert load_stance(cross_encoder=True, device="cpu").device == "cpu"  # type: ignore[attr-defined]


def test_too_little_to_train_on_is_a_clear_error() -> None:
    from factcheck.errors import ConfigError

    with pytest.raises(ModelError, match="no pairs"):
        fit_cross_encoder([], [], [])
    one = PairSet()
    one.add("a statement", "a claim", "supported", "claims", "a")
    one.add("sick", "sick hyp", "supported", "sick", "sick")
    with pytest.raises(ConfigError, match="at least two reference documents"):
        cross_fit(one)


class _Stored(_Fixed):
    """A stand-in cross-encoder that can be saved and read back."""

    meta: dict[str, object]

    def save(self, path: Path) -> None:
        path.write_text(json.dumps([self.probs.tolist(), self.trained_on, self.meta]))

    @classmethod
    def load(cls, path: Path, device: str | None = None) -> _Stored:
        probs, trained_on, meta = json.loads(path.read_text())
        model = cls(tuple(probs), trained_on)
        model.meta = meta
        return model


def _two_documents() -> PairSet:
    pairs = PairSet()
    for doc in ("a", "b"):
        pairs.add(f"{doc} statement", f"{doc} claim", "supported", "claims", doc)
        pairs.add(f"{doc} other", f"{doc} claim", "unverified", "claims-neutral", doc)
    pairs.add("sick premise", "sick hypothesis", "contradicted", "sick", "sick")
    pairs.add("sick premise 2", "sick hypothesis 2", "supported", "sick", "sick")
    return pairs


def _count_fits(monkeypatch: pytest.MonkeyPatch) -> list[_Stored]:
    """Stand-in fitting that is saved and read back; the list of what was fitted."""
    fitted: list[_Stored] = []

    def fake_fit(premises, hypotheses, labels, *, seed=0, meta=None, **options):  # type: ignore[no-untyped-def]
        model = _Stored((0.1 * (len(fitted) + 1), 0.2, 0.7), list(premises))
        model.meta = dict(meta or {})
        fitted.append(model)
        return model

    monkeypatch.setattr("factcheck.cross.fit_cross_encoder", fake_fit)
    monkeypatch.setattr("factcheck.crossfit.CrossEncoder", _Stored)
    return fitted


def test_fitted_cross_encoders_are_reused_for_the_same_pairs_and_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fitted = _count_fits(monkeypatch)
    pairs = _two_documents()
    first = cross_fit(pairs, cache=tmp_path, epochs=2, device="cpu")
    assert len(fitted) == 2
    again = cross_fit(pairs, cache=tmp_path, epochs=2, device="cuda")  # the device is no setting
    assert len(fitted) == 2  # nothing trained: read back
    np.testing.assert_array_equal(again.out_of_fold, first.out_of_fold)
    assert again.group_of == first.group_of
    assert [m.trained_on for m in again.models] == [m.trained_on for m in first.models]
    # Other settings, other pairs: trained anew.
    cross_fit(pairs, cache=tmp_path, epochs=3, device="cpu")
    assert len(fitted) == 4
    pairs.add("c statement", "c claim", "contradicted", "claims", "c")
    cross_fit(pairs, cache=tmp_path, epochs=2, device="cpu")
    assert len(fitted) == 6
    # The final cross-encoder too, with this run's provenance.
    final = final_cross(pairs, {"command": "one"}, cache=tmp_path, epochs=2)
    assert len(fitted) == 7
    reread = final_cross(pairs, {"command": "two"}, cache=tmp_path, epochs=2)
    assert len(fitted) == 7
    assert reread.trained_on == final.trained_on and reread.meta["command"] == "two"
    # Without a cache, nothing is kept or read.
    cross_fit(pairs, epochs=2, device="cpu")
    assert len(fitted) == 9


def test_other_synthetic_pairs_reuse_the_cross_encoders_and_are_predicted_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fitted = _count_fits(monkeypatch)
    pairs = _two_documents()
    first = cross_fit(pairs, cache=tmp_path, epochs=2)
    # A synthetic pair (which no cross-encoder trains on) changes with the rules.
    pairs.add("a statement, perturbed", "a statement", "contradicted", "perturb", "a")
    again = cross_fit(pairs, cache=tmp_path, epochs=2)
    assert len(fitted) == 2  # the cross-encoders are read back, not fitted
    assert again.out_of_fold.shape == (len(pairs), 3)
    np.testing.assert_array_equal(again.out_of_fold[: len(first.out_of_fold)], first.out_of_fold)
    # Its probabilities come from the half that never saw document "a".
    assert again.out_of_fold[-1].tolist() == pytest.approx(again.without("a").probs.tolist())
    assert any("a statement, perturbed" in asked[0] for m in again.models for asked in m.asked)
    # The new probabilities are kept: the next run predicts nothing.
    third = cross_fit(pairs, cache=tmp_path, epochs=2)
    assert not any(m.asked for m in third.models)
    np.testing.assert_array_equal(third.out_of_fold, again.out_of_fold)


def test_an_interrupted_fit_is_not_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def fake_fit(premises, hypotheses, labels, *, seed=0, meta=None, **options):  # type: ignore[no-untyped-def]
        calls.append(seed)
        if len(calls) == 2:
            raise KeyboardInterrupt  # stopped while fitting the second cross-encoder
        model = _Stored((0.2, 0.2, 0.6), list(premises))
        model.meta = {}
        return model

    monkeypatch.setattr("factcheck.cross.fit_cross_encoder", fake_fit)
    monkeypatch.setattr("factcheck.crossfit.CrossEncoder", _Stored)
    with pytest.raises(KeyboardInterrupt):
        cross_fit(_two_documents(), cache=tmp_path, epochs=2)
    cross_fit(_two_documents(), cache=tmp_path, epochs=2)
    assert len(calls) == 4  # trained again, both halves


def test_a_broken_cache_entry_is_fitted_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def fake_fit(premises, hypotheses, labels, *, seed=0, meta=None, **options):  # type: ignore[no-untyped-def]
        calls.append(seed)
        model = _Stored((0.2, 0.2, 0.6), list(premises))
        model.meta = {}
        return model

    monkeypatch.setattr("factcheck.cross.fit_cross_encoder", fake_fit)
    monkeypatch.setattr("factcheck.crossfit.CrossEncoder", _Stored)
    cross_fit(_two_documents(), cache=tmp_path, epochs=2)
    (fit_file,) = tmp_path.glob("*/fit.npz")
    fit_file.write_bytes(b"not an npz")  # a truncated write, a cleaned-up disk
    cross_fit(_two_documents(), cache=tmp_path, epochs=2)
    assert len(calls) == 4
    cross_fit(_two_documents(), cache=tmp_path, epochs=2)
    assert len(calls) == 4  # the refit was stored in its place


def test_a_read_only_cache_still_serves_its_cross_encoders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fitted = _count_fits(monkeypatch)
    pairs = _two_documents()
    cross_fit(pairs, cache=tmp_path, epochs=2)
    pairs.add("b statement, perturbed", "b statement", "contradicted", "perturb", "b")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError("read-only file system")

    monkeypatch.setattr(CrossFit, "save", refuse)
    again = cross_fit(pairs, cache=tmp_path, epochs=2)
    assert len(fitted) == 2  # read back and used, though the new probabilities cannot be kept
    assert again.out_of_fold.shape == (len(pairs), 3)


def test_a_cross_encoder_from_a_local_model_folder(tmp_path: Path) -> None:
    """``--cross-base``: another model, read from its folder, is fine-tuned,
    saved with its folder in ``meta`` and read back from that folder."""
    from factcheck.embed import bundled_model_path

    folder = str(bundled_model_path())  # a local Hugging Face model folder like any other
    premises, hypotheses = ["De haven groeit.", "Het museum opent."], ["De haven krimpt."] * 2
    model = fit_cross_encoder(premises, hypotheses, [1, 2], base=folder, frozen_layers=5, epochs=1)
    assert model.meta["base"] == folder
    model.save(tmp_path / "m.cross.npz")
    loaded = CrossEncoder.load(tmp_path / "m.cross.npz", device="cpu")
    assert loaded.meta["base"] == folder
    assert loaded.predict(premises, hypotheses) == pytest.approx(
        model.predict(premises, hypotheses), abs=0.01
    )


def test_the_base_model_is_part_of_the_cache_key(tmp_path: Path) -> None:
    from factcheck.crossfit import _key

    pairs = _two_documents()
    bundled = _key(pairs, 0, {"epochs": 3})
    # Naming the default changes nothing: caches of earlier runs stay valid.
    assert _key(pairs, 0, {"epochs": 3, "base": "bundled"}) == bundled
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "model.safetensors").write_bytes(b"0" * 10)
    other = _key(pairs, 0, {"epochs": 3, "base": str(folder)})
    assert other != bundled
    (folder / "model.safetensors").write_bytes(b"1" * 10)  # other weights of the same size
    assert _key(pairs, 0, {"epochs": 3, "base": str(folder)}) != other


def test_a_missing_base_folder_is_a_clear_error_not_a_download(tmp_path: Path) -> None:
    from factcheck.embed import bundled_model_path

    premises, hypotheses = ["De haven groeit."], ["De haven krimpt."]
    model = fit_cross_encoder(
        premises, hypotheses, [1], base=str(bundled_model_path()), frozen_layers=5, epochs=1
    )
    model.meta["base"] = "GroNLP/bert-base-dutch-cased"  # as if trained from a folder of that name
    model.save(tmp_path / "m.cross.npz")
    with pytest.raises(ModelError, match="base model folder GroNLP/bert-base-dutch-cased"):
        CrossEncoder.load(tmp_path / "m.cross.npz")
