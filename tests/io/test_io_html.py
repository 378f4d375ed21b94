"""The HTML report: every user string escaped, no script, and (in Chromium) nothing runs."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from io_hostile import IMG, NASTY, SCRIPT

from factcheck.io.writers import open_writer
from factcheck.io.writers.htmlreport import highlight, words
from factcheck.models import Evidence, Flag, Verdict

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CSP = "default-src 'none'; style-src 'unsafe-inline'"


def _hostile_verdicts(make_verdict: Callable[..., Verdict]) -> list[Verdict]:
    verdicts = [
        make_verdict(
            claim_id=text[:60] or "empty",
            claim=f"Tripoli {text}",
            evidence=f"Tripoli: {text}",
            explanation=text,
            flags=[Flag(kind=text[:30] or "k", message=text)],
            metadata={"url": f"https://example.org/{text[:20]}"},
        )
        for text in NASTY
    ]
    verdicts.append(Verdict.failed(IMG, SCRIPT, f"line 9: {IMG}"))
    verdicts.append(make_verdict(claim_id="js-url", metadata={"url": "javascript:alert(1)"}))
    return verdicts


def _report(verdicts: list[Verdict]) -> str:
    out = io.StringIO()
    writer = open_writer("html", out, author="<b>Newsroom</b>")
    for verdict in verdicts:
        writer.write(verdict)
    writer.finish()
    return out.getvalue()


class _Tags(HTMLParser):
    """The tags and attributes of a page, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs += attrs


def test_every_user_string_is_escaped(make_verdict: Callable[..., Verdict]) -> None:
    page = _report(_hostile_verdicts(make_verdict))
    assert "<script" not in page.lower() and "<img" not in page.lower()
    parsed = _Tags()
    parsed.feed(page)
    assert parsed.tags <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "h1",
        "p",
        "ul",
        "li",
        "b",
        "table",
        "colgroup",
        "col",
        "thead",
        "tr",
        "th",
        "tbody",
        "td",
        "span",
        "div",
        "small",
        "mark",
        "br",
        "a",
    }
    names = {name for name, _ in parsed.attrs}
    assert names <= {"charset", "http-equiv", "content", "name", "lang", "class", "href", "rel"}
    hrefs = [value for name, value in parsed.attrs if name == "href"]
    assert hrefs and all(h and h.startswith("https://example.org/") for h in hrefs)
    classes = {value for name, value in parsed.attrs if name == "class"}
    assert all(re.fullmatch(r"[a-z -]+", c or "") for c in classes)
    assert html.escape(SCRIPT) in page and html.escape("<b>Newsroom</b>") in page
    assert "<h1>escaped the table</h1>" not in page


def test_page_is_self_contained(make_verdict: Callable[..., Verdict]) -> None:
    page = _report([make_verdict()])
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in page
    assert page.index("Content-Security-Policy") < page.index("<style>")
    assert "<script" not in page and "@import" not in page and "url(" not in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)


def test_summary_counts_and_labels(make_verdict: Callable[..., Verdict]) -> None:
    page = _report(
        [
            make_verdict(),
            make_verdict(claim_id="c2", label="contradicted"),
            Verdict.failed("c3", "x", "line 3: the claim is empty"),
        ]
    )
    assert '<li class="supported"><b>1</b>supported</li>' in page
    assert '<li class="contradicted"><b>1</b>contradicted</li>' in page
    assert '<li class="unverified"><b>1</b>unverified</li>' in page
    assert '<li class="errors"><b>1</b>not checked (errors)</li>' in page
    assert '<span class="label contradicted">contradicted</span>' in page
    assert '<a href="https://' not in page


def test_shared_words_are_marked() -> None:
    assert words("Tripoli ligt in het WESTEN, 7 km") == {"tripoli", "ligt", "westen", "7"}
    assert highlight("Tripoli <ligt> in het westen.", {"tripoli", "westen"}) == (
        "<mark>Tripoli</mark> &lt;ligt&gt; in het <mark>westen</mark>."
    )
    ev = Evidence(
        document="d",
        statement_id="d#1",
        text="<i>Tripoli</i> ligt in het westen.",
        start=0,
        end=30,
        score=0.9,
        stance="supports",
    )
    page = _report(
        [
            Verdict(
                id="c",
                claim="Ligt Tripoli in het oosten?",
                label="contradicted",
                confidence=0.8,
                evidence=[ev],
            )
        ]
    )
    assert "&lt;i&gt;<mark>Tripoli</mark>&lt;/i&gt; <mark>ligt</mark> in het westen." in page
    assert "<mark>Ligt</mark> <mark>Tripoli</mark> in het oosten?" in page


def _chromium_dom(page: Path) -> str:
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--virtual-time-budget=3000",
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _pwned(dom: str) -> bool:
    """Whether the attack ran: the body got its attribute, or the title changed."""
    return bool(re.search(r"<body[^>]*data-pwned", dom)) or "<title>PWNED</title>" in dom


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (apt-get install -y chromium chromium-driver)",
)
def test_no_script_runs_in_chromium(make_verdict: Callable[..., Verdict], tmp_path: Path) -> None:
    attack = f"<p>{IMG}</p>{SCRIPT}"
    # Controls: the same markup unescaped runs without the CSP (so the check can see it)...
    bare = tmp_path / "bare.html"
    bare.write_text(
        f"<!DOCTYPE html><html><head><title>t</title></head><body>{attack}</body></html>"
    )
    assert _pwned(_chromium_dom(bare)), "the harness does not see script running"
    # ... and the report's CSP alone stops it.
    guarded = tmp_path / "guarded.html"
    guarded.write_text(
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f"<title>t</title></head><body>{attack}</body></html>"
    )
    assert not _pwned(_chromium_dom(guarded))

    report = tmp_path / "report.html"
    report.write_text(_report(_hostile_verdicts(make_verdict)), encoding="utf-8")
    dom = _chromium_dom(report)
    assert not _pwned(dom)
    assert "<title>Fact-check report</title>" in dom
    assert "<script" not in dom.lower() and "<img" not in dom.lower()
    assert html.escape(SCRIPT, quote=False) in dom  # shown as text
