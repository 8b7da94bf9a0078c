"""Incremental builds: after a change, the site equals a clean build's, file for file."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from briefing.render.views import letter_slug, month_key, source_letter, tag_slug

from support import copy_project, write_articles

ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1790000000"}


def build(project: Path, *args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "briefing", "build", *args], cwd=project,
                            capture_output=True, text=True, timeout=600, env=ENV)
    assert result.returncode == 0, result.stderr
    return result.stderr


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns
            for p in folder.rglob("*") if p.is_file()}


def exported(site: Path) -> dict[str, dict[str, Any]]:
    """The briefings of a built site by article path, from its JSON export."""
    data = json.loads((site / "briefings.json").read_text("utf-8"))
    return {b["path"]: b for b in data["briefings"]}


def listings_of(briefing: dict[str, Any]) -> set[str]:
    """The Markdown pages that list ``briefing`` besides the home: its month's archive and
    open questions, its sources' letters, its tags."""
    month = month_key(dt.date.fromisoformat(briefing["date"]) if briefing["date"] else None)
    pages = {f"archive/{month}.md", f"questions/{month}.md"}
    pages |= {f"sources/{letter_slug(source_letter(s['name']))}.md"
              for s in briefing["sources"]}
    return pages | {f"tags/{tag_slug(t)}.md" for t in briefing["tags"]}


def site_page(markdown_path: str) -> str:
    """Where MkDocs (directory URLs) writes the page of ``markdown_path``."""
    stem = markdown_path.removesuffix(".md")
    return f"{stem}.html" if stem == "index" or stem.endswith("/index") else f"{stem}/index.html"


def change_content(content: Path) -> None:
    (content / "story-003.txt").write_text(
        "Flood defences in Eastfield fail\n\nThe river broke through overnight, "
        "the council said.\n\n\"We are evacuating Mill Lane,\" said Mara Quist.\n",
        encoding="utf-8")
    (content / "story-new.txt").write_text(
        "Ferry service resumes in Dunmore\n\nThe ferry will run again from Monday, "
        "the operator said.\n", encoding="utf-8")
    (content / "story-007.txt").unlink()


def test_incremental_build_equals_clean_build(tmp_path: Path) -> None:
    inc = copy_project(tmp_path / "inc", content=False)
    shutil.rmtree(inc / "briefings")
    write_articles(inc / "content", 30)
    log = build(inc)
    assert "(full build" in log
    before = mtimes(inc / "site")
    briefings_before = mtimes(inc / "briefings")
    export_before = exported(inc / "site")

    log = build(inc)  # nothing changed
    assert "(incremental build" in log and "analysed 0, from cache 31" in log
    assert mtimes(inc / "briefings") == briefings_before

    change_content(inc / "content")
    log = build(inc)
    assert "(incremental build" in log and "analysed 2," in log
    rewritten = sorted(k for k, v in mtimes(inc / "briefings").items()
                       if briefings_before.get(k) != v)
    # of the briefing pages, only the changed and the added one (plus the pages that list
    # briefings, such as index.md)
    article_pages = [k for k in rewritten if k.startswith(("flood-", "ferry-"))]
    assert article_pages == ["ferry-service-resumes-in-dunmore.md",
                             "flood-defences-in-eastfield-fail.md"]
    assert "flood-defences-in-eastfield-hold-for-day-7.md" in briefings_before
    assert not (inc / "briefings" / "flood-defences-in-eastfield-hold-for-day-7.md").exists()
    # ... and of the listings, only those the changed, added and removed briefings are in:
    # the home (they are among the latest), section indexes (sources and tags counted),
    # their month's archive and open questions, their sources' letters, their tags.
    export_after = exported(inc / "site")
    touched = [export_before["story-003.txt"], export_before["story-007.txt"],
               export_after["story-003.txt"], export_after["story-new.txt"]]
    allowed = {"ferry-service-resumes-in-dunmore.md", "flood-defences-in-eastfield-fail.md",
               "index.md", "questions/index.md", "sources/index.md", "tags/index.md",
               *(page for b in touched for page in listings_of(b))}
    assert {p.split("/")[0] for p in allowed} >= {"archive", "questions", "sources"}
    assert set(rewritten) <= allowed | {".briefing-manifest.json", "feed.xml",
                                        "briefings.json"}, sorted(set(rewritten) - allowed)
    site_after = mtimes(inc / "site")
    rebuilt_pages = sorted(k for k, v in site_after.items()
                           if k.endswith("index.html") and before.get(k) != v)
    pages = [k for k in site_after if k.endswith("index.html")]
    assert len(rebuilt_pages) < len(pages) / 2, rebuilt_pages
    assert set(rebuilt_pages) <= {site_page(p) for p in allowed}, rebuilt_pages

    clean = copy_project(tmp_path / "clean", content=False)
    shutil.rmtree(clean / "briefings")
    shutil.rmtree(clean / "content")
    shutil.copytree(inc / "content", clean / "content")
    build(clean, "--clean")
    assert snapshot(inc / "briefings") == snapshot(clean / "briefings")
    inc_site, clean_site = snapshot(inc / "site"), snapshot(clean / "site")
    assert sorted(inc_site) == sorted(clean_site)
    differ = [k for k in clean_site if inc_site[k] != clean_site[k]]
    assert differ == []
