"""Which extracted blocks are not article text: picture credits ("Photo: X", "Courtesy X")
and lead captions, datelines, copyright notices, citation lines, "Read more: <link>" and
"MORE: <link>" lines, interface text ("Skip to main content", "Advertisement"), newsroom job
titles under a byline, a short label above the headline, readers' comments, and the heading
that opens a list of other stories ("More stories"), which ends the article; and which are
sub-headings (a paragraph that is one short bold phrase).
"""

from __future__ import annotations

import bisect
import re

from briefing.ingest.assemble import (
    Segment,
)
from briefing.ingest.html.metadata import MONTH
from briefing.ingest.html.nodes import TextNodes
from briefing.model import Span

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
MAX_KICKER_WORDS = 4
"""A section label above the headline ("Tech", "World news") is a few words long."""
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*|\(c\)\s*)?\d{4})|.*\ball rights reserved\W*$",
    re.IGNORECASE)
MAX_NOTICE_CHARS = 150
"""A copyright notice or a citation line is short; longer text is kept."""
_DATE = re.compile(
    rf"\b(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_DATELINE_WORDS = frozenset((
    "published", "updated", "posted", "last", "modified", "on", "at", "by",
    "am", "pm", "a.m", "p.m",
    "gmt", "utc", "bst", "edt", "est", "cdt", "cst", "pdt", "pst", "cet", "cest", "ist",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun"))
"""Words that may stand next to the date in a dateline without counting as other words
(a short byline is allowed: "Posted on May 3, 2026 by Jane Roe")."""
MAX_DATELINE_CHARS = 80
MAX_DATELINE_OTHER_WORDS = 2
"""A dateline may carry a short label ("report", a two-word name) besides the date itself."""
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
SENTENCE_END = re.compile(r"[.!?:;,\u2026][\"'\u201d\u2019)\]]*$")


def is_hidden(nodes: TextNodes, offset: int) -> bool:
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


def is_kicker(text: str) -> bool:
    """True for a heading short enough to be a section label above the headline."""
    plain = " ".join(text.split())
    return 0 < len(plain.split()) <= MAX_KICKER_WORDS and SENTENCE_END.search(plain) is None


def is_label(text: str) -> bool:
    """True for a short line that does not end like a sentence ("At the pier, before dawn"):
    above the headline, a label (kicker), not text."""
    plain = " ".join(text.split())
    return 0 < len(plain) <= MAX_SUBHEAD_CHARS and SENTENCE_END.search(plain) is None


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


def share_in(ranges: list[tuple[int, int]], segs: list[Segment]) -> float:
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


def is_link_line(text: str, segs: list[Segment], nodes: TextNodes) -> bool:
    """True for a "Read more: <link>" / "Related: <link>" / "(MORE: <link>)" line pointing
    to other stories."""
    plain = " ".join(text.split())
    return (len(plain) <= MAX_LINK_LINE_CHARS
            and (_LINK_LABEL.match(plain) is not None or _CAPS_LABEL.match(plain) is not None)
            and share_in(nodes.ranges["link"], segs) >= MIN_LINK_SHARE)


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


def is_bold_subhead(text: str, segs: list[Segment], nodes: TextNodes) -> bool:
    """True for a paragraph that is one short bold phrase (``<p><strong>Sub-head</strong></p>``).

    Pages often write sub-heads so; a bold lead-in ("<b>Update:</b> ...") or a bold sentence
    is not one.
    """
    plain = " ".join(text.split())
    return (0 < len(plain) <= MAX_SUBHEAD_CHARS and SENTENCE_END.search(plain) is None
            and share_in(nodes.ranges["bold"], segs) == 1.0)


def comment_regions(nodes: TextNodes) -> list[tuple[int, int]]:
    """Source ranges of the elements the page marks as readers' comments, in page order."""
    return sorted((nodes.pieces[first][0], nodes.pieces[last - 1][1])
                  for first, last in nodes.comments.found if last > first)


def in_comments(regions: list[tuple[int, int]], offset: int, text_start: int | None) -> bool:
    """True if ``offset`` lies in a comments region that begins after the article text
    (``text_start``) has begun; a region that holds the article's start is a wrapper."""
    return text_start is not None and any(
        text_start < s <= offset < e for s, e in regions)


def headline_between(label: list[Segment], h1: Span | None, text: list[Segment]) -> bool:
    """True if the page's headline ``h1`` stands between ``label`` and ``text``."""
    return h1 is not None and label[-1].end <= h1.start and h1.end <= text[0].start
