"""Direct quotations in a block: pairs of double quotation marks.

Curly marks say which way they face; straight ``"`` and ``''`` are read from their
neighbours (a mark after a space or at the start opens, one before a space closes).
A quotation opened and never closed runs to the end of the block: that is how a quote
that goes on into the next paragraph is set in news copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.attribution.tokens import Token

_OPENING = frozenset({"“", "„", "«", "``"})
_CLOSING = frozenset({"”", "»"})
_AMBIGUOUS = frozenset({'"', "''"})
_MARKS = _OPENING | _CLOSING | _AMBIGUOUS
_MARK_STRINGS = ('"', "“", "”", "„", "«", "»", "''", "``")
"""Text that any token of ``_MARKS`` is made of: a text with none of them holds no mark."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: token indexes of its marks; ``close`` is ``None`` when unclosed."""

    open: int
    close: int | None

    def inner(self, length: int) -> range:
        """Indexes of the tokens between the marks (to the end when unclosed)."""
        return range(self.open + 1, length if self.close is None else self.close)


def _faces_open(tokens: Sequence[Token], i: int, text: str, offset: int) -> bool:
    """For a straight mark: does it open a quotation, judging by its neighbours?"""
    tok = tokens[i]
    before = text[tok.start - offset - 1] if tok.start > offset else " "
    after = text[tok.end - offset] if tok.end - offset < len(text) else " "
    if before.isspace() or before in "([{—–-/":
        return not after.isspace()
    return False


def find_quotes(tokens: Sequence[Token], text: str, offset: int) -> tuple[Quote, ...]:
    """The top-level quotations among ``tokens`` of ``text`` (which starts at ``offset``)."""
    if not any(map(text.__contains__, _MARK_STRINGS)):
        return ()  # no quotation mark in the text: none among its tokens
    quotes: list[Quote] = []
    opened: int | None = None
    for i in [i for i, t in enumerate(tokens) if t.text in _MARKS]:
        tok = tokens[i]
        if tok.text in _OPENING:
            facing_open = True
        elif tok.text in _CLOSING:
            facing_open = False
        else:  # a straight mark
            facing_open = opened is None and _faces_open(tokens, i, text, offset)
            if opened is None and not facing_open:
                # a stray closing mark with nothing open: treat it as opening only if
                # it is followed by words on the same line
                facing_open = i + 1 < len(tokens) and tokens[i + 1].start == tok.end
        if facing_open:
            if opened is None:
                opened = i
            continue
        if opened is not None:
            quotes.append(Quote(opened, i))
            opened = None
    if opened is not None and opened + 1 < len(tokens):
        quotes.append(Quote(opened, None))
    return tuple(quotes)


def inside_mask(quotes: Sequence[Quote], length: int) -> list[bool]:
    """``mask[i]`` is True when token ``i`` is a quotation mark or inside a quotation."""
    mask = [False] * length
    for q in quotes:
        end = length if q.close is None else q.close + 1
        mask[q.open:end] = [True] * (end - q.open)
    return mask
