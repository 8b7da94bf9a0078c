"""Which hedge cues leave a claim open (``questions.qualifying``)."""

from __future__ import annotations

import pytest

from briefing.analysis.hedges import find_cues
from briefing.analysis.questions.qualifying import qualifying_in


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
