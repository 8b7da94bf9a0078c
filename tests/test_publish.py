"""publish: atomic writes, the manifest, and the output folders it refuses."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.errors import PublishError
from briefing.publish import MANIFEST, STREAM_ABOVE, check_output_dir, write_outputs


def test_writes_files_and_records_them(tmp_path: Path) -> None:
    out = tmp_path / "briefings"
    result = write_outputs(out, {"a.md": "A\n", "sub/b.md": "B\n"})
    assert sorted(result.written) == ["a.md", "sub/b.md"]
    assert (out / "a.md").read_text() == "A\n"
    assert (out / "sub" / "b.md").read_text() == "B\n"
    assert MANIFEST in os.listdir(out)
    assert not [p for p in out.rglob("*.tmp")]


def test_unchanged_files_are_not_rewritten(tmp_path: Path) -> None:
    out = tmp_path / "briefings"
    write_outputs(out, {"a.md": "A\n"})
    os.utime(out / "a.md", (1_000_000, 1_000_000))
    manifest_before = (out / MANIFEST).stat().st_mtime_ns
    result = write_outputs(out, {"a.md": "A\n"})
    assert result.written == [] and result.unchanged == ["a.md"]
    assert (out / "a.md").stat().st_mtime == 1_000_000
    assert (out / MANIFEST).stat().st_mtime_ns == manifest_before


def test_never_overwrites_or_deletes_foreign_files(tmp_path: Path) -> None:
    out = tmp_path / "briefings"
    out.mkdir()
    (out / "index.md").write_text("my own page\n")
    (out / "notes.md").write_text("my notes\n")
    result = write_outputs(out, {"index.md": "generated\n", "a.md": "A\n"})
    assert (out / "index.md").read_text() == "my own page\n"
    assert [name for name, _ in result.kept] == ["index.md"]
    write_outputs(out, {})  # a.md is ours and no longer generated: removed; notes stay
    assert not (out / "a.md").exists()
    assert (out / "notes.md").read_text() == "my notes\n"
    assert (out / "index.md").read_text() == "my own page\n"


def test_hand_edited_generated_file_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "briefings"
    write_outputs(out, {"a.md": "A\n"})
    (out / "a.md").write_text("A, edited by hand\n")
    result = write_outputs(out, {"a.md": "A2\n"})
    assert (out / "a.md").read_text() == "A, edited by hand\n"
    assert result.kept and "edited by hand" in result.kept[0][1]
    result = write_outputs(out, {})
    assert (out / "a.md").exists()


def test_refuses_paths_escaping_the_folder(tmp_path: Path) -> None:
    with pytest.raises(PublishError):
        write_outputs(tmp_path / "out", {"../evil.md": "x"})
    assert not (tmp_path / "evil.md").exists()


@pytest.mark.parametrize("which", ["root", "home", "project", "content", "inside-content",
                                   "symlink"])
def test_refused_output_folders(tmp_path: Path, which: str) -> None:
    project = tmp_path / "project"
    content = project / "content"
    content.mkdir(parents=True)
    target = {
        "root": Path("/"),
        "home": Path.home(),
        "project": project,
        "content": content,
        "inside-content": content / "out",
    }.get(which)
    if which == "symlink":
        real = tmp_path / "real"
        real.mkdir()
        target = project / "briefings"
        target.symlink_to(real)
    assert target is not None
    with pytest.raises(PublishError) as err:
        check_output_dir(target, project_dir=project, content_dir=content)
    assert "refusing" in err.value.reason


def test_not_a_folder_gives_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    with pytest.raises(PublishError) as err:
        write_outputs(blocker / "briefings", {"a.md": "A"})
    assert err.value.path and err.value.reason.startswith("cannot write")


_WRITE_IN_TMPFS = """
import sys
from collections.abc import Iterator
from pathlib import Path
from briefing.errors import PublishError
from briefing.publish import write_outputs
try:
    write_outputs(Path(sys.argv[1]) / "briefings", {"a.md": "x" * 200_000})
except PublishError as exc:
    print(exc.reason)
    print(exc.hint)
"""


@pytest.mark.parametrize(("options", "expected"), [
    ("ro,size=1m", "cannot write: the output folder is read-only"),
    ("size=64k", "cannot write: no space left on the device"),
])
def test_read_only_or_full_disk_gives_clear_message(tmp_path: Path, options: str,
                                                    expected: str) -> None:
    """A real read-only and a real full file system: a tmpfs in a private mount namespace."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare to mount a tmpfs")
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    script = (f"mount -t tmpfs -o {options} tmpfs {mnt} && "
              f"exec {sys.executable} -c '{_WRITE_IN_TMPFS}' {mnt}")
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == expected
    assert "Traceback" not in result.stderr


def test_files_made_in_pieces_are_streamed_and_treated_like_text(tmp_path: Path) -> None:
    out = tmp_path / "briefings"
    line = "“quoted” line of a large export\n"
    pieces = 2 * STREAM_ABOVE // len(line.encode("utf-8"))
    calls: list[str] = []

    def big() -> Iterator[str]:
        calls.append("big")
        for _ in range(pieces):
            yield line

    files = {"big.json": big, "small.md": lambda: ("a ", "page\n")}
    assert sorted(write_outputs(out, files).written) == ["big.json", "small.md"]
    assert (out / "big.json").read_text("utf-8") == line * pieces
    assert (out / "small.md").read_text("utf-8") == "a page\n"
    os.utime(out / "big.json", (1_000_000, 1_000_000))
    again = write_outputs(out, files)
    assert sorted(again.unchanged) == ["big.json", "small.md"] and again.written == []
    assert (out / "big.json").stat().st_mtime == 1_000_000
    (out / "big.json").write_text("edited by hand\n", "utf-8")
    kept = write_outputs(out, files)
    assert [name for name, _ in kept.kept] == ["big.json"]
    assert (out / "big.json").read_text("utf-8") == "edited by hand\n"
    assert calls == ["big", "big", "big"]
    assert not [p for p in out.rglob("*.tmp")]


def test_a_file_that_fails_while_being_made_leaves_the_old_one(tmp_path: Path) -> None:
    out = tmp_path / "briefings"
    write_outputs(out, {"big.json": "old\n"})

    def failing() -> Iterator[str]:
        yield "x" * (STREAM_ABOVE + 1)
        raise RuntimeError("template broke half way")

    with pytest.raises(RuntimeError):
        write_outputs(out, {"big.json": failing})
    assert (out / "big.json").read_text("utf-8") == "old\n"
    assert not [p for p in out.rglob("*.tmp")]
