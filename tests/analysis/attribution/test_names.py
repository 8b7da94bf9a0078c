"""Names: titles stripped, appositives and relative clauses aside, papers keep "The"."""

from __future__ import annotations

import pytest

from briefing.analysis.attribution.names import parse_mention


@pytest.mark.parametrize(("phrase", "name", "proper"), [
    ("the UK Defense Ministry", "UK Defense Ministry", True),
    ("the Washington Post", "The Washington Post", True),
    ("Former Florida Gov. Jeb Bush", "Jeb Bush", True),
    ("Secretary of State John Kerry", "John Kerry", True),
    ("The finance minister, Lou Jiwei,", "Lou Jiwei", True),
    ("Jane Roe, who chairs the board,", "Jane Roe", True),
    ("Sen. Ann Lee (D-Ore.)", "Ann Lee", True),
    ("A pro-Russian official", "a pro-Russian official", False),
    ("Sources familiar with the talks", "sources familiar with the talks", False),
    ("officials at the State Department", "officials at the State Department", False),
    # a place speaks through its government: one name for both
    ("The government of Lowen Valley", "Lowen Valley", True),
    ("Lowen Valley’s government", "Lowen Valley", True),
    ("the government of Donald Brook", "the government of Donald Brook", False),
    # a plural noun of people at the start of a sentence is no name
    ("Forecasters", "forecasters", False),
    ("Protesters", "protesters", False),
])
def test_names(phrase: str, name: str, proper: bool) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.proper) == (name, proper)


def test_pronouns_heads_and_definites() -> None:
    assert parse_mention("It").pronoun == "it"
    assert parse_mention("The ministry").definite
    assert parse_mention("sources familiar with the talks").head == "sources"
    assert parse_mention("officials").plural
    assert "chairs" not in parse_mention("Jane Roe, who chairs the board,").words


@pytest.mark.parametrize(("phrase", "name"), [
    ("Green MSP Ada Okafor", "Ada Okafor"),
    ("Tory frontbencher Tom Barrow MP", "Tom Barrow"),
    ("Labour MPs", "Labour MPs"),
    ("Ms King", "King"),
    ("Lowenia's Trade Minister Mohammed Ali al-Rawi", "Mohammed Ali al-Rawi"),
    ("McDonald's Corp", "McDonald's Corp"),
    ("Aviation analyst Nick Van den Berg of Lowen Capital", "Nick Van den Berg"),
    ("Mr Hirsch from Retail Lending Research", "Hirsch"),
    ("Amnesty International in London", "Amnesty International"),
    ("Bank of England", "Bank of England"),
    ("United States of America", "United States of America"),
    ("Scrum-half Peter Stone", "Peter Stone"),
])
def test_names_without_seats_owners_and_firms(phrase: str, name: str) -> None:
    assert parse_mention(phrase).name == name


def test_a_plural_possessive_inside_a_name_stays() -> None:
    assert parse_mention("the Lowen Growers’ Cooperative").name == "Lowen Growers’ Cooperative"


@pytest.mark.parametrize(("phrase", "name"), [
    ("Actor Tomas Orrin", "Tomas Orrin"),
    ("Nurse Ada Okafor", "Ada Okafor"),
    ("the minister for civil aviation Ravi Anand", "Ravi Anand"),
    ("a Lowen Radio poll released", "a Lowen Radio poll"),
    # kept as they are: a first name that is also a trade, a body after its noun
    ("Walker Hensley", "Walker Hensley"),
    ("IT firm Brindle Data", "Brindle Data"),
    ("the newly elected mayor", "the newly elected mayor"),
    ("supporters of Ada Okafor", "supporters of Ada Okafor"),
])
def test_session_6_second_pass_names(phrase: str, name: str) -> None:
    assert parse_mention(phrase).name == name


def test_the_head_of_a_description_is_not_its_participle() -> None:
    assert parse_mention("a poll conducted by Lowen Radio").head == "poll"


@pytest.mark.parametrize(("phrase", "name", "head"), [
    ("The experts I interviewed", "the experts", "experts"),
    ("residents we spoke to", "residents", "residents"),
    ("the officials they met", "the officials", "officials"),
])
def test_a_relative_clause_without_a_relative_word_is_cut(phrase: str, name: str,
                                                          head: str) -> None:
    m = parse_mention(phrase)
    assert (m.name, m.head) == (name, head)


def test_a_pronoun_that_ends_a_phrase_stays() -> None:
    assert parse_mention("Ada Okafor and I").name != "Ada Okafor and"


@pytest.mark.parametrize("phrase", ["Everyone I interviewed", "Everybody at the depot",
                                    "Anyone who saw it"])
def test_an_indefinite_pronoun_opening_a_sentence_is_no_name(phrase: str) -> None:
    m = parse_mention(phrase)
    assert not m.proper and m.name[:1].islower()
