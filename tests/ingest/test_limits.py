"""Limits and hostile input: size, file types, links, FIFOs, permissions, pathological text.

Pathological inputs run in a fresh interpreter each (as cmark's pathological_tests.py
does), with a wall-clock timeout against hangs; the child measures the CPU time that
``ingest_file`` itself takes, which must stay under ``BUDGET`` seconds whatever the
load of the machine.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.errors import IngestError
from briefing.ingest import discover

from .checks import REPO, SEED, ingest, write

BUDGET = 4.0
"""Seconds of CPU time any single file may take."""
HANG_TIMEOUT = 120
"""Wall-clock seconds after which a child is considered hung (interpreter start included)."""

CHILD = """
import json, sys, time
from pathlib import Path
import briefing.ingest.html, briefing.ingest.markdown
from briefing.errors import IngestError
from briefing.ingest import ingest_file
from briefing.options import IngestOptions
path, limit = Path(sys.argv[1]), int(sys.argv[2])
cpu, wall = time.process_time(), time.perf_counter()
try:
    article = ingest_file(path, path.parent, IngestOptions(max_file_size=limit))
    outcome = {"ok": True, "sentences": len(article.sentences), "chars": len(article.text)}
except IngestError as exc:
    outcome = {"ok": False, "reason": exc.reason}
outcome["cpu"] = time.process_time() - cpu
outcome["wall"] = time.perf_counter() - wall
print(json.dumps(outcome))
"""

WORDS = "The council said the budget may rise again next year. "
TEN_MB = 10 * 1024 * 1024


def _long_line() -> str:
    return WORDS * (TEN_MB // len(WORDS))


PATHOLOGICAL: dict[str, tuple[str, object]] = {
    # name: (file name, text); a callable is called lazily
    "50,000 nested divs": ("divs.html", lambda: "<html><body>" + "<div>" * 50_000
                           + "<p>Deep text.</p>" + "</div>" * 50_000 + "</body></html>"),
    "50,000 unclosed divs": ("open-divs.html", lambda: "<html><body>" + "<div>" * 50_000
                             + "<p>Deep text.</p></body></html>"),
    "10 MB line, txt": ("line.txt", lambda: "A long line\n\n" + _long_line()),
    "10 MB line, md": ("line.md", lambda: "# A long line\n\n" + _long_line()),
    "10 MB line, html": ("line.html", lambda: "<html><body><article><p>" + _long_line()
                         + "</p></article></body></html>"),
    "65,000 stars": ("stars.md", lambda: "*" * 65_000),
    "65,000 star words": ("star-words.md", lambda: "Intro.\n\n" + "a *" * 65_000),
    "65,000 emphasis openers": ("openers.md", lambda: "Intro.\n\n" + "_a " * 65_000),
    "nested strong and emphasis": ("strong.md", lambda: "Intro.\n\n" + "*a **a " * 10_000
                                   + "b" + " a** a*" * 10_000),
    "65,000 link closers": ("closers.md", lambda: "Intro.\n\n" + "a]" * 65_000),
    "nested brackets": ("brackets.md", lambda: "Intro.\n\n" + "[" * 65_000 + "a"
                        + "]" * 65_000),
    "unclosed links": ("unclosed-links.md", lambda: "Intro.\n\n" + "[a](<b" * 30_000),
    "backtick runs": ("backticks.md", lambda: "Intro.\n\n"
                      + "".join("e" + "`" * i for i in range(1, 2_000))),
    "lists 1,000 deep": ("lists.md", lambda: "Intro.\n\n"
                         + "".join("  " * i + "- item\n" for i in range(1_000))),
    "list markers 1,000 deep": ("markers.md", lambda: "Intro.\n\n" + "- " * 1_000 + "x\n"),
    "block quotes 1,000 deep": ("quotes.md", lambda: "Intro.\n\n" + "> " * 1_000 + "x\n"),
    "YAML nested 10,000 deep": ("yaml-deep.md", lambda: "---\ntitle: " + "[" * 10_000
                                + "]" * 10_000 + "\n---\nBody.\n"),
    "YAML alias bomb": ("yaml-bomb.md", lambda: "---\n" + "a0: &a0 [lol, lol]\n" + "".join(
        f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 10))
        + "tags: *a9\n---\nBody.\n"),
    "100,000 entities": ("entities.html", lambda: "<html><body><article><p>"
                         + "&amp; " * 100_000 + "</p></article></body></html>"),
    "100,000 unclosed tags": ("tags.html", lambda: "<html><body><p>x" + "<a" * 100_000
                              + "</p></body></html>"),
    "100,000 unclosed comments": ("comments.html", lambda: "<html><body><p>x"
                                  + "<!--" * 100_000 + "</p></body></html>"),
    "100,000 bad character references": ("refs.html", lambda: "<html><body><p>x"
                                         + "&#;" * 100_000 + "</p></body></html>"),
}


def _run_child(path: Path, limit: int) -> dict[str, object]:
    result = subprocess.run([sys.executable, "-c", CHILD, str(path), str(limit)],
                            capture_output=True, text=True, timeout=HANG_TIMEOUT, cwd=REPO)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("case", list(PATHOLOGICAL), ids=list(PATHOLOGICAL))
def test_pathological_input_finishes_in_time(case: str, tmp_path: Path) -> None:
    name, make = PATHOLOGICAL[case]
    text = make() if callable(make) else make
    assert isinstance(text, str)
    path = write(tmp_path, name, text)
    outcome = _run_child(path, 4 * TEN_MB)
    assert outcome["cpu"] < BUDGET, outcome  # type: ignore[operator]
    if not outcome["ok"]:
        reason = str(outcome["reason"])
        assert "\n" not in reason and reason, outcome


@pytest.mark.parametrize(("case", "expected"), [
    ("lists 1,000 deep", "nested more than 31 levels deep"),
    ("block quotes 1,000 deep", "nested more than 31 levels deep"),
    ("50,000 nested divs", "elements nested 50003 deep"),
    ("YAML alias bomb", "YAML aliases (*name) are not supported"),
    ("YAML nested 10,000 deep", "front matter: nested too deeply"),
])
def test_pathological_errors_say_why(case: str, expected: str, tmp_path: Path) -> None:
    name, make = PATHOLOGICAL[case]
    assert callable(make)
    with pytest.raises(IngestError) as info:
        ingest(write(tmp_path, name, make()))
    assert expected in info.value.reason


def test_ten_megabyte_line_is_read_whole_with_a_raised_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "line.txt", "A long line\n\n" + _long_line())
    with pytest.raises(IngestError, match="over the 5242880-byte limit"):
        ingest(path)
    article = ingest(path, max_file_size=2 * TEN_MB)
    assert len(article.text) == len(_long_line().strip())
    last = article.sentences[-1]
    span = article.span(last.start, last.end)
    assert span.text == WORDS.strip() and span.end == len(article.source) - 1


# --------------------------------------------------------------------------- the file system


def test_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Title\n\n" + "word " * 400)
    with pytest.raises(IngestError) as info:
        ingest(path, max_file_size=1000)
    assert info.value.reason == "file is 2007 bytes, over the 1000-byte limit"
    assert info.value.hint is not None and "max_file_size" in info.value.hint
    assert ingest(path, max_file_size=2007).sentences


@pytest.mark.parametrize("name", ["story.pdf", "story", "story.txt.bak", "story.docx"])
def test_unknown_extension(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, "Title\n\nSome text.\n")
    with pytest.raises(IngestError, match="unsupported file type"):
        ingest(path)


def test_folder_named_like_an_article(tmp_path: Path) -> None:
    (tmp_path / "x.txt").mkdir()
    with pytest.raises(IngestError, match="not a regular file"):
        ingest(tmp_path / "x.txt")


FIFO_CHILD = """
import os, sys
from pathlib import Path
from briefing.errors import IngestError
from briefing.ingest import ingest_file
from briefing.options import IngestOptions
path = Path(sys.argv[1])
try:
    ingest_file(path, path.parent, IngestOptions())
