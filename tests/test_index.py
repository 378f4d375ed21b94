"""The statement index: exact and candidate-based hybrid search agree."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from factcheck.index import StatementIndex, _heaviest, _top
from factcheck.models import Statement


def _statements(texts: list[str]) -> list[Statement]:
    return [
        Statement(id=f"d#{i}", document="d", text=t, start=0, end=len(t))
        for i, t in enumerate(texts)
    ]


def _index(n: int, dim: int = 8, seed: int = 0) -> tuple[StatementIndex, np.ndarray]:
    rng = np.random.default_rng(seed)
    words = [
        "regering",
        "Tripoli",
        "Haftar",
        "verliezen",
        "steun",
        "oosten",
        "westen",
        "troepen",
        "wapens",
        "gesprekken",
        "Berlijn",
        "Caïro",
        "drones",
        "olie",
    ]
    texts = [" ".join(rng.choice(words, size=6)) + f" {i}" for i in range(n)]
    vectors = rng.normal(size=(n, dim)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return StatementIndex(_statements(texts), vectors), vectors


def test_top_is_sorted_and_complete() -> None:
    scores = np.array([[0.1, 0.9, 0.5, 0.7]])
    assert _top(scores, 2).tolist() == [[1, 3]]
    assert _top(scores, 4).tolist() == [[1, 3, 2, 0]]


def test_heaviest_keeps_the_largest_entries_per_row() -> None:
    m = sparse.csr_matrix(np.array([[0.1, 0.5, 0.0, 0.3], [0.2, 0.0, 0.0, 0.0]], np.float32))
    kept = _heaviest(m, 2).toarray()
    assert kept.tolist() == [[0.0, 0.5, 0.0, np.float32(0.3)], [np.float32(0.2), 0, 0, 0]]


def test_candidate_search_matches_exact_search() -> None:
    index, vectors = _index(400)
    queries = [index.statements[i].text for i in (3, 77, 250)]
    query_vectors = vectors[[3, 77, 250]]
    exact = index.search(query_vectors, queries, 5, 0.4)
    index.exact_limit = 0  # force the candidate path
    approx = index.search(query_vectors, queries, 5, 0.4)
    assert approx.indices[:, 0].tolist() == exact.indices[:, 0].tolist() == [3, 77, 250]
    np.testing.assert_allclose(approx.scores[:, 0], exact.scores[:, 0], rtol=1e-5)
    np.testing.assert_allclose(approx.sparse[:, 0], exact.sparse[:, 0], rtol=1e-5)


def test_candidate_search_in_blocks_gives_the_rows_of_one_search() -> None:
    from factcheck.index import SEARCH_BLOCK

    index, vectors = _index(300)
    index.exact_limit = 0
    rows = list(range(0, 300, 2))  # more queries than one block
    assert len(rows) > SEARCH_BLOCK
    queries = [index.statements[i].text for i in rows]
    together = index.search(vectors[rows], queries, 3, 0.4)
    one_by_one = [index.search(vectors[[i]], [index.statements[i].text], 3, 0.4) for i in rows]
    assert together.indices.shape == (len(rows), 3)
    assert together.indices.tolist() == [h.indices[0].tolist() for h in one_by_one]
    np.testing.assert_allclose(
        together.scores, np.vstack([h.scores for h in one_by_one]), rtol=1e-5
    )


def test_a_statement_naming_nobody_inherits_the_names_before_it() -> None:
    texts = [
        "De afgelopen weken hebben de strijdkrachten van Haftar zware verliezen geleden.",
        "Inmiddels zou de generaal zevenduizend manschappen zijn verloren.",
        "Turkije steunt de regering in Tripoli.",
    ]
    index = StatementIndex(_statements(texts), np.eye(3, dtype=np.float32))
    second = index.facts(1)
    assert [a.text for a in second.actors if a.named] == ["Haftar"]
    assert "hafta" in second.stem_set
    assert second.text == texts[1]  # the text itself is untouched
    # A statement that names someone keeps its own names only.
    assert "Haftar" not in [a.text for a in index.facts(2).actors]
    # Another document's sentence is no antecedent.
    other = _statements(texts)
    other[1] = other[1].model_copy(update={"document": "e"})
    assert not any(
        a.named for a in StatementIndex(other, np.eye(3, dtype=np.float32)).facts(1).actors
    )


def test_two_names_before_are_no_antecedent() -> None:
    texts = ["Ruto defeated Odinga in the election.", "He won 50.49 percent of the vote."]
    english = [s.model_copy(update={"language": "en"}) for s in _statements(texts)]
    index = StatementIndex(english, np.eye(2, dtype=np.float32))
    assert not any(a.named for a in index.facts(1).actors)


def test_a_title_names_the_party_the_document_gave_it() -> None:
    texts = [
        "Het initiatief wordt gesteund door generaal Khalifa Haftar.",
        "Turkije steunt de regering in Tripoli, Rusland en Egypte steunen Haftar.",
        "Inmiddels zou de generaal zevenduizend manschappen zijn verloren.",
    ]
    index = StatementIndex(_statements(texts), np.eye(3, dtype=np.float32))
    # Not the sentence before (it names three parties) but "generaal Khalifa Haftar".
    assert [a.text for a in index.facts(2).actors if a.named] == ["Khalifa Haftar"]
    # A title given to two parties names neither.
    two = [texts[0], "De generaal Ali Ahmed sprak ook.", texts[2]]
    index = StatementIndex(_statements(two), np.eye(3, dtype=np.float32))
    assert "Khalifa Haftar" not in [a.text for a in index.facts(2).actors]


def test_the_statements_of_a_document_and_their_folded_text() -> None:
    statements = _statements(["Eerste Zin.", "Tweede Zin.", "Derde Zin van Libië."])
    statements[1] = statements[1].model_copy(update={"document": "e"})
    index = StatementIndex(statements, np.eye(3, dtype=np.float32))
    assert index.of_document(statements[0].document) == [0, 2]
    assert index.of_document("e") == [1]
    assert index.of_document("absent") == []
    assert index.folded(2) == "derde zin van libie."


def test_search_within_ranks_only_the_given_rows_as_search_would() -> None:
    index, vectors = _index(40)
    queries, texts = vectors[:3], [index.statements[i].text for i in range(3)]
    rows = list(range(0, 40, 2))
    within = index.search_within(rows, queries, texts, k=5, dense_weight=0.4)
    assert set(within.indices.ravel().tolist()) <= set(rows)
    # Scores are the same hybrid scores search gives the same statements.
    full = index.search(queries, texts, k=40, dense_weight=0.4)
    for q in range(3):
        score_of = dict(zip(full.indices[q].tolist(), full.scores[q].tolist(), strict=True))
        expected = sorted((score_of[r] for r in rows), reverse=True)[:5]
        assert np.allclose(within.scores[q], expected, atol=1e-5)


def test_search_within_a_small_document_gives_fewer_than_k() -> None:
    index, vectors = _index(10)
    hits = index.search_within([3, 7], vectors[:2], ["a", "b"], k=5, dense_weight=0.5)
    assert hits.indices.shape == (2, 2)
    assert sorted(hits.indices[0].tolist()) == [3, 7]


def test_statements_get_the_weekdays_of_their_documents_dates() -> None:
    import datetime as dt

    statements = [
        s.model_copy(update={"language": "en"})
        for s in _statements(["Creditors meet on March 26.", "Creditors meet on March 27."])
    ]
    vectors = np.eye(2, 4, dtype=np.float32)
    index = StatementIndex(statements, vectors, published={"d": dt.date(2026, 3, 11)})
    assert set(index.facts(0).weekdays) == {3}  # a Thursday
    assert set(index.facts(1).weekdays) == {4}
    assert StatementIndex(statements, vectors).facts(0).weekdays == {}


def test_a_sentence_initial_common_word_is_no_name() -> None:
    statements = [
        s.model_copy(update={"language": "en"})
        for s in _statements(
            ["Schools in the region were closed.", "Officials said the schools would reopen."]
        )
    ]
    index = StatementIndex(statements, np.eye(2, 4, dtype=np.float32))
    assert {"schools", "said", "officials"} - index.common_words("en") == {"officials"}
    assert [(a.text, a.named) for a in index.facts(0).actors if a.index == 0] == [
        ("Schools", False)
    ]
    # "Officials" is written in lower case nowhere: it stays a name.
    assert [a.named for a in index.facts(1).actors if a.text == "Officials"] == [True]


def test_a_statement_knows_the_words_of_the_sentence_before_it() -> None:
    texts = [
        "De nieuwe tramlijn naar de Uithof gaat in 2027 rijden.",
        "Er komen elf haltes.",
    ]
    index = StatementIndex(_statements(texts), np.eye(2, dtype=np.float32))
    assert index.facts(0).context_stems == frozenset()  # the first has no sentence before
    assert {"traml", "uitho"} <= index.facts(1).context_stems
    assert "traml" not in index.facts(1).stem_set  # context, not its own words
    other = _statements(texts)
    other[1] = other[1].model_copy(update={"document": "e"})
    assert StatementIndex(other, np.eye(2, dtype=np.float32)).facts(1).context_stems == frozenset()
