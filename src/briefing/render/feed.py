"""The Atom feed of the newest briefings (``feed.xml``), built with ``xml.etree``.

The document is built as elements and written by the standard library's XML
serializer, so every text and attribute value is escaped by construction (a template
would have to get that right by hand at every ``{{ }}``). feedgen was tried first and
dropped: its 1.0.0 release (the latest) writes every entry ``<link>`` without its
``rel`` and ``type`` (python-feedgen issue #135, open since 2024), so readers took the
original article's address for the briefing's. Characters XML 1.0 cannot carry (most C0
controls) are removed from text first: the serializer would write them as they are.

Deterministic: dates come from the articles' metadata (which ingest fills from
``SOURCE_DATE_EPOCH`` for undated articles) or from ``SiteInfo.updated``, never from the
clock, and ids are UUIDs derived from the article ids.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from briefing.model import Briefing
from briefing.render import FEED_PATH, SiteInfo
from briefing.render.views import description

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str) -> str:
    """``value`` without the characters an XML 1.0 document cannot hold."""
    return _NOT_XML.sub("", value)


def site_link(site: SiteInfo, path: str) -> str:
    """``path`` (relative to the site root) as a link: absolute when the site has a URL."""
    if not site.site_url:
        return path or "./"
    return site.site_url.rstrip("/") + "/" + path


def page_path(site: SiteInfo, slug: str) -> str:
    """Where MkDocs puts a briefing's page, relative to the site root."""
    return f"{slug}/" if site.directory_urls else f"{slug}.html"


def entry_id(site: SiteInfo, briefing: Briefing) -> str:
    """A permanent id for a briefing: stable when titles, slugs or the site's URL change."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"briefing:{site.site_name}:{briefing.article.id}").urn


def published(site: SiteInfo, briefing: Briefing) -> dt.datetime:
    """The entry's date: the article's, else the build date, else 1970-01-01."""
    if briefing.meta.date is not None:
        return dt.datetime.combine(briefing.meta.date, dt.time(0), tzinfo=dt.timezone.utc)
    return site.updated or EPOCH


def entry_html(site: SiteInfo, briefing: Briefing) -> str:
    """The entry's content: the key points, and where they come from."""
    e = html.escape
    parts = []
    if briefing.key_points:
        items = "".join(f"<li>{e(xml_text(k.span.plain))}</li>" for k in briefing.key_points)
        parts.append(f"<ul>{items}</ul>")
    page = e(site_link(site, page_path(site, briefing.slug)))
    line = f'<a href="{page}">Read the briefing</a>'
    meta = briefing.meta
    if meta.url:
        what = e(xml_text(meta.publisher or "the original"))
        line += f' · from <a href="{e(meta.url)}">{what}</a>'
    elif meta.publisher:
        line += f" · from {e(xml_text(meta.publisher))}"
    parts.append(f"<p>{line}</p>")
    return "".join(parts)


ATOM = "http://www.w3.org/2005/Atom"


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def _date(value: dt.datetime) -> str:
    return value.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z")


def atom_feed(briefings: Sequence[Briefing], site: SiteInfo) -> str:
    """The Atom document of the ``site.feed_entries`` newest briefings."""
    newest = list(briefings)[: site.feed_entries]
    dates = [published(site, b) for b in newest]
    feed = ET.Element("feed", {"xmlns": ATOM})
    _el(feed, "id", uuid.uuid5(uuid.NAMESPACE_URL, f"briefing:{site.site_name}").urn)
    _el(feed, "title", site.site_name)
    if site.description:
        _el(feed, "subtitle", site.description)
    _el(feed, "updated", _date(max(dates, default=site.updated or EPOCH)))
    _el(_el(feed, "author"), "name", site.site_name)
    _el(feed, "link", href=site_link(site, ""), rel="alternate", type="text/html")
    _el(feed, "link", href=site_link(site, FEED_PATH), rel="self",
        type="application/atom+xml")
    _el(feed, "generator", "briefing")
    for b, date in zip(newest, dates, strict=True):
        entry = _el(feed, "entry")
        _el(entry, "id", entry_id(site, b))
        _el(entry, "title", b.meta.title)
        _el(entry, "link", href=site_link(site, page_path(site, b.slug)), rel="alternate",
            type="text/html")
        if b.meta.url:
            _el(entry, "link", href=b.meta.url, rel="related", type="text/html")
        _el(entry, "published", _date(date))
        _el(entry, "updated", _date(date))
        _el(_el(entry, "author"), "name", b.meta.author or b.meta.publisher or site.site_name)
        _el(entry, "summary", description(b))
        _el(entry, "content", entry_html(site, b), type="html")
        for tag in b.meta.tags:
            _el(entry, "category", term=tag)
    ET.indent(feed, space="  ")
    body = ET.tostring(feed, encoding="unicode", short_empty_elements=True)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n"
