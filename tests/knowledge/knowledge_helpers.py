"""Helpers for the knowledge tests (a module of its own: conftest is not importable)."""

from __future__ import annotations

import re

from factcheck.models import Document, Statement

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def make_document(doc_id: str, text: str, language: str = "nl") -> tuple[Document, list[Statement]]:
    """A document and its sentences as statements (a simple splitter, enough for tests)."""
    doc = Document(id=doc_id, text=text, language=language)
    statements = [
        Statement(
            id=f"{doc_id}#{n}",
            document=doc_id,
            text=m.group().strip(),
            start=m.start(),
            end=m.end(),
            language=language,
        )
        for n, m in enumerate(_SENTENCE.finditer(text))
        if m.group().strip()
    ]
    return doc, statements
