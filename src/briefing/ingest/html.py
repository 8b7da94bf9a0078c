"""Saved web pages (``.html``).

trafilatura finds the article in the page (paragraphs, headings, list items, quotes)
and its metadata (title, author, date, canonical URL, site name), offline: nothing is
fetched, and its date search is pinned so the clock never matters.

trafilatura's text is normalised, so it is found again in the original: the page's
text nodes are read with the standard library's HTML parser (``convert_charrefs=False``
so that every entity maps to its own source range; tags, comments, scripts and styles
are not text), and each extracted block is looked up there, first verbatim, then with
white space and entities set aside, then word by word. A block that cannot be found is
dropped with a warning, never given offsets that are not its own. Entities are only
ever decoded from the HTML5 table: DTD entities (``<!ENTITY ...>``, "billion laughs",
``SYSTEM "file:///..."``) are never expanded or fetched, by either parser.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import html as htmllib
import re
from array import array
from collections.abc import Iterator
from configparser import ConfigParser
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Protocol

import trafilatura
from trafilatura.settings import use_config

from briefing.errors import IngestError
from briefing.ingest import fields
from briefing.ingest.assemble import (
    ArticleBuilder,
    Segment,
    clean_text,
    fallback_title,
    is_invisible,
    split_sentences,
)
from briefing.model import Article, BlockKind, Metadata, Span

_SKIP_TEXT = frozenset({"script", "style", "title"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr", "param", "keygen"})
_BLOCK_TAGS = frozenset({"p", "head", "item", "quote", "list", "table", "code", "graphic",
                         "div", "row", "cell"})
_SKIPPED_BLOCKS = frozenset({"table", "code", "graphic", "comments"})
_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][-.a-zA-Z0-9]*);?")
_VISIBLE_RUN = re.compile(r"\S+")
_DATE_PARAMS = {"extensive_search": False, "original_date": True,
                "min_date": "1900-01-01", "max_date": "2999-12-31"}
MAX_WORD_GAP = 80
"""In word-by-word matching, at most this many other visible characters between words."""
LXML_MAX_DEPTH = 255
"""Deeper nesting than this makes lxml (and so trafilatura) give up on a page."""
LXML_MAX_TEXT = 10_000_000
"""lxml drops a text node longer than this many characters."""


@functools.lru_cache(maxsize=1)
def _config() -> ConfigParser:
    config = use_config()
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


# --------------------------------------------------------------------------- text nodes


class _TextNodes(HTMLParser):
    """The page's text as the browser would show it, each character with its source range.

    ``pieces`` holds ``(start, end, text)`` for every run of text-node data (``text`` is
    exactly ``source[start:end]``) and every character reference (``text`` decoded).
    """

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.pieces: list[tuple[int, int, str]] = []
        self.max_depth = 0
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self._skip = 0
        self._depth = 0

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        if tag in _SKIP_TEXT:
            self._skip += 1
        if tag == "body":
            self._skip = 0
        self._depth += 1
        self.max_depth = max(self.max_depth, self._depth)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        return

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if tag in _SKIP_TEXT and self._skip:
            self._skip -= 1
        self._depth = max(0, self._depth - 1)

    def handle_data(self, data: str) -> None:
        if self._skip or not data:
            return
        off = self._offset()
        if not self.source.startswith(data, off):  # pragma: no cover - parser invariant
            return
        self.pieces.append((off, off + len(data), data))

    def _reference(self) -> None:
        if self._skip:
            return
        off = self._offset()
        m = _ENTITY.match(self.source, off)
        if m is None:  # pragma: no cover - parser invariant
            return
        raw = m.group()
        self.pieces.append((off, m.end(), htmllib.unescape(raw)))

    def handle_entityref(self, name: str) -> None:
        self._reference()

    def handle_charref(self, name: str) -> None:
        self._reference()


def _text_nodes(source: str) -> _TextNodes:
    nodes = _TextNodes(source)
    nodes.feed(source)
    nodes.close()
    return nodes


@dataclass(slots=True)
class _Compact:
    """The page's visible characters without white space, each with its source range."""

    text: str
    starts: array[int]
    ends: array[int]

    @classmethod
    def of(cls, nodes: _TextNodes) -> _Compact:
        parts: list[str] = []
        starts: array[int] = array("q")
        ends: array[int] = array("q")
        for s, e, text in nodes.pieces:
            verbatim = e - s == len(text)
            for m in _VISIBLE_RUN.finditer(text):
                run = m.group()
                if not run.isprintable():
                    run = "".join(ch for ch in run if not is_invisible(ch))
                    if verbatim:  # positions shift: map character by character
                        for i, ch in enumerate(m.group()):
                            if not is_invisible(ch):
                                parts.append(ch)
                                starts.append(s + m.start() + i)
                                ends.append(s + m.start() + i + 1)
                        continue
                parts.append(run)
                if verbatim:
                    starts.extend(range(s + m.start(), s + m.end()))
                    ends.extend(range(s + m.start() + 1, s + m.end() + 1))
                else:
                    starts.extend([s] * len(run))
                    ends.extend([e] * len(run))
        return cls("".join(parts), starts, ends)


