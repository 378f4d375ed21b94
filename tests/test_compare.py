"""The hard pairs: claim vs reference statement, and the difference each must (not) find.

Each test names the Difference kind and the values in its message, so that a
journalist's explanation ("de bewering zegt 5000, de bron zegt zevenduizend
(7000)") is checked, not just a label.
"""

from __future__ import annotations

import pytest

from factcheck.compare import FEATURES, Comparison, Difference, compare
from factcheck.extract import analyse

# Statements of reference/libie-artikel.txt.
S7 = (
    "De door de VN erkende regering in Tripoli heeft nog niet gereageerd op de oproep van de "
    "Egyptische president."
)
S9 = (
    "Zaterdag nog werd de stad Bani Walid in het noordwesten van het land heroverd op Haftar "
    "en hetzelfde gebeurde vrijdag met de stad Tarhuna."
)
S12 = (
    "Met de hulp van Turkije, dat met huursoldaten, wapens en drones de regering in Tripoli "
    "steunt, werd er veel terrein op heroverd op Haftars strijdkrachten."
)
S13 = (
    "Inmiddels zou de generaal zevenduizend manschappen zijn verloren in het conflict, een "
    "derde van zijn totale legermacht."
)
S14 = (
    "De strijdkrachten van Haftar worden gesteund door onder andere Rusland, Egypte en de "
    "Verenigde Arabische Emiraten, maar deze landen lijken zich door de recente nederlagen "
    "steeds meer af te keren van de generaal."
)
S15 = (
    "De positie van de regering in Tripoli is door de geïntensiveerde steun van Turkije juist "
    "versterkt."
)
S16 = (
    "Libië verkeert in een staat van burgeroorlog sinds dictator Muammar Gadhafi in 2011 ten "
    "val werd gebracht."
)
S18 = "In januari zaten de partijen al om de tafel tijdens een vredesconferentie in Berlijn."
# reference/marokko-aardbeving.md
M_AFFECTED = "De Verenigde Naties schatten dat ongeveer 300.000 mensen door de ramp zijn getroffen."
M_FORCE = "Volgens de Amerikaanse geologische dienst USGS had de aardbeving een kracht van 6,8."


def run(claim: str, statement: str, language: str = "nl") -> Comparison:
    return compare(analyse(claim, language), analyse(statement, language))


def only(claim: str, statement: str, kind: str, language: str = "nl") -> Difference:
    """The single difference the pair must give, of the given kind."""
    result = run(claim, statement, language)
    kinds = [d.kind for d in result.differences]
    assert kinds == [kind], [d.message for d in result.differences]
    return result.differences[0]


def no_difference(claim: str, statement: str, language: str = "nl") -> Comparison:
    result = run(claim, statement, language)
    assert result.differences == [], [d.message for d in result.differences]
    return result


# -- numbers ------------------------------------------------------------------


def test_number_word_mismatch_five_vs_seven_thousand() -> None:
    result = run("Haftar heeft vijfduizend manschappen verloren.", S13)
    [diff] = result.differences
    assert diff.kind == "number"
    assert (diff.claim, diff.reference) == ("vijfduizend", "zevenduizend")
    assert diff.message == "de bewering zegt vijfduizend (5000), de bron zegt zevenduizend (7000)"
    assert result.feature("number_mismatch") == 1
    assert result.feature("number_match") == 0


def test_same_number_in_words_and_digits_agrees() -> None:
    result = no_difference("Haftar verloor 7000 manschappen.", S13)
    assert result.feature("number_match") == 1
    assert result.agreements == ["7000"]  # the claim's value, as the claim says it
    no_difference("Haftar heeft zevenduizend manschappen verloren.", S13)


def test_fraction_mismatch_quarter_vs_third() -> None:
    diff = only("Haftar verloor een kwart van zijn legermacht.", S13, "number")
    assert (diff.claim, diff.reference) == ("een kwart", "een derde")
    assert "1/4" in diff.message and "1/3" in diff.message


def test_percent_against_fraction() -> None:
    # 33 procent is a third; 40 procent is not.
    no_difference("Ongeveer 33 procent van Haftars legermacht is verloren gegaan.", S13)
    diff = only("Haftar verloor 40 procent van zijn legermacht.", S13, "number")
    assert diff.message == "de bewering zegt 40 procent (40), de bron zegt een derde (1/3)"


@pytest.mark.xfail(
    strict=True,
    reason="'bijna een derde' is widened to 26.7-33.3 % and then by 2 points of fraction slack, "
    "so it overlaps 'een kwart' (23-27 %): the approximation interval for fractions is too wide",
)
def test_quarter_vs_almost_a_third() -> None:
    only(
        "Haftar verloor een kwart van zijn manschappen.",
        "Haftar verloor bijna een derde van zijn manschappen.",
        "number",
    )


def test_approximation_matches_exact_number() -> None:
    no_difference(
        "Ongeveer 300.000 mensen zijn door de ramp getroffen.",
        "De Verenigde Naties schatten dat 300.000 mensen door de ramp zijn getroffen.",
    )
    result = no_difference("Door de ramp zijn 300.000 mensen getroffen.", M_AFFECTED)
    assert result.feature("number_match") == 1


def test_approximation_does_not_stretch_to_another_number() -> None:
    diff = only("Door de ramp zijn 400.000 mensen getroffen.", M_AFFECTED, "number")
    assert diff.message == "de bewering zegt 400.000, de bron zegt 300.000"


@pytest.mark.parametrize(
    ("claim", "statement", "language", "claim_text", "ref_text"),
    [
        (
            "Three of the seven electoral commissioners disowned the results.",
            "Four of the seven commissioners disowned the results on Monday.",
            "en",
            "Three of the seven (3/7)",
            "Four of the seven (4/7)",
        ),
        (
            "Een op de vijf treinen reed niet.",
            "Zeven op tien treinen reden niet.",
            "nl",
            "Een op de vijf (1/5)",
            "Zeven op tien (7/10)",
        ),
    ],
)
def test_proportions_differ(
    claim: str, statement: str, language: str, claim_text: str, ref_text: str
) -> None:
    diff = only(claim, statement, "number", language)
    assert claim_text in diff.message and ref_text in diff.message


def test_proportion_agrees_with_a_fraction() -> None:
    # Thirty of sixty is the half; one in three is about a third.
    no_difference(
        "Dertig van de zestig economen verwachten nog twee verlagingen.",
        "Van de zestig economen verwacht de helft nog twee verlagingen.",
    )
    no_difference(
        "Around one in three TGV trains was cancelled.",
        "About a third of TGV trains were cancelled.",
        "en",
    )


def test_a_year_or_a_date_is_no_whole() -> None:
    result = run("Het leger verloor 7 tanks in 2020.", "Het leger verloor 7 tanks in 2020.")
    assert result.feature("number_match") == 1 and result.feature("date_match") == 1


def test_more_than_is_not_several_times_as_many() -> None:
    only(
        "Bij de beving vielen ruim vierduizend doden.",
        "Bij de beving vielen twaalfduizend doden.",
        "number",
    )
    no_difference(
        "Bij de beving vielen ruim vierduizend doden.", "Bij de beving vielen 4300 doden."
    )


def test_decimal_comma() -> None:
    no_difference("De aardbeving had een kracht van 6,8.", M_FORCE)
    diff = only("De aardbeving had een kracht van 7,8.", M_FORCE, "number")
    assert diff.message == "de bewering zegt 7,8 (7.8), de bron zegt 6,8 (6.8)"


def test_english_numbers() -> None:
    statement = "The general lost seven thousand troops in the conflict, a third of his army."
    diff = only("Haftar lost five thousand troops.", statement, "number", "en")
    assert (
        diff.message
        == "the claim says five thousand (5000), the reference says seven thousand (7000)"
    )
    no_difference("Haftar lost 7,000 troops.", statement, "en")
    diff = only("Haftar lost a quarter of his army.", statement, "number", "en")
    assert (diff.claim, diff.reference) == ("a quarter", "a third")
    no_difference(
        "About 300,000 people were affected.",
        "The UN estimates that 300,000 people were affected.",
        "en",
    )
    ruto = "Ruto won about 7.18 million votes, some 233,000 more than his rival."
    diff = only("Ruto won 9 million votes.", ruto, "number", "en")
    assert "9000000" in diff.message and "7180000" in diff.message


# -- dates --------------------------------------------------------------------


def test_weekday_saturday_vs_friday() -> None:
    diff = only("Zaterdag werd de stad Tarhuna heroverd op Haftar.", S9, "date")
    assert (diff.claim, diff.reference) == ("Zaterdag", "vrijdag")
    assert diff.message == "de bewering noemt Zaterdag, de bron vrijdag"
    diff = only("Bani Walid werd vrijdag heroverd.", S9, "date")
    assert (diff.claim, diff.reference) == ("vrijdag", "Zaterdag")


def test_weekday_that_matches_its_event() -> None:
    result = no_difference("Bani Walid is zaterdag op Haftar heroverd.", S9)
    assert result.feature("date_match") == 1


@pytest.mark.xfail(
    strict=True,
    reason="weekdays are aligned by bag-of-words overlap in a 7-token window; 'Bani Walid' "
    "(near Zaterdag) and 'heroverd op Haftar' (near vrijdag) tie, and a tie favours the "
    "claim's own weekday; needs clause structure, not a small fix",
)
def test_friday_for_bani_walid_with_more_shared_words() -> None:
    only("Vrijdag werd de stad Bani Walid heroverd op Haftar.", S9, "date")


def test_month_and_year() -> None:
    diff = only("In maart zaten de partijen om de tafel in Berlijn.", S18, "date")
    assert diff.message == "de bewering noemt maart, de bron januari"
    diff = only("Gadhafi werd in 2012 ten val gebracht.", S16, "date")
    assert (diff.claim, diff.reference) == ("2012", "2011")
    no_difference("In januari zaten de partijen om de tafel in Berlijn.", S18)
    diff = only(
        "The strike began on Wednesday.",
        "The strike began on Tuesday after talks between the unions and Transport Minister "
        "Hélène Marchand broke down on Monday evening.",
        "date",
        "en",
    )
    assert diff.message == "the claim says Wednesday, the reference says Tuesday"


# -- directions ---------------------------------------------------------------


def test_east_vs_west() -> None:
    diff = only(
        "Bani Walid ligt in het oosten van het land.",
        "Bani Walid ligt in het westen van het land.",
        "direction",
    )
    assert (diff.claim, diff.reference) == ("oosten", "westen")
    result = no_difference(
        "Bani Walid ligt in het westen van het land.", "Bani Walid ligt in het westen van het land."
    )
    assert result.feature("direction_match") == 1
    diff = only(
        "Marseille is in the north of France.",
        "In Marseille, in the south of France, only one train in five left Saint-Charles "
        "station on Wednesday.",
        "direction",
        "en",
    )
    assert diff.message == "the claim says north, the reference says south"


