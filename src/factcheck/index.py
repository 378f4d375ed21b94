"""The statement index: dense vectors plus a character n-gram TF-IDF, searched together.

Dense vectors (sentence-transformers) find paraphrases; the char 3-5-gram
TF-IDF finds the Dutch statement that shares names and word forms with the
claim, which the English-only default model often misses. The hybrid score is
``w * dense + (1 - w) * tfidf``, with ``w`` tuned on labelled claims
(``factcheck tune``). Both parts are matrices: one product and an
argpartition give the top k, with no Python loop over statements.

The TF-IDF uses a HashingVectorizer, so it has no vocabulary to store: only
the IDF weights are fitted, on the statements.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import (
    HashingVectorizer,
    TfidfTransformer,
    strip_accents_unicode,
)

from factcheck.extract import (
    Actor,
    Facts,
    adopt,
    analyse,
    content_stems,
    demote_common_words,
    fold,
    inherit,
    stem,
    titled,
)
from factcheck.models import Statement
from factcheck.weekdays import add_weekdays, add_years

_HASH_FEATURES = 2**20
# How many sentences back "de generaal" looks for "generaal Khalifa Haftar".
TITLE_WINDOW = 15


_DIGITS = re.compile(r"\d[\d.,]*")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ][a-zà-ÿ'-]*(?![\w-])")


def _words_only(text: str) -> str:
    """Lower-cased text with figures blanked: "7000" and "80.000" share the n-gram
    "000" but nothing else; whether numbers agree is the comparison stage's job."""
    return _DIGITS.sub(" ", strip_accents_unicode(text.lower()))


def make_vectorizer() -> HashingVectorizer:
    """The char n-gram hasher shared by statements and claims."""
    return HashingVectorizer(
        analyzer="char_wb",
        preprocessor=_words_only,
        ngram_range=(3, 5),
        n_features=_HASH_FEATURES,
        alternate_sign=False,
        norm=None,
        # the preprocessor lower-cases and strips accents itself
        dtype=np.float32,
    )


# Names the n-gram counting in cache keys; change it when make_vectorizer changes.
NGRAM_COUNTS = "char_wb-3-5-nodigits-v1"


def ngram_counts(texts: Sequence[str]) -> sparse.csr_matrix:
    """Char n-gram counts of texts, the input of the TF-IDF weighting."""
    return make_vectorizer().transform(list(texts)).tocsr()


@dataclass(slots=True)
class Hits:
    """Top-k candidates for a batch of queries; all arrays have shape (n_queries, k)."""

    indices: np.ndarray
    scores: np.ndarray
    dense: np.ndarray
    sparse: np.ndarray


