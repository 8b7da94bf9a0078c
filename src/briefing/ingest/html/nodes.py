"""The page's text as a browser shows it, each character with its source range.

The standard library's HTML parser (``convert_charrefs=False``, so that every entity maps
to its own source range) reads the text nodes; tags, comments, scripts and styles are not
text. It also records what the page declares in its head (meta tags, JSON-LD, ``<title>``),
links and bold runs, ``googleoff`` regions, elements marked as a byline or as comments, and
the headings.
"""

from __future__ import annotations

import html as htmllib
import re
from array import array
from dataclasses import dataclass, field
from html.parser import HTMLParser

from briefing.ingest.assemble import (
    is_invisible,
)

_SKIP_TEXT = frozenset({"script", "style", "title"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr", "param", "keygen"})
_RANGE_TAGS = {"a": "link", "strong": "bold", "b": "bold"}
_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][-.a-zA-Z0-9]*);?")
VISIBLE_RUN = re.compile(r"\S+")
_GOOGLE_OFF = re.compile(r"\s*googleoff:\s*(?:all|index)\b", re.IGNORECASE)
_GOOGLE_ON = re.compile(r"\s*googleon:\s*(?:all|index)\b", re.IGNORECASE)
_BYLINE_MARK = re.compile(r"byline|author|\bcreator\b", re.IGNORECASE)
"""A class or ``itemprop`` that marks an element holding the byline."""
_COMMENTS_MARK = re.compile(r"(?:^|[-_])(?:comments?|disqus)(?:$|[-_])", re.IGNORECASE)
"""A class or id token that marks readers' comments ("comments", "visitors_comment_block");
"commentary" (an opinion piece) is no such mark."""
_MAY_MARK_COMMENTS = re.compile(r"comment|disqus", re.IGNORECASE)
"""A quick test before ``_COMMENTS_MARK`` looks at each token."""
_HEADLINE_MARK = re.compile(r"(?:^|\s)(?:entry-title|headline)(?:$|\s)")
"""A class ``entry-title`` (hAtom) or ``itemprop="headline"`` (schema.org) marks the
story's headline."""
MAX_BYLINE_ELEMENTS = 12
"""Byline-marked elements kept, in page order (teaser lists repeat the mark many times)."""




@dataclass(slots=True)
class _Mark:
    """An open element the page marks as a byline: its tag, same-tag elements open inside
    it, and the index of its first text piece."""

    tag: str
    first: int
    nested: int = 0


@dataclass(slots=True)
class _Regions:
    """Outermost elements of one kind: their ranges of text pieces, and the one still open."""

    found: list[tuple[int, int]] = field(default_factory=list)
    open: _Mark | None = None

    def inside(self, tag: str) -> bool:
        """True while one is open (a same-tag element inside it is counted)."""
        if self.open is None:
            return False
        if self.open.tag == tag:
            self.open.nested += 1
        return True

    def close(self, tag: str, pieces: int) -> None:
        """An end tag: the open one ends here at ``pieces`` unless the tag closes one
        nested inside it."""
        mark = self.open
        if mark is None or mark.tag != tag:
            return
        if mark.nested:
            mark.nested -= 1
        else:
            self.found.append((mark.first, pieces))
            self.open = None


