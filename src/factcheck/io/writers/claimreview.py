"""schema.org ClaimReview JSON-LD: one ``{"@context", "@graph": [...]}`` document.

Each checked verdict becomes a ``ClaimReview``: ``claimReviewed`` (the claim),
``reviewRating`` (a ``Rating`` from 1 = contradicted through 2 = unverified
to 3 = supported, with ``alternateName`` the label in words), ``reviewBody``
(the explanation), ``datePublished`` (today, ISO date), ``author`` (an
``Organization`` named by the ``author`` setting), ``identifier`` (the id), and
``itemReviewed``, a ``Claim`` with, when the claim's metadata has them:
``author``/``claim_author`` (a ``Person`` by name), ``date``/``claim_date``
(its ``datePublished``), ``appearance``/``appearance_url``/``source_url``
(its ``appearance``, a ``CreativeWork`` per URL). The metadata ``url`` is the
review's own ``url``. Only http(s) URLs are written.

Error records (``verdict.error`` set) are left out: a ClaimReview for a claim
that was never checked would tell search engines and readers that it was
reviewed and rated "unverified", which is misleading. They are in the JSONL,
CSV and HTML outputs.

Every ``<``, ``>`` and ``&`` is written as a ``\\u`` escape, so the document can
be pasted into an HTML ``<script type="application/ld+json">`` without a claim
text being able to close that tag.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, TextIO

from factcheck.io.writers.base import Writer, is_web_url
from factcheck.models import Label, Verdict

RATINGS = {
    Label.CONTRADICTED: (1, "Contradicted"),
    Label.UNVERIFIED: (2, "Unverified"),
    Label.SUPPORTED: (3, "Supported"),
}
BEST_RATING, WORST_RATING = 3, 1
_HTML_SAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def _first(metadata: dict[str, Any], *keys: str) -> Any:
    return next((metadata[k] for k in keys if metadata.get(k) not in (None, "", [])), None)


def _urls(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [v for v in values if is_web_url(v)]


def item_reviewed(verdict: Verdict) -> dict[str, Any]:
    """The ``Claim`` node: the claim text, with author, date and appearances from the metadata."""
    meta = verdict.metadata
    item: dict[str, Any] = {"@type": "Claim", "text": verdict.claim}
    author = _first(meta, "author", "claim_author")
    if author is not None:
        item["author"] = {"@type": "Person", "name": str(author)}
    when = _first(meta, "date", "claim_date")
    if when is not None:
        item["datePublished"] = str(when)
    appearance = _urls(_first(meta, "appearance", "appearance_url", "source_url"))
    if appearance:
        item["appearance"] = [{"@type": "CreativeWork", "url": url} for url in appearance]
    return item


def claim_review(verdict: Verdict, author: str, published: str) -> dict[str, Any]:
    """The ``ClaimReview`` node for one checked verdict."""
    value, words = RATINGS[verdict.label]
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "identifier": verdict.id,
        "claimReviewed": verdict.claim,
        "datePublished": published,
        "author": {"@type": "Organization", "name": author},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": words,
        },
        "itemReviewed": item_reviewed(verdict),
    }
    if verdict.explanation:
        review["reviewBody"] = verdict.explanation
    if is_web_url(verdict.metadata.get("url")):
        review["url"] = verdict.metadata["url"]
    return review


class ClaimReviewWriter(Writer):
    """Keeps the ClaimReviews of checked verdicts; writes the JSON-LD document on ``close()``.

    Example:
        >>> import io
        >>> out = io.StringIO()
        >>> w = ClaimReviewWriter(out, author="Newsroom")
        >>> w.write(Verdict(id="c1", claim="x", label="supported", confidence=0.9))
        >>> w.finish()
        >>> json.loads(out.getvalue())["@graph"][0]["reviewRating"]["alternateName"]
        'Supported'
    """

    def __init__(self, stream: TextIO, *, author: str = "factcheck", append: bool = False) -> None:
        super().__init__(stream, author=author, append=append)
        self._published = date.today().isoformat()
        self._reviews: list[dict[str, Any]] = []
        self.skipped = 0

    def write(self, verdict: Verdict) -> None:
        """Keep the verdict's ClaimReview (error records are only counted, in ``skipped``)."""
        self._check_open()
        if verdict.error is not None:
            self.skipped += 1
            return
        self._reviews.append(claim_review(verdict, self.author, self._published))

    def finish(self) -> None:
        """Write the document."""
        doc = {"@context": "https://schema.org", "@graph": self._reviews}
        self.stream.write(
            json.dumps(doc, ensure_ascii=False, indent=2).translate(_HTML_SAFE) + "\n"
        )
        self._reviews = []