def _compact(text: str) -> tuple[str, list[int]]:
    """``text`` without white space or invisible characters, and where each kept one was."""
    keep = [i for i, ch in enumerate(text) if not ch.isspace() and not is_invisible(ch)]
    return "".join(text[i] for i in keep), keep


# --------------------------------------------------------------------------- alignment


@dataclass(slots=True)
class _Aligner:
    """Finds extracted blocks in the page's text nodes, in reading order."""

    source: str
    nodes: _TextNodes
    cursor: int = 0
    """Source offset after the last block found."""
    _piece_starts: list[int] = field(default_factory=list)
    _compact: _Compact | None = None

    def __post_init__(self) -> None:
        self._piece_starts = [s for s, _, _ in self.nodes.pieces]

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

    def compact(self) -> _Compact:
        if self._compact is None:
            self._compact = _Compact.of(self.nodes)
        return self._compact

    def _compact_cursor(self) -> int:
        return bisect.bisect_left(self.compact().starts, self.cursor)

    def _by_characters(self, text: str) -> list[Segment] | None:
        needle, where = _compact(text)
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
        for m in _VISIBLE_RUN.finditer(text):
            word, offsets = _compact(m.group())
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


# --------------------------------------------------------------------------- extraction


class _Element(Protocol):
    """The part of an lxml element that the walk over trafilatura's output uses."""

    @property
    def tag(self) -> object: ...
    @property
    def text(self) -> str | None: ...
    @property
    def tail(self) -> str | None: ...
    def __iter__(self) -> Iterator[_Element]: ...


def _element_text(el: _Element) -> str:
    """Text of an element and its inline children (``lb`` is a line break)."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag in _BLOCK_TAGS:
            break
        if child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(_element_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _extracted_blocks(body: _Element) -> Iterator[tuple[BlockKind, str]]:
    """Blocks of trafilatura's output, in order, with their kind."""
    stack: list[tuple[_Element, BlockKind]] = [(body, BlockKind.PARAGRAPH)]
    while stack:
        el, ctx = stack.pop()
        tag = el.tag
        if tag in _SKIPPED_BLOCKS or not isinstance(tag, str):
            continue
        if tag == "head":
            yield BlockKind.HEADING, _element_text(el)
            continue
        kind = {"quote": BlockKind.QUOTE, "item": BlockKind.LIST_ITEM}.get(tag, ctx)
        if ctx is BlockKind.QUOTE:
            kind = BlockKind.QUOTE
        if el is not body and tag != "list":
            own = _element_text(el)
            if own.strip():
                yield kind, own
        nested = [c for c in el if c.tag in _BLOCK_TAGS or c.tag == "head"]
        stack.extend((c, kind) for c in reversed(nested))


@dataclass(frozen=True, slots=True)
class _Page:
    """What trafilatura makes of a page."""

    blocks: list[tuple[BlockKind, str]]
    title: str | None
    url: str | None
    publisher: str | None
    author: str | None
    date: dt.date | None
    tags: tuple[str, ...]