def test_north_west_vs_south_east() -> None:
    diff = only(
        "Bani Walid ligt in het zuidoosten van het land.",
        "Bani Walid ligt in het noordwesten van het land.",
        "direction",
    )
    assert (diff.claim, diff.reference) == ("zuidoosten", "noordwesten")


# -- roles --------------------------------------------------------------------


def test_role_order_reversed() -> None:
    diff = only("De regering steunt Turkije.", "Turkije steunt de regering.", "role")
    assert "regering → Turkije" in diff.message and "Turkije → regering" in diff.message
    no_difference("Turkije steunt de regering.", "Turkije steunt de regering.")
    no_difference("Turkije steunt de regering in Tripoli.", S12)
    diff = only(
        "The government supports the unions.", "The unions support the government.", "role", "en"
    )
    assert diff.message.startswith("the roles are reversed: government → unions")


def test_recaptured_from_vs_by() -> None:
    diff = only("De stad Bani Walid werd heroverd door Haftar.", S9, "role")
    assert (diff.claim, diff.reference) == ("door Haftar", "op Haftar")
    assert "'door Haftar'" in diff.message and "'op Haftar'" in diff.message
    # An active sentence makes Haftar the agent: the same reversal.
    only("Haftar heeft Bani Walid heroverd.", S9, "role")
    no_difference("Bani Walid werd heroverd op Haftar.", S9)
    diff = only(
        "Bani Walid was recaptured from Haftar.",
        "Bani Walid was recaptured by Haftar.",
        "role",
        "en",
    )
    assert "'from Haftar'" in diff.message and "'by Haftar'" in diff.message


def test_tarhuna_retaken_from_haftars_troops_is_no_reversal() -> None:
    no_difference("Tarhuna werd vrijdag heroverd op de troepen van Haftar.", S9)


# -- polarity -----------------------------------------------------------------


def test_negation_not_yet_responded() -> None:
    diff = only("De regering in Tripoli heeft gereageerd op de oproep.", S7, "negation")
    assert diff.message == "de bewering bevestigt het, de bron ontkent het"
    diff = only(
        "De regering heeft nog niet gereageerd.", "De regering heeft gereageerd.", "negation"
    )
    assert diff.message == "de bewering ontkent het, de bron bevestigt het"
    result = no_difference("De regering in Tripoli heeft nog niet gereageerd op de oproep.", S7)
    assert result.feature("claim_negated") == result.feature("statement_negated") == 1


def test_english_negation_did_not() -> None:
    diff = only(
        "Odinga called on his supporters to protest.",
        "He did not call on his supporters to protest.",
        "negation",
        "en",
    )
    assert diff.message == "the claim affirms it, the reference denies it"
    statement = (
        "The UNSA-Ferroviaire union did not join the strike and said on Wednesday that "
        "it was willing to resume talks."
    )
    only("The UNSA-Ferroviaire union joined the strike.", statement, "negation", "en")
    no_difference("The UNSA-Ferroviaire union did not join the strike.", statement, "en")


def test_not_only_is_no_negation() -> None:
    no_difference("Niet alleen Rusland steunt Haftar.", "Rusland steunt Haftar.")


@pytest.mark.parametrize(
    ("claim", "statement", "language", "said", "ref"),
    [
        ("De positie van de regering in Tripoli is verzwakt.", S15, "nl", "verzwakt", "versterkt"),
        ("De inflatie daalde in mei.", "De inflatie steeg in mei.", "nl", "daalde", "steeg"),
        ("De inflatie steeg in mei.", "De inflatie daalde in mei.", "nl", "steeg", "daalde"),
        ("Inflation rose in May.", "Inflation fell in May.", "en", "rose", "fell"),
        (
            "The position of the government was weakened.",
            "The position of the government was strengthened.",
            "en",
            "weakened",
            "strengthened",
        ),
        (
            "Klaas Knot stemde tegen de renteverlaging.",
            "De president van De Nederlandsche Bank, Klaas Knot, steunde het besluit wel.",
            "nl",
            "stemde tegen",
            "steunde",
        ),
        (
            "Al-Sisi wil dat de buitenlandse strijders in Libië blijven.",
            "Al-Sisi riep alle buitenlandse strijders op zich terug te trekken.",
            "nl",
            "blijven",
            "terug te trekken",
        ),
        (
            "The senator voted against the bill.",
            "The senator backed the bill.",
            "en",
            "voted against",
            "backed",
        ),
        ("Foreign troops will stay.", "Foreign troops will withdraw.", "en", "stay", "withdraw"),
    ],
)
def test_antonyms(claim: str, statement: str, language: str, said: str, ref: str) -> None:
    result = run(claim, statement, language)
    diff = only(claim, statement, "antonym", language)
    assert (diff.claim, diff.reference) == (said, ref)
    assert f"'{said}'" in diff.message and f"'{ref}'" in diff.message
    assert result.feature("antonym") == 1
    assert result.feature("polarity_flip") == 1


def test_negated_antonym_is_no_flip() -> None:
    # "niet verzwakt" against "versterkt": the two flips cancel; nothing differs.
    result = no_difference(
        "De positie van de regering is niet verzwakt.", "De positie van de regering is versterkt."
    )
    assert result.feature("negation_mismatch") == 0
    assert result.feature("antonym") == 0
    assert result.feature("polarity_flip") == 0


# -- actors -------------------------------------------------------------------


def test_actor_substitution_turkey_for_russia() -> None:
    diff = only("Turkije steunt generaal Haftar.", S14, "actor")
    assert (diff.claim, diff.reference) == ("Turkije", "Rusland")
    assert diff.message == "de bewering noemt Turkije, de bron Rusland"
    diff = only("Haftar wordt gesteund door Turkije.", S14, "actor")
    assert (diff.claim, diff.reference) == ("Turkije", "Rusland")
    diff = only(
        "Turkey backs general Haftar.",
        "Haftar's forces are backed by Russia, Egypt and the United Arab Emirates.",
        "actor",
        "en",
    )
    assert (diff.claim, diff.reference) == ("Turkey", "Russia")


def test_place_substitution() -> None:
    diff = only("De vredesconferentie was in Parijs.", S18, "actor")
    assert (diff.claim, diff.reference) == ("Parijs", "Berlijn")
    diff = only(
        "The peace conference was held in Paris.",
        "In January the parties met at a peace conference in Berlin.",
        "actor",
        "en",
    )
    assert (diff.claim, diff.reference) == ("Paris", "Berlin")


def test_active_subject_substitution() -> None:
    diff = only(
        "Rusland steunt de regering in Tripoli.", "Turkije steunt de regering in Tripoli.", "actor"
    )
    assert (diff.claim, diff.reference) == ("Rusland → Tripoli", "Turkije → Tripoli")


def test_difference_on_topic_counts_the_differing_words_as_aligned() -> None:
    # Every word of the claim has its counterpart; only the century differs.
    result = run(
        "De moskee van Tinmel uit de achttiende eeuw.",
        "De historische moskee van Tinmel uit de twaalfde eeuw is zwaar beschadigd.",
    )
    assert result.feature("coverage") < 1.0
    assert result.feature("difference_on_topic") == 1.0


@pytest.mark.parametrize(
    ("claim", "statement", "language", "said", "ref"),
    [
        (
            "De enquêtecommissie werd geleid door Hans Vijlbrief.",
            "Een enquêtecommissie onder leiding van Tom van der Lee concludeerde dat.",
            "nl",
            "Hans Vijlbrief",
            "Tom van der Lee",
        ),
        (
            "Robert Holzmann is de president van De Nederlandsche Bank.",
            "De president van De Nederlandsche Bank, Klaas Knot, steunde het besluit wel.",
            "nl",
            "Robert Holzmann",
            "Klaas Knot",
        ),
        (
            "John Smith is the mayor of Leeds.",
            "Mary Jones, the mayor of Leeds, said so.",
            "en",
            "John Smith",
            "Mary Jones",
        ),
    ],
)
def test_another_name_in_the_same_office(
    claim: str, statement: str, language: str, said: str, ref: str
) -> None:
    diff = only(claim, statement, "actor", language)
    assert (diff.claim, diff.reference) == (said, ref)


def test_same_office_same_name_is_no_difference() -> None:
    no_difference(
        "Klaas Knot is de president van De Nederlandsche Bank.",
        "De president van De Nederlandsche Bank, Klaas Knot, steunde het besluit wel.",
    )
    # Another office of the same kind is not the same office: the people are not
    # set against each other (the towns are, by the title before them).
    result = run("John Smith is the mayor of Leeds.", "Mary Jones, the mayor of York.", "en")
    assert [(d.claim, d.reference) for d in result.differences] == [("Leeds", "York")]


def test_an_abbreviation_is_the_same_actor() -> None:
    result = no_difference(
        "De NAM is een samenwerking van Shell en ExxonMobil.",
        "De Nederlandse Aardolie Maatschappij, een samenwerking van Shell en ExxonMobil, "
        "heeft nog niet gereageerd.",
    )
    assert result.feature("actor_coverage") == 1.0


@pytest.mark.parametrize(
    ("claim", "statement", "language", "said", "ref"),
    [
        (
            "De Eerste Kamer heeft de wet die de gaswinning verbiedt al aangenomen.",
            "Een wet die de winning definitief verbiedt, moet begin volgend jaar nog door "
            "de Eerste Kamer worden behandeld.",
            "nl",
            "al",
            "moet nog",
        ),
        (
            "De wet moet nog door de Eerste Kamer.",
            "De Eerste Kamer heeft de wet al aangenomen.",
            "nl",
            "moet nog",
            "al",
        ),
        (
            "The Senate has already approved the bill.",
            "The bill has yet to be approved by the Senate.",
            "en",
            "already",
            "yet to",
        ),
    ],
)
def test_done_against_still_to_come(
    claim: str, statement: str, language: str, said: str, ref: str
) -> None:
    diff = only(claim, statement, "aspect", language)
    assert (diff.claim, diff.reference) == (said, ref)


def test_aspect_needs_the_same_topic_and_no_denial() -> None:
    # Both say it happened already; and a pending clause about something else.
    no_difference("In januari zaten de partijen al om de tafel.", S18)
    no_difference(
        "De ECB heeft de rente al verlaagd.", "Er zullen nog meer doden vallen in de bergen."
    )
    # "nog niet" is a denial, judged as a negation, not as still to come.
    only("De NAM heeft al gereageerd.", "De NAM heeft nog niet gereageerd.", "negation")


