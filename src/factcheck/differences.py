"""A difference between a claim and a statement, as the comparison stages report it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Difference:
    """One way in which the statement disagrees with the claim."""

    kind: str
    claim: str
    reference: str
    message: str
