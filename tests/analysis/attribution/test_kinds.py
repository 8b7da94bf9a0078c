"""Kinds and anonymity from the words used for a source."""

from __future__ import annotations

import pytest

from briefing.analysis.attribution.kinds import (
    classify,
    is_anonymous,
    is_country,
    is_person_noun,
)
from briefing.analysis.attribution.names import parse_mention
from briefing.model import SourceKind


def kind(phrase: str) -> SourceKind:
    m = parse_mention(phrase)
    return classify(m.name, m.proper, m.head, m.words,
                    is_anonymous(m.name, m.proper, m.head, m.words))


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Ukraine", SourceKind.GOVERNMENT),
    ("the Defense Ministry", SourceKind.GOVERNMENT),
    ("Reuters", SourceKind.MEDIA),
    ("The Daily Planet", SourceKind.MEDIA),
    ("the Meridian News Agency", SourceKind.MEDIA),
    ("Gen. Ada Brook", SourceKind.MILITARY),
    ("the army", SourceKind.MILITARY),
    ("Rep. Ada Brook", SourceKind.OFFICIAL),
    ("Ada Brook, an economist at the bank,", SourceKind.EXPERT),
    ("sources close to the talks", SourceKind.ANONYMOUS),
    ("Acme Holdings", SourceKind.ORGANIZATION),
    ("Ada Brook", SourceKind.PERSON),
    ("voters", SourceKind.ANONYMOUS),
    ("an engineer at the dam", SourceKind.ANONYMOUS),
    ("a spokesperson for the regulator", SourceKind.OFFICIAL),
    ("Forecasters", SourceKind.EXPERT),
    ("patient groups", SourceKind.ORGANIZATION),
    ("an internal audit", SourceKind.OTHER),
    ("the government of Tarsk", SourceKind.GOVERNMENT),
    ("the Land Registry", SourceKind.GOVERNMENT),
    ("the schools inspectorate", SourceKind.GOVERNMENT),
    ("the Tarsk Home Office", SourceKind.GOVERNMENT),
    ("the National Audit Office", SourceKind.GOVERNMENT),
    ("the Federal Statistics Office", SourceKind.GOVERNMENT),
    ("Downing Street", SourceKind.GOVERNMENT),
    ("Whitehall", SourceKind.GOVERNMENT),
    # name particles inside a person's name; not in a group's or a body's name
    ("Tariq bin Hadri", SourceKind.PERSON),
    ("Pieter van Loon", SourceKind.PERSON),
    ("Karim al-Nasri", SourceKind.PERSON),
    ("Jabhat al-Tarsk", SourceKind.OTHER),
    ("Banco de Portugal", SourceKind.OTHER),
])
def test_kinds(phrase: str, expected: SourceKind) -> None:
    assert kind(phrase) is expected


def anonymous(phrase: str) -> bool:
    m = parse_mention(phrase)
    return is_anonymous(m.name, m.proper, m.head, m.words)


@pytest.mark.parametrize("phrase", [
    "a senior official", "people familiar with the matter", "aides",
    # an unnamed person is anonymous, whatever their role
    "a spokesman for the ministry", "an engineer at the dam", "a nurse at the clinic",
    "one ticket inspector", "forecasters", "some council members",
    # so are unnamed organisations
    "patient groups", "a company",
])
def test_anonymous(phrase: str) -> None:
    assert anonymous(phrase), phrase


@pytest.mark.parametrize("phrase", [
    "Ada Brook", "the ministry", "the mayor", "Police",
    # documents speak as they stand
    "an internal audit", "the board papers",
    # a bare singular is a title whose name stands elsewhere
    "founder of the institute",
    "she", "I",
])
def test_on_record(phrase: str) -> None:
    assert not anonymous(phrase), phrase


@pytest.mark.parametrize(("noun", "person"), [
    ("nurse", True), ("engineer", True), ("forecasters", True), ("organizers", True),
    ("officials", True), ("later", False), ("paper", False), ("merger", False),
    ("audit", False), ("ministry", False), ("groups", False),
])
def test_person_nouns(noun: str, person: bool) -> None:
    assert is_person_noun(noun) is person