def test_a_figure_mismatch_is_aligned_when_it_shares_a_word_with_the_claims_figure() -> None:
    aligned = run(
        "Bij de aardbeving vielen vierduizend doden.", "Het aantal doden is opgelopen tot 2946."
    )
    assert aligned.feature("number_mismatch") == aligned.feature("number_aligned_mismatch") == 1
    # The only figure of its kind in the statement, about something else: a
    # mismatch, but not an aligned one.
    loose = run("Bij de aardbeving vielen vierduizend doden.", "De stad telt 2946 inwoners.")
    assert loose.feature("number_mismatch") == 1
    assert loose.feature("number_aligned_mismatch") == 0


@pytest.mark.parametrize(
    ("claim", "statement", "language", "said", "ref"),
    [
        # The same agent, the same act, another party ("Turkije steunt Haftar":
        # Turkey backs Tripoli, in a relative clause with the verb last).
        ("Turkije steunt Haftar.", S12, "nl", "Turkije → Haftar", "Turkije → Tripoli"),
        ("Haftar wordt gesteund door Turkije.", S12, "nl", "Turkije → Haftar", "Turkije → Tripoli"),
        # ... in a passive sentence: Haftar is backed by Russia.
        (
            "Rusland steunt de regering in Tripoli.",
            S14,
            "nl",
            "Rusland → Tripoli",
            "Rusland → Haftar",
        ),
        # Another agent of the same act on the same party: Turkey backs Tripoli.
        (
            "Rusland steunt de regering in Tripoli.",
            S12,
            "nl",
            "Rusland → Tripoli",
            "Turkije → Tripoli",
        ),
        (
            "Turkey backs Haftar.",
            "Turkey, which backs the government in Tripoli with drones, helped retake ground.",
            "en",
            "Turkey → Haftar",
            "Turkey → Tripoli",
        ),
    ],
)
def test_the_same_act_with_another_party(
    claim: str, statement: str, language: str, said: str, ref: str
) -> None:
    diff = only(claim, statement, "actor", language)
    assert (diff.claim, diff.reference) == (said, ref)


@pytest.mark.parametrize(
    ("claim", "statement"),
    [
        ("Turkije steunt de regering in Tripoli.", S12),
        ("Rusland steunt Haftar.", S14),
        # One of the parties of a list.
        ("Turkije steunt Egypte.", "Turkije steunt Rusland en Egypte."),
        # "in Libië" is a place, not the party the act is done to.
        (
            "Egypte wil de strijdende partijen in Libië laten praten.",
            "De Egyptische president al-Sisi wil dat de strijdende partijen in Libië praten.",
        ),
    ],
)
def test_the_same_act_with_the_same_party(claim: str, statement: str) -> None:
    result = run(claim, statement)
    assert not [d for d in result.differences if d.kind == "actor"], result.differences


def test_a_weekday_with_a_part_of_the_day() -> None:
    diff = only(
        "De kade brak op een dinsdag.", "Bij Arcen brak op maandagochtend een kade door.", "date"
    )
    assert (diff.claim, diff.reference) == ("dinsdag", "maandagochtend")
    no_difference("De kade brak op een maandag.", "Bij Arcen brak op maandagochtend een kade door.")


@pytest.mark.parametrize(
    ("claim", "statement", "language"),
    [
        (
            "De Bank of England verlaagde deze week ook de rente.",
            "De Amerikaanse centrale bank Federal Reserve houdt de rente voorlopig ongewijzigd.",
            "nl",
        ),
        (
            "Ook in België liepen woningen onder water.",
            "In Itteren liepen woningen onder water.",
            "nl",
        ),
        ("The quake was also felt in Spain.", "The quake was felt as far as Casablanca.", "en"),
    ],
)
def test_a_claim_that_adds_a_party_is_not_judged_by_another_party(
    claim: str, statement: str, language: str
) -> None:
    result = run(claim, statement, language)
    assert result.unrelated == "additive" and result.differences == []


def test_an_added_party_that_the_statement_names_is_judged() -> None:
    result = run("Ook Egypte steunt Haftar.", S14)
    assert result.unrelated is None


def test_a_place_is_no_agent_of_the_act() -> None:
    # Valkenburg is named as the Geul's place, not as another party.
    no_difference(
        "Valkenburg ligt ten oosten van Maastricht.",
        "Toen trad de Geul in Valkenburg, ten oosten van Maastricht, buiten zijn oevers.",
    )


def test_the_same_person_in_an_office_of_another_place() -> None:
    statement = "Burgemeester Tom Lemmens van Venlo noemde het puur geluk."
    diff = only("Tom Lemmens is burgemeester van Roermond.", statement, "actor")
    assert diff.message == (
        "een ander ambt: burgemeester van Roermond in de bewering, "
        "burgemeester van Venlo in de bron"
    )
    no_difference("Tom Lemmens is burgemeester van Venlo.", statement)


def test_a_compound_covers_its_head() -> None:
    # "dijkversterking" is covered by "versterking"; "jaar" by "jaar"; nothing else.
    result = run(
        "De dijkversterking wordt drie jaar eerder afgerond.",
        "Het waterschap gaat de versterking met vijf jaar versnellen.",
    )
    assert result.feature("coverage") == pytest.approx(2 / 4)


K21 = (
    "It was won by Abdulswamad Nassir of Odinga's ODM party, who defeated Hassan Omar of "
    "Ruto's UDA party."
)


@pytest.mark.parametrize(
    ("claim", "statement", "language", "message"),
    [
        (
            "Hassan Omar won the race for governor of Mombasa.",
            K21,
            "en",
            "the claim says Hassan Omar won, the reference that Hassan Omar lost",
        ),
        (
            "Odinga defeated Ruto in the presidential election.",
            "The Supreme Court upheld William Ruto's victory in the presidential election.",
            "en",
            "the claim names Odinga as the winner, the reference William Ruto",
        ),
        (
            "Ajax versloeg PSV met 2-1.",
            "PSV won zondag van Ajax.",
            "nl",
            "de bewering noemt Ajax als winnaar, de bron PSV",
        ),
    ],
)
def test_another_winner(claim: str, statement: str, language: str, message: str) -> None:
    assert only(claim, statement, "actor", language).message == message


def test_the_same_winner_and_a_share_of_the_vote_are_no_difference() -> None:
    no_difference("Abdulswamad Nassir beat Hassan Omar in Mombasa.", K21, "en")
    # "won 50.49 percent" is a share of the vote, not who won.
    result = run(
        "Odinga defeated Ruto in the election.",
        "Ruto, the deputy president, won 50.49 percent of the vote in the election.",
        "en",
    )
    assert not [d for d in result.differences if d.kind == "actor"]


def test_a_day_of_the_month() -> None:
    statement = "The strike began on Friday 1 March, when 2,500 workers walked off the job."
    diff = only("The strike began on Friday 8 March.", statement, "date", "en")
    assert (diff.claim, diff.reference) == ("8 March", "1 March")
    no_difference("The strike began on 1 March.", statement, "en")
    only("De staking begon op 8 maart.", "De staking begon op vrijdag 1 maart.", "date")


def test_an_antonym_in_another_clause_does_not_cancel() -> None:
    # The statement has "rose" and "fell": costs rose, the ore content fell.
    statement = (
        "The company says its costs rose by 14 percent in 2023, while the copper content "
        "of the ore at Los Picos fell."
    )
    diff = only(
        "According to the company, its costs fell by 14 percent in 2023.",
        statement,
        "antonym",
        "en",
    )
    assert (diff.claim, diff.reference) == ("fell", "rose")
    no_difference("The copper content of the ore fell.", statement, "en")


def test_extend_against_end() -> None:
    statement = (
        "Workers at the mine voted on Wednesday to extend a strike that has halted production."
    )
    only("Miners voted to end their strike.", statement, "antonym", "en")
    no_difference("Miners voted to extend their strike.", statement, "en")


def test_the_remaining_third_is_a_fraction() -> None:
    statement = (
        "Minera Altamar owns two-thirds of the mine, and a Japanese consortium holds the "
        "remaining third."
    )
    result = no_difference("A Japanese consortium holds one third.", statement, "en")
    assert result.agreements == ["one third"]
    only("A Japanese consortium holds half of the mine.", statement, "number", "en")


def test_a_contrast_after_a_comma_is_no_denial() -> None:
    statement = (
        "The 77-year-old had been backed by outgoing President Uhuru Kenyatta, who fell out "
        "with his own deputy, Ruto."
    )
    result = run("Uhuru Kenyatta backed Odinga, not his own deputy Ruto.", statement, "en")
    assert not [d for d in result.differences if d.kind == "negation"]
    only("Odinga called on his supporters.", "He did not call on his supporters.", "negation", "en")


def test_feature_vector_shape_and_coverage() -> None:
    result = run("Haftar heeft vijfduizend manschappen verloren.", S13)
    assert result.features.shape == (len(FEATURES),)
    assert 0.0 < result.feature("coverage") <= 1.0
    same = run(S13, S13)
    assert same.feature("coverage") == same.feature("reverse_coverage") == 1.0
    assert same.differences == []


@pytest.mark.parametrize(
    ("claim", "statement", "language", "claim_value", "ref_value"),
    [
        (
            "It was Odinga's third attempt to become president.",
            "It was Odinga's fifth attempt to win the presidency.",
            "en",
            "third",
            "fifth",
        ),
        (
            "De moskee van Tinmel stamt uit de achttiende eeuw.",
            "De historische moskee van Tinmel uit de twaalfde eeuw is zwaar beschadigd.",
            "nl",
            "achttiende",
            "twaalfde",
        ),
    ],
)
def test_ordinals_differ(
    claim: str, statement: str, language: str, claim_value: str, ref_value: str
) -> None:
    result = compare(analyse(claim, language), analyse(statement, language))
    assert [(d.kind, d.claim, d.reference) for d in result.differences] == [
        ("number", claim_value, ref_value)
    ]


def test_een_derde_van_stays_a_fraction_and_de_derde_poging_an_ordinal() -> None:
    fraction = analyse("Haftar verloor een derde van zijn leger.", "nl").quantities
    ordinal = analyse("Het was de derde poging van de regering.", "nl").quantities
    assert [(q.kind, q.value) for q in fraction] == [("fraction", pytest.approx(1 / 3))]
    assert [(q.kind, q.value) for q in ordinal] == [("ordinal", 3.0)]


def test_negation_in_another_clause_is_no_difference() -> None:
    # "did not run" denies the trains' running, not the start of the strike.
    no_difference(
        "The walkout started on Tuesday.",
        "On Tuesday, the first day of the strike, seven out of ten TGV trains did not run.",
        "en",
    )
    no_difference(
        "Algerije opende zijn luchtruim voor hulpvluchten.",
        "Buurland Algerije opende zijn luchtruim voor hulpvluchten, hoewel de twee landen "
        "sinds 2021 geen diplomatieke betrekkingen meer hebben.",
    )


