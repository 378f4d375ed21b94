"""Split a document into reference statements (sentences) with exact spans.

Rules, in order: blank lines separate blocks; a block's first line that is
short and lacks final punctuation is a heading ("Zware verliezen voor Haftar")
and not a statement; markdown headings and list markers are handled; inside a
block, a sentence ends at ``.``, ``!``, ``?`` or ``…`` (plus closing quotes or
brackets) followed by whitespace and an upper-case letter, a digit or an
opening quote, unless the word before the period is a known abbreviation of
the language or a single initial. Numbers such as "6,8" and "300.000" have no
whitespace after their separator and are never split. A news dateline before
the first sentence ("ATHENS, Sept 21 -") is no part of it: it says where and
when the report was filed, not when the event happened.

pysbd was tried first: its Dutch rules split "Dr. Jansen" and "3 jan. 2020",
so the splitter is ours, with abbreviations kept per language in factcheck.lang.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.lang import resources
from factcheck.models import Document, Statement

_BLOCK_SEP = re.compile(r"\r?\n[ \t]*\r?\n\s*")
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-ZÀ-ÖØ-Þ0-9])")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")
# How far back the word before a period is looked for (longer words are no abbreviation).
_WORD_WINDOW = 64
_NEXT_IS_LETTER = re.compile(r"\s+[\"'“‘«(\[]?[^\W\d_]")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
# Bullet items are content even without final punctuation ("- Rusland steunt Haftar");
# a numbered line without it ("2. Bevingen en schade") is a section heading.
_BULLET = re.compile(r"^\s*[-*+•]\s+")
_TERMINAL = (".", "!", "?", "…", '"', "”", "'", "’", ":", ";", ")")
# Longer unpunctuated lines are run-on text, not headings ...
_MAX_HEADING_WORDS = 14
# ... except a headline: the document's first line, alone in its block, or a
# line that repeats the title of the front matter.
_MAX_HEADLINE_WORDS = 30
# A news dateline before the first sentence: where and when the report was
# filed, not what happened ("HEERENVEEN, 11 maart – De gemeente legt de bouw
# stil" was announced the day before). "ATHENS, Sept 21 -", "APELDOORN (ANP) -",
# "ORANGE, New South Wales, March 12 (Wire) -", "KALLO, woensdag —".
# The sentence after the dash starts with a capital, a digit or a quote: "VVD -
# de grootste partij - wil meer geld" has no dateline.
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ž"
_DATELINE = re.compile(
    rf"[{_CAPITAL}][{_CAPITAL}'’.-]{{2,}}(?: [{_CAPITAL}][{_CAPITAL}'’.-]+)*"
    r"(?:,[^—–\n]{1,48}?)?(?:\s*\([^)\n]{1,24}\))?\s+[-—–]\s+"
    r"(?=[A-ZÀ-ÖØ-ÞĀ-Ž0-9\"'“‘])"
)


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for match in _BLOCK_SEP.finditer(text):
        yield start, text[start : match.start()]
        start = match.end()
    yield start, text[start:]


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if _MD_HEADING.match(line):
        return True
    return not stripped.endswith(_TERMINAL) and len(stripped.split()) <= _MAX_HEADING_WORDS


def _is_headline(unit: str, title: str, *, first: bool) -> bool:
    """A headline longer than a heading: it repeats the title, or opens the text unpunctuated."""
    line = " ".join(unit.split())
    if title and line.casefold() == title and not line.endswith(_TERMINAL):
        return True
    return (
        first
        and "\n" not in unit.strip()
        and not line.endswith(_TERMINAL)
        and len(line.split()) <= _MAX_HEADLINE_WORDS
    )


def _runs_on(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a sentence hard-wrapped mid-way: the next line starts in lower case."""
    following = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
    return following[:1].islower()


def _units(block_start: int, block: str) -> Iterator[tuple[int, str]]:
    """Lines that stand alone (headings, list items) and runs of prose, with offsets."""
    lines = block.split("\n")
    pos = block_start
    prose_start: int | None = None
    prose_parts: list[str] = []
    for i, line in enumerate(lines):
        line_start = pos
        pos += len(line) + 1
        standalone = (
            _LIST_MARKER.match(line)
            or _MD_HEADING.match(line)
            or (_is_heading(line) and (len(lines) == 1 or i == 0) and not _runs_on(lines, i))
        )
        if standalone:
            if prose_parts and prose_start is not None:
                yield prose_start, "\n".join(prose_parts)
                prose_parts, prose_start = [], None
            yield line_start, line
        else:
            if prose_start is None:
                prose_start = line_start
            prose_parts.append(line)
    if prose_parts and prose_start is not None:
        yield prose_start, "\n".join(prose_parts)


def split_sentences(text: str, language: str = "nl") -> list[tuple[int, int]]:
    """Character spans of the sentences of one run of prose.

    Example:
        >>> text = "Dr. Jansen zag 6,8 procent van 300.000 mensen. Het was maandag."
        >>> [text[a:b] for a, b in split_sentences(text)]
        ['Dr. Jansen zag 6,8 procent van 300.000 mensen.', 'Het was maandag.']
    """
    lang = resources(language)
    abbreviations = lang.ABBREVIATIONS
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        punct_at = match.start()
        if text[punct_at] == ".":
            # Only the word before matters: searching from the start of the text
            # made segmenting quadratic (18 s for 4,000 sentences).
            before = _WORD_BEFORE.search(text, max(0, punct_at - _WORD_WINDOW), punct_at)
            word = before.group(1).lower().strip("'’-") if before else ""
            core = word.rstrip(".")
            # "... until 8 p.m. Regional president Mazón ...": a capital after
            # an abbreviation that often ends a sentence starts the next one.
            ends = core in lang.FINAL_ABBREVIATIONS and _NEXT_IS_LETTER.match(text, match.end())
            if not ends and (
                core in abbreviations
                or (len(core) == 1 and core.isalpha())
                or ("." in core and len(core) <= 6)
            ):
                continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            out.append((a + lead, a + trail))
    return out


def segment(document: Document) -> list[Statement]:
    """Split a document into statements; spans point into the source file.

    Example:
        >>> doc = Document(id="d", text="Kop zonder punt\\n\\nEerste zin. Tweede zin.")
        >>> [s.text for s in segment(doc)]
        ['Eerste zin.', 'Tweede zin.']
    """
    language = document.language or "nl"
    statements: list[Statement] = []
    title = " ".join((document.title or "").split()).casefold()
    blocks = list(_blocks(document.text))
    for n, (block_start, block) in enumerate(blocks):
        # The first block opens a document only if prose follows it.
        opens = n == 0 and len(blocks) > 1
        for unit_start, unit in _units(block_start, block):
            if _is_heading(unit) and "\n" not in unit.strip() and not _BULLET.match(unit):
                continue
            if _is_headline(unit, title, first=opens and unit.strip() == block.strip()):
                continue
            body = _LIST_MARKER.sub(lambda m: " " * len(m.group(0)), unit, count=1)
            for a, b in split_sentences(body, language):
                if not statements and (dateline := _DATELINE.match(body, a, b)):
                    a = dateline.end()
                sentence = " ".join(body[a:b].split())
                if not any(ch.isalpha() for ch in sentence):
                    continue
                statements.append(
                    Statement(
                        id=f"{document.id}#{len(statements) + 1}",
                        document=document.id,
                        text=sentence,
                        start=document.offset + unit_start + a,
                        end=document.offset + unit_start + b,
                        language=language,
                    )
                )
    return statements
