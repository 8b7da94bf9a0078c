"""The built site as files: CSP and meta tags, feed and JSON export, determinism, and the
promise that a changed article changes only its own page and the pages that list it.
No browser needed.
"""

from __future__ import annotations

import base64
import hashlib
import html.parser
import json
import re
from pathlib import Path
from typing import Any

import feedparser
import jsonschema
import referencing

from briefing.jsonout import schema as analysis_schema
from briefing.render.export import export_schema
from briefing.render.views import letter_slug, source_letter


class _Scripts(html.parser.HTMLParser):
    """Inline scripts and the CSP meta of a page, read by a real HTML parser."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inline: list[str] = []
        self.csp: list[str] = []
        self.head_order: list[str] = []
        self._in_script = False
        self._skip = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta" and a.get("http-equiv", "").lower() == "content-security-policy":
            self.csp.append(a.get("content") or "")
        if tag in ("meta", "script", "link", "style") and len(self.head_order) < 3:
            self.head_order.append(tag if tag != "meta" or "charset" not in a else "charset")
        if tag == "script":
            self._in_script = True
            self._skip = "src" in a or a.get("type", "text/javascript") not in (
                "text/javascript", "module")
            self.inline.append("")

    def handle_data(self, data: str) -> None:
        if self._in_script and not self._skip:
            self.inline[-1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            if self._skip:
                self.inline.pop()
            self._in_script = False


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_page_has_a_strict_csp_with_the_hashes_of_its_inline_scripts(
        built_site: Path) -> None:
    pages = html_pages(built_site)
    assert len(pages) >= 8
    for path in pages:
        parser = _Scripts()
        parser.feed(path.read_text("utf-8"))
        assert len(parser.csp) == 1, path
        policy = dict(d.strip().split(" ", 1) for d in parser.csp[0].split(";"))
        # First after the charset: the policy must come before anything it governs.
        assert parser.head_order[:2] == ["charset", "meta"], path
        assert "'unsafe-inline'" not in parser.csp[0]
        assert "'unsafe-eval'" not in parser.csp[0]
        assert policy["default-src"] == "'none'"
        assert policy["worker-src"] == "'self'"
        expected = {f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                    for s in parser.inline}
        assert expected, path  # Material always has inline scripts
        assert set(policy["script-src"].split()) == {"'self'", *expected}, path


def test_no_third_party_fonts_or_requests_in_the_markup(built_site: Path) -> None:
    for path in html_pages(built_site):
        text = path.read_text("utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, path
        assert not re.search(r"""(?:src|href)=["']https?://(?!127\.)""",
                             re.sub(r'<a [^>]*href="https?://[^"]*"', "", text)), path


def _meta(text: str, prop: str) -> str | None:
    m = re.search(rf'<meta (?:property|name)="{re.escape(prop)}" content="([^"]*)"', text)
    return html.unescape(m.group(1)) if m else None


def test_briefing_pages_have_description_and_opengraph_tags(built_site: Path) -> None:
    data = json.loads((built_site / "briefings.json").read_text("utf-8"))
    for b in data["briefings"]:
        text = (built_site / b["slug"] / "index.html").read_text("utf-8")
        first = b["key_points"][0]["text"] if b["key_points"] else None
        assert _meta(text, "og:type") == "article"
        assert _meta(text, "og:title") == b["title"]
        assert _meta(text, "description") == _meta(text, "og:description")
        if first is not None and "\n" not in first and "<" not in first:
            assert _meta(text, "og:description") == " ".join(first.split())
        assert _meta(text, "article:published_time") == b["date"]
        assert 'type="application/atom+xml"' in text and 'href="../feed.xml"' in text
    home = (built_site / "index.html").read_text("utf-8")
    assert _meta(home, "og:type") == "website"
    assert "<title>Briefings</title>" in home


def test_the_navigation_of_every_page_is_the_four_sections(built_site: Path) -> None:
    for path in html_pages(built_site):
        if path.name == "404.html":
            continue
        text = path.read_text("utf-8")
        start = text.index('class="md-nav md-nav--primary"')
        nav = text[start:text.index('class="md-sidebar md-sidebar--secondary"', start)]
        nav = re.sub(r'<nav class="md-nav md-nav--secondary".*?</nav>', "", nav, flags=re.S)
        links = re.findall(r'<a href="[^"]*" class="md-nav__link[^"]*">\s*'
                           r'<span class="md-ellipsis">\s*([^<]+?)\s*</span>', nav)
        assert links == ["Home", "Sources", "Open questions", "Tags"], path