def test_negation_of_the_claimed_content_is_found_in_a_subclause() -> None:
    diff = only(
        "Marokko heeft het aanbod van Frankrijk aangenomen.",
        "Een aanbod van Frankrijk werd niet aangenomen, wat in Parijs tot ongemak leidde.",
        "negation",
    )
    assert (diff.claim, diff.reference) == ("bevestigt het", "ontkent het")


def test_voted_for_against_voted_against() -> None:
    diff = only(
        "Robert Holzmann stemde voor de renteverlaging.",
        "De Oostenrijkse centralebankpresident Robert Holzmann stemde tegen de verlaging.",
        "antonym",
    )
    assert (diff.claim, diff.reference) == ("stemde voor", "stemde tegen")


def test_another_name_after_the_same_title_is_a_substitution() -> None:
    diff = only(
        "De meeste slachtoffers vielen in de provincie Taroudant.",
        "De meeste slachtoffers vielen in de provincie Al Haouz, waar hele bergdorpen "
        "van leemsteen zijn ingestort.",
        "actor",
    )
    assert (diff.claim, diff.reference) == ("Taroudant", "Al Haouz")
    # The same title with the claim's own name among others: no substitution.
    no_difference(
        "Chief Justice Martha Koome led the seven judges.",
        "The seven judges, led by Chief Justice Martha Koome, dismissed a petition.",
        "en",
    )


def test_reversed_parties_need_a_shared_act_between_them() -> None:
    only("Turkije steunt de regering.", "De regering steunt Turkije.", "role")


def test_more_than_half_is_a_number_qualifier_not_an_antonym() -> None:
    no_difference(
        "Ruto received slightly more than half of the votes.",
        "The two other candidates together received less than one percent of the vote.",
        "en",
    )


def test_names_sharing_a_generic_word_are_different_actors() -> None:
    from factcheck.roles import keys_match as _keys_match

    assert not _keys_match(
        frozenset({"verenigde", "staten"}), frozenset({"verenigde", "arabische", "emiraten"})
    )
    assert _keys_match(frozenset({"haftar"}), frozenset({"khalifa", "haftar"}))


def test_durations_compare_in_days() -> None:
    diff = only(
        "De koning kondigde een week van nationale rouw af.",
        "Koning Mohammed VI kondigde drie dagen van nationale rouw af.",
        "number",
    )
    assert (diff.claim, diff.reference) == ("een week", "drie dagen")
    no_difference(
        "The king declared seven days of mourning.", "The king declared a week of mourning.", "en"
    )


def test_unchanged_against_changed() -> None:
    diff = only(
        "De Federal Reserve heeft de rente verlaagd.",
        "De Amerikaanse centrale bank Federal Reserve houdt de rente voorlopig ongewijzigd.",
        "antonym",
    )
    assert (diff.claim, diff.reference) == ("verlaagd", "ongewijzigd")


def test_victories_against_losses_and_being_against_what_one_backs() -> None:
    diff = only(
        "De troepen van Haftar hebben de afgelopen weken grote overwinningen geboekt.",
        "De afgelopen weken hebben de strijdkrachten van Haftar zware verliezen geleden.",
        "antonym",
    )
    assert (diff.claim, diff.reference) == ("overwinningen", "verliezen")
    diff = only(
        "Haftar is tegen het Egyptische vredesinitiatief.",
        "Het initiatief wordt gesteund door generaal Khalifa Haftar.",
        "antonym",
    )
    assert (diff.claim, diff.reference) == ("is tegen", "gesteund")


def test_not_until_is_a_time_not_a_denial() -> None:
    no_difference(
        "The emergency service sent a warning to mobile phones at 8 p.m.",
        "AEMET issued a red alert on Tuesday morning, but the emergency service did not "
        "send a warning to mobile phones until 8 p.m.",
        "en",
    )


def test_calm_against_violent() -> None:
    diff = only(
        "De demonstratie verliep grotendeels gewelddadig.",
        "De demonstratie verliep grotendeels rustig, maar bij de A12 werden 14 mensen aangehouden.",
        "antonym",
    )
    assert (diff.claim, diff.reference) == ("gewelddadig", "rustig")


def test_a_double_negation_agrees() -> None:
    statement = (
        "Minister Van der Wal zei dat het kabinet niet van plan is de doelen voor 2030 "
        "los te laten."
    )
    no_difference("Minister Van der Wal houdt vast aan de doelen voor 2030.", statement)
    only("Het kabinet laat de doelen voor 2030 los.", statement, "negation")
    # A negative verb that is itself the antonym is no double negation.
    result = run("Marokko weigerde de hulp van Spanje.", "Marokko aanvaardde de hulp van Spanje.")
    assert {d.kind for d in result.differences} == {"negation", "antonym"}


def test_the_figure_among_the_claims_words_answers_it() -> None:
    statement = (
        "Volgens de politie kwamen ongeveer 12.000 mensen naar het Malieveld, "
        "de organisatie sprak van 20.000."
    )
    diff = only("Volgens de politie waren er 20.000 demonstranten.", statement, "number")
    assert (diff.claim, diff.reference) == ("20.000", "12.000")
    no_difference("De organisatie sprak van 20.000 demonstranten.", statement)
    # Sharing only the unit with another figure does not outweigh the same figure.
    no_difference(
        "Ruto beat Odinga by roughly 233,000 votes.",
        "Ruto won about 7.18 million votes, some 233,000 more than his rival.",
        "en",
    )


# -- found in the blind documents of 2026-11-29 ---------------------------------


def test_the_same_figure_with_the_same_unit_answers_it() -> None:
    no_difference(
        "The closed section of Highway 97 runs for about 70 kilometres from Cache Creek "
        "to 100 Mile House.",
        "Highway 97 has been closed along a 70-kilometre stretch between Cache Creek and "
        "100 Mile House.",
        "en",
    )


def test_half_a_billion_is_not_a_billion() -> None:
    no_difference(
        "The province has spent almost half a billion dollars fighting fires.",
        "The province has spent $486 million on firefighting so far this season.",
        "en",
    )


def test_ruim_is_not_almost_twice_as_many() -> None:
    diff = only(
        "Op de kades van de Maasvlakte staan ruim 84.000 containers.",
        "Volgens het Havenbedrijf staan ruim 48.000 containers op de kades van de Maasvlakte.",
        "number",
    )
    assert (diff.claim, diff.reference) == ("84.000", "48.000")


def test_still_to_come_is_not_yet_done() -> None:
    no_difference(
        "Ottawa has yet to decide whether it will send soldiers.",
        "The federal government in Ottawa has not yet decided whether to send soldiers.",
        "en",
    )
    no_difference(
        "Het ministerie moet nog beslissen over een bijdrage.",
        "Het ministerie heeft nog niet besloten over een bijdrage.",
    )


def test_two_ways_of_saying_no_are_no_denial() -> None:
    no_difference(
        "Bijna driekwart van de leden stemde in september tegen het eindbod.",
        "In september verwierp 74 procent van de leden het eindbod.",
    )


def test_a_separated_verb_against_its_opposite() -> None:
    result = run("De Kamer keurde het plan goed.", "De Kamer wees het plan af.")
    assert "antonym" in [d.kind for d in result.differences]


def test_the_converse_of_a_direction_agrees() -> None:
    # "A east of B" is "B west of A".
    result = no_difference("Naxos lies east of Paros.", "Paros lies west of Naxos.", "en")
    assert result.feature("direction_match") == 1.0
    no_difference(
        "Nieuwegein ligt ten oosten van de nieuwe wijk Rijnenburg.",
        "De nieuwe wijk Rijnenburg ligt ten westen van Nieuwegein.",
    )
    diff = only("Naxos lies west of Paros.", "Paros lies west of Naxos.", "direction", "en")
    assert diff.message == "the claim says west of Paros, the reference says west of Naxos"


def test_a_direction_the_statement_does_not_give_is_unmatched() -> None:
    result = run(
        "The ferry ran aground north-west of Naxos.", "The ferry ran aground off Naxos.", "en"
    )
    assert result.feature("direction_unmatched") == 1.0
    assert result.differences == []


def test_support_of_a_party_names_the_supporter() -> None:
    # "door de steun van Turkije": Turkije supports; the roles are not reversed.
    no_difference(
        "Turkije steunt de regering in Tripoli.",
        "De positie van de regering in Tripoli is door de steun van Turkije versterkt.",
    )


def test_the_words_of_a_figure_are_not_the_claims_topic() -> None:
    # Shared "miljoen euro" does not make a statement about a tram line cover
    # a claim about emergency aid.
    result = run(
        "Nederland heeft 5 miljoen euro noodhulp toegezegd.",
        "De tramlijn kost 612 miljoen euro.",
    )
    assert result.feature("coverage") == 0.0
    assert (
        run("De tramlijn kost 600 miljoen euro.", "De tramlijn kost 612 miljoen euro.").feature(
            "coverage"
        )
        == 1.0
    )


def test_fewer_against_risen() -> None:
    diff = only(
        "Sinds maandag lopen er in Antwerpen bijna een kwart minder containerschepen binnen.",
        "Het aantal aanlopende containerschepen in Antwerpen is sinds maandag met bijna een "
        "kwart gestegen.",
        "antonym",
    )
    assert diff.message == "de bewering zegt 'minder', de bron 'gestegen'"
    only(
        "Fewer ships arrived in Antwerp.",
        "The number of ships arriving in Antwerp rose.",
        "antonym",
        "en",
    )
    # "minder dan" / "fewer than" qualify a figure; they say nothing of a change.
    no_difference("Er kwamen minder dan 300 bezoekers.", "Het aantal bezoekers steeg tot 250.")


def test_another_place_after_another_preposition_is_no_difference() -> None:
    # "park-and-ride sites at Bury" says nothing of buses "built in Falkirk"; a
    # place after another preposition may be another thing's place.
    no_difference(
        "The new electric buses will be built in Falkirk.",
        "The package includes new electric buses and park-and-ride sites at Bury.",
        "en",
    )
    only("Het kabinet vergaderde in Texel.", "Het kabinet vergaderde in Den Haag.", "actor")


def test_instead_of_denies_what_follows_it() -> None:
    statement = (
        "She asked the province to pay the Nation's crews directly instead of through "
        "private contractors."
    )
    only(
        "Ignace wants the province to keep paying the crews through private contractors.",
        statement,
        "negation",
        "en",
    )
    # What comes before "instead of" is affirmed.
    no_difference("Ignace asked the province to pay the Nation's crews directly.", statement, "en")
    only(
        "De gemeente kiest voor een busbaan.",
        "De gemeente kiest voor een tram in plaats van een busbaan.",
        "negation",
    )
    no_difference(
        "De gemeente kiest voor een tram.",
        "De gemeente kiest voor een tram in plaats van een busbaan.",
    )


