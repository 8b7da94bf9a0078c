"""Quantified sources: no source, a group, or the phrase as it stands."""

from __future__ import annotations

import pytest

from briefing.analysis.attribution.quantifiers import read_quantifier


@pytest.mark.parametrize("phrase", [
    "each", "Each", "Neither side", "neither", "either province", "Either party", "no one",
    "Nobody", "None of the candidates", "no major poll", "everyone", "each of them",
    "both of whom", "every candidate",
])
def test_no_source(phrase: str) -> None:
    assert not read_quantifier(phrase).source


@pytest.mark.parametrize(("phrase", "group"), [
    ("All of the unions", "the unions"),
    ("both of his rivals,", "his rivals"),
    ("each of the three hospitals", "the three hospitals"),
])
def test_group_after_of(phrase: str, group: str) -> None:
    q = read_quantifier(phrase)
    assert q.source and q.group == group


@pytest.mark.parametrize("phrase", [
    "both candidates", "all three campaigns", "Both Roe and Lee", "the ministry", "Jane Roe",
    "some council members", "",
])
def test_plain(phrase: str) -> None:
    q = read_quantifier(phrase)
    assert q.source and q.group is None
