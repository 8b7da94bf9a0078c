"""Which hedge cues leave a claim open (``questions.qualifying``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.analysis.hedges import find_cues
from briefing.analysis.questions.qualifying import QUALIFYING_TRIGGERS, qualifying_in


def _open_cues(text: str) -> list[str]:
    return [c.text.lower() for c in qualifying_in(text, find_cues(text))]


@pytest.mark.parametrize("text", [
    "The ferry may leave the harbour a day late.",
    "Officials said the bridge could reopen in March.",
    "The mayor is expected to sign the budget on Monday.",
])
def test_a_forecast_or_a_guess_is_open(text: str) -> None:
    assert _open_cues(text)


@pytest.mark.parametrize("text", [
    # a counterfactual: what would have happened did not
    "Without the new pumps the village would have flooded.",
    # a speech act, not a claim
    "Some might say the council moved too slowly.",
    # a condition the clause depends on
    "If the talks fail, the mill could close by spring.",
    # negated ability
    "The crew could not reach the stranded hikers before dark.",
    # a comparison of rates
    "Younger drivers were less likely than older ones to wear a seat belt.",
])
def test_no_claim_a_reader_could_check(text: str) -> None:
    assert _open_cues(text) == []


def test_an_inverted_condition_with_no_comma_is_a_counterfactual() -> None:
    from briefing.analysis.questions.hedged import hedged_question

    q = hedged_question("Ana Ruiz would likely have faced pressure from party leaders and "
                        "donors to drop out had she stayed in the race.")
    assert q is None
    q = hedged_question("Ana Ruiz will likely face pressure from donors to drop out.")
    assert q is not None


_WORDS = ["said", "says", "the", "minister", "is", "it", "could", "can", "may", "some", "people",
          "if", "would", "have", "been", "be", "thought", "to", "that", "likely", "very", "many",
          "sources", "close", "one", "of", "most", "famous", "not", "expected", "May", "than",
          "well-known", "so-called", "alleged"]


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12))
def test_cues_read_only_for_qualifying_triggers_qualify_alike(words: list[str]) -> None:
    text = " ".join(words)
    quick = find_cues(text, wanted=QUALIFYING_TRIGGERS)
    assert quick in ((), find_cues(text))
    assert qualifying_in(text, quick) == qualifying_in(text, find_cues(text))


def test_no_qualifying_trigger_reads_no_cues() -> None:
    text = "Some people can see very many of the most famous sights"
    assert find_cues(text)  # weasels and peacocks, none of which leaves a claim open
    assert find_cues(text, wanted=QUALIFYING_TRIGGERS) == ()
