"""Build an ``Article`` from pieces of the original file, keeping provenance.

Every reader (txt, md, html) finds the blocks of its format and hands them to
``ArticleBuilder`` as *segments*: a piece of plain text and the stretch of the
original file it comes from. The builder normalises white space, drops invisible
format characters, splits sentences, and records for every plain character where it
stands in the original, so ``Article.span`` can always point back into the file.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath

import blingfire

from briefing.model import Article, Block, BlockKind, Metadata, Sentence, Span

BLOCK_SEPARATOR = "\n\n"

# Characters that must never reach the plain text: bidi controls, zero-width marks,
# other invisible format characters (Unicode category Cf) and C0/C1 controls but
# white space. They stay in the original (Span.text) but nobody reads them.
_WHITESPACE = frozenset(" \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                        "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\x85")


def _invisible(ch: str) -> bool:
    if ch in _WHITESPACE:
        return False
    cat = unicodedata.category(ch)
    return cat in ("Cf", "Cc", "Co", "Cs")


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of plain text and the stretch of the original it comes from.

    When ``text`` is exactly ``source[start:end]`` each character maps to its own
    offset; otherwise (an entity, a stripped marker) every character of ``text``
    maps to the whole stretch.
    """

    text: str
    start: int
    end: int


@dataclass(slots=True)
class ArticleBuilder:
    """Collects blocks in reading order and builds the ``Article``."""

    id: str
    path: str
    format: str
    source: str
    _text: list[str] = field(default_factory=list)
    _starts: array[int] = field(default_factory=lambda: array("q"))
    _ends: array[int] = field(default_factory=lambda: array("q"))
    _blocks: list[Block] = field(default_factory=list)
    _length: int = 0

    def add_source_range(self, kind: BlockKind, start: int, end: int) -> Block | None:
        """Add the original's ``source[start:end]`` as one block."""
        return self.add_block(kind, [Segment(self.source[start:end], start, end)])

    def add_block(self, kind: BlockKind, segments: Iterable[Segment]) -> Block | None:
        """Add one block; white space runs become one space. Empty blocks are dropped."""
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pending_space: tuple[int, int] | None = None
        for seg in segments:
            verbatim = self.source[seg.start : seg.end] == seg.text
            for i, ch in enumerate(seg.text):
                s, e = (seg.start + i, seg.start + i + 1) if verbatim else (seg.start, seg.end)
                if ch in _WHITESPACE:
                    if chars and pending_space is None:
                        pending_space = (s, e)
                    continue
                if _invisible(ch):
                    continue
                if pending_space is not None:
                    chars.append(" ")
                    starts.append(pending_space[0])
                    ends.append(pending_space[1])
                    pending_space = None
                chars.append(ch)
                starts.append(s)
                ends.append(e)
        if not chars:
            return None
        if self._blocks:
            # the separator maps onto the end of the previous block's source
            prev_end = self._ends[-1]
            self._text.append(BLOCK_SEPARATOR)
            self._starts.extend([prev_end - 1] * len(BLOCK_SEPARATOR))
            self._ends.extend([prev_end] * len(BLOCK_SEPARATOR))
            self._length += len(BLOCK_SEPARATOR)
        text = "".join(chars)
        block = Block(kind=kind, start=self._length, end=self._length + len(text), text=text)
        self._text.append(text)
        self._starts.extend(starts)
        self._ends.extend(ends)
        self._length += len(text)
        self._blocks.append(block)
        return block

    def build(self, meta: Metadata, title_span: Span | None = None) -> Article:
        """The finished article, with its sentences split."""
        text = "".join(self._text)
        sentences: list[Sentence] = []
        for bi, block in enumerate(self._blocks):
            if block.kind is BlockKind.HIGHLIGHT:
                continue
            for s, e in split_sentences(block.text):
                sentences.append(
                    Sentence(
                        index=len(sentences),
                        block=bi,
                        start=block.start + s,
                        end=block.start + e,
                        text=block.text[s:e],
                    )
                )
        return Article(
            id=self.id,
            path=self.path,
            format=self.format,
            source=self.source,
            text=text,
            starts=self._starts,
            ends=self._ends,
            meta=meta,
            blocks=tuple(self._blocks),
            sentences=tuple(sentences),
            title_span=title_span,
        )


def fallback_title(path: str) -> str:
    """A title made from a file name, for articles that have none."""
    stem = PurePath(path).stem
    words = " ".join(stem.replace("_", " ").replace("-", " ").split())
    return words or "Untitled"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries in ``text`` as ``(start, end)`` pairs, spaces trimmed.

    blingfire's rule-based splitter: offline, deterministic, ~0.3 ms for 400 words.
    """
    if not text.strip():
        return []
    _, offsets = blingfire.text_to_sentences_and_offsets(text)
    out: list[tuple[int, int]] = []
    for s, e in offsets:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
