"""Errors of the open questions found on real news pages, each with a sentence written for
the test: a quoted one-word answer, a verb phrase after "but", commas between modifiers,
number agreement past a relative clause, an opening participle clause, a "that" after a
verb's place, a belief before a state, a denied doubt, opening phrases, an absolute phrase."""

from __future__ import annotations

from asking import hedged
from briefing.analysis.phrasing import to_question
from briefing.analysis.questions.anonymous import anonymous_question


def test_a_hedge_that_is_a_whole_quotation_asks_nothing() -> None:
    assert hedged("\u201cPossibly,\u201d Vos said, before giving two other reasons.") is None
    assert hedged("\u201cProbably not,\u201d the mayor said after the vote.") is None


def test_a_verb_phrase_after_but_is_no_part_of_the_claim() -> None:
    text = ("The mayor admitted there could have \u201cbeen an error\u201d but said that the "
            "council had checked every figure twice before the vote.")
    assert hedged(text) == "Could there have been an error?"
    # but two modifiers joined by "but" stay together
    assert to_question("the council may hire a young but gifted lawyer from the city") == (
        "Will the council hire a young but gifted lawyer from the city?")


def test_a_comma_between_modifiers_does_not_end_the_clause() -> None:
    text = ("The lawsuit alleges the builder cheated the city by using the defective, untested "
            "steel beams to cut costs and to finish the bridge months before the deadline.")
    assert hedged(text) == (
        "Did the builder cheat the city by using the defective, untested steel beams?")


def test_a_list_of_modifiers_does_not_end_the_clause() -> None:
    text = ("Critics suggest the agency is barred from using the most simple, cheap, quick, "
            "proven method to test the water in the lake.")
    q = hedged(text)
    assert q is not None and "proven method" in q


def test_a_relative_clause_with_no_that_leaves_the_head_plural() -> None:
    text = ("Two years later, the special border units Harlan helped create were likely on the "
            "front lines of the conflict.")
    assert hedged(text) == (
        "Were the special border units Harlan helped create on the front lines of the conflict?")


def test_an_opening_participle_clause_goes_and_the_complement_stays() -> None:
    text = ("Having been moved from the finance ministry to the foreign office, Ann Vos has "
            "reportedly laid the groundwork to run for mayor in Leeds.")
    assert hedged(text) == (
        "Is it confirmed that Ann Vos has laid the groundwork to run for mayor in Leeds?")
    # a gerund subject is no opening clause
    text = "Shooting on the new film is expected to begin in May, a studio spokesman said."
    assert hedged(text) == "Will shooting on the new film begin in May?"


def test_the_that_after_where_a_claim_was_made_opens_the_clause() -> None:
    text = ("Few hold the view, as argued in the new report, that dam removal will definitely "
            "be necessary.")
    assert hedged(text) == "Will dam removal be necessary?"
    text = "The minister argued in a statement that the firm would close the plant next year."
    assert hedged(text) == "Will the firm close the plant next year?"


def test_a_belief_before_a_state_goes() -> None:
    cand = anonymous_question(
        "All nine crew members aboard are believed dead, a navy official said on Friday.",
        frozenset())
    assert cand is not None
    assert cand.question == "Are all nine crew members aboard dead, as a navy official said?"


def test_a_denied_doubt_asks_nothing() -> None:
    assert hedged("There is no reason to believe that the new vaccines are unsafe for "
                  "children.") is None
    assert hedged("There is nothing to suggest the fire was started on purpose.") is None


def test_opening_phrases_before_the_subject_go() -> None:
    text = ("But on October 7, on the other side of the river, the border network apparently "
            "failed.")
    assert hedged(text) == "Did the border network fail?"
    # a clause before the subject is no opening phrase
    text = "Before the hearing could resume, the mayor left the room."
    assert hedged(text) is None


def test_a_participle_between_a_possessive_and_a_noun_is_no_verb() -> None:
    text = "On May 7, in the north, the country\u2019s famed border network apparently failed."
    assert hedged(text) == "Did the country\u2019s famed border network fail?"


def test_a_one_word_aside_after_the_verb_goes() -> None:
    text = ("At a dinner in the capital last week, the senator delivered, unprompted, a long "
            "speech on trade with China and its effect on farmers in the state.")
    assert to_question(text) == "Did the senator deliver a long speech on trade with China?"


def test_a_hedge_in_an_absolute_phrase_leaves_the_main_clause_alone() -> None:
    text = ("The deal between the two firms had fully matured, with the bank apparently "
            "providing the money.")
    assert hedged(text) is None
