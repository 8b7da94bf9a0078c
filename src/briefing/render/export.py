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
from collections.abc import Sequence
from importlib import resources
from typing import Any

from briefing.jsonout import briefing_json
from briefing.model import Briefing
from briefing.render import SiteInfo

EXPORT_SCHEMA_VERSION = 1


def export_data(briefings: Sequence[Briefing], site: SiteInfo) -> dict[str, Any]:
    """The export as a JSON-ready value, briefings newest first."""
    return {
        "schema_version": EXPORT_SCHEMA_VERSION,
        "site": {"name": site.site_name, "url": site.site_url},
        "briefings": [dict(briefing_json(b), path=b.article.id) for b in briefings],
    }


_dump = functools.partial(json.dumps, ensure_ascii=False, sort_keys=True,
                          separators=(",", ":"))


def export_json(briefings: Sequence[Briefing], site: SiteInfo) -> str:
    """The text of ``briefings.json``: sorted keys, so equal input gives equal bytes.

    One briefing per line, so a change to one shows as a one-line diff; compact within
    the line, which lets ``json`` use its C encoder (indenting falls back to Python,
    ten times slower: seconds per thousand briefings).
    """
    data = export_data(briefings, site)
    lines = ",\n".join(_dump(b) for b in data["briefings"])
    return (f'{{"briefings":[\n{lines}\n],"schema_version":{_dump(data["schema_version"])},'
            f'"site":{_dump(data["site"])}}}\n')


def export_schema() -> dict[str, Any]:
    """The JSON Schema of ``briefings.json``; its briefings refer to ``analysis.schema.json``."""
    text = resources.files("briefing").joinpath("schema/export.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
