"""The .md reader: front matter, inline markup stripped with exact offsets, errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from briefing.errors import IngestError
from briefing.ingest.markdown import MAX_NESTING, read_markdown
from briefing.model import Article, BlockKind

from .checks import FIXTURES, assert_provenance, coarse_characters, ingest, write


@pytest.fixture(scope="module")
def article() -> Article:
    return ingest(FIXTURES / "inline-markup.md")


def _md(text: str, name: str = "story.md") -> Article:
    return read_markdown(name, name, text)


def _block(article: Article, start: str) -> str:
    return next(b.text for b in article.blocks if b.text.startswith(start))


def test_front_matter_fields(article: Article) -> None:
    meta = article.meta
    assert meta.title == "Council approves harbour wall repairs after storm damage"
    assert meta.url == "https://news.example.org/local/2026/01/harbour-wall"
    assert meta.publisher == "The Coastline Gazette"
    assert meta.author == "Rosa Delgado, Ian Park"
    assert meta.date == dt.date(2026, 1, 29)
    # a comma-separated string, de-duplicated, in order
    assert meta.tags == ("local", "weather", "infrastructure")


def test_highlights_point_into_the_front_matter(article: Article) -> None:
    assert [h.text for h in article.highlights] == [
        "The council approved emergency repairs to the harbour wall on Thursday.",
        "Work may start within weeks, officials said.",
        "Fishermen say the damage is worse than reported.",
    ]
    front_matter_end = article.source.index("\n---\n", 4)
    for h in article.highlights:
        span = article.span(h.start, h.end)
        assert span.text == h.text  # quotes excluded, the words exactly
        assert span.end <= front_matter_end
    assert all(article.blocks[s.block].kind is not BlockKind.HIGHLIGHT
               for s in article.sentences)


def test_title_heading_repeating_the_front_matter_is_dropped(article: Article) -> None:
    assert article.title_span is not None
    assert article.title_span.text == article.meta.title
    assert article.title_span.end < article.source.index("\n---\n", 4)
    assert not any(b.kind is BlockKind.HEADING and b.text == article.meta.title
                   for b in article.blocks)


def test_inline_markup_is_stripped(article: Article) -> None:
    assert _block(article, "The town council") == (
        "The town council voted unanimously on Thursday to spend 2.4 million on repairs to the "
        "harbour wall, which was cracked in two places by the January storms.")
    assert _block(article, "Officials said") == (
        "Officials said the estimate of 2.4 million [sic] may rise; see the council minutes and "
        "https://council.example.org/minutes for details. Snake_case_words and 5 * 3 stay as "
        "they are.")
    assert "& work could begin" in _block(article, '"We cannot wait')


def test_spans_keep_the_markup_of_the_original(article: Article) -> None:
    sentence = next(s for s in article.sentences if s.text.startswith("The town council"))
    span = article.span(sentence.start, sentence.end)
    assert span.text.startswith("The town council voted *unanimously* on Thursday to spend "
                                "**2.4 million** on\nrepairs to the [harbour wall](https://")
    assert span.text.endswith("by the January storms.")
    entity = article.text.index("& work")
    assert article.source[article.starts[entity]:article.ends[entity]] == "&amp;"
    escaped = article.text.index("[sic]")
    assert article.source[article.starts[escaped]:article.ends[escaped]] == "\\["
    assert coarse_characters(article) == []


def test_block_kinds(article: Article) -> None:
    kinds = {b.text[:20]: b.kind for b in article.blocks}
    assert kinds["Concerns from the ha"] is BlockKind.HEADING
    assert kinds["The wall is worse th"] is BlockKind.QUOTE
    assert kinds["Engineers reportedly"] is BlockKind.LIST_ITEM
    assert kinds["It is unclear whethe"] is BlockKind.LIST_ITEM
    assert kinds["Nested items count a"] is BlockKind.LIST_ITEM
    assert kinds["The town council vot"] is BlockKind.PARAGRAPH


def test_code_html_tables_and_images_are_not_prose(article: Article) -> None:
    for gone in ("code blocks", "HTML block", "Wall | 2.4m", "Cost", "photo of the cracked",
                 "Minutes"):
        assert gone not in article.text


def test_unknown_fields_are_ignored(article: Article) -> None:
    assert "layout" not in article.text and "wide" not in article.text


def test_title_falls_back_to_first_heading_then_file_name() -> None:
    heading = ingest(FIXTURES / "heading-title.md")
    assert heading.meta.title == "Ferry operator cancels winter timetable"
    assert heading.title_span is not None and heading.title_span.text == heading.meta.title
    assert heading.blocks[0].text.startswith("The island ferry operator")
    nothing = ingest(FIXTURES / "no-title.md")
    assert nothing.meta.title == "no title"
    assert nothing.title_span is None


def test_title_from_a_heading_with_markup() -> None:
    article = _md("## The *real* `headline` ##\n\nBody text here.\n")
    assert article.meta.title == "The real headline"
    assert article.title_span is not None
    # from the first to the last plain character: closing markup after it is not included
    assert article.title_span.text == "The *real* `headline"


@pytest.mark.parametrize(("front_matter", "field", "reason"), [
    ("title: [unclosed", "invalid YAML", "line"),
    ("title: a\n  b: c", "invalid YAML", "line 3"),
    ("- just\n- a list", "must be fields", "a list"),
    ("plain words", "must be fields", "single value"),
    ("title: [a, b]", "title", "must be text, not a list"),
    ("author: {email: x@example.org}", "author", "must have a name"),
    ("date: yesterday", "date", "'yesterday' is not a date"),
    ("date: 2026-02-30", "date", "day is out of range"),
    ("date: 20260214", "date", "must be a date like 2026-03-14, not a number"),
    ("url: 42", "url", "must be text, not a number"),
    ("tags: {a: 1}", "tags", "must be a list"),
    ("tags: [a, [b]]", "tags", "item 2 must be text"),
    ("highlights: one string", "highlights", "must be a list"),
    ("highlights: [ok, 3]", "highlights", "item 2 must be text"),
    ("highlights: [ok, '  ']", "highlights", "item 2 is empty"),
    ("a: &x [1, 2]\nb: *x", "aliases", "not supported"),
    ("title: !!python/object:os.system echo", "invalid YAML", "python/object"),
])
def test_front_matter_errors_name_the_field(front_matter: str, field: str, reason: str) -> None:
    with pytest.raises(IngestError) as info:
        _md(f"---\n{front_matter}\n---\n\nBody text.\n")
    message = info.value.reason
    assert message.startswith("front matter: ")
    assert field in message and reason in message, message
    assert "\n" not in message
    assert info.value.path == "story.md"


@pytest.mark.parametrize("url", ["ftp://example.org/a", "example.org/a", "javascript:alert(1)",
                                 "JaVaScRiPt:alert(1)", "data:text/html,x", "http://a b"])
def test_unsafe_url_is_left_out_with_a_warning(url: str) -> None:
    article = _md(f"---\ntitle: T\nurl: {json.dumps(url)}\n---\n\nThe mayor said so.\n")
    assert article.meta.url is None
    assert len(article.warnings) == 1
    assert article.warnings[0].startswith("front matter: url: ")
    assert article.warnings[0].endswith("; the link is left out")


def test_unclosed_front_matter_is_an_error() -> None:
    with pytest.raises(IngestError, match="no closing '---'"):
        _md("---\ntitle: A title\n\nBody text.\n")


@pytest.mark.parametrize(("value", "expected"), [
    ("2026-03-14", dt.date(2026, 3, 14)),
    ("'2026-03-14'", dt.date(2026, 3, 14)),
    ("2026-03-14T23:30:00Z", dt.date(2026, 3, 14)),
    ("2026-03-14 09:30:00+01:00", dt.date(2026, 3, 14)),
    ("", None),
])
def test_date_forms(value: str, expected: dt.date | None) -> None:
    assert _md(f"---\ndate: {value}\n---\n\nBody.\n").meta.date == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("[a, b, a]", ("a", "b")),
    ("a, b ,, c", ("a", "b", "c")),
    ("[2026, election]", ("2026", "election")),
    ("", ()),
])
def test_tag_forms(value: str, expected: tuple[str, ...]) -> None:
    assert _md(f"---\ntags: {value}\n---\n\nBody.\n").meta.tags == expected


def test_highlight_with_escapes_maps_onto_its_whole_scalar() -> None:
    text = '---\nhighlights:\n  - "caf\\u00e9 owners \\"angry\\""\n---\n\nBody text.\n'
    article = _md(text)
    (h,) = article.highlights
    assert h.text == 'café owners "angry"'
    span = article.span(h.start, h.end)
    # the escapes cannot be matched character by character: the whole scalar, quotes too
    assert span.text == '"caf\\u00e9 owners \\"angry\\""'
    assert_provenance(article)


def test_empty_front_matter_and_body_only() -> None:
    article = _md("---\n---\nJust a paragraph.\n", "quiet_day.md")
    assert article.meta.title == "quiet day"
    assert [b.text for b in article.blocks] == ["Just a paragraph."]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings(newline: str) -> None:
    reference = ingest(FIXTURES / "inline-markup.md")
    text = (FIXTURES / "inline-markup.md").read_text(encoding="utf-8").replace("\n", newline)
    article = _md(text)
    assert article.text == reference.text
    assert article.meta == reference.meta
    assert_provenance(article)
    assert coarse_characters(article) == []


def test_hard_breaks_and_tabs_map_exactly() -> None:
    text = "Intro.\n\n-\tTabbed item text\n\n>\tquoted\twords  \n>\tafter a break\\\n> end\n"
    article = _md(text)
    assert [b.text for b in article.blocks] == [
        "Intro.", "Tabbed item text", "quoted words after a break end"]
    assert_provenance(article)
    assert coarse_characters(article) == []


def test_nesting_deeper_than_the_limit_is_an_error() -> None:
    deep = "".join("  " * i + "- level\n" for i in range(MAX_NESTING))
    with pytest.raises(IngestError, match="nested more than"):
        _md("Intro.\n\n" + deep)
    shallow = "".join("  " * i + "- level\n" for i in range(8))
    assert len(_md("Intro.\n\n" + shallow).blocks) == 9


def test_no_text_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.md", "---\ntitle: Only a title\n---\n\n```\ncode\n```\n")
    with pytest.raises(IngestError, match="no article text found"):
        ingest(path)


_STORY = ("The council voted on Tuesday to repair the harbour wall. Work starts in May "
          "and should take six weeks.\n")


def test_author_mapping_authors_list_tags_as_words_and_categories() -> None:
    article = _md("---\ntitle: Wall\nauthor:\n  name: Rosa Delgado\n  email: r@example.org\n"
                  "tags: harbour weather\ncategories: [local, weather]\n---\n\n" + _STORY)
    assert article.meta.author == "Rosa Delgado"
    assert article.meta.tags == ("harbour", "weather", "local")
    listed = _md("---\ntitle: Wall\nauthors:\n- rosa\n- {name: Ian Park}\n---\n\n" + _STORY)
    assert listed.meta.author == "rosa, Ian Park"


def test_date_and_title_from_a_dated_file_name() -> None:
    article = _md("---\nlayout: post\n---\n\n" + _STORY, "2026-01-29-harbour-wall.md")
    assert article.meta.date == dt.date(2026, 1, 29)
    assert article.meta.title == "harbour wall"
    dated = _md("---\ndate: 2026-02-01\n---\n\n" + _STORY, "2026-01-29-harbour-wall.md")
    assert dated.meta.date == dt.date(2026, 2, 1)
    assert _md(_STORY, "2026-13-45-notes.md").meta.date is None


def test_site_path_url_is_no_warning_and_canonical_url_is_used() -> None:
    article = _md("---\ntitle: Wall\nurl: /blog/2026/wall\n"
                  "canonicalUrl: https://news.example.org/wall\n---\n\n" + _STORY)
    assert article.warnings == ()
    assert article.meta.url == "https://news.example.org/wall"


def test_liquid_and_hugo_template_code_is_not_text() -> None:
    source = ("---\ntitle: Wall\n---\n{% include JB/setup %}\n\n"
              'See the [council minutes]({{ "/minutes/" | relative_url }}) for details.\n\n'
              "{% highlight ruby %}\n{% raw %}\nputs {{ page.title }}\n{% endraw %}\n"
              "{% endhighlight %}\n\n"
              '{{< figure src="wall.jpg" alt="The wall" >}}\n\n'
              "{{< note >}}\nThe vote was close.\n{{< /note >}}\n\n"
              "![Wall]({{ site.baseurl }}/wall.jpg) The repair costs {{ page.cost }} in all.\n\n"
              + _STORY)
    article = _md(source)
    assert [b.text for b in article.blocks] == [
        "See the council minutes for details.",
        "The vote was close.",
        "The repair costs in all.",
        " ".join(_STORY.split()),
    ]
    assert_provenance(article)
    assert article.warnings == ()


def test_template_code_in_front_matter_is_left_alone() -> None:
    article = _md('---\ntitle: "Wall {{ x }}"\n---\n\n' + _STORY)
    assert article.meta.title == "Wall {{ x }}"


def test_footnote_references_and_definitions() -> None:
    article = _md("---\ntitle: Wall\n---\n\nThe wall is old.[^1] It cracked in March.[^note]\n\n"
                  "[^1]: Built in 1887.\n\n[^note]:\n    Engineers saw it first.\n")
    assert [b.text for b in article.blocks] == [
        "The wall is old. It cracked in March.", "Built in 1887.", "Engineers saw it first."]
    assert_provenance(article)