def _extract(source: str, path: str) -> _Page | None:
    doc = trafilatura.bare_extraction(
        source, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_formatting=False, include_links=False,
        deduplicate=False, date_extraction_params=dict(_DATE_PARAMS), config=_config())
    if doc is None or isinstance(doc, dict) or doc.body is None:
        return None
    try:
        date = fields.date_field(doc.date) if doc.date else None
    except fields.FieldError:
        date = None
    try:
        url = fields.url_field(doc.url)
    except fields.FieldError:
        url = None
    tags: list[str] = []
    for group in (doc.categories or [], doc.tags or []):
        for item in group:
            if isinstance(item, str):
                tags.extend(item.split(","))
    return _Page(
        blocks=list(_extracted_blocks(doc.body)),
        title=_clean(doc.title),
        url=url,
        publisher=_clean(doc.sitename),
        author=_clean(doc.author),
        date=date,
        tags=fields.tags_field(tags),
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return clean_text(value) or None


def _snippet(text: str) -> str:
    words = " ".join(text.split())
    return repr(words if len(words) <= 50 else words[:47] + "...")


def _locate_sentences(aligner: _Aligner, kind: BlockKind, text: str,
                      warnings: list[str]) -> list[Segment]:
    """Segments for the sentences of a block that can be found, with a warning per loss.

    For a block that cannot be found as a whole (trafilatura sometimes merges text the
    page does not show as one run), each sentence is looked up on its own; those that
    cannot be found are dropped, never mapped to text that is not theirs.
    """
    plain = " ".join(text.split())
    sentences = split_sentences(plain)
    if len(sentences) <= 1:
        warnings.append(f"dropped a {kind.value} not found in the page source: {_snippet(plain)}")
        return []
    segs: list[Segment] = []
    for s, e in sentences:
        found = aligner.locate(plain[s:e])
        if found is None:
            warnings.append(f"dropped a sentence of a {kind.value}, not found in the page "
                            f"source: {_snippet(plain[s:e])}")
            continue
        if segs:
            segs.append(Segment(" ", segs[-1].end, segs[-1].end))
        segs.extend(found)
    return segs


def _why_empty(nodes: _TextNodes) -> str:
    """A hint at why nothing was extracted, when the page breaks the HTML parser's limits."""
    if nodes.max_depth > LXML_MAX_DEPTH:
        return (f" (elements nested {nodes.max_depth} deep; the HTML parser gives up past "
                f"{LXML_MAX_DEPTH})")
    longest = max((e - s for s, e, _ in nodes.pieces), default=0)
    if longest > LXML_MAX_TEXT:
        return (f" (a text of {longest} characters without markup; the HTML parser drops "
                f"text longer than {LXML_MAX_TEXT})")
    return ""


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def read_html(id: str, path: str, source: str) -> Article:
    """Make an ``Article`` from a saved web page."""
    nodes = _text_nodes(source)
    page = _extract(source, path)
    if page is None or not page.blocks:
        raise IngestError(f"no article text found in the page{_why_empty(nodes)}", path=path)
    aligner = _Aligner(source, nodes)
    builder = ArticleBuilder(id=id, path=path, format="html", source=source)
    warnings: list[str] = []
    title = page.title
    title_span: Span | None = None
    first = True
    for kind, text in page.blocks:
        segs = aligner.locate(text)
        if segs is None:
            segs = _locate_sentences(aligner, kind, text, warnings)
        if not segs:
            continue
        if first and kind is BlockKind.HEADING and (title is None or _same(text, title)):
            # the headline: the title, not a block
            title = title or _clean(text)
            s, e = segs[0].start, segs[-1].end
            title_span = Span(s, e, source[s:e], _clean(text) or "")
            first = False
            continue
        first = False
        builder.add_block(kind, segs)
    if title is None:
        heading = next((b for b in builder.blocks if b.kind is BlockKind.HEADING), None)
        title = heading.text if heading is not None else None
    meta = Metadata(title=title or fallback_title(path), url=page.url, publisher=page.publisher,
                    author=page.author, date=page.date, tags=page.tags)
    return builder.build(meta, title_span, warnings)
