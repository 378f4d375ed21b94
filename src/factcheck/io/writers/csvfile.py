"""CSV: one row per claim, for spreadsheets, with formula injection neutralised.

Columns: ``id, claim, label, confidence, evidence_text, evidence_statement_id,
explanation, flags, error``. The evidence columns hold the top evidence (the
first in ``verdict.evidence``); ``flags`` holds the flag kinds joined with
``"; "``.

Formula injection: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return would be run as a formula by Excel, LibreOffice or Google
Sheets (``=HYPERLINK("http://evil", "click")``). Every such cell, in every
column, gets a single quote ``'`` in front, which spreadsheets show as text;
a program reading the CSV sees the quote and must drop it itself. Numbers are
written as plain numbers, so only a negative confidence would be prefixed.
"""

from __future__ import annotations

import csv
from typing import TextIO

from factcheck.io.writers.base import FORMULA_PREFIXES, Writer
from factcheck.models import Verdict

COLUMNS = (
    "id",
    "claim",
    "label",
    "confidence",
    "evidence_text",
    "evidence_statement_id",
    "explanation",
    "flags",
    "error",
)


def neutralise(cell: str) -> str:
    """The cell with a ``'`` in front if a spreadsheet would read it as a formula.

    Example:
        >>> neutralise('=HYPERLINK("http://evil","click")')
        '\\'=HYPERLINK("http://evil","click")'
        >>> neutralise("Tripoli ligt in het westen.")
        'Tripoli ligt in het westen.'
    """
    return "'" + cell if cell.startswith(FORMULA_PREFIXES) else cell


def verdict_row(verdict: Verdict) -> list[str]:
    """The CSV cells for one verdict, neutralised."""
    top = verdict.evidence[0] if verdict.evidence else None
    cells = [
        verdict.id,
        verdict.claim,
        verdict.label.value,
        f"{verdict.confidence:.4g}",
        top.text if top else "",
        top.statement_id if top else "",
        verdict.explanation,
        "; ".join(flag.kind for flag in verdict.flags),
        verdict.error or "",
    ]
    return [neutralise(cell) for cell in cells]


class CsvWriter(Writer):
    """Rows written at once; the header first, unless ``append`` (adding to an existing file).

    Open the stream with ``newline=""``: rows end in CRLF (RFC 4180) and
    quoted cells may hold line breaks.
    """

    def __init__(self, stream: TextIO, *, author: str = "factcheck", append: bool = False) -> None:
        super().__init__(stream, author=author, append=append)
        self._csv = csv.writer(stream)
        if not append:
            self._csv.writerow(COLUMNS)

    def write(self, verdict: Verdict) -> None:
        """Write one row."""
        self._check_open()
        self._csv.writerow(verdict_row(verdict))
