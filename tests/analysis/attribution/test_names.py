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
