"""The JSON export of every briefing (``briefings.json``), for machine consumers.

One object wrapping the briefings, so the file can say which schema it follows and
what site it belongs to; its shape is ``schema/export.schema.json``, and each
briefing is exactly ``jsonout.briefing_json`` (``schema/analysis.schema.json``), except
that ``path`` is the article id (the path inside the content folder) rather than
the path on the machine that built the site.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from typing import Any

from briefing.jsonout import briefing_json
from briefing.model import Briefing
from briefing.render import SiteInfo

EXPORT_SCHEMA_VERSION = 2


def export_data(briefings: Sequence[Briefing], site: SiteInfo) -> dict[str, Any]:
    """The export as a JSON-ready value, briefings newest first."""
    return {
        "schema_version": EXPORT_SCHEMA_VERSION,
        "site": {"name": site.site_name, "url": site.site_url},
        "briefings": [_export_object(b) for b in briefings],
    }


def _export_object(briefing: Briefing) -> dict[str, Any]:
    return dict(briefing_json(briefing), path=briefing.article.id)


_dump = functools.partial(json.dumps, ensure_ascii=False, sort_keys=True,
                          separators=(",", ":"))


def export_line(briefing: Briefing) -> str:
    """One briefing's line of ``briefings.json``: compact, sorted keys."""
    return _dump(_export_object(briefing))


def export_line_with_slug(line: str, slug: str) -> str:
    """An ``export_line`` with its briefing's slug changed: the same bytes as the line of
    the briefing under that slug (the object read back and written as ``export_line``
    writes it)."""
    obj = json.loads(line)
    obj["slug"] = slug
    return _dump(obj)


def export_chunks(lines: Iterable[str], site: SiteInfo) -> Iterator[str]:
    """The text of ``briefings.json`` in pieces, from its briefings' lines, newest first:
    a site of 10,000 briefings never holds the whole file (~170 MB) at once."""
    yield '{"briefings":[\n'
    for i, line in enumerate(lines):
        yield f",\n{line}" if i else line
    yield (f'\n],"schema_version":{_dump(EXPORT_SCHEMA_VERSION)},'
           f'"site":{_dump({"name": site.site_name, "url": site.site_url})}}}\n')


def export_json(briefings: Sequence[Briefing], site: SiteInfo) -> str:
    """The text of ``briefings.json``: sorted keys, so equal input gives equal bytes.

    One briefing per line, so a change to one shows as a one-line diff; compact within
    the line, which lets ``json`` use its C encoder (indenting falls back to Python,
    ten times slower: seconds per thousand briefings).
    """
    return "".join(export_chunks(map(export_line, briefings), site))


def export_schema() -> dict[str, Any]:
    """The JSON Schema of ``briefings.json``; its briefings refer to ``analysis.schema.json``."""
    text = resources.files("briefing").joinpath("schema/export.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
