"""Key points: the author's highlights when present, otherwise ranked sentences."""

from __future__ import annotations

from briefing.model import Article, KeyPoint, KeyPointOrigin
from briefing.options import AnalysisOptions


def key_points(article: Article, options: AnalysisOptions) -> tuple[KeyPoint, ...]:
    """The few sentences that matter, in the order a reader should see them."""
    limit = options.max_key_points or None
    if article.highlights:
        return tuple(
            KeyPoint(span=article.span(b.start, b.end), origin=KeyPointOrigin.HIGHLIGHT, score=1.0)
            for b in article.highlights
        )[:limit]
    return tuple(
        KeyPoint(span=article.span(s.start, s.end), origin=KeyPointOrigin.RANKED,
                 sentence=s.index, score=1.0 / (1 + s.index))
        for s in article.sentences
    )[:limit]
