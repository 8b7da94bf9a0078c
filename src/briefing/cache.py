"""Content-hash cache of analysis results, so an unchanged article is never re-analysed.

An entry's key hashes the article's bytes and id together with a *fingerprint* of
everything else that shapes the result: the tool's version, a hash of its own source
code, and the ingest and analysis options. Changing any of them invalidates every
entry. Entries are pickles, compressed with zlib at its fastest level (a briefing's pickle
shrinks to about a fifth for 0.2 ms), written atomically into ``<cache_dir>/v1/``; the cache is
local, private build state (like ``__pycache__``): do not point it at a folder others
can write to. A failed read is a miss, logged at debug level with its reason.

After a build that went through, the entries it did not use (edited or removed
articles, an older version of the tool or of the options) are pruned, so the cache holds
one build's worth and does not grow with every edit. Pruning deletes only files named
like an entry (a 64-digit hex key and an entry suffix) in the entry folders; anything
else in the cache folder is left alone. One cache per project: two projects sharing a
folder would prune each other's entries (only costing time, never a wrong result).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import pickle
import re
import zlib
from collections.abc import Collection
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from briefing import __version__
from briefing.errors import IngestError
from briefing.model import Briefing
from briefing.options import AnalysisOptions, IngestOptions
from briefing.render.digest import Digest

log = logging.getLogger("briefing")

CACHE_FORMAT = "v1"
COMPRESSION = 1
"""zlib level of the entries: the fastest; higher levels save little more on pickles."""
_ENTRY_NAME = re.compile(r"[0-9a-f]{64}\.(?:pickle|digest|md)")
"""The name of a cache entry file (temporary files, stamps and foreign files never match)."""


@dataclass(frozen=True, slots=True)
class CachedFailure:
    """A file that could not be used, remembered so it is not parsed again."""

    reason: str
    hint: str | None

    def error(self, path: str) -> IngestError:
        """The error to report, as if the file had just been read."""
        return IngestError(self.reason, path=path, hint=self.hint)


CacheEntry = Briefing | CachedFailure


@functools.cache
def code_fingerprint() -> str:
    """A hash of the package's own Python source and templates (read once per process:
    the cache key, the page cache and the site stamp all need it)."""
    digest = hashlib.sha256(__version__.encode())
    root = resources.files("briefing")
    stack = [root]
    files = []
    while stack:
        folder = stack.pop()
        for item in folder.iterdir():
            if item.is_dir() and item.name != "__pycache__":
                stack.append(item)
            elif item.name.endswith((".py", ".j2", ".json")):
                files.append(item)
    for item in sorted(files, key=lambda f: str(f)):
        digest.update(str(item).encode())
        digest.update(item.read_bytes())
    return digest.hexdigest()


def folder_fingerprint(folder: Path | None) -> str:
    """A hash of every file in a folder (the site's template overrides), or of nothing."""
    digest = hashlib.sha256()
    if folder is not None and folder.is_dir():
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(ingest: IngestOptions, analysis: AnalysisOptions) -> str:
    """Everything besides the article itself that the cached result depends on."""
    parts = [code_fingerprint(), analysis.cache_key(),
             f"max_file_size={ingest.max_file_size};sde={ingest.source_date_epoch}"]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class AnalysisCache:
    """Briefings (without their slug) and their digests, keyed by content hash.
    ``root=None`` disables it."""

    def __init__(self, root: Path | None, fingerprint: str) -> None:
        self.root = root / CACHE_FORMAT if root is not None else None
        self.fingerprint = fingerprint
        self.hits = 0
        self.misses = 0

    def key(self, article_id: str, data: bytes) -> str:
        """The key of one article's bytes under the current fingerprint."""
        h = hashlib.sha256(self.fingerprint.encode())
        h.update(b"\0" + article_id.encode("utf-8") + b"\0")
        h.update(data)
        return h.hexdigest()

    def _path(self, key: str, suffix: str = ".pickle") -> Path:
        assert self.root is not None
        return self.root / key[:2] / f"{key}{suffix}"

    def get(self, key: str) -> CacheEntry | None:
        """The cached briefing (or failure), or None on a miss."""
        entry = self._load(self._path(key) if self.root else None, Briefing)
        return entry if isinstance(entry, Briefing | CachedFailure) else None

    def get_digest(self, key: str) -> Digest | CachedFailure | None:
        """The cached digest of the briefing (or the failure), or None on a miss."""
        entry = self._load(self._path(key, ".digest") if self.root else None, Digest)
        return entry if isinstance(entry, Digest | CachedFailure) else None

    def _load(self, path: Path | None, kind: type) -> object:
        if path is None:
            self.misses += 1
            return None
        try:
            entry = pickle.loads(zlib.decompress(path.read_bytes()))
        except FileNotFoundError:
            entry = None
        except Exception as exc:  # a corrupt or foreign entry is a miss, never a crash
            log.debug("cache: ignoring %s: %s", path, exc)
            entry = None
        if not isinstance(entry, kind | CachedFailure):
            self.misses += 1
            return None
        self.hits += 1
        return entry

    def put(self, key: str, entry: CacheEntry) -> None:
        """Store a briefing (or failure); a cache that cannot be written is only logged."""
        self._store(key, ".pickle", entry)

    def put_digest(self, key: str, entry: Digest | CachedFailure) -> None:
        """Store the digest of a briefing (or the failure)."""
        self._store(key, ".digest", entry)

    def prune(self, keep: Collection[str]) -> int:
        """Delete every entry whose key is not in ``keep``; the number deleted."""
        return _prune(self.root, keep)

    def _store(self, key: str, suffix: str, entry: object) -> None:
        if self.root is None:
            return
        from briefing.publish import atomic_write

        try:
            atomic_write(self._path(key, suffix), zlib.compress(
                pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL), COMPRESSION))
        except OSError as exc:
            log.debug("cache: cannot write %s: %s", key, exc)


