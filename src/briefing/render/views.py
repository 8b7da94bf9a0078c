"""What templates show, computed from the model: anchors, groupings, labels, page paths.

Pure functions of ``Briefing`` values (a briefing's own page) and ``Digest`` values (the
pages across briefings, ``digest.py``), so templates stay declarative and every rule
(which anchor a key point links to, how briefings are grouped by date, how tags map to
pages) is tested once, here. Strings returned as ``Markup`` are built only from
validated characters (slugs, digits, fixed words); everything else stays a plain ``str``
that the environment escapes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from markupsafe import Markup
from slugify import slugify

from briefing.errors import RenderError
from briefing.model import (
    Attribution,
    BlockKind,
    Briefing,
    KeyPoint,
    KeyPointOrigin,
    Source,
    SourceKind,
)
from briefing.render import escape
from briefing.render.digest import Digest, QuestionDigest, SourceDigest

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SOURCE_TEXT_ANCHOR = "source-text"
"""The id of the "Source text" heading: the fallback target of any reference."""
_PAGE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
T = TypeVar("T")


# ----------------------------------------------------------------------- labels


def date_label(date: dt.date | None) -> Markup:
    """``31 August 2022`` (the same in every locale); ``Undated`` for None."""
    if date is None:
        return Markup("Undated")
    return Markup(f"{date.day} {MONTHS[date.month - 1]} {date.year}")


def minutes_label(minutes: float) -> Markup:
    """A reading time as a reader says it: ``under 1 min``, ``3 min`` (halves round up)."""
    if minutes < 1:
        return Markup("under 1 min")
    return Markup(f"{int(minutes + 0.5)} min")


def counted(number: int, noun: str) -> Markup:
    """``1 briefing``, ``3 briefings``: a count and a (template's own) noun, plural by ``s``."""
    n = int(number)
    return Markup(f"{n} ") + escape.markdown_text(noun if n == 1 else f"{noun}s")


def kind_label(kind: SourceKind) -> Markup:
    """The kind of a source, as a word."""
    return Markup(kind.value)


# ----------------------------------------------------------------------- page paths


def page_name(name: str) -> Markup:
    """A page file stem, checked to be a plain slug so it is safe in any link."""
    if not _PAGE_NAME.match(name):
        raise RenderError(f"not a safe page name: {name!r}")
    return Markup(name)


def tag_slug(tag: str) -> str:
    """The file stem of a tag's page; tags that slug alike share a page."""
    slug = slugify(tag, max_length=60, word_boundary=True)
    if not slug:
        slug = "tag-" + hashlib.sha256(tag.encode("utf-8")).hexdigest()[:8]
    if slug == "index":  # tags/index.md lists the tags
        slug = "index-tag"
    return slug


def tag_page(tag: str, root: str = "") -> Markup:
    """The Markdown path of a tag's page, relative to a page ``root`` deep."""
    return Markup(f"{_root(root)}tags/{page_name(tag_slug(tag))}.md")


def briefing_page(briefing: Briefing | Digest, root: str = "") -> Markup:
    """The Markdown path of a briefing's page, relative to a page ``root`` deep."""
    return Markup(f"{_root(root)}{page_name(briefing.slug)}.md")


SECTIONS = ("archive", "questions", "sources", "tags")
"""The folders of the listing pages (``pages.py``)."""


def section_page(section: str, name: str, root: str = "") -> Markup:
    """The Markdown path of page ``name`` of a listing folder (``archive/2024-05.md``),
    relative to a page ``root`` deep."""
    if section not in SECTIONS:
        raise RenderError(f"not a listing folder: {section!r}")
    return Markup(f"{_root(root)}{section}/{page_name(name)}.md")


def _root(root: str) -> str:
    if root not in ("", "../"):
        raise RenderError(f"unsupported page depth {root!r}")
    return root


# ----------------------------------------------------------------------- anchors


def sentence_anchor(briefing: Briefing | Digest, index: int | None) -> Markup:
    """The id of body sentence ``index`` in the "Source text" section."""
    if index is None or not 0 <= index < briefing.sentence_count:
        return Markup(SOURCE_TEXT_ANCHOR)
    return Markup(f"s-{index}")


def highlight_anchor(index: int) -> Markup:
    """The id of the author's highlight number ``index`` (from 0)."""
    return Markup(f"h-{int(index)}")


def key_point_anchor(briefing: Briefing, point: KeyPoint) -> Markup:
    """The id of the source-text element a key point links to: the exact words it quotes."""
    if point.origin is KeyPointOrigin.HIGHLIGHT:
        article = briefing.article
        for i, block in enumerate(article.highlights):
            if article.span(block.start, block.end) == point.span:
                return highlight_anchor(i)
    return sentence_anchor(briefing, point.sentence)


_STANDING_PRONOUNS: dict[str, frozenset[SourceKind]] = {
    "he": frozenset({SourceKind.PERSON, SourceKind.OFFICIAL, SourceKind.EXPERT,
                     SourceKind.MEDIA, SourceKind.MILITARY, SourceKind.ANONYMOUS}),
    "it": frozenset({SourceKind.ORGANIZATION, SourceKind.GOVERNMENT, SourceKind.MEDIA,
                     SourceKind.MILITARY, SourceKind.EXPERT, SourceKind.OTHER}),
    "they": frozenset({SourceKind.ORGANIZATION, SourceKind.GOVERNMENT, SourceKind.MEDIA,
                       SourceKind.MILITARY, SourceKind.OFFICIAL, SourceKind.ANONYMOUS}),
}
"""Pronouns that open a key point and lean on a sentence the reader of the point does not
see ("She said releases had been cut"), with the kinds of source each can stand for."""
_STANDING_PRONOUNS["she"] = _STANDING_PRONOUNS["he"]


@dataclass(frozen=True, slots=True)
class Speaker:
    """A key point that opens with a pronoun the sources analysis resolved to a name."""

    opening: str
    """The pronoun, as written ("She")."""
    name: str
    """The source it stands for ("Amara Osei"), shown in brackets after it."""
    rest: str
    """The rest of the key point, after the pronoun and the space that follows it."""


def key_point_speaker(briefing: Briefing, point: KeyPoint) -> Speaker | None:
    """Who a key point's opening "He", "She", "It" or "They" is, when the sources
    analysis attributes the sentence to that pronoun and resolved it to a named source.

    The key point itself stays the article's own words; the page shows the name in
    brackets after the pronoun, the way an editor's insertion is marked. A name is shown
    only when it can be what the pronoun stands for: a kind of source that fits the
    pronoun (a person for "she", a body for "it"), not named again in the point itself
    ("He said Mr Blunkett's integrity ..." is not Blunkett speaking), and, for a name of
    one word, written somewhere in the article inside a sentence (a capitalised word that
    only ever opens sentences, "Talks" or "Increased", is no name).
    """
    for source in briefing.sources:
        for a in source.attributions:
            opening = a.source.plain
            kinds = _STANDING_PRONOUNS.get(opening.lower())
            if kinds is None or a.source.start != point.span.start:
                continue
            rest = point.span.plain[len(opening):]
            if source.kind in kinds and source.name.lower() not in _STANDING_PRONOUNS \
                    and point.span.plain.startswith(opening) \
                    and rest[:1].isspace() and _names(source.name, briefing.article.text) \
                    and not _named_in(source.name, rest):
                return Speaker(opening, source.name, rest.lstrip())
            return None
    return None


def _names(name: str, text: str) -> bool:
    """Whether ``name`` can be shown as a source's name: more than one word, or a word the
    article writes inside a sentence (after a lower-case word or a comma) at least once."""
    words = name.split()
    if len(words) != 1:
        return bool(words)
    return re.search(rf"[a-z,;] {re.escape(name)}\b", text) is not None


def _named_in(name: str, text: str) -> bool:
    """Whether a capitalised word of ``name`` (three letters or more) stands in ``text``."""
    return any(len(w) >= 3 and w[:1].isupper() and re.search(rf"\b{re.escape(w)}\b", text)
               for w in name.split())


# ----------------------------------------------------------------------- source text


@dataclass(frozen=True, slots=True)
class Piece:
    """One anchored stretch of the source text: a sentence or a highlight."""

    anchor: str
    text: str
    key: bool
    """True when a key point links here."""


@dataclass(frozen=True, slots=True)
class SourceBlock:
    """One block of the source text with its anchored pieces."""

    kind: str
    """``paragraph``, ``heading``, ``list_item``, ``quote`` or ``highlight``."""
    pieces: tuple[Piece, ...]
    first_of_kind: bool
    """True when the block before is of another kind (a list or quote starts here)."""
    last_of_kind: bool
    """True when the block after is of another kind (a list or quote ends here)."""


def source_blocks(briefing: Briefing) -> tuple[SourceBlock, ...]:
    """The article body as anchored blocks, in reading order, for the "Source text"."""
    article = briefing.article
    keys = {str(key_point_anchor(briefing, p)) for p in briefing.key_points}
    by_block: dict[int, list[Piece]] = {}
    for s in article.sentences:
        anchor = f"s-{s.index}"
        by_block.setdefault(s.block, []).append(Piece(anchor, s.text, anchor in keys))
    raw: list[tuple[str, tuple[Piece, ...]]] = []
    highlight = 0
    for i, block in enumerate(article.blocks):
        if block.kind is BlockKind.HIGHLIGHT:
            anchor = str(highlight_anchor(highlight))
            highlight += 1
            raw.append((block.kind.value, (Piece(anchor, block.text, anchor in keys),)))
        elif i in by_block:
            raw.append((block.kind.value, tuple(by_block[i])))
        elif block.text.strip():
            raw.append((block.kind.value, (Piece("", block.text, False),)))
    out = []
    for i, (kind, pieces) in enumerate(raw):
        before = raw[i - 1][0] if i else None
        after = raw[i + 1][0] if i + 1 < len(raw) else None
        out.append(SourceBlock(kind, pieces, before != kind, after != kind))
    return tuple(out)


# ----------------------------------------------------------------------- sources


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One row of a briefing's sources table."""

    source: Source
    claims: tuple[Attribution, ...]
    """Reported speech and other paraphrased attributions."""
    quotes: tuple[Attribution, ...]
    """Direct quotes, verbatim."""


def source_rows(briefing: Briefing) -> tuple[SourceRow, ...]:
    """The sources table: on-record sources first, then by how much they say, then name."""
    rows = [SourceRow(s, tuple(a for a in s.attributions if not a.quote), s.quotes)
            for s in briefing.sources]
    rows.sort(key=lambda r: (r.source.anonymous, -len(r.source.attributions),
                             r.source.name.casefold(), r.source.name))
    return tuple(rows)


@dataclass(frozen=True, slots=True)
class SourceMention:
    """What one source says in one briefing, for the sources index."""

    briefing: Digest
    source: SourceDigest


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One source across all briefings."""

    name: str
    anonymous: bool
    kinds: tuple[SourceKind, ...]
    mentions: tuple[SourceMention, ...]
    """Newest briefing first."""

    @property
    def heading(self) -> str:
        """The name as a heading: first letter upper-cased ("A local business group")."""
        return self.name[:1].upper() + self.name[1:]

    @property
    def letter(self) -> str:
        """The index letter it is listed under: A to Z (accents dropped), else ``#``."""
        return source_letter(self.name)


OTHER_LETTER = "#"
"""The index bucket of names that do not start with a letter A to Z."""


def source_letter(name: str) -> str:
    """The letter A to Z a name is indexed under (``Élan`` under E); ``#`` for the rest."""
    first = unicodedata.normalize("NFKD", name.lstrip()[:1])[:1].upper()
    return first if "A" <= first <= "Z" else OTHER_LETTER


def letter_slug(letter: str) -> Markup:
    """The file stem of a letter's sources page: ``a`` to ``z``, ``other`` for ``#``."""
    return page_name("other" if letter == OTHER_LETTER else letter.lower())


def source_index(briefings: Sequence[Digest]) -> tuple[SourceEntry, ...]:
    """Every source of every briefing, one entry per name (case-insensitive), A to Z.

    Anonymous sources with the same wording ("officials") are probably not the same
    people, but the index lists them together under that wording and says so.
    """
    groups: dict[tuple[bool, str], list[SourceMention]] = {}
    for b in briefings:
        for s in b.sources:
            groups.setdefault((s.anonymous, s.name.casefold()), []).append(SourceMention(b, s))
    entries = []
    for (anonymous, _), mentions in groups.items():
        names = sorted({m.source.name for m in mentions})
        kinds = tuple(sorted({m.source.kind for m in mentions}, key=lambda k: k.value))
        entries.append(SourceEntry(names[0], anonymous, kinds, tuple(mentions)))
    entries.sort(key=lambda e: (e.anonymous, e.name.casefold(), e.name))
    return tuple(entries)


@dataclass(frozen=True, slots=True)
class LetterGroup:
    """The sources of one index letter: one page of the sources index."""

    letter: str
    """``A`` to ``Z``, or ``#`` for names that start otherwise."""
    named: tuple[SourceEntry, ...]
    """On-record sources, A to Z."""
    anonymous: tuple[SourceEntry, ...]
    """Anonymous sources, A to Z by their wording."""

    @property
    def slug(self) -> Markup:
        """The page's file stem (``sources/<slug>.md``)."""
        return letter_slug(self.letter)

    @property
    def label(self) -> Markup:
        """The letter as shown: ``A`` to ``Z``, or ``Other``."""
        return Markup("Other" if self.letter == OTHER_LETTER else self.letter)

    @property
    def count(self) -> int:
        """How many sources the page lists."""
        return len(self.named) + len(self.anonymous)


def letters(entries: Iterable[SourceEntry]) -> tuple[LetterGroup, ...]:
    """Entries grouped by their index letter: A to Z, then ``#``; empty letters left out."""
    named: dict[str, list[SourceEntry]] = {}
    anonymous: dict[str, list[SourceEntry]] = {}
    for e in entries:
        (anonymous if e.anonymous else named).setdefault(e.letter, []).append(e)
    keys = sorted(set(named) | set(anonymous), key=lambda k: (k == OTHER_LETTER, k))
    return tuple(LetterGroup(k, _a_to_z(named.get(k, [])), _a_to_z(anonymous.get(k, [])))
                 for k in keys)


def _a_to_z(entries: list[SourceEntry]) -> tuple[SourceEntry, ...]:
    """Entries by name, accents aside (``Élan`` among the E), then as written."""
    return tuple(sorted(entries, key=lambda e: (
        unicodedata.normalize("NFKD", e.name).casefold(), e.name)))


# ----------------------------------------------------------------------- listings


@dataclass(frozen=True, slots=True)
class DateGroup:
    """Briefings published on one day (or undated), in listing order."""

    date: dt.date | None
    briefings: tuple[Digest, ...]


def by_date(briefings: Sequence[Digest]) -> tuple[DateGroup, ...]:
    """Consecutive briefings of the same date grouped; the order is kept (newest first)."""
    groups: list[tuple[dt.date | None, list[Digest]]] = []
    for b in briefings:
        if groups and groups[-1][0] == b.meta.date:
            groups[-1][1].append(b)
        else:
            groups.append((b.meta.date, [b]))
    return tuple(DateGroup(d, tuple(bs)) for d, bs in groups)


UNDATED = "undated"
"""The month key, and page stem, of briefings without a date."""


def month_key(date: dt.date | None) -> str:
    """``2024-05`` for a date in May 2024; ``undated`` for None."""
    return UNDATED if date is None else f"{date.year:04d}-{date.month:02d}"


@dataclass(frozen=True, slots=True)
class MonthGroup:
    """Briefings of one month (or undated), in listing order: one archive page."""

    key: str
    """``yyyy-mm`` or ``undated``: the page's file stem."""
    briefings: tuple[Digest, ...]

    @property
    def label(self) -> Markup:
        """``May 2024``; ``Undated``."""
        if self.key == UNDATED:
            return Markup("Undated")
        year, month = self.key.split("-")
        return Markup(f"{MONTHS[int(month) - 1]} {int(year)}")

    @property
    def slug(self) -> Markup:
        """The page's file stem (``archive/<slug>.md``, ``questions/<slug>.md``)."""
        return page_name(self.key)

    @property
    def question_count(self) -> int:
        """How many open questions its briefings raise."""
        return sum(len(b.open_questions) for b in self.briefings)


def by_month(briefings: Sequence[Digest]) -> tuple[MonthGroup, ...]:
    """Briefings grouped by month, newest month first, undated last; order kept within."""
    months: dict[str, list[Digest]] = {}
    for b in briefings:
        months.setdefault(month_key(b.meta.date), []).append(b)
    keys = sorted((k for k in months if k != UNDATED), reverse=True)
    keys += [UNDATED] if UNDATED in months else []
    return tuple(MonthGroup(k, tuple(months[k])) for k in keys)


@dataclass(frozen=True, slots=True)
class Pager:
    """Where one page of a listing cut into pages stands among its siblings."""

    number: int
    """1 for the first page."""
    stems: tuple[Markup, ...]
    """The file stem of every page of the listing, first to last; the first is the
    listing's own (``undated``), the others add ``-2``, ``-3``... (``undated-2``)."""

    @property
    def stem(self) -> Markup:
        """This page's file stem."""
        return self.stems[self.number - 1]

    @property
    def count(self) -> int:
        """How many pages the listing has."""
        return len(self.stems)

    @property
    def label(self) -> Markup:
        """``page 2 of 5``; empty for a listing of one page."""
        return Markup(f"page {self.number} of {self.count}" if self.count > 1 else "")


def paged(stem: str, items: Sequence[T], size: int,
          key: Callable[[T], str] = str) -> tuple[tuple[Pager, tuple[T, ...]], ...]:
    """``items`` cut into pages of about ``size`` (at least one page, in order), each with
    its ``Pager``.

    A listing of at most ``size`` items is one page. A longer one is cut where its items
    say, not by count, so that an item added or removed changes its own page and not every
    page after it (an incremental build rewrites only the pages that list what changed):
    an item opens a new page when the page before it holds at least half of ``size`` and
    a stable hash of its ``key`` is a multiple of ``size`` minus that half plus one, or when
    the page before it holds twice ``size``. Pages hold about ``size`` items on average and
    never more than twice as many. An item added moves at most the items up to the next
    cut; one in about ``size / 2`` is itself a cut, and then the pages after it are
    renumbered.
    """
    if size < 1:
        raise ValueError(f"a page holds at least one item, not {size}")
    pages: list[list[T]] = [[]]
    if len(items) <= size:
        pages[0].extend(items)
    else:
        least = max(1, size // 2)
        odds = size - least + 1
        for item in items:
            page = pages[-1]
            if page and (len(page) >= 2 * size
                         or (len(page) >= least and _cut_hash(key(item)) % odds == 0)):
                pages.append(page := [])
            page.append(item)
    stems = tuple(page_name(stem if k == 0 else f"{stem}-{k + 1}") for k in range(len(pages)))
    return tuple((Pager(k + 1, stems), tuple(page)) for k, page in enumerate(pages))


def _cut_hash(key: str) -> int:
    """A hash of ``key`` that is the same on every run and machine (not ``hash()``)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")


@dataclass(frozen=True, slots=True)
class TagGroup:
    """One tag page: the tag as first written and its briefings."""

    slug: str
    name: str
    briefings: tuple[Digest, ...]


def tag_groups(briefings: Sequence[Digest]) -> tuple[TagGroup, ...]:
    """Every tag page, by name A to Z; tags that slug alike (``C++``/``c``) share one."""
    names: dict[str, set[str]] = {}
    members: dict[str, list[Digest]] = {}
    for b in briefings:
        seen: set[str] = set()
        for tag in b.meta.tags:
            slug = tag_slug(tag)
            names.setdefault(slug, set()).add(tag)
            if slug not in seen:
                members.setdefault(slug, []).append(b)
                seen.add(slug)
    groups = [TagGroup(slug, sorted(names[slug], key=lambda n: (n.casefold(), n))[0],
                       tuple(members[slug])) for slug in names]
    groups.sort(key=lambda g: (g.name.casefold(), g.slug))
    return tuple(groups)


@dataclass(frozen=True, slots=True)
class QuestionGroup:
    """The open questions of one briefing."""

    briefing: Digest
    questions: tuple[QuestionDigest, ...]


def question_groups(briefings: Sequence[Digest]) -> tuple[QuestionGroup, ...]:
    """Briefings with open questions, in listing order (newest first)."""
    return tuple(QuestionGroup(b, b.open_questions) for b in briefings if b.open_questions)


def description(briefing: Briefing) -> str:
    """A one-sentence description of the briefing, for meta tags and feeds."""
    if briefing.key_points:
        return briefing.key_points[0].span.plain
    if briefing.article.sentences:
        return briefing.article.sentences[0].text
    return briefing.meta.title
