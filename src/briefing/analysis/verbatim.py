"""The check that every direct quote a briefing shows is verbatim in the source.

Run on every briefing before it is rendered (``analysis.analyze``). A failure is an
``IntegrityError``: it means a bug in the analysis, and it stops the build loudly
rather than publishing words someone did not say.
"""

from __future__ import annotations

import html
import re

from briefing.errors import IntegrityError
from briefing.model import Article, Briefing, Span

QUOTE_MARKS = "\"'“”‘’«»„‟‹›「」"
_TAG = re.compile(r"<[^>]*>")


def _words(text: str) -> str:
    return " ".join(text.split())


def _plain_start(article: Article, span: Span) -> int | None:
    """Where ``span.plain`` stands in the article's plain text, at ``span.start``."""
    at = article.text.find(span.plain)
    while at >= 0:
        if article.starts[at] == span.start:
            return at
        at = article.text.find(span.plain, at + 1)
    return None


def _shows_source(article: Article, span: Span) -> bool:
    """Whether every character shown for ``span`` is the source's own character at the
    place the provenance tables give: itself, an entity for it, or (for a space) white
    space. Markup between them (tags, emphasis marks) is what ingest left out.

    When the source's own characters at the span's offsets are exactly what is shown
    (plain text, no entities or markup inside), that is the answer without the walk."""
    if article.source[span.start:span.end] == span.plain:
        return True
    start = _plain_start(article, span)
    if start is None:
        return False
    for i in range(start, start + len(span.plain)):
        shown = article.text[i]
        chunk = article.source[article.starts[i]:article.ends[i]]
        if chunk == shown or html.unescape(chunk) == shown:
            continue
        if shown == " " and (chunk.isspace() or html.unescape(chunk).isspace()):
            continue
        if len(chunk) > 8 and shown in chunk:  # a block ingest could only map as a whole
            continue
        return False
    return True


def _between_quote_marks(article: Article, span: Span) -> bool:
    """Whether, in the text as shown, a quotation mark stands right before the quote or
    right after it (closing punctuation looked through)."""
    start = _plain_start(article, span)
    if start is None:
        return False
    before = article.text[:start].rstrip()
    after = article.text[start + len(span.plain):].lstrip(" ,.;:!?…—-")
    return (bool(before) and before[-1] in QUOTE_MARKS) or (
        bool(after) and after[0] in QUOTE_MARKS)


def check_verbatim(briefing: Briefing) -> None:
    """Raise ``IntegrityError`` unless every quote is the source's own words, in quotes."""
    for article in briefing.articles:
        for source in briefing.sources:
            for attribution in source.attributions:
                for span in (attribution.source, attribution.cue, attribution.content):
                    if article.source[span.start:span.end] != span.text:
                        raise IntegrityError(f"offset {span.start}:{span.end} does not hold",
                                             path=article.path)
                if not attribution.quote:
                    continue
                content = attribution.content
                shown = _words(content.plain)
                if not _shows_source(article, content):
                    raise IntegrityError(f"quote not verbatim: {shown!r} at {content.start}",
                                         path=article.path)
                if not _between_quote_marks(article, content):
                    raise IntegrityError(
                        f"quote not inside quotation marks: {shown!r} at {content.start}",
                        path=article.path)
