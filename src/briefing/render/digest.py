"""What the listing pages need of one briefing: a ``Digest``, small enough to keep 10,000.

A ``Briefing`` holds its article (original text, plain text, offset tables, sentences)
and every span of its analysis, about 90 KB in memory. The pages across briefings (home,
archive, tags, open questions, sources index) show only titles, dates, the lead key
point, the questions and what each source claimed, as plain text. The build keeps a
digest per briefing and drops the briefing itself once its own page is made, so its
memory stays flat per article however large the site grows (issue: 10,000 articles in
at most 1 GB).

Digests are made by ``digest()`` from a briefing, in the worker process that analysed
it, and cached beside the analysis; the listing templates receive digests, never
briefings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from briefing.model import Briefing, Metadata, QuestionKind, SourceKind


@dataclass(frozen=True, slots=True)
class Claim:
    """One thing a source said, as the sources index shows it."""

    quote: bool
    """True for a verbatim direct quote."""
    cue: str
    """The reporting verb or phrase, as plain text ("said", "according to")."""
    content: str
    """What was said, as plain text; for a quote, the words inside the quotation marks."""
    sentence: int
    """Index of the body sentence that holds it (the link target)."""


@dataclass(frozen=True, slots=True)
class SourceDigest:
    """One source of one briefing, as the sources index shows it."""

    name: str
    """Normalised name, as in ``model.Source.name``."""
    kind: SourceKind
    anonymous: bool
    claims: tuple[Claim, ...]
    """Its attributions in reading order."""


@dataclass(frozen=True, slots=True)
class QuestionDigest:
    """One open question, as the open-questions pages show it."""

    question: str
    """The question a reader would ask."""
    cue: str
    """The words that make the claim open."""
    kind: QuestionKind
    sentence: int
    """Index of the body sentence it comes from (the link target)."""


@dataclass(frozen=True, slots=True)
class Digest:
    """One briefing as the pages across briefings show it."""

    id: str
    """The article id (path inside the content folder): stable, unique."""
    slug: str
    """File name stem of the briefing's page."""
    meta: Metadata
    """Title, URL, publisher, author, date and tags of the article."""
    lead: str | None
    """The first key point as plain text, if there is one."""
    description: str
    """One sentence about the briefing (``views.description``)."""
    reading_minutes: float
    """Reading time of the original article."""
    minutes_saved: float
    """Reading time the briefing saves."""
    sentence_count: int
    """Body sentences of the article: the valid link targets ``s-0`` ... ``s-(n-1)``."""
    open_questions: tuple[QuestionDigest, ...]
    sources: tuple[SourceDigest, ...]
    warnings: tuple[str, ...] = ()
    """Problems met while reading the article that did not stop it."""

    def with_slug(self, slug: str) -> Digest:
        """The same digest under another page name."""
        return replace(self, slug=slug)

    @property
    def sort_key(self) -> tuple[int, str, str]:
        """Its place in listings (``listing_order``)."""
        return listing_order(self.meta, self.id)


def listing_order(meta: Metadata, article_id: str) -> tuple[int, str, str]:
    """The sort key of listings: newest first, undated last, then by title and id."""
    return (-(meta.date or dt.date.min).toordinal(), meta.title.casefold(), article_id)


def digest(briefing: Briefing) -> Digest:
    """The digest of a briefing."""
    from briefing.render.views import description

    return Digest(
        id=briefing.article.id,
        slug=briefing.slug,
        meta=briefing.meta,
        lead=briefing.key_points[0].span.plain if briefing.key_points else None,
        description=description(briefing),
        reading_minutes=briefing.readability.source.reading_time_minutes,
        minutes_saved=briefing.readability.minutes_saved,
        sentence_count=len(briefing.article.sentences),
        open_questions=tuple(QuestionDigest(q.question, q.cue, q.kind, q.sentence)
                             for q in briefing.open_questions),
        sources=tuple(SourceDigest(s.name, s.kind, s.anonymous, tuple(
            Claim(a.quote, a.cue.plain, a.content.plain, a.sentence) for a in s.attributions))
            for s in briefing.sources),
        warnings=briefing.article.warnings,
    )
