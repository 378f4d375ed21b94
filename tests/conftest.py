"""Shared fixtures: the reference folder, and one real Verifier per test session.

The Verifier uses the real default model (the bundled all-MiniLM-L6-v2) but a
cache folder under pytest's temporary directory, so the tests never write into
the user's cache. Building it embeds every reference statement once; every
model-using test shares it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.config import Settings, make_settings

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "reference"
SEED = REFERENCE / "libie-artikel.txt"


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    """The project's reference folder (ten documents and knowledge.yaml)."""
    return REFERENCE


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vector cache folder private to this test session."""
    return tmp_path_factory.mktemp("factcheck-cache")


@pytest.fixture(scope="session")
def settings(cache_dir: Path) -> Settings:
    """Default settings, except that vectors are cached in the session's folder."""
    return make_settings(cache_dir=cache_dir)


@pytest.fixture(scope="session")
def verifier(settings: Settings, reference_dir: Path):  # type: ignore[no-untyped-def]
    """One Verifier over reference/, with the real default model, for the whole session."""
    from factcheck.verifier import Verifier

    return Verifier.from_reference(str(reference_dir), settings)


@pytest.fixture
def shared_encoder(verifier, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Make every Verifier built in-process (by the CLI) reuse the session's loaded model.

    The encoder is the same bundled model with the same cache key, so the CLI
    still runs the real pipeline; it only skips loading the weights again.
    """
    import factcheck.verifier as verifier_module

    encoder = verifier.encoder
    monkeypatch.setattr(
        verifier_module, "SentenceTransformerEncoder", lambda *args, **kwargs: encoder
    )
    yield encoder