class PageCache:
    """Rendered briefing pages, keyed by the article's content key, its slug and a
    fingerprint of everything else a page depends on (tool, templates, site settings).
    A warm or incremental build then renders only the pages of changed articles."""

    def __init__(self, root: Path | None, fingerprint: str) -> None:
        self.root = root / CACHE_FORMAT / "pages" if root is not None else None
        self.fingerprint = fingerprint

    def key(self, content_key: str, slug: str, kind: str = "page") -> str:
        """The key of one page (``kind="page"``) or of its line of the JSON export
        (``kind="export"``)."""
        return hashlib.sha256(
            f"{self.fingerprint}\0{content_key}\0{slug}\0{kind}".encode()).hexdigest()

    def get(self, key: str) -> str | None:
        """The cached page, or None."""
        if self.root is None:
            return None
        try:
            return (self.root / key[:2] / f"{key}.md").read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def put(self, key: str, text: str) -> None:
        """Store a page; a cache that cannot be written is only logged."""
        if self.root is None:
            return
        from briefing.publish import atomic_write

        try:
            atomic_write(self.root / key[:2] / f"{key}.md", text.encode("utf-8"))
        except OSError as exc:
            log.debug("cache: cannot write page %s: %s", key, exc)

    def prune(self, keep: Collection[str]) -> int:
        """Delete every page whose key is not in ``keep``; the number deleted."""
        return _prune(self.root, keep)


def _prune(root: Path | None, keep: Collection[str]) -> int:
    """Delete the entry files in ``root``'s two-digit shard folders whose key is not kept.

    Never raises: a file that cannot be deleted stays, logged at debug level.
    """
    if root is None or not root.is_dir():
        return 0
    removed = 0
    for shard in sorted(root.iterdir()):
        if len(shard.name) != 2 or not shard.is_dir() or shard.is_symlink():
            continue
        for path in sorted(shard.iterdir()):
            if (not _ENTRY_NAME.fullmatch(path.name) or path.name[:2] != shard.name
                    or path.name.split(".", 1)[0] in keep):
                continue
            try:
                path.unlink()
                removed += 1
            except OSError as exc:
                log.debug("cache: cannot prune %s: %s", path, exc)
    return removed
