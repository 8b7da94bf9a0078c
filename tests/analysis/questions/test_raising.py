"""Raised subjects and claims worded as questions (``questions.raising``)."""

from __future__ import annotations

import pytest

from briefing.analysis.questions.raising import claim_question, without_chance_frame


@pytest.mark.parametrize(("claim", "expected"), [
    ("The minister is said to be furious", "Is the minister furious?"),
    ("The club is expected to sign a new goalkeeper", "Will the club sign a new goalkeeper?"),
    ("The fire is thought to have started in the kitchen",
     "Did the fire start in the kitchen?"),
])
def test_a_raised_subject_is_asked_directly(claim: str, expected: str) -> None:
    assert claim_question(claim) == expected


def test_a_claim_that_only_says_something_is_unknown_asks_nothing() -> None:
    assert claim_question("the timing is still unclear") is None


def test_chance_frame_is_taken_off() -> None:
    assert without_chance_frame("there is a real chance the talks could fail") == (
        "the talks could fail")
    assert without_chance_frame("the talks could fail") == "the talks could fail"


def test_a_raised_cue_in_a_second_conjunct_asks_that_conjunct() -> None:
    from briefing.analysis.questions.hedged import hedged_question
    cand = hedged_question("One of the climbers broke a wrist and is believed to have been "
                           "flown to the valley hospital.")
    assert cand is not None
    assert cand.question == "Was one of the climbers flown to the valley hospital?"
