"""Attribution frames in one block: which cue goes with which source and content.

A *unit* is a sentence, or several when a quotation runs across them. In each unit the
cue candidates (outside quotations) are read in this order:

1. cues that end their clause ("..., the ministry said.", "“...,” said Roe.") take the
   content before them: the quotation, or the clause up to the comma;
2. the other cues, left to right, take the content after them ("X said (that) Y",
   "X told reporters Y", "X said: “Q”", "according to X, Y"), up to the end of the
   clause, a semicolon, or a following ", adding ..." cue.

A token belongs to at most one attribution, so a cue inside another's content is not
read again ("X said Y believes Z" is one attribution). A quotation with no cue right
after a quoted attribution continues it (same source and cue), also in the next paragraph,
unless a sentence in between has another named person as its subject ("Tom Reed runs the
depot. “...”": the quotation is not the earlier speaker's), and a sentence of its own that
gives the quotation a cue takes it back ("“...?” | Tom Reed asked."). A quotation that runs over
several paragraphs (each opens with a quotation mark, only the last closes) takes the cue
of its last paragraph ("“...¶“...,” said Mr Joseph."). Quotations inside reported content
are returned again as verbatim quotes of the same source.

The parts: ``blocks`` (a block's tokens, quotations and the attributions recorded),
``closing_cues`` (1), ``leading_cues`` (2), with ``participles`` for a participle after a
noun, and ``continuations`` (quotations with no cue of their own). ``_Block`` puts them
together and reads a unit's cues in order; ``find_in_blocks`` reads an article's blocks.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from briefing.analysis.attribution.blocks import (
    Found,
    quote_closing_at,
    quote_opening_at,
    strip_end,
)
from briefing.analysis.attribution.closing_cues import ClosingCues
from briefing.analysis.attribution.continuations import LEADERS
from briefing.analysis.attribution.cues import (
    ACCORDING,
    Cue,
    Form,
    cue_at,
    is_verb_use,
)
from briefing.analysis.attribution.gazetteer import Gazetteer
from briefing.analysis.attribution.leading_cues import LeadingCues
from briefing.analysis.attribution.tokens import Token
from briefing.analysis.attribution.units import Unit
from briefing.analysis.attribution.wordclasses import AUXILIARIES, SUBJECT_PRONOUNS

_NOT_SPEAKERS = frozenset({"note", "update", "updated", "editor", "editor's", "editor’s",
                           "correction", "related", "photo", "video", "watch", "read", "source",
                           "sources", "disclosure", "clarification", "warning", "advertisement",
                           "see", "also", "more", "click", "follow", "subscribe", "abstract",
                           "full", "text", "summary", "background", "analysis", "opinion",
                           "transcript", "question", "answer", "step", "part", "chapter"})


class Paragraph(NamedTuple):
    """One block to read: its plain text, its offset in ``Article.text``, its sentences."""

    text: str
    offset: int
    bounds: Sequence[tuple[int, int]]
    """The block's sentences (offsets of ``Article.text``)."""
    tokens: tuple[Token, ...] | None = None
    """``tokenize(text, offset)``, when read already."""


