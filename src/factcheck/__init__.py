"""factcheck: verify claims against reference documents.

Importing this package is cheap: the Verifier and its models (torch,
sentence-transformers) load on first use.

Example:
    >>> from factcheck import Verifier
    >>> verifier = Verifier.from_reference("reference/")
    >>> verifier.check("Haftar verloor zevenduizend manschappen.").label
    <Label.SUPPORTED: 'supported'>
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.errors import FactcheckError
from factcheck.models import (
    Claim,
    ClaimPart,
    Document,
    Evidence,
    Flag,
    Label,
    ReferenceIssue,
    Stance,
    Statement,
    Verdict,
)

if TYPE_CHECKING:
    from factcheck.config import Settings
    from factcheck.verifier import Verifier

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "ClaimPart",
    "Document",
    "Evidence",
    "FactcheckError",
    "Flag",
    "Label",
    "ReferenceIssue",
    "Settings",
    "Stance",
    "Statement",
    "Verdict",
    "Verifier",
]


def __getattr__(name: str) -> Any:
    # The verifier pulls in numpy and scikit-learn: load it only when asked for.
    if name == "Verifier":
        from factcheck.verifier import Verifier

        return Verifier
    if name == "Settings":
        from factcheck.config import Settings

        return Settings
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
