"""Cues that take the content after them."""

from __future__ import annotations

from briefing.analysis.attribution.cues import cue_at
from briefing.analysis.attribution.leading_cues import LeadingCues


def _block(text: str) -> LeadingCues:
    return LeadingCues(text, 0, [(0, len(text))])


def _index(b: LeadingCues, word: str) -> int:
    return next(i for i, t in enumerate(b.tokens) if t.text == word)


def test_content_stops_before_an_adding_cue() -> None:
    text = "Lund said the pier would shut, adding that repairs would take a year."
    b = _block(text)
    cue = cue_at(b.tokens, 1, 0)
    assert cue is not None
    start, end, quote = b.content_after(2, b.units[0], cue)
    assert text[b.tokens[start].start:b.tokens[end - 1].end] == "the pier would shut"
    assert quote is None


def test_the_subject_of_a_saying_clause_is_the_name_that_opens_it() -> None:
    text = "The Harbour Board shut the pier on Friday, saying it was unsafe."
    b = _block(text)
    subject = b.main_subject(_index(b, "saying"), b.units[0])
    assert subject is not None
    assert text[b.tokens[subject[0]].start:b.tokens[subject[1] - 1].end] == "The Harbour Board"


def test_a_wish_to_stay_unnamed_is_no_content() -> None:
    text = "A guard asked not to be named because he feared reprisals."
    b = _block(text)
    cue = cue_at(b.tokens, _index(b, "asked"), 0)
    assert cue is not None
    assert b._asks_anonymity(cue, _index(b, "not"))
