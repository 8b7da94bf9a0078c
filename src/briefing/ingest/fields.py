"""Checks for the metadata fields an author writes by hand (front matter, text headers).

Each function takes the value as parsed (YAML gives strings, numbers, lists, dates)
and returns it in the model's type, or raises ``FieldError`` naming the field and
what is wrong with it, in one line.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from briefing.ingest.assemble import clean_text


class FieldError(ValueError):
    """A metadata field has the wrong type or an impossible value."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class UnsafeUrl(FieldError):
    """A URL that is text but not a link a reader may follow (not http or https).

    Readers drop such a URL with a warning rather than the whole article."""


def url_or_warning(value: object, where: str) -> tuple[str | None, list[str]]:
    """``url_field``, with an unsafe URL turned into ``None`` and a warning."""
    try:
        return url_field(value), []
    except UnsafeUrl as exc:
        return None, [f"{where}: {exc}; the link is left out"]


def _type_name(value: object) -> str:
    names = {dict: "a mapping", list: "a list", bool: "true/false", int: "a number",
             float: "a number", type(None): "null", dt.date: "a date", dt.datetime: "a date"}
    return names.get(type(value), type(value).__name__)


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def text_field(value: object, field: str) -> str | None:
    """A one-line text field (title, author, publisher); empty or null means absent."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise FieldError(field, f"must be text, not {_type_name(value)}")
    return clean_text(value) or None


def _person(value: object, field: str) -> str | None:
    """A name: text, or a mapping with a ``name`` (Jekyll's ``author: {name: ..., email: ...}``)."""
    if isinstance(value, dict):
        if "name" not in value:
            raise FieldError(field, "a mapping must have a name (author: {name: ...})")
        return text_field(value["name"], f"{field} name")
    return text_field(value, field)


def author_field(value: object) -> str | None:
    """A byline: text, a mapping with a ``name``, or a list of these joined with ", "."""
    if isinstance(value, list):
        names = [_person(v, f"author (item {i + 1})") for i, v in enumerate(value)]
        return ", ".join(n for n in names if n) or None
    return _person(value, "author")


def date_field(value: object) -> dt.date | None:
    """A publication date: ``YYYY-MM-DD`` or an ISO 8601 date-time (its date is kept)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise FieldError("date", f"must be a date like 2026-03-14, not {_type_name(value)}")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        first = exc
    try:
        iso = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
        return dt.datetime.fromisoformat(iso).date()
    except ValueError:
        pass
    raise FieldError("date", f"{_short(value)} is not a date ({first}); write it as YYYY-MM-DD")


def url_field(value: object) -> str | None:
    """An absolute http(s) URL."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise FieldError("url", f"must be text, not {_type_name(value)}")
    text = value.strip()
    if not text:
        return None
    if any(ch.isspace() for ch in text):
        raise UnsafeUrl("url", f"{_short(text)} contains white space")
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise UnsafeUrl("url", f"{_short(text)} is not a URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise UnsafeUrl("url", f"{_short(text)} is not an http(s) URL")
    return text


def tags_field(value: object, words: bool = False) -> tuple[str, ...]:
    """Tags: a list, or a comma-separated string; de-duplicated, in order.

    With ``words``, a string without a comma is split at white space, the way Jekyll
    reads ``tags: tech jekyll blogging`` in front matter.
    """
    if value is None:
        return ()
    if isinstance(value, str):
        items: list[object] = list(value.split("," if "," in value or not words else None))
    elif isinstance(value, list):
        items = list(value)
    else:
        raise FieldError("tags", f"must be a list or comma-separated text, not {_type_name(value)}")
    out: list[str] = []
    for i, item in enumerate(items):
        if isinstance(item, bool) or not isinstance(item, (str, int, float)):
            raise FieldError("tags", f"item {i + 1} must be text, not {_type_name(item)}")
        tag = clean_text(str(item))
        if tag and tag not in out:
            out.append(tag)
    return tuple(out)


def highlights_field(value: object) -> list[str]:
    """The author's highlights: a list of non-empty strings."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise FieldError("highlights", f"must be a list of text, not {_type_name(value)}")
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise FieldError("highlights", f"item {i + 1} must be text, not {_type_name(item)}")
        if not item.strip():
            raise FieldError("highlights", f"item {i + 1} is empty")
    return list(value)
