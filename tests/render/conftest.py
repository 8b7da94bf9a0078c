"""Briefings with every field filled, for the render tests.

The article is read by the real ingest from a Markdown file written here; the analysis
results (key points, sources, open questions, readability) are set by hand, so these
tests pin down rendering alone, whatever the analyses currently find.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import markdown
import pytest

from briefing.ingest import ingest_file
from briefing.model import (
    Article,
    Attribution,
    Briefing,
    KeyPoint,
    KeyPointOrigin,
    OpenQuestion,
    QuestionKind,
    Readability,
    ReadabilityScores,
    Source,
    SourceKind,
    Span,
)
from briefing.options import IngestOptions

ARTICLE = """\
---
title: {title}
date: {date}
publisher: The Gazette
author: Ana Ruiz
url: https://example.org/harbour-plan
tags: {tags}
highlights: ["The council approved the plan; work starts in June."]
---

The council approved the harbour plan on Tuesday, the mayor said.

"We will start in June," said Lena Ortiz, the council's planner.

> Officials said the cost may rise.

- Some residents reportedly oppose the plan.
- Others welcome it.

## What comes next

The first works are due in June.
"""


def read_article(folder: Path, name: str, *, title: str = "Council approves the harbour plan",
                 date: str = "2024-05-02", tags: str = "[harbour, planning]",
                 text: str | None = None) -> Article:
    """An article read by the real ingest from ``folder/name``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text if text is not None else
                    ARTICLE.format(title=title, date=date, tags=tags), encoding="utf-8")
    return ingest_file(path, folder, IngestOptions())


def find(article: Article, words: str) -> Span:
    """The span of the first occurrence of ``words`` in the article's plain text."""
    start = article.text.index(words)
    return article.span(start, start + len(words))


def sentence_span(article: Article, index: int) -> Span:
    s = article.sentences[index]
    return article.span(s.start, s.end)


def scores(words: int, minutes: float) -> ReadabilityScores:
    return ReadabilityScores(words=words, sentences=max(1, words // 12),
                             flesch_reading_ease=61.5, grade_level=8.25,
                             reading_time_minutes=minutes)


def full_briefing(article: Article, slug: str = "council-approves-the-harbour-plan") -> Briefing:
    """Key points (a highlight and two ranked sentences), three sources, two questions."""
    highlight = article.highlights[0]
    key_points = (
        KeyPoint(span=article.span(highlight.start, highlight.end),
                 origin=KeyPointOrigin.HIGHLIGHT, sentence=0, score=1.0),
        KeyPoint(span=sentence_span(article, 1), origin=KeyPointOrigin.RANKED, sentence=1,
                 score=0.8),
        KeyPoint(span=sentence_span(article, 6), origin=KeyPointOrigin.RANKED, sentence=6,
                 score=0.5),
    )
    sources = (
        Source(name="Lena Ortiz", kind=SourceKind.PERSON, anonymous=False, attributions=(
            Attribution(source=find(article, "Lena Ortiz"), cue=find(article, "said Lena"),
                        content=find(article, "We will start in June"), quote=True,
                        sentence=1),), aliases=("the council's planner",)),
        Source(name="the mayor", kind=SourceKind.OFFICIAL, anonymous=False, attributions=(
            Attribution(source=find(article, "the mayor"), cue=find(article, "mayor said"),
                        content=find(article, "The council approved the harbour plan"),
                        quote=False, sentence=0),)),
        Source(name="Officials", kind=SourceKind.OFFICIAL, anonymous=True, attributions=(
            Attribution(source=find(article, "Officials"), cue=find(article, "said the"),
                        content=find(article, "the cost may rise"), quote=False,
                        sentence=2),)),
    )
    questions = (
        OpenQuestion(question="Will the cost rise?", cue="may", span=sentence_span(article, 2),
                     kind=QuestionKind.HEDGED, sentence=2),
        OpenQuestion(question="Do residents oppose the plan?", cue="reportedly",
                     span=sentence_span(article, 3), kind=QuestionKind.CONTESTED, sentence=3,
                     related=(4,)),
    )
    return Briefing(slug=slug, articles=(article,), key_points=key_points, sources=sources,
                    open_questions=questions,
                    readability=Readability(source=scores(460, 2.0), briefing=scores(40, 0.2)))


@pytest.fixture
def briefing(tmp_path: Path) -> Briefing:
    """A full briefing of the harbour article."""
    return full_briefing(read_article(tmp_path / "content", "harbour.md"))


@pytest.fixture
def make_briefing(tmp_path: Path) -> Callable[..., Briefing]:
    """``make_briefing(name, slug, title=..., date=..., tags=...)``: more full briefings."""
    def make(name: str, slug: str, **fields: str) -> Briefing:
        article = read_article(tmp_path / "content", name, **fields)
        return full_briefing(article, slug)

    return make


def to_html(page: str) -> str:
    """A generated page as MkDocs makes it HTML: the front matter cut, the same extensions
    as mkdocs.yml."""
    body = re.sub(r"\A---\n.*?\n---\n", "", page, flags=re.S)
    return markdown.markdown(body, extensions=["tables", "attr_list", "md_in_html", "toc"])


@pytest.fixture
def html_of() -> Callable[[str], str]:
    """``html_of(page)``: a generated page converted as MkDocs would (see ``to_html``)."""
    return to_html


@pytest.fixture
def article_file(tmp_path: Path) -> Callable[..., Article]:
    """``article_file(name, text=...)``: an article read by the real ingest."""
    def make(name: str, **fields: str) -> Article:
        return read_article(tmp_path / "content", name, **fields)

    return make


@pytest.fixture
def briefing_of() -> Callable[..., Briefing]:
    """``briefing_of(article, slug)``: the full briefing of any article made here."""
    return full_briefing
