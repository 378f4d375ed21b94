"""Claim-file readers: JSONL, CSV/TSV or plain text in, one Claim or RecordError per record out.

Claim files come from social media and are hostile. The reader never crashes
on a bad record and never drops one silently:

- Every input record gives exactly one item, in input order: a
  :class:`~factcheck.models.Claim`, or a :class:`RecordError` that says what is
  wrong and names the line (malformed JSON, not an object, no or a non-string
  ``claim``, an empty claim, a claim over ``max_chars``, invalid UTF-8, NUL
  bytes, a line over the size limit, a CSV row with too many fields).
- Blank lines (only whitespace) are not records: in JSONL and text files they
  are skipped, and so are CSV rows whose cells are all empty. They still count
  for line numbers, and ``ClaimReader.stats.blank`` counts them.
- Ids: a record without an id (or whose id cannot be read) gets its line
  number as id (``"7"``). Duplicate ids: both records are kept; the later one
  becomes a RecordError ``duplicate id 'x' (first seen on line N)``, so nothing
  is merged silently. Only ids the input gives are compared: a line-number id
  is not the user's, and a broken row must not turn the next row's id into a
  "duplicate" (in a CSV with ids 1, 2, 3..., row k sits on line k + 1).
- Encoding: UTF-8 with or without a BOM; CRLF or LF line ends (a lone CR is
  not a line end). A line with invalid UTF-8 is a RecordError (its text decoded
  with U+FFFD replacements) and the rest of the file reads on. A file that is
  not UTF-8 text at all (UTF-16/32: a byte order mark or NUL bytes at the
  start) raises :class:`~factcheck.errors.ClaimFileError` naming line 1.
  Gzip-compressed input (by its magic bytes) is unpacked on the fly.
- Streaming: one line at a time (lines are capped at 1 MiB or 16 x
  ``max_chars`` bytes, whichever is larger; the rest of a longer line is read
  and dropped, and the record becomes a RecordError). The only state that grows
  is the map of the ids the input gives, for the duplicate check (about 100
  bytes per id: some 150 MB of memory for a million records).
- CSV/TSV: the stdlib csv module in strict mode, standard double quotes
  (quoted fields may span lines). The delimiter is the one, of what
  ``csv.Sniffer`` finds, the suffix's (``,`` or tab), ``,``, tab, ``;`` and
  ``|``, under which the header has a claim column and most sample rows have
  as many fields as the header (so a one-column file with commas in its
  claims is not split on them). The
  header must have a ``claim`` column (any case; else ClaimFileError) and may
  have ``id``; the other columns become metadata (strings). A record's line is
  the line its row starts on. A row with more fields than the header is a
  RecordError (likely an unquoted delimiter that would cut the claim); missing
  trailing fields are read as empty.
- JSONL: ``{"id": ..., "claim": ...}`` with other fields kept as metadata; the
  id may be a string or an integer (strings of up to 256 characters); a null
  or empty id means none. NaN/Infinity and unpaired surrogate escapes are
  errors, as they cannot be written back out as JSON/UTF-8.
- Plain text: one claim per line, surrounding whitespace removed.

Example:
    >>> from io import BytesIO
    >>> data = b'{"id": 1, "claim": "Tripoli ligt in het westen."}\\n{oops\\n'
    >>> for item in read_claims(BytesIO(data)):
    ...     print(type(item).__name__, item.id)
    Claim 1
    RecordError 2
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO

from factcheck.errors import ConfigError
from factcheck.io._formats import (
    DELIMITERS,
    CsvRecords,
    Parsed,
    choose_delimiter,
    claim_column,
    parse_jsonl,
    parse_text,
)
from factcheck.io._records import ReadStats, RecordError, mark_duplicate
from factcheck.io._source import Line, Source, open_source
from factcheck.models import Claim

__all__ = ["FORMATS", "ClaimReader", "ReadStats", "RecordError", "read_claims", "sniff_format"]

FORMATS = {
    "jsonl": "jsonl",
    "ndjson": "jsonl",
    "csv": "csv",
    "tsv": "tsv",
    "txt": "txt",
    "text": "txt",
}
SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".txt": "txt",
}
_MIN_LINE_BYTES = 1 << 20


def sniff_format(sample: str) -> str:
    """The format of a file from its first lines: ``jsonl``, ``csv`` or ``txt``.

    The first non-blank line starting with ``{`` means JSONL; one that splits
    into a header with a ``claim`` column (on ``,``, tab, ``;`` or ``|``) means
    CSV; anything else is plain text.

    Example:
        >>> sniff_format('id\\tclaim\\nc1\\tTripoli ligt in het westen.\\n')
        'csv'
    """
    first = next((ln for ln in sample.split("\n") if ln.strip()), "")
    if first.lstrip().startswith("{"):
        return "jsonl"
    if any(claim_column(first, d) for d in DELIMITERS):
        return "csv"
    return "txt"


def _counted(lines: Iterator[Line], stats: ReadStats) -> Iterator[Line]:
    for line in lines:
        stats.lines = line.number
        yield line


class ClaimReader(Iterator[Claim | RecordError]):
    """An iterator of Claims and RecordErrors over an open source; see the module docstring.

    Attributes:
        format: the format read (``jsonl``, ``csv``, ``tsv`` or ``txt``).
        stats: lines read, blank lines skipped, claims and errors yielded so far.
    """

    def __init__(self, source: Source, fmt: str, max_chars: int) -> None:
        self.format = fmt
        self.stats = ReadStats()
        self._source = source
        self._max_chars = max_chars
        self._seen: dict[str, int] = {}
        lines = _counted(source.lines(max(_MIN_LINE_BYTES, 16 * max_chars)), self.stats)
        self._records: Iterator[Parsed]
        if fmt == "jsonl":
            self._records = parse_jsonl(lines, max_chars, self.stats)
        elif fmt == "txt":
            self._records = parse_text(lines, max_chars, self.stats)
        else:
            delimiter = choose_delimiter(source.sample, "\t" if fmt == "tsv" else ",")
            self._records = iter(
                CsvRecords(
                    lines,
                    name=source.name,
                    delimiter=delimiter,
                    max_chars=max_chars,
                    stats=self.stats,
                )
            )

    def __iter__(self) -> ClaimReader:
        return self

    def __next__(self) -> Claim | RecordError:
        try:
            line, record, explicit = next(self._records)
        except BaseException:
            self.close()
            raise
        if explicit:
            first = self._seen.setdefault(record.id, line)
            if first != line:
                record = mark_duplicate(record, first, line, self._max_chars)
        if isinstance(record, RecordError):
            self.stats.errors += 1
        else:
            self.stats.claims += 1
        return record

    def close(self) -> None:
        """Close the file (a stream passed in, or stdin, is left open)."""
        self._source.close()

    def __del__(self) -> None:  # an abandoned reader closes its file, as a generator would
        if hasattr(self, "_source"):
            self.close()

    def __enter__(self) -> ClaimReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def read_claims(
    source: str | Path | IO[bytes],
    *,
    format: str | None = None,
    max_chars: int = 2000,
) -> ClaimReader:
    """Read claims from a file, ``"-"`` (stdin, binary) or a binary stream, lazily.

    Args:
        source: a path, ``"-"`` for stdin, or a stream opened in binary mode.
        format: ``jsonl`` (or ``ndjson``), ``csv``, ``tsv`` or ``txt``; by default
            the suffix decides (``.jsonl``, ``.ndjson``, ``.csv``, ``.tsv``,
            ``.txt``, also under ``.gz``), and the content when the suffix is
            unknown or the source is stdin (see :func:`sniff_format`).
        max_chars: the longest claim accepted; longer ones become RecordErrors,
            and recovered texts are cut to this length.

    Returns:
        A :class:`ClaimReader`: an iterator with one Claim or RecordError per
        input record, in order. The file is opened and checked (encoding, CSV
        header) at once; records are read as they are asked for.

    Raises:
        ClaimFileError: the file cannot be read at all (missing, not UTF-8, a
            CSV without a ``claim`` column).
        ConfigError: an unknown ``format`` or a ``max_chars`` below 1.

    Example:
        >>> from io import BytesIO
        >>> [c.id for c in read_claims(BytesIO(b"id,claim\\nc1,Tripoli ligt in het westen.\\n"))]
        ['c1']
    """
    if format is not None and format.lower() not in FORMATS:
        raise ConfigError(
            f"unknown claim file format {format!r}; use one of {', '.join(sorted(FORMATS))}"
        )
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
        raise ConfigError(f"max_chars must be a positive integer, not {max_chars!r}")
    src = open_source(source)
    try:
        fmt = (
            FORMATS[format.lower()]
            if format
            else SUFFIXES.get(src.suffix) or sniff_format(src.sample)
        )
        return ClaimReader(src, fmt, max_chars)
    except BaseException:
        src.close()
        raise
