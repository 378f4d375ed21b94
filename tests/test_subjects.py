"""Another subject of the same act, and another holder of the same office
(:mod:`factcheck.subjects`), through the whole comparison: they fire only
where no other rule names the difference, and never on one party named twice
or on a spokesperson for a body."""

from __future__ import annotations

import pytest

from factcheck.compare import Comparison, compare
from factcheck.extract import analyse


def run(claim: str, statement: str, language: str) -> Comparison:
    return compare(analyse(claim, language), analyse(statement, language))


@pytest.mark.parametrize(
    ("claim", "statement", "language", "said", "ref"),
    [
        (
            "Councillor Ana Silva proposed the new cycle lanes for the city centre.",
            "Councillor Tom Brook, who chairs the transport committee, proposed the new cycle "
            "lanes for the city centre.",
            "en",
            "Councillor Ana Silva",
            "Councillor Tom Brook",
        ),
        (
            "De gemeente Leiden betaalt de nieuwe brug over de Oude Rijn.",
            "De provincie Zuid-Holland betaalt de nieuwe brug over de Oude Rijn.",
            "nl",
            "Leiden",
            "Zuid-Holland",
        ),
        # Another holder of the same office (subjects.other_holder).
        (
            "Eva Bakker is voorzitter van de ondernemingsraad van Pelgrim.",
            "De ondernemingsraad, onder leiding van voorzitter Joost Vermeer, vraagt om overleg.",
            "nl",
            "Eva Bakker",
            "Joost Vermeer",
        ),
        (
            "Maria Lopez is the chief executive of Harbour Cold Storage.",
            "The company's chief executive, Daniel Okoro, said the site would reopen.",
            "en",
            "Maria Lopez",
            "Daniel Okoro",
        ),
        (
            "Sam Reid is the province's forestry minister.",
            "Forestry Minister Leah Tran announced the new quota on Monday.",
            "en",
            "Sam Reid",
            "Forestry Minister Leah Tran",
        ),
        (
            "Ruud van der Kamp is voorzitter van de ondernemingsraad.",
            "De ondernemingsraad, onder leiding van voorzitter Anouk van Dijk, vraagt om overleg.",
            "nl",
            "Ruud van der Kamp",
            "Anouk van Dijk",
        ),
    ],
)
def test_another_subject_of_the_same_act_or_office(
    claim: str, statement: str, language: str, said: str, ref: str
) -> None:
    result = run(claim, statement, language)
    assert [(d.kind, d.claim, d.reference) for d in result.differences] == [("actor", said, ref)]


