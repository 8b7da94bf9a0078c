"""Property tests (Hypothesis) over ingest, analyze and render with arbitrary input.

Properties: no uncaught exception (bad input is an ``IngestError`` with a reason);
provenance offsets always hold; the JSON validates; the rendered Markdown is valid
UTF-8 whose HTML carries no live markup from the article; MkDocs builds it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analysis import analyze
from briefing.errors import IngestError
from briefing.ingest import ingest_file
from briefing.jsonout import briefing_json, schema
from briefing.model import Article
from briefing.options import AnalysisOptions, IngestOptions
from briefing.render import SiteInfo, render_pages
from briefing.render.environment import make_environment

from support import FUZZ_EXAMPLES, REPO

SCHEMA = schema()
ENV = make_environment()
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

# text with the characters that matter: markup, quotes, bullets, controls, unicode
CHARACTERS = "abcdefghij KLMN.,;:!?'\"“”‘’—-*_`#>[](){}<>&=|~^$@%\\/\n\r\t•\u200b\u202e\x1b\x00é😀"
PIECES = [*CHARACTERS, "said", "according to", "may", "reportedly", "<script>", "{{ 7*7 }}",
          "{: onclick=x}", "---\n", "title: x\n", "&lt;", "&#106;", "javascript:", "\r\n",
          " the minister said ", '"We will go," she said. ']
markupish = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)
any_text = st.one_of(st.text(max_size=400), markupish)


def count(name: str) -> None:
    FUZZ_EXAMPLES[name] = FUZZ_EXAMPLES.get(name, 0) + 1


def check_provenance(article: Article) -> None:
    for block in article.blocks:
        span = article.span(block.start, block.end)
        assert article.source[span.start:span.end] == span.text
    for s in article.sentences:
        span = article.span(s.start, s.end)
        assert article.source[span.start:span.end] == span.text
        assert span.plain == s.text


@FUZZ
@given(data=st.one_of(st.binary(max_size=600), any_text.map(lambda t: t.encode("utf-8"))),
       suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_ingest_never_crashes(tmp_path: Path, data: bytes, suffix: str) -> None:
    count("ingest")
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        article = ingest_file(path, tmp_path, IngestOptions())
    except IngestError as exc:
        assert exc.reason and "\n" not in exc.reason
        return
    check_provenance(article)
    assert article.meta.title.strip()


def article_from(text: str, suffix: str, folder: Path) -> Article | None:
    path = folder / f"fuzz{suffix}"
    path.write_text(text, encoding="utf-8")
    try:
        return ingest_file(path, folder, IngestOptions())
    except IngestError:
        return None


@FUZZ
@given(text=any_text, suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_analyze_output_validates_and_offsets_hold(tmp_path: Path, text: str,
                                                    suffix: str) -> None:
    article = article_from("Title line\n\n" + text if suffix == ".txt" else text, suffix, tmp_path)
    if article is None:
        return
    count("analyze")
    briefing = analyze(article, AnalysisOptions(max_key_points=0, max_open_questions=0),
                       slug="fuzz")
    obj = json.loads(json.dumps(briefing_json(briefing)))
    jsonschema.validate(obj, SCHEMA)
    original = article.source
    spans = list(obj["key_points"]) + list(obj["open_questions"])
    spans += [a[k] for s in obj["sources"] for a in s["attributions"]
              for k in ("source", "cue", "content")]
    for span in spans:
        assert original[span["start"]:span["end"]] == span["text"]


MD = markdown.Markdown(extensions=["tables", "attr_list", "md_in_html", "toc", "admonition",
                                   "footnotes", "def_list", "abbr"])
ALLOWED_TAGS = {"p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "a", "span", "table", "thead",
                "tbody", "tr", "th", "td", "br", "small", "strong", "em", "blockquote", "div",
                "section", "header", "footer", "time", "mark", "hr", "dl", "dt", "dd", "code",
                "details", "summary", "abbr", "figure", "figcaption", "nav", "sup", "aside"}


@FUZZ
@given(title=any_text, body=any_text, tag=any_text, author=any_text)
def test_rendered_markdown_is_utf8_and_inert(tmp_path: Path, title: str, body: str, tag: str,
                                             author: str) -> None:
    front = "\n".join(["---", f"title: {json.dumps(title)}", f"author: {json.dumps(author)}",
                       f"tags: {json.dumps([tag])}", "---", ""])
    article = article_from(front + "\n" + body + "\n\nThe mayor said the road would reopen.",
                           ".md", tmp_path)
    if article is None:
        return
    count("render")
    briefing = analyze(article, AnalysisOptions(), slug="fuzz")
    pages = render_pages(ENV, [briefing], SiteInfo())
    for name, text in pages.items():
        text.encode("utf-8")  # no lone surrogates
        if not name.endswith(".md"):
            continue
        tags = TagCheck()
        tags.feed(MD.reset().convert(text.split("\n---\n", 1)[-1]))


class TagCheck(HTMLParser):
    """Fails on any tag outside the templates' own, an event handler or a script URL."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            if name == "href":
                assert not (value or "").strip().lower().startswith(("javascript", "data")), value


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(texts=st.lists(any_text, min_size=3, max_size=3))
def test_mkdocs_builds_fuzzed_output(tmp_path_factory, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    count("mkdocs")
    project = tmp_path_factory.mktemp("fuzzsite")
    content = project / "content"
    content.mkdir()
    for i, text in enumerate(texts):
        (content / f"a{i}.txt").write_text(f"Title {i} {text[:40]}\n\n{text}\n\nThe mayor said so.",
                                           encoding="utf-8")
    (project / "mkdocs.yml").write_text((REPO / "mkdocs.yml").read_text("utf-8"), "utf-8")
    (project / "briefings").mkdir()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
