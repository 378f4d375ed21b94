"""Line parsers per claim-file format: each yields ``(line, Claim | RecordError)`` in order."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from factcheck.errors import ClaimFileError
from factcheck.io._records import ReadStats, RecordError, make_claim, record_error, resolve_id
from factcheck.io._source import Line
from factcheck.models import Claim

#: (first line, record, whether the input gave the id: only those are checked for duplicates)
Parsed = tuple[int, Claim | RecordError, bool]
DELIMITERS = (",", "\t", ";", "|")
_SNIFF_CHARS = 4096  # csv.Sniffer's regexes slow down fast on long samples
_JSON_TYPES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true or false",
    type(None): "null",
}


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _has_lone_surrogate(value: Any) -> bool:
    """Whether a string in a parsed JSON value has an unpaired surrogate (iterative: any depth)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if any("\ud800" <= ch <= "\udfff" for ch in item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def parse_jsonl(lines: Iterable[Line], max_chars: int, stats: ReadStats) -> Iterator[Parsed]:
    """One JSON object per line: ``{"id": ..., "claim": ...}``, other fields kept as metadata."""
    for line in lines:
        n, text = line.number, line.text.rstrip("\r\n")
        if line.problem:
            yield n, record_error(str(n), text, n, line.problem, max_chars), False
            continue
        if not text.strip():
            stats.blank += 1
            continue
        try:
            obj = json.loads(text, parse_constant=_no_constants)
        except json.JSONDecodeError as exc:
            message = f"invalid JSON ({exc.msg} at column {exc.colno})"
            yield n, record_error(str(n), text, n, message, max_chars), False
            continue
        except RecursionError:
            yield (
                n,
                record_error(str(n), text, n, "invalid JSON (nested too deeply)", max_chars),
                False,
            )
            continue
        except ValueError as exc:  # NaN/Infinity, integers past Python's digit limit
            yield n, record_error(str(n), text, n, f"invalid JSON ({exc})", max_chars), False
            continue
        yield n, *_jsonl_record(obj, text, n, max_chars)


def _jsonl_record(obj: Any, raw: str, n: int, max_chars: int) -> tuple[Claim | RecordError, bool]:
    if not isinstance(obj, dict):
        found = _JSON_TYPES.get(type(obj), "a value")
        return record_error(
            str(n), raw, n, f"expected a JSON object, found {found}", max_chars
        ), False
    if "\\u" in raw and _has_lone_surrogate(obj):
        message = "the record holds an unpaired UTF-16 surrogate escape (\\ud800-\\udfff), not text"
        return record_error(str(n), raw, n, message, max_chars), False
    claim_id, problem, explicit = resolve_id(obj.get("id"), n)
    metadata = {k: v for k, v in obj.items() if k not in ("id", "claim")}
    claim = obj.get("claim")
    if problem is None and "claim" not in obj:
        fields = ", ".join(repr(k[:40]) for k in list(obj)[:8]) or "none"
        problem = f'no "claim" field (fields: {fields})'
    elif problem is None and not isinstance(claim, str):
        problem = f'"claim" must be a string, not {_JSON_TYPES.get(type(claim), "a value")}'
    text = claim if isinstance(claim, str) else raw
    if problem is not None:
        return record_error(claim_id, text, n, problem, max_chars, metadata), explicit
    return make_claim(claim_id, text, n, max_chars, metadata), explicit


def parse_text(lines: Iterable[Line], max_chars: int, stats: ReadStats) -> Iterator[Parsed]:
    """One claim per line, surrounding whitespace removed; the id is the line number."""
    for line in lines:
        n, text = line.number, line.text.strip()
        if line.problem:
            yield n, record_error(str(n), text, n, line.problem, max_chars), False
        elif not text:
            stats.blank += 1
        else:
            yield n, make_claim(str(n), text, n, max_chars, {}), False


def claim_column(header_line: str, delimiter: str) -> bool:
    """Whether a header line split on ``delimiter`` has a ``claim`` column."""
    try:
        row = next(csv.reader([header_line], delimiter=delimiter), [])
    except csv.Error:
        return False
    return any(cell.strip().lower() == "claim" for cell in row)


def choose_delimiter(sample: str, fallback: str) -> str:
    """The delimiter under which the header has a claim column and most sample rows fit it.

    Candidates, in order of preference on a tie: what csv.Sniffer finds, then
    ``fallback`` (from the suffix), then ``,``, tab, ``;``, ``|``. Counting rows
    that fit the header keeps a one-column file with commas in its claims from
    being split on the commas.
    """
    candidates: list[str] = []
    with contextlib.suppress(csv.Error):
        candidates.append(csv.Sniffer().sniff(sample[:_SNIFF_CHARS], "".join(DELIMITERS)).delimiter)
    candidates += [fallback, *DELIMITERS]
    best, best_fit = candidates[0], -1
    for delimiter in dict.fromkeys(candidates):
        fit = _rows_fitting_header(sample, delimiter)
        if fit > best_fit:
            best, best_fit = delimiter, fit
    return best


def _rows_fitting_header(sample: str, delimiter: str) -> int:
    """Sample rows with as many fields as the header; -1 without a claim column."""
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    fit = 0
    with contextlib.suppress(csv.Error):
        for row in reader:
            if header is None:
                if any(cell.strip() for cell in row):
                    header = row
            elif len(row) == len(header):
                fit += 1
    if header is None or not any(cell.strip().lower() == "claim" for cell in header):
        return -1
    return fit


class _Tap:
    """Feeds line texts to csv.reader, noting bad lines and the raw text of the current row.

    Kept apart from CsvRecords so that no reference cycle holds the file open.
    """

    def __init__(self, lines: Iterable[Line], max_chars: int) -> None:
        self.lines, self.max_chars = iter(lines), max_chars
        self.problems: dict[int, str] = {}
        self.raw: list[str] = []
        self.raw_chars = 0

    def __iter__(self) -> Iterator[str]:
        for line in self.lines:
            if line.problem:
                self.problems[line.number] = line.problem
            if self.raw_chars <= self.max_chars:
                self.raw.append(line.text)
                self.raw_chars += len(line.text)
            yield line.text

    def new_row(self) -> None:
        """Forget the raw text of the last row."""
        self.raw, self.raw_chars = [], 0


class CsvRecords:
    """Rows of a CSV/TSV file with a header naming a ``claim`` column (and optionally ``id``).

    The header is read when this is made, so a file without a claim column fails at once.
    """

    def __init__(
        self, lines: Iterable[Line], *, name: str, delimiter: str, max_chars: int, stats: ReadStats
    ) -> None:
        self._max_chars, self._stats, self._delimiter = max_chars, stats, delimiter
        self._tap = _Tap(lines, max_chars)
        self._reader = csv.reader(iter(self._tap), delimiter=delimiter, strict=True)
        self._columns: list[str] = []
        self._claim = self._id = -1
        for n, row in self._rows():
            if isinstance(row, str):
                raise ClaimFileError(f"{name}, line {n}: cannot read the CSV header: {row}")
            if not any(cell.strip() for cell in row):
                stats.blank += 1
                continue
            self._header(row, name, n)
            break

    def _header(self, row: list[str], name: str, n: int) -> None:
        names = [cell.strip() for cell in row]
        lower = [cell.lower() for cell in names]
        if "claim" not in lower:
            shown = ", ".join(repr(c[:40]) for c in names[:12])
            raise ClaimFileError(
                f"{name}, line {n}: no 'claim' column in the header (columns: {shown}, delimiter "
                f"{self._delimiter!r}); the first row must name the columns, one of them 'claim'"
            )
        self._claim = lower.index("claim")
        self._id = lower.index("id") if "id" in lower else -1
        seen: set[str] = set()
        for i, col in enumerate(names):
            key = col or f"column_{i + 1}"
            if key in seen:
                key = f"{key}_{i + 1}"
            seen.add(key)
            self._columns.append(key)

    def _rows(self) -> Iterator[tuple[int, list[str] | str]]:
        """``(first line, cells)`` per row, or ``(first line, message)`` for a bad row."""
        while True:
            start = self._reader.line_num + 1
            self._tap.new_row()
            try:
                row: list[str] | str = next(self._reader)
            except StopIteration:
                return
            except csv.Error as exc:
                row = f"malformed CSV ({exc}; lines {start}-{self._reader.line_num})"
            problems = self._tap.problems
            bad = sorted(k for k in problems if k <= self._reader.line_num)
            if bad:
                problem = problems[bad[0]]
                row = problem if bad[0] == start else f"{problem} (on line {bad[0]})"
                for k in bad:
                    del problems[k]
            yield start, row

    def __iter__(self) -> Iterator[Parsed]:
        if self._claim < 0:
            return
        for n, row in self._rows():
            raw = "".join(self._tap.raw).rstrip("\r\n")
            if isinstance(row, str):
                yield n, record_error(str(n), raw, n, row, self._max_chars), False
            elif not any(cell.strip() for cell in row):
                self._stats.blank += 1
            else:
                yield n, *self._record(row, raw, n)

    def _record(self, row: list[str], raw: str, n: int) -> tuple[Claim | RecordError, bool]:
        claim_id, problem, explicit = resolve_id(
            row[self._id] if 0 <= self._id < len(row) else None, n
        )
        skip = (self._claim, self._id)
        metadata = {
            col: row[i] if i < len(row) else ""
            for i, col in enumerate(self._columns)
            if i not in skip
        }
        text = row[self._claim] if self._claim < len(row) else raw
        if len(row) > len(self._columns):
            metadata, text = {}, raw
            problem = (
                f"{len(row)} fields where the header has {len(self._columns)} "
                f"(is a field with a {self._delimiter!r} in it not quoted?)"
            )
        elif self._claim >= len(row):
            problem = (
                f"no claim: the row has {len(row)} fields; the claim is field {self._claim + 1}"
            )
        if problem is not None:
            return record_error(claim_id, text, n, problem, self._max_chars, metadata), explicit
        return make_claim(claim_id, text, n, self._max_chars, metadata), explicit
