"""Page names: one unique, file-system-safe slug per article."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from slugify import slugify

MAX_SLUG_LENGTH = 60
# Names Windows refuses as files, whatever the extension; and the names of the site's own
# pages and folders (index.md, feed.xml, archive/, questions/, sources/, tags/).
_RESERVED = {"con", "prn", "aux", "nul", "index", "feed", "archive", "questions", "sources",
             "tags", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def base_slug(title: str, article_id: str) -> str:
    """A slug from the title; from the file name when the title gives none."""
    slug = slugify(title, max_length=MAX_SLUG_LENGTH, word_boundary=True, save_order=True,
                   replacements=[["'", ""], ["\u2019", ""]])
    if not slug:
        stem = article_id.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        slug = slugify(stem, max_length=MAX_SLUG_LENGTH) or "article"
    if slug in _RESERVED:
        slug = f"{slug}-article"
    return slug


def _short_hash(article_id: str) -> str:
    return hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:8]


def assign_slugs(articles: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``{article id: slug}`` for ``(id, title)`` pairs; unique and case-insensitive.

    The article whose id sorts first keeps the plain slug; any other with the same slug
    gets a suffix from a hash of its id, so slugs do not depend on processing order.
    """
    out: dict[str, str] = {}
    taken: set[str] = set()
    for article_id, title in sorted(articles):
        slug = base_slug(title, article_id)
        if slug in taken:
            slug = f"{slug}-{_short_hash(article_id)}"
        taken.add(slug)
        out[article_id] = slug
    return out
