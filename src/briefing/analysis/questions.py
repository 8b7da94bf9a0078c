"""Open questions: hedged, speculative, unconfirmed or contested claims."""

from __future__ import annotations

from briefing.model import Article, OpenQuestion, Source
from briefing.options import AnalysisOptions


def open_questions(article: Article, options: AnalysisOptions, *,
                   sources: tuple[Source, ...] | None = None) -> tuple[OpenQuestion, ...]:
    """The claims the article leaves open, as questions."""
    return ()
