"""What every verdict writer does: write, flush, close (closing finishes the output)."""

from __future__ import annotations

import sys
from abc import ABC, abstractmethod
from types import TracebackType
from typing import TextIO

from factcheck.errors import FactcheckError
from factcheck.models import Verdict

#: Text that starts with one of these is read as a formula by spreadsheet programs.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def is_web_url(value: object) -> bool:
    """Whether ``value`` is an http(s) URL: the only URLs written into links and JSON-LD."""
    return (
        isinstance(value, str)
        and value.lower().startswith(("http://", "https://"))
        and not any(ch.isspace() or ch in "<>\"'`" for ch in value)
    )


class Writer(ABC):
    """Writes verdicts to a text stream in one format.

    ``close()`` finishes the output (formats that need every verdict, such as
    HTML, write everything then), flushes, and closes the stream unless it is
    stdout or stderr. Writers are context managers.
    """

    def __init__(self, stream: TextIO, *, author: str = "factcheck", append: bool = False) -> None:
        self.stream = stream
        self.author = author
        self.append = append
        self.closed = False

    @abstractmethod
    def write(self, verdict: Verdict) -> None:
        """Write (or keep, for formats written on close) one verdict."""

    def finish(self) -> None:  # noqa: B027 - a hook: line formats have nothing to finish
        """Write what comes at the end of the output (nothing, for line formats)."""

    def flush(self) -> None:
        """Flush what has been written to the stream."""
        if not self.stream.closed:
            self.stream.flush()

    def close(self) -> None:
        """Finish the output, flush, close the stream (not stdout/stderr); once only."""
        if self.closed:
            return
        self.closed = True
        self.finish()
        self.flush()
        if self.stream not in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            self.stream.close()

    def _check_open(self) -> None:
        if self.closed:
            raise FactcheckError(f"write() after close() on a {type(self).__name__}")

    def __enter__(self) -> Writer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
