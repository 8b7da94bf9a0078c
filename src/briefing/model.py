"""The plain, typed data model that every pipeline stage passes on.

ingest:  file            -> Article
analyze: Article(s)      -> Briefing
render:  Briefing        -> Markdown
publish: Markdown files  -> site

Every value here is immutable. Offsets come in two kinds, and the names say which:

* ``Span.start`` / ``Span.end`` are character offsets into the *decoded original
  file* (``Article.source``), so ``article.source[span.start:span.end] == span.text``.
  This is the provenance that links every claim back to its source.
* ``Block.start`` / ``Sentence.start`` ... are offsets into ``Article.text``, the
  plain text the analyses read (markup stripped, blocks joined by blank lines).
  ``Article.span()`` maps plain offsets to a ``Span``.

A briefing holds a tuple of articles so that one story can later draw on several;
every span then belongs to the article its ``sentence`` index is counted in.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of an article's original file."""

    start: int
    """Offset of the first character in the decoded original file."""
    end: int
    """Offset one past the last character in the decoded original file."""
    text: str
    """Exactly ``source[start:end]``: may hold markup for .md and .html files."""
    plain: str
    """The same stretch as plain text, the way a reader should see it. One exception: an
    attribution's ``content`` may add, in square brackets, the noun a relative clause
    leaves out ("it is annexing [the regions]"), as an editor marks words added to a
    quotation; ``text`` and the offsets are always the article's own words."""


class BlockKind(str, enum.Enum):
    """What part of an article a block of text is."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    HIGHLIGHT = "highlight"
    """A bullet the author put above the article as their own summary."""


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-like unit of an article's body."""

    kind: BlockKind
    """Paragraph, heading, list item, block quote or author's highlight."""
    start: int
    """Offset into ``Article.text``."""
    end: int
    """Offset one past the end in ``Article.text``."""
    text: str
    """Plain text, ``Article.text[start:end]``."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the article body, as the analyses see it."""

    index: int
    """Position among the article's sentences, from 0."""
    block: int
    """Index into ``Article.blocks`` of the block that holds it."""
    start: int
    """Offset into ``Article.text``."""
    end: int
    """Offset one past the end in ``Article.text``."""
    text: str
    """Plain text, ``Article.text[start:end]``."""


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about an article besides its text."""

    title: str
    """Plain-text title; never empty (ingest falls back to the file name)."""
    url: str | None = None
    """Where the article was published; only http(s) URLs are kept."""
    publisher: str | None = None
    """The outlet that published it, e.g. "Business Insider"."""
    author: str | None = None
    """Byline, as given."""
    date: _dt.date | None = None
    """Publication date, from front matter or page metadata, never from the clock."""
    tags: tuple[str, ...] = ()
    """Free-form tags, as given, de-duplicated, in order."""


@dataclass(frozen=True, slots=True)
class Article:
    """One source file, decoded and split into blocks and sentences."""

    id: str
    """Stable identifier: the path relative to the content folder, with ``/``."""
    path: str
    """The path the file was read from, for messages."""
    format: str
    """``txt``, ``md`` or ``html``."""
    source: str
    """The decoded original file: what every ``Span`` points into."""
    text: str
    """Plain text of all blocks, joined by blank lines: what the analyses read."""
    starts: Sequence[int]
    """``starts[i]``: where the source of ``text[i]`` begins in ``source``."""
    ends: Sequence[int]
    """``ends[i]``: where the source of ``text[i]`` ends in ``source`` (an entity like
    ``&amp;`` is one plain character with a five-character source)."""
    meta: Metadata
    """Title, URL, publisher, author, date and tags."""
    blocks: tuple[Block, ...]
    """Body blocks and the author's highlights, in reading order."""
    sentences: tuple[Sentence, ...]
    """Sentences of the body blocks (not of highlights), in reading order."""
    title_span: Span | None = None
    """Where the title stands in the original, when it comes from the text."""
    warnings: tuple[str, ...] = ()
    """Problems met while reading that did not stop it (e.g. "decoded as cp1252")."""

    def span(self, start: int, end: int) -> Span:
        """The ``Span`` of the original file behind ``text[start:end]``."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"bad plain range {start}:{end} for {self.id}")
        s = self.starts[start]
        e = self.ends[end - 1]
        return Span(start=s, end=e, text=self.source[s:e], plain=self.text[start:end])

    @property
    def highlights(self) -> tuple[Block, ...]:
        """The author's own highlights, if any."""
        return tuple(b for b in self.blocks if b.kind is BlockKind.HIGHLIGHT)

    @property
    def word_count(self) -> int:
        """Words in the body, highlights excluded."""
        return sum(len(s.text.split()) for s in self.sentences)