def test_another_source_for_the_same_figure() -> None:
    diff = only(
        "Werkgeversvoorzitter Ruud Hoogendoorn verwacht dat zevenhonderd banen verdwijnen.",
        "Volgens Verbeek verdwijnen zonder afspraken zeker zevenhonderd banen.",
        "actor",
    )
    assert (
        diff.message == "de bewering noemt Werkgeversvoorzitter Ruud Hoogendoorn, de bron Verbeek"
    )
    only("Smith said 40 jobs will go.", "According to Jones, 40 jobs will go.", "actor", "en")
    no_difference(
        "Volgens Verbeek verdwijnen zevenhonderd banen.",
        "Verbeek zei dat er zevenhonderd banen verdwijnen.",
    )


def test_newsroom_abbreviations_of_scale() -> None:
    result = no_difference(
        "The health service would operate on a $1.2bn budget.",
        "The health service would have a budget of 1.2 billion dollars.",
        "en",
    )
    assert result.agreements == ["1.2bn"]
    only("The service costs $1.5 bn.", "The service costs 1.2 billion dollars.", "number", "en")
    no_difference("Het project kost €1,2mld.", "Het project kost 1,2 miljard euro.")


def test_per_cent_in_two_words_is_a_percentage() -> None:
    # "25 per cent" is a quarter, not 25 of something.
    result = no_difference(
        "Orange's waiting list shrank by roughly 25 per cent.",
        "The waiting list at Orange fell by about a quarter.",
        "en",
    )
    assert result.feature("number_match") == 1.0


def test_opened_against_closed_and_expanded_against_shrunk() -> None:
    only(
        "Blayney's hospital reopened its overnight beds in January.",
        "The hospital in Blayney closed its overnight beds in January.",
        "antonym",
        "en",
    )
    only(
        "Na bezwaren van vissers is het windpark vorig jaar uitgebreid.",
        "Vorig jaar werd het park ingekrompen na bezwaren van de kustvisserij.",
        "antonym",
    )
    only("De school is heropend.", "De school ging in maart dicht.", "antonym")


def test_the_same_figure_from_either_side() -> None:
    # "bijna 4.000" is under 4,000, "ruim 4.000" over it.
    diff = only(
        "Ondernemend Oost heeft bijna 4.000 leden.",
        "Ondernemend Oost, die ruim 4.000 leden heeft, stapt naar de rechter.",
        "number",
    )
    assert diff.message == "de bewering zegt bijna 4.000, de bron zegt ruim 4.000"
    only(
        "More than half of the posts are in professional services.",
        "Nearly half of the posts are in professional services.",
        "number",
        "en",
    )
    only(
        "Ruim de helft van de adressen is veilig verklaard.",
        "Van de adressen is nog niet de helft veilig verklaard.",
        "number",
    )
    # An approximation agrees with either side.
    no_difference(
        "The ferry carried about 300 people.", "The ferry carried more than 300 people.", "en"
    )


def test_an_approximator_with_a_negative_word_is_no_denial() -> None:
    no_difference(
        "Per jaar levert WaterOost net geen 260 miljoen kuub drinkwater.",
        "WaterOost levert jaarlijks krap 260 miljoen kubieke meter drinkwater.",
    )
    no_difference(
        "Nog geen helft van de adressen is veilig verklaard.",
        "Van de adressen is nog niet de helft veilig verklaard.",
    )
    only("De gemeente heeft nog niet besloten.", "De gemeente heeft besloten.", "negation")


def test_praised_against_criticised_and_voted_down_against_approved() -> None:
    only(
        "Professor Moffat praised the Scottish Government's record on funding.",
        "He criticised the Scottish Government for a decade of erosion in funding.",
        "antonym",
        "en",
    )
    only("Het college prees het plan.", "Het college hekelde het plan.", "antonym")
    only(
        "The governing court voted down the plan to cut jobs.",
        "The governing court approved the plan to cut jobs.",
        "antonym",
        "en",
    )


def test_a_failure_is_said_as_failed() -> None:
    no_difference(
        "The union brought a claim over the university's failure to consult staff.",
        "The union lodged a claim alleging that the university failed to consult staff.",
        "en",
    )


def test_another_agent_in_the_active_voice() -> None:
    diff = only(
        "De proef bij Zutphen wordt met 45 miljoen euro gefinancierd door de provincie Overijssel.",
        "Gelderland financiert met 45 miljoen euro een proef bij Zutphen.",
        "actor",
    )
    assert diff.message == "de bewering noemt Overijssel, de bron Gelderland"
    no_difference(
        "De proef bij Zutphen wordt gefinancierd door Gelderland.",
        "Gelderland financiert met 45 miljoen euro een proef bij Zutphen.",
    )


def test_another_office_before_the_same_name() -> None:
    diff = only(
        "Maarten Hoogendijk verdedigde als wethouder het tramplan.",
        "Oppositieleider Maarten Hoogendijk (VVD) sprak van een blanco cheque.",
        "actor",
    )
    assert diff.message == "een ander ambt: wethouder in de bewering, oppositieleider in de bron"
    only(
        "Commissaris van de Koning Hendrik-Jan Wolters noemde het besluit pijnlijk.",
        "De Gelderse gedeputeerde Hendrik-Jan Wolters noemt het besluit pijnlijk.",
        "actor",
    )
    only(
        "Karen Whitlock is the state's premier.",
        "State Health Minister Karen Whitlock said the state had committed 610 million dollars.",
        "actor",
        "en",
    )
    # The same office noun in a field that only narrows the other is no other office.
    no_difference(
        "Karen Whitlock is the health minister.",
        "State Health Minister Karen Whitlock said the state had committed 610 million dollars.",
        "en",
    )
    # An office in apposition before the name.
    only(
        "Kestrel chief executive Rob Tennant described the collapse as a serious blow.",
        "The airport's managing director, Rob Tennant, said the collapse was a serious blow.",
        "actor",
        "en",
    )
    no_difference(
        "Managing director Rob Tennant called the collapse a serious blow.",
        "The airport's managing director, Rob Tennant, said the collapse was a serious blow.",
        "en",
    )


def test_number_words_joined_by_and() -> None:
    result = no_difference(
        "Household water use is capped at one hundred and sixty litres per person.",
        "The measures cap household supply at 160 litres per person per day.",
        "en",
    )
    assert result.agreements == ["one hundred and sixty"]


def test_a_bare_half_after_an_approximator_or_by() -> None:
    diff = only(
        "Irrigation allocations were cut by roughly a quarter.",
        "Irrigation allocations were cut by nearly half, to 3,100 cubic metres per hectare.",
        "number",
        "en",
    )
    assert diff.message == "the claim says a quarter (1/4), the reference says half (1/2)"


def test_a_figure_the_claim_names_elsewhere_is_no_rival() -> None:
    no_difference(
        "Irrigation quotas were reduced from 5,900 to 3,100 cubic metres per hectare.",
        "Irrigation allocations were cut to 3,100 cubic metres per hectare from 5,900 last year.",
        "en",
    )
    no_difference(
        "Sinds 2019 daalde het aantal patiënten van het in 1974 geopende ziekenhuis.",
        "De spoedpost van het ziekenhuis, dat in 1974 werd geopend, kampt met een tekort.",
    )


def test_a_clock_time_starting_a_range_is_a_time() -> None:
    # "van 08.00 tot 20.00 uur" is no count of eight to set against "zes specialisten".
    result = run(
        "Bij de eerstehulppost gaan zes verpleegkundig specialisten aan de slag.",
        "De eerstehulppost is dagelijks van 08.00 tot 20.00 uur open.",
    )
    assert result.differences == []


def test_a_source_is_no_party_to_reverse() -> None:
    no_difference(
        "Volgens de zorggroep levert het sluiten van de spoedpost 4,5 miljoen euro per jaar op.",
        "De sluiting levert de zorggroep jaarlijks 4,5 miljoen euro op.",
    )
    # Nor is an unnamed place a party whose role a preposition reverses.
    no_difference(
        "Ruim 300 mensen bezochten dinsdagavond de informatieavond in Zierikzee.",
        "Op een informatieavond in Zierikzee kwamen dinsdagavond meer dan driehonderd mensen af.",
    )


def test_shrinking_against_expansion() -> None:
    only(
        "The cabinet approved shrinking the desalination plant near Almería by a quarter.",
        "The cabinet approved the expansion of the desalination plant near Almería by a quarter.",
        "antonym",
        "en",
    )


def test_a_word_of_a_longer_phrase_is_no_antonym_alone() -> None:
    # "down" in "voted down" is no fall against "expanded".
    no_difference(
        "An amendment to extend the zone to Salford Quays was voted down.",
        "An amendment that expanded the zone to Salford Quays was voted down.",
        "en",
    )
    only("Prices went down.", "Prices rose.", "antonym", "en")


def test_a_membership_is_no_other_office() -> None:
    # A councillor may chair a committee.
    no_difference(
        "Rebecca Hollins is chair of the transport committee.",
        "Councillor Rebecca Hollins of Salford said the region needed the charge.",
        "en",
    )


def test_a_range_of_hundreds_is_two_figures() -> None:
    found = analyse("Between two hundred and three hundred people came.", "en").quantities
    assert [q.value for q in found] == [200.0, 300.0]


# -- found in the tenth blind pair ----------------------------------------------


def test_two_bounds_on_the_same_side_agree_only_as_the_same_bound() -> None:
    only(
        "De PFAS-concentratie was tot twintig keer hoger dan de norm.",
        "De concentratie PFAS lag tot veertig keer boven de norm.",
        "number",
    )
    only(
        "More than 400 homes were evacuated.",
        "More than 600 homes were evacuated.",
        "number",
        "en",
    )
    no_difference("Ruim 4.000 mensen tekenden.", "Meer dan 4000 mensen tekenden.")
    # A lower bound that rounds the statement's down agrees; one far below does not.
    no_difference("Over 300 wildfires were burning.", "More than 340 wildfires were burning.", "en")
    no_difference("Er wachten meer dan 45.000 containers.", "Er wachten ruim 48.000 containers.")
    only("Er wachten meer dan 30.000 containers.", "Er wachten ruim 48.000 containers.", "number")
    # Only a rounder figure rounds down; a share by at most five points.
    only("More than 241 fires burned.", "More than 300 fires burned.", "number", "en")
    only("Meer dan 80 procent stemde voor.", "Meer dan 95 procent stemde voor.", "number")
    no_difference("Meer dan 90 procent stemde voor.", "Meer dan 93 procent stemde voor.")
    no_difference(
        "Ruim een derde van het personeel vertrok.", "Ruim 33 procent van het personeel vertrok."
    )


