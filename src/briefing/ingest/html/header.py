"""The top of the article, between its headline and its first block of text, which
trafilatura leaves out: the stand-first (the deck under the headline) and the date printed
there.

Only that stretch of the page is read (a small second parse: the tags of the stretch), as
runs of text, each the text of one block element with what its open elements say about it
(a stand-first's class or ``itemprop``, an ``<h2>``, a caption, a list, hidden or
interface markup). Teasers of other stories, captions and comments lie elsewhere or are
marked as such, so nothing here looks at the rest of the page.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html as htmllib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from briefing.ingest.assemble import Segment
from briefing.ingest.html.authors import byline
from briefing.ingest.html.blocks import (
    MIN_LINK_SHARE,
    SENTENCE_END,
    is_credit,
    is_dateline,
    is_hidden,
    is_interface_text,
    is_lead_caption,
    is_notice,
    share_in,
)
from briefing.ingest.html.metadata import MONTH, simple_form
from briefing.ingest.html.nodes import TextNodes

DECK = 1
"""An open element is marked as a stand-first (class, id or ``itemprop``)."""
SUBHEAD = 2
"""The run is an ``<h2>``."""
AWAY = 4
"""An open element holds no article text: a caption, a figure, a form, interface markup,
a box of other stories or hidden text."""
LIST = 8
"""An open element is a list (a stand-first is no list item; a dateline may be one)."""
BYLINE = 16
"""An open element is about the author (a byline, a biography): no stand-first there."""

_DECK_MARK = re.compile(
    r"(?<![a-z0-9])(?:stand-?first|dek|deck|sub-?title|sub-?headline|sub-?head|summary|lede"
    r"|intro|excerpt|description|strapline|abstract|alternative-?headline|chapo|chapeau"
    r"|bajada|entradilla)(?![a-z0-9])")
"""A class, id or ``itemprop`` word that marks the deck under a headline, in the words
newsrooms and their systems use (English, French "chapô", Spanish "bajada")."""
_AWAY_MARK = re.compile(
    r"(?<![a-z0-9])(?:caption|credit|figure|photo|image|img|video|media|gallery|promo|teaser"
    r"|related|share|social|newsletter|comment|ad|ads|advert|sponsor|hidden|sr-only"
    r"|visually-hidden|dropdown|menu|tooltip|popup|popover|modal|overlay)(?![a-z0-9])")
_BYLINE_MARK = re.compile(
    r"(?<![a-z0-9])(?:author|authors|byline|bio|biography|profile|contributor|writer)"
    r"(?![a-z0-9])")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_LIST_TAGS = frozenset({"li", "ul", "ol", "dl"})
_AWAY_TAGS = frozenset({"figure", "figcaption", "caption", "nav", "form",
                        "button", "select", "label", "noscript", "template", "svg", "aside",
                        "footer", "dialog", "details", "table"})
_BLOCK_TAGS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                         "header", "footer", "aside", "figure", "figcaption", "ul", "ol", "li",
                         "blockquote", "table", "tr", "td", "th", "dl", "dt", "dd", "main",
                         "nav", "form", "address", "pre", "hr"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr", "param", "keygen"})

MAX_HEADER_CHARS = 20_000
"""A headline further than this from the text (in source characters) has no header."""
MIN_STANDFIRST_WORDS = 6
"""A stand-first is a sentence: fewer words are a label ("Analysis", "5 min read")."""
MIN_UNENDED_WORDS = 8
"""A stand-first that does not end like a sentence needs this many words."""
MAX_STANDFIRST_WORDS = 120
MIN_TRUNCATED_CHARS = 40
"""A description cut short with "..." must keep this much to match the stand-first."""
_TRUNCATED = re.compile(r"\s*(?:\.\.\.|\u2026)\s*$")
_DESCRIPTION_META = ("description", "og:description", "twitter:description")
_READ_MORE = re.compile(r"(?:read|see|watch|listen|click|tap|sign\s+up|subscribe)\b",
                        re.IGNORECASE)


@dataclass(slots=True)
class Run:
    """The text of one block element: its source range and what its open elements say."""

    start: int
    end: int
    flags: int
    dates: list[tuple[str, str]] = field(default_factory=list)
    """``(datetime attribute, the time element's class and itemprop)`` of its ``<time>``s."""


_TOKEN = re.compile(
    r"<!--.*?(?:-->|$)|<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)|<[!?][^>]*>"
    r"|<(/?)([a-zA-Z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
    re.DOTALL | re.IGNORECASE)
"""A comment, a script or style with its body, a declaration, or a start or end tag (its
name and attributes)."""
_ATTR = re.compile(r"([^\s=/>\"']+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+)))?")


@dataclass(slots=True)
class _Open:
    tag: str
    flags: int


def _attrs(raw: str) -> list[tuple[str, str]]:
    return [(m[1].lower(), htmllib.unescape(m[2] or m[3] or m[4] or ""))
            for m in _ATTR.finditer(raw)]


def _tag_info(tag: str, raw: str) -> tuple[int, tuple[str, str] | None]:
    """The flags of a start tag with attributes ``raw``, and for a ``<time>``, its
    ``datetime`` and its class and ``itemprop``."""
    attrs = _attrs(raw) if raw.strip() else []
    time: tuple[str, str] | None = None
    if tag == "time":
        when = next((v for k, v in attrs if k == "datetime" and v), None)
        if when is not None:
            time = (when, " ".join(v for k, v in attrs if k in ("class", "itemprop")))
    return _flags(tag, attrs), time


@dataclass(slots=True)
class _Runs:
    """Runs of text of a stretch of the page: one per block element, in page order."""

    end: int
    runs: list[Run] = field(default_factory=list)
    stack: list[_Open] = field(default_factory=list)
    run: Run | None = None
    times: list[tuple[str, str]] = field(default_factory=list)
    tags: dict[tuple[str, str], tuple[int, tuple[str, str] | None]] = field(
        default_factory=dict)
    """``_tag_info`` of each start tag read (a page repeats its tags), for this page only."""

    def flush(self, at: int) -> None:
        if self.run is not None:
            self.run.end = at
            self.run.dates = self.times
            self.runs.append(self.run)
            self.times = []
        self.run = None

    def start_tag(self, at: int, tag: str, raw: str) -> None:
        info = self.tags.get((tag, raw))
        if info is None:
            info = self.tags[tag, raw] = _tag_info(tag, raw)
        flags, time = info
        if time is not None:
            self.times.append(time)
        if tag in _BLOCK_TAGS:
            self.flush(at)
            if self.stack and self.stack[-1].tag == "p":
                self.stack.pop()  # a block closes an open paragraph
        if tag not in _VOID and not raw.rstrip().endswith("/"):
            self.stack.append(_Open(tag, flags))

    def end_tag(self, at: int, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.flush(at)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                break

    def text(self, at: int) -> None:
        flags = 0
        for el in self.stack:
            flags |= el.flags
        block = next((el.tag for el in reversed(self.stack) if el.tag in _BLOCK_TAGS), None)
        if block == "h2":
            flags |= SUBHEAD
        if self.run is None:
            self.run = Run(at, self.end, flags)
        else:
            self.run.flags |= flags


def _hides(key: str, value: str) -> bool:
    """True for an attribute that hides its element (``hidden``, ``aria-hidden``,
    ``display: none``)."""
    if key in ("hidden", "aria-hidden"):
        return (value or "true").strip().lower() != "false"
    return key == "style" and re.search(r"display\s*:\s*none", value, re.I) is not None


def _flags(tag: str, attrs: list[tuple[str, str]]) -> int:
    flags = AWAY if tag in _AWAY_TAGS else LIST if tag in _LIST_TAGS else 0
    for key, value in attrs:
        if _hides(key, value):
            flags |= AWAY
        elif key in ("class", "id", "itemprop") and value:
            words = _CAMEL.sub("-", value).lower().replace("_", "-")
            if _DECK_MARK.search(words):
                flags |= DECK
            if key != "itemprop" and _AWAY_MARK.search(words):
                flags |= AWAY
            if _BYLINE_MARK.search(words):
                flags |= BYLINE
    return flags


def header_runs(source: str, start: int, end: int) -> list[Run]:
    """The runs of text of ``source[start:end]`` (the stretch between headline and text).

    The stretch is read with one regular expression over its tags, not a full parser: it
    needs only where block elements start and end, and what their attributes say.
    """
    if not 0 <= start < end or end - start > MAX_HEADER_CHARS:
        return []
    runs = _Runs(end)
    pos = start
    for m in _TOKEN.finditer(source, start, end):
        if m.start() > pos and not source[pos:m.start()].isspace():
            runs.text(pos)
        pos = m.end()
        name = m[3]
        if name is None:
            continue
        if m[2]:
            runs.end_tag(m.start(), name.lower())
        else:
            runs.start_tag(m.start(), name.lower(), m[4])
    if pos < end and not source[pos:end].isspace():
        runs.text(pos)
    runs.flush(end)
    return runs.runs


def run_segments(nodes: TextNodes, starts: list[int], run: Run) -> list[Segment]:
    """The page's text pieces that make up ``run``, with their source ranges (``starts``:
    the source offset of each piece)."""
    first = bisect.bisect_left(starts, run.start)
    last = bisect.bisect_left(starts, run.end)
    segs: list[Segment] = []
    for s, e, text in nodes.pieces[first:last]:
        if segs and "<br" in nodes.source[segs[-1].end:s].lower():
            segs.append(Segment(" ", segs[-1].end, segs[-1].end))
        segs.append(Segment(text, s, e))
    return segs


def _plain(segs: list[Segment]) -> str:
    return " ".join("".join(seg.text for seg in segs).split())


def descriptions(nodes: TextNodes) -> list[str]:
    """The page's declared descriptions (``description``, ``og:description``...), by
    ``simple_form``."""
    return [simple_form(content) for key, content in nodes.meta if key in _DESCRIPTION_META]


def _is_description(text: str, declared: list[str]) -> bool:
    """True if ``text`` is one of the ``declared`` descriptions, or starts like one that was
    cut short ("...")."""
    form = simple_form(text)
    for desc in declared:
        if desc == form:
            return True
        cut = _TRUNCATED.sub("", desc)
        if cut != desc and len(cut) >= MIN_TRUNCATED_CHARS and form.startswith(cut):
            return True
    return False


def is_standfirst_text(text: str) -> bool:
    """True for text that reads as a stand-first: a sentence or two of prose, not a label,
    a byline, a dateline, a credit or notice, interface text or a "Read more" line."""
    plain = " ".join(text.split())
    words = plain.split()
    if not MIN_STANDFIRST_WORDS <= len(words) <= MAX_STANDFIRST_WORDS:
        return False
    if SENTENCE_END.search(plain) is None and len(words) < MIN_UNENDED_WORDS:
        return False
    if plain.endswith(":") or not any(ch.islower() for ch in plain):
        return False
    return not (_READ_MORE.match(plain) or is_dateline(plain) or byline(plain) is not None
                or is_credit(plain) or is_notice(plain) or is_lead_caption(plain)
                or is_interface_text(plain))


def standfirst(nodes: TextNodes, starts: list[int], runs: list[Run],
               extracted: Callable[[], str]) -> list[Segment] | None:
    """The segments of the stand-first among ``runs``, if the page has one.

    A run is taken when the page marks it as a stand-first (class, id or ``itemprop``), or
    when it is a paragraph (not a heading: an ``<h2>`` under the headline needs the mark)
    that repeats the declared description; and when it reads as one
    (``is_standfirst_text``), is not mostly link text (a teaser), not inside a caption,
    figure, list, author box or hidden element, and not already part of the ``extracted``
    text (``simple_form`` of the blocks trafilatura kept, asked for only then).
    """
    declared = descriptions(nodes)
    for run in runs:
        if run.flags & (AWAY | LIST | BYLINE) or is_hidden(nodes, run.start):
            continue
        segs = run_segments(nodes, starts, run)
        text = _plain(segs)
        if not (run.flags & DECK
                or (not run.flags & SUBHEAD and _is_description(text, declared))):
            continue
        if not is_standfirst_text(text) \
                or share_in(nodes.ranges["link"], segs) >= MIN_LINK_SHARE:
            continue
        if simple_form(text) in extracted():
            return None  # the text repeats it: no stand-first of its own
        return segs
    return None


_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(\d{4})"
_DATE_FORMS = (
    ("mdy", re.compile(rf"\b({MONTH})\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)),
    ("dmy", re.compile(rf"\b{_DAY}\s+({MONTH}),?\s+{_YEAR}\b", re.IGNORECASE)),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("num", re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b")),
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_LABEL = re.compile(r"\b(?:(published|posted|first\s+published|created|issued)"
                    r"|(updated|modified|last\s+updated|edited|revised))\b", re.IGNORECASE)
MAX_BYLINE_DATE_CHARS = 120
"""A byline that also gives the date ("By Jane Roe | March 3, 2024") is this short."""


@dataclass(frozen=True, slots=True)
class PrintedDate:
    """A date printed at the top of the article, and whether it is labelled as an update."""

    date: dt.date
    updated: bool


def _date_of(form: str, m: re.Match[str]) -> dt.date | None:
    """The date of a match of one of ``_DATE_FORMS``; None for an impossible or ambiguous
    one (a numeric day and month that could be either)."""
    try:
        if form == "mdy":
            return dt.date(int(m[3]), _MONTHS.index(m[1][:3].lower()) + 1, int(m[2]))
        if form == "dmy":
            return dt.date(int(m[3]), _MONTHS.index(m[2][:3].lower()) + 1, int(m[1]))
        if form == "iso":
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        a, b, year = int(m[1]), int(m[3]), int(m[4])
        if a != b and a <= 12 and b <= 12:
            return None
        day, month = (a, b) if m[2] == "." or a > 12 else (b, a)
        return dt.date(year, month, day)
    except ValueError:
        return None


def _dates_in(text: str) -> list[PrintedDate]:
    """The dates of a dateline, each labelled by the nearest label before it."""
    found: list[tuple[int, dt.date]] = []
    for form, pattern in _DATE_FORMS:
        for m in pattern.finditer(text):
            date = _date_of(form, m)
            if date is not None:
                found.append((m.start(), date))
    labels = [(m.start(), m[2] is not None) for m in _LABEL.finditer(text)]
    out: list[PrintedDate] = []
    for pos, date in sorted(found):
        before = [updated for at, updated in labels if at < pos]
        out.append(PrintedDate(date, bool(before) and before[-1]))
    return out


def _is_dated_line(text: str) -> bool:
    """True for a dateline, or a short byline that also gives the date."""
    plain = " ".join(text.split())
    return is_dateline(plain) or (
        len(plain) <= MAX_BYLINE_DATE_CHARS and re.match(r"by\b", plain, re.I) is not None)


def printed_date(nodes: TextNodes, starts: list[int], runs: list[Run]) -> PrintedDate | None:
    """The date printed at the top of the article: from a dateline ("Published 3 March
    2024", "By Jane Roe | March 3, 2024") or a ``<time datetime>`` among ``runs`` (in a
    list, only a dateline's: a list may hold teasers).

    A publication date wins over one labelled as an update ("Updated: ...").
    """
    found: list[PrintedDate] = []
    for run in runs:
        if run.flags & AWAY or is_hidden(nodes, run.start):
            continue
        text = _plain(run_segments(nodes, starts, run))
        dated = _is_dated_line(text)  # a link is no teaser here: blogs link the date itself
        if dated or not run.flags & LIST:
            for when, marks in run.dates:
                m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", when)
                date = _date_of("iso", m) if m else None
                if date is not None:
                    updated = re.search(r"modif|updat", marks, re.I) is not None
                    found.append(PrintedDate(date, updated))
        if dated:
            found.extend(_dates_in(text))
    return next((d for d in found if not d.updated), found[0] if found else None)


_WIRE_DATELINE = re.compile(r"(.{6,60}?)\s*(?:--|\u2014|\u2013|\s-)\s")
"""The opening of a wire-style first paragraph: "WASHINGTON, March 3, 2024 -- ..."."""
MAX_PLACE_WORDS = 4


def wire_date(text: str) -> dt.date | None:
    """The date a first paragraph opens with ("March 3, 2024 -- ...", "PARIS, 3 March
    2024 \u2014 ..."): one date, at most a place name besides it, then a dash."""
    m = _WIRE_DATELINE.match(" ".join(text.split()))
    if m is None:
        return None
    dates = _dates_in(m[1])
    if len(dates) != 1:
        return None
    rest = m[1]
    for _, pattern in _DATE_FORMS:
        rest = pattern.sub(" ", rest)
    place = re.findall(r"[^\W\d_]+", rest)
    if len(place) > MAX_PLACE_WORDS or any(not w[0].isupper() for w in place):
        return None  # a sentence that mentions a date, not a place name
    return dates[0].date


def publication_date(printed: PrintedDate | None, found: dt.date | None,
                     date_meta: bool) -> dt.date | None:
    """The publication date of a page that declares none of its own (``declared_date``):
    trafilatura's date search found ``found``, the top of the article prints ``printed``.

    The printed date fills a gap, and wins over a different date found elsewhere in the
    page (a teaser's, a comment's), unless the page gives a date in its head
    (``date_meta``, which trafilatura's search reads first) or the printed date is labelled
    as an update and the date found is not later than it (it may be the first
    publication).
    """
    if printed is None or (date_meta and found is not None):
        return found
    if found is None or not printed.updated or found > printed.date:
        return printed.date
    return found
