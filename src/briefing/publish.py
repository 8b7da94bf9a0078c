"""Stage 4, publish: write the generated pages safely, then let MkDocs build the site.

Safety rules, all enforced here:

* a file is written to a temporary file in the same folder and ``os.replace``-d into
  place, so a killed build never leaves a truncated page;
* a file whose content would not change is not touched (no rewrite, no new mtime);
* the tool never overwrites or deletes a file it did not generate: the manifest
  (``.briefing-manifest.json`` in the output folder) records what it generated and
  each file's hash; a generated file a person has since edited is left alone too;
* the output folder may not be ``/``, the home folder, the project folder, the
  content folder (or inside it), or a symbolic link.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import itertools
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from briefing.errors import PublishError

MANIFEST = ".briefing-manifest.json"
MANIFEST_VERSION = 1


@dataclass(slots=True)
class WriteResult:
    """What ``write_outputs`` did."""

    written: list[str] = field(default_factory=list)
    """Files created or changed."""
    unchanged: list[str] = field(default_factory=list)
    """Files whose content was already right."""
    removed: list[str] = field(default_factory=list)
    """Generated files no longer generated, removed."""
    kept: list[tuple[str, str]] = field(default_factory=list)
    """``(file, reason)``: files left alone because they were not ours or were edited."""


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_output_dir(output: Path, *, project_dir: Path, content_dir: Path) -> None:
    """Refuse output folders whose use could destroy someone's files."""
    if output.is_symlink():
        raise PublishError("output folder is a symbolic link; refusing to write through it",
                           path=str(output))
    resolved = output.resolve()
    forbidden = {
        Path("/").resolve(): "the file system root",
        Path.home().resolve(): "the home folder",
        project_dir.resolve(): "the project folder",
    }
    if resolved in forbidden:
        raise PublishError(f"output folder is {forbidden[resolved]}; refusing to write there",
                           path=str(output),
                           hint="set docs_dir to a folder of its own, e.g. briefings")
    content = content_dir.resolve()
    if resolved == content or resolved.is_relative_to(content) or content.is_relative_to(resolved):
        raise PublishError("output folder overlaps the content folder; refusing to write there",
                           path=str(output), hint="keep docs_dir and content_dir apart")


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and ``os.replace``.

    A process killed at any point leaves either the old file or the new one, never a
    truncated one. (No fsync: that guards against power loss, at a cost per file.)
    """
    tmp, _ = _write_temporary(path, (data,))
    _move_into_place(tmp, path)


def _write_temporary(path: Path, pieces: Iterable[bytes]) -> tuple[str, str]:
    """Write ``pieces`` to a new temporary file beside ``path`` (same folder, so moving it
    there is atomic): its name and the sha256 of what was written. Nothing is left behind
    if writing fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    h = hashlib.sha256()
    try:
        with os.fdopen(fd, "wb") as fh:
            for data in pieces:
                h.update(data)
                fh.write(data)
    except BaseException:
        _discard(tmp)
        raise
    return tmp, h.hexdigest()


def _move_into_place(tmp: str, path: Path) -> None:
    """Replace ``path`` by the finished temporary file ``tmp`` (removed if that fails)."""
    try:
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        _discard(tmp)
        raise


def _discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def _write_error(path: Path, exc: OSError) -> PublishError:
    if exc.errno == errno.ENOSPC:
        return PublishError("cannot write: no space left on the device", path=str(path),
                            hint="free some disk space and build again")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return PublishError("cannot write: the output folder is read-only", path=str(path),
                            hint="check the permissions of the output folder")
    return PublishError(f"cannot write: {exc.strerror or exc}", path=str(path))


