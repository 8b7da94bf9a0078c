"""trafilatura on the page: the article's blocks (paragraphs, headings, list items, quotes)
and its metadata (title, author, date, canonical URL, site name), offline, with its date
search pinned so the clock never matters; and the clean-up of metadata text (entities that
pages escape twice).
"""

from __future__ import annotations

import datetime as dt
import functools
import html as htmllib
from collections.abc import Iterator
from configparser import ConfigParser
from dataclasses import dataclass
from typing import Protocol

import trafilatura
from trafilatura.settings import use_config

from briefing.ingest import fields
from briefing.ingest.assemble import (
    clean_text,
)
from briefing.model import BlockKind

_BLOCK_TAGS = frozenset({"p", "head", "item", "quote", "list", "table", "code", "graphic",
                         "div", "row", "cell"})
_SKIPPED_BLOCKS = frozenset({"table", "code", "graphic", "comments"})
_DATE_PARAMS = {"extensive_search": False, "original_date": True,
                "min_date": "1900-01-01", "max_date": "2999-12-31"}


@functools.lru_cache(maxsize=1)
def _config() -> ConfigParser:
    config = use_config()
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config




class _Element(Protocol):
    """The part of an lxml element that the walk over trafilatura's output uses."""

    @property
    def tag(self) -> object: ...
    @property
    def text(self) -> str | None: ...
    @property
    def tail(self) -> str | None: ...
    def __iter__(self) -> Iterator[_Element]: ...


def _all_text(el: _Element) -> str:
    """All text inside ``el``, its tail excluded."""
    return (el.text or "") + "".join(_all_text(c) + (c.tail or "") for c in el)


def is_inline_code(el: _Element) -> bool:
    """True for a ``code`` element that is a word or phrase inside running text.

    trafilatura writes ``<code>`` both for a code block and for ``<code>`` inside a
    paragraph; the inline kind is one line and belongs to the paragraph's text.
    """
    return el.tag == "code" and "\n" not in _all_text(el).strip()


def _element_text(el: _Element) -> str:
    """Text of an element and its inline children (``lb`` is a line break)."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag in _BLOCK_TAGS and not (el.tag != "body" and is_inline_code(child)):
            break
        if child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(_element_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _extracted_blocks(body: _Element) -> Iterator[tuple[BlockKind, str]]:
    """Blocks of trafilatura's output, in order, with their kind."""
    stack: list[tuple[_Element, BlockKind]] = [(body, BlockKind.PARAGRAPH)]
    while stack:
        el, ctx = stack.pop()
        tag = el.tag
        if tag in _SKIPPED_BLOCKS or not isinstance(tag, str):
            continue
        if tag == "head":
            yield BlockKind.HEADING, _element_text(el)
            continue
        kind = {"quote": BlockKind.QUOTE, "item": BlockKind.LIST_ITEM}.get(tag, ctx)
        if ctx is BlockKind.QUOTE:
            kind = BlockKind.QUOTE
        if el is not body and tag != "list":
            own = _element_text(el)
            if own.strip():
                yield kind, own
        nested = [c for c in el if c.tag in _BLOCK_TAGS or c.tag == "head"]
        stack.extend((c, kind) for c in reversed(nested))


@dataclass(frozen=True, slots=True)
class _Page:
    """What trafilatura makes of a page."""

    blocks: list[tuple[BlockKind, str]]
    title: str | None
    url: str | None
    publisher: str | None
    author: str | None
    date: dt.date | None
    tags: tuple[str, ...]


def unescaped(text: str) -> str:
    """``text`` with entities decoded, also where a page escaped its metadata twice."""
    for _ in range(3):
        decoded = htmllib.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def extract_page(source: str, path: str) -> _Page | None:
    doc = trafilatura.bare_extraction(
        source, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_formatting=False, include_links=False,
        deduplicate=False, date_extraction_params=dict(_DATE_PARAMS), config=_config())
    if doc is None or isinstance(doc, dict) or doc.body is None:
        return None
    try:
        date = fields.date_field(doc.date) if doc.date else None
    except fields.FieldError:
        date = None
    try:
        url = fields.url_field(doc.url)
    except fields.FieldError:
        url = None
    tags: list[str] = []
    for group in (doc.categories or [], doc.tags or []):
        for item in group:
            if isinstance(item, str):
                tags.extend(unescaped(item).split(","))
    return _Page(
        blocks=list(_extracted_blocks(doc.body)),
        title=clean_value(doc.title),
        url=url,
        publisher=clean_value(doc.sitename),
        author=clean_value(doc.author),
        date=date,
        tags=fields.tags_field(tags),
    )


def clean_value(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return clean_text(unescaped(value)) or None
