"""The byline: an author from metadata unless it is the publisher's own name, the site's
domain, interface text ("Username", a sign-in box) or a dateline; else the element the page
marks as the byline ("By Jane Roe"); a job title after the name ("Staff Writer") is cut.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from briefing.ingest.assemble import (
    clean_text,
)
from briefing.ingest.html.metadata import MONTH, name_key, simple_form
from briefing.ingest.html.nodes import TextNodes

_NAME_WORD = r"[^\W\d_][\w.'\u2019-]*"
_BYLINE = re.compile(
    rf"(?:(?:written|words|story|text|reporting|reported)\s+by|by)\s*:?\s+"
    rf"(?P<names>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}){{0,3}})\s*$",
    re.IGNORECASE)
MAX_BYLINE_CHARS = 100
MAX_BYLINE_NAME_WORDS = 5
_JOB_MODIFIERS = (
    r"senior|junior|chief|staff|executive|managing|contributing|associate|assistant|deputy"
    r"|special|political|politics|foreign|national|international|world|global|regional|state"
    r"|local|city|metro|washington|white\s+house|capitol|bureau|business|economics|markets"
    r"|finance|financial|money|technology|tech|science|health|education|environment|climate"
    r"|legal|investigative|editorial|opinion|features|news|sports?|arts|culture|entertainment"
    r"|film|music|books|food|travel|style|fashion|media|digital|online|web|social\s+media"
    r"|photo|video|data|graphics|copy|general|lead|principal")
_JOB_TITLE = (rf"(?:[A-Z][A-Z0-9&.]+\s+)?(?i:(?:(?:{_JOB_MODIFIERS})\s+){{0,4}}"
              r"(?:correspondent|editor|writer|reporter|columnist|contributor|producer|analyst"
              r"|anchor|photographer|critic|blogger|journalist|intern|bureau\s+chief)s?)")
"""A newsroom job title under a byline ("Staff Writer", "CNBC Executive News Editor"): an
optional organisation acronym, a few of the usual qualifiers, then the job."""
_JOB_LINE = re.compile(_JOB_TITLE)
_TRAILING_JOB = re.compile(rf"(?P<name>.+?)\s*[,|\u2013\u2014-]?\s+{_JOB_TITLE}")
MAX_JOB_TITLE_CHARS = 80
_PLACEHOLDER_AUTHORS = frozenset((
    "username", "user name", "user", "admin", "administrator", "guest", "anonymous", "unknown",
    "author", "sign in", "log in", "login", "by", "submitted", "posted"))
"""Author values that are a page's interface text or a template default, never a name."""
_ACCOUNT_WORDS = re.compile(
    r"\b(?:logged\s+in|you(?:'|\u2019)?re\s+logged|log(?:ged)?\s*(?:in|out)"
    r"|sign(?:ed)?\s*(?:in|up|out)|account)\b", re.IGNORECASE)
"""Words of a sign-in box ("Account", "You're logged in as"), never part of a byline."""
_NAME_PARTICLES = frozenset(("van", "von", "de", "da", "del", "der", "den", "la", "le", "du",
                             "bin", "ibn", "al", "and", "of"))
_AUTHOR_LINK = re.compile(
    r"(?:view\s+)?(?:all\s+|more\s+)?(?:posts|articles|stories|entries)\s+by\s+"
    r"|more\s+from\s+", re.IGNORECASE)
_DATED = re.compile(rf"(?:updated|published|posted|modified|last\s+updated)\b|.*\b{MONTH}\s+\d",
                    re.IGNORECASE)
"""An "author" that is a dateline: it opens with "Updated" or holds a month and a day."""


def is_job_title(text: str) -> bool:
    """True for a line that is only a newsroom job title ("Senior Foreign Correspondent")."""
    plain = " ".join(text.split())
    return len(plain) <= MAX_JOB_TITLE_CHARS and _JOB_LINE.fullmatch(plain) is not None


def _is_name(text: str) -> bool:
    """True if every word of ``text`` is capitalised (but particles such as "van" or "de")."""
    words = re.findall(_NAME_WORD, text)
    return bool(words) and all(w[0].isupper() or w.casefold() in _NAME_PARTICLES
                               for w in words)


