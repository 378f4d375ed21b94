"""Shared fixtures for the knowledge tests: one gazetteer per session, the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest
from knowledge_helpers import make_document

from factcheck.knowledge import KnowledgeBase, parse_facts
from factcheck.models import Document, Statement

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "reference" / "libie-artikel.txt"
FACTS = ROOT / "reference" / "knowledge.yaml"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """A knowledge base without facts (the gazetteer loads once per session)."""
    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def kb_facts() -> KnowledgeBase:
    """A knowledge base with the project's reference/knowledge.yaml."""
    return KnowledgeBase.load(FACTS)


@pytest.fixture(scope="session")
def haftar_kb() -> KnowledgeBase:
    """A knowledge base with an inline facts file, independent of reference/."""
    facts = parse_facts(
        "actors:\n"
        "  - name: Khalifa Haftar\n"
        "    aliases: [Haftar, Libisch Nationaal Leger, LNA]\n"
        "    seat: Benghazi\n"
        "    country: LY\n"
        "places:\n"
        "  - name: Ighil\n"
        "    latitude: 31.06\n"
        "    longitude: -8.38\n"
        "    country: MA\n"
    )
    return KnowledgeBase(facts)


@pytest.fixture(scope="session")
def seed() -> tuple[Document, list[Statement]]:
    """The seed article (without its front matter) as a document and statements."""
    text = SEED.read_text(encoding="utf-8")
    if text.startswith("---"):
        text = text.split("---", 2)[2].lstrip("\n")
    return make_document("libie-artikel", text)
