"""The sentence-level uncertainty detector: cues, context rules, weights."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.analysis.hedges import (
    THRESHOLD,
    CueKind,
    find_cues,
    is_uncertain,
    strongest,
    trigger_words,
    uncertainty_score,
)


@pytest.mark.parametrize(("text", "cue"), [
    ("The minister will probably resign next week.", "probably"),
    ("The company reportedly lost three billion dollars.", "reportedly"),
    ("It's possible that the bridge was closed for repairs.", "It's possible that"),
    ("It is possible that the bridge was closed for repairs.", "It is possible that"),
    ("The army may be preparing a new offensive.", "may"),
    ("The strike might spread to other ports.", "might"),
    ("The prisoner is said to have escaped through a tunnel.", "is said to"),
    ("The deal is expected to close in March.", "expected to"),
    ("Some historians dispute the date of the battle.", "Some"),
    ("The painting is widely believed to be a forgery.", "widely"),
    ("The mayor appears to have misled the council.", "appears to"),
    ("Analysts suggested that the merger would fail.", "suggested"),
])
def test_hedged_sentences_are_uncertain_with_their_cue(text: str, cue: str) -> None:
    assert is_uncertain(text) == cue


@pytest.mark.parametrize("text", [
    "The council approved the budget on Tuesday.",
    "The bridge reopened in May after repairs.",  # the month, not the modal
    "May 2020 was the wettest month on record.",
    "Please reply as soon as possible.",
    "The rise was larger than expected.",
    "The plant was known as the Old Mill.",
    "Its military might grew for a decade.",
    "Results vary widely between regions.",
    "The court found that the case could not be heard.",
])
def test_plain_statements_are_certain(text: str) -> None:
    assert is_uncertain(text) is None


def test_month_may_and_modal_may_are_told_apart() -> None:
    assert [c.text for c in find_cues("In May, prices may rise.")] == ["may"]
    assert find_cues("May we come in?")[0].text == "May"
    assert find_cues("May 5 is a holiday.") == ()


def test_cue_offsets_point_at_the_cue() -> None:
    text = "Officials said the talks could be delayed, and it's unclear whether they resume."
    for cue in find_cues(text):
        assert text[cue.start:cue.end] == cue.text


def test_context_extends_the_cue_and_sets_its_kind() -> None:
    (cue,) = find_cues("The ship is thought to have sunk.")
    assert (cue.text, cue.kind) == ("is thought", CueKind.BELIEF)
    (cue,) = find_cues("The ship allegedly sank.")
    assert cue.kind is CueKind.REPORT
    peacocks = {(c.text, c.kind) for c in find_cues("One of the most famous ships sank.")}
    assert ("One of the most", CueKind.PEACOCK) in peacocks


def test_weak_cues_need_company() -> None:
    weak = find_cues("The bridge can carry trucks.")
    assert weak and uncertainty_score(weak) < THRESHOLD
    assert is_uncertain("The bridge can carry trucks.") is None
    assert is_uncertain("The bridge can often carry heavy trucks, usually in summer.") is not None


def test_certainty_markers_weigh_against() -> None:
    assert uncertainty_score(find_cues("It is clear that the dam held.")) < 0
    assert is_uncertain("It is not clear whether the dam held.") is not None
    assert is_uncertain("The claim has not been verified.") == "not been verified"


def test_strongest_prefers_the_heaviest_cue() -> None:
    cues = find_cues("People can probably see it.")
    best = strongest(cues)
    assert best is not None and (best.text, best.weight) == ("probably", 1.0)
    assert strongest(()) is None


@given(st.text(max_size=300))
def test_any_text_is_read_without_error_and_offsets_hold(text: str) -> None:
    for cue in find_cues(text):
        assert text[cue.start:cue.end] == cue.text
    assert is_uncertain(text) is None or isinstance(is_uncertain(text), str)


def test_passive_could_is_ability_not_a_hedge() -> None:
    (cue,) = find_cues("The salt could be converted to nitrate.")
    assert cue.weight < THRESHOLD
    assert is_uncertain("The salt could be converted to nitrate.") is None
    assert is_uncertain("The salt could be the cause.") == "could be"


def test_a_speakers_own_opinion_is_not_the_writers_hedge() -> None:
    assert [c.text for c in find_cues('"I think the vote is lost," she said.')] == ["said"]
    assert is_uncertain('"I think the vote is lost," she said.') is None
    assert is_uncertain("We believe the plan is fair.") is None
    assert is_uncertain("Police believe the man fled north.") == "believe"


def test_a_hedge_on_one_noun_phrase_is_found() -> None:
    """ "died of what appears to be a stroke": the question side rewrites the claim."""
    cues = find_cues("The keeper died of what appears to be a stroke.")
    assert [c.text for c in cues if c.weight >= 0.6] == ["appears to"]


def test_might_as_a_noun_and_forecast_cues() -> None:
    assert not [c for c in find_cues("Small brewers lack the financial might of large firms.")
                if c.weight > 0]
    assert [c.text for c in find_cues("The ferry is tipped to win.") if c.weight > 0] == [
        "tipped to"]
    assert [c.text for c in find_cues("Traders expect the bank to act.") if c.weight > 0] == [
        "expect"]
    assert not [c for c in find_cues("Traders expect more.") if c.weight > 0]


def test_most_as_a_degree_word_is_no_weasel_but_praise_is_a_peacock() -> None:
    assert is_uncertain("The most basic unit costs ten coins.") is None
    assert is_uncertain("Warriors are the most durable unit in the game.") is None
    assert is_uncertain("His most famous film was shot in Rome.") == "most famous"
    assert is_uncertain("Most voters stayed home.") == "Most"
    assert is_uncertain("The river is most often crossed by ferry.") == "most often"


def test_highly_is_praise_only_before_a_word_of_praise() -> None:
    assert is_uncertain("The highly technical talk ran long.") is None
    assert is_uncertain("The film was highly acclaimed.") is not None
    assert is_uncertain("She is highly-rated at her club.") == "highly-rated"


def test_said_is_hearsay_only_with_to_or_that() -> None:
    assert is_uncertain("Nothing was said about the budget.") is None
    assert is_uncertain("Grace was said before the meal.") is None
    assert is_uncertain("The ship is said to have sunk.") == "is said to"
    assert is_uncertain("It is said that the ship sank.") == "is said that"


def test_an_adverb_between_speaker_and_opinion_verb_keeps_it_the_speakers() -> None:
    assert is_uncertain("We also believe the plan is fair.") is None
    assert is_uncertain("I really think we played well.") is None
    assert is_uncertain("Rangers also believe the bear left.") == "believe"


def test_a_repeated_weak_word_counts_once_but_modals_add_up() -> None:
    text = "A great cook, a great host and a great friend."
    assert len(find_cues(text)) == 3
    assert uncertainty_score(find_cues(text)) < THRESHOLD
    assert is_uncertain(text) is None
    assert uncertainty_score(find_cues("It could rain, and it could snow, or it could hail.")) >= (
        THRESHOLD)


def test_a_counted_group_is_no_vague_authority() -> None:
    assert is_uncertain("The blast injured nine other people.") is None
    assert is_uncertain("The blast injured 12 other people.") is None
    assert is_uncertain("The motion with the most supporters goes to a vote.") is None
    assert is_uncertain("Other people say the well is dry.") == "Other people"


def test_the_question_of_names_a_topic_and_not_impossible_is_a_hedge() -> None:
    assert is_uncertain("The council will settle the question of parking next year.") is None
    assert is_uncertain("It is not impossible that the letter was forged.") == "not impossible"
    assert is_uncertain("It is impossible to enter the cave.") is None


def test_some_before_a_number_is_an_approximation_not_a_vague_group() -> None:
    assert is_uncertain("Some 300 fans waited outside the stadium.") is None
    assert is_uncertain("The council owes some $4 billion to its pension fund.") is None
    assert is_uncertain("The bridge carries some two thousand cars a day.") is None
    assert is_uncertain("Some fans say the stadium is unsafe.") == "Some"
    assert is_uncertain("Some of the fans left early.") == "Some"


def test_one_of_the_picks_a_member_and_only_a_ranking_is_a_peacock() -> None:
    assert is_uncertain("One of the three pilots walked home.") is None
    assert is_uncertain("A lawyer for one of the bidders declined to comment.") is None
    assert is_uncertain("The mill is one of the oldest in the county.") == "one of the oldest"
    assert is_uncertain("The port is one of the world's largest.") == "one of the world's largest"
    assert is_uncertain("He is one of the best.") == "one of the best"
    assert is_uncertain("Quarry Lane is one of the few streets with gas lamps.") is not None
    assert is_uncertain("It was one of the forest fires of that summer.") is None


def test_a_chance_to_act_is_an_opportunity_but_a_good_chance_is_a_likelihood() -> None:
    assert is_uncertain("The striker had the chance to equalise but shot wide.") is None
    assert is_uncertain("Residents were given a chance to speak at the hearing.") is None
    assert is_uncertain("There is a chance that the vote will be delayed.") == "chance"
    assert is_uncertain("The home side has a good chance to win the cup.") == "chance"
    assert is_uncertain("The chance of rain is small.") == "chance"


@pytest.mark.parametrize("text", [
    "The tool placed some patients in a lower priority group than nurses would have.",
    "The new ferries run faster than the old ones could.",
    "Fares rose more slowly than it may seem.",
])
def test_a_modal_in_a_comparison_hedges_nothing(text: str) -> None:
    assert not any(c.text.lower() in ("would have", "could", "may") for c in find_cues(text))


@pytest.mark.parametrize("text", [
    "If the ferries ran slower than the trains, passengers would complain.",
    "Rather than wait, the council would sell the land.",
    "More than that, the plan would cost jobs.",
])
def test_a_modal_after_a_comparison_still_hedges(text: str) -> None:
    assert any(c.text.lower() == "would" for c in find_cues(text))


@pytest.mark.parametrize(("text", "cue"), [
    ("The striker is understood to have agreed a new contract.", "is understood to"),
    ("It is understood that the talks will resume on Monday.", "is understood that"),
    ("How the virus jumps between species is not fully understood.", "not fully understood"),
    ("The cause of the outbreak is poorly understood.", "poorly understood"),
    ("The researchers propose that the gene switches off the repair.", "propose that"),
    ("The readings are consistent with a leak in the cooling system.", "are consistent with"),
    ("The putative link between the two cases has not been tested.", "putative"),
])
def test_unattributed_reports_and_the_hedges_of_research_are_uncertain(
        text: str, cue: str) -> None:
    assert is_uncertain(text) == cue


@pytest.mark.parametrize("text", [
    "She understood the risks before she signed.",
    "The rules are well understood by drivers.",
    "The council proposed a new tax on sugary drinks.",
    "The results were consistent across all regions.",
])
def test_understanding_proposals_and_consistency_alone_are_certain(text: str) -> None:
    assert is_uncertain(text) is None


def test_trigger_words_are_the_words_with_such_a_rule() -> None:
    reports = trigger_words({CueKind.REPORT}, 1.0)
    assert {"reportedly", "allegedly", "said"} <= reports  # "said" as in "is said to"
    assert "some" not in reports and "might" not in reports


def test_wanted_words_decide_whether_cues_are_read() -> None:
    text = "Some critics said the plan might fail."
    assert find_cues(text, wanted={"might"}) == find_cues(text)
    assert find_cues(text, wanted={"probably"}) == ()
    assert find_cues("A well-known actor", wanted={"well-known"}) == find_cues("A well-known actor")
