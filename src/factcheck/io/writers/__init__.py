"""Verdict writers: jsonl (default), csv, html, claimreview.

Example:
    >>> import io
    >>> from factcheck.models import Verdict
    >>> out = io.StringIO()
    >>> with open_writer("csv", out) as writer:
    ...     writer.write(Verdict(id="c1", claim="=1+1", label="unverified", confidence=0.0))
    ...     print(out.getvalue().splitlines()[1])
    c1,'=1+1,unverified,0,,,,,
"""

from __future__ import annotations

from typing import TextIO

from factcheck.errors import ConfigError
from factcheck.io.writers.base import Writer
from factcheck.io.writers.claimreview import ClaimReviewWriter
from factcheck.io.writers.csvfile import CsvWriter
from factcheck.io.writers.htmlreport import HtmlWriter
from factcheck.io.writers.jsonl import JsonlWriter

__all__ = [
    "WRITERS",
    "ClaimReviewWriter",
    "CsvWriter",
    "HtmlWriter",
    "JsonlWriter",
    "Writer",
    "open_writer",
]

WRITERS: dict[str, type[Writer]] = {
    "jsonl": JsonlWriter,
    "csv": CsvWriter,
    "html": HtmlWriter,
    "claimreview": ClaimReviewWriter,
}
_WHOLE_DOCUMENT = {"html", "claimreview"}


def open_writer(
    format: str, stream: TextIO, *, author: str = "factcheck", append: bool = False
) -> Writer:
    """A writer of verdicts in ``format`` to ``stream``.

    Args:
        format: ``jsonl``, ``csv``, ``html`` or ``claimreview`` (any case).
        stream: a text stream; for csv open it with ``newline=""``.
        author: the organisation named in ClaimReview output (and the HTML header).
        append: the stream already holds output of this format: csv writes no
            header again. html and claimreview are whole documents and cannot
            be appended to.

    Returns:
        A :class:`Writer` with ``write(verdict)``, ``flush()`` and ``close()``;
        ``close()`` finishes the output (html and claimreview are written then)
        and closes the stream unless it is stdout/stderr.

    Raises:
        ConfigError: an unknown format, or ``append`` with html/claimreview.
    """
    name = format.lower()
    if name not in WRITERS:
        raise ConfigError(f"unknown output format {format!r}; use one of {', '.join(WRITERS)}")
    if append and name in _WHOLE_DOCUMENT:
        raise ConfigError(f"cannot append to {name} output: it is one document, written whole")
    return WRITERS[name](stream, author=author, append=append)
