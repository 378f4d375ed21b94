"""The command line: a thin layer over the library.

Every Settings field is a flag of the same name (``--top-k``, ``--model``,
``--no-use-cache``...). Library errors become one line on stderr and exit
code 1; usage errors exit 2 (click); an interrupted run exits 130.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from factcheck.errors import FactcheckError

EXIT_FAILED = 1
EXIT_INTERRUPTED = 130


def _settings_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add one option per Settings field; the command receives them as ``settings``."""
    from factcheck.config import Settings

    options = []
    for name, field in Settings.model_fields.items():
        flag = name.replace("_", "-")
        annotation = field.annotation
        if annotation is bool:
            decl = f"--{flag}/--no-{flag}"
            options.append(click.option(decl, name, default=None, help=field.description))
            continue
        kind = {int: int, float: float}.get(annotation, str)  # type: ignore[arg-type]
        if annotation in (int | None, float | None):
            kind = int if annotation == (int | None) else float
        options.append(
            click.option(f"--{flag}", name, type=kind, default=None, help=field.description)
        )

    @functools.wraps(func)
    def wrapper(**kwargs: Any) -> Any:
        values = {name: kwargs.pop(name) for name in Settings.model_fields}
        return func(settings_values=values, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


def _fail_cleanly(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except FactcheckError as exc:
            click.echo(f"factcheck: error: {exc}", err=True)
            sys.exit(EXIT_FAILED)
        except KeyboardInterrupt:
            click.echo("factcheck: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)

    return wrapper


def _references(given: tuple[str, ...]) -> list[str]:
    if given:
        return list(given)
    if Path("reference").is_dir():
        return ["reference"]
    raise click.UsageError("give --reference PATH (a file or folder of reference documents)")


def _verifier(references: tuple[str, ...], settings_values: dict[str, Any], quiet: bool = False):
    from factcheck.config import make_settings
    from factcheck.verifier import Verifier

    verifier = Verifier.from_reference(_references(references), make_settings(**settings_values))
    if not quiet:
        stats = verifier.cache_stats
        click.echo(
            f"factcheck: indexed {len(verifier.index)} statements from {len(verifier.documents)} "
            f"documents ({stats.get('embedded', 0)} embedded, {stats.get('cached', 0)} from cache)",
            err=True,
        )
    return verifier


reference_option = click.option(
    "--reference",
    "-r",
    "references",
    multiple=True,
    type=click.Path(),
    help="reference document or folder (repeatable; default: ./reference)",
)
output_option = click.option(
    "--output",
    "-o",
    default="-",
    type=click.Path(allow_dash=True),
    help="output file, - for stdout",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck-verifier")
def main() -> None:
    """Verify claims against reference documents: supported, contradicted or unverified."""


@main.command()
@click.argument("claims_file", type=click.Path(allow_dash=True))
@reference_option
@output_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "html", "claimreview"]),
    default=None,
    help="output format (default: from the output suffix, else jsonl)",
)
@click.option("--resume", is_flag=True, help="skip claims whose id is already in the output")
@click.option("--quiet", "-q", is_flag=True, help="no progress bar and no summary")
@click.option("--strict", is_flag=True, help="exit 3 when any record had an error")
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    help="where verdicts are computed: this process, or a Ray cluster (extra 'ray')",
)
@click.option("--address", default=None, help="Ray cluster to join; default: start a local one")
@click.option("--workers", type=int, default=None, help="Ray actors (one Verifier each)")
@_settings_options
@_fail_cleanly
def verify(
    claims_file: str,
    references: tuple[str, ...],
    output: str,
    fmt: str | None,
    resume: bool,
    quiet: bool,
    strict: bool,
    engine: str,
    address: str | None,
    workers: int | None,
    settings_values: dict[str, Any],
) -> None:
    """Verify every claim in CLAIMS_FILE (jsonl, csv, tsv or txt; - for stdin)."""
    from factcheck.batch import run_batch
    from factcheck.errors import ClaimFileError

    if claims_file != "-" and not Path(claims_file).is_file():
        # before the model loads: a typo should not cost the index build
        raise ClaimFileError(f"cannot read claims from {claims_file}: no such file")
    runner = None
    if engine == "ray":
        from factcheck.distributed import ray_engine

        runner = ray_engine(address, workers)
    verifier = _verifier(references, settings_values, quiet)
    summary = run_batch(
        verifier, claims_file, output, fmt=fmt, resume=resume, quiet=quiet, engine=runner
    )
    if not quiet:
        click.echo(summary.line(), err=True)
    if summary.interrupted:
        click.echo(summary.resume_hint(claims_file, output), err=True)
        sys.exit(EXIT_INTERRUPTED)
    if strict and summary.errors:
        sys.exit(3)


@main.command()
@click.argument("claim")
@reference_option
@click.option("--json", "as_json", is_flag=True, help="print the verdict as JSON")
@_settings_options
@_fail_cleanly
def check(
    claim: str, references: tuple[str, ...], as_json: bool, settings_values: dict[str, Any]
) -> None:
    """Verify one CLAIM and print the verdict with its evidence."""
    verifier = _verifier(references, settings_values, quiet=True)
    verdict = verifier.check(claim)
    if as_json:
        click.echo(verdict.model_dump_json(indent=2))
    else:
        from factcheck.io.console import render_verdict

        click.echo(render_verdict(verdict, color=sys.stdout.isatty()))
    if verdict.error:
        sys.exit(EXIT_FAILED)  # the claim could not be checked (empty, too long)


