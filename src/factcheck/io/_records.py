"""RecordError, for input that is not a usable claim, and the checks every format shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from factcheck.models import Claim

MAX_ID_CHARS = 256


class RecordError(BaseModel):
    """An input record that is not a usable claim; the batch runner gives it an error verdict.

    Attributes:
        id: the record's id where one could be read, else its line number.
        text: the raw text that could be recovered, cut to ``max_chars`` with a marker.
        error: what is wrong, starting with the line (``"line 7: invalid JSON ..."``).
        line: the line the record starts on (from 1).
        metadata: the record's other fields, where they could be read.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    text: str
    error: str
    line: int
    metadata: dict[str, Any] = Field(default_factory=dict)


@dataclass
class ReadStats:
    """What a reader has seen so far: lines read, blank lines and empty rows skipped, records."""

    lines: int = 0
    blank: int = 0
    claims: int = 0
    errors: int = 0


def clip(text: str, max_chars: int) -> str:
    """``text`` cut to ``max_chars`` characters, with a marker saying how long it was."""
    if len(text) <= max_chars:
        return text
    return f"{text[:max_chars]} [… cut: {len(text)} characters in all]"


def record_error(
    claim_id: str,
    text: str,
    line: int,
    message: str,
    max_chars: int,
    metadata: dict[str, Any] | None = None,
) -> RecordError:
    """A RecordError whose message names the line."""
    return RecordError(
        id=claim_id,
        text=clip(text, max_chars),
        error=f"line {line}: {message}",
        line=line,
        metadata=metadata or {},
    )


def resolve_id(value: Any, line: int) -> tuple[str, str | None, bool]:
    """The record id, what is wrong with the given one, and whether the input gave it.

    A record without a usable id gets its line number (and ``False``).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return str(line), None, False
    if isinstance(value, bool) or not isinstance(value, int | str):
        kind = "a boolean" if isinstance(value, bool) else f"a {type(value).__name__}"
        return str(line), f"the id must be a string or an integer, not {kind}", False
    claim_id = str(value)
    if len(claim_id) > MAX_ID_CHARS:
        message = f"the id is {len(claim_id)} characters long; the limit is {MAX_ID_CHARS}"
        return str(line), message, False
    return claim_id, None, True


def make_claim(
    claim_id: str,
    text: str,
    line: int,
    max_chars: int,
    metadata: dict[str, Any],
) -> Claim | RecordError:
    """A Claim, or a RecordError when the text is empty or too long."""
    if not text.strip():
        return record_error(claim_id, text, line, "the claim is empty", max_chars, metadata)
    if len(text) > max_chars:
        return record_error(
            claim_id,
            text,
            line,
            f"the claim is {len(text)} characters long; the limit is {max_chars}",
            max_chars,
            metadata,
        )
    return Claim(id=claim_id, text=text, metadata=metadata)


def mark_duplicate(
    record: Claim | RecordError, first_line: int, line: int, max_chars: int
) -> RecordError:
    """The record, turned into (or kept as) a RecordError that reports its duplicate id."""
    message = f"duplicate id {record.id!r} (first seen on line {first_line})"
    if isinstance(record, RecordError):
        return record.model_copy(update={"error": f"{record.error}; {message}"})
    return record_error(record.id, record.text, line, message, max_chars, dict(record.metadata))