class _Block(LeadingCues, ClosingCues):
    """One block read in full: the order of its cues, and the frames of other shapes."""

    def _drop_covered(self, cues: list[Cue], unit: Unit) -> list[Cue]:
        """Cues inside another cue's source ("Roe, who estimated X, said") are not cues."""
        covered: set[int] = set()
        for cue in cues:
            if cue.verb is ACCORDING or cue.start in covered:
                continue
            src = self.source_before(cue.start, unit.start)
            if src is not None:
                covered.update(range(*src))
        return [c for c in cues if c.head not in covered]

    def read_unit(self, unit: Unit) -> None:
        """Every attribution of one unit."""
        cues = []
        toks = self.tokens
        first = bisect.bisect_left(self.candidates, unit.start)
        last = bisect.bisect_left(self.candidates, unit.end, first)
        for i in self.candidates[first:last]:
            cue = cue_at(toks, i, unit.start)
            if cue is None or not is_verb_use(self.tokens, cue, unit.start):
                continue
            if cue.form is Form.PRESENT and cue.head > unit.start \
                    and toks[cue.head - 1].text[:1].isdigit():
                continue  # "closed up 23 points to 6,661": a noun after a number
            cues.append(cue)
        if cues:  # most units have no cue: nothing to read but a continued quotation
            self._read_cues(self._drop_covered(cues, unit), unit)
        if quote_opening_at(self.quotes, unit.start) is None:
            return  # no quotation opens the unit: it continues none (``_continuation``)
        first_char, end_char = self.tokens[unit.start].start, self.tokens[unit.end - 1].end
        if not any(first_char <= f.cue_at < end_char for f in self.found):
            self._continuation(unit)

    def _read_cues(self, cues: list[Cue], unit: Unit) -> None:
        """The frames of a unit's cues, in the order of the module docstring."""
        for cue in cues:
            if cue.verb is ACCORDING and cue.start > unit.start and self.free(cue.start, cue.end):
                self._according(cue, unit)
        for cue in cues:
            if cue.verb is not ACCORDING and self.free(cue.start, cue.end):
                self.medial_frame(cue, unit)
        closing = [c for c in cues if c.verb is not ACCORDING and c.form is not Form.GERUND
                   and self.ends_clause(c, unit)]
        for cue in reversed(closing):
            if self.free(cue.start, cue.end):
                self.before_frame(cue, unit)
        for cue in cues:
            if self.free(cue.head, cue.end) and self.free(cue.start, cue.end):
                self.after_frame(cue, unit)

    def medial_frame(self, cue: Cue, unit: Unit) -> None:
        """"In 31 cases, she said, the software erred": content on both sides of the cue."""
        toks = self.tokens
        b = cue.end
        if b >= unit.end or toks[b].text != "," \
                or cue.form not in (Form.PAST, Form.PRESENT, Form.BASE):
            return
        source = self.source_before(cue.start, unit.start)
        if source is None or source[1] - source[0] > 4 or toks[source[0]].text == "," \
                or source[0] - 1 <= unit.start or toks[source[0] - 1].text != ",":
            return
        comma = source[0] - 1
        if quote_closing_at(self.quotes, comma - 1) is not None:
            return  # "“...,” she said, “...”" is read as a quote
        start = unit.start
        while start < comma and toks[start].lower in LEADERS:
            start += 1
        after = b + 1
        if after < unit.end and toks[after].is_quote:
            return
        end = strip_end(toks, after, unit.end)
        if end - after < 3 or not self.free(start, end):
            return
        # "History, they say, is written by the victors": one word, the subject of the rest
        subject_only = _subject_only(toks, start, comma) and toks[after].lower in AUXILIARIES
        if cue.form is Form.BASE and not subject_only:
            return  # "because, you think, no one will ...": only "History, they say, is ..."
        if comma - start < 2 and not subject_only:
            return
        self.add(source, (cue.start, b), (start, comma), None, cue.head)
        self.add(source, (cue.start, b), (after, end), None, cue.head, inherited=True)

    def speaker_line(self) -> None:
        """"JANE ROE: Why not debate?" - a transcript line, or "Roe: ..." in an interview."""
        toks = self.tokens
        k = 0
        while k < len(toks) and k < 6 and toks[k].is_word and toks[k].is_capitalized:
            k += 1
        if not 0 < k < len(toks) - 3 or toks[k].text != ":" or self.inside[k]:
            return
        if (k == 1 and len(toks[0].text) == 1) or not all(
                t.text[0].isalpha() or t.is_quote for t in toks[k + 1:k + 3]):
            return  # "Q:", "Clinton: 547."
        if toks[0].lower in _NOT_SPEAKERS or toks[k - 1].lower in _NOT_SPEAKERS:
            return
        end = strip_end(toks, k + 1, len(toks))
        if end <= k + 1:
            return
        q = quote_opening_at(self.quotes, k + 1)
        if q is not None and (q.close is None or q.close >= end - 1):
            self.add((0, k), (k, k + 1), (k + 1, end), q, k)
        else:
            self.add((0, k), (k, k + 1), (k + 1, end), None, k)

    # ------------------------------------------------------------------ paragraphs

    def whole_open_quote(self) -> str | None:
        """The opening mark when the block is one quotation left open ("“...¶“..."), else
        None: the way news copy sets every paragraph but the last of a long quotation."""
        if len(self.quotes) == 1 and self.quotes[0].open == 0 and self.quotes[0].close is None:
            return self.tokens[0].text
        return None

    def opening_attribution(self, mark: str) -> Found | None:
        """The attribution, with a cue of its own, of a closed quotation that opens the
        block with ``mark``: the last paragraph of a long quotation ("“...,” said X.")."""
        if not self.quotes or self.quotes[0].open != 0 or self.quotes[0].close is None \
                or self.tokens[0].text != mark:
            return None
        inner = self.quote_chars(self.quotes[0])
        for f in self.found:
            if f.quote and not f.inherited and f.content == inner:
                return f
        return None

    def read(self, previous: Found | None) -> list[Found]:
        """Every attribution of the block, in order; ``previous`` is the one before it."""
        self.speaker_line()
        self.previous = previous
        if previous is not None and previous.quote:
            self.found.append(previous)
        for unit in self.units:
            self.read_unit(unit)
        if previous is not None and previous.quote:
            self.found.pop(0)
        self.found.sort(key=lambda f: (f.cue_at, f.content))
        return self.found


