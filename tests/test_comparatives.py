"""Claims that compare two figures of the reference: each side resolves to its figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.comparatives import read_comparison
from factcheck.extract import Facts, analyse, fold
from factcheck.models import Label
from factcheck.reference import load_documents, statements_of
from factcheck.two_statements import _may_answer, _sentence_stems, judge

REFERENCE = Path(__file__).resolve().parent.parent / "reference"

FERRY = [
    "Four people were killed and nine are still missing after a passenger ferry carrying "
    "312 people ran aground off Naxos.",
    "Twenty-two were treated at the hospital in Naxos town.",
    "The accident is the worst since the Aegean Star sank off Ikaria in 2009, killing 61 people.",
    "The ferry had left Paros an hour earlier.",
]
TRAM = [
    "De tramlijn kost 612 miljoen euro.",
    "Het Rijk betaalt 250 miljoen euro uit het Mobiliteitsfonds.",
    "De rest, 242 miljoen, komt voor rekening van de gemeente.",
    "De gemeenteraad stemde donderdag in met de tramlijn.",
]


def run(claim: str, statements: list[str], language: str, undecided: bool = True):
    facts = [analyse(s, language) for s in statements]

    def facts_of(i: int) -> Facts:
        return facts[i]

    return judge(
        analyse(claim, language),
        range(len(statements)),
        facts_of,
        undecided=undecided,
        text_of=lambda i: fold(statements[i]),
    )


@pytest.mark.parametrize(
    ("claim", "label", "message"),
    [
        (
            "More people are missing after the ferry accident than were treated in hospital.",
            Label.CONTRADICTED,
            "nine is not more than Twenty-two",
        ),
        (
            "The Naxos ferry accident has killed fewer people than the Aegean Star sinking did.",
            Label.SUPPORTED,
            "Four is less than 61",
        ),
    ],
)
def test_more_and_fewer_across_two_statements(claim: str, label: Label, message: str) -> None:
    judged = run(claim, FERRY, "en")
    assert judged is not None
    assert (judged.label, judged.message) == (label, message)
    assert judged.left.statement != judged.right.statement


def test_a_share_of_a_whole() -> None:
    judged = run(
        "Meer dan de helft van de kosten van de tramlijn wordt door het Rijk betaald.", TRAM, "nl"
    )
    assert judged is not None
    assert judged.label is Label.CONTRADICTED
    assert judged.message == "250 miljoen is 41 procent van 612 miljoen ('meer dan de helft')"
    judged = run("Het Rijk betaalt ongeveer 40 procent van de tramlijn.", TRAM, "nl")
    assert judged is not None and judged.label is Label.SUPPORTED


def test_a_share_waits_for_the_single_statements() -> None:
    # A reference often states a share itself; then that statement decides.
    claim = "Het Rijk betaalt ongeveer 40 procent van de tramlijn."
    assert run(claim, TRAM, "nl", undecided=False) is None


def test_a_factor() -> None:
    statements = [
        "Volgens het havenbedrijf wachten nu 48.000 containers op de kades van de Maasvlakte.",
        "Bij de staking van 2021 bleven ongeveer twintigduizend containers liggen.",
    ]
    claim = (
        "Op de Maasvlakte wachten nu ruim twee keer zoveel containers als bij de staking van 2021."
    )
    judged = run(claim, statements, "nl")
    assert judged is not None and judged.label is Label.SUPPORTED
    claim = "Op de Maasvlakte wachten nu vier keer zoveel containers als bij de staking van 2021."
    judged = run(claim, statements, "nl")
    assert judged is not None and judged.label is Label.CONTRADICTED
    assert judged.message == "48.000 is 2,4 keer twintigduizend ('vier keer zoveel containers')"


@pytest.mark.parametrize(
    "claim",
    [
        "More than 300 people were on board.",  # a qualified figure, no comparison
        "More than half of the staff left.",  # no part named
        "Ruto won 7.18 million votes, 233,000 more than Odinga.",  # figures of its own
    ],
)
def test_no_comparison_to_judge(claim: str) -> None:
    assert run(claim, FERRY, "en") is None


def test_an_ambiguous_side_is_left_to_the_other_stages() -> None:
    # Both figures of the first sentence fit "killed"; nothing tells them apart.
    statements = [
        "Four people were killed and six were killed later.",
        "Ten people were killed in 2009.",
    ]
    assert run("More people were killed now than in 2009.", statements, "en") is None


def test_reading_a_comparison() -> None:
    found = read_comparison(
        analyse("Bij de staking van 2021 bleven meer containers liggen dan nu.", "nl")
    )
    assert found is not None and found.relation == "more"
    assert read_comparison(analyse("Meer dan 300 mensen kwamen.", "nl")) is None


WILDFIRES = [
    "A province-wide campfire ban was imposed on Monday, August 10.",
    "British Columbia declared a provincial state of emergency on Wednesday, August 12.",
    "Highway 97 has been closed since Tuesday afternoon.",
    "The largest evacuation came on Tuesday night in Clearbrook Falls.",
]


@pytest.mark.parametrize(
    ("claim", "label", "message"),
    [
        (
            "The province banned campfires two days before it declared the state of emergency.",
            Label.SUPPORTED,
            "Monday is 2 days before Wednesday",
        ),
        (
            "Highway 97 was closed on the same day that the province declared its state of "
            "emergency.",
            Label.CONTRADICTED,
            "Tuesday is 1 day before Wednesday",
        ),
        (
            "The evacuation of Clearbrook Falls came the day after the emergency was declared.",
            Label.CONTRADICTED,
            "Tuesday is 1 day before Wednesday",
        ),
        (
            "The evacuation of Clearbrook Falls came before the province declared the emergency.",
            Label.SUPPORTED,
            "Tuesday is 1 day before Wednesday",
        ),
    ],
)
def test_two_events_in_time(claim: str, label: Label, message: str) -> None:
    judged = run(claim, WILDFIRES, "en")
    assert judged is not None
    assert (judged.label, judged.message) == (label, message)


def test_an_offset_of_weekdays_counts_in_whole_weeks() -> None:
    statements = [
        "Róisín Madden was elected mayor of Galway on Saturday evening.",
        "The new mayor will be formally installed at a special meeting on Thursday.",
    ]
    claim = "The new mayor will be installed five days after she was elected."
    judged = run(claim, statements, "en")
    assert judged is not None
    assert (judged.label, judged.message) == (Label.SUPPORTED, "Thursday is 5 days after Saturday")
    judged = run(
        "The new mayor will be installed three days after she was elected.", statements, "en"
    )
    assert judged is not None and judged.label is Label.CONTRADICTED
    # A date beside one weekday only does not stop the reading round the week.
    dated = [statements[0].replace("Saturday evening", "Saturday evening, 4 May"), statements[1]]
    judged = run(
        claim_five := "The new mayor will be installed five days after she was elected.",
        dated,
        "en",
    )
    assert judged is not None and judged.label is Label.SUPPORTED, claim_five
    # With dates of the month on both, the weekdays are not read round the week.
    claim = "The province banned campfires five days after it declared the state of emergency."
    judged = run(claim, WILDFIRES, "en")
    assert judged is not None and judged.label is Label.CONTRADICTED


def test_two_events_in_time_in_dutch() -> None:
    statements = [
        "Provinciale Staten namen dinsdag al een motie aan over snellere dijkversterking.",
        "Dijkgraaf Ellen Vromans heeft het plan woensdag in Roermond bekendgemaakt.",
    ]
    claim = "De dijkgraaf maakte het plan bekend op dezelfde dag dat de Staten de motie aannamen."
    judged = run(claim, statements, "nl")
    assert judged is not None
    assert (judged.label, judged.message) == (Label.CONTRADICTED, "woensdag is 1 dag na dinsdag")
    claim = "De dijkgraaf maakte het plan bekend nadat de Staten de motie hadden aangenomen."
    assert run(claim, statements, "nl", undecided=False) is None  # a bare "nadat" waits
    judged = run(claim, statements, "nl")
    assert judged is not None and judged.label is Label.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "The captain is to be brought before a prosecutor on Syros.",  # a preposition
        "Highway 97 was closed on Tuesday, the same day the ban began.",  # dated by the claim
        "The dikes will be finished three years earlier than planned.",  # a span
    ],
)
def test_no_timing_to_judge(claim: str) -> None:
    assert run(claim, WILDFIRES, "en") is None


@pytest.mark.parametrize(
    ("claim", "statements", "language"),
    [
        # "voor meer dan": a preposition and a qualified figure, no order in time.
        (
            "Het kabinet trekt geld uit voor meer dan driehonderd scholen.",
            [
                "Het kabinet trok in 2024 extra geld uit.",
                "In 2021 werden driehonderd scholen gerenoveerd.",
            ],
            "nl",
        ),
        # "three times" as a count of events, not a factor.
        (
            "He was arrested three times, as was his brother.",
            ["Police arrested 30 people on Monday.", "His brother was among 20 people questioned."],
            "en",
        ),
        # "rather than" compares nothing.
        (
            "The lower house backed the bill rather than the amendment.",
            ["The lower house has 150 members.", "The amendment had 12 sponsors."],
            "en",
        ),
    ],
)
def test_words_that_only_look_like_a_comparison(
    claim: str, statements: list[str], language: str
) -> None:
    assert run(claim, statements, language) is None


def test_a_day_of_the_month_is_not_also_its_month() -> None:
    judged = run(
        "Protests grew three days before the election was held.",
        ["Protests grew on 3 May.", "The election was held on 6 May."],
        "en",
    )
    assert judged is not None and judged.message == "3 May is 3 days before 6 May"


def test_a_stem_that_is_not_a_substring_of_its_word() -> None:
    # "army" stems to "armi"; the statements holding it are still found.
    judged = run(
        "The army has more soldiers than the navy.",
        ["The army has 300 soldiers.", "The navy has 500 soldiers."],
        "en",
    )
    assert judged is not None and judged.label is Label.CONTRADICTED


def test_a_figure_against_its_own_earlier_value_is_left_to_one_statement() -> None:
    statements = [
        "In 2025 keerde het fonds 22 miljoen euro uit aan pluimveehouders, tegen 31 miljoen "
        "euro een jaar eerder.",
        "Het fonds heeft 48 miljoen euro in kas.",
    ]
    claim = "Het fonds betaalde pluimveehouders in 2025 minder uit dan het jaar daarvoor."
    assert run(claim, statements, "nl") is None


def test_one_figure_mentioned_twice_is_not_compared_with_itself() -> None:
    statements = [
        "Binnen een straal van één kilometer liggen nog drie bedrijven met kippen.",
        "Op die drie bedrijven samen zitten ruim 140.000 kippen.",
        "Het besmette bedrijf telt ongeveer 48.000 leghennen.",
    ]
    judged = run(
        "Bij de ruimingen gaat het om meer kippen dan er op het besmette bedrijf zitten.",
        statements,
        "nl",
    )
    assert judged is None or judged.left.quantity.value != judged.right.quantity.value


@pytest.mark.parametrize(
    ("stem_of_claim", "statement", "kept"),
    [
        ("kost", "De tramkosten stijgen.", True),  # the head of a compound
        ("jaar", "Het duurde twee jaren.", True),  # a vowel the stem doubles
        ("huis", "Drie ziekenhuizen sluiten.", True),  # a voiced consonant
        ("afloo", "In de afgelopen weken.", True),  # a participle after a particle
        ("steun", "Zij werden gesteund door Turkije.", True),  # a participle
        ("armi", "The army withdrew.", True),  # English -y
        ("kost", "Ze kozen een andere route.", False),
        ("cent", "Turnout was 40 percent.", False),  # too short a tail to be a head
    ],
)
def test_the_filter_before_analysis(stem_of_claim: str, statement: str, kept: bool) -> None:
    language = "en" if stem_of_claim in {"armi", "cent"} else "nl"
    pattern = _may_answer(frozenset({stem_of_claim}), language)
    assert bool(pattern.search(fold(statement.lower()))) is kept


def test_the_filter_keeps_what_the_analysis_would_score() -> None:
    """The stems a shipped statement's analysis gives (its words', and its
    compounds' heads' of four letters or more), the filter finds in its text,
    but for the few the stemmer rebuilt inside the word."""
    words = [0, 0]
    heads = [0, 0]
    for statement in statements_of(load_documents([REFERENCE])):
        text = fold(statement.text.lower())
        facts = analyse(statement.text, statement.language)
        for s in _sentence_stems(facts):
            count = words if s in facts.stem_set else heads
            if count is heads and len(s) < 4:
                continue
            count[0] += 1
            count[1] += not _may_answer(frozenset({s}), statement.language).search(text)
    assert words[0] > 10_000 and heads[0] > 10_000
    assert words[1] < 0.01 * words[0]
    assert heads[1] < 0.03 * heads[0]
