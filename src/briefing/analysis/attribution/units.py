"""Units: the sentences of a block as token ranges, joined where one quotation spans several.

A quotation of three sentences is one unit, so that "“...”" followed by "Roe said." on
the same line is read as one attribution; a split after a title ("Mr." | "Rhodes said")
is undone too.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from briefing.analysis.attribution.quotes import Quote
from briefing.analysis.attribution.tokens import Token

_TITLES = frozenset({"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.",
                     "sgt.", "capt.", "prof.", "rev.", "st.", "sens.", "reps.", "adm.", "maj."})

_start = attrgetter("start")


@dataclass(slots=True)
class Unit:
    """Token indexes ``[start, end)`` of one unit of a block."""

    start: int
    end: int


def split_units(tokens: Sequence[Token], bounds: Sequence[tuple[int, int]],
           quotes: Sequence[Quote]) -> list[Unit]:
    """Token ranges of the sentences, merged where a quotation crosses a boundary."""
    units: list[Unit] = []
    i = 0
    for _, e in bounds:
        j = bisect.bisect_left(tokens, e, i, key=_start)  # the first token from ``e`` on
        if j > i:
            units.append(Unit(i, j))
        i = j
    if i < len(tokens):
        if units:
            units[-1].end = len(tokens)
        else:
            units.append(Unit(i, len(tokens)))
    merged: list[Unit] = []
    for u in units:
        if merged and tokens[merged[-1].end - 1].lower in _TITLES:
            merged[-1].end = u.end  # "Mr." | "Rhodes said": a split after a title
        elif merged and any(q.open < merged[-1].end <= (q.close if q.close is not None
                                                      else len(tokens))
                          and q.open >= merged[-1].start for q in quotes):
            merged[-1].end = u.end
        else:
            merged.append(u)
    return merged
