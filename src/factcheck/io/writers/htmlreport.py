"""A self-contained HTML report: one file, no network, no JavaScript.

Safety: every piece of user text (ids, claims, evidence, explanations, flags,
errors, metadata) goes through :func:`html.escape`, attribute values included;
links are written only for http(s) URLs. The page has no script at all, and a
Content-Security-Policy ``default-src 'none'; style-src 'unsafe-inline'`` so
that even markup that slipped through could run no script and load nothing
(no images, fonts or frames), and ``referrer`` ``no-referrer``.

Layout: counts per label, then a table, one row per claim: label (colour
coded), confidence, the claim, the top evidence (up to three statements) with
the words it shares with the claim marked, the explanation, flags and errors.
Shared words are compared lower-cased; words under four letters (articles,
short function words) are not marked, numbers always are.

The writer keeps the rendered rows and writes the page on ``close()``, so it
suits reports for people (up to tens of thousands of claims), not millions.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from html import escape
from typing import TextIO

from factcheck.io.writers.base import Writer, is_web_url
from factcheck.models import Evidence, Label, Verdict

MAX_EVIDENCE = 3
_WORD = re.compile(r"(\w+)")
_CSP = "default-src 'none'; style-src 'unsafe-inline'"
_LABELS = (Label.SUPPORTED, Label.CONTRADICTED, Label.UNVERIFIED)
_STYLE = """
:root{color-scheme:light;--ok:#1a7f37;--bad:#c62828;--unk:#8a6d00;--err:#6b21a8;--line:#d0d7de}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1f2328}
h1{font-size:1.5rem;margin:0 0 .25rem}.meta{color:#57606a;margin:0 0 1rem}
.summary{display:flex;gap:.75rem;flex-wrap:wrap;margin:0 0 1.5rem;padding:0;list-style:none}
.summary li{border:1px solid var(--line);border-radius:8px;padding:.5rem .9rem;min-width:7rem}
.summary b{display:block;font-size:1.4rem}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border-bottom:1px solid var(--line);padding:.5rem;vertical-align:top;text-align:left;
overflow-wrap:anywhere;white-space:pre-wrap}
th{background:#f6f8fa;position:sticky;top:0}
.label{display:inline-block;border-radius:999px;padding:.1rem .6rem;color:#fff;font-weight:600;
font-size:.85rem;white-space:nowrap}
.label.supported,.summary .supported{background:var(--ok)}
.label.contradicted,.summary .contradicted{background:var(--bad)}
.label.unverified,.summary .unverified{background:var(--unk)}.summary .errors{background:var(--err)}
.summary li{color:#fff}
tr.row-supported td:first-child{border-left:4px solid var(--ok)}
tr.row-contradicted td:first-child{border-left:4px solid var(--bad)}
tr.row-unverified td:first-child{border-left:4px solid var(--unk)}
tbody tr:nth-child(even){background:#f6f8fa}
mark{background:#fff3a3;padding:0 .1em}.ev{margin:0 0 .6rem}.ev small{color:#57606a;display:block}
.error{color:var(--err);font-weight:600}ul.flags{margin:0;padding-left:1.1rem}
col.id{width:8%}col.lab{width:9%}col.conf{width:7%}col.claim{width:22%}col.ev{width:28%}
col.why{width:26%}
"""


def words(text: str) -> set[str]:
    """The words of ``text`` worth marking when shared: lower-cased, numbers or 4+ letters."""
    return {w for w in (m.lower() for m in _WORD.findall(text)) if w.isdigit() or len(w) >= 4}


def highlight(text: str, shared: set[str]) -> str:
    """``text`` escaped, with the words in ``shared`` wrapped in ``<mark>``.

    Example:
        >>> highlight("Haftar <b>verloor</b> 7000 man", {"verloor", "7000"})
        'Haftar &lt;b&gt;<mark>verloor</mark>&lt;/b&gt; <mark>7000</mark> man'
    """
    pieces = _WORD.split(text)  # odd indexes are words; each piece is escaped on its own
    return "".join(
        f"<mark>{escape(p)}</mark>" if i % 2 and p.lower() in shared else escape(p)
        for i, p in enumerate(pieces)
    )


def _evidence(ev: Evidence, shared: set[str]) -> str:
    where = escape(f"{ev.stance.value} · score {ev.score:.2f} · {ev.document} · {ev.statement_id}")
    return f'<div class="ev"><small>{where}</small>{highlight(ev.text, shared)}</div>'


def render_row(verdict: Verdict) -> str:
    """One ``<tr>`` for a verdict, every user string escaped."""
    claim_words = words(verdict.claim)
    shown = verdict.evidence[:MAX_EVIDENCE]
    shared = set().union(*(claim_words & words(ev.text) for ev in shown)) if shown else set()
    evidence = "".join(_evidence(ev, claim_words & words(ev.text)) for ev in shown)
    if len(verdict.evidence) > MAX_EVIDENCE:
        evidence += f"<small>and {len(verdict.evidence) - MAX_EVIDENCE} more</small>"
    label = verdict.label.value
    why = escape(verdict.explanation)
    if verdict.error:
        why = f'<span class="error">Error: {escape(verdict.error)}</span>\n{why}'
    flags = "".join(f"<li><b>{escape(f.kind)}</b>: {escape(f.message)}</li>" for f in verdict.flags)
    url = verdict.metadata.get("url")
    url = url if is_web_url(url) else None
    link = (
        f'<br><a href="{escape(url, quote=True)}" rel="noopener noreferrer nofollow">source</a>'
        if url
        else ""
    )
    return (
        f'<tr class="row-{escape(label, quote=True)}"><td>{escape(verdict.id)}{link}</td>'
        f'<td><span class="label {escape(label, quote=True)}">{escape(label)}</span></td>'
        f"<td>{verdict.confidence:.2f}</td><td>{highlight(verdict.claim, shared)}</td>"
        f"<td>{evidence}</td><td>{why}{f'<ul class=flags>{flags}</ul>' if flags else ''}</td></tr>"
    )


class HtmlWriter(Writer):
    """Keeps rendered rows and label counts; writes the page on ``close()`` (no ``append``)."""

    def __init__(
        self,
        stream: TextIO,
        *,
        author: str = "factcheck",
        append: bool = False,
        title: str = "Fact-check report",
    ) -> None:
        super().__init__(stream, author=author, append=append)
        self.title = title
        self._rows: list[str] = []
        self._counts: Counter[str] = Counter()
        self._errors = 0

    def write(self, verdict: Verdict) -> None:
        """Render one row and count its label."""
        self._check_open()
        self._rows.append(render_row(verdict))
        self._counts[verdict.label.value] += 1
        self._errors += verdict.error is not None

    def finish(self) -> None:
        """Write the whole page."""
        chips = (
            "".join(
                f'<li class="{lab.value}"><b>{self._counts[lab.value]}</b>{lab.value}</li>'
                for lab in _LABELS
            )
            + f'<li class="errors"><b>{self._errors}</b>not checked (errors)</li>'
        )
        total = sum(self._counts.values())
        self.stream.write(
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
            '<meta name="referrer" content="no-referrer">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(self.title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
            f'<h1>{escape(self.title)}</h1>\n<p class="meta">{total} claims · '
            f"{escape(self.author)} · {date.today().isoformat()}</p>\n"
            f'<ul class="summary">{chips}</ul>\n<table>\n'
            '<colgroup><col class="id"><col class="lab"><col class="conf"><col class="claim">'
            '<col class="ev"><col class="why"></colgroup>\n'
            "<thead><tr><th>Id</th><th>Label</th><th>Conf.</th><th>Claim</th>"
            "<th>Evidence</th><th>Explanation and flags</th></tr></thead>\n<tbody>\n"
        )
        for row in self._rows:
            self.stream.write(row + "\n")
        self.stream.write("</tbody>\n</table>\n</body>\n</html>\n")
        self._rows.clear()
