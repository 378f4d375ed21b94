"""Batch verification on Ray: Ray Data over the claim records, one Verifier per actor.

The driver reads the claim file with the same reader as a local run (so the
same error records and ids), builds the reference index once and puts it in
Ray's object store. Each actor of a ``map_batches`` pool builds a Verifier
around that shared index (loading the embedding model once per actor) and
returns verdicts as JSON; the driver receives them in input order
(``preserve_order``) and writes them through the same journal as a local run,
so ``--resume`` works the same.

Ray is an optional extra: ``pip install 'factcheck-verifier[ray]'``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from factcheck.batch import CHUNK, Engine, error_verdict
from factcheck.errors import ConfigError
from factcheck.io.readers import RecordError
from factcheck.models import Claim, Verdict

if TYPE_CHECKING:
    from factcheck.verifier import Verifier

log = logging.getLogger(__name__)


@dataclass
class Shipped:
    """What every actor needs to rebuild the driver's Verifier, without re-indexing."""

    index: Any
    documents: list[Any]
    settings: Any
    stance: Any
    facts: Any


def _ship(verifier: Verifier) -> Shipped:
    knowledge = verifier._knowledge  # the facts file only; actors load the gazetteer lazily
    return Shipped(
        index=verifier.index,
        documents=verifier.documents,
        settings=verifier.settings,
        stance=verifier.stance,
        facts=knowledge.facts if knowledge is not None else None,
    )


class VerifierActor:
    """A Ray Data callable class: one Verifier per actor, built from the shipped index."""

    def __init__(self, shipped: Any) -> None:
        import ray

        if isinstance(shipped, ray.ObjectRef):
            shipped = ray.get(shipped)
        from factcheck.knowledge import KnowledgeBase
        from factcheck.verifier import Verifier

        self.verifier = Verifier(
            shipped.index,
            documents=shipped.documents,
            settings=shipped.settings,
            stance=shipped.stance,
            knowledge=KnowledgeBase(shipped.facts),
        )

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        records = [_record(json.loads(str(raw))) for raw in batch["record"]]
        claims = [r for r in records if isinstance(r, Claim)]
        checked = iter(self.verifier.check_many(claims))
        verdicts = [
            error_verdict(r) if isinstance(r, RecordError) else next(checked) for r in records
        ]
        return {"verdict": np.array([v.model_dump_json() for v in verdicts], dtype=object)}


def _payload(record: Claim | RecordError) -> str:
    if isinstance(record, RecordError):
        return json.dumps(
            {
                "error": record.error,
                "id": record.id,
                "text": record.text,
                "line": record.line,
                "metadata": record.metadata,
            }
        )
    return json.dumps({"id": record.id, "text": record.text, "metadata": record.metadata})


def _record(data: dict[str, Any]) -> Claim | RecordError:
    if "error" in data:
        return RecordError.model_validate(data)
    return Claim(id=data["id"], text=data["text"], metadata=data["metadata"])


def ray_engine(address: str | None = None, workers: int | None = None) -> Engine:
    """An engine for :func:`factcheck.batch.run_batch` that runs on a Ray cluster.

    Args:
        address: a running cluster to join ("auto", "ray://host:10001"); None
            starts a local cluster for this run.
        workers: actors in the pool; default: one per two CPUs of the cluster.

    Raises:
        ConfigError: Ray is not installed.
    """
    try:
        import ray
        import ray.data
    except ImportError:
        raise ConfigError("--engine ray needs Ray: pip install 'factcheck-verifier[ray]'") from None

    def engine(
        verifier: Verifier, records: Iterator[Claim | RecordError]
    ) -> Iterator[list[Verdict]]:
        items = [{"record": _payload(r)} for r in records]
        if not items:
            return
        logging.getLogger("ray").setLevel(logging.WARNING)
        logging.getLogger("ray.data").setLevel(logging.WARNING)
        if not ray.is_initialized():
            ray.init(
                address=address,
                include_dashboard=False,
                log_to_driver=False,
                logging_level=logging.WARNING,
            )
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        pool = workers or max(1, int(ray.cluster_resources().get("CPU", 2)) // 2)
        shipped = ray.put(_ship(verifier))
        dataset = ray.data.from_items(items, override_num_blocks=max(1, len(items) // CHUNK))
        verdicts = dataset.map_batches(
            VerifierActor,
            fn_constructor_kwargs={"shipped": shipped},
            batch_size=CHUNK,
            batch_format="numpy",
            concurrency=pool,
            num_cpus=1,
            # an actor that dies is not rebuilt: the run fails and --resume continues it
            max_restarts=0,
        )
        log.info("ray: %d records, %d actors", len(items), pool)
        for batch in verdicts.iter_batches(batch_size=CHUNK, batch_format="numpy"):
            yield [Verdict.model_validate_json(str(raw)) for raw in batch["verdict"]]

    return engine
