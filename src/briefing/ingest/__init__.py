"""Stage 1, ingest: files in ``content/`` -> ``Article``.

``discover`` lists candidate files in a stable order; ``ingest_file`` reads, decodes
and parses one of them, raising ``IngestError`` with the reason when it cannot.
Nothing here ever writes to the content folder.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import stat
from collections.abc import Callable
from pathlib import Path

from briefing.errors import IngestError
from briefing.ingest.decode import decode
from briefing.ingest.text import read_text
from briefing.model import Article
from briefing.options import IngestOptions

Reader = Callable[[str, str, str], Article]


def _readers() -> dict[str, Reader]:
    from briefing.ingest.html import read_html
    from briefing.ingest.markdown import read_markdown

    return {".txt": read_text, ".md": read_markdown, ".markdown": read_markdown,
            ".html": read_html, ".htm": read_html}


SUPPORTED_SUFFIXES = (".htm", ".html", ".markdown", ".md", ".txt")


def discover(root: Path) -> list[Path]:
    """Every non-hidden file below ``root``, sorted by relative path.

    Unsupported files are returned too, so that the caller can report them;
    hidden files and folders (``.git``, ``.DS_Store``) are skipped silently.
    """
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                found.append(Path(dirpath) / name)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def article_id(path: Path, root: Path) -> str:
    """The stable id of an article: its path relative to the content folder."""
    return path.relative_to(root).as_posix()


def read_bytes(path: Path, root: Path, options: IngestOptions) -> bytes:
    """The file's bytes, after checks that it is a regular file inside ``root``.

    Symbolic links (of the file or of a folder on the way) must stay inside ``root``;
    FIFOs, devices and folders are refused without being opened, and the file is
    opened non-blocking and checked again once open, so nothing swapped in can hang.
    """
    try:
        st = os.lstat(path)
    except OSError as exc:
        raise IngestError(f"cannot read: {exc.strerror}", path=str(path)) from exc
    real = Path(os.path.realpath(path))
    if not real.is_relative_to(Path(os.path.realpath(root))):
        raise IngestError("symbolic link pointing outside the content folder "
                          f"(to {real}); skipped", path=str(path))
    if stat.S_ISLNK(st.st_mode):
        try:
            st = os.stat(path)
        except OSError as exc:
            raise IngestError(f"broken symbolic link: {exc.strerror}", path=str(path)) from exc
    if not stat.S_ISREG(st.st_mode):
        raise IngestError("not a regular file (FIFO, device or folder); skipped", path=str(path))
    if st.st_size > options.max_file_size:
        raise IngestError(
            f"file is {st.st_size} bytes, over the {options.max_file_size}-byte limit",
            path=str(path), hint="raise max_file_size in the briefing plugin options")
    try:
        # O_NONBLOCK: a FIFO swapped in after the check above must not hang the build
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise IngestError(f"cannot read: {exc.strerror}", path=str(path)) from exc
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise IngestError("not a regular file once opened; skipped", path=str(path))
        try:
            data = fh.read(options.max_file_size + 1)
        except OSError as exc:
            raise IngestError(f"cannot read: {exc.strerror}", path=str(path)) from exc
    if len(data) > options.max_file_size:
        raise IngestError(f"file is over the {options.max_file_size}-byte limit", path=str(path))
    return data


def ingest_file(path: Path, root: Path, options: IngestOptions) -> Article:
    """Read, decode and parse one content file."""
    suffix = path.suffix.lower()
    reader = _readers().get(suffix)
    if reader is None:
        raise IngestError(
            f"unsupported file type {suffix or '(none)'!r}; skipped",
            path=str(path), hint="briefing reads .txt, .md and .html files")
    data = read_bytes(path, root, options)
    decoded = decode(data, str(path), html=suffix in (".html", ".htm"))
    try:
        article = reader(article_id(path, root), str(path), decoded.text)
    except RecursionError as exc:
        raise IngestError("nested too deeply to parse", path=str(path)) from exc
    if decoded.warnings:
        article = dataclasses.replace(article, warnings=decoded.warnings + article.warnings)
    if article.meta.date is None and options.source_date_epoch is not None:
        date = dt.datetime.fromtimestamp(options.source_date_epoch, tz=dt.timezone.utc).date()
        article = dataclasses.replace(article, meta=dataclasses.replace(article.meta, date=date))
    if not article.sentences and not article.highlights:
        raise IngestError("no article text found", path=str(path))
    return article
