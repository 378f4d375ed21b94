"""The Verifier: wires the stages together. No logic of its own beyond the wiring.

reference -> statements -> index (dense + TF-IDF) ; claim -> split -> encode ->
retrieve top k -> compare -> stance -> aggregate -> knowledge flags -> Verdict.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from itertools import islice
from pathlib import Path

import numpy as np
from scipy import sparse

from factcheck import lang
from factcheck.aggregate import (
    Calibration,
    Candidate,
    Decision,
    Policy,
    combine,
    counted,
    decide,
)
from factcheck.compare import Comparison, Difference, compare
from factcheck.config import Settings
from factcheck.conflicts import Resolution, resolve
from factcheck.embed import Encoder, SentenceTransformerEncoder, VectorCache
from factcheck.explain import evidence_for, explain
from factcheck.extract import Facts, analyse, demote_common_words
from factcheck.index import NGRAM_COUNTS, Hits, StatementIndex, ngram_counts
from factcheck.knowledge import Finding, KnowledgeBase, issue_of, mentions_direction
from factcheck.models import Claim, ClaimPart, Document, Flag, Label, ReferenceIssue, Verdict
from factcheck.reference import find_facts, load_documents
from factcheck.segment import segment
from factcheck.split import split_claim
from factcheck.stance import PairBatch, StanceModel, TrainedStance, load_stance
from factcheck.two_statements import across_decision, judge
from factcheck.weekdays import published

log = logging.getLogger(__name__)

# Claims are embedded and judged in chunks of this many: big enough for the
# encoder to batch well (it sorts each chunk by length: 253 claims/s in chunks
# of 1,024 against 232 in chunks of 256 and 261 in one call of 5,000), small
# enough to stream results.
CHUNK = 1024
DEFAULT_DENSE_WEIGHT = 0.5
DEFAULT_POLICY = Policy()


@dataclass(slots=True)
class _Part:
    claim: int
    text: str
    language: str
    # The words did not tell the language: take the best evidence's language.
    undecided: bool = False
    # The reference document the claim names (its "document" field), when loaded:
    # evidence comes from it alone.
    document: str | None = None
    # The part's analysis, made once when it is judged (the knowledge stage reuses it).
    facts: Facts | None = None


@dataclass(slots=True)
class _Prepared:
    verdicts: list[Verdict | None]
    parts: list[_Part]


class Verifier:
    """Checks claims against an indexed set of reference documents.

    Build one with :meth:`from_reference` (files or folders) or
    :meth:`from_documents`; then :meth:`check` one claim, :meth:`check_many`
    a stream of them, or :meth:`audit` the references.

    Example:
        >>> verifier = Verifier.from_reference("reference/")
        >>> verdict = verifier.check("Haftar heeft vijfduizend manschappen verloren.")
        >>> verdict.label.value, verdict.evidence[0].statement_id
        ('contradicted', 'libie-artikel#13')
    """

    def __init__(
        self,
        index: StatementIndex,
        *,
        documents: Sequence[Document] = (),
        settings: Settings | None = None,
        encoder: Encoder | None = None,
        stance: StanceModel | None = None,
        knowledge: KnowledgeBase | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self._knowledge = knowledge
        self._flagged: dict[int, list[Finding]] | None = None
        self._contexts: dict[str | None, str | None] = {}
        # What building the index cost: statements embedded now vs read from the cache.
        self.cache_stats: dict[str, int] = {}
        self.index = index
        self.documents = list(documents)
        self.encoder = encoder or SentenceTransformerEncoder(
            self.settings.model, self.settings.device
        )
        self.stance = stance or load_stance(
            self.settings.stance_model, self.settings.use_cross_encoder, self.settings.device
        )
        tuned = self.stance.meta if isinstance(self.stance, TrainedStance) else {}
        policy = dict(tuned.get("policy", {}))  # type: ignore[call-overload]
        if self.settings.min_score is not None:
            policy["min_score"] = self.settings.min_score
        self.policy = Policy(**policy)
        self.calibration = Calibration.from_meta(tuned.get("calibration"))
        self.dense_weight = (
            self.settings.dense_weight
            if self.settings.dense_weight is not None
            else float(tuned.get("dense_weight", DEFAULT_DENSE_WEIGHT))  # type: ignore[arg-type]
        )
        self._default_language = _majority_language(self.documents)

    # -- construction -------------------------------------------------------

    @classmethod
    def from_reference(
        cls,
        paths: str | Path | Sequence[str | Path],
        settings: Settings | None = None,
        **kwargs: object,
    ) -> Verifier:
        """Load, segment and index the documents in files or folders."""
        if isinstance(paths, (str, Path)):
            paths = [paths]
        settings = settings or Settings()
        if "knowledge" not in kwargs:
            kwargs["knowledge"] = KnowledgeBase.load(settings.facts or find_facts(paths))
        return cls.from_documents(load_documents(paths), settings, **kwargs)  # type: ignore[arg-type]

    @classmethod
    def from_documents(
        cls,
        documents: Sequence[Document],
        settings: Settings | None = None,
        *,
        encoder: Encoder | None = None,
        stance: StanceModel | None = None,
        knowledge: KnowledgeBase | None = None,
    ) -> Verifier:
        """Index documents already in memory."""
        settings = settings or Settings()
        encoder = encoder or SentenceTransformerEncoder(settings.model, settings.device)
        cache = VectorCache(settings.cache_dir / "vectors", enabled=settings.use_cache)
        statements, blocks, counts = [], [], []
        for doc in documents:
            doc_statements = segment(doc)
            statements.extend(doc_statements)
            if doc_statements:
                texts = [s.text for s in doc_statements]
                blocks.append(cache.vectors(encoder, texts, batch_size=settings.batch_size))
                counts.append(cache.sparse(NGRAM_COUNTS, texts, ngram_counts))
        vectors = np.vstack(blocks) if blocks else np.zeros((0, 1), dtype=np.float32)
        log.info(
            "indexed %d statements from %d documents (%d embedded, %d from cache)",
            len(statements),
            len(documents),
            cache.misses,
            cache.hits,
        )
        index = StatementIndex(
            statements,
            vectors,
            sparse.vstack(counts).tocsr() if counts else None,
            published={doc.id: published(doc.date) for doc in documents},
        )
        verifier = cls(
            index,
            documents=documents,
            settings=settings,
            encoder=encoder,
            stance=stance,
            knowledge=knowledge,
        )
        verifier.cache_stats = {"embedded": cache.misses, "cached": cache.hits}
        return verifier

    # -- checking -----------------------------------------------------------

    def check(self, claim: str | Claim) -> Verdict:
        """Verify one claim."""
        return next(iter(self.check_many([claim])))

    def check_many(self, claims: Iterable[str | Claim]) -> Iterator[Verdict]:
        """Verify claims in batches, yielding one Verdict per claim, in order."""
        numbered = (
            c if isinstance(c, Claim) else Claim(id=str(i), text=str(c))
            for i, c in enumerate(claims, start=1)
        )
        while chunk := list(islice(numbered, CHUNK)):
            prepared = self._prepare(chunk)
            yield from self._finish(chunk, prepared, self._encode(prepared.parts))

    def _encode(self, parts: list[_Part]) -> np.ndarray:
        if not parts or len(self.index) == 0:
            return np.zeros((0, 0), dtype=np.float32)
        return self.encoder.encode([p.text for p in parts], batch_size=self.settings.batch_size)

    def _prepare(self, claims: list[Claim]) -> _Prepared:
        """Error records for claims that cannot be checked; the parts of the others."""
        verdicts: list[Verdict | None] = [None] * len(claims)
        parts: list[_Part] = []
        for i, claim in enumerate(claims):
            problem = self._problem(claim)
            if problem:
                failed = Verdict.failed(claim.id, claim.text, problem)
                verdicts[i] = failed.model_copy(update={"metadata": claim.metadata})
                continue
            detected = lang.detect(claim.text, default="")
            language = detected or self._default_language
            texts = (
                split_claim(claim.text, language) if self.settings.split_compounds else [claim.text]
            )
            document = self._named_document(claim)
            parts.extend(_Part(i, t, language, not detected, document) for t in texts)
        return _Prepared(verdicts, parts)

    def _finish(
        self, claims: list[Claim], prepared: _Prepared, vectors: np.ndarray
    ) -> list[Verdict]:
        verdicts, parts = prepared.verdicts, prepared.parts
        decided = self._judge(parts, vectors)
        by_claim: dict[int, list[tuple[_Part, Decision, list[Candidate]]]] = {}
        for part, (decision, candidates) in zip(parts, decided, strict=True):
            by_claim.setdefault(part.claim, []).append((part, decision, candidates))
        for i, judged in by_claim.items():
            verdicts[i] = self._verdict(claims[i], judged)
        return [v for v in verdicts if v is not None]

    def _named_document(self, claim: Claim) -> str | None:
        """The loaded reference document the claim's ``document`` field names, if any."""
        named = claim.metadata.get("document") if self.settings.match_document else None
        if isinstance(named, str) and self.index.of_document(named):
            return named
        return None

    def _unknown_document(self, claim: Claim, matched: str | None) -> list[Flag]:
        """A flag when the claim names a document that is not among the references
        (``matched``: the loaded document its parts were checked against, if any)."""
        named = claim.metadata.get("document") if self.settings.match_document else None
        if named is None or matched is not None:
            return []
        return [
            Flag(
                kind="document-not-loaded",
                message=f"the claim names document {named!r}, which is not among the "
                "references; it was checked against all of them",
            )
        ]

    def _problem(self, claim: Claim) -> str | None:
        if not claim.text.strip():
            return "empty claim"
        if len(claim.text) > self.settings.max_claim_chars:
            return (
                f"claim longer than {self.settings.max_claim_chars} characters ({len(claim.text)})"
            )
        return None

    def _judge(
        self, parts: list[_Part], vectors: np.ndarray
    ) -> list[tuple[Decision, list[Candidate]]]:
        if not parts or len(self.index) == 0:
            return [(decide([], self.policy), []) for _ in parts]
        found = self._search(parts, vectors)
        comparisons: list[Comparison] = []
        for part, hits in zip(parts, found, strict=True):
            if part.undecided:
                part.language = self.index.statements[int(hits.indices[0, 0])].language
            facts = part.facts = analyse(part.text, part.language)
            demote_common_words(facts, self.index.common_words(part.language))
            comparisons.extend(compare(facts, self.index.facts(int(j))) for j in hits.indices[0])
        flat = np.concatenate([h.indices[0] for h in found])
        # Only the candidates that count are judged (a cross-encoder reads only
        # those); a candidate about something else is neutral whatever the model says.
        unrelated = np.array([c.unrelated is not None for c in comparisons], dtype=bool)
        judged = np.concatenate([counted(h.scores[0], self.policy) for h in found]) & ~unrelated
        batch = PairBatch(
            features=np.stack([c.features for c in comparisons]),
            dense=np.concatenate([h.dense[0] for h in found]).astype(np.float32),
            lexical=np.concatenate([h.sparse[0] for h in found]).astype(np.float32),
            claim_vectors=np.repeat(vectors, [h.indices.shape[1] for h in found], axis=0),
            statement_vectors=np.asarray(self.index.vectors[flat], dtype=np.float32),
            premises=[self.index.statements[int(j)].text for j in flat],
            hypotheses=[
                part.text for part, hits in zip(parts, found, strict=True) for _ in hits.indices[0]
            ],
            judged=judged,
        )
        probs = self.stance.predict_proba(batch)
        probs[~judged] = (0.0, 0.0, 1.0)  # supports, contradicts, neutral
        out = []
        row = 0
        for hits in found:
            candidates = []
            for j in range(hits.indices.shape[1]):
                candidates.append(
                    Candidate(
                        int(hits.indices[0, j]),
                        float(hits.scores[0, j]),
                        probs[row],
                        comparisons[row].differences,
                        comparisons[row].agreements,
                        judged=bool(judged[row]),
                    )
                )
                row += 1
            out.append((decide(candidates, self.policy), candidates))
        return out

    def _search(self, parts: list[_Part], vectors: np.ndarray) -> list[Hits]:
        """Each part's candidates (one-row Hits): from the document it names, or from all."""
        by_document: dict[str | None, list[int]] = {}
        for i, part in enumerate(parts):
            by_document.setdefault(part.document, []).append(i)
        found: list[Hits | None] = [None] * len(parts)
        k = self.settings.top_k
        for document, members in by_document.items():
            texts = [parts[i].text for i in members]
            hits = (
                self.index.search(vectors[members], texts, k, self.dense_weight)
                if document is None
                else self.index.search_within(
                    self.index.of_document(document), vectors[members], texts, k, self.dense_weight
                )
            )
            for row, i in enumerate(members):
                found[i] = Hits(*(getattr(hits, f.name)[row : row + 1] for f in fields(Hits)))
        return [h for h in found if h is not None]

    def _verdict(
        self, claim: Claim, judged: list[tuple[_Part, Decision, list[Candidate]]]
    ) -> Verdict:
        statements = self.index.statements
        min_score = self.policy.min_score
        parts, flags = [], self._unknown_document(claim, judged[0][0].document)
        for part, decision, candidates in judged:
            known = self._knowledge_of(part, candidates)
            flags.extend(known.flags)
            if known.label is not None and known.candidate is not None:
                rests_on = candidates[known.candidate]
                rests_on.differences = (
                    [
                        *rests_on.differences,
                        Difference("geography", "", "", known.explanation or ""),
                    ]
                    if known.label is Label.CONTRADICTED
                    else rests_on.differences
                )
                decision = Decision(
                    known.label,
                    known.confidence or decision.confidence,
                    known.candidate,
                    decision.scores,
                )
            if known.label is None:
                across = self._across(part, candidates, decision.label is Label.UNVERIFIED)
                if across is not None:
                    decision, candidates, explanation = across
                    known = Resolution(known.flags, explanation=explanation)
            parts.append((part, decision, candidates, known))
        label, confidence = combine([d for _, d, _, _ in parts])
        confidence = self.calibration(label, confidence)
        judged_parts = [
            ClaimPart(
                text=part.text,
                label=decision.label,
                confidence=round(self.calibration(decision.label, decision.confidence), 4),
                explanation=known.explanation
                or explain(decision, candidates, statements, part.language),
                evidence=evidence_for(candidates, decision, statements, min_score),
            )
            for part, decision, candidates, known in parts
        ]
        if len(judged_parts) == 1:
            only = judged_parts[0]
            return Verdict(
                id=claim.id,
                claim=claim.text,
                label=label,
                confidence=round(confidence, 4),
                evidence=only.evidence,
                explanation=only.explanation,
                flags=flags,
                metadata=claim.metadata,
            )
        deciding = [p for p in judged_parts if p.label is label] or judged_parts
        for p in judged_parts:
            p.evidence[1:] = []
        return Verdict(
            id=claim.id,
            claim=claim.text,
            label=label,
            confidence=round(confidence, 4),
            evidence=[e for p in deciding for e in p.evidence],
            explanation=" ".join(
                f"({n}) {p.text}: {p.explanation}" for n, p in enumerate(judged_parts, 1)
            ),
            flags=flags,
            parts=judged_parts,
            metadata=claim.metadata,
        )

    # -- knowledge ----------------------------------------------------------

    @property
    def knowledge(self) -> KnowledgeBase:
        """The knowledge base (gazetteer + facts file); the gazetteer loads on first use."""
        if self._knowledge is None:
            self._knowledge = KnowledgeBase.load(self.settings.facts)
        return self._knowledge

    def audit(self) -> list[ReferenceIssue]:
        """Statements of the references that disagree with world knowledge."""
        statements = self.index.statements
        return [
            issue_of(statements[i], f)
            for i, found in self._audit_findings().items()
            for f in found
            if f.consistent is False
        ]

    def _audit_findings(self) -> dict[int, list[Finding]]:
        if self._flagged is None:
            position = {s.id: i for i, s in enumerate(self.index.statements)}
            flagged: dict[int, list[Finding]] = {}
            found = self.knowledge.audit_findings(
                self.documents, self.index.statements, only_wrong=False
            )
            for statement, finding in found:
                if finding.consistent is not None:
                    flagged.setdefault(position[statement.id], []).append(finding)
            self._flagged = flagged
        return self._flagged

    def _knowledge_of(self, part: _Part, candidates: list[Candidate]) -> Resolution:
        """Knowledge checks of one claim part: only claims that place something somewhere."""
        if not mentions_direction(part.text):
            return Resolution([])
        document = self.index.statements[candidates[0].statement].document if candidates else None
        findings = self.knowledge.check(part.text, part.language, self._context(document))
        return resolve(
            findings,
            candidates,
            self._audit_findings(),
            self.index.statements,
            self.policy.min_score,
            part.language,
            part.facts or analyse(part.text, part.language),
            self.policy.considered,
        )

    # -- two statements -----------------------------------------------------

    def _across(
        self, part: _Part, candidates: list[Candidate], undecided: bool
    ) -> tuple[Decision, list[Candidate], str] | None:
        """A claim comparing two figures of the best candidate's document, judged
        on both (:mod:`factcheck.comparatives`): the decision, the candidates
        with the two statements first, and the explanation."""
        if not candidates:
            return None
        statements = self.index.statements
        document = statements[candidates[0].statement].document
        facts = part.facts or analyse(part.text, part.language)
        judged = judge(
            facts,
            self.index.of_document(document),
            self.index.facts,
            undecided=undecided,
            text_of=self.index.folded,
        )
        if judged is None:
            return None
        return across_decision(judged, candidates, statements, part.language)

    def _context(self, document: str | None) -> str | None:
        """The country a document is about: what "het land" means in a claim checked against it."""
        if document not in self._contexts:
            doc = next((d for d in self.documents if d.id == document), None)
            self._contexts[document] = (
                self.knowledge.context_country(doc.text, doc.language) if doc else None
            )
        return self._contexts[document]


def _majority_language(documents: Sequence[Document]) -> str:
    counts: dict[str, int] = {}
    for doc in documents:
        if doc.language:
            counts[doc.language] = counts.get(doc.language, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else lang.DEFAULT
