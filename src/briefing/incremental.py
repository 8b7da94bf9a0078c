"""Incremental site builds: rebuild only the pages whose Markdown changed.

MkDocs' ``dirty`` builds re-render a page only when its source is newer than its
output. That is correct here because of how the site is designed:

* the publish stage rewrites a briefing's Markdown only when its text changes, so
  unchanged briefings keep their old modification time;
* the navigation lists sections only, with fixed titles, so no page shows another
  briefing's title: a changed article changes its own page and the pages that list
  it (the home if it is among the latest, its month's archive and questions pages, its
  sources' letter pages, its tags' pages, the feed), which are regenerated and so
  rebuilt; listings are sharded (render/pages.py) so that those pages stay small.

Two things a dirty build gets wrong are mended here: pages of removed briefings are
deleted from the site, and the search index (which a dirty build fills with the
rebuilt pages only) is merged with the previous one, in clean-build order.

A build may only be incremental when the previous site was made by the same tool,
configuration and theme; ``BuildStamp`` records that in the cache folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.publish import atomic_write

log = logging.getLogger("briefing")

SEARCH_INDEX = Path("search") / "search_index.json"
STAMP_NAME = "site-stamp.json"


def build_stamp(config_text: bytes, code: str, theme_versions: Sequence[str]) -> str:
    """What the whole site depends on besides the pages: config, tool, theme."""
    h = hashlib.sha256(config_text)
    h.update(code.encode())
    for v in theme_versions:
        h.update(b"\0" + v.encode())
    return h.hexdigest()


@dataclass(frozen=True, slots=True)
class StampFile:
    """The stamp of the last complete build of a site folder, kept in the cache folder."""

    path: Path

    def matches(self, stamp: str, site_dir: Path) -> bool:
        """Whether ``site_dir`` was last built completely under ``stamp``."""
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return False
        return (isinstance(data, dict) and data.get("stamp") == stamp
                and data.get("site_dir") == str(site_dir.resolve())
                and (site_dir / SEARCH_INDEX).is_file())

    def record(self, stamp: str, site_dir: Path) -> None:
        """Remember a completed build."""
        text = json.dumps({"stamp": stamp, "site_dir": str(site_dir.resolve())}, sort_keys=True)
        atomic_write(self.path, text.encode("utf-8"))

    def forget(self) -> None:
        """Forget the last build (before a build that may not complete)."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def page_of(location: str) -> str:
    """The page part of a search-index location (``slug/#part`` -> ``slug/``)."""
    return location.split("#", 1)[0]


def merge_search_index(previous: dict[str, Any] | None, current: dict[str, Any],
                       page_order: Sequence[str], rebuilt: Iterable[str]) -> dict[str, Any]:
    """The search index a clean build would write.

    ``current`` holds entries of the ``rebuilt`` pages only; ``previous`` those of every
    page of the last build. Pages are ordered as ``page_order`` (MkDocs' build order).
    """
    rebuilt = set(rebuilt)
    by_page: dict[str, list[Any]] = {}
    for entry in (previous or {}).get("docs", []):
        page = page_of(str(entry.get("location", "")))
        if page not in rebuilt:
            by_page.setdefault(page, []).append(entry)
    for page in rebuilt:
        by_page.pop(page, None)
    for entry in current.get("docs", []):
        by_page.setdefault(page_of(str(entry.get("location", ""))), []).append(entry)
    docs = [entry for page in page_order for entry in by_page.get(page, [])]
    return {"config": current.get("config", (previous or {}).get("config")), "docs": docs}


def read_search_index(site_dir: Path) -> dict[str, Any] | None:
    """The search index of the site as it stands, if any."""
    try:
        data = json.loads((site_dir / SEARCH_INDEX).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_search_index(site_dir: Path, data: dict[str, Any]) -> None:
    """Write the index the way Material's search plugin does (compact JSON)."""
    text = json.dumps(data, separators=(",", ":"), default=str)
    atomic_write(site_dir / SEARCH_INDEX, text.encode("utf-8"))


def remove_pages(site_dir: Path, dest_paths: Iterable[str]) -> list[str]:
    """Delete the built pages of removed briefings (and their folders once empty)."""
    removed = []
    root = site_dir.resolve()
    for dest in dest_paths:
        path = (site_dir / dest).resolve()
        if not path.is_relative_to(root) or path == root:
            continue
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(dest)
        parent = path.parent
        while parent != root and parent.is_relative_to(root):
            try:
                parent.rmdir()
            except OSError:
                break
            parent = parent.parent
    return removed