@pytest.mark.parametrize(
    ("claim", "statement", "language"),
    [
        # The statement reports what its subject says; the claim's subject acts.
        (
            "Mount Etna began erupting at dawn on Monday.",
            "The National Institute of Geophysics (INGV) said the eruption began at dawn on "
            "Monday.",
            "en",
        ),
        (
            "Het zwembad van Heerlen gaat zaterdag weer open.",
            "Wethouder Lisa Bos liet weten dat het zwembad zaterdag weer opengaat.",
            "nl",
        ),
        # Two forms of one name.
        (
            "De provincie Friesland betaalt de nieuwe brug bij Sneek.",
            "Het Friese provinciebestuur betaalt de nieuwe brug bij Sneek.",
            "nl",
        ),
        # One person, named twice.
        (
            "Sir Keir announced the new tax on private jets on Monday.",
            "Keir Starmer announced the new tax on private jets on Monday.",
            "en",
        ),
        (
            "Minister Hugo de Jonge verbood de verkoop van lachgas vanaf januari.",
            "Minister H. de Jonge verbood de verkoop van lachgas vanaf januari.",
            "nl",
        ),
        # One body: a derivation, and a name cut short before its acronym.
        (
            "The Iranian navy seized a British oil tanker in the Strait of Hormuz.",
            "Iran's Revolutionary Guards seized a British oil tanker in the Strait of Hormuz.",
            "en",
        ),
        (
            "De Nederlandse Voedsel- en Warenautoriteit haalde de kipfilets uit de schappen.",
            "De NVWA haalde de kipfilets uit de schappen.",
            "nl",
        ),
        # The statement adds a party; it does not replace one.
        (
            "Wethouder Lisa Bos stemde tegen de begroting voor de nieuwe haven.",
            "Ook wethouder Tom Janssen stemde tegen de begroting voor de nieuwe haven.",
            "nl",
        ),
        # A capitalised word opening a sentence need not be a name.
        (
            "Miners proposed the cycle lanes for the city centre.",
            "Councillor Tom Brook proposed the cycle lanes for the city centre.",
            "en",
        ),
        (
            "Councillor Ana Silva proposed the cycle lanes for the city centre.",
            "Officials proposed the cycle lanes for the city centre.",
            "en",
        ),
        (
            "Duitsland stuurt vijftig tanks naar Oekraïne.",
            "De Duitse regering stuurt vijftig tanks naar Oekraïne.",
            "nl",
        ),
        # An office holder may speak for a body.
        (
            "De KNVB schorst de trainer voor drie duels.",
            "Voorzitter Jan de Boer schorst de trainer voor drie duels.",
            "nl",
        ),
        # A subject without a name may be anyone.
        (
            "Shell raises its dividend by ten percent.",
            "The company raises its dividend by ten percent.",
            "en",
        ),
        # Not the same act: the statement says too little of the rest.
        (
            "Councillor Ana Silva opposed the budget for the harbour.",
            "Councillor Tom Brook praised the new cycle lanes.",
            "en",
        ),
        # -- no other holder of the same office (subjects.other_holder) --
        # Another field of the office: another office, not another holder of it.
        (
            "Sam Reid is the province's health minister.",
            "Forestry Minister Leah Tran announced the new quota on Monday.",
            "en",
        ),
        # A profession is held by many.
        (
            "Advocaat Pieter Smit verdedigt de eigenaar van de fabriek.",
            "Advocaat Karin Dijkstra zegt dat de zaak sterk staat.",
            "nl",
        ),
        # The statement adds one more.
        (
            "Wethouder Lisa Bos wil de haven uitbreiden.",
            "Ook wethouder Tom Janssen wil de haven uitbreiden.",
            "nl",
        ),
        # One name, shortened.
        (
            "Minister Hugo de Jonge wil de regels aanscherpen.",
            "Minister H. de Jonge kondigde strengere regels aan.",
            "nl",
        ),
        # One person, named in two ways.
        (
            "Sir Keir is the leader of the Labour Party.",
            "Labour leader Keir Starmer said the party would win.",
            "en",
        ),
        # An office many hold, without a field both name.
        (
            "Wethouder Jan Jansen wil de bibliotheek sluiten.",
            "Dat de bibliotheek sluit, bevestigt wethouder Piet Bakker.",
            "nl",
        ),
        # One held before, or one of many.
        (
            "Mayor John Tory announced the budget.",
            "Former mayor Rob Ford criticised the budget.",
            "en",
        ),
        (
            "Tom Lane is a director at Shell.",
            "Ann Lee, a director at Shell, said so.",
            "en",
        ),
        # Another rank.
        ("Coach Tom Lane picked the team.", "Assistant coach Bill Ray picked the team.", "en"),
        # A field after the name: another body.
        (
            "Jan Jansen is de burgemeester van Utrecht.",
            "Burgemeester Sharon Dijksma van Amsterdam zei dat.",
            "nl",
        ),
        # The body of an office holds none: "Harbour Cold Storage" is no chief executive.
        (
            "The chief executive of Harbour Cold Storage resigned on Friday.",
            "Daniel Okoro, the chief executive, said the site would reopen.",
            "en",
        ),
    ],
)
def test_no_other_subject_or_holder(claim: str, statement: str, language: str) -> None:
    result = run(claim, statement, language)
    assert not [d for d in result.differences if d.kind == "actor"], result.differences
