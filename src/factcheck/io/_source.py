"""Bytes in, numbered lines out: opening a claim source, encoding checks, bounded lines.

Nothing here holds more than one line (capped in length) and a sample of the
first bytes in memory, so a claim file of any size streams.
"""

from __future__ import annotations

import codecs
import gzip
import io
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from factcheck.errors import ClaimFileError

SAMPLE_BYTES = 64 * 1024
_GZIP_MAGIC = b"\x1f\x8b\x08"  # gzip, deflate: the only method gzip defines
# UTF-32 first: its little-endian mark starts with UTF-16's.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
# A quarter of NUL bytes in the first KiB is UTF-16/32 text, not a damaged UTF-8 file.
_NUL_SHARE = 0.25
_MIN_NUL_SAMPLE = 8
_SKIP_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class Line:
    """One physical line: its number (from 1), its text with the line end, what is wrong with it."""

    number: int
    text: str
    problem: str | None = None


class _Replay(io.RawIOBase):
    """A raw stream that first gives back bytes already read, then the rest of the stream."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        if not isinstance(data, bytes | bytearray):
            raise ClaimFileError("the claim stream must be opened in binary mode")
        buffer[: len(data)] = data
        return len(data)


class Source:
    """An open claim source: a name for messages, its suffix, a sample, and its lines.

    Use :func:`open_source`; close it when done (it closes only what it opened).
    """

    def __init__(self, stream: IO[bytes], name: str, suffix: str, owned: bool) -> None:
        self.name = name
        self._owned = stream if owned else None
        head = _read_head(stream, name)
        if head.startswith(_GZIP_MAGIC):
            stream = gzip.GzipFile(  # type: ignore[assignment]
                fileobj=io.BufferedReader(_Replay(head, stream)), mode="rb"
            )
            head = _read_head(stream, name, "cannot unpack the gzip-compressed file: ")
            suffix = suffix.removesuffix(".gz")
        self.suffix = Path(suffix).suffix.lower() if suffix else ""
        _check_encoding(head, name)
        self._buffer = io.BufferedReader(_Replay(head, stream), buffer_size=_SKIP_CHUNK)
        text = head.removeprefix(codecs.BOM_UTF8).decode("utf-8", "replace")
        if len(head) == SAMPLE_BYTES and "\n" in text:
            text = text[: text.rindex("\n") + 1]  # the last line of a full sample is cut short
        self.sample = text

    def lines(self, max_line_bytes: int) -> Iterator[Line]:
        """The lines, each decoded on its own; bad bytes or an over-long line set ``problem``."""
        number = 0
        while raw := self._readline(max_line_bytes + 1, number + 1):
            number += 1
            problem = None
            if len(raw) > max_line_bytes and not raw.endswith(b"\n"):
                while (rest := self._readline(_SKIP_CHUNK, number)) and not rest.endswith(b"\n"):
                    pass
                problem = f"the line is longer than {max_line_bytes} bytes"
                raw = raw[:max_line_bytes] + b"\n"
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                text = raw.decode("utf-8", "replace")
                problem = problem or (
                    f"invalid UTF-8 (byte 0x{raw[exc.start]:02x} at byte {exc.start + 1} of the "
                    "line); if the file is in another encoding, save it as UTF-8"
                )
            if problem is None and "\x00" in text:
                problem = "the line contains NUL bytes (is the file UTF-16 encoded?)"
            yield Line(number, text, problem)

    def _readline(self, limit: int, number: int) -> bytes:
        try:
            return self._buffer.readline(limit)
        except (OSError, EOFError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
            raise ClaimFileError(f"{self.name}, line {number}: cannot read: {exc}") from exc

    def close(self) -> None:
        """Close the file if this source opened it."""
        if self._owned is not None:
            self._owned.close()
            self._owned = None


def open_source(source: str | Path | IO[bytes]) -> Source:
    """Open a path, ``"-"`` (stdin) or a binary stream; a gzip-compressed one is unpacked.

    Raises:
        ClaimFileError: the file cannot be opened, or is not UTF-8 text at all.
    """
    if isinstance(source, str | Path) and str(source) == "-":
        return Source(sys.stdin.buffer, "<stdin>", "", owned=False)
    if isinstance(source, str | Path):
        path = Path(source)
        try:
            stream: IO[bytes] = path.open("rb")
        except OSError as exc:
            raise ClaimFileError(f"cannot read claims from {path}: {exc.strerror or exc}") from exc
        try:
            return Source(stream, str(path), path.name, owned=True)
        except BaseException:
            stream.close()
            raise
    name = getattr(source, "name", None)
    if isinstance(name, str):
        return Source(source, name, Path(name).name, owned=False)
    return Source(source, "<stream>", "", owned=False)


def _read_head(stream: IO[bytes], name: str, why: str = "cannot read: ") -> bytes:
    chunks: list[bytes] = []
    size = 0
    try:
        while size < SAMPLE_BYTES and (chunk := stream.read(SAMPLE_BYTES - size)):
            if not isinstance(chunk, bytes | bytearray):
                raise ClaimFileError(f"{name}: the claim stream must be opened in binary mode")
            chunks.append(bytes(chunk))
            size += len(chunk)
    except (OSError, EOFError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
        raise ClaimFileError(f"{name}, line 1: {why}{exc}") from exc
    return b"".join(chunks)


def _check_encoding(head: bytes, name: str) -> None:
    for bom, encoding in _WIDE_BOMS:
        if head.startswith(bom):
            raise ClaimFileError(
                f"{name}, line 1: the file is {encoding} encoded (it starts with a {encoding} "
                "byte order mark); save it as UTF-8"
            )
    first = head[:1024]
    if len(first) >= _MIN_NUL_SAMPLE and first.count(0) >= _NUL_SHARE * len(first):
        raise ClaimFileError(
            f"{name}, line 1: the file is not UTF-8 text ({first.count(0)} NUL bytes in its first "
            f"{len(first)} bytes; UTF-16 or UTF-32 text looks like that); save it as UTF-8"
        )
