"""What the page declares about the story: its publication date (``article:published_time``,
JSON-LD ``datePublished``), the names of the site and its publisher, and the headline: a
title that is the ``<h1>`` plus a site or date suffix is cut back to it, and a title that is
only the site's name gives way to the headline declared elsewhere (``og:title``,
``twitter:title``, JSON-LD ``headline``, the ``<title>`` without the site name) or to a
heading that is not the site's name.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

from briefing.ingest import fields
from briefing.ingest.assemble import (
    clean_text,
)
from briefing.ingest.html.extract import clean_value, unescaped
from briefing.ingest.html.nodes import TextNodes
from briefing.model import Span

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_TITLE_SEPARATORS = "|\u2013\u2014-:\u00b7\u2022\u00bb/"
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datepublished")
_ARTICLE_TYPE = re.compile(r"(?:Article|BlogPosting|Posting|Report)$")




def _date_or_none(value: str) -> dt.date | None:
    try:
        return fields.date_field(value)
    except fields.FieldError:
        return None


def _json_objects(raw: str) -> Iterator[dict[str, object]]:
    """The JSON objects in a JSON-LD script, outermost first; nothing if it is not JSON."""
    try:
        data: object = json.loads(raw)
    except (ValueError, RecursionError):
        return
    stack: list[object] = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _is_article(obj: dict[str, object]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and _ARTICLE_TYPE.search(k) for k in kinds)


def declared_date(nodes: TextNodes) -> dt.date | None:
    """The publication date the page declares for itself, if it declares one.

    ``article:published_time`` (OpenGraph) or ``itemprop="datePublished"``, else the
    ``datePublished`` of the first article object in the JSON-LD. trafilatura's own date
    search may prefer a modification date or a date printed next to a related link.
    """
    for key in _PUBLISHED_META:
        for name, content in nodes.meta:
            if name == key and (date := _date_or_none(content)) is not None:
                return date
    for raw in nodes.json_ld:
        for obj in _json_objects(raw):
            published = obj.get("datePublished")
            date = _date_or_none(published) if isinstance(published, str) else None
            if date is not None and _is_article(obj):
                return date
    return None


_DATE_META = re.compile(r"date|published|created|issued")
_NOT_PUBLISHED = re.compile(r"modif|updat|expir|revis")


def has_date_meta(nodes: TextNodes) -> bool:
    """True if the page's head gives a date of publication under any name (``date``,
    ``dc.date.issued``, ``pubdate``...), which trafilatura's date search reads."""
    return any(_DATE_META.search(key) and not _NOT_PUBLISHED.search(key)
               and re.search(r"\d{4}", content) for key, content in nodes.meta)


_ORG_META = ("publisher", "og:site_name", "application-name", "dc.publisher")
_ORG_TYPE = re.compile(r"Organi[sz]ation$")


def name_key(name: str) -> str:
    """A name for comparison: no parenthesised part ("(www.example.com)"), case or spacing."""
    return " ".join(re.sub(r"\([^)]*\)", " ", unescaped(name)).split()).casefold()


def organisation_names(nodes: TextNodes, publisher: str | None) -> set[str]:
    """Names the page gives the organisation that publishes it (compared by ``name_key``)."""
    names = {content for key, content in nodes.meta if key in _ORG_META}
    if publisher:
        names.add(publisher)
    for raw in nodes.json_ld:
        for obj in _json_objects(raw):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            name = obj.get("name")
            if isinstance(name, str) and any(
                    isinstance(k, str) and _ORG_TYPE.search(k) for k in kinds):
                names.add(name)
    return {key for name in names if (key := name_key(name))}


def simple_form(text: str) -> str:
    return " ".join(text.split()).casefold()


_SITE_SEPARATOR = re.compile(r"\s+[|\u2013\u2014\u00b7\u2022\u00bb:-]{1,2}\s+")
_SITE_COLON = re.compile(r"(?<=\S):\s+")
"""A leading site name may end in a colon with no space before it ("Site: Story")."""
_HEADLINE_META = ("og:title", "twitter:title")
MIN_HEADLINE_WORDS = 3
"""A title cut short for search engines must keep this many words to match a longer h1."""