def read_manifest(output: Path) -> dict[str, str]:
    """``{relative path: sha256}`` of the files this tool generated last time."""
    try:
        data = json.loads((output / MANIFEST).read_text("utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        return {}
    except (OSError, ValueError) as exc:
        raise PublishError(f"unreadable manifest: {exc}", path=str(output / MANIFEST),
                           hint="delete it only if you know no hand-written files are in the folder"
                           ) from exc
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        raise PublishError("malformed manifest", path=str(output / MANIFEST))
    return {str(k): str(v) for k, v in files.items()}


def _safe_relative(name: str) -> PurePosixPath:
    rel = PurePosixPath(name)
    if rel.is_absolute() or ".." in rel.parts or not rel.parts or rel.name.startswith("."):
        raise PublishError(f"refusing to write outside the output folder: {name!r}")
    return rel


_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]{8}\.tmp$")


def _remove_stale_temporaries(output: Path, ours: set[str]) -> None:
    """Delete temporary files a killed build of ours left behind (and only those)."""
    folders = {PurePosixPath(name).parent for name in ours} | {PurePosixPath(".")}
    for folder in folders:
        directory = output.joinpath(*folder.parts)
        try:
            names = os.listdir(directory)
        except OSError:
            continue
        for entry in names:
            m = _TEMPORARY.match(entry)
            if m and (folder / m.group("name")).as_posix().removeprefix("./") in ours | {MANIFEST}:
                with contextlib.suppress(OSError):
                    (directory / entry).unlink()


FileContent = str | Callable[[], Iterable[str]]
"""A file's text, or a function that makes it in pieces when the file is written."""

STREAM_ABOVE = 1 << 20
"""Files larger than this (bytes) are written piece by piece as they are made (the JSON
export of 10,000 briefings is ~170 MB); smaller ones are compared in memory first."""


def write_outputs(output: Path, files: Mapping[str, FileContent]) -> WriteResult:
    """Make ``output`` hold exactly ``files`` among the files this tool generated.

    A function value is called when its turn comes (in name order), so a build never
    needs to hold every page at once.
    """
    result = WriteResult()
    manifest = read_manifest(output)
    new_manifest: dict[str, str] = {}
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_error(output, exc) from exc
    _remove_stale_temporaries(output, set(files) | set(manifest))
    for name in sorted(files):
        rel = _safe_relative(name)
        path = output.joinpath(*rel.parts)
        try:
            exists = path.is_file()
            if not exists and (path.exists() or path.is_symlink()):
                result.kept.append((name, "not a regular file; left alone"))
                continue
            content = files[name]
            pieces = iter((content,) if isinstance(content, str) else content())
            head, rest = _gather(pieces, STREAM_ABOVE)
            if rest is None:
                outcome, digest = _write_small(path, head, exists, manifest.get(name))
            else:
                outcome, digest = _write_large(path, head, rest, exists, manifest.get(name))
        except OSError as exc:
            raise _write_error(path, exc) from exc
        if outcome == "kept":
            reason = "edited by hand" if name in manifest else "not generated by briefing"
            result.kept.append((name, f"{reason}; left alone (delete it to regenerate)"))
            continue
        (result.unchanged if outcome == "unchanged" else result.written).append(name)
        new_manifest[name] = digest
    for name in sorted(set(manifest) - set(files)):
        path = output.joinpath(*_safe_relative(name).parts)
        try:
            ours = path.is_file() and not path.is_symlink()
            if ours and _digest(path.read_bytes()) == manifest[name]:
                path.unlink()
                result.removed.append(name)
            elif path.exists():
                result.kept.append((name, "edited by hand; no longer generated, left alone"))
        except OSError as exc:
            raise _write_error(path, exc) from exc
    manifest_text = json.dumps({"version": MANIFEST_VERSION, "files": new_manifest},
                               indent=1, sort_keys=True) + "\n"
    mpath = output / MANIFEST
    try:
        if not mpath.is_file() or mpath.read_text("utf-8") != manifest_text:
            atomic_write(mpath, manifest_text.encode("utf-8"))
    except OSError as exc:
        raise _write_error(mpath, exc) from exc
    return result


def _gather(pieces: Iterator[str], limit: int) -> tuple[bytes, Iterator[str] | None]:
    """The first pieces, encoded, up to just over ``limit`` bytes; and the rest, or None
    when there is no more."""
    parts: list[bytes] = []
    size = 0
    for piece in pieces:
        data = piece.encode("utf-8")
        parts.append(data)
        size += len(data)
        if size > limit:
            return b"".join(parts), pieces
    return b"".join(parts), None


def _write_small(path: Path, data: bytes, exists: bool, recorded: str | None,
                 ) -> tuple[str, str]:
    """Write ``data`` unless the file already holds it or is not ours to replace:
    ``("written" | "unchanged" | "kept", sha256 of data)``."""
    digest = _digest(data)
    if exists:
        current = path.read_bytes()
        if current == data:
            return "unchanged", digest
        if recorded != _digest(current):
            return "kept", digest
    atomic_write(path, data)
    return "written", digest


def _write_large(path: Path, head: bytes, rest: Iterator[str], exists: bool,
                 recorded: str | None) -> tuple[str, str]:
    """``_write_small`` for a file made in pieces: written to a temporary file while it is
    made, then compared with the current file by hash, and moved into place or dropped."""
    current = _file_digest(path) if exists else None
    tmp, digest = _write_temporary(path, itertools.chain(
        (head,), (piece.encode("utf-8") for piece in rest)))
    if current is not None and (current == digest or recorded != current):
        _discard(tmp)
        return ("unchanged" if current == digest else "kept"), digest
    _move_into_place(tmp, path)
    return "written", digest


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
