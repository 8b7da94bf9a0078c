"""Stage 2, analyze: ``Article`` -> ``Briefing``.

Each concept is one module of pure functions ``f(article, options) -> result``:
``keypoints``, ``sources``, ``questions``, ``readability``. ``analyze`` only wires
them together.
"""

from __future__ import annotations

from briefing.analysis.keypoints import key_points
from briefing.analysis.questions import open_questions
from briefing.analysis.readability import readability
from briefing.analysis.sources import find_sources
from briefing.analysis.verbatim import check_verbatim
from briefing.model import Article, Briefing
from briefing.options import AnalysisOptions


def analyze(article: Article, options: AnalysisOptions, *, slug: str) -> Briefing:
    """The briefing for one article."""
    points = key_points(article, options)
    sources = find_sources(article, options)
    questions = open_questions(article, options, sources=sources)
    briefing = Briefing(
        slug=slug,
        articles=(article,),
        key_points=points,
        sources=sources,
        open_questions=questions,
        readability=readability(article, points, questions, options),
    )
    check_verbatim(briefing)
    return briefing
