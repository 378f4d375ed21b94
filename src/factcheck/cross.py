"""The cross-encoder: reads a statement and a claim together.

The bi-encoder (``embed.py``) embeds each text alone, which finds the right
statement but cannot see that "de opbrengst halveerde" says what "the yield
fell by half" says, or that two near-identical sentences name different
winners. A cross-encoder attends across both texts at once. Its three
probabilities (supports, contradicts, neutral) are three more inputs of the
stance model; the explicit comparison features stay, so every contradiction
still names what differs.

It is the bundled all-MiniLM-L6-v2 with a three-way head, fine-tuned by
``factcheck train-stance --cross-encoder``. Only what training changed is
stored: the encoder layers, the pooler and the head, as float16 arrays in an
``.npz`` (read with ``allow_pickle=False``); the embeddings (and any layers
kept frozen) are the bundled model's own. torch and transformers are imported on
first use.
"""

from __future__ import annotations

import json
import logging
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from factcheck.errors import ModelError

log = logging.getLogger(__name__)

DEFAULT_CROSS_MODEL = "stance.cross.npz"  # beside the shipped stance.npz
MAX_TOKENS = 160  # a statement and a claim: news sentences fit, a run-on is cut


def is_model_folder(path: str | Path) -> bool:
    """Whether ``path`` is a local Hugging Face model folder (it holds a config.json)."""
    return (Path(path) / "config.json").is_file()


def _base_path(base: str) -> Path:
    """The folder of the base model: the bundled MiniLM's, or a local folder.
    Never a name: transformers would look it up on the Hugging Face hub."""
    from factcheck.embed import bundled_model_path

    if base == "bundled":
        return Path(bundled_model_path())
    if not is_model_folder(base):
        raise ModelError(
            f"the cross-encoder's base model folder {base} is missing or holds no model "
            "(config.json); it must be where it was when the cross-encoder was trained"
        )
    return Path(base)


def _base_model(base: str) -> Any:
    """The base model with a fresh three-way head, without transformers' load report."""
    import transformers
    from transformers import AutoModelForSequenceClassification

    path = _base_path(base)
    verbosity = transformers.logging.get_verbosity()
    transformers.logging.set_verbosity_error()  # "classifier.weight MISSING" is expected
    transformers.logging.disable_progress_bar()  # loading takes a second
    try:
        return AutoModelForSequenceClassification.from_pretrained(
            path, num_labels=3, local_files_only=True
        )
    finally:
        transformers.logging.set_verbosity(verbosity)
        transformers.logging.enable_progress_bar()


def _tokenizer(base: str) -> Any:
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(_base_path(base), local_files_only=True)


class CrossEncoder:
    """A fine-tuned cross-encoder: ``predict`` gives (n, 3) probabilities in
    STANCES order (supports, contradicts, neutral) for (statement, claim) pairs."""

    def __init__(
        self, model: Any, tokenizer: Any, meta: dict[str, Any], device: str | None = None
    ) -> None:
        from factcheck.embed import default_device

        self.device = device or default_device()
        self.model = model.to(self.device).eval()
        self.tokenizer = tokenizer
        self.meta = meta

    @classmethod
    def load(cls, path: Path, device: str | None = None) -> CrossEncoder:
        """Read a file written by :meth:`save`, onto ``device`` (default: cuda if
        torch sees a GPU, else cpu)."""
        try:
            return cls._read(path, device)
        except (OSError, KeyError, ValueError, RuntimeError, zipfile.BadZipFile) as exc:
            raise ModelError(
                f"cannot read the cross-encoder {path}: {exc}; "
                "retrain it with 'factcheck train-stance --cross-encoder'"
            ) from None

    @classmethod
    def _read(cls, path: Path, device: str | None) -> CrossEncoder:
        import torch

        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            tuned = {
                k: torch.from_numpy(data[k].astype(np.float32)) for k in data.files if k != "meta"
            }
        base = str(meta.get("base", "bundled"))
        model = _base_model(base)
        expected = {k for k in model.state_dict() if _tuned(k, int(meta["frozen_layers"]))}
        if set(tuned) != expected:
            odd = sorted(set(tuned) ^ expected)
            raise ValueError(f"its tensors are not the tuned layers of {base} (e.g. {odd[0]})")
        model.load_state_dict(tuned, strict=False)  # strict=True would ask for the frozen layers
        return cls(model, _tokenizer(base), meta, device)

    def save(self, path: Path) -> None:
        """Store the tuned tensors (those not frozen) as float16, with ``meta``."""
        frozen = int(self.meta["frozen_layers"])
        arrays = {
            name: tensor.detach().cpu().numpy().astype(np.float16)
            for name, tensor in self.model.state_dict().items()
            if _tuned(name, frozen)
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, meta=np.array(json.dumps(self.meta)), **arrays)

    def predict(
        self, premises: Sequence[str], hypotheses: Sequence[str], batch_size: int = 64
    ) -> np.ndarray:
        """Probabilities (n, 3) for each (premise = statement, hypothesis = claim) pair."""
        import torch

        out = np.zeros((len(premises), 3), dtype=np.float32)
        if not len(premises):
            return out
        # Batches of similar length pad little.
        order = np.argsort([len(p) + len(h) for p, h in zip(premises, hypotheses, strict=True)])
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                rows = order[start : start + batch_size]
                logits = self.model(
                    **self._encode([premises[i] for i in rows], [hypotheses[i] for i in rows])
                ).logits
                out[rows] = torch.softmax(logits.float(), dim=-1).cpu().numpy()
        return out

    def _encode(self, premises: Sequence[str], hypotheses: Sequence[str]) -> Any:
        """The tokenised pairs, on the model's device."""
        return self.tokenizer(
            list(premises),
            list(hypotheses),
            padding=True,
            truncation=True,
            max_length=MAX_TOKENS,
            return_tensors="pt",
        ).to(self.device)


