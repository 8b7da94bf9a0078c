"""Cues that take the content after them."""

from __future__ import annotations

import pytest

from briefing.analysis.attribution.cues import cue_at
from briefing.analysis.attribution.leading_cues import LeadingCues
from briefing.analysis.sources import find_attributions
from briefing.ingest.text import read_text


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


# ------------------------------------------------- a cue in an adverbial clause before the main one


def _said(body: str) -> list[tuple[str, str, str]]:
    """(source, cue, content) of every attribution of ``body``, in reading order."""
    art = read_text("t.txt", "t.txt", f"A story\n\n{body}\n")
    text = art.text
    return [(text[f.source[0]:f.source[1]] if f.source else "", text[f.cue[0]:f.cue[1]],
             text[f.content[0]:f.content[1]]) for f in find_attributions(art)]


@pytest.mark.parametrize(("body", "expected"), [
    ("While Ms Okafor maintains that the tolls collected last spring were too high, "
     "drivers argue no such tolls were ever charged.",
     [("Ms Okafor", "maintains", "that the tolls collected last spring were too high"),
      ("drivers", "argue", "no such tolls were ever charged")]),
    ("Although Tom Reed says the depot is safe, the inspectors insist it must close.",
     [("Tom Reed", "says", "the depot is safe"),
      ("the inspectors", "insist", "it must close")]),
    ("Whereas the harbour board claimed the pier was sound, residents say it shakes in a gale.",
     [("the harbour board", "claimed", "the pier was sound"),
      ("residents", "say", "it shakes in a gale")]),
    ("As the mayor noted the ferry was late again, commuters said they would drive instead.",
     [("the mayor", "noted", "the ferry was late again"),
      ("commuters", "said", "they would drive instead")]),
    ("But even though Lund argued the levy was fair, the traders said it would ruin them.",
     [("Lund", "argued", "the levy was fair"),
      ("the traders", "said", "it would ruin them")]),
])
def test_the_content_of_an_opening_clause_ends_at_its_comma(
        body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(body) == expected


def test_an_aside_in_the_opening_clause_does_not_end_it() -> None:
    # a relative clause set off by commas, a year after a date, an abbreviated state
    assert _said("Even though the minister insists the roads, which were laid in 1990, are "
                 "safe, drivers say they crumble.")[0][2] == \
        "the roads, which were laid in 1990, are safe"
    assert _said("While Tom Reed says the mill shut on May 4, 2019, his sister says it never "
                 "opened.")[0][2] == "the mill shut on May 4, 2019"
    assert _said("Although Ada Lund says the mill was built in Reno, Nev., others argue it "
                 "was built in Elko.")[0][2] == "the mill was built in Reno, Nev."


def test_a_quotation_that_closes_on_a_comma_ends_the_opening_clause() -> None:
    assert _said("After Tom Reed said the levy was “a tax on the poor,” the council "
                 "dropped it.")[0] == ("Tom Reed", "said", "the levy was “a tax on the poor,”")


def test_as_with_only_an_occasion_before_the_comma_reports_the_main_clause() -> None:
    # "As Roe notes in her book “...”, ...": the main clause is what is noted
    assert _said("As Ada Lund notes in her book “The Long Pier,” the pier was closed for "
                 "a month.") == [("Ada Lund", "notes", "the pier was closed for a month")]


# ------------------------------------------ a second speaker set against the first ("while Y said")


@pytest.mark.parametrize(("body", "expected"), [
    ("Tom Reed said the depot was safe while the inspectors insisted it must close.",
     [("Tom Reed", "said", "the depot was safe"),
      ("the inspectors", "insisted", "it must close")]),
    ("The mayor claimed the pier was sound, whereas residents say it shakes in a gale.",
     [("The mayor", "claimed", "the pier was sound"),
      ("residents", "say", "it shakes in a gale")]),
    ("Lund said the levy was fair, but the traders said it would ruin them.",
     [("Lund", "said", "the levy was fair"),
      ("the traders", "said", "it would ruin them")]),
    ("Reed argued the depot was safe, even though the inspectors insist it must close.",
     [("Reed", "argued", "the depot was safe"),
      ("the inspectors", "insist", "it must close")]),
    # a verb of seeming brings no second speaker; "that while he liked ..." is all Reed's
    ("Reed said the depot was safe while its roof appeared sound, but the inspectors "
     "insisted it must close.",
     [("Reed", "said", "the depot was safe while its roof appeared sound"),
      ("the inspectors", "insisted", "it must close")]),
    ("Reed said that while he liked the levy, it was too high, though the traders argued "
     "it would ruin them.",
     [("Reed", "said", "that while he liked the levy, it was too high"),
      ("the traders", "argued", "it would ruin them")]),
])
def test_the_content_ends_before_a_contrasting_clause_with_its_own_speaker(
        body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(body) == expected
