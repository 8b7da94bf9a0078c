"""The page spill (``briefing.spill``): while MkDocs' pages wait between being read and
being written they hold no Markdown or HTML, and the site is byte-identical with or
without the spill, in clean and in dirty builds.

The builds run in-process so that a test can look at the pages mid-build (a test-only
plugin, ``Probe``). "Without the spill" is the same ``BriefingPlugin`` whose
``PageSpill`` is made with ``enabled=False``: same hooks, same build, pages left as
MkDocs made them. Every build gets fresh plugin instances (``fresh_plugins``): MkDocs
caches plugin instances for the whole process, and Material's search plugin keeps the
previous index across builds of one process (for ``serve``), which would let one build
(or another test's) leak into the next.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, PluginCollection
from mkdocs.structure.files import Files, get_files
from mkdocs.structure.pages import Page

from briefing.plugin import BriefingPlugin
from briefing.spill import PLACEHOLDER, PageSpill

from support import copy_project

TRICKY = "\u201cWe\u2019re watching\u201d \u2014 caf\u00e9 \U0001f30a <b>&amp; x\nline two\r\n\t"
"""Curly quotes, an astral character, markup, line ends: all must round-trip."""

ARTICLE = (
    "Harbour wall in Kestrel Bay gives way after storm\n\n"
    "The harbour wall gave way at 4am, the port authority said on Tuesday.\n\n"
    "\u201cWe\u2019re checking every mooring,\u201d said Ines Dalgaard, the harbour master. "
    "\u201cNobody was hurt.\u201d\n\n"
    "Repairs will cost \u00a31.2m \u2014 a figure the council called \u201cprovisional\u201d.\n\n"
    "Fishermen said the wall had been cracked for years \U0001f30a.\n")


class Probe(BasePlugin):  # type: ignore[type-arg]
    """Test-only plugin: what each documentation page holds once every page is read."""

    def __init__(self) -> None:
        super().__init__()
        self.after_reading: dict[str, tuple[str | None, str | None]] = {}

    def on_env(self, env: Any, *, config: Any, files: Files) -> Any:
        for file in files.documentation_pages():
            assert file.page is not None
            self.after_reading[file.src_uri] = (file.page.markdown, file.page.content)
        return env


def fresh_plugins(config: MkDocsConfig, briefing: BriefingPlugin, probe: Probe) -> None:
    """Give ``config`` new instances of its plugins (with their validated options), with
    ``briefing`` as the briefing plugin and ``probe`` added."""
    plugins = PluginCollection()
    for name, cached in config.plugins.items():
        plugin = briefing if name == "briefing" else type(cached)()
        plugin.config = cached.config
        plugins[name] = plugin
    plugins["spill-probe"] = probe
    config.plugins = plugins


def run_build(project: Path, site: Path, briefing: BriefingPlugin, *,
              dirty: bool = False) -> Probe:
    """Build ``project`` into ``site`` as ``briefing build`` does; the probe's findings."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    probe = Probe()
    fresh_plugins(config, briefing, probe)
    config.plugins.on_startup(command="build", dirty=dirty)
    try:
        build(config, dirty=dirty)
    finally:
        config.plugins.on_shutdown()
    return probe


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def spill_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled articles plus one full of curly quotes, in a throw-away project."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1709251200")
    monkeypatch.delenv("SITE_URL", raising=False)
    project = copy_project(tmp_path / "project")
    shutil.rmtree(project / "briefings", ignore_errors=True)
    (project / "briefings").mkdir()  # MkDocs wants its docs_dir; `briefing build` makes it
    (project / "content" / "harbour-wall.txt").write_text(ARTICLE, encoding="utf-8")
    return project


