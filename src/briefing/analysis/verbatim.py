"""The check that every direct quote a briefing shows is verbatim in the source.

Run on every briefing before it is rendered (``analysis.analyze``). A failure is an
``IntegrityError``: it means a bug in the analysis, and it stops the build loudly
rather than publishing words someone did not say.
"""

from __future__ import annotations

import html
import re

from briefing.errors import IntegrityError
from briefing.ingest.assemble import is_invisible
from briefing.model import Article, Briefing, Span

QUOTE_MARKS = "\"'“”‘’«»„‟‹›「」"
_TAG = re.compile(r"<[^>]*>")
_MARKUP = re.compile(r"[*_`]")


def _words(text: str) -> str:
    return " ".join(text.split())


def _source_words(article: Article, span: Span) -> str:
    """The words of the original stretch, as a reader sees them in the source."""
    text = span.text
    if article.format == "html":
        text = html.unescape(_TAG.sub("", text))
    elif article.format == "md":
        text = _MARKUP.sub("", text)
    # bidi controls and zero-width characters never reach the plain text (ingest drops them)
    return _words("".join(ch for ch in text if not is_invisible(ch)))


def _between_quote_marks(article: Article, span: Span) -> bool:
    """Whether a quotation mark stands right before or after the span (closing
    punctuation and, in web pages, tags and entities looked through)."""
    before = article.source[max(0, span.start - 200):span.start]
    after = article.source[span.end:span.end + 200]
    if article.format == "html":
        before = html.unescape(_TAG.sub("", before))
        after = html.unescape(_TAG.sub("", after))
    before = before.rstrip()
    after = after.lstrip(" \t\r\n,.;:!?…—-")
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
                if shown != _source_words(article, content):
                    raise IntegrityError(f"quote not verbatim: {shown!r} at {content.start}",
                                         path=article.path)
                if not _between_quote_marks(article, content):
                    raise IntegrityError(
                        f"quote not inside quotation marks: {shown!r} at {content.start}",
                        path=article.path)