@main.command()
@reference_option
@output_option
@_settings_options
@_fail_cleanly
def audit(references: tuple[str, ...], output: str, settings_values: dict[str, Any]) -> None:
    """Check the reference documents against world knowledge; write ReferenceIssues (jsonl)."""
    from factcheck.config import make_settings
    from factcheck.knowledge import KnowledgeBase, issue_of
    from factcheck.reference import find_facts, load_documents, statements_of

    settings = make_settings(**settings_values)
    paths = _references(references)
    documents = load_documents(paths)
    knowledge = KnowledgeBase.load(settings.facts or find_facts(paths))
    findings = knowledge.audit_findings(documents, statements_of(documents), only_wrong=False)
    issues = [issue_of(st, f) for st, f in findings if f.consistent is False]
    checked = len(findings)
    stream = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for issue in issues:
            stream.write(issue.model_dump_json() + "\n")
    finally:
        if stream is not sys.stdout:
            stream.close()
    click.echo(
        f"factcheck: {len(issues)} issue(s) in {checked} direction mention(s) checked", err=True
    )


@main.command("train-stance")
@click.option(
    "--sick",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="SICK-NL pairs (tsv); its TRAIN rows are used",
)
@click.option(
    "--claims",
    "claims",
    multiple=True,
    required=True,
    type=click.Path(exists=True),
    help="labelled claim files or folders (jsonl)",
)
@reference_option
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(dir_okay=False),
    help="where to write the model (.npz)",
)
@click.option("--c", "c", type=float, default=None, help="inverse regularisation of the regression")
@click.option("--lodo", is_flag=True, help="also measure leave-one-document-out on the claims")
@click.option(
    "--details",
    type=click.Path(dir_okay=False),
    default=None,
    help="with --lodo: write every held-out prediction here (jsonl; raw confidences)",
)
@click.option(
    "--cross-encoder",
    is_flag=True,
    help="also fine-tune a cross-encoder whose probabilities the model reads (CPU: about an hour)",
)
@click.option(
    "--cross-epochs",
    type=click.IntRange(min=1),
    default=None,
    help="epochs of each cross-encoder's fine-tuning (with --cross-encoder; default 3)",
)
@click.option(
    "--cross-base",
    default=None,
    help="the model the cross-encoders are fine-tuned from (with --cross-encoder): a local "
    "Hugging Face model folder, e.g. a Dutch or multilingual BERT; default: the bundled "
    "MiniLM. Nothing is downloaded; verifying with the result needs the same folder.",
)
@_settings_options
@_fail_cleanly
def train_stance(
    sick: str | None,
    claims: tuple[str, ...],
    references: tuple[str, ...],
    output: str,
    c: float | None,
    lodo: bool,
    details: str | None,
    cross_encoder: bool,
    cross_epochs: int | None,
    cross_base: str | None,
    settings_values: dict[str, Any],
) -> None:
    """Train the stance model from SICK-NL, labelled claims and synthetic pairs.

    With --cross-encoder it also fine-tunes a cross-encoder, on --device (a GPU
    when torch sees one).
    """
    from factcheck.config import make_settings
    from factcheck.train import CROSS_EPOCHS, DEFAULT_C, train_command

    if details is not None and not lodo:
        raise click.UsageError("--details writes the held-out predictions: it needs --lodo")
    for name, value in (("--cross-epochs", cross_epochs), ("--cross-base", cross_base)):
        if value is not None and not cross_encoder:
            raise click.UsageError(f"{name} sets up the cross-encoder: it needs --cross-encoder")
    report = train_command(
        Path(sick) if sick else None,
        [Path(p) for p in claims],
        _references(references),
        Path(output),
        make_settings(**settings_values),
        c=c if c is not None else DEFAULT_C,
        lodo=lodo,
        details=Path(details) if details else None,
        cross_encoder=cross_encoder,
        cross_epochs=cross_epochs if cross_epochs is not None else CROSS_EPOCHS,
        cross_base=cross_base if cross_base is not None else "bundled",
    )
    click.echo(json.dumps(report, ensure_ascii=False, indent=2))


@main.command("evaluate-nli")
@click.argument("pairs", type=click.Path(exists=True, dir_okay=False))
@click.option("--split", default=None, help="only rows whose SemEval_set is this (e.g. TRIAL)")
@_settings_options
@_fail_cleanly
def evaluate_nli(pairs: str, split: str | None, settings_values: dict[str, Any]) -> None:
    """Classify SICK-style PAIRS (sentence_A, sentence_B, entailment_label).

    Prints accuracy and the other metrics as JSON.
    """
    from factcheck.config import make_settings
    from factcheck.evaluate import evaluate_pairs

    report = evaluate_pairs(Path(pairs), make_settings(**settings_values), split=split)
    click.echo(json.dumps(report, ensure_ascii=False))


@main.command()
@click.argument("claims", nargs=-1, required=True, type=click.Path(exists=True))
@reference_option
@click.option(
    "--details", type=click.Path(), default=None, help="write every prediction here (jsonl)"
)
@_settings_options
@_fail_cleanly
def evaluate(
    claims: tuple[str, ...],
    references: tuple[str, ...],
    details: str | None,
    settings_values: dict[str, Any],
) -> None:
    """Evaluate labelled CLAIMS files against the references; print metrics as JSON."""
    from factcheck.config import make_settings
    from factcheck.evaluate import evaluate_claims

    report = evaluate_claims(
        [Path(c) for c in claims],
        _references(references),
        make_settings(**settings_values),
        details=Path(details) if details else None,
    )
    click.echo(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