def test_the_feed_is_valid_atom_with_the_newest_briefings(built_site: Path) -> None:
    data = json.loads((built_site / "briefings.json").read_text("utf-8"))["briefings"]
    feed = feedparser.parse((built_site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert [e.title for e in feed.entries] == [b["title"] for b in data][:50]
    for entry, b in zip(feed.entries, data, strict=False):
        page = entry.link.rstrip("/")
        assert page == b["slug"]
        assert (built_site / page / "index.html").is_file()
        assert entry.updated.startswith(b["date"])
        assert [t.term for t in entry.get("tags", [])] == b["tags"]


def _registry() -> referencing.Registry[Any]:
    analysis = analysis_schema()
    return referencing.Registry().with_resource(
        analysis["$id"], referencing.Resource.from_contents(analysis))


def test_the_json_export_validates_against_its_schema(built_site: Path) -> None:
    data = json.loads((built_site / "briefings.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(export_schema(), registry=_registry()).validate(data)
    assert len(data["briefings"]) >= 3
    assert all(not Path(b["path"]).is_absolute() for b in data["briefings"])


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file()}


def test_builds_are_byte_identical(built_site: Path, site_builder: Any, tmp_path: Path) -> None:
    make_project, build = site_builder
    again = build(make_project(tmp_path / "project"))
    first, second = _tree(built_site), _tree(again)
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def site_page(markdown_path: str) -> str:
    """Where MkDocs (directory URLs) writes the page of ``markdown_path``."""
    stem = markdown_path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return f"{stem}.html"
    return f"{stem}/index.html"


def test_a_changed_article_changes_only_its_page_and_the_pages_listing_it(
        built_site: Path, site_builder: Any, tmp_path: Path) -> None:
    make_project, build = site_builder
    project = make_project(tmp_path / "project")
    article = project / "content" / "river-levels.md"
    article.write_text(article.read_text("utf-8").replace(
        "about sixty people", "about seventy people"), encoding="utf-8")
    changed = build(project)
    before, after = _tree(built_site), _tree(changed)
    assert before.keys() == after.keys()
    differ = {k for k in before if before[k] != after[k]}
    slug = "river-levels-in-eastfield-fall-as-the-rain-eases"
    river = next(b for b in json.loads(after["briefings.json"])["briefings"]
                 if b["slug"] == slug)
    assert river["date"] == "2024-03-02"
    letters = {letter_slug(source_letter(s["name"])) for s in river["sources"]}
    assert letters
    allowed = {f"{slug}/", "index.md", "archive/2024-03.md", "questions/index.md",
               "questions/2024-03.md", "tags/weather.md", "tags/eastfield.md",
               *(f"sources/{letter}.md" for letter in letters)}
    allowed = {site_page(p) if p.endswith(".md") else f"{p}index.html" for p in allowed}
    allowed |= {"feed.xml", "briefings.json", "search/search_index.json"}
    assert f"{slug}/index.html" in differ
    assert differ <= allowed, sorted(differ - allowed)


def test_the_listings_are_split_into_small_pages(built_site: Path) -> None:
    """Home, archive, open questions and sources by month and letter, as the site shows."""
    pages = {p.relative_to(built_site).as_posix() for p in html_pages(built_site)}
    assert {"index.html", "sources/index.html", "questions/index.html", "tags/index.html",
            "archive/2024-03/index.html", "questions/2024-03/index.html",
            "sources/m/index.html"} <= pages
    assert not any(p.startswith(("sources.html", "questions.html")) for p in pages)


def test_the_search_index_holds_the_briefings_but_not_their_source_text(
        built_site: Path) -> None:
    docs = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))["docs"]
    pages = {d["location"].split("#", 1)[0] for d in docs}
    parts = {d["location"].split("#", 1)[-1] for d in docs if "#" in d["location"]}
    briefings = json.loads((built_site / "briefings.json").read_text("utf-8"))["briefings"]
    assert {f"{b['slug']}/" for b in briefings} <= pages
    assert {"key-points", "sources", "open-questions"} <= parts
    assert "source-text" not in parts
    # the monthly, per-letter and tag pages repeat the briefings: not searched twice
    assert pages - {f"{b['slug']}/" for b in briefings} == {
        "", "sources/", "questions/", "tags/"}
    seed = next(b for b in briefings if b["title"].startswith("Russia"))
    text = " ".join(d["text"] for d in docs if d["location"].startswith(f"{seed['slug']}/"))
    assert "Kherson" in text
    assert seed["key_points"][0]["text"][:40] in text


def test_a_long_listing_goes_on_over_pages_that_link_to_each_other(
        site_builder: Any, tmp_path: Path) -> None:
    """``page_size: 1``: every month and letter with more than one briefing or source
    goes on over numbered pages; the build is ``--strict``, so every pager link resolves."""
    make_project, build = site_builder
    project = make_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "      content_dir: content\n", "      content_dir: content\n      page_size: 1\n"),
        encoding="utf-8")
    site = build(project)
    export = json.loads((site / "briefings.json").read_text("utf-8"))["briefings"]
    march = [b for b in export if (b["date"] or "").startswith("2024-03")]
    assert len(march) >= 2
    stems = ["2024-03", *(f"2024-03-{k}" for k in range(2, len(march) + 1))]
    shown = []
    for number, stem in enumerate(stems, 1):
        page = (site / "archive" / stem / "index.html").read_text("utf-8")
        assert f"page {number} of {len(march)}" in page
        cards = re.findall(r'<h3 id="[^"]*"><a href="\.\./\.\./([^"/]+)/"', page)
        assert len(cards) == 1, cards
        shown += cards
        top = page.index('class="briefing-pager"')
        pager = page[top : page.index("</p>", top)]
        assert page.count('class="briefing-pager"') == 2  # above and below the list
        targets = re.findall(r'<a href="\.\./([^"/]+)/">(\d+)</a>', pager)
        assert targets == [(s, str(k)) for k, s in enumerate(stems, 1) if k != number]
    assert shown == [b["slug"] for b in march]
    assert not (site / "archive" / f"2024-03-{len(march) + 1}").exists()
    assert (site / "questions" / "2024-03-2" / "index.html").is_file()
    letters = {letter_slug(source_letter(s["name"])) for b in export for s in b["sources"]}
    assert any((site / "sources" / f"{letter}-2" / "index.html").is_file()
               for letter in letters)
