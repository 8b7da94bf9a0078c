"""Names: titles stripped, appositives and relative clauses aside, papers keep "The"."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.attribution.names import PRONOUNS, parse_mention
from briefing.analysis.attribution.tokens import tokenize


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


@pytest.mark.parametrize(("phrase", "name"), [
    # fail on the old code: a trade, a police rank or a church title stayed in the name,
    # an office with its owner hid the holder named after it, a joined particle was no name
    ("Firefighter Paul Renner", "Paul Renner"),
    ("Trooper Anna Kessler", "Anna Kessler"),
    ("Constable Amy Rosser", "Amy Rosser"),
    ("Detective Tom Halden", "Tom Halden"),
    ("Brigadier Helen Marsh", "Helen Marsh"),
    ("Air Chief Marshal Angus Hale", "Angus Hale"),
    ("Archbishop Peter Amis", "Peter Amis"),
    ("Lowenia's President, Ana Ferro,", "Ana Ferro"),
    ("Brindle's CEO, Cara Diemont,", "Cara Diemont"),
    ("The Bishop of Harwell, the Rt Rev John Amis,", "John Amis"),
    ("One bystander, Marius duPlessis,", "Marius duPlessis"),
    ("General Lowen Motors", "General Lowen Motors"),
])
def test_titles_trades_and_offices_before_a_name_come_off(phrase: str, name: str) -> None:
    assert parse_mention(phrase).name == name


def test_a_trade_before_one_word_or_a_surname_is_part_of_the_name() -> None:
    # fails on the old code (the first assert); the others guard names that open with
    # a word of a trade: no given name and surname follow it
    assert parse_mention("Firefighter Robert Savin").name == "Robert Savin"
    assert parse_mention("Hunter Brook").name == "Hunter Brook"
    assert parse_mention("Spencer Tracy").name == "Spencer Tracy"


def test_a_role_after_a_body_of_and_a_name_is_the_head() -> None:
    # fails on the old code: the head was "ministry", the word before "of"
    assert parse_mention("A Ministry of Transport spokesperson").head == "spokesperson"
    assert parse_mention("A statement from Pettit's parents").head == "statement"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="heHEitTsywouIKk\u212a\u0130'’ .", max_size=8))
def test_a_phrase_is_a_pronoun_when_its_one_token_is(phrase: str) -> None:
    """``parse_mention`` takes a phrase whose lower case is a pronoun as that pronoun before
    reading its tokens: the same as when its one token is a pronoun."""
    surface = " ".join(phrase.split())
    toks = tokenize(surface)
    assert (surface.lower() in PRONOUNS) == (len(toks) == 1 and toks[0].lower in PRONOUNS)