def test_a_third_and_a_bit_is_not_a_half() -> None:
    only(
        "Ongeveer de helft van het personeel is vertrokken.",
        "Ruim een derde van het personeel is vertrokken.",
        "number",
    )


def test_less_than_an_hour_is_a_time_not_a_fall() -> None:
    no_difference(
        "Less than an hour after the eruption started, the alert level was raised.",
        "Within an hour of the eruption the agency raised the alert level.",
        "en",
    )


def test_a_dozen() -> None:
    result = no_difference(
        "There were around 12 quakes a day in February.",
        "Phivolcs recorded an average of about a dozen quakes a day in February.",
        "en",
    )
    assert "12" in result.agreements


def test_convicted_and_acquitted() -> None:
    only(
        "Bedrijfsleider Verhoeven werd veroordeeld.",
        "Bedrijfsleider Kees Verhoeven werd vrijgesproken.",
        "antonym",
    )
    no_difference(
        "Bedrijfsleider Kees Verhoeven is niet veroordeeld.",
        "Bedrijfsleider Kees Verhoeven werd vrijgesproken.",
    )
    only(
        "The plant manager was convicted of fraud.",
        "The plant manager was acquitted of fraud.",
        "antonym",
        "en",
    )
    only(
        "De Wolf kreeg een onvoorwaardelijke celstraf van zes maanden.",
        "De Wolf kreeg zes maanden voorwaardelijke celstraf.",
        "antonym",
    )


# -- found in the eleventh blind pair -------------------------------------------


def test_the_negation_of_the_clause_about_the_claim_decides() -> None:
    # "does not fund stadiums" is another clause: it does not undo "has not yet applied".
    no_difference(
        "So far the club has not asked the Scottish Government for any money.",
        "The club has not yet applied for money from the Scottish Government, which said "
        "that it does not fund stadiums for professional clubs.",
        "en",
    )


def test_two_words_of_one_office_are_one_office() -> None:
    no_difference(
        "Fiona Kerr is Tayside Athletic's chief executive.",
        "Chief executive Fiona Kerr blamed the increase on construction inflation.",
        "en",
    )


def test_unchanged_against_a_change() -> None:
    only(
        "The pass rate in Terneuzen went down last year.",
        "The pass rate in Terneuzen remained unchanged at 94 percent last year.",
        "antonym",
        "en",
    )
    only("Het slagingspercentage ging omlaag.", "Het slagingspercentage bleef gelijk.", "antonym")


def test_a_direction_between_two_other_places_is_no_answer() -> None:
    result = run(
        "Whangārei is located north of Auckland.",
        "Kerikeri lies about 80 kilometres north-west of Whangārei.",
        "en",
    )
    assert result.differences == []
    assert result.feature("direction_unmatched") == 1
    only(
        "Whangārei is located south of Auckland.",
        "Auckland lies about 160 kilometres south of Whangārei.",
        "direction",
        "en",
    )


def test_a_figure_the_claim_names_itself_is_no_rival_of_its_other_figure() -> None:
    # The four are answered; the three firefighters among them are not contradicted by them.
    no_difference(
        "Bij de vier lichtgewonden waren drie brandweerlieden.",
        "Er vielen geen doden; vier mensen raakten lichtgewond.",
    )


def test_figures_of_other_kinds_of_unit_are_not_compared() -> None:
    no_difference(
        "Het vuur woedde al meer dan twee uur toen het oversloeg naar de tank.",
        "Het vuur sloeg kort na middernacht over naar een tank met 350 kubieke meter ethylacetaat.",
    )
    no_difference(
        "The group has more than 500 volunteer members.",
        "The group's volunteers had recorded E. coli levels up to 40 times above the limit.",
        "en",
    )
    # The same kind of unit still differs.
    only("De storing duurde drie uur.", "De storing duurde vijf uur.", "number")


def test_a_share_is_matched_by_the_words_around_it_not_its_unit() -> None:
    result = no_difference(
        "The number of complaints went up by almost 20 per cent.",
        "Household bills rose by 21 per cent in April 2025, and customer complaints climbed "
        "by nearly a fifth over the same period.",
        "en",
    )
    assert result.agreements == ["20 per cent"]


def test_a_quarter_million_is_an_amount_not_a_share() -> None:
    result = no_difference(
        "Overijssel trekt een kwart miljoen euro extra uit voor musea.",
        "De provincie maakt 250.000 euro extra vrij voor de beveiliging van musea.",
    )
    assert result.agreements == ["een kwart miljoen"]


def test_geen_enkel_denies() -> None:
    only(
        "Volgens de VMM werden in bewoonde gebieden wel gevaarlijke concentraties gemeten.",
        '"We hebben op geen enkel moment gevaarlijke concentraties vastgesteld in bewoonde '
        'gebieden," zei een woordvoerder van de VMM.',
        "negation",
    )
    # "niet enkel" adds.
    assert analyse("Het gaat niet enkel om geld.", "nl").negations == []


def test_a_direction_from_the_same_place_of_a_place_the_statement_names() -> None:
    diff = only(
        "De terminal van STS ligt ten zuidoosten van Kallo.",
        "De brand brak uit in een opslaghal van Scheldevaart Tank Storage (STS), een bedrijf op "
        "de Linkeroever, ten noordwesten van het dorp Kallo.",
        "direction",
    )
    assert (diff.claim, diff.reference) == ("zuidoosten", "noordwesten")


def test_another_profession_of_the_same_person() -> None:
    diff = only(
        "The inquiry will be chaired by Kwesi Amoako-Atta, a retired mining engineer.",
        "The panel will be chaired by retired High Court judge Kwesi Amoako-Atta.",
        "actor",
        "en",
    )
    assert (diff.claim, diff.reference) == ("engineer", "judge")
    only(
        "Pieter Goossenaerts is de burgemeester van Beveren.",
        '"Het vuur is onder controle," zei brandweercommandant Pieter Goossenaerts.',
        "actor",
    )
    # Two names of one office.
    no_difference("Chief executive Ann Lee said so.", "Ann Lee, the CEO, said so.", "en")
    no_difference("Michael Dolan is a lawyer.", "Michael Dolan, a solicitor, said so.", "en")


@pytest.mark.parametrize(
    ("claim", "statement", "language"),
    [
        (
            "Councillor Dunleavy is a longtime opponent of the mayor.",
            "Councillor Dunleavy, a longtime ally of the mayor, said so.",
            "en",
        ),
        ("Hession was seen as an outsider.", "Hession had been considered the favourite.", "en"),
        ("The man confessed to the theft.", "The man denied the theft.", "en"),
        (
            "The clinic shortened its opening hours.",
            "The clinic lengthened its opening hours.",
            "en",
        ),
        (
            "De gemeenteraad stemde de motie weg.",
            "De gemeenteraad heeft de motie aangenomen.",
            "nl",
        ),
        ("De termijn werd ingekort.", "De termijn werd verlengd.", "nl"),
        (
            "Health New Zealand has shortened the opening hours of its clinics.",
            "Health New Zealand has extended opening hours at its clinics.",
            "en",
        ),
    ],
)
def test_more_antonyms(claim: str, statement: str, language: str) -> None:
    assert "antonym" in [d.kind for d in run(claim, statement, language).differences]


@pytest.mark.parametrize(
    ("claim", "statement", "language"),
    [
        # Extending a ban curtails what it bans: "extended" is no opposite of "curtailed".
        (
            "The government extended the restrictions on public gatherings by two weeks.",
            "Public gatherings will remain curtailed for two more weeks, the government said.",
            "en",
        ),
        # "afneemt" is also "buys": no opposite of "toenemen" in the lexicon.
        (
            "Het aantal huishoudens dat stroom van Eneco afneemt, is gestegen.",
            "Eneco zag het aantal klanten vorig jaar toenemen.",
            "nl",
        ),
    ],
)
def test_words_of_two_senses_are_no_antonyms(claim: str, statement: str, language: str) -> None:
    assert "antonym" not in [d.kind for d in run(claim, statement, language).differences]


def test_a_difference_is_on_topic_when_the_sentence_before_covers_the_claim() -> None:
    claim = analyse("Langs de nieuwe tramlijn komen negen haltes.", "nl")
    alone = analyse("Er komen elf haltes.", "nl")
    in_context = analyse("Er komen elf haltes.", "nl")
    in_context.context_stems = analyse("De nieuwe tramlijn gaat rijden.", "nl").stem_set
    bare, placed = compare(claim, alone), compare(claim, in_context)
    assert [d.kind for d in placed.differences] == ["number"]
    assert placed.feature("difference_on_topic") > bare.feature("difference_on_topic")
    # Coverage itself is the statement's own.
    assert placed.feature("coverage") == bare.feature("coverage")


def test_of_two_opposite_changes_the_one_about_the_claim_answers_it() -> None:
    # Both clauses share "waiting" with the claim; the first shares far more.
    diff = only(
        "Emergency department waiting times at Bathurst dropped by 18 per cent.",
        "Figures showed that emergency department waiting times at Bathurst rose by 18 percent, "
        "while the elective surgery waiting list at Orange fell by about a quarter.",
        "antonym",
        "en",
    )
    assert (diff.claim, diff.reference) == ("dropped", "rose")


@pytest.mark.parametrize(
    ("claim", "statement", "language"),
    [
        # Two professions of one person.
        ("Dat zei hoogleraar Jan de Vries.", "Dat zei econoom Jan de Vries.", "nl"),
        ("Dat zei huisarts Els Bakker.", "Dat zei dokter Els Bakker.", "nl"),
        # Everyday words that are no opposites.
        ("The driver was admitted to hospital.", "The driver denied it.", "en"),
        ("De termijn werd ingekort.", "In het verlengde daarvan werd de termijn besproken.", "nl"),
        ("Film critic Jones praised the mayor.", "Jones, an ally of the mayor, praised him.", "en"),
        # Another place north of the same town.
        (
            "Zwolle ligt ten noorden van Deventer.",
            "Kampen ligt ten zuiden van Deventer, niet ver van Zwolle.",
            "nl",
        ),
        # A listed unit against an unlisted spelling is still compared (below).
    ],
)
def test_no_difference_where_none_is_meant(claim: str, statement: str, language: str) -> None:
    kinds = [d.kind for d in run(claim, statement, language).differences]
    assert "antonym" not in kinds and "actor" not in kinds and "direction" not in kinds


def test_figures_of_the_same_thing_still_differ() -> None:
    # The three are the claim's other figure, but they count the same injured.
    only(
        "Bij de brand vielen vier lichtgewonden, onder wie drie brandweerlieden.",
        "Bij de brand vielen drie lichtgewonden.",
        "number",
    )
    only("De dijk is 100 meter lang.", "De dijk is 120 m lang.", "number")
    only("De bus vertrok om half drie.", "De bus vertrok om half vier.", "number")


