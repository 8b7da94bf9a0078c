"""Saved web pages (``.html``)."""

from __future__ import annotations

from briefing.errors import IngestError
from briefing.model import Article


def read_html(id: str, path: str, source: str) -> Article:
    """Make an ``Article`` from a saved web page (being written)."""
    raise IngestError("HTML articles are not supported yet", path=path)
