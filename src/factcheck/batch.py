"""Batch runs over claim files: streaming, resumable, with progress and a summary.

Every run writes a JSONL journal as it goes, flushed after each chunk of
claims: the output itself for ``jsonl``, ``OUT.partial.jsonl`` for the other
formats, which are rendered from the journal when the run completes (and the
journal removed). ``--resume`` reads the journal, drops a last line cut short
by a crash, and skips the records already there, so a run killed with kill -9
and resumed holds every record exactly once.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from factcheck.errors import ClaimFileError
from factcheck.io.readers import RecordError, read_claims
from factcheck.io.writers import open_writer
from factcheck.models import Claim, Verdict

if TYPE_CHECKING:
    from factcheck.verifier import Verifier

# Records read, verified and journalled at a time (see factcheck.verifier.CHUNK).
CHUNK = 1024
FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".html": "html", ".htm": "html"}


@dataclass
class Summary:
    """What a batch run did."""

    labels: Counter[str] = field(default_factory=Counter)
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def total(self) -> int:
        return sum(self.labels.values())

    def line(self) -> str:
        counts = ", ".join(f"{n} {label}" for label, n in sorted(self.labels.items()))
        rate = self.total / self.seconds if self.seconds > 0 else 0.0
        resumed = f", {self.skipped} already done" if self.skipped else ""
        state = "interrupted" if self.interrupted else "done"
        return (
            f"factcheck: {state}: {self.total} claims ({counts or 'none'}), "
            f"{self.errors} with errors"
            f"{resumed}, {self.seconds:.1f} s ({rate:.0f} claims/s)"
        )

    def resume_hint(self, claims: str, output: str) -> str:
        return (
            f"factcheck: the output holds every claim finished so far; to continue, run the same "
            f"command with --resume (factcheck verify {claims} --output {output} --resume ...)"
        )


def output_format(output: str, fmt: str | None) -> str:
    """The format asked for, else the one the output's suffix names, else jsonl."""
    if fmt:
        return fmt
    if output.endswith(".claimreview.json") or output.endswith(".jsonld"):
        return "claimreview"
    return FORMATS.get(Path(output).suffix.lower(), "jsonl")


def journal_path(output: str, fmt: str) -> Path | None:
    """Where finished records are appended as the run goes (None: stdout, no journal)."""
    if output == "-":
        return None
    return Path(output) if fmt == "jsonl" else Path(output + ".partial.jsonl")


def recover_journal(path: Path) -> Counter[str]:
    """Ids already in a journal; a last line cut short by a crash is removed."""
    done: Counter[str] = Counter()
    if not path.exists():
        return done
    good_end = 0
    with path.open("rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            try:
                done[str(json.loads(raw)["id"])] += 1
            except (ValueError, KeyError, TypeError):
                break
            good_end += len(raw)
    if good_end < path.stat().st_size:
        with path.open("r+b") as fh:
            fh.truncate(good_end)
    return done


def _skip_done(
    records: Iterable[Claim | RecordError], done: Counter[str], summary: Summary
) -> Iterator[Claim | RecordError]:
    for record in records:
        if done[record.id] > 0:
            done[record.id] -= 1
            summary.skipped += 1
            continue
        yield record


def error_verdict(record: RecordError) -> Verdict:
    """The output record of an input record the reader could not take."""
    failed = Verdict.failed(record.id, record.text, record.error)
    return failed.model_copy(update={"metadata": {**record.metadata, "line": record.line}})


def verdict_chunks(
    verifier: Verifier, records: Iterable[Claim | RecordError]
) -> Iterator[list[Verdict]]:
    """Chunks of verdicts in input order; reader errors become error records."""
    records = iter(records)
    while chunk := list(islice(records, CHUNK)):
        claims = [r for r in chunk if isinstance(r, Claim)]
        checked = iter(verifier.check_many(claims))
        yield [
            error_verdict(record) if isinstance(record, RecordError) else next(checked)
            for record in chunk
        ]


# An engine turns the record stream into chunks of verdicts, in input order.
Engine = Callable[["Verifier", Iterator[Claim | RecordError]], Iterator[list[Verdict]]]


def _count_lines(source: str) -> int | None:
    if source == "-":
        return None
    try:
        with open(source, "rb") as fh:
            return sum(block.count(b"\n") for block in iter(lambda: fh.read(1 << 20), b""))
    except OSError:
        return None


@contextmanager
def _progress(total: int | None, quiet: bool) -> Iterator[object]:
    from tqdm import tqdm

    bar = tqdm(
        total=total,
        unit="claim",
        disable=quiet or not sys.stderr.isatty(),
        file=sys.stderr,
        dynamic_ncols=True,
        smoothing=0.1,
    )
    try:
        yield bar
    finally:
        bar.close()


def run_batch(
    verifier: Verifier,
    claims: str,
    output: str,
    *,
    fmt: str | None = None,
    resume: bool = False,
    quiet: bool = False,
    engine: Engine | None = None,
) -> Summary:
    """Verify a claim file into an output file (or stdout); see the module docstring.

    ``engine`` computes the verdicts (default: this process, :func:`verdict_chunks`;
    :func:`factcheck.distributed.ray_engine` runs them on Ray). Journal, resume and
    output are the same whatever the engine.
    """
    engine = engine or verdict_chunks
    fmt = output_format(output, fmt)
    journal = journal_path(output, fmt)
    if resume and journal is None:
        raise ClaimFileError("--resume needs an output file, not stdout")
    done = recover_journal(journal) if resume and journal is not None else Counter()
    if journal is not None and not resume and journal.exists() and fmt != "jsonl":
        journal.unlink()
    summary = Summary()
    start = time.perf_counter()
    records = _skip_done(
        read_claims(claims, max_chars=verifier.settings.max_claim_chars), done, summary
    )
    stream: TextIO = (
        sys.stdout
        if journal is None
        else journal.open("a" if resume else "w", encoding="utf-8", newline="\n")
    )
    target_fmt = "jsonl" if journal is not None else fmt
    writer = open_writer(target_fmt, stream, author=verifier.settings.author, append=resume)
    try:
        with _progress(_count_lines(claims), quiet) as bar:
            for verdicts in engine(verifier, records):
                for verdict in verdicts:
                    writer.write(verdict)
                    summary.labels[verdict.label.value] += 1
                    summary.errors += verdict.error is not None
                writer.flush()
                bar.update(len(verdicts))  # type: ignore[attr-defined]
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        writer.flush()
        writer.close()  # leaves stdout open
    summary.seconds = time.perf_counter() - start
    if not summary.interrupted and journal is not None and fmt != "jsonl":
        _render(journal, Path(output), fmt, verifier.settings.author)
    return summary


def _render(journal: Path, output: Path, fmt: str, author: str) -> None:
    """Write the final csv/html/claimreview file from a complete journal."""
    tmp = output.with_name(output.name + f".{os.getpid()}.tmp")
    with journal.open(encoding="utf-8") as src, tmp.open("w", encoding="utf-8", newline="") as dst:
        writer = open_writer(fmt, dst, author=author)
        for line in src:
            writer.write(Verdict.model_validate_json(line))
        writer.close()
    os.replace(tmp, output)
    journal.unlink()
