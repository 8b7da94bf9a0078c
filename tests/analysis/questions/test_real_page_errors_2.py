"""More errors of the open questions found on real news pages, each with a sentence written
for the test: a conceded hedge, a speech act ("one could argue"), a subject owned by a
pronoun or an empty noun, a cut inside a pair of nouns, a one-word opening phrase, a
participle after "the", an infinitive's complement, a trailing "according to"."""

from __future__ import annotations

from pathlib import Path

from asking import hedged
from briefing.analysis.questions import open_questions
from briefing.ingest import ingest_file
from briefing.options import AnalysisOptions, IngestOptions


def test_a_conceded_hedge_asks_nothing() -> None:
    assert hedged("Ann Vos may have lost the final last month, but the Dutch rower has set "
                  "her sights on the world title.") is None
    assert hedged("The party may have lost the seat - but that did not stop it claiming "
                  "a moral victory.") is None
    assert hedged("The striker might have scuffed the shot but it was a fine goal.") is None
    # a forecast with "but" after it is no concession
    assert hedged("The price of oil may rise sharply, but analysts say the effect will be "
                  "small.") == "Will the price of oil rise sharply?"


def test_one_could_argue_is_a_speech_act() -> None:
    assert hedged("One might argue that the bridge will cost far more than planned.") is None
    assert hedged("It could be argued that the ferry will never pay for itself.") is None
    assert hedged("The mayor argued that the bridge will cost far more than planned.") == (
        "Will the bridge cost far more than planned?")


def test_a_subject_owned_by_a_pronoun_or_an_empty_noun_asks_nothing() -> None:
    assert hedged("Analysts said their economies are likely to grow next year.") is None
    assert hedged("Critics believe its new plant could be closed within a year.") is None
    assert hedged("As the vote nears, the answer seems to be negative.") is None
    assert hedged("The mayor said the bridge could be closed within a year.") == (
        "Could the bridge be closed within a year?")


def test_a_possessive_is_asked_by_the_name_it_plainly_stands_for(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Reed steps down\n\nBob Reed said the plan was sound. His "
                    "critics may have a point about its costs.\n", encoding="utf-8")
    article = ingest_file(path, tmp_path, IngestOptions())
    asked = [q.question for q in open_questions(article, AnalysisOptions())]
    assert asked == ["Do Bob Reed's critics have a point about its costs?"]


def test_no_cut_inside_a_pair_of_nouns_or_after_an_infinitive() -> None:
    assert hedged("The former finance minister Ann Vos has reportedly laid the quiet groundwork "
                  "with donors and party officials to run for mayor in Leeds next spring.") == (
        "Is it confirmed that the former finance minister Ann Vos has laid the quiet "
        "groundwork with donors and party officials?")
    assert hedged("Having been moved from the finance ministry to the foreign office, Ann Vos "
                  "has reportedly laid the groundwork to run for mayor in Leeds.") == (
        "Is it confirmed that Ann Vos has laid the groundwork to run for mayor in Leeds?")


def test_a_one_word_opening_phrase_goes() -> None:
    assert hedged("In 2004, the council reportedly sold the land to a developer.") == (
        "Is it confirmed that the council sold the land to a developer?")


def test_a_participle_after_the_is_no_verb() -> None:
    assert hedged("The famed network reportedly paid millions for the rights.") == (
        "Is it confirmed that the famed network paid millions for the rights?")


def test_a_trailing_according_to_is_no_part_of_a_short_claim() -> None:
    # the claim is two words without it: too short to ask, and never with "according to"
    assert hedged("Worse could follow, according to the head of the union.") is None
