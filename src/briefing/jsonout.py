"""Machine-readable output: one JSON object per briefing (``--format json``).

The shape is fixed by ``schema/analysis.schema.json``; every ``start``/``end`` is a
character offset into the decoded original file, so ``original[start:end] == text``, and
``plain``, given only where it differs from ``text``, is the same stretch as a reader sees
it (for .md and .html files, ``text`` may hold markup and entities). Plain-text articles,
most spans of any article, would only repeat ``text``: the site's export stays a third
smaller.

Schema versions: 2 added ``plain``.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from briefing.model import Attribution, Briefing, ReadabilityScores, Span

SCHEMA_VERSION = 2


def span_json(span: Span) -> dict[str, Any]:
    """``{text, start, end}`` of a span, and ``plain`` where it differs from ``text``."""
    out: dict[str, Any] = {"text": span.text, "start": span.start, "end": span.end}
    if span.plain != span.text:
        out["plain"] = span.plain
    return out


def _attribution(a: Attribution) -> dict[str, Any]:
    return {"source": span_json(a.source), "cue": span_json(a.cue),
            "content": span_json(a.content), "quote": a.quote, "sentence": a.sentence}


def _scores(s: ReadabilityScores) -> dict[str, Any]:
    return {"words": s.words, "sentences": s.sentences,
            "flesch_reading_ease": s.flesch_reading_ease, "grade_level": s.grade_level,
            "reading_time_minutes": s.reading_time_minutes}


def briefing_json(briefing: Briefing) -> dict[str, Any]:
    """The JSON object of one briefing."""
    article = briefing.article
    meta = briefing.meta
    return {
        "schema_version": SCHEMA_VERSION,
        "path": article.path,
        "id": article.id,
        "slug": briefing.slug,
        "title": meta.title,
        "url": meta.url,
        "publisher": meta.publisher,
        "author": meta.author,
        "date": meta.date.isoformat() if meta.date else None,
        "tags": list(meta.tags),
        "key_points": [dict(span_json(k.span), origin=k.origin.value) for k in briefing.key_points],
        "sources": [
            {"name": s.name, "kind": s.kind.value, "anonymous": s.anonymous,
             "aliases": list(s.aliases), "attributions": [_attribution(a) for a in s.attributions]}
            for s in briefing.sources
        ],
        "open_questions": [
            {"question": q.question, "cue": q.cue, "kind": q.kind.value, **span_json(q.span)}
            for q in briefing.open_questions
        ],
        "readability": {
            "source": _scores(briefing.readability.source),
            "briefing": _scores(briefing.readability.briefing),
            "minutes_saved": briefing.readability.minutes_saved,
        },
    }


def dumps(briefing: Briefing) -> str:
    """One line of JSON Lines."""
    return json.dumps(briefing_json(briefing), ensure_ascii=False, sort_keys=True)


def schema() -> dict[str, Any]:
    """The JSON Schema of ``briefing_json`` output."""
    text = resources.files("briefing").joinpath("schema/analysis.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