class StatementIndex:
    """Statements with their vectors, searchable by hybrid score."""

    def __init__(
        self,
        statements: Sequence[Statement],
        vectors: np.ndarray,
        counts: sparse.csr_matrix | None = None,
        published: Mapping[str, dt.date | None] | None = None,
    ) -> None:
        """``counts`` are the statements' char n-gram counts (:func:`ngram_counts`),
        computed here when not given (the verifier reads them from its cache).
        ``published`` holds each document's date: its statements' days of the month
        get their weekday (:mod:`factcheck.weekdays`)."""
        if len(statements) != vectors.shape[0]:
            raise ValueError(f"{len(statements)} statements but {vectors.shape[0]} vectors")
        self.statements = list(statements)
        self.vectors = vectors
        self._hasher = make_vectorizer()
        if counts is None:
            counts = ngram_counts([s.text for s in self.statements])
        self._tfidf = TfidfTransformer(sublinear_tf=True)
        self.tfidf = self._tfidf.fit_transform(counts).tocsr().astype(np.float32)
        # Statements as columns, once: queries are multiplied by it.
        self._tfidf_t = self.tfidf.T.tocsr()
        self._projection: np.ndarray | None = None
        self._reduced_vectors = np.zeros((0, 0), np.float32)
        self._facts: dict[int, Facts] = {}
        self._plain: dict[int, Facts] = {}  # analyses without context, for _by_title
        self._documents: dict[str, list[int]] | None = None
        self._folded: dict[int, str] = {}
        self.exact_limit = EXACT_LIMIT
        self.published = dict(published or {})
        self._common: dict[str, frozenset[str]] = {}

    def __len__(self) -> int:
        return len(self.statements)

    def of_document(self, document: str) -> list[int]:
        """The positions of a document's statements (grouped on first use)."""
        if self._documents is None:
            self._documents = {}
            for i, s in enumerate(self.statements):
                self._documents.setdefault(s.document, []).append(i)
        return self._documents.get(document, [])

    def folded(self, i: int) -> str:
        """Statement ``i`` in lower case without diacritics, kept: the
        two-statement stage scans a document's statements for a claim's words."""
        found = self._folded.get(i)
        if found is None:
            found = self._folded[i] = fold(self.statements[i].text)
        return found

    def facts(self, i: int) -> Facts:
        """The analysis of statement ``i``, computed once.

        A statement that names nobody ("Inmiddels zou de generaal zevenduizend
        manschappen zijn verloren", "He did not call on his supporters") is
        about whom the statement before it names: those names are added to its
        facts (as actors and content words), not to its text.
        """
        found = self._facts.get(i)
        if found is None:
            statement = self.statements[i]
            found = analyse(statement.text, statement.language)
            before = self.statements[i - 1] if i > 0 else None
            if before is not None and before.document != statement.document:
                before = None
            named = any(a.named for a in found.actors)
            if not named and not self._by_title(found, i) and before is not None:
                inherit(found, self._plain_facts(i - 1))
            if before is not None:
                found.context_stems = content_stems(before.text, before.language)
            add_weekdays(found, self.published.get(statement.document))
            add_years(found, self.published.get(statement.document))
            demote_common_words(found, self.common_words(statement.language))
            self._facts[i] = found
        return found

    def _plain_facts(self, j: int) -> Facts:
        """The analysis of statement ``j`` without context (kept)."""
        if j not in self._plain:
            before = self.statements[j]
            self._plain[j] = analyse(before.text, before.language)
        return self._plain[j]

    def common_words(self, language: str) -> frozenset[str]:
        """The words the statements of a language write in lower case: a
        sentence's capitalised first word that is one of them is no name."""
        found = self._common.get(language)
        if found is None:
            found = self._common[language] = frozenset(
                word
                for s in self.statements
                if s.language == language
                for word in _LOWER_WORD.findall(s.text)
            )
        return found

    def _by_title(self, facts: Facts, i: int) -> bool:
        """Name "de generaal" after "generaal Khalifa Haftar" a few sentences
        before it in the same document: the one party given that title there.
        Whether a name was added."""
        nouns = {stem(a.text.lower(), facts.language) for a in facts.actors if not a.named}
        if not nouns:
            return False
        document = self.statements[i].document
        titles: dict[str, list[Actor]] = {}
        for j in range(i - 1, max(-1, i - TITLE_WINDOW - 1), -1):
            before = self.statements[j]
            if before.document != document:
                break
            for title, actor in titled(self._plain_facts(j)):
                if title in nouns:
                    titles.setdefault(title, []).append(actor)
        return any(adopt(facts, names) for names in titles.values())

    def _reduced(self, vectors: np.ndarray) -> np.ndarray:
        """Vectors projected on the index's main directions (candidate search only)."""
        if self._projection is None:
            sample = np.asarray(self.vectors[:: max(1, len(self) // PROJECTION_SAMPLE)], np.float32)
            _, _, vt = np.linalg.svd(sample - sample.mean(axis=0), full_matrices=False)
            self._projection = vt[:PROJECTION_DIMS].T.copy()
            self._reduced_vectors = np.asarray(self.vectors, np.float32) @ self._projection
        return np.asarray(vectors, dtype=np.float32) @ self._projection

    def sparse_query(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """TF-IDF rows of query texts, L2-normalised like the statements."""
        return self._tfidf.transform(self._hasher.transform(list(texts))).astype(np.float32)

    def search_within(
        self,
        rows: Sequence[int],
        vectors: np.ndarray,
        texts: Sequence[str],
        k: int,
        dense_weight: float,
    ) -> Hits:
        """The k best of the statements at ``rows`` (one document's) for each
        query, every score computed; fewer than k when there are fewer rows.

        Example:
            >>> rows = index.of_document("libie-artikel")
            >>> hits = index.search_within(rows, encoder.encode(["Haftar verloor 7000 man."]),
            ...                            ["Haftar verloor 7000 man."], k=3, dense_weight=0.5)
            >>> {index.statements[int(i)].document for i in hits.indices[0]}
            {'libie-artikel'}
        """
        at = np.asarray(rows, dtype=np.int64)
        queries = self.sparse_query(texts)
        dense = np.asarray(vectors, dtype=np.float32) @ np.asarray(self.vectors[at], np.float32).T
        lexical = (queries @ self.tfidf[at].T).toarray()
        hybrid = dense_weight * dense + (1.0 - dense_weight) * lexical
        top = _top(hybrid, min(k, len(at)))
        picked = np.arange(len(texts))[:, None], top
        return Hits(at[top], hybrid[picked], dense[picked], lexical[picked])

    def search(
        self, vectors: np.ndarray, texts: Sequence[str], k: int, dense_weight: float
    ) -> Hits:
        """The k best statements for each query by hybrid score.

        Up to ``EXACT_LIMIT`` statements every score is computed. Beyond it,
        candidates come from cheaper approximations of both parts: the query's
        ``QUERY_NGRAMS`` heaviest n-grams (the full char n-gram product is
        nearly dense, common n-grams being everywhere) and the vectors projected
        on ``PROJECTION_DIMS`` main directions; only the ``CANDIDATES`` best get
        their exact hybrid score.

        Example:
            >>> hits = index.search(encoder.encode(["Haftar verloor 7000 man."]),
            ...                     ["Haftar verloor 7000 man."], k=3, dense_weight=0.5)
            >>> hits.indices.shape
            (1, 3)
        """
        n = len(self.statements)
        k = min(k, n)
        if len(texts) > SEARCH_BLOCK and n > self.exact_limit:
            # Row blocks keep the (queries x statements) matrices in cache:
            # 0.66 ms per claim in blocks of 64 against 2.3 ms in one block of
            # 1,024 (100,000 statements).
            blocks = [
                self.search(
                    vectors[i : i + SEARCH_BLOCK], texts[i : i + SEARCH_BLOCK], k, dense_weight
                )
                for i in range(0, len(texts), SEARCH_BLOCK)
            ]
            return Hits(
                *(np.concatenate([getattr(b, f.name) for b in blocks]) for f in fields(Hits))
            )
        queries = self.sparse_query(texts)
        rows = np.arange(len(texts))[:, None]
        if n <= self.exact_limit:
            dense = np.asarray(vectors, dtype=np.float32) @ np.asarray(self.vectors, np.float32).T
            lexical = (queries @ self._tfidf_t).toarray()
            hybrid = dense_weight * dense + (1.0 - dense_weight) * lexical
            top = _top(hybrid, k)
            return Hits(top, hybrid[rows, top], dense[rows, top], lexical[rows, top])
        approx = self._reduced(vectors) @ self._reduced_vectors.T
        approx *= dense_weight
        approx += (1.0 - dense_weight) * (
            _heaviest(queries, QUERY_NGRAMS) @ self._tfidf_t
        ).toarray()
        candidates = _top(approx, min(CANDIDATES, n))
        del approx
        flat = candidates.ravel()
        dense_c = np.einsum(
            "ij,ikj->ik",
            np.asarray(vectors, dtype=np.float32),
            np.asarray(self.vectors[flat], dtype=np.float32).reshape(*candidates.shape, -1),
        )
        repeated = queries[np.repeat(np.arange(queries.shape[0]), candidates.shape[1])]
        exact = np.asarray(repeated.multiply(self.tfidf[flat]).sum(axis=1), dtype=np.float32)
        lexical = exact.reshape(candidates.shape)
        hybrid = dense_weight * dense_c + (1.0 - dense_weight) * lexical
        order = _top(hybrid, k)
        return Hits(
            candidates[rows, order], hybrid[rows, order], dense_c[rows, order], lexical[rows, order]
        )


# Above this many statements, search scores candidates only (see StatementIndex.search).
EXACT_LIMIT = 5000
# ... and takes the queries this many at a time.
SEARCH_BLOCK = 64
QUERY_NGRAMS = 48
CANDIDATES = 64
# Candidates are found with the vectors projected on their main directions
# (an SVD of a sample); the exact cosine is computed for the candidates only.
PROJECTION_DIMS = 96
PROJECTION_SAMPLE = 5000


# Rows longer than this are ranked with torch.topk (20x faster than argpartition
# on 100,000 columns; torch is loaded anyway by the encoder).
_TORCH_TOPK_FROM = 20_000


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Column indices of the k largest scores per row, best first."""
    n = scores.shape[1]
    if n >= _TORCH_TOPK_FROM and k < n:
        import torch

        return torch.topk(torch.from_numpy(scores), k, dim=1, sorted=True).indices.numpy()
    if k < n:
        top = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    else:
        top = np.tile(np.arange(n), (scores.shape[0], 1))
    rows = np.arange(scores.shape[0])[:, None]
    return top[rows, np.argsort(-scores[rows, top], axis=1, kind="stable")]


def _heaviest(matrix: sparse.csr_matrix, keep: int) -> sparse.csr_matrix:
    """Each row with only its ``keep`` largest entries."""
    matrix = matrix.tocsr()
    data, indices, indptr = [], [], [0]
    for i in range(matrix.shape[0]):
        lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
        row = matrix.data[lo:hi]
        if hi - lo > keep:
            pick = np.argpartition(-row, keep - 1)[:keep]
            data.append(row[pick])
            indices.append(matrix.indices[lo:hi][pick])
        else:
            data.append(row)
            indices.append(matrix.indices[lo:hi])
        indptr.append(indptr[-1] + len(data[-1]))
    return sparse.csr_matrix(
        (
            np.concatenate(data) if data else np.zeros(0, np.float32),
            np.concatenate(indices) if indices else np.zeros(0, np.int32),
            indptr,
        ),
        shape=matrix.shape,
    )
