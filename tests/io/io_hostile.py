"""Hostile inputs shared by the io tests (imported by name: tests/io is on sys.path)."""

from __future__ import annotations

import json
from typing import Any

SCRIPT = "<script>document.body.setAttribute('data-pwned','1')</script>"
IMG = "<img src=x onerror=\"document.title='PWNED'\">"
FORMULA = '=HYPERLINK("http://evil","click")'

#: Texts that break naive CSV, HTML or JSON handling.
NASTY = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    SCRIPT,
    IMG,
    FORMULA,
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "\tstarts with a tab",
    "\rstarts with a carriage return",
    "line one\nline two\r\nline three",
    'a "quoted" word, a comma; a semicolon',
    "'already starts with a quote",
    "&amp; &lt;b&gt; entities",
    "</td></tr></table><h1>escaped the table</h1>",
    '" onmouseover="alert(1)',
    "javascript:alert(1)",
    "\u202eRTL override txt.exe",
    "Libië, Benghazi en Tobruk liggen in het oosten 😀",
    "x" * 5000,
]


def _line(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode()


# (raw line without its end, line end, expected): expected is ("claim", id),
# ("error", id, part of the message), or None for a blank line (no record).
HOSTILE_JSONL: list[tuple[bytes, bytes, tuple[str, ...] | None]] = [
    (
        b"\xef\xbb\xbf" + _line({"id": "c1", "claim": "Tripoli ligt in het westen."}),
        b"\r\n",
        ("claim", "c1"),
    ),
    (
        _line({"id": 2, "claim": "<script>alert(1)</script>", "source": "x"}),
        b"\r\n",
        ("claim", "2"),
    ),
    (
        _line({"id": "<img src=x onerror=alert(1)>", "claim": "<img src=x onerror=alert(1)>"}),
        b"\n",
        ("claim", "<img src=x onerror=alert(1)>"),
    ),
    (_line({"id": "c4", "claim": FORMULA}), b"\n", ("claim", "c4")),
    (b'{"id": "c5", "claim": "broken', b"\n", ("error", "5", "line 5: invalid JSON")),
    (b"", b"\r\n", None),
    (_line({"id": "c7"}), b"\n", ("error", "c7", 'line 7: no "claim" field')),
    (_line({"id": "c8", "claim": ""}), b"\n", ("error", "c8", "line 8: the claim is empty")),
    (
        _line({"id": "c9", "claim": "x" * 100_000}),
        b"\n",
        ("error", "c9", "line 9: the claim is 100000 characters long"),
    ),
    (b'{"id": "c10", "claim": "caf\xe9 \xff"}', b"\n", ("error", "10", "line 10: invalid UTF-8")),
    (
        _line({"id": "c1", "claim": "again"}),
        b"\n",
        ("error", "c1", "line 11: duplicate id 'c1' (first seen on line 1)"),
    ),
    (b'["not", "an", "object"]', b"\n", ("error", "12", "line 12: expected a JSON object")),
    (_line({"claim": "no id here"}), b"\n", ("claim", "13")),
    (
        _line({"id": "c14", "claim": 42}),
        b"\n",
        ("error", "c14", 'line 14: "claim" must be a string'),
    ),
    (
        _line({"id": "c15", "claim": "  \t "}),
        b"\n",
        ("error", "c15", "line 15: the claim is empty"),
    ),
    (b"   \t", b"\r\n", None),
    (_line({"id": "c17", "claim": IMG}), b"\n", ("claim", "c17")),
    (_line({"id": "c18", "claim": SCRIPT}), b"\r\n", ("claim", "c18")),
    (_line({"id": None, "claim": "a null id"}), b"\n", ("claim", "19")),
    (
        _line({"id": "2", "claim": "the id of line 2, as a string"}),
        b"\n",
        ("error", "2", "line 20: duplicate id '2' (first seen on line 2)"),
    ),
    (b'{"id": "c21", "claim": NaN}', b"\n", ("error", "21", "line 21: invalid JSON")),
    (b"{" * 50_000, b"\n", ("error", "22", "line 22: invalid JSON")),
    (
        b'{"id": "c23", "claim": "\\ud800 lone surrogate"}',
        b"\n",
        ("error", "23", "line 23: the record holds an unpaired"),
    ),
    (
        b'{"id": "c24", "claim": "nul \x00 byte"}',
        b"\n",
        ("error", "24", "line 24: the line contains NUL"),
    ),
    (_line({"id": "c25", "claim": "no newline at the end"}), b"", ("claim", "c25")),
]