except IngestError as exc:
    print(exc.reason)
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = subprocess.run([sys.executable, "-c", FIFO_CHILD, str(fifo)], capture_output=True,
                            text=True, timeout=HANG_TIMEOUT, cwd=REPO)
    assert result.stdout.strip() == "not a regular file (FIFO, device or folder); skipped"


def test_symbolic_links(tmp_path: Path) -> None:
    root = tmp_path / "content"
    outside = write(tmp_path / "elsewhere", "secret.txt", "Secret\n\nNot for the site.\n")
    inside = write(root, "real.txt", SEED.read_text(encoding="utf-8"))
    (root / "link-out.txt").symlink_to(outside)
    (root / "link-in.txt").symlink_to(inside)
    (root / "dangling.txt").symlink_to(root / "missing.txt")
    (root / "sub").symlink_to(outside.parent, target_is_directory=True)
    with pytest.raises(IngestError, match="symbolic link pointing outside the content folder"):
        ingest(root / "link-out.txt", root)
    with pytest.raises(IngestError, match="symbolic link pointing outside the content folder"):
        ingest(root / "sub" / "secret.txt", root)
    with pytest.raises(IngestError, match="broken symbolic link"):
        ingest(root / "dangling.txt", root)
    article = ingest(root / "link-in.txt", root)
    assert article.id == "link-in.txt"
    assert article.text == ingest(inside, root).text


UNREADABLE_CHILD = """
import os, sys
from pathlib import Path
import briefing.ingest.html, briefing.ingest.markdown
from briefing.errors import IngestError
from briefing.ingest import ingest_file
from briefing.options import IngestOptions
os.setgroups([])
os.setgid(65534)
os.setuid(65534)
path = Path(sys.argv[1])
print("access", os.access(path, os.R_OK))
try:
    ingest_file(path, path.parent, IngestOptions())
except IngestError as exc:
    print(exc.reason)
"""


@pytest.fixture
def world_traversable_dir() -> Iterator[Path]:
    """A folder that an unprivileged user can enter (pytest's tmp_path is private)."""
    folder = Path(tempfile.mkdtemp(prefix="briefing-perm-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)


def test_unreadable_file(world_traversable_dir: Path) -> None:
    """chmod 000 is no obstacle to root, so as root the read runs as user 65534 (nobody).

    The child imports everything first, then drops its privileges with setuid, so the
    very open() that ingest_file makes fails with EACCES, as it would for any user.
    """
    path = write(world_traversable_dir, "locked.txt", "Title\n\nSome text.\n")
    path.chmod(0)
    assert stat.S_IMODE(path.stat().st_mode) == 0
    if os.geteuid() != 0:
        with pytest.raises(IngestError, match="cannot read: Permission denied"):
            ingest(path)
        return
    result = subprocess.run([sys.executable, "-c", UNREADABLE_CHILD, str(path)],
                            capture_output=True, text=True, timeout=HANG_TIMEOUT, cwd=REPO)
    if "Operation not permitted" in result.stderr:
        pytest.skip("cannot drop privileges here (no CAP_SETUID)")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines() == ["access False", "cannot read: Permission denied"]


def test_discover_is_sorted_and_skips_hidden_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", ".hidden.txt", "sub/c.html", ".git/config", "sub/.DS_Store"):
        write(tmp_path, name, "x")
    found = [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)]
    assert found == ["a.md", "b.txt", "sub/c.html"]