# --------------------------------------------------------------------------- analysis


class KeyPointOrigin(str, enum.Enum):
    """Why a key point was chosen."""

    HIGHLIGHT = "highlight"
    """The author's own highlight."""
    RANKED = "ranked"
    """A body sentence ranked high by the key-point analysis."""


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """One of the few sentences that matter."""

    span: Span
    """Where it stands in the original."""
    origin: KeyPointOrigin
    """Author's highlight or ranked sentence."""
    sentence: int | None = None
    """Index of the body sentence it is, or best matches (for highlights), if any."""
    score: float = 0.0
    """The ranker's score (1.0 for highlights); higher is more central."""


class SourceKind(str, enum.Enum):
    """What kind of source is speaking."""

    GOVERNMENT = "government"
    MILITARY = "military"
    MEDIA = "media"
    OFFICIAL = "official"
    EXPERT = "expert"
    ANONYMOUS = "anonymous"
    PERSON = "person"
    ORGANIZATION = "organization"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Attribution:
    """One act of saying, reporting or believing: who, the cue, and what."""

    source: Span
    """The words that name the source as they stand in the text ("it", "the ministry")."""
    cue: Span
    """The reporting verb or phrase ("said", "reported", "according to")."""
    content: Span
    """What was said; for a direct quote, the words inside the quotation marks."""
    quote: bool
    """True when ``content`` is a verbatim direct quote."""
    sentence: int
    """Index of the sentence that holds the cue."""


@dataclass(frozen=True, slots=True)
class Source:
    """Everyone that the article attributes something to, under one normalised name."""

    name: str
    """Normalised name ("UK Defense Ministry"), after resolving pronouns and aliases."""
    kind: SourceKind
    """Government, military, media, official, expert, anonymous..."""
    anonymous: bool
    """True when the source is not named ("a pro-Russian official", "sources")."""
    attributions: tuple[Attribution, ...]
    """What they said, in reading order."""
    aliases: tuple[str, ...] = ()
    """Other names used for the same source in the text, sorted."""

    @property
    def quotes(self) -> tuple[Attribution, ...]:
        """The direct quotes among the attributions."""
        return tuple(a for a in self.attributions if a.quote)


class QuestionKind(str, enum.Enum):
    """Why a claim is open."""

    HEDGED = "hedged"
    SPECULATIVE = "speculative"
    UNCONFIRMED = "unconfirmed"
    CONTESTED = "contested"


@dataclass(frozen=True, slots=True)
class OpenQuestion:
    """A claim the article leaves open, worded as the question a reader would ask."""

    question: str
    """The question, in plain text."""
    cue: str
    """The words that make the claim open ("It's possible that", "reportedly")."""
    span: Span
    """The sentence it comes from, in the original."""
    kind: QuestionKind
    """Hedged, speculative, unconfirmed or contested."""
    sentence: int
    """Index of the sentence it comes from."""
    related: tuple[int, ...] = ()
    """For contested claims: the sentences that disagree with this one."""


@dataclass(frozen=True, slots=True)
class ReadabilityScores:
    """textstat figures for one text."""

    words: int
    sentences: int
    flesch_reading_ease: float
    """Higher is easier; 60-70 is plain English."""
    grade_level: float
    """Flesch-Kincaid grade level."""
    reading_time_minutes: float
    """At the configured words per minute."""


@dataclass(frozen=True, slots=True)
class Readability:
    """Readability of the source against the briefing."""

    source: ReadabilityScores
    briefing: ReadabilityScores

    @property
    def minutes_saved(self) -> float:
        """Reading time the briefing saves against the source."""
        saved = self.source.reading_time_minutes - self.briefing.reading_time_minutes
        return max(0.0, round(saved, 1))


@dataclass(frozen=True, slots=True)
class Briefing:
    """What ``analyze`` makes of one story: today one article, later maybe several."""

    slug: str
    """File name stem of the briefing page, unique in the site."""
    articles: tuple[Article, ...]
    """The articles the briefing draws on; today always exactly one."""
    key_points: tuple[KeyPoint, ...]
    sources: tuple[Source, ...]
    open_questions: tuple[OpenQuestion, ...]
    readability: Readability
    warnings: tuple[str, ...] = field(default=())
    """Non-fatal problems met while analysing, for the build log."""

    @property
    def article(self) -> Article:
        """The (first) article."""
        return self.articles[0]

    @property
    def meta(self) -> Metadata:
        """Metadata of the (first) article."""
        return self.articles[0].meta

    @property
    def sentence_count(self) -> int:
        """Body sentences of the (first) article: what ``sentence`` indexes count in."""
        return len(self.articles[0].sentences)
