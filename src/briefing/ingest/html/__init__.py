"""Saved web pages (``.html``).

trafilatura finds the article in the page and its metadata, offline (``extract``). Its text
is normalised, so each extracted block is found again in the page's own text nodes
(``nodes``, ``align``): every plain character keeps its offset into the original file, and a
block that cannot be found is dropped with a warning, never given offsets that are not its
own. Entities are only ever decoded from the HTML5 table: DTD entities (``<!ENTITY ...>``,
"billion laughs", ``SYSTEM "file:///..."``) are never expanded or fetched, by either parser.
A file with no markup at all is read as plain text; a page that declares itself a site's
front page (its own address is the site root, no article declared) is skipped.

Real saved pages add general rules on top of trafilatura (see ``benchmarks/results/html.md``
and ``benchmarks/eval_html.py``, which scores them against labelled real pages):

* ``metadata``: the publication date the page declares, the site's names, and the headline
  (a title that is only the site's name, or the ``<h1>`` plus a suffix, gives way);
* ``authors``: the byline, and what is no byline (the publisher, interface text, a
  dateline, a job title after the name);
* ``blocks``: which extracted blocks are not article text (credits, datelines, notices,
  "Read more" lines, interface text, comments, lists of other stories) and which are
  sub-headings;
* ``header``: what trafilatura leaves out between the headline and the text: the
  stand-first (kept as the first block) and the date printed there, which gives the date
  when the page declares none (or trafilatura's date search found another one elsewhere).

``read_html`` puts them together: blocks in reading order, the headline's place in the
source as the title's span, hidden (``googleoff``) text and a label above the headline left
out.
"""

from __future__ import annotations

import re

from briefing.errors import IngestError
from briefing.ingest.assemble import (
    ArticleBuilder,
    Segment,
    clean_text,
    fallback_title,
    split_sentences,
)
from briefing.ingest.html.align import Aligner
from briefing.ingest.html.authors import (
    author_name,
    byline,
    is_job_title,
    is_placeholder_author,
    is_site_domain,
    page_byline,
    without_organisations,
)
from briefing.ingest.html.blocks import (
    MAX_SUBHEAD_CHARS,
    SENTENCE_END,
    comment_regions,
    headline_between,
    in_comments,
    is_bold_subhead,
    is_credit,
    is_dateline,
    is_hidden,
    is_interface_text,
    is_kicker,
    is_label,
    is_lead_caption,
    is_link_line,
    is_notice,
    is_related_heading,
)
from briefing.ingest.html.extract import clean_value, extract_page
from briefing.ingest.html.header import (
    PrintedDate,
    Run,
    header_runs,
    printed_date,
    publication_date,
    standfirst,
    wire_date,
)
from briefing.ingest.html.metadata import (
    copyright_holders,
    declared_date,
    declared_headlines,
    declared_titles,
    front_page_url,
    has_date_meta,
    headline,
    is_site_name,
    name_key,
    organisation_names,
    simple_form,
)
from briefing.ingest.html.nodes import TextNodes, text_nodes
from briefing.model import Article, BlockKind, Metadata, Span

LXML_MAX_DEPTH = 255
"""Deeper nesting than this makes lxml (and so trafilatura) give up on a page."""
LXML_MAX_TEXT = 10_000_000
"""lxml drops a text node longer than this many characters."""


def _snippet(text: str) -> str:
    words = " ".join(text.split())
    return repr(words if len(words) <= 50 else words[:47] + "...")