def test_countries() -> None:
    assert is_country("France") and is_country("the United States")
    assert not is_country("Kherson")


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Cara Diemont of IT firm Brindle Data, which commissioned the survey", SourceKind.PERSON),
    ("ratings firm Brindle", SourceKind.ORGANIZATION),
    ("Mr Okonkwo", SourceKind.PERSON),
    ("Lt Col Ada Brook", SourceKind.MILITARY),
    ("France and Germany", SourceKind.GOVERNMENT),
    ("the chairman of the Commission for Fair Rents", SourceKind.OFFICIAL),
    ("Labour MPs", SourceKind.OFFICIAL),
    ("the elections watchdog", SourceKind.GOVERNMENT),
    ("The Lowen industry body", SourceKind.ORGANIZATION),
])
def test_kinds_of_session_5_names(phrase: str, expected: SourceKind) -> None:
    assert kind(phrase) is expected


def test_an_office_is_government_only_with_a_public_word() -> None:
    assert kind("the Acme Box Office") is not SourceKind.GOVERNMENT
    assert kind("the Serious Fraud Office") is SourceKind.GOVERNMENT


@pytest.mark.parametrize(("phrase", "expected"), [
    # fail on the old code: a head of state named by title was only a person (or "other")
    ("Pope Gregory", SourceKind.OFFICIAL),
    ("the pope", SourceKind.OFFICIAL),
    ("the Queen", SourceKind.OFFICIAL),
    ("King Aldric", SourceKind.OFFICIAL),
    ("Lowenian King Aldric", SourceKind.OFFICIAL),
    ("Crown Prince Idris bin Harun", SourceKind.OFFICIAL),
    # guards: "King" that is part of a name, or a bare surname, is no title
    ("Burger King", SourceKind.PERSON),
    ("Billie Ann King", SourceKind.PERSON),
    ("King", SourceKind.OTHER),
    ("Cardinal Ada Brook", SourceKind.PERSON),
])
def test_heads_of_state_by_title_are_official(phrase: str, expected: SourceKind) -> None:
    assert kind(phrase) is expected


@pytest.mark.parametrize(("phrase", "expected"), [
    # fail on the old code: a rank spelt out before a name, or said of it, was no
    # military title; a police rank was military; a public body written "X of Y" took the
    # kind of its last word; an office named in capitals but not as a proper name was
    # "other"; a named service was a company
    ("General Tomas Ferrer", SourceKind.MILITARY),
    ("Brigadier Helen Marsh", SourceKind.MILITARY),
    ("Air Chief Marshal Angus Hale", SourceKind.MILITARY),
    ("Major General Ian Colter", SourceKind.MILITARY),
    ("Major Ian Colter", SourceKind.MILITARY),
    ("Tom Ferrer, a retired general,", SourceKind.MILITARY),
    ("Marlow police Lt. Dana Price", SourceKind.OFFICIAL),
    ("Detective Sergeant Tom Halden", SourceKind.OFFICIAL),
    ("Constable Amy Rosser", SourceKind.OFFICIAL),
    ("the Lowenian Department of Justice", SourceKind.GOVERNMENT),
    ("the Office for National Statistics", SourceKind.GOVERNMENT),
    ("the Cabinet Office", SourceKind.GOVERNMENT),
    ("the Harwell Rural Fire Service", SourceKind.GOVERNMENT),
    ("A Ministry of Transport spokesperson", SourceKind.OFFICIAL),
])
def test_ranks_police_and_public_bodies(phrase: str, expected: SourceKind) -> None:
    assert kind(phrase) is expected


def test_a_civil_office_before_general_is_no_rank() -> None:
    # fails on the old code (the first assert); the others guard civil offices
    assert kind("General Ada Brook") is SourceKind.MILITARY
    assert kind("Attorney General Ada Brook") is SourceKind.OFFICIAL
    assert kind("Fire Marshal Ada Brook") is not SourceKind.MILITARY
    assert kind("Ada Brook, the attorney general,") is SourceKind.OFFICIAL
