"""Relative clauses a hedge may sit in (``questions.relatives``)."""

from __future__ import annotations

from briefing.analysis.questions.relatives import (
    contact_relative,
    object_relative,
    where_relative,
)


def _that(text: str) -> tuple[int, int]:
    at = text.index(" that ") + 1
    return at, at + 4


def test_a_that_clause_with_a_gap_is_about_its_noun() -> None:
    assert object_relative("They made changes that the mayor might like.",
                           *_that("They made changes that the mayor might like."))


def test_a_content_clause_is_no_relative_clause() -> None:
    text = "There is a risk that prices might rise."
    assert not object_relative(text, *_that(text))
    text = "He told the board that prices might rise."
    assert not object_relative(text, *_that(text))


def test_where_clause_that_stops_at_its_verb() -> None:
    text = "It is a place where the work could be seen."
    at = text.index("where")
    assert where_relative(text, at, at + 5, "place")
    text = "They flew to Ohio, where the party may hold its vote."
    at = text.index("where")
    assert not where_relative(text, at, at + 5, "ohio")


def test_contact_relative_after_a_verb() -> None:
    text = "It would leave a gap the council believes the mayor will have to fill."
    assert contact_relative(text, text.index("believes"))
    text = "After years of decline the council believes the mayor will resign."
    assert not contact_relative(text, text.index("believes"))
