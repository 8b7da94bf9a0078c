"""Sources: who said or reported what, grouped under a normalised name."""

from __future__ import annotations

from briefing.model import Article, Source
from briefing.options import AnalysisOptions


def find_sources(article: Article, options: AnalysisOptions) -> tuple[Source, ...]:
    """Every source the article attributes something to."""
    return ()