def _subject_only(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True for a short noun phrase with no verb ("History", "The new plan"): a subject."""
    return 0 < end - start <= 8 and all(
        t.is_word and t.lower not in AUXILIARIES and t.lower not in SUBJECT_PRONOUNS
        and not (t.text.islower() and t.lower.endswith("ed")) for t in tokens[start:end])


def _carry_back(read: list[tuple[_Block, list[Found]] | None]) -> None:
    """Give the paragraphs of a long quotation the cue of its last paragraph.

    "“The plant will close.¶“Everyone will lose their jobs,” said Mr Joseph.": every
    paragraph opens with the same mark and only the last closes; the earlier paragraphs
    are Mr Joseph's too, not a continuation of whoever spoke before them. Their
    attributions follow the last paragraph's, so that its source is resolved where it
    stands.
    """
    i = 0
    while i < len(read):
        entry = read[i]
        mark = entry[0].whole_open_quote() if entry is not None else None
        if mark is None:
            i += 1
            continue
        j = i
        while j < len(read) and (e := read[j]) is not None and e[0].whole_open_quote() == mark:
            j += 1
        last = read[j] if j < len(read) else None
        cue = last[0].opening_attribution(mark) if last is not None else None
        if last is not None and cue is not None:
            for entry in read[i:j]:
                assert entry is not None
                block, found = entry
                inner = block.quote_chars(block.quotes[0])
                assert inner is not None
                found[:] = [f for f in found if f.content != inner]
                last[1].append(replace(cue, content=inner, inherited=True, gap=None))
        i = max(j, i + 1)


def find_in_blocks(paragraphs: Sequence[Paragraph | None],
                   gazetteer: Gazetteer | None = None) -> list[Found]:
    """The attributions of an article's blocks (``None`` for a block not read: a highlight).

    ``gazetteer`` holds the article's names (by default, those of the blocks read).

    A paragraph that is one quotation can continue the quote of the paragraph above
    (``continuations``), and the paragraphs of a long quotation take the cue of
    its last paragraph (``_carry_back``). The attributions are in reading order, except
    that those carried back follow the attribution they take their cue from.
    """
    if gazetteer is None:
        gazetteer = Gazetteer("\n\n".join(p.text for p in paragraphs if p is not None))
    read: list[tuple[_Block, list[Found]] | None] = []
    previous: Found | None = None
    before: _Block | None = None
    for p in paragraphs:
        if p is None:
            read.append(None)
            previous = None
            continue
        block = _Block(p.text, p.offset, p.bounds, before, gazetteer, p.tokens)
        found = block.read(previous)
        read.append((block, found))
        before = block
        previous = found[-1] if found else None
    _carry_back(read)
    return [f for entry in read if entry is not None for f in entry[1]]
