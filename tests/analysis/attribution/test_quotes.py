"""Quotation marks paired within a block."""

from __future__ import annotations

from briefing.analysis.attribution.quotes import find_quotes, inside_mask
from briefing.analysis.attribution.tokens import tokenize


def quoted(text: str) -> list[str]:
    toks = tokenize(text)
    out = []
    for q in find_quotes(toks, text, 0):
        inner = list(q.inner(len(toks)))
        out.append(text[toks[inner[0]].start:toks[inner[-1]].end] if inner else "")
    return out


def test_curly_straight_and_wire_marks() -> None:
    assert quoted("“One,” he said. \"Two.\" ''Three,'' she said.") == ["One,", "Two.", "Three,"]


def test_apostrophes_are_not_quotes() -> None:
    assert quoted("It’s Clinton’s plan, not the voters' plan.") == []


def test_unclosed_quote_runs_to_the_end_of_the_block() -> None:
    text = "“We will not stop. Not now."
    toks = tokenize(text)
    (q,) = find_quotes(toks, text, 0)
    assert q.close is None
    assert all(inside_mask([q], len(toks)))


def test_a_text_with_any_mark_is_read_for_quotations() -> None:
    """``find_quotes`` skips a text with none of ``_MARK_STRINGS``: every mark holds one."""
    from briefing.analysis.attribution.quotes import _MARK_STRINGS, _MARKS

    assert all(any(s in mark for s in _MARK_STRINGS) for mark in _MARKS)
    assert quoted("„Yes,” he said.") == ["Yes,"]
