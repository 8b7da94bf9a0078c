"""Rules found by scoring the .html reader against newspaper4k's saved test pages.

See ``benchmarks/eval_html.py`` (``newspaper`` layout) and ``benchmarks/results/html.md``;
every page here is written for the test (no text from the labelled pages).
"""

from __future__ import annotations

import pytest

from briefing.errors import IngestError
from briefing.ingest.html import read_html
from briefing.ingest.html.metadata import headline
from briefing.ingest.html.nodes import text_nodes
from briefing.model import Article

from .checks import assert_provenance

_STORY = (
    "<p>The ferry between the two island harbours will sail every hour from June, the "
    "port authority said on Tuesday after a winter of complaints from fishermen.</p>"
    "<p>Crews will be trained over the spring, and the first summer timetable is due to be "
    "printed in May, according to the authority's own plan for the crossing.</p>"
    "<p>Islanders who work on the mainland said the extra sailings would spare them a "
    "night in a hotel whenever the last boat was full.</p>")
_HEADLINE = "Island ferry to sail every hour from June"


def _page(head: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head>{head}</head><body><div id='page'>"
            f"<article>{body}</article></div></body></html>")


def _read(head: str, body: str) -> Article:
    article = read_html("a.html", "a.html", _page(head, body))
    assert_provenance(article)
    return article


# --------------------------------------------------------------------------- titles


def test_a_title_holding_the_h1_between_a_label_and_a_suffix_gives_way_to_it() -> None:
    head = (f"<title>Analysis: {_HEADLINE} | Harbour Politics</title>"
            f'<meta property="og:title" content="Analysis: {_HEADLINE} | ">'
            '<meta property="og:site_name" content="Harbour Times">')
    article = _read(head, f"<h1>{_HEADLINE}</h1>{_STORY}")
    assert article.meta.title == _HEADLINE
    assert article.title_span is not None and article.title_span.plain == _HEADLINE


def test_a_short_h1_inside_the_title_is_no_headline() -> None:
    title = f"Analysis: {_HEADLINE} | Politics | Harbour Times"
    head = f'<title>{title}</title><meta property="og:title" content="{title}">'
    article = _read(head, f"<h1>Politics</h1>{_STORY}")
    assert article.meta.title == title  # not "Politics"


def test_straight_quotes_in_the_title_match_the_h1s_curly_ones() -> None:
    h1 = "Mayor on the ferry: \u2018Every hour is only the start\u2019"
    title = "Mayor on the ferry: 'Every hour is only the start' | Harbour Politics"
    head = f'<title>{title}</title><meta property="og:title" content="{title}">'
    article = _read(head, f"<h1>{h1}</h1>{_STORY}")
    assert article.meta.title == h1


@pytest.mark.parametrize(("declared", "expected"), [
    (_HEADLINE, _HEADLINE),
    ("Island ferry", None),  # too short to be the headline the title starts with
])
def test_a_title_that_is_a_declared_headline_plus_sections_is_cut_back(
        declared: str, expected: str | None) -> None:
    # trafilatura may keep the <title> when the <h1> runs the site's name into the headline
    long = f"{_HEADLINE} \u00bb Local \u00bb News \u00bb Harbour Daily"
    head = f'<title>{long}</title><meta name="twitter:title" content="{declared}">'
    nodes = text_nodes(_page(head, f"<h1>{_HEADLINE}<span>Harbour Daily</span></h1>{_STORY}"))
    title, _ = headline(long, nodes, {"harbour"})
    assert title == (expected or long)


def test_a_page_without_h1_takes_the_headline_it_marks() -> None:
    head = "<title>News from the Harbour Wire</title>"
    body = (f"<div class='story'><p class='body'><span class='headline entry-title'>{_HEADLINE}"
            f"</span></p><span class='byline'>By Ana Petrov</span></div>{_STORY}")
    article = _read(head, body)
    assert article.meta.title == _HEADLINE
    assert article.title_span is not None and article.title_span.plain == _HEADLINE


def test_a_marked_headline_does_not_beat_a_declared_title() -> None:
    title = "Ferry timetable changes for the summer"
    head = f'<title>{title}</title><meta property="og:title" content="{title}">'
    body = f"<span class='entry-title'>{_HEADLINE}</span>{_STORY}"
    assert _read(head, body).meta.title == title


# --------------------------------------------------------------------------- authors


def test_the_copyright_holder_beside_a_person_is_no_author() -> None:
    head = ("<title>Ferry</title>"
            '<meta name="author" content="Gull Media Group">'
            '<meta name="copyright" content="Copyright (c) Gull Media Group 2024">'
            '<meta property="article:author" content="Ana Petrov">')
    article = _read(head, f"<h1>{_HEADLINE}</h1>{_STORY}")
    assert article.meta.author == "Ana Petrov"


def test_a_blogger_who_holds_the_copyright_stays_the_author() -> None:
    head = ("<title>Ferry</title><meta name='author' content='Ana Petrov'>"
            "<meta name='copyright' content='\u00a9 2024 Ana Petrov'>")
    article = _read(head, f"<h1>{_HEADLINE}</h1>{_STORY}")
    assert article.meta.author == "Ana Petrov"


def test_the_publisher_in_a_list_of_authors_is_dropped() -> None:
    head = ("<title>Ferry</title><meta property='og:site_name' content='Harbour Times'>"
            "<meta name='author' content='Ana Petrov, Harbour Times'>")
    article = _read(head, f"<h1>{_HEADLINE}</h1>{_STORY}")
    assert article.meta.author == "Ana Petrov"


def test_a_template_word_is_no_author() -> None:
    head = "<title>Ferry</title><meta name='author' content='Submitted'>"
    assert _read(head, f"<h1>{_HEADLINE}</h1>{_STORY}").meta.author is None


# --------------------------------------------------------------------------- front pages


_TEASERS = "".join(
    f"<div class='teaser'><h2><a href='/story/{i}'>Story number {i} of the day</a></h2>"
    f"<p>A short summary of story number {i}, which the reader can open on its own page "
    f"to read in full.</p></div>" for i in range(6))


@pytest.mark.parametrize("head", [
    '<meta property="og:type" content="website"><meta property="og:url" '
    'content="https://www.harbour.example/">',
    '<link rel="canonical" href="https://harbour.example">',
])
def test_a_sites_front_page_is_skipped_with_its_reason(head: str) -> None:
    with pytest.raises(IngestError, match="front page") as caught:
        read_html("a.html", "front.html", _page(f"<title>Harbour Times</title>{head}", _TEASERS))
    assert caught.value.path == "front.html"


@pytest.mark.parametrize("head", [
    '<meta property="og:type" content="article"><meta property="og:url" '
    'content="https://harbour.example/">',
    '<link rel="canonical" href="https://harbour.example/?p=123">',
    '<link rel="canonical" href="https://harbour.example/">'
    '<meta property="article:published_time" content="2024-03-05T10:00:00Z">',
    '<base href="https://harbour.example/">',
    '<meta property="og:type" content="website"><meta property="og:url" '
    'content="https://harbour.example/2024/ferry">',
])
def test_an_article_is_not_taken_for_a_front_page(head: str) -> None:
    article = _read(f"<title>Ferry</title>{head}", f"<h1>{_HEADLINE}</h1>{_STORY}")
    assert article.text.startswith("The ferry between the two island harbours")
