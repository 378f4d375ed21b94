"""A verdict as a person reads it in a terminal (``factcheck check``)."""

from __future__ import annotations

import textwrap

from factcheck.models import Label, Verdict

_COLORS = {
    Label.SUPPORTED: "\033[32m",
    Label.CONTRADICTED: "\033[31m",
    Label.UNVERIFIED: "\033[33m",
}
_RESET = "\033[0m"
_WIDTH = 88


def render_verdict(verdict: Verdict, color: bool = False) -> str:
    """Several readable lines: label, explanation, evidence, flags.

    Example:
        >>> print(render_verdict(verdict))  # doctest: +SKIP
        CONTRADICTED (confidence 0.97)
        Claim: Haftar heeft vijfduizend manschappen verloren.
        ...
    """
    label = verdict.label.value.upper()
    if color:
        label = f"{_COLORS[verdict.label]}{label}{_RESET}"
    lines = [f"{label} (confidence {verdict.confidence:.2f})", f"Claim: {verdict.claim}"]
    if verdict.error:
        lines.append(f"Error: {verdict.error}")
    lines += textwrap.wrap(
        verdict.explanation, _WIDTH, initial_indent="Why: ", subsequent_indent="     "
    )
    for flag in verdict.flags:
        lines += textwrap.wrap(
            f"[{flag.kind}] {flag.message}",
            _WIDTH,
            initial_indent="Flag: ",
            subsequent_indent="      ",
        )
    if verdict.evidence:
        lines.append("Evidence:")
    for ev in verdict.evidence:
        head = f"  - {ev.stance.value} ({ev.score:.2f}) {ev.statement_id} [{ev.start}:{ev.end}]"
        lines.append(head)
        lines += textwrap.wrap(ev.text, _WIDTH, initial_indent="      ", subsequent_indent="      ")
    return "\n".join(lines)
