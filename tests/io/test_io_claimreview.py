"""ClaimReview JSON-LD: valid JSON, the keys schema.org and search engines expect."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date

from io_hostile import NASTY, SCRIPT

from factcheck.io.writers import open_writer
from factcheck.models import Verdict


def _document(verdicts: list[Verdict], author: str = "De Redactie") -> dict:
    out = io.StringIO()
    writer = open_writer("claimreview", out, author=author)
    for verdict in verdicts:
        writer.write(verdict)
    writer.finish()
    return json.loads(out.getvalue())


def test_required_keys(make_verdict: Callable[..., Verdict]) -> None:
    doc = _document(
        [
            make_verdict(
                claim_id="c1",
                metadata={
                    "url": "https://factcheck.example/c1",
                    "author": "@someone",
                    "appearance": "https://social.example/post/1",
                    "date": "2026-10-01",
                },
            ),
            make_verdict(claim_id="c2", label="contradicted", explanation=""),
            make_verdict(claim_id="c3", label="unverified"),
        ]
    )
    assert doc["@context"] == "https://schema.org"
    reviews = doc["@graph"]
    assert [r["identifier"] for r in reviews] == ["c1", "c2", "c3"]
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == "Tripoli ligt in het westen van Libië."
        assert review["datePublished"] == date.today().isoformat()
        assert review["author"] == {"@type": "Organization", "name": "De Redactie"}
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert review["itemReviewed"]["@type"] == "Claim"
    assert [r["reviewRating"]["alternateName"] for r in reviews] == [
        "Supported",
        "Contradicted",
        "Unverified",
    ]
    assert [r["reviewRating"]["ratingValue"] for r in reviews] == [3, 1, 2]
    first = reviews[0]
    assert first["url"] == "https://factcheck.example/c1"
    assert first["reviewBody"] == "The reference says the same."
    assert first["itemReviewed"] == {
        "@type": "Claim",
        "text": "Tripoli ligt in het westen van Libië.",
        "author": {"@type": "Person", "name": "@someone"},
        "datePublished": "2026-10-01",
        "appearance": [{"@type": "CreativeWork", "url": "https://social.example/post/1"}],
    }
    assert "url" not in reviews[1] and "reviewBody" not in reviews[1]


def test_error_records_are_left_out(make_verdict: Callable[..., Verdict]) -> None:
    out = io.StringIO()
    writer = open_writer("claimreview", out)
    writer.write(make_verdict(claim_id="ok"))
    writer.write(Verdict.failed("bad", "x", "line 2: the claim is empty"))
    writer.finish()
    assert [r["identifier"] for r in json.loads(out.getvalue())["@graph"]] == ["ok"]
    assert writer.skipped == 1  # type: ignore[attr-defined]
    assert _document([]) == {"@context": "https://schema.org", "@graph": []}


def test_hostile_texts_stay_text(make_verdict: Callable[..., Verdict]) -> None:
    verdicts = [
        make_verdict(
            claim_id=f"n{i}",
            claim=text or "x",
            metadata={"url": "javascript:alert(1)", "appearance": [text, "ftp://x"]},
        )
        for i, text in enumerate(NASTY)
    ]
    out = io.StringIO()
    writer = open_writer("claimreview", out, author=SCRIPT)
    for verdict in verdicts:
        writer.write(verdict)
    writer.finish()
    raw = out.getvalue()
    assert "<" not in raw and ">" not in raw  # safe inside <script type="application/ld+json">
    reviews = json.loads(raw)["@graph"]
    assert [r["claimReviewed"] for r in reviews] == [v.claim for v in verdicts]
    assert all("url" not in r and "appearance" not in r["itemReviewed"] for r in reviews)
    assert reviews[0]["author"]["name"] == SCRIPT
