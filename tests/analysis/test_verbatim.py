"""analysis.verbatim: a quote that is not the source's own words stops the build."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from briefing.analysis import analyze
from briefing.analysis.verbatim import check_verbatim
from briefing.errors import IntegrityError
from briefing.ingest import ingest_file
from briefing.model import Briefing, Span
from briefing.options import AnalysisOptions, IngestOptions

from support import SEED


def seed_briefing() -> Briefing:
    article = ingest_file(SEED, SEED.parent, IngestOptions())
    return analyze(article, AnalysisOptions(), slug="seed")


def replace_first_quote(briefing: Briefing, content: Span) -> Briefing:
    sources = list(briefing.sources)
    for i, source in enumerate(sources):
        for j, a in enumerate(source.attributions):
            if a.quote:
                attributions = list(source.attributions)
                attributions[j] = dataclasses.replace(a, content=content)
                sources[i] = dataclasses.replace(source, attributions=tuple(attributions))
                return dataclasses.replace(briefing, sources=tuple(sources))
    raise AssertionError("the seed has no quote")


def first_quote(briefing: Briefing) -> Span:
    return next(a.content for s in briefing.sources for a in s.attributions if a.quote)


def test_seed_quotes_are_verbatim() -> None:
    briefing = seed_briefing()
    check_verbatim(briefing)
    assert first_quote(briefing).plain.startswith("Russian forces have typically broken")


def test_altered_words_are_caught() -> None:
    briefing = seed_briefing()
    quote = first_quote(briefing)
    altered = dataclasses.replace(quote, plain=quote.plain.replace("typically", "always"))
    with pytest.raises(IntegrityError, match="quote not verbatim"):
        check_verbatim(replace_first_quote(briefing, altered))


def test_words_outside_quotation_marks_are_caught() -> None:
    briefing = seed_briefing()
    source = briefing.article.source
    start = source.index("Ukraine has said")
    span = Span(start, start + 16, source[start:start + 16], "Ukraine has said")
    with pytest.raises(IntegrityError, match="not inside quotation marks"):
        check_verbatim(replace_first_quote(briefing, span))


def test_offsets_that_do_not_hold_are_caught(tmp_path: Path) -> None:
    briefing = seed_briefing()
    quote = first_quote(briefing)
    shifted = dataclasses.replace(quote, start=quote.start + 1, end=quote.end + 1)
    with pytest.raises(IntegrityError, match="does not hold"):
        check_verbatim(replace_first_quote(briefing, shifted))
