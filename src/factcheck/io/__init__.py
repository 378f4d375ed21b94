"""Input and output: claim-file readers, verdict writers, the terminal view."""

from __future__ import annotations

from factcheck.io.readers import ClaimReader, RecordError, read_claims
from factcheck.io.writers import Writer, open_writer

__all__ = ["ClaimReader", "RecordError", "Writer", "open_writer", "read_claims"]
