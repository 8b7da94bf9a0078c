"""The wording of open questions on three kinds of sentence that used to come out wrong:
an embedded "how"/"why" clause asked as a yes/no question, a sentence's capital kept
inside a question (or a name's lost), and a hedge in an aside asked of the main clause."""

from __future__ import annotations

import pytest

from asking import article_questions, hedged
from briefing.analysis.phrasing import to_question


@pytest.mark.parametrize(("text", "expected"), [
    # the answer is said to be unknown: the question is the clause's own "how"/"why"
    ("Officials could not say why the bridge may have collapsed last week.",
     "Why did the bridge collapse last week?"),
    ("The report did not say how the government could pay for the new stadium.",
     "How could the government pay for the new stadium?"),
    ("The question is how the club could fund the new stadium.",
     "How could the club fund the new stadium?"),
])
def test_an_embedded_question_said_to_be_open_keeps_its_wh_word(text: str,
                                                                expected: str) -> None:
    assert hedged(text) == expected


@pytest.mark.parametrize("text", [
    # "why"/"how" with a perfect: the event is given, only the reason or the way is open
    "Fans were left wondering why the club may have sacked the manager.",
    # a clause as the subject of the sentence: no auxiliary of it opens a question
    "Why the council may have changed its mind remains a mystery.",
    # the "how" clause has its verb ("are sold"): the hedge belongs to the main clause
    "Shops that break rules on how tickets and other extras are sold could be fined.",
    "The fact that prices rose could hurt the government at the election.",
    # "how best" is the wh-phrase: "best" opens no clause
    "It is for ministers to decide how best Wales could be protected from floods.",
])
def test_an_embedded_clause_is_not_asked_as_a_yes_no_question(text: str) -> None:
    assert hedged(text) is None


def test_an_opening_free_relative_is_no_subject_to_invert() -> None:
    assert to_question("Whatever progress Mr. Vos has made, officials said, could easily be "
                       "undone by events") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Almost half of the staff may leave the company next year.",
     "Will almost half of the staff leave the company next year?"),
    ("Around 40 homes may have been damaged by the flood.",
     "Were around 40 homes damaged by the flood?"),
    ("Former Labour MP Ann Vos could face charges next year.",
     "Could former Labour MP Ann Vos face charges next year?"),
    ("Last year's winner could face a tough race this time.",
     "Could last year's winner face a tough race this time?"),
    # the colon after the verb stays, so the clause after it is cut, capital and all
    ("In this case, that approach seems to have backfired: By refusing to talk, the firm "
     "lost its customers.", "Did that approach backfire?"),
])
def test_a_sentence_capital_is_lowered_inside_the_question(text: str, expected: str) -> None:
    assert hedged(text) == expected


def test_a_gerund_that_opens_sentences_alone_is_no_name() -> None:
    assert article_questions("The studio confirmed the sequel on Monday. "
                              "Filming is due to start in April.") == [
        "Will filming start in April?"]


def test_police_at_the_start_of_a_sentence_is_no_name() -> None:
    assert article_questions("A lorry hit a wall on Friday. "
                              "Police may charge the driver with dangerous driving.") == [
        "Will police charge the driver with dangerous driving?"]


def test_a_compound_after_a_sentence_capital_shows_a_modifier() -> None:
    assert article_questions("Super high-speed wireless networks could soon be in use in "
                              "the town.") == [
        "Could super high-speed wireless networks soon be in use in the town?"]


def test_a_name_of_two_capitalised_words_keeps_both_capitals() -> None:
    # "in Great Britain" inside a sentence shows that "Great Britain" is one name, though
    # the article writes "great" in lower case too
    assert article_questions("Rowing is having a great year in Great Britain. "
                              "Great Britain could win three gold medals in May.") == [
        "Could Great Britain win three gold medals in May?"]


def test_likely_before_a_name_is_an_adjective_not_a_hedge() -> None:
    assert hedged("Likely Republican nominee Ann Vos has offered few ideas on debt.") is None


@pytest.mark.parametrize(("text", "expected"), [
    # the hedge is in a clause about a noun in apposition: asked of that noun, not of the
    # main clause ("Did the campaign begin airing ads in March?")
    ("In 2008, the mayor's campaign began airing ads in March, a timeline Ann Vos could "
     "still match.", "Could Ann Vos still match the timeline?"),
    ("The club sold its stadium in 2019, a deal the council could still block.",
     "Could the council still block the deal?"),
    # a hedging adverb opening an apposition names the noun before it more closely
    ("Police think the two men were driving a large vehicle, possibly a van, and want to "
     "hear from witnesses.", "Were the two men driving a van?"),
    ("The fire was started by a cigarette, probably a careless one.",
     "Was the fire started by a careless cigarette?"),
    # a hedge on the second verb of the subject asks of that verb, not the first
    ("The storm hit the coast on Monday, leaving thousands without power, and could reach "
     "the capital by Friday.", "Could the storm reach the capital by Friday?"),
    ("Ann Vos, seeded fourth, drew a qualifier in the first round but could meet Bea Lund "
     "in the last eight.", "Could Ann Vos meet Bea Lund in the last eight?"),
])
def test_a_hedge_in_an_aside_is_asked_of_the_aside(text: str, expected: str) -> None:
    assert hedged(text) == expected


@pytest.mark.parametrize("text", [
    "The minister resigned in May, a decision some say may have been forced on him.",
    "The firm cut 500 jobs last year, probably the deepest cuts in its history.",
    "The loophole is how Ann Vos was able to buy the gun she allegedly used in the attack.",
    "There is a lot of money in pop music - perhaps a tax on pop could fund concerts.",
])
def test_a_hedge_in_an_aside_never_reaches_the_main_clause(text: str) -> None:
    assert hedged(text) is None