# -- from the twenty-first and twenty-second blind pairs ---------------------


def test_a_thousand_and_the_number_after_it_are_one_figure() -> None:
    no_difference(
        "Aan het dok komt een kade van duizend driehonderdvijftig meter.",
        "De regering gaf een vergunning voor een kade van 1.350 meter aan het dok.",
    )
    only(
        "De kade wordt tweeduizend vijfhonderd meter lang.",
        "De kade wordt 2.400 meter lang.",
        "number",
    )


def test_a_possessive_is_the_same_name() -> None:
    no_difference(
        "Southern Reef's head office is in Kingston, south of Hobart.",
        "Southern Reef, which has its headquarters in Kingston, south of Hobart, was sold.",
        "en",
    )


def test_saying_no_with_niet_or_with_the_opposite_verb_agrees() -> None:
    statement = "De bond weigerde woensdag in te stemmen met het sociaal plan van de directie."
    no_difference("De FNV heeft het sociaal plan van de directie niet goedgekeurd.", statement)
    assert "antonym" in {
        d.kind
        for d in run(
            "De FNV heeft het sociaal plan van de directie goedgekeurd.", statement
        ).differences
    }


def test_higher_or_lower_than_a_year_is_a_change_not_a_bound() -> None:
    diff = only(
        "De melkprijs lag vorig jaar bijna zes procent hoger dan in 2024.",
        "De melkprijs was vorig jaar gemiddeld 47,80 euro, bijna 6 procent minder dan in 2024.",
        "antonym",
    )
    assert (diff.claim, diff.reference) == ("hoger", "minder")


def test_a_particle_at_the_end_of_the_clause() -> None:
    diff = only(
        "Vorig jaar nam de overslag in het Gentse havengedeelte met 3 procent toe.",
        "De overslag in het Gentse deel van de haven daalde vorig jaar met 3 procent.",
        "antonym",
    )
    assert diff.claim == "nam toe"


@pytest.mark.parametrize(
    ("claim", "statement", "language"),
    [
        (
            "Beide bedrijven profiteren van een groeiende vraag naar melkpoeder.",
            "Beide bedrijven kampen met een teruglopende vraag naar melkpoeder.",
            "nl",
        ),
        (
            "De poging van Noardlân om samen te gaan met een Deense zuivelgroep slaagde.",
            "Een eerdere poging van Noardlân om samen te gaan met een Deense zuivelgroep strandde.",
            "nl",
        ),
        ("Demand for copper is rising.", "Demand for copper is falling.", "en"),
    ],
)
def test_more_opposites(claim: str, statement: str, language: str) -> None:
    only(claim, statement, "antonym", language)


def test_a_fraction_written_as_one_word() -> None:
    result = no_difference(
        "A battery maker will take roughly two-fifths of the mine's planned production.",
        "The company signed a deal with a battery maker for about 40 per cent of the mine's "
        "planned output.",
        "en",
    )
    assert result.agreements == ["two-fifths"]
    only("Tweevijfde van de leden stemde voor.", "De helft van de leden stemde voor.", "number")


def test_a_direction_word_that_starts_a_name_is_no_direction() -> None:
    no_difference(
        "Southern Reef Aquaculture may add 14 pens.",
        "The tribunal ruled that Southern Reef Aquaculture may add 14 pens at its western lease.",
        "en",
    )


def test_another_name_of_the_same_kind() -> None:
    diff = only(
        "Migizi River First Nation signed a benefits agreement in November 2024.",
        "The company signed a benefits agreement in November 2024 with the Tamarack Portage "
        "First Nation.",
        "actor",
        "en",
    )
    assert (diff.claim, diff.reference) == (
        "Migizi River First Nation",
        "Tamarack Portage First Nation",
    )
    no_difference("Kestrel Ridge Lithium won the case.", "Kestrel Ridge won the case.", "en")


def test_an_office_in_apposition_after_its_field() -> None:
    # The office is read ("Minister of Mines, Paul Kerrigan,"), and its field is
    # compared with one name per field: "interior minister" and "Home Minister"
    # are one office.
    only(
        "Paul Kerrigan, the premier of Ontario, said so.",
        "Ontario's Minister of Mines, Paul Kerrigan, said so.",
        "actor",
        "en",
    )
    no_difference(
        "India's interior minister Amit Shah visited Manipur.",
        "Home Minister Amit Shah visited Manipur.",
        "en",
    )


def test_a_side_of_the_city_is_a_direction() -> None:
    diff = only(
        "Het Science Park ligt aan de westkant van de stad.",
        "De faculteit verhuist naar het Science Park aan de oostkant van de stad.",
        "direction",
    )
    assert (diff.claim, diff.reference) == ("westkant", "oostkant")


def test_an_office_before_a_name_is_no_part_of_it() -> None:
    no_difference(
        "Minister Baarsma gaat de bezuinigingen niet terugdraaien.",
        "Minister van Onderwijs Gert-Jan Baarsma zei dat hij de bezuinigingen niet terugdraait.",
    )


def test_a_claim_that_says_both_sides_takes_its_clause_about_the_statement() -> None:
    no_difference(
        "Fewer than half of the beds that closed during the review had reopened by the end of "
        "September 2025.",
        "By the end of September 2025 only 87 of them had reopened.",
        "en",
    )


def test_two_maxima_said_differently_are_compared() -> None:
    statement = "The chairman said the corporation could be fined up to 500 million naira."
    only(
        "The corporation could face a penalty of as much as 50 million naira.",
        statement,
        "number",
        "en",
    )
    no_difference(
        "The corporation could face a penalty of as much as 500 million naira.", statement, "en"
    )
    no_difference("The corporation could be fined 200 million naira.", statement, "en")


def test_a_failure_denies_only_a_failure_to_do_something() -> None:
    no_difference(
        "Shortly before the failure, the network was carrying roughly 4,100 MW.",
        "The grid was carrying about 4,100 megawatts shortly before 2:17 p.m. yesterday.",
        "en",
    )


def test_the_same_name_as_another_body() -> None:
    diff = only(
        "De gemeente Groningen weigerde in februari de stikstofvergunning.",
        "De provincie Groningen weigerde in februari de stikstofvergunning.",
        "actor",
    )
    assert (diff.claim, diff.reference) == ("gemeente Groningen", "provincie Groningen")
    only(
        "The city of Perth approved the plan.",
        "The county of Perth approved the plan.",
        "actor",
        "en",
    )
    no_difference(
        "Groningen weigerde de vergunning.", "De provincie Groningen weigerde de vergunning."
    )


def test_seasons_are_dates() -> None:
    diff = only(
        "Volgens de planning zou de eerste fase in het voorjaar van 2025 beginnen.",
        "De eerste fase had volgens de planning in het najaar van 2025 moeten beginnen.",
        "date",
    )
    assert (diff.claim, diff.reference) == ("voorjaar", "najaar")
    no_difference(
        "Construction starts in the summer of 2027.", "Work begins in the summer of 2027.", "en"
    )
    no_difference("Prices fall in the spring.", "Prices fall in the spring.", "en")


def test_a_season_before_a_noun_is_no_date() -> None:
    no_difference(
        "A smaller transfer is possible should spring rainfall lift the reservoirs.",
        "A smaller transfer could be reconsidered in the autumn.",
        "en",
    )


@pytest.mark.parametrize(
    ("claim", "statement", "language"),
    [
        # from a review of the sixth session's rules: each was a false difference
        ("Mr Keir Starmer spoke.", "Sir Keir Starmer spoke.", "en"),
        (
            "Bondscoach Ronald Koeman koos voor Depay.",
            "Oranje-coach Ronald Koeman koos voor Depay.",
            "nl",
        ),
        ("New York Governor Kathy Hochul signed it.", "NY Governor Kathy Hochul signed it.", "en"),
        ("De gemeente Groningen betaalt mee.", "De stad Groningen betaalt mee.", "nl"),
        (
            "De provincie Utrecht en de gemeente Utrecht tekenden het akkoord.",
            "De gemeente Utrecht en de provincie Utrecht tekenden het akkoord.",
            "nl",
        ),
        (
            "The city council of Toronto approved the budget.",
            "The city of Toronto approved it.",
            "en",
        ),
        ("Ze werd negentiende in de eindstand.", "Ze werd 19e, met 10 procent achterstand.", "nl"),
        (
            "The film earned $300 million and was watched by 40 million.",
            "The film, watched by 40 million people, earned $300 million.",
            "en",
        ),
        (
            "The work will be carried out after the summer.",
            "The work is planned in the autumn.",
            "en",
        ),
        (
            "Het plan wordt uitgevoerd na de zomer.",
            "Het plan wordt in het najaar uitgevoerd.",
            "nl",
        ),
        (
            "De premier nam het woord en sprak de Kamer toe.",
            "De steun voor het kabinet daalde.",
            "nl",
        ),
    ],
)
def test_no_false_difference(claim: str, statement: str, language: str) -> None:
    no_difference(claim, statement, language)


def test_a_direction_before_one_name_word_still_differs() -> None:
    only("North Korea fired a missile.", "South Korea fired a missile.", "direction", "en")


@pytest.mark.parametrize(
    ("claim", "statement", "language"),
    [
        (
            "The number of beds that closed last year has reopened.",
            "The beds that closed last year remain closed.",
            "en",
        ),
        (
            "De winkels die vorig jaar sloten, zijn weer open.",
            "De winkels die vorig jaar sloten, blijven dicht.",
            "nl",
        ),
    ],
)
def test_a_claim_with_both_sides_says_its_main_clause(
    claim: str, statement: str, language: str
) -> None:
    only(claim, statement, "antonym", language)


