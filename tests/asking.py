"""Shared by the open-question tests: the question one sentence raises, and the questions
of a short article written in a test."""

from __future__ import annotations

from briefing.analysis.questions import open_questions
from briefing.analysis.questions.hedged import hedged_question
from briefing.ingest.text import read_text
from briefing.options import AnalysisOptions


def hedged(text: str) -> str | None:
    """The question ``hedged_question`` asks of one sentence, or None."""
    cand = hedged_question(text)
    return None if cand is None else cand.question


def article_questions(body: str) -> list[str]:
    """Every open question (no cap) of an article with ``body`` under a plain title."""
    article = read_text("t.txt", "t.txt", f"Town news\n\n{body}\n")
    return [q.question for q in open_questions(article, AnalysisOptions(max_open_questions=0))]