def _tuned(name: str, frozen_layers: int) -> bool:
    """Whether a parameter is trained: not the embeddings, not the lowest layers."""
    if ".embeddings." in name:
        return False
    if ".encoder.layer." in name:
        return int(name.split(".encoder.layer.")[1].split(".")[0]) >= frozen_layers
    return True


POOL_BATCHES = 50  # batches drawn together, then sorted by length


def length_batches(
    lengths: np.ndarray, batch_size: int, rng: np.random.Generator
) -> list[np.ndarray]:
    """One epoch's batches (row indices) in random order, each of rows of similar length.

    The rows are shuffled, cut into pools of ``POOL_BATCHES`` batches, and each
    pool is sorted by length before it is cut into batches: a short SICK pair
    is then rarely padded to the length of a long news sentence, which made
    most of the work of a random batch.
    """
    order = rng.permutation(len(lengths))
    pool = batch_size * POOL_BATCHES
    batches = []
    for start in range(0, len(order), pool):
        chunk = order[start : start + pool]
        chunk = chunk[np.argsort(lengths[chunk], kind="stable")]
        batches += [chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size)]
    return [batches[i] for i in rng.permutation(len(batches))]


def fit_cross_encoder(
    premises: Sequence[str],
    hypotheses: Sequence[str],
    labels: Sequence[int],
    *,
    base: str = "bundled",
    frozen_layers: int = 0,
    epochs: int = 3,
    learning_rate: float = 1e-4,
    batch_size: int = 32,
    seed: int = 0,
    meta: dict[str, Any] | None = None,
    progress: Callable[[int, int], None] | None = None,
    device: str | None = None,
) -> CrossEncoder:
    """Fine-tune the base model's layers above ``frozen_layers`` (all six by
    default; the embeddings stay frozen) and a three-way head on the pairs.

    AdamW with a linear warm-up over the first tenth of the steps and a linear
    decay, over batches of pairs of similar length (:func:`length_batches`);
    ``progress(step, steps)`` is called after each step.
    """
    if not len(labels):
        raise ModelError("no pairs to fine-tune the cross-encoder on")
    import torch

    torch.manual_seed(seed)
    model = _base_model(base)
    tokenizer = _tokenizer(base)
    for name, parameter in model.named_parameters():
        parameter.requires_grad = _tuned(name, frozen_layers)
    trained = [p for p in model.parameters() if p.requires_grad]
    steps = epochs * -(-len(labels) // batch_size)  # length_batches cuts as many batches
    optimiser = torch.optim.AdamW(trained, lr=learning_rate, weight_decay=0.01)
    warmup = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, (steps - s) / steps)
    )
    encoder = CrossEncoder(model, tokenizer, {}, device)  # moves the model to the device
    target = torch.tensor(list(labels), device=encoder.device)
    rng = np.random.default_rng(seed)
    lengths = np.array([len(p) + len(h) for p, h in zip(premises, hypotheses, strict=True)])
    model.train()
    step = 0
    for epoch in range(1, epochs + 1):
        for rows in length_batches(lengths, batch_size, rng):
            inputs = encoder._encode([premises[i] for i in rows], [hypotheses[i] for i in rows])
            loss = model(**inputs, labels=target[rows]).loss
            loss.backward()
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if progress is not None:
                progress(step, steps)
        log.info("cross-encoder: epoch %d of %d (%d pairs)", epoch, epochs, len(labels))
    info = {
        "base": base,
        "frozen_layers": frozen_layers,
        "epochs": epochs,
        "learning_rate": learning_rate,
        "pairs": len(labels),
        "max_tokens": MAX_TOKENS,
        **(meta or {}),
    }
    return CrossEncoder(model, tokenizer, info, encoder.device)
