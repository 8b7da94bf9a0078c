"""Finding trafilatura's normalised text again in the page's text nodes: first verbatim, then
with white space and entities set aside, then word by word. A block that cannot be found is
dropped, never given offsets that are not its own.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from briefing.ingest.assemble import (
    Segment,
)
from briefing.ingest.html.nodes import VISIBLE_RUN, Compact, TextNodes, compact

MAX_WORD_GAP = 80
"""In word-by-word matching, at most this many other visible characters between words."""




@dataclass(slots=True)
class Aligner:
    """Finds extracted blocks in the page's text nodes, in reading order."""

    source: str
    nodes: TextNodes
    cursor: int = 0
    """Source offset after the last block found."""
    _piece_starts: list[int] = field(default_factory=list)
    _compact: Compact | None = None

    def __post_init__(self) -> None:
        self._piece_starts = [s for s, _, _ in self.nodes.pieces]

    @property
    def piece_starts(self) -> list[int]:
        """The source offset of each of the page's text pieces, in order."""
        return self._piece_starts

    def locate(self, text: str) -> list[Segment] | None:
        """Segments for ``text`` in the original, or None if it cannot be found."""
        segs = self._verbatim(text)
        if segs is None:
            segs = self._by_characters(text)
        if segs is None:
            segs = self._by_words(text)
        if segs:
            self.cursor = max(self.cursor, max(s.end for s in segs))
        return segs

    def _in_one_piece(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self._piece_starts, s) - 1
        if i < 0:
            return False
        ps, pe, ptext = self.nodes.pieces[i]
        return e <= pe and pe - ps == len(ptext)

    def _verbatim(self, text: str) -> list[Segment] | None:
        stripped = text.strip()
        if not stripped:
            return None
        for start in (self.cursor, 0):
            pos = self.source.find(stripped, start)
            tries = 0
            while pos >= 0 and tries < 20:
                if self._in_one_piece(pos, pos + len(stripped)):
                    return [Segment(stripped, pos, pos + len(stripped))]
                pos = self.source.find(stripped, pos + 1)
                tries += 1
        return None

    def compact(self) -> Compact:
        if self._compact is None:
            self._compact = Compact.of(self.nodes)
        return self._compact

    def _compact_cursor(self) -> int:
        return bisect.bisect_left(self.compact().starts, self.cursor)

    def _by_characters(self, text: str) -> list[Segment] | None:
        needle, where = compact(text)
        if not needle:
            return None
        stream = self.compact()
        k = stream.text.find(needle, self._compact_cursor())
        if k < 0:
            k = stream.text.find(needle)
        if k < 0:
            return None
        return self._segments(text, where, list(range(k, k + len(needle))))

    def _by_words(self, text: str) -> list[Segment] | None:
        stream = self.compact()
        where: list[int] = []
        indices: list[int] = []
        pos = self._compact_cursor()
        first = True
        for m in VISIBLE_RUN.finditer(text):
            word, offsets = compact(m.group())
            if not word:
                continue
            k = stream.text.find(word, pos)
            if k < 0 or (not first and k - pos > MAX_WORD_GAP):
                return None
            first = False
            where.extend(m.start() + i for i in offsets)
            indices.extend(range(k, k + len(word)))
            pos = k + len(word)
        return self._segments(text, where, indices) if indices else None

    def _segments(self, text: str, where: list[int], indices: list[int]) -> list[Segment]:
        """Segments for ``text`` whose visible char ``where[n]`` is compact ``indices[n]``."""
        stream = self.compact()
        segs: list[Segment] = []
        run: list[str] = []
        run_start = run_end = -1

        def flush() -> None:
            if run:
                segs.append(Segment("".join(run), run_start, run_end))
                run.clear()

        for n, (ti, ci) in enumerate(zip(where, indices, strict=True)):
            s, e = stream.starts[ci], stream.ends[ci]
            if n and where[n - 1] + 1 != ti and any(
                    c.isspace() for c in text[where[n - 1] + 1:ti]):
                flush()
                gap_start = stream.ends[indices[n - 1]]
                segs.append(Segment(" ", gap_start, max(gap_start, s)))
            ch = text[ti]
            verbatim = e - s == 1 and self.source[s] == ch
            if verbatim and run and s == run_end:
                run.append(ch)
                run_end = e
                continue
            flush()
            if verbatim:
                run.append(ch)
                run_start, run_end = s, e
            else:
                segs.append(Segment(ch, s, e))
        flush()
        return segs
