"""Markdown articles with YAML front matter (``.md``)."""

from __future__ import annotations

from briefing.errors import IngestError
from briefing.model import Article


def read_markdown(id: str, path: str, source: str) -> Article:
    """Make an ``Article`` from a Markdown file (being written)."""
    raise IngestError("Markdown articles are not supported yet", path=path)
