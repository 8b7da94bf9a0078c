"""The bad-input catalogue, end to end: one line per bad file, everything else built.

All the cases go into one content folder beside the seed, and one ``briefing build``
runs over them (as a newsroom's messy folder would). Then, for each case:

* at most one ``ERROR:``/``WARNING:`` line names it, and exactly one when it is bad;
* no traceback; every good article is built; ``content/`` is untouched;
* ``mkdocs build --strict`` still passes; ``briefing build --strict`` exits 1;
* ``briefing check`` reports the same lines without building.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from support import SEED, copy_project

GOOD_BODY = ("The council said on Monday that the bridge would reopen in March.\n\n"
             "\"We are confident in the repairs,\" said Ines Marlow, the city engineer.\n\n"
             "Some residents may not believe the date, a local newspaper reported.\n")


@dataclass(frozen=True)
class Case:
    name: str
    """File name in content/."""
    bad: bool | None
    """True: skipped, with exactly one ERROR line. None: exactly one line, ERROR (skipped) or
    WARNING (built). False: built, with at most one WARNING line."""


CASES: list[Case] = []


def case(name: str, bad: bool | None) -> Case:
    c = Case(name, bad)
    CASES.append(c)
    return c


def md(title_yaml: str, extra: str = "") -> str:
    return f"---\ntitle: {title_yaml}\n{extra}---\n\n{GOOD_BODY}"


def write_catalogue(content: Path, outside: Path) -> None:
    w = content.joinpath
    # empty or unreadable content
    case("empty.txt", True)
    w("empty.txt").write_bytes(b"")
    case("whitespace.txt", True)
    w("whitespace.txt").write_bytes(b"  \n\t\r\n   \n")
    case("bom-only.txt", True)
    w("bom-only.txt").write_bytes(codecs.BOM_UTF8 + b"\n \n")
    case("utf8-bom.txt", False)
    w("utf8-bom.txt").write_bytes(codecs.BOM_UTF8 + ("Bridge with BOM\n\n" + GOOD_BODY).encode())
    case("utf16.txt", False)
    w("utf16.txt").write_bytes(("Bridge in UTF-16\n\n" + GOOD_BODY).encode("utf-16"))
    case("cp1252.txt", False)
    w("cp1252.txt").write_bytes("Café “quotes” – cp1252\n\n".encode("cp1252")
                                + GOOD_BODY.encode("cp1252"))
    case("latin1.txt", False)
    w("latin1.txt").write_bytes("Zürich façade in latin-1\n\n".encode("latin-1")
                                + GOOD_BODY.encode("latin-1"))
    case("invalid-utf8.txt", None)  # one line: refused, or decoded as legacy text and said so
    w("invalid-utf8.txt").write_bytes(b"Title\n\n\xc3\x28\xa0\xa1 broken \xf0\x28\x8c\xbc" * 3)
    case("binary.txt", True)
    w("binary.txt").write_bytes(b"\x00\x01\x02GIF89a\x00\xff" * 50)
    # size and pathological structure
    case("too-big.txt", True)
    w("too-big.txt").write_bytes(b"Big\n\n" + b"word " * (6 * 1024 * 1024 // 5))
    case("one-long-line.txt", True)  # 10 MB on one line: over the default 5 MiB limit
    w("one-long-line.txt").write_bytes(b"x" * (10 * 1024 * 1024))
    case("bomb.html", True)
    w("bomb.html").write_bytes(gzip.compress(b"<p>" + b"A" * (20 * 1024 * 1024) + b"</p>"))
    case("nested-divs.html", None)  # built, or refused as too deep: one line either way
    w("nested-divs.html").write_text("<html><head><title>Deep divs</title></head><body>"
                                     + "<div>" * 50_000 + "<p>The mayor said the road would "
                                     "reopen next week after repairs.</p>" + "</div>" * 50_000
                                     + "</body></html>")
    case("stars.md", None)
    w("stars.md").write_text(md('"Many stars"') + "*" * 65_000 + "\n")
    case("deep-list.md", None)
    w("deep-list.md").write_text(md('"Deep list"') + "".join(
        "  " * i + "- item\n" for i in range(1000)))
    case("entities.html", None)
    w("entities.html").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i else "&lol;" * 10}">'
                  for i in range(1, 10))
        + '<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        "<html><head><title>Entities</title></head><body><article><p>The council said the "
        "budget was approved &lol9; &xxe; on Monday after a long debate.</p></article>"
        "</body></html>")
    # files that aren't articles
    case("notes.docx", True)
    w("notes.docx").write_bytes(b"PK\x03\x04 not an article")
    case("escape.txt", True)
    outside.write_text("Secret outside\n\nThe secret is 42, the owner said.\n")
    w("escape.txt").symlink_to(outside)
    case("pipe.txt", True)
    os.mkfifo(w("pipe.txt"))
    case("dangling.txt", True)  # cannot be opened (root reads any mode, so no chmod 000 here)
    w("dangling.txt").symlink_to(content / "does-not-exist.txt")
    if os.geteuid() != 0:
        case("no-permission.txt", True)
        w("no-permission.txt").write_text("Locked\n\n" + GOOD_BODY)
        w("no-permission.txt").chmod(0)
    w("folder.txt").mkdir()  # a folder named like an article is just a folder
    case("folder.txt/inner.txt", False)
    w("folder.txt", "inner.txt").write_text("Inner\n\n" + GOOD_BODY)
    # bad front matter
    case("bad-yaml.md", True)
    w("bad-yaml.md").write_text("---\ntitle: [unclosed\n  - : :\n---\n\n" + GOOD_BODY)
    case("wrong-types.md", True)
    w("wrong-types.md").write_text(md('"Types"', "tags: {a: 1}\nauthor: [1, 2]\n"))
    case("bad-date.md", True)
    w("bad-date.md").write_text(md('"Dates"', "date: the day after tomorrow\n"))
    # titles
    titles = ['"# *Bold* _and_ [link](x) `code` |pipe|"', '"two\\nlines\\r\\nhere"',
              '"{{ 7*7 }} {% if 1 %}x{% endif %}"', '"' + "long " * 200 + '"',
              '"😀🎉🔥"', '""', '"../../etc/passwd"', '"CON"']
    for i, title in enumerate(titles):
        case(f"title-{i}.md", False)
        w(f"title-{i}.md").write_text(md(title))
    # collisions
    case("same-a.txt", False)
    w("same-a.txt").write_text("Bridge to reopen\n\n" + GOOD_BODY)
    case("same-b.txt", False)
    w("same-b.txt").write_text("Bridge To Reopen\n\n" + GOOD_BODY)
    case("Case.txt", False)
    w("Case.txt").write_text("Case one\n\n" + GOOD_BODY)
    case("case.txt", False)
    w("case.txt").write_text("Case one\n\n" + GOOD_BODY)
    # odd characters and formats
    case("bidi.txt", False)
    w("bidi.txt").write_text("Bidi \u202eevil\u202c title\n\nThe mayor\u200b said\u2066 the "
                             "\x1b[31mroad\x1b[0m would reopen.\n")
    case("crlf.txt", False)
    w("crlf.txt").write_bytes(("CRLF title\n\n" + GOOD_BODY).replace("\n", "\r\n").encode())
    case("cr.txt", False)
    w("cr.txt").write_bytes(("CR title\n\n" + GOOD_BODY).replace("\n", "\r").encode())
    case("metadata-lines.txt", False)
    w("metadata-lines.txt").write_text("Title: x\nAuthor: y\n\n" + GOOD_BODY)


def tree_digest(folder: Path) -> dict[str, str]:
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_symlink():
            out[rel] = "link:" + os.readlink(p)
        elif p.is_fifo():
            out[rel] = "fifo"
        elif p.is_file():
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
        else:
            out[rel] = "dir"
    return out


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, str]]:
    root = tmp_path_factory.mktemp("bad")
    project = copy_project(root / "project", content=False)
    shutil.rmtree(project / "briefings")
    shutil.copy(SEED, project / "content" / SEED.name)
    CASES.clear()
    write_catalogue(project / "content", root / "outside.txt")
    before = tree_digest(project / "content")
    result = subprocess.run([sys.executable, "-m", "briefing", "build"], cwd=project,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    assert tree_digest(project / "content") == before
    return project, result.stderr, before


def lines_for(stderr: str, name: str) -> list[str]:
    pattern = re.compile(rf"^(ERROR|WARNING): \S*content/{re.escape(name)}: ")
    return [line for line in stderr.splitlines() if pattern.match(line)]


def test_no_traceback(catalogue: tuple[Path, str, dict[str, str]]) -> None:
    assert "Traceback" not in catalogue[1]


@pytest.mark.parametrize("name", [
    "empty.txt", "whitespace.txt", "bom-only.txt", "utf8-bom.txt", "utf16.txt", "cp1252.txt",
    "latin1.txt", "invalid-utf8.txt", "binary.txt", "too-big.txt", "one-long-line.txt",
    "bomb.html", "nested-divs.html", "stars.md", "deep-list.md", "entities.html", "notes.docx",
    "escape.txt", "pipe.txt", "dangling.txt", "folder.txt/inner.txt", "bad-yaml.md",
    "wrong-types.md", "bad-date.md",
    *[f"title-{i}.md" for i in range(8)], "same-a.txt", "same-b.txt", "Case.txt", "case.txt",
    "bidi.txt", "crlf.txt", "cr.txt", "metadata-lines.txt"])
def test_each_case_gets_at_most_one_line(catalogue: tuple[Path, str, dict[str, str]],
                                         name: str) -> None:
    _, stderr, _ = catalogue
    c = next(c for c in CASES if c.name == name)
    lines = lines_for(stderr, name)
    if c.bad:
        assert len(lines) == 1 and lines[0].startswith("ERROR: "), (name, lines)
    elif c.bad is None:
        assert len(lines) <= 1, (name, lines)
    else:
        assert len(lines) <= 1 and not [x for x in lines if x.startswith("ERROR")], (name, lines)


def test_every_good_article_is_built(catalogue: tuple[Path, str, dict[str, str]]) -> None:
    project, stderr, _ = catalogue
    errors = [c for c in CASES if c.bad or (c.bad is None and any(
        line.startswith("ERROR") for line in lines_for(stderr, c.name)))]
    good = [c for c in CASES if c not in errors] + [Case(SEED.name, False)]
    assert f"{len(good)} briefings built, {len(errors)} files skipped" in stderr
    pages = [p for p in (project / "site").glob("*/index.html")]
    assert len(pages) >= len(good)
    for page in (project / "briefings").rglob("*.md"):
        assert page.resolve().is_relative_to((project / "briefings").resolve())
    site_text = "".join(p.read_text("utf-8") for p in (project / "site").rglob("*.html"))
    assert "root:x:0:0" not in site_text  # no external entity was fetched
    assert "The secret is 42" not in site_text  # nothing outside content/ was read
    assert "lollollollollol" not in site_text  # no entity expansion


def test_plain_mkdocs_strict_still_passes(catalogue: tuple[Path, str, dict[str, str]]) -> None:
    project, _, before = catalogue
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    assert tree_digest(project / "content") == before


def test_strict_reports_everything_then_fails(
        catalogue: tuple[Path, str, dict[str, str]]) -> None:
    project = catalogue[0]
    result = subprocess.run([sys.executable, "-m", "briefing", "build", "--strict"], cwd=project,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    for c in CASES:
        if c.bad:
            assert len(lines_for(result.stderr, c.name)) == 1, c.name


def test_check_lints_without_building(catalogue: tuple[Path, str, dict[str, str]]) -> None:
    project = catalogue[0]
    site_before = tree_digest(project / "site")
    result = subprocess.run([sys.executable, "-m", "briefing", "check"], cwd=project,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 1
    for c in CASES:
        if c.bad:
            assert len(lines_for(result.stderr, c.name)) == 1, c.name
    assert tree_digest(project / "site") == site_before
