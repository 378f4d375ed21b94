"""KnowledgeBase.audit / check end to end: the seed article and short texts of our own."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from knowledge_helpers import make_document

from factcheck.knowledge import Finding, KnowledgeBase
from factcheck.models import Document, ReferenceIssue, Statement

SEED_STATEMENT = "Het land heeft nu twee regeringen"


def _wrong_statement(seed: tuple[Document, list[Statement]]) -> Statement:
    _, statements = seed
    return next(s for s in statements if s.text.startswith(SEED_STATEMENT))


def test_seed_flags_tripoli(kb: KnowledgeBase, seed: tuple[Document, list[Statement]]) -> None:
    doc, statements = seed
    issues = kb.audit([doc], statements)
    assert len(issues) == 1
    issue = issues[0]
    assert isinstance(issue, ReferenceIssue)
    assert issue.statement_id == _wrong_statement(seed).id and issue.document == doc.id
    assert issue.kind == "geography"
    assert issue.message == (
        "Tripoli ligt in het westen van Libië (32.9 N, 13.2 E); de tekst plaatst het in het oosten."
    )
    assert issue.source == "GeoNames 2210247 (32.89, 13.19)"


def test_seed_with_facts_flags_haftar_too(
    kb_facts: KnowledgeBase, seed: tuple[Document, list[Statement]]
) -> None:
    doc, statements = seed
    pairs = kb_facts.audit_findings([doc], statements)
    statement = _wrong_statement(seed)
    assert [st.id for st, _ in pairs] == [statement.id, statement.id]
    spans = [statement.text[f.start : f.end] for _, f in pairs]
    assert spans == ["in het oosten in Tripoli", "in het Westen, gesteund door generaal Haftar"]
    haftar = pairs[1][1]
    assert haftar.actor == "Khalifa Haftar" and haftar.place == "Benghazi"
    assert haftar.source.startswith("knowledge.yaml line ")
    assert "Benghazi, in het oosten van Libië" in haftar.message


def test_bani_walid_is_right_and_not_flagged(
    kb_facts: KnowledgeBase, seed: tuple[Document, list[Statement]]
) -> None:
    doc, statements = seed
    everything = kb_facts.audit_findings([doc], statements, only_wrong=False)
    bani = [f for _, f in everything if f.place == "Bani Walid"]
    assert len(bani) == 1 and bani[0].consistent is True and bani[0].country == "LY"


def test_claim_sharing_only_other_content_is_untouched(kb_facts: KnowledgeBase) -> None:
    assert kb_facts.check("Libië heeft twee regeringen.", "nl", "LY") == []
    findings = kb_facts.check("De regering zit in Tripoli, in het westen van het land.", "nl")
    assert [f.consistent for f in findings] == [True]


def test_het_land_is_the_documents_country(kb: KnowledgeBase) -> None:
    # The statement alone names no country; the document does.
    doc, statements = make_document(
        "libie", "Libië is verdeeld. Volgens de krant ligt Tripoli in het oosten van het land."
    )
    issues = kb.audit([doc], statements)
    assert [i.statement_id for i in issues] == [statements[1].id]
    assert kb.check(statements[1].text, "nl", context_country=None)[0].country == "LY"


def test_dutch_groningen(kb: KnowledgeBase) -> None:
    wrong, _ = make_document(
        "nl-fout",
        "Nederland kreeg veel regen. In Groningen, in het zuiden van het land, "
        "liepen kelders onder.",
    )
    right, _ = make_document(
        "nl-goed",
        "Nederland kreeg veel regen. In Groningen, in het noorden van het land, "
        "liepen kelders onder.",
    )
    statements = make_document(wrong.id, wrong.text)[1] + make_document(right.id, right.text)[1]
    issues = kb.audit([wrong, right], statements)
    assert [i.document for i in issues] == ["nl-fout"]
    assert issues[0].message.startswith("Groningen ligt in het noorden van Nederland")


def test_english_france(kb: KnowledgeBase) -> None:
    doc, statements = make_document(
        "fr",
        "Storms hit France. Marseille, in the north of France, saw floods. "
        "Lille, in the north of France, stayed dry.",
        language="en",
    )
    issues = kb.audit([doc], statements)
    assert len(issues) == 1 and issues[0].text.startswith("Marseille")
    assert issues[0].message == (
        "Marseille lies in the south of France (43.3 N, 5.4 E); the text places it in the north."
    )


def test_marrakesh_bearings(haftar_kb: KnowledgeBase) -> None:
    right = (
        "De aardbeving had haar epicentrum bij Ighil, zo'n 70 kilometer ten zuidwesten "
        "van Marrakesh. Ook Taroudant ligt ten zuidwesten van Marrakesh."
    )
    findings = haftar_kb.check(right, "nl")
    assert [(f.place, f.frame, f.consistent) for f in findings] == [
        ("Ighil", "bearing", True),
        ("Taroudant", "bearing", True),
    ]
    assert findings[0].source.startswith("knowledge.yaml line 7 (31.06, -8.38); GeoNames")
    wrong = haftar_kb.check("Taroudant ligt ten noordoosten van Marrakesh.", "nl")
    assert [f.consistent for f in wrong] == [False]
    assert wrong[0].message.startswith("Taroudant ligt ten zuidwesten van Marrakesh")


def test_sirte_is_never_flagged(kb: KnowledgeBase) -> None:
    for side in ("oosten", "westen"):
        findings = kb.check(f"Sirte, in het {side} van Libië, is een havenstad.", "nl")
        assert [f.consistent for f in findings] == [None]


def test_ambiguous_tripoli_follows_the_document(kb: KnowledgeBase) -> None:
    lebanon, statements = make_document(
        "lb",
        "Libanon en Syrië. Beiroet is de hoofdstad van Libanon. "
        "Tripoli ligt in het noorden van het land.",
    )
    assert kb.audit([lebanon], statements) == []
    found = kb.audit_findings([lebanon], statements, only_wrong=False)
    assert [(f.place, f.country, f.consistent) for _, f in found] == [("Tripoli", "LB", True)]
    libya, statements = make_document(
        "ly", "Libië en Egypte. Tripoli ligt in het noorden van het land."
    )
    found = kb.audit_findings([libya], statements, only_wrong=False)
    assert [(f.place, f.country) for _, f in found] == [("Tripoli", "LY")]


def test_finding_fields(kb: KnowledgeBase) -> None:
    text = "Het land heeft een regering in het oosten in Tripoli."
    (finding,) = kb.check(text, "nl", "LY")
    assert isinstance(finding, Finding)
    assert text[finding.start : finding.end] == "in het oosten in Tripoli"
    assert finding.direction == "E" and finding.frame == "region"
    assert finding.consistent is False and finding.kind == "geography"
    assert finding.position is not None and finding.position[0] < 0.3
    assert round(finding.latitude, 1) == 32.9


def test_statement_of_unknown_document_is_still_checked(kb: KnowledgeBase) -> None:
    st = Statement(
        id="x#1", document="x", text="Tripoli ligt in het oosten van Libië.", start=0, end=37
    )
    assert len(kb.audit([], [st])) == 1


def test_language_detected_when_not_given(kb: KnowledgeBase) -> None:
    assert [f.consistent for f in kb.check("Marseille is in the north of France.")] == [False]


_VOCAB = [
    "Tripoli",
    "Libië",
    "Libya",
    "in",
    "het",
    "de",
    "the",
    "oosten",
    "west",
    "north-east",
    "ten",
    "zuidwesten",
    "van",
    "of",
    "Marrakesh",
    "Haftar",
    "gesteund",
    "door",
    ",",
    ".",
    "'s",
    "Oost-Libië",
    "land",
    "country",
    "Nice",
    "Split",
    "ligt",
    "lies",
    "naar",
    "Sirte",
    "midden",
    "centre",
    "LNA",
    "Bani",
    "Walid",
    "U.S.",
    "to",
    "eastern",
    "Zuid-Amerika",
]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from(_VOCAB), max_size=25),
    st.sampled_from(["nl", "en"]),
    st.sampled_from([None, "LY", "LB", "NL"]),
)
def test_check_never_fails_and_spans_fit(
    haftar_kb: KnowledgeBase, words: list[str], language: str, context: str | None
) -> None:
    text = " ".join(words)
    for finding in haftar_kb.check(text, language, context):
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.message


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=200))
def test_check_takes_any_text(kb: KnowledgeBase, text: str) -> None:
    for finding in kb.check(text):
        assert 0 <= finding.start < finding.end <= len(text)