def byline(text: str) -> str | None:
    """The names of a paragraph that is only a byline ("Written by: Jane Roe"), else None.

    Every word of the names is capitalised (but particles such as "van" or "de"), so a
    sentence that starts with "By" ("By noon the roads were closed") is not a byline. A job
    title after the names is not part of them ("By Jane Roe, Staff Writer").
    """
    plain = " ".join(text.split())
    if len(plain) > MAX_BYLINE_CHARS:
        return None
    m = _BYLINE.match(plain)
    if m is None and (job := _TRAILING_JOB.fullmatch(plain)) is not None:
        m = _BYLINE.match(job["name"])
    if m is None or not _is_name(m["names"]):
        return None
    return m["names"].strip()


def without_job_title(name: str) -> str:
    """``name`` without a job title after it ("Jane Roe, Staff Writer" -> "Jane Roe"), when
    at least two capitalised words of name are left; else ``name`` as given."""
    m = _TRAILING_JOB.fullmatch(name.strip())
    if m is None or len(m["name"].split()) < 2 or not _is_name(m["name"]):
        return name
    return m["name"].strip()


def author_name(author: str | None) -> str | None:
    """A byline without the link text around it ("View all posts by Jane Roe" -> "Jane Roe")
    and without job titles ("Jane Roe Senior Correspondent", "Jane Roe; Staff Writer")."""
    if author is None:
        return None
    names = clean_text(_AUTHOR_LINK.sub("", author, count=1)).split("; ")
    return "; ".join(without_job_title(part) for part in names
                     if not is_job_title(part)) or None


def is_placeholder_author(author: str) -> bool:
    """True for an author value that is interface text or a template default ("Username"),
    or a dateline ("Updated May 2") taken from a byline box."""
    plain = simple_form(author).strip(" :")
    return (plain in _PLACEHOLDER_AUTHORS or _DATED.match(plain) is not None
            or _ACCOUNT_WORDS.search(plain) is not None)


def _loose_key(name: str) -> str:
    """A name compared by its letters and digits only ("elmundo.es" ~ "Elmundo Es")."""
    return " ".join(re.sub(r"[\W_]+", " ", name_key(name)).split())


def is_site_domain(author: str, site_names: set[str] | frozenset[str], url: str | None) -> bool:
    """True if ``author`` is the site's domain name ("example.com", or "Example Com" as
    trafilatura writes it): a site name that is a domain, or the host of the page's URL."""
    domains = {name for name in site_names if "." in name and " " not in name}
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:  # a malformed host ("http://[x")
        host = None
    if host:
        domains.add(host.removeprefix("www."))
    return _loose_key(author) in {_loose_key(d) for d in domains}


def page_byline(nodes: TextNodes, site_names: set[str] | frozenset[str]) -> str | None:
    """The names in the first element the page marks as a byline or author, if any.

    The element (``class="byline"``, ``itemprop="author"``, ``rel="author"``...) must read as
    a byline ("By Jane Roe", "by: Jane Roe") or be only a capitalised name ("Jane Roe");
    dates, bios and the site's own name are passed over.
    """
    for first, last in sorted(nodes.bylines):
        text = clean_text("".join(piece[2] for piece in nodes.pieces[first:last]))
        if not text or is_placeholder_author(text) or name_key(text) in site_names:
            continue
        names = byline(text) or byline(f"By {text}")
        if names and len(names.split()) <= MAX_BYLINE_NAME_WORDS \
                and name_key(names) not in site_names and not is_placeholder_author(names):
            return names
    return None


def _holds(holder: str, name: str) -> bool:
    key = name_key(name)
    return bool(key) and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", holder.casefold()) is not None


def without_organisations(author: str, site_names: set[str] | frozenset[str],
                          holders: list[str]) -> str:
    """``author`` (names joined by "; ") without the names that are the publisher's own or
    the copyright holder's ("Cond\u00e9 Nast; Jane Roe" -> "Jane Roe"), when a name is left:
    pages put the organisation in ``<meta name="author">`` and the person elsewhere. A
    single name stays (a blogger holds the copyright of their own posts)."""
    names = [n.strip() for n in author.split(";") if n.strip()]
    kept = [n for n in names if name_key(n) not in site_names
            and not any(_holds(holder, n) for holder in holders)]
    return "; ".join(kept) if kept and len(kept) < len(names) else author

