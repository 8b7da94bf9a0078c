"""Rules found by scoring the .html reader against labelled real pages.

See ``benchmarks/eval_html.py`` and ``benchmarks/results/html.md``; every page here is
written for the test (no text from the labelled pages).
"""

from __future__ import annotations

import pytest

from briefing.ingest.html import read_html
from briefing.model import Article

from .checks import assert_provenance

_STORY = (
    "<p>The night bus between the two valley towns will run every half hour from May, the "
    "transport board said on Monday after a year of complaints from shift workers.</p>"
    "<p>Drivers will be hired from the spring, and the first new timetable is due to be "
    "printed in April, according to the board's own plan for the route.</p>"
    "<p>Riders who work at the hospital said the later buses would save them a long walk "
    "home along the unlit road by the river.</p>")


def _read(body: str, head: str = "<title>Night buses</title>") -> Article:
    source = (f"<!DOCTYPE html><html><head>{head}</head><body><div id='page'>"
              f"<article>{body}</article></div></body></html>")
    return read_html("a.html", "a.html", source)


def test_a_googleoff_never_turned_back_on_hides_nothing() -> None:
    head = "<title>Night buses</title>"
    source = (f"<!DOCTYPE html><html><head>{head}</head><body><!--googleoff: index-->"
              f"<nav><a href='/'>Home</a></nav><article>{_STORY}</article></body></html>")
    article = read_html("a.html", "a.html", source)
    assert article.text.startswith("The night bus between the two valley towns")
    assert article.text.endswith("by the river.")
    assert_provenance(article)


def test_a_closed_googleoff_region_is_still_hidden() -> None:
    body = (_STORY + "<!--googleoff: all--><p>A story about a new bakery in the old square "
            "and the queue that formed on its first morning.</p><!--googleon: all-->")
    article = _read(body)
    assert "bakery" not in article.text and "by the river." in article.text


@pytest.mark.parametrize(("nav", "head"), [
    ("<header><div class='nav-user'><span class='username'>Username</span></div></header>", ""),
    ("", '<meta name="author" content="Sign in">'),
])
def test_a_placeholder_author_gives_way_to_the_byline_element(nav: str, head: str) -> None:
    body = ("<h1>Night buses every half hour</h1><div class='story-byline'>By "
            "<a href='/people/rosa-marin'>Rosa Marín</a></div>" + _STORY)
    source = (f"<!DOCTYPE html><html><head><title>Night buses</title>{head}</head><body>"
              f"{nav}<article>{body}</article></body></html>")
    article = read_html("a.html", "a.html", source)
    assert article.meta.author == "Rosa Marín"


def test_a_name_in_an_author_element_is_the_author_when_metadata_has_none() -> None:
    body = ("<h1>Night buses every half hour</h1><p class='meta'><span rel='author' "
            "itemprop='author'><span itemprop='name'>Tomasz Wiśniewski</span></span> - "
            "<time>May 2</time></p>" + _STORY)
    article = _read(body)
    assert article.meta.author == "Tomasz Wiśniewski"


@pytest.mark.parametrize("marked", [
    "<div class='author-bio'>Rosa Marín covers transport and has written for the paper "
    "since the old tram line closed, after years at the regional radio station.</div>",
    "<span class='byline'>Updated May 2, 2026 10:04</span>",
    "<span class='byline'>Valley Post</span>",
])
def test_a_marked_element_that_is_no_byline_gives_no_author(marked: str) -> None:
    head = '<title>Night buses</title><meta property="og:site_name" content="Valley Post">'
    article = _read("<h1>Night buses every half hour</h1>" + marked + _STORY, head)
    assert article.meta.author is None


def _with_teasers(heading: str, story: str = _STORY) -> str:
    """A story page whose story box ends in a group of teasers for other stories."""
    teasers = (f"<div class='group'><div class='group-header'><h2 class='heading'>{heading}</h2>"
               "</div><div class='group-content'>"
               "<div class='story-block'><h4 class='heading'><a href='/a'>Bridge toll to rise "
               "again</a></h4><p class='standfirst'>The council will vote on a higher toll for "
               "lorries crossing the old bridge, the third rise in two years.</p></div>"
               "<div class='story-block'><h4 class='heading'><a href='/b'>Library opens on "
               "Sundays</a></h4><p class='standfirst'>The central library will open on Sunday "
               "afternoons from June, with volunteers staffing the front desk.</p></div>"
               "</div></div>")
    return ("<html><head><title>Night buses</title></head><body><div id='content'>"
            "<div id='story'><h1>Night buses every half hour</h1>"
            f"<div class='story-body'>{story}</div>{teasers}</div></div></body></html>")


@pytest.mark.parametrize("heading", [
    "Other Travel Columns", "More top stories", "Most read", "Related articles",
    "You may also like", "More from Transport", "Related reading",
])
def test_a_list_of_other_stories_after_the_article_is_not_text(heading: str) -> None:
    article = read_html("a.html", "a.html", _with_teasers(heading))
    assert article.text.endswith("by the river.")
    assert "toll" not in article.text and "library" not in article.text
    assert_provenance(article)


def test_a_list_label_before_any_article_text_cuts_nothing() -> None:
    story = "<h2>Most read</h2>" + _STORY
    article = read_html("a.html", "a.html", _with_teasers("Bridge and library news", story))
    assert "The night bus between" in article.text


@pytest.mark.parametrize("heading", [
    "More stories of the night shift", "Related costs", "Top of the valley",
])
def test_a_subheading_that_only_starts_like_a_list_label_is_kept(heading: str) -> None:
    body = (_STORY + f"<h2>{heading}</h2><p>Nurses on the late shift said the last bus had "
            "often left before their handover ended, so many of them shared taxis.</p>")
    article = _read(body)
    assert heading in article.text and article.text.endswith("shared taxis.")


def _section_bar_page(head: str, top: str) -> str:
    return (f"<html><head>{head}</head><body><div id='bar'><h1>Guides and Tools</h1></div>"
            f"<div id='main'><div class='story'>{top}{_STORY}</div></div></body></html>")


def test_the_declared_headline_at_the_top_wins_over_a_section_bar_h1() -> None:
    head = "<title>Night buses every half hour | Valley Post</title>"
    top = "<h2>Night buses every half hour</h2><p class='by'>By Rosa Marín</p>"
    source = _section_bar_page(head + '<meta property="og:site_name" content="Valley Post">',
                               top)
    article = read_html("a.html", "a.html", source)
    assert article.meta.title == "Night buses every half hour"
    assert article.title_span is not None
    assert source[article.title_span.start:article.title_span.end] == \
        "Night buses every half hour"
    assert "Night buses every half hour" not in article.text
    assert_provenance(article)


@pytest.mark.parametrize(("head", "top"), [
    # the <h1> is declared too (og:title): it stays the title
    ('<title>Night buses every half hour</title>'
     '<meta property="og:title" content="Guides and Tools">',
     "<h2>Night buses every half hour</h2>"),
    # the declared heading comes after the article text has begun: a sub-heading
    ("<title>Later buses</title>", "<p>Riders wanted later buses.</p><h2>Later buses</h2>"),
])
def test_a_section_bar_title_is_kept_when_no_declared_heading_opens_the_text(
        head: str, top: str) -> None:
    article = read_html("a.html", "a.html", _section_bar_page(head, top))
    assert article.meta.title == "Guides and Tools"