def real_pages(tmp_path: Path) -> tuple[MkDocsConfig, list[Page]]:
    """Pages read and converted by MkDocs itself: a title from the first heading, from
    the front matter, and from the file name."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "heading.md").write_text(f"# A \u201cquoted\u201d title\n\n{TRICKY}\n", "utf-8")
    (docs / "meta.md").write_text(f"---\ntitle: From meta\n---\n\n# Heading\n\n{TRICKY}\n",
                                  "utf-8")
    (docs / "no-title.md").write_text(f"Just text {TRICKY}\n", "utf-8")
    config = MkDocsConfig()
    config.load_dict({"site_name": "t", "docs_dir": str(docs), "site_dir": str(tmp_path / "s"),
                      "plugins": []})
    errors, _ = config.validate()
    assert errors == []
    files = get_files(config)
    pages = []
    for file in files.documentation_pages():
        page = Page(None, file, config)
        page.read_source(config)
        page.render(config, files)
        pages.append(page)
    return config, pages


def test_a_held_page_keeps_its_title_and_gets_its_exact_strings_back(tmp_path: Path) -> None:
    _, pages = real_pages(tmp_path)
    spill = PageSpill()
    for page in pages:
        assert page.markdown is not None and page.content is not None
        assert TRICKY.strip() in page.markdown
        page.markdown += "\ud800 lone surrogate"  # no file holds one, but a str may
        title, markdown, html = page.title, page.markdown, page.content + "\udfff"
        page.content = spill.hold(html, page)
        assert (page.markdown, page.content) == ("", PLACEHOLDER)
        assert page.title == title  # other pages' navigation shows it while this one waits
        assert spill.is_held(page)
        spill.restore(page)
        assert (page.markdown, page.content) == (markdown, html)
        spill.release(page)
        assert (page.markdown, page.content, page.title) == ("", PLACEHOLDER, title)
        assert not spill.is_held(page)
    assert sorted(p.title or "" for p in pages) == ["A \u201cquoted\u201d title", "From meta",
                                                    "No title"]
    assert len(spill) == 0


def test_a_disabled_spill_leaves_pages_alone(tmp_path: Path) -> None:
    _, pages = real_pages(tmp_path)
    spill = PageSpill(enabled=False)
    page = pages[0]
    markdown, html = page.markdown, page.content
    assert html is not None
    assert spill.hold(html, page) is html
    spill.restore(page)
    spill.release(page)
    assert (page.markdown, page.content) == (markdown, html) and len(spill) == 0


def test_reset_forgets_held_pages(tmp_path: Path) -> None:
    _, pages = real_pages(tmp_path)
    spill = PageSpill()
    for page in pages:
        assert page.content is not None
        page.content = spill.hold(page.content, page)
    assert len(spill) == len(pages) and spill.held_bytes > 0
    spill.reset()
    assert len(spill) == 0 and not spill.is_held(pages[0])


def test_the_site_is_byte_identical_with_and_without_the_spill(spill_project: Path) -> None:
    with_spill = BriefingPlugin()
    with_spill.spill = PageSpill(min_pages=1)  # this small site is spilled too
    probe = run_build(spill_project, spill_project / "with", with_spill)
    pages = probe.after_reading
    assert len(pages) >= 10 and "index.md" in pages
    # Once every page is read, none holds its Markdown or HTML: the spill does.
    assert set(pages.values()) == {("", PLACEHOLDER)}
    assert len(with_spill.spill) == 0  # everything written, nothing kept after the build

    without = BriefingPlugin()
    without.spill = PageSpill(enabled=False)
    probe = run_build(spill_project, spill_project / "without", without)
    assert set(probe.after_reading) == set(pages)
    assert all(md and html and html != PLACEHOLDER for md, html in probe.after_reading.values())

    site, reference = snapshot(spill_project / "with"), snapshot(spill_project / "without")
    assert sorted(site) == sorted(reference)
    assert [k for k in reference if site[k] != reference[k]] == []
    page = (spill_project / "with" / "harbour-wall-in-kestrel-bay-gives-way-after-storm"
            / "index.html").read_text("utf-8")
    assert "\u201cWe\u2019re checking every mooring,\u201d" in page and PLACEHOLDER not in page
    index = (spill_project / "with" / "search" / "search_index.json").read_text("utf-8")
    assert "mooring" in index and "held compressed" not in index


def test_a_dirty_build_holds_and_writes_only_the_changed_page(spill_project: Path) -> None:
    plugin = BriefingPlugin()  # one instance for both builds, as under `mkdocs serve`
    plugin.spill = PageSpill(min_pages=1)
    site = spill_project / "site"
    run_build(spill_project, site, plugin)
    clean = snapshot(site)
    assert len(plugin.written) >= 10

    changed = spill_project / "briefings" / "harbour-wall-in-kestrel-bay-gives-way-after-storm.md"
    future = time.time() + 60
    os.utime(changed, (future, future))
    probe = run_build(spill_project, site, plugin, dirty=True)

    held = {k: v for k, v in probe.after_reading.items() if v != (None, None)}
    assert held == {changed.name: ("", PLACEHOLDER)}  # the others are not even read
    assert plugin.written == {"harbour-wall-in-kestrel-bay-gives-way-after-storm/"}
    assert len(plugin.spill) == 0
    # The rewritten page and the merged search index are exactly the clean build's.
    assert snapshot(site) == clean


def test_a_site_below_min_pages_is_not_spilled(spill_project: Path) -> None:
    plugin = BriefingPlugin()
    assert plugin.spill.min_pages >= 1000  # the default: small sites are left alone
    probe = run_build(spill_project, spill_project / "site", plugin)
    assert not plugin.spill.active
    assert all(md and html and html != PLACEHOLDER for md, html in probe.after_reading.values())
    plugin.spill = PageSpill(min_pages=len(probe.after_reading))
    probe = run_build(spill_project, spill_project / "site2", plugin)
    assert plugin.spill.active
    assert set(probe.after_reading.values()) == {("", PLACEHOLDER)}
