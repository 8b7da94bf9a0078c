"""The briefing page: every section, every reference landing on an anchored sentence,
and article text that stays text."""

from __future__ import annotations

import html as html_module
import re
from collections.abc import Callable
from html.parser import HTMLParser

import yaml

from briefing.model import Briefing
from briefing.render import SiteInfo, render_briefing
from briefing.render.environment import make_environment


class Tree(HTMLParser):
    """Ids, links, table cells and every tag/attribute of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: dict[str, str] = {}
        self.links: list[tuple[str, str]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.rows: list[list[str]] = []
        self._stack: list[tuple[str, str | None]] = []
        self._text: dict[int, str] = {}
        self._cell: str | None = None
        self._link: str | None = None
        self._link_text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if a.get("id"):
            self.ids[a["id"] or ""] = tag
        if tag == "a":
            self._link, self._link_text = a.get("href") or "", ""
        if tag == "tr":
            self.rows.append([])
        if tag in ("td", "th"):
            self._cell = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._link is not None:
            self.links.append((self._link, self._link_text))
            self._link = None
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(self._cell.strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._link is not None:
            self._link_text += data
        if self._cell is not None:
            self._cell += data


def parse(html: str) -> Tree:
    tree = Tree()
    tree.feed(html)
    return tree


def page_of(briefing: Briefing) -> str:
    return render_briefing(make_environment(), briefing, SiteInfo())


def front_matter(page: str) -> dict[str, object]:
    match = re.match(r"\A---\n(.*?)\n---\n", page, re.S)
    assert match
    data: dict[str, object] = yaml.safe_load(match.group(1))
    return data


def section(html: str, heading: str) -> str:
    """The HTML between the ``<h2>`` with ``heading`` and the next ``<h2>``."""
    start = html.index(f">{heading}</h2>")
    end = html.find("<h2", start)
    return html[start: end if end != -1 else len(html)]


def test_sections_in_reading_order(briefing: Briefing, html_of: Callable[[str], str]) -> None:
    html = html_of(page_of(briefing))
    order = [m.group(1) for m in re.finditer(r"<h2[^>]*>([^<]+)</h2>", html)]
    assert order == ["Key points", "Sources", "Open questions", "Readability",
                     "About the article", "Source text"]


def test_every_reference_lands_on_an_anchored_sentence(briefing: Briefing,
                                                       html_of: Callable[[str], str]) -> None:
    tree = parse(html_of(page_of(briefing)))
    refs = [href for href, _ in tree.links if href.startswith("#")]
    # 3 key points, 3 attributions, 2 questions and the contested question's counter-claim.
    assert len(refs) == 9
    for href in refs:
        assert tree.ids.get(href[1:]) == "span", href
    assert tree.ids["source-text"] == "h2"


def test_key_points_link_to_the_exact_words_they_quote(briefing: Briefing,
                                                       html_of: Callable[[str], str]) -> None:
    html = html_of(page_of(briefing))
    points = section(html, "Key points")
    assert re.findall(r'href="#([^"]+)"', points) == ["h-0", "s-1", "s-6"]
    for anchor, point in zip(["h-0", "s-1", "s-6"], briefing.key_points, strict=True):
        sentence = re.search(rf'<span id="{anchor}" class="[^"]*">(.*?)</span>', html)
        assert sentence is not None
        assert html_module.unescape(sentence.group(1)) == point.span.plain
        assert "briefing-sentence--key" in sentence.group(0)


def test_the_sources_table(briefing: Briefing, html_of: Callable[[str], str]) -> None:
    tree = parse(section(html_of(page_of(briefing)), "Sources"))
    header, *rows = tree.rows
    assert header == ["Who", "Kind", "Record", "What they claimed", "Quotes, verbatim"]
    by_name = {r[0].split("also:")[0].strip(): r for r in rows}
    assert list(by_name) == ["Lena Ortiz", "the mayor", "Officials"]  # named before anonymous
    ortiz = by_name["Lena Ortiz"]
    assert ortiz[1:4] == ["person", "on record", "—"]
    assert ortiz[4].startswith("“We will start in June”")
    assert "also: the council's planner" in ortiz[0]
    assert by_name["the mayor"][3].startswith("The council approved the harbour plan")
    assert by_name["Officials"][2] == "anonymous"


def test_open_questions_say_why_and_link_to_their_sentences(
        briefing: Briefing, html_of: Callable[[str], str]) -> None:
    questions = section(html_of(page_of(briefing)), "Open questions")
    assert "Will the cost rise?" in questions and "hedged: “may”" in questions
    assert "contested: “reportedly”" in questions
    assert re.findall(r'href="#([^"]+)"', questions) == ["s-2", "s-3", "s-4"]


def test_readability_and_metadata(briefing: Briefing, html_of: Callable[[str], str]) -> None:
    html = html_of(page_of(briefing))
    rows = parse(section(html, "Readability")).rows
    assert rows[0] == ["", "Article", "Briefing"]
    assert ["Words", "460", "40"] in rows
    assert ["Reading time", "2 min", "under 1 min"] in rows
    about = section(html, "About the article")
    assert "<dt>Publisher</dt><dd>The Gazette</dd>" in about
    assert '<a href="https://example.org/harbour-plan" rel="nofollow noopener noreferrer">' \
        in about
    assert '<time datetime="2024-05-02">2 May 2024</time>' in about
    assert "<dd>Ana Ruiz</dd>" in about
    tags = parse(about).links
    assert ("../tags/harbour/", "harbour") not in tags  # Markdown links, resolved by MkDocs
    assert ("tags/harbour.md", "harbour") in tags and ("tags/planning.md", "planning") in tags


def test_source_text_keeps_the_article_structure(briefing: Briefing,
                                                 html_of: Callable[[str], str]) -> None:
    source = section(html_of(page_of(briefing)), "Source text")
    assert "<em>The author’s highlights:</em>" in source
    assert re.search(r'<blockquote>\s*<p><span id="s-2" class="briefing-sentence">', source)
    assert re.search(r'<ul>\s*<li><span id="s-3" class="briefing-sentence">.*?</li>\s*'
                     r'<li><span id="s-4" class="briefing-sentence">', source, re.S)
    assert re.search(r'<strong><span id="s-5" class="briefing-sentence">What comes next',
                     source)


def test_front_matter_for_the_theme(briefing: Briefing) -> None:
    fm = front_matter(page_of(briefing))
    assert fm["title"] == "Council approves the harbour plan"
    assert fm["description"] == "The council approved the plan; work starts in June."
    assert str(fm["date"]) == "2024-05-02"
    assert fm["publisher"] == "The Gazette" and fm["author"] == "Ana Ruiz"
    assert "tags" not in fm  # Material's tags plugin would insert them raw


HOSTILE = '<script>alert(1)</script> [x](javascript:alert(2)) {: onclick="alert(3)" } *b*'


def test_hostile_article_text_stays_text(article_file: Callable[..., object],
                                         briefing_of: Callable[..., Briefing],
                                         html_of: Callable[[str], str]) -> None:
    title = '"' + HOSTILE.replace('"', '\\"') + ' \\n---\\nx: 1"'
    b = briefing_of(article_file("evil.md", title=title, tags='["<img src=x onerror=alert(4)>"]'))
    page = page_of(b)
    fm = front_matter(page)
    assert set(fm) == {"title", "description", "date", "publisher", "author"}
    assert "<script>" not in str(fm["title"])  # HTML-escaped: Material inserts it raw
    html = html_of(page)
    tree = parse(html)
    assert all(tag not in ("script", "img", "iframe") for tag, _ in tree.tags)
    assert not any(k.startswith("on") for _, attrs in tree.tags for k in attrs)
    assert not any(href.lower().startswith("javascript") for href, _ in tree.links)
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    assert h1 is not None
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in h1.group(1)
    assert "<em>" not in h1.group(1)


def test_search_indexes_the_briefing_but_not_the_source_text(
        briefing: Briefing, html_of: Callable[[str], str]) -> None:
    """Material's own search parser skips the "Source text" section (``data-search-exclude``
    on its heading): the index holds the briefing, not the article a second time."""
    from material.plugins.search.plugin import Parser

    html = html_of(page_of(briefing))
    heading = re.search(r'<h2([^>]*)>Source text', html)
    assert heading and "data-search-exclude" in heading.group(1)
    assert 'id="source-text"' in heading.group(1)
    parser = Parser()
    parser.feed(html)
    parser.close()
    kept = {"".join(s.title).strip(): "".join(s.text) for s in parser.data
            if not s.is_excluded()}
    assert "Source text" not in kept
    assert {"Key points", "Sources", "Open questions"} <= set(kept)
    assert "Will the cost rise?" in kept["Open questions"]
    assert "Others welcome it." not in "".join(kept.values())  # article-only sentence
    assert "Others welcome it." in html
