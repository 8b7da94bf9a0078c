"""The grammar of open questions: the subject the question asks about (a time phrase, a
measure, an aside or a list inside it), the number of its verb, and the verb forms a claim
gives it (a participle after "be", an adverb splitting an infinitive, a perfect with an
adverb or an irregular participle in it)."""

from __future__ import annotations

import pytest

from asking import article_questions, hedged


@pytest.mark.parametrize(("text", "expected"), [
    # "that night" is a time inside the subject, not the subject of a clause after "that"
    ("A win over the champions later that night could secure the title for the club.",
     "Could a win over the champions later that night secure the title for the club?"),
    # a measure of a number belongs to the subject
    ("Nearly 300 people could lose their jobs at the plant.",
     "Could nearly 300 people lose their jobs at the plant?"),
    # an aside narrowing the subject after a comma: the head is before it
    ("Ann Vos believes that teachers, particularly language teachers should embrace games.",
     "Should teachers embrace games?"),
    ("Voters, especially the young, could decide the election.",
     "Could voters decide the election?"),
    # the subject of the last clause before "and", not of the first
    ("Ann Vos needs to add pace to her game and Bea Lund keeps going and seems to be "
     "improving.", "Is Bea Lund improving?"),
    # a clause shown or hinted with no "that" starts after its verb
    ("Polls show young voters could decide the election.",
     "Could young voters decide the election?"),
    ("The minister hinted further cuts could be announced in May.",
     "Could further cuts be announced in May?"),
    # "number" cannot stand bare as a subject: the "that" is its determiner
    ("The report shows that number could fall to a third by 2020.",
     "Could that number fall to a third by 2020?"),
    # a colon opens a clause of its own; two names joined by "and" are one subject
    ("The rich really do get richer: Ann and Bea Vos are likely worth about $4 million.",
     "Are Ann and Bea Vos worth about $4 million?"),
    # "allegedly" in a clause after "after" hedges that clause, not the main one
    ("The club banned the fans last month after members allegedly tried to hide the "
     "evidence.", "Is it confirmed that members tried to hide the evidence?"),
    # a gerund and its object as the subject, after an opening phrase
    ("In towns like Leeds and York, having a station nearby could help raise house prices.",
     "Could having a station nearby help raise house prices?"),
])
def test_the_subject_is_the_whole_noun_phrase_of_the_hedged_clause(text: str,
                                                                  expected: str) -> None:
    assert hedged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the writer's own number stands: a collective noun, a head the guess gets wrong
    ("Police think the pair were driving a stolen car.", "Were the pair driving a stolen car?"),
    ("Experts believe five rate rises since May are hurting shops.",
     "Are five rate rises since May hurting shops?"),
    # a modal shows no number: the head does, and an adverb after it is no head
    ("Fans say small clubs especially may not be able to pay the fee.",
     "Are small clubs especially able to pay the fee?"),
])
def test_the_verb_agrees_with_the_subject(text: str, expected: str) -> None:
    assert hedged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an adverb splitting the infinitive goes after the question's verb
    ("The mayor appears to either be unaware of or simply willing to ignore the rules.",
     "Is the mayor either unaware of or simply willing to ignore the rules?"),
    # an adverb between "have" and the participle keeps the perfect a perfect
    ("Officials say the gunman may have once signaled his support for the group.",
     "Did the gunman once signal his support for the group?"),
    ("The mayor appears to have once signaled her support for the plan.",
     "Did the mayor once signal her support for the plan?"),
    ("Officials have said that towns near Leeds believe bus fares had in fact risen.",
     "Did bus fares in fact rise?"),
    ("Airlines have warned that small airports like Exeter believe passenger numbers have "
     "in fact fallen.", "Have passenger numbers in fact fallen?"),
    # participles the tables did not know
    ("Critics say the committee may have overseen a rigged process.",
     "Did the committee oversee a rigged process?"),
    ("Fans believe the team have already proven themselves in the league.",
     "Have the team already proven themselves in the league?"),
    ("Ann Vos and Bea Lund appear to have gotten the message about the vote.",
     "Did Ann Vos and Bea Lund get the message about the vote?"),
    ("The staff are said to have lied about their rank.",
     "Did the staff lie about their rank?"),
    # a past form after a degree word modifies the noun
    ("Analysts think the more nuanced approach failed to win votes.",
     "Did the more nuanced approach fail to win votes?"),
    # a participle on a noun ("directed at") is not the clause's verb ("stems")
    ("Critics argue that some of the anger directed at the mayor personally stems from the "
     "tax rise.",
     "Is it true that some of the anger directed at the mayor personally stems from the tax "
     "rise?"),
])
def test_the_verb_keeps_its_form(text: str, expected: str) -> None:
    assert hedged(text) == expected


@pytest.mark.parametrize("text", [
    # a list after a quantifier: the subject is no item of it ("Will Italy and France ...")
    "Several clubs from Spain, Italy and France are expected to sign the deal.",
    # "be" + a participle in the subjunctive: a proposal, no claim ("Did X be sack?")
    "The union has suggested the manager be sacked and replaced.",
    # the verb "stating" lost its clause
    "Any decision could hinge on a rule stating that appeals must be made within a year.",
    # the modal is in a relative clause inside the subject; the main verb ("is") was cut
    "The council's study of the difference new homes could make to local school numbers is "
    "based on families moving in from outside the town.",
])
def test_a_question_that_would_break_is_nothedged(text: str) -> None:
    assert hedged(text) is None


def test_look_set_is_the_first_verb_of_a_shared_subject() -> None:
    assert article_questions("Electric cars look set to challenge petrol models and are "
                              "likely to win more buyers next year.") == [
        "Will electric cars win more buyers next year?"]


def test_a_participle_after_being_is_no_past_tense() -> None:
    assert article_questions("The board denied the rise being planned.") == []
