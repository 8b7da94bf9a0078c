"""What the plugin adds to the ``<head>`` of every built page: a Content-Security-Policy
and OpenGraph/feed tags.

The policy allows scripts only from the site itself plus the inline scripts the page
actually has, by their SHA-256 hashes (Material writes a few small inline scripts:
the scope setup, the palette restore...). No ``'unsafe-inline'`` at all, no
third-party origin: ``font: false`` keeps Google Fonts off, and Material's search runs
in a same-origin worker (``new Worker(<site>/assets/.../search.js)``), so
``worker-src 'self'`` suffices (no ``blob:``). Styles likewise: Material changes styles
only through the CSSOM (which CSP does not restrict); ``style="..."`` attributes and
``<style>`` elements that a page does have (a hand-written aligned table) are allowed by
their hashes (``'unsafe-hashes'`` is what lets a hash cover an attribute).

Directives that a ``<meta>`` policy cannot carry (``frame-ancestors``, ``report-uri``,
``sandbox``) are left out: browsers ignore them there and log an error.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import re
from collections.abc import Iterable, Mapping

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_STYLE_ATTR = re.compile(r"""<[a-zA-Z][^>]*?\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_STYLE_EQUALS = re.compile(r"style\s*=")
_SRC = re.compile(r"\bsrc\s*=", re.IGNORECASE)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_JS_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript",
             "application/ecmascript"}
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.IGNORECASE)
_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)

POLICY: tuple[tuple[str, str], ...] = (
    ("default-src", "'none'"),
    ("script-src", "'self'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self' data:"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("manifest-src", "'self'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
)
"""The site's policy; ``script-src`` and ``style-src`` get the hashes of the page's own
inline scripts and styles."""


def _hash(text: str) -> str:
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def inline_script_hashes(page: str) -> list[str]:
    """CSP sources (``'sha256-...'``) of the inline scripts in ``page``, sorted, no repeats.

    Scripts with ``src`` and data blocks (``type="application/json"``) need none: the
    first are allowed by origin, the second never run.
    """
    found = set()
    for match in _SCRIPT.finditer(page):
        attrs, body = match.group(1), match.group(2)
        if _SRC.search(attrs):
            continue
        kind = _TYPE.search(attrs)
        if kind and kind.group(1).lower() not in _JS_TYPES:
            continue
        found.add(_hash(body))
    return sorted(found)


def inline_style_hashes(page: str) -> tuple[list[str], list[str]]:
    """CSP sources of the ``<style>`` elements and of the ``style`` attributes in ``page``."""
    elements = {_hash(m.group(1)) for m in _STYLE.finditer(page)}
    attributes = {_hash(html.unescape(m.group(1) if m.group(1) is not None else m.group(2)))
                  for m in _STYLE_ATTR.finditer(page)} if _may_have_style_attribute(page) else set()
    return sorted(elements), sorted(attributes)


def _may_have_style_attribute(page: str) -> bool:
    """False when no ``style=`` in ``page`` follows white space: then it has no ``style``
    attribute, and ``_STYLE_ATTR``, which reads every tag of the page, need not run (most
    pages have none; this look costs a tenth of it)."""
    return any(m.start() > 0 and page[m.start() - 1].isspace()
               for m in _STYLE_EQUALS.finditer(page))


def content_security_policy(script_hashes: Iterable[str], style_hashes: Iterable[str] = (),
                            style_attribute_hashes: Iterable[str] = ()) -> str:
    """The policy text for a page whose inline scripts and styles have these hashes."""
    attributes = list(style_attribute_hashes)
    extra = {
        "script-src": list(script_hashes),
        "style-src": [*(["'unsafe-hashes'"] if attributes else []),
                      *sorted({*style_hashes, *attributes})],
    }
    return "; ".join(" ".join([name, value, *extra.get(name, [])]) for name, value in POLICY)


def csp_meta(page: str) -> str:
    """The ``<meta http-equiv="Content-Security-Policy">`` tag for ``page``."""
    styles, style_attributes = inline_style_hashes(page)
    policy = content_security_policy(inline_script_hashes(page), styles, style_attributes)
    content = html.escape(policy, quote=False)
    return f'<meta http-equiv="Content-Security-Policy" content="{content}">'


def social_meta(*, site_name: str, title: str, description: str | None, url: str | None,
                meta: Mapping[str, object]) -> str:
    """OpenGraph (and Twitter card) tags; no images: there are no social cards.

    ``title`` and ``description`` may already be HTML-escaped (front matter written with
    ``| fm``) or not (hand-written pages): they are unescaped, then escaped once.
    """
    def tag(prop: str, value: str) -> str:
        return f'<meta property="{prop}" content="{html.escape(html.unescape(value))}">'

    is_article = "date" in meta or "publisher" in meta
    out = [tag("og:site_name", site_name), tag("og:title", title),
           tag("og:type", "article" if is_article else "website")]
    if description:
        out.append(tag("og:description", description))
    if url:
        out.append(tag("og:url", url))
    date = meta.get("date")
    if isinstance(date, dt.date):
        out.append(tag("article:published_time", date.isoformat()))
    author = meta.get("author")
    if isinstance(author, str) and author:
        out.append(tag("article:author", author))
    out.append('<meta name="twitter:card" content="summary">')
    return "".join(out)


def feed_link(href: str, title: str) -> str:
    """The ``<link rel="alternate">`` that lets feed readers find the Atom feed."""
    return (f'<link rel="alternate" type="application/atom+xml" '
            f'title="{html.escape(html.unescape(title))}" href="{html.escape(href)}">')


def add_to_head(page: str, *, extra: str = "") -> str:
    """``page`` with its CSP meta first in ``<head>`` (after the charset) and ``extra``
    at the end of it. The CSP covers only what follows it, so it must come first.
    """
    extra_at = _HEAD_END.search(page)
    if extra and extra_at:
        page = page[: extra_at.start()] + extra + page[extra_at.start():]
    meta = csp_meta(page)
    charset = _CHARSET.search(page)
    if charset:
        return page[: charset.end()] + meta + page[charset.end():]
    head = re.search(r"<head\b[^>]*>", page, re.IGNORECASE)
    if head:
        return page[: head.end()] + meta + page[head.end():]
    return page
