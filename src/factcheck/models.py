"""Typed records that flow through the pipeline and out of the API.

The field names of :class:`Verdict`, :class:`Evidence`, :class:`Flag` and
:class:`ReferenceIssue` are a contract (see docs/architecture.md): other tools
read them, so add fields freely but never rename or remove one.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Label(StrEnum):
    """The verdict on a claim."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNVERIFIED = "unverified"


class Stance(StrEnum):
    """What one reference statement says about a claim."""

    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    NEUTRAL = "neutral"


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Document(_Record):
    """A reference document: a news article, a report.

    ``offset`` is the number of characters before ``text`` in the source file
    (front matter), so that statement spans point into the file itself.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    language: str | None = None
    path: str | None = None
    offset: int = 0
    metadata: dict[str, Any] = Field(default_factory=dict)


class Statement(_Record):
    """One sentence of a reference document, with its span in the source file."""

    id: str
    document: str
    text: str
    start: int
    end: int
    language: str = "nl"


class Claim(_Record):
    """A claim to verify. ``id`` is the record's id (or its line number)."""

    id: str
    text: str
    metadata: dict[str, Any] = Field(default_factory=dict)


class Evidence(_Record):
    """A reference statement judged against a claim."""

    document: str
    statement_id: str
    text: str
    start: int
    end: int
    score: float
    stance: Stance
    probabilities: dict[str, float] = Field(default_factory=dict)
    differences: list[str] = Field(default_factory=list)


class Flag(_Record):
    """Something a fact-checker should know about a verdict."""

    kind: str
    message: str
    statement_id: str | None = None


class ClaimPart(_Record):
    """The verdict on one part of a compound claim ("X en Y")."""

    text: str
    label: Label
    confidence: float
    explanation: str
    evidence: list[Evidence] = Field(default_factory=list)


class Verdict(_Record):
    """The verdict on one claim: one record per input record, always."""

    id: str
    claim: str
    label: Label
    confidence: float
    evidence: list[Evidence] = Field(default_factory=list)
    explanation: str = ""
    flags: list[Flag] = Field(default_factory=list)
    error: str | None = None
    parts: list[ClaimPart] = Field(default_factory=list)
    metadata: dict[str, Any] = Field(default_factory=dict)

    @classmethod
    def failed(cls, claim_id: str, text: str, error: str, **metadata: Any) -> Verdict:
        """The record for a claim that could not be checked."""
        return cls(
            id=claim_id,
            claim=text,
            label=Label.UNVERIFIED,
            confidence=0.0,
            explanation=f"Not checked: {error}",
            error=error,
            metadata=metadata,
        )


class ReferenceIssue(_Record):
    """A reference statement that disagrees with world knowledge."""

    document: str
    statement_id: str
    text: str
    kind: str
    message: str
    source: str
