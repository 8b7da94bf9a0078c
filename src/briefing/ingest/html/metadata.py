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
from urllib.parse import urlsplit

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


def declared_urls(nodes: TextNodes) -> list[str]:
    """The page's own addresses as its head declares them: ``og:url`` and the
    ``<link rel="canonical">`` hrefs (not ``<base>``, which is where links resolve)."""
    urls = [content for key, content in nodes.meta if key == "og:url"] + nodes.canonical
    return [url.strip() for url in urls if url.strip()]


def _is_root(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return bool(parts.netloc) and parts.path in ("", "/") and not parts.query


def front_page_url(nodes: TextNodes) -> str | None:
    """The site's root address, if the page declares itself as the site's front page: every
    address it gives itself (``og:url``, canonical link; at least one) is a root ("/", no
    query), and it declares no article (``og:type`` article..., a JSON-LD article object, a
    publication date). A front page's text is teasers of other stories."""
    urls = declared_urls(nodes)
    if not urls or not all(_is_root(url) for url in urls):
        return None
    if any(key == "og:type" and content.strip().lower().startswith("article")
           for key, content in nodes.meta):
        return None
    if any(_is_article(obj) for raw in nodes.json_ld for obj in _json_objects(raw)):
        return None
    return urls[0] if declared_date(nodes) is None else None


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


_RIGHTS_META = ("copyright", "dc.rights", "dcterms.rights", "rights")


def copyright_holders(nodes: TextNodes) -> list[str]:
    """What the page's head says about its copyright (``<meta name="copyright">``...) and the
    JSON-LD ``copyrightHolder`` names, raw."""
    found = [content for key, content in nodes.meta if key in _RIGHTS_META]
    for raw in nodes.json_ld:
        for obj in _json_objects(raw):
            holder = obj.get("copyrightHolder")
            if isinstance(holder, dict):
                holder = holder.get("name")
            if isinstance(holder, str):
                found.append(holder)
    return found


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


_QUOTE_FORMS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def title_form(text: str) -> str:
    """``simple_form`` with curly quotes made straight: a ``<title>`` or ``og:title`` often
    writes the ``<h1>``'s quotes plain ("'Story'" for "\u2018Story\u2019")."""
    return simple_form(text).translate(_QUOTE_FORMS)


_AROUND = re.compile(r"\s*[|\u2013\u2014\u00b7\u2022\u00bb:-]{1,2}\s*$")
"""The end of what stands before a headline inside a title ("Analysis:", "Site |")."""
MIN_INNER_SHARE = 0.5
"""A headline found inside a title must be at least this share of the title's characters."""


def inner_headline(head: str, title: str) -> bool:
    """True if the title is ``head`` with a label or name before it and a separator after
    ("Analysis: Story | Section"): ``head`` stands between separators (or the title's
    ends), has ``MIN_HEADLINE_WORDS`` words and is most of the title."""
    short, whole = title_form(head), title_form(title).rstrip(" |")
    at = whole.find(short)
    if at <= 0 or len(short.split()) < MIN_HEADLINE_WORDS \
            or len(short) < MIN_INNER_SHARE * len(whole):
        return False
    before, after = whole[:at], whole[at + len(short):]
    return _AROUND.search(before) is not None and before.strip(" |:-") != "" and (
        not after.strip() or _SITE_SEPARATOR.match(after) is not None)


def declared_prefix(title: str, nodes: TextNodes) -> str | None:
    """A declared headline (``og:title``, ``twitter:title``, JSON-LD ``headline``) that the
    title is, with a separator and more after it ("Story \u00bb Local \u00bb Site"), if any."""
    whole = title_form(title)
    for raw in declared_headlines(nodes):
        text = clean_value(raw)
        if text is None or len(text.split()) < MIN_HEADLINE_WORDS:
            continue
        short = title_form(text)
        if whole.startswith(short) and whole != short \
                and _SITE_SEPARATOR.match(whole[len(short):]) is not None:
            return text
    return None


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
    ("Story" for the ``<h1>`` "Story Worldwide") gives way to the ``<h1>``, as does a title
    that holds the ``<h1>`` between a label and a suffix ("Analysis: Story | Section").
    Quotes are compared straight. Without such an ``<h1>``, a title that is a declared
    headline plus a separator and more ("Story \u00bb Section \u00bb Site") is cut back to it.
    A page without an ``<h1>`` whose title is only its ``<title>`` (declared nowhere else: a
    template's "News from Site") takes the element it marks as the headline (hAtom
    ``entry-title``, ``itemprop="headline"``).

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
        rest = title_form(title).removeprefix(title_form(text))
        if rest != title_form(title) and rest[:2].strip()[:1] in _TITLE_SEPARATORS \
                and rest.strip():
            return text, span
        if _extends(text, title) or inner_headline(text, title):
            return text, span
    if title is not None and (short := declared_prefix(title, nodes)) is not None:
        return short, None
    if not nodes.h1 and (marked := marked_headline(nodes)) is not None \
            and (title is None or not _declared_beyond_tab(title, nodes)):
        return marked
    return title, None


def _declared_beyond_tab(title: str, nodes: TextNodes) -> bool:
    """True if ``title`` is a headline the page declares other than in its ``<title>``."""
    declared = list(declared_headlines(nodes))
    if nodes.title is not None:
        declared.pop()  # the <title> comes last
    return title_form(title) in {title_form(h) for h in declared}


MAX_HEADLINE_CHARS = 300
"""A marked headline longer than this is no headline (a wrapper marked as one)."""


def marked_headline(nodes: TextNodes) -> tuple[str, Span] | None:
    """The text and span of the element the page marks as its headline (``entry-title``,
    ``itemprop="headline"``), if it has ``MIN_HEADLINE_WORDS`` words and is short."""
    for first, last in nodes.marked_headline.found:
        pieces = nodes.pieces[first:last]
        text = clean_text("".join(p[2] for p in pieces))
        if pieces and len(text.split()) >= MIN_HEADLINE_WORDS and len(text) <= MAX_HEADLINE_CHARS:
            start, end = pieces[0][0], pieces[-1][1]
            return text, Span(start, end, nodes.source[start:end], text)
    return None
