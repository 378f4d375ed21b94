"""JSON Lines: one ``Verdict.model_dump_json()`` per line, the contract other tools read."""

from __future__ import annotations

from factcheck.io.writers.base import Writer
from factcheck.models import Verdict


class JsonlWriter(Writer):
    """One verdict per line, written at once (``append`` changes nothing).

    Example:
        >>> import io
        >>> out = io.StringIO()
        >>> w = JsonlWriter(out)
        >>> w.write(Verdict(id="c1", claim="x", label="unverified", confidence=0.0))
        >>> out.getvalue()[:30]
        '{"id":"c1","claim":"x","label"'
    """

    def write(self, verdict: Verdict) -> None:
        """Write the verdict as one JSON line."""
        self._check_open()
        self.stream.write(verdict.model_dump_json() + "\n")