def _locate_sentences(aligner: Aligner, kind: BlockKind, text: str,
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


def _why_empty(nodes: TextNodes) -> str:
    """A hint at why nothing was extracted, when the page breaks the HTML parser's limits."""
    if nodes.max_depth > LXML_MAX_DEPTH:
        return (f" (elements nested {nodes.max_depth} deep; the HTML parser gives up past "
                f"{LXML_MAX_DEPTH})")
    longest = max((e - s for s, e, _ in nodes.pieces), default=0)
    if longest > LXML_MAX_TEXT:
        return (f" (a text of {longest} characters without markup; the HTML parser drops "
                f"text longer than {LXML_MAX_TEXT})")
    return ""


def _header(source: str, headline: Span | None, first: list[Segment]) -> list[Run]:
    """The runs of text between the headline and the first block of text, if the headline
    comes first."""
    if headline is None or headline.end > first[0].start:
        return []
    return header_runs(source, headline.end, first[0].start)


def _extracted(blocks: list[tuple[BlockKind, str]]) -> str:
    """The text of every block trafilatura extracted, by ``simple_form``."""
    return "\n".join(simple_form(text) for _, text in blocks)


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
                and SENTENCE_END.search(first) is None and len(found) > 1:
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
    nodes = text_nodes(source)
    if (root := front_page_url(nodes)) is not None:
        raise IngestError(
            f"the page is a site's front page (its address is the site's root, {root}), "
            "not an article", path=path,
            hint="save the article's own page; a front page's text is teasers of other stories")
    page = extract_page(source, path)
    if page is None or not page.blocks:
        raise IngestError(f"no article text found in the page{_why_empty(nodes)}", path=path)
    aligner = Aligner(source, nodes)
    builder = ArticleBuilder(id=id, path=path, format="html", source=source)
    warnings: list[str] = []
    publisher = page.publisher
    if publisher and name_key(publisher) not in organisation_names(nodes, None) \
            and name_key(publisher) in {name_key(h) for h in declared_headlines(nodes)}:
        publisher = None  # the story's headline, taken for the site's name
    site_names = organisation_names(nodes, publisher)
    title, h1_span = headline(page.title, nodes, site_names)
    declared = declared_titles(nodes, site_names)
    title_span: Span | None = None
    kicker: tuple[BlockKind, list[Segment]] | None = None
    bylines: list[str] = []
    comments = comment_regions(nodes)
    text_start: int | None = None
    header: list[Run] | None = None
    opening = ""
    for kind, text in page.blocks:
        segs = aligner.locate(text)
        if segs is None:
            segs = _locate_sentences(aligner, kind, text, warnings)
        if not segs or is_hidden(nodes, segs[0].start) or is_interface_text(text) \
                or in_comments(comments, segs[0].start, text_start):
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
                or (title is not None and simple_form(text) in declared
                    and simple_form(title) not in declared
                    and all(b.kind is BlockKind.HEADING for b in builder.blocks))):
            # the headline: the title, not a block; a label right above it is no text.
            # A heading at the top that the page declares as its headline wins over a
            # title the page does not declare (an <h1> that only names a section).
            kicker = None
            title = title if title and _same(text, title) else clean_value(text)
            s, e = segs[0].start, segs[-1].end
            title_span = Span(s, e, source[s:e], clean_value(text) or "")
            continue
        if kind is BlockKind.HEADING and is_related_heading(text) and any(
                b.kind is not BlockKind.HEADING for b in builder.blocks):
            break  # the article has ended: what follows lists other stories
        if kicker is not None:
            if not headline_between(kicker[1], h1_span, segs):
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
        if header is None:
            header = _header(source, title_span or h1_span, segs)
            deck = standfirst(nodes, aligner.piece_starts, header,
                              lambda: _extracted(page.blocks))
            if deck is not None:
                builder.add_block(BlockKind.PARAGRAPH, deck)
        builder.add_block(kind, segs)
        if text_start is None and kind is BlockKind.PARAGRAPH:
            text_start = segs[0].start
            opening = text
    if kicker is not None:
        builder.add_block(*kicker)
    if title_span is None:
        title_span = h1_span
    if title is None:
        heading = next((b for b in builder.blocks if b.kind is BlockKind.HEADING
                        and not is_site_name(b.text, site_names)), None)
        # the site name only when the page offers nothing better
        title = heading.text if heading is not None else page.title
    date = declared_date(nodes)
    if date is None:  # the date printed at the top, or opening the text, may tell
        printed = printed_date(nodes, aligner.piece_starts, header or [])
        if printed is None and (wired := wire_date(opening)) is not None:
            printed = PrintedDate(wired, updated=False)
        date = publication_date(printed, page.date, has_date_meta(nodes))
    author = author_name(page.author)
    if author:
        author = without_organisations(author, site_names, copyright_holders(nodes))
    if author and (name_key(author) in site_names or is_placeholder_author(author)
                   or is_site_domain(author, site_names, page.url)):
        author = None  # the publisher's own name or domain, or interface text: no byline
    if author is None and bylines:
        author = bylines[0]
    if author is None:
        author = page_byline(nodes, site_names)
    meta = Metadata(title=title or fallback_title(path), url=page.url, publisher=publisher,
                    author=author, date=date, tags=page.tags)
    return builder.build(meta, title_span, warnings)