def without_site_name(title: str, site_names: set[str] | frozenset[str]) -> str:
    """``title`` without a leading or trailing site name ("Story | Site", "Site - Story").

    ``site_names`` are compared by ``name_key``; a title that is only the site name stays.
    A site name that holds a separator itself ("Site - The Blog") is cut whole.
    """
    text = title.strip()
    spaced = list(_SITE_SEPARATOR.finditer(text))
    for sep in reversed(spaced):
        if name_key(text[sep.end():]) in site_names:
            return text[:sep.start()].strip() or title
    leading = sorted([*spaced, *_SITE_COLON.finditer(text)], key=lambda m: m.start())
    for sep in leading:
        if name_key(text[:sep.start()]) in site_names:
            return text[sep.end():].strip() or title
    return title


def is_site_name(text: str, site_names: set[str] | frozenset[str]) -> bool:
    """True if ``text`` is only one of the page's site names (compared by ``name_key``)."""
    return name_key(text) in site_names


def declared_headlines(nodes: TextNodes) -> Iterator[str]:
    """The headlines the page declares, best first, raw: ``og:title``, ``twitter:title``,
    the JSON-LD ``headline`` (of an article object first), then the ``<title>``."""
    for key in _HEADLINE_META:
        yield from (content for name, content in nodes.meta if name == key)
    objects = [obj for raw in nodes.json_ld for obj in _json_objects(raw)]
    for obj in sorted(objects, key=lambda o: not _is_article(o)):  # stable: page order kept
        if isinstance(value := obj.get("headline"), str):
            yield value
    if nodes.title is not None:
        yield nodes.title


def story_title(nodes: TextNodes, site_names: set[str] | frozenset[str]) -> str | None:
    """The first declared headline that, without a site name, is not only a site name."""
    for raw in declared_headlines(nodes):
        text = clean_value(raw)
        if text is None:
            continue
        text = clean_text(without_site_name(text, site_names))
        if text and not is_site_name(text, site_names):
            return text
    return None


def declared_titles(nodes: TextNodes, site_names: set[str] | frozenset[str]) -> set[str]:
    """Every headline the page declares, without a site name, compared by ``simple_form``."""
    found: set[str] = set()
    for raw in declared_headlines(nodes):
        text = clean_value(raw)
        if text is not None:
            found.add(simple_form(without_site_name(text, site_names)))
    return found


def _extends(h1: str, title: str) -> bool:
    """True if ``h1`` is ``title`` with more words after it (a title cut for the tab)."""
    head, short = simple_form(h1), simple_form(title)
    return (len(short.split()) >= MIN_HEADLINE_WORDS and head.startswith(short)
            and head[len(short):len(short) + 1] == " ")


def headline(title: str | None, nodes: TextNodes,
             site_names: frozenset[str] | set[str] = frozenset()) -> tuple[str | None, Span | None]:
    """The title and the ``<h1>`` that shows it, if the page has one.

    A title that is an ``<h1>`` followed by a separator and more (a site name, a section,
    a date: "Story | Site | 10.06.2013") is cut back to the ``<h1>``. A leading or trailing
    site name is dropped ("Story | Site"), and a title that the ``<h1>`` continues
    ("Story" for the ``<h1>`` "Story Worldwide") gives way to the ``<h1>``.

    A title that is only the site name (trafilatura splits "Site - Story" itself and may
    keep the wrong side) gives way to the first declared headline that is more
    (``story_title``), else to the first ``<h1>`` that is not the site name (a logo); if
    neither is found the title is None, and the caller takes a heading of the text or,
    failing that, the site name.
    """
    if title is not None:
        title = without_site_name(title, site_names) or title
        if is_site_name(title, site_names):
            title = story_title(nodes, site_names)
    for first, last in nodes.h1:
        pieces = nodes.pieces[first:last]
        text = clean_text("".join(p[2] for p in pieces))
        if not text or is_site_name(text, site_names):
            continue
        start, end = pieces[0][0], pieces[-1][1]
        span = Span(start, end, nodes.source[start:end], text)
        if title is None or simple_form(text) == simple_form(title):
            return title or text, span
        rest = simple_form(title).removeprefix(simple_form(text))
        if rest != simple_form(title) and rest[:2].strip()[:1] in _TITLE_SEPARATORS \
                and rest.strip():
            return text, span
        if _extends(text, title):
            return text, span
    return title, None