def test_the_same_office_noun_in_another_field() -> None:
    diff = only(
        "Paul Kerrigan is Ontario's environment minister.",
        "Ontario's Minister of Mines, Paul Kerrigan, said the government was reviewing it.",
        "actor",
        "en",
    )
    assert diff.message == (
        "another office: environment minister in the claim, Minister of Mines in the reference"
    )
    # A rank makes another office.
    only(
        "Chrystia Freeland is the deputy prime minister.",
        "Prime Minister Chrystia Freeland spoke on Monday.",
        "actor",
        "en",
    )
    # A capitalised word before the noun may be a country or a party, not a
    # portfolio: "federal" / "State Health" is not told apart (a known miss),
    # nor "Dutch" / "Caretaker", "Labour" / "Opposition".
    no_difference(
        "Karen Whitlock is the federal health minister.",
        "State Health Minister Karen Whitlock said the state had committed 610 million dollars.",
        "en",
    )
    no_difference(
        "Dutch Prime Minister Mark Rutte spoke.", "Caretaker Prime Minister Mark Rutte spoke.", "en"
    )
    no_difference(
        "Keir Starmer is the Labour leader.", "Opposition leader Keir Starmer spoke.", "en"
    )
    no_difference(
        "Former health minister Karen Whitlock spoke.",
        "Federal Health Minister Karen Whitlock spoke.",
        "en",
    )
    only(
        "Ruth Castellano is Ontario's transportation minister.",
        "Ontario's labour minister, Ruth Castellano, said a mediator had been appointed.",
        "actor",
        "en",
    )
    # A qualifier of any office ("algemeen") and an organisation are no other field.
    no_difference(
        "Peter Sluijter is directeur van WaterOost.",
        "Algemeen directeur Peter Sluijter zei dat de voorraad krap is.",
    )
    # Nor is a verb of saying before the office: "zegt directeur".
    no_difference(
        "Directeur Jan de Wit van ZeeZorg wil twee extra ambulances.",
        "Er komen twee extra ambulances, zegt directeur Jan de Wit.",
    )
    # Nor the owner of the office: "Ontario's".
    no_difference(
        "Paul Kerrigan is Ontario's mines minister.",
        "Mines Minister Paul Kerrigan said the government was reviewing the ruling.",
        "en",
    )


def test_the_first_since_is_not_since() -> None:
    statement = "The strike, the first at the transit agency since 2009, leaves riders stranded."
    no_difference("The transit agency had not had a strike since 2009.", statement, "en")
    no_difference(
        "Sinds 2004 heeft de universiteit niet zo veel mensen ontslagen.",
        "Het is voor het eerst sinds 2004 dat de universiteit zo veel mensen ontslaat.",
    )
    # Without "since" it is a plain denial.
    only(
        "De universiteit heeft niet zo veel mensen ontslagen.",
        "Het is voor het eerst dat de universiteit zo veel mensen ontslaat.",
        "negation",
    )


def test_a_sum_or_a_difference_of_two_figures_is_no_mismatch() -> None:
    statement = (
        "Het Rijk betaalt 250 miljoen euro uit het Mobiliteitsfonds, de provincie Utrecht "
        "legt 120 miljoen bij."
    )
    result = no_difference("Rijk en provincie betalen samen 370 miljoen euro.", statement)
    assert result.feature("number_unmatched") == 1.0
    no_difference(
        "The company will run 36 pens in total at the lease.",
        "The company may add 14 pens to the 22 already operating at the lease.",
        "en",
    )
    no_difference(
        "De omzet zakte vorig jaar met 34 miljoen euro.",
        "De omzet daalde vorig jaar van 112 miljoen naar 78 miljoen euro.",
    )
    # The claim must say it is a sum or a difference: "30" is no difference of
    # "20 ... 50", "64 teams" no sum of "32 ... 32".
    only("Bij de brand vielen 30 doden.", "Bij de brand vielen 20 doden en 50 gewonden.", "number")
    only(
        "The tournament had 64 teams in 2024.",
        "The tournament had 32 teams in 2024 and 32 in 2023.",
        "number",
        "en",
    )
    # Only exactly: "380 miljoen" is no sum of 250 and 120 miljoen.
    only("Het Rijk betaalt 380 miljoen euro.", statement, "number")
    # Nor a small figure, which is a sum or a difference of two by chance.
    only(
        "Nine people were taken to hospital, two of them in a serious condition.",
        "Seven people were taken to hospital, two of them in a serious condition.",
        "number",
        "en",
    )


def test_the_field_of_an_office_ends_where_it_cannot_be_told() -> None:
    # Four words before "spokesman" and no edge: only "health" is its field.
    diff = only(
        "Tom Reddick is the party's finance spokesman.",
        "Premier David Eby accused Conservative health spokesman Tom Reddick of lying.",
        "actor",
        "en",
    )
    assert diff.message == (
        "another office: finance spokesman in the claim, health spokesman in the reference"
    )
    # Also at the start of a sentence; nor is "of lying" after the name a field.
    result = run(
        "Harjit Bains accused Conservative critic Tom Reddick of lying.",
        "Tom Reddick, the Conservative health critic, denied lying.",
        "en",
    )
    assert [d.kind for d in result.differences] == ["negation"]
    # A rector is an office.
    only(
        "Hans Verhoeckx is rector magnificus.",
        "Volgens collegevoorzitter Hans Verhoeckx komt het tekort door de korting.",
        "actor",
    )


def test_a_year_and_a_half_is_eighteen_months() -> None:
    result = no_difference(
        "The upgrade is running a year and a half behind schedule.",
        "The upgrade has slipped by eighteen months.",
        "en",
    )
    assert result.agreements == ["a year and a half"]
    only(
        "Het project loopt twee jaar en een half vertraging op.",
        "Het project loopt achttien maanden vertraging op.",
        "number",
    )
    # The slack of months and years is for two units, not one, and not for bounds.
    only("Het bedrijf bestaat 100 jaar.", "Het bedrijf bestaat 98 jaar.", "number")
    only(
        "The project will take more than 10 years.",
        "The project will take up to 10 years.",
        "number",
        "en",
    )


def test_a_negative_prefix_says_the_denial() -> None:
    no_difference(
        "Een derde van de lessen wordt gegeven door onbevoegde docenten.",
        "Een derde van de lessen wordt gegeven door docenten die niet bevoegd zijn.",
    )
    no_difference(
        "The samples had been stored uncooled for days.",
        "The samples had not been cooled for days.",
        "en",
    )
    # The prefixed word must be what is denied.
    only(
        "De docenten zijn niet bevoegd.",
        "De docenten zijn onervaren maar bevoegd.",
        "negation",
    )


def test_two_negative_verbs_of_one_group_agree() -> None:
    # "declined" stands in several antonym groups; one that "refused" shares is enough.
    no_difference(
        "The mayor declined to say if he would use his powers to hold up the charge.",
        "He refused to say whether he would use his powers to delay it.",
        "en",
    )


@pytest.mark.parametrize(
    ("claim", "statement", "language"),
    [
        # "Since" of another thing, or a denial that is itself about "the first".
        (
            "De bond staakte in 2024 niet.",
            "In 2024 staakte de bond voor het eerst sinds 2009.",
            "nl",
        ),
        (
            "The mayor did not attend the first meeting since the election.",
            "The mayor attended the first meeting since the election.",
            "en",
        ),
        (
            "The council did not approve the plan.",
            "The council approved it first, since it was cheap.",
            "en",
        ),
        # A prefixed word beside the bare one affirms it.
        (
            "The patients were not treated.",
            "The patients were treated, but untreated ones remained.",
            "en",
        ),
        (
            "De school is niet veilig.",
            "De school is veilig, ondanks onveilige situaties in 2022.",
            "nl",
        ),
        # "in" is no negative prefix in English: "informed".
        (
            "The agency did not form a task force.",
            "The agency formed a task force and informed him.",
            "en",
        ),
    ],
)
def test_denials_that_stay_denials(claim: str, statement: str, language: str) -> None:
    only(claim, statement, "negation", language)


@pytest.mark.parametrize(
    ("claim", "statement", "language", "kinds"),
    [
        # Since when, by its figures, months and content words; a "first" far from
        # the denial's "since" is no first of the denial.
        (
            "The bank has not cut rates since the 2019 crisis.",
            "It was its first cut since 2019.",
            "en",
            [],
        ),
        ("There has been no strike since last May.", "It is the first strike since May.", "en", []),
        (
            "The bank, which first cut rates in 2008, has not cut them since 2019.",
            "It was the bank's first rate cut since 2019.",
            "en",
            [],
        ),
        (
            "There has been no strike since the crisis.",
            "It is the first strike since the election.",
            "en",
            ["negation"],
        ),
        # A sum or a difference said as a change.
        (
            "Unemployment saw a drop of 34,000.",
            "Unemployment fell from 112,000 to 78,000.",
            "en",
            [],
        ),
        ("De partij won 25 zetels.", "De partij ging van 40 naar 65 zetels.", "nl", []),
        (
            "In all, 370 million euros was paid.",
            "The state paid 250 million euros and the city 120 million.",
            "en",
            [],
        ),
        # Significant digits read to twelve places: 8.2 billion is rounder than nothing.
        (
            "More than 8.2 billion dollars was spent.",
            "More than 8,200 million dollars was spent.",
            "en",
            [],
        ),
        # Shares round down like counts.
        ("Meer dan de helft stemde voor.", "Ruim 58 procent stemde voor.", "nl", []),
        (
            "Inflation stayed above 1 percent.",
            "Inflation stayed above 5 percent.",
            "en",
            ["number"],
        ),
        # Weeks, months and years, and bounds in them.
        ("The work takes three months.", "The work takes 13 weeks.", "en", []),
        ("The work takes more than two years.", "The work takes more than 24 months.", "en", []),
        ("Het bedrijf bestaat 100 jaar.", "Het bedrijf bestaat al 98 jaren.", "nl", ["number"]),
    ],
)
def test_second_review_of_the_comparison(
    claim: str, statement: str, language: str, kinds: list[str]
) -> None:
    assert [d.kind for d in run(claim, statement, language).differences] == kinds


@pytest.mark.parametrize(
    ("claim", "statement", "language", "differs"),
    [
        # A title that starts the sentence keeps its rank.
        (
            "Former Deputy Prime Minister Nick Clegg spoke.",
            "Deputy Prime Minister Nick Clegg spoke.",
            "en",
            False,
        ),
        (
            "Tweede Kamervoorzitter Vera Bergkamp opende het debat.",
            "Kamervoorzitter Vera Bergkamp opende het debat.",
            "nl",
            False,
        ),
        # "then", and "ex-" inside a compound: another time.
        (
            "Sadiq Khan is the mayor of London.",
            "The plan was drawn up by the then London mayor Ken Livingstone.",
            "en",
            False,
        ),
        ("Ex-premier Jan Smit sprak over de begroting.", "Premier Anna Berg sprak.", "nl", False),
        # A police chief is no chief executive; another club is another body.
        ("Police chief Jan Smit spoke.", "CEO Anna Berg spoke.", "en", False),
        (
            "Voorzitter Frans Timmermans van de club sprak.",
            "Voorzitter Jan Smit van de ondernemingsraad sprak.",
            "nl",
            False,
        ),
        # The rank of the same person: another office.
        (
            "Chrystia Freeland is the deputy prime minister.",
            "Prime Minister Chrystia Freeland spoke.",
            "en",
            True,
        ),
    ],
)
def test_second_review_of_offices(claim: str, statement: str, language: str, differs: bool) -> None:
    actors = [d for d in run(claim, statement, language).differences if d.kind == "actor"]
    assert bool(actors) == differs, [d.message for d in actors]
    assert len(actors) <= 1  # one person named in two parts: one difference