class TextNodes(HTMLParser):
    """The page's text as the browser would show it, each character with its source range.

    ``pieces`` holds ``(start, end, text)`` for every run of text-node data (``text`` is
    exactly ``source[start:end]``) and every character reference (``text`` decoded).
    """

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.pieces: list[tuple[int, int, str]] = []
        self.max_depth = 0
        self.meta: list[tuple[str, str]] = []
        """``(name or property, content)`` of every ``<meta>``, names lower-cased."""
        self.canonical: list[str] = []
        """The ``href`` of every ``<link rel="canonical">`` before the body, decoded."""
        self.json_ld: list[str] = []
        """The text of every ``<script type="application/ld+json">``."""
        self.h1: list[tuple[int, int]] = []
        """For each ``<h1>``, the range of ``pieces`` it holds."""
        self.title: str | None = None
        """The text of the page's ``<title>`` (the first one before ``<body>``), decoded."""
        self.hidden: list[tuple[int, int]] = []
        """Source ranges between ``googleoff`` and ``googleon`` comments."""
        self.ranges: dict[str, list[tuple[int, int]]] = {"link": [], "bold": []}
        """Source ranges of links (``<a>``) and of bold text (``<strong>``, ``<b>``)."""
        self.bylines: list[tuple[int, int]] = []
        """For each element the page marks as a byline or author, the range of ``pieces``."""
        self._marks: list[_Mark] = []
        """Byline elements still open."""
        self.comments = _Regions()
        """The outermost elements the page marks as readers' comments (one attribute: more
        would cost the parser its fast attribute access)."""
        self.marked_headline = _Regions()
        """The first element the page marks as the story's headline (``entry-title``,
        ``itemprop="headline"``), once closed."""
        self._open: dict[str, list[int]] = {"link": [], "bold": []}
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self._skip = 0
        self._depth = 0
        self._json: list[str] | None = None
        self._title: list[str] | None = None
        self._in_body = False
        self._h1_start: int | None = None
        self._off_since: int | None = None

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
        elif tag == "link":
            self._link(dict(attrs))
        if tag in _VOID:
            return
        if tag == "script" and (dict(attrs).get("type") or "").strip().lower() == \
                "application/ld+json":
            self._json = []
        if tag == "h1" and self._h1_start is None:
            self._h1_start = len(self.pieces)
        if tag == "title" and self.title is None and not self._in_body:
            self._title = []  # an SVG's <title> in the body names a picture, not the page
        if (group := _RANGE_TAGS.get(tag)) is not None:
            self._open[group].append(self._offset())
        self._mark_byline(tag, attrs)
        if attrs or self.comments.open is not None:
            self._mark_comments(tag, attrs)
            if not self.marked_headline.found:
                self._mark_headline(tag, attrs)
        if tag in _SKIP_TEXT:
            self._skip += 1
        if tag == "body":
            self._skip = 0
            self._in_body = True
            self._title = None  # a <title> left open is no title
        self._depth += 1
        self.max_depth = max(self.max_depth, self._depth)

    def _mark_byline(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for mark in self._marks:
            if mark.tag == tag:
                mark.nested += 1
        if len(self.bylines) + len(self._marks) >= MAX_BYLINE_ELEMENTS:
            return
        if any(value and (_BYLINE_MARK.search(value) if key in ("class", "itemprop")
                          else key == "rel" and value.strip().lower() == "author")
               for key, value in attrs):
            self._marks.append(_Mark(tag, len(self.pieces)))

    def _mark_comments(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.comments.inside(tag):
            return
        for key, value in attrs:
            if value and key in ("class", "id") and _MAY_MARK_COMMENTS.search(value) \
                    and any(_COMMENTS_MARK.search(token) for token in value.split()):
                self.comments.open = _Mark(tag, len(self.pieces))
                return

    def _mark_headline(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.marked_headline.inside(tag):
            return
        for key, value in attrs:
            if value and ((key == "class" and "entry-title" in value)
                          or (key == "itemprop" and "headline" in value)) \
                    and _HEADLINE_MARK.search(value) is not None:
                self.marked_headline.open = _Mark(tag, len(self.pieces))
                return

    def _close_byline(self, tag: str) -> None:
        for i in range(len(self._marks) - 1, -1, -1):
            mark = self._marks[i]
            if mark.tag != tag:
                continue
            if mark.nested:
                mark.nested -= 1
            else:
                del self._marks[i]
                self.bylines.append((mark.first, len(self.pieces)))
            return

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
        elif tag == "link":
            self._link(dict(attrs))

    def _link(self, attrs: dict[str, str | None]) -> None:
        rel, href = attrs.get("rel"), attrs.get("href")
        if not self._in_body and rel and href and "canonical" in rel.lower().split():
            self.canonical.append(href)

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if key and content:
            self.meta.append((key.strip().lower(), content))

    def handle_comment(self, data: str) -> None:
        if self._off_since is None and _GOOGLE_OFF.match(data):
            self._off_since = self._offset()
        elif self._off_since is not None and _GOOGLE_ON.match(data):
            self.hidden.append((self._off_since, self._offset()))
            self._off_since = None

    def close(self) -> None:
        super().close()
        self._off_since = None  # never turned back on: a broken marker, not a hidden page
        self.comments.open = None  # never closed: its extent is unknown, so it marks nothing
        self.marked_headline.open = None
        for group, starts in self._open.items():
            self.ranges[group].extend((s, len(self.source)) for s in starts)
            starts.clear()
        for spans in self.ranges.values():
            spans.sort()

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._json is not None:
            self.json_ld.append("".join(self._json))
            self._json = None
        if tag == "h1" and self._h1_start is not None:
            self.h1.append((self._h1_start, len(self.pieces)))
            self._h1_start = None
        if tag == "title" and self._title is not None:
            self.title = "".join(self._title)
            self._title = None
        if (group := _RANGE_TAGS.get(tag)) is not None and self._open[group]:
            self.ranges[group].append((self._open[group].pop(), self._offset()))
        if tag in _VOID:
            return
        if self._marks:
            self._close_byline(tag)
        if self.comments.open is not None:
            self.comments.close(tag, len(self.pieces))
        if self.marked_headline.open is not None:
            self.marked_headline.close(tag, len(self.pieces))
        if tag in _SKIP_TEXT and self._skip:
            self._skip -= 1
        self._depth = max(0, self._depth - 1)

    def handle_data(self, data: str) -> None:
        if self._json is not None:
            self._json.append(data)
        if self._title is not None:
            self._title.append(data)
        if self._skip or not data:
            return
        off = self._offset()
        if not self.source.startswith(data, off):  # pragma: no cover - parser invariant
            return
        self.pieces.append((off, off + len(data), data))

    def _reference(self) -> None:
        if self._skip and self._title is None:
            return
        off = self._offset()
        m = _ENTITY.match(self.source, off)
        if m is None:  # pragma: no cover - parser invariant
            return
        raw = m.group()
        if self._title is not None:
            self._title.append(htmllib.unescape(raw))
        if not self._skip:
            self.pieces.append((off, m.end(), htmllib.unescape(raw)))

    def handle_entityref(self, name: str) -> None:
        self._reference()

    def handle_charref(self, name: str) -> None:
        self._reference()


def text_nodes(source: str) -> TextNodes:
    nodes = TextNodes(source)
    nodes.feed(source)
    nodes.close()
    return nodes


@dataclass(slots=True)
class Compact:
    """The page's visible characters without white space, each with its source range."""

    text: str
    starts: array[int]
    ends: array[int]

    @classmethod
    def of(cls, nodes: TextNodes) -> Compact:
        parts: list[str] = []
        starts: array[int] = array("q")
        ends: array[int] = array("q")
        for s, e, text in nodes.pieces:
            verbatim = e - s == len(text)
            for m in VISIBLE_RUN.finditer(text):
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


def compact(text: str) -> tuple[str, list[int]]:
    """``text`` without white space or invisible characters, and where each kept one was."""
    keep = [i for i, ch in enumerate(text) if not ch.isspace() and not is_invisible(ch)]
    return "".join(text[i] for i in keep), keep
