"""The top of an article that trafilatura leaves out: the stand-first under the headline and
the date printed there (``briefing.ingest.html.header``).

Every page here is written for the test. The story stands in an ``articleBody`` element
after a ``<header>`` that holds the headline: trafilatura then extracts only the body, as
it does on real pages whose deck and dateline it drops.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.ingest.html import read_html
from briefing.ingest.html.header import wire_date
from briefing.model import Article, BlockKind

from .checks import assert_provenance

_BODY = "".join(
    f"<p>{text}</p>" for text in (
        "The harbour board voted on Tuesday to repair the old pier rather than pull it down, "
        "ending a dispute that has divided the town since the storms of last winter.",
        "Engineers told the meeting that the piles could be braced for about half the cost "
        "of a new structure, and that the work would take one summer.",
        "Fishing crews, who land their catch at the pier every morning, had asked the board "
        "to keep it open while the repairs go on.",
        "The board said it would publish a timetable for the works next month, after the "
        "tenders from three local yards have been compared."))
_FIRST = "The harbour board voted on Tuesday"
_DECK = "Engineers say bracing the piles will cost half as much as a new structure."
_HEADLINE = "Harbour board votes to save the old pier"


def _page(header: str, head: str = "", after: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><title>{_HEADLINE} | Gazette</title>{head}</head>"
            "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><header>"
            f"<h1>{_HEADLINE}</h1>{header}<p class='byline'>By Jane Roe</p></header>"
            f"<div class='article-body' itemprop='articleBody'>{_BODY}</div></article>"
            f"{after}</body></html>")


def _read(header: str, head: str = "", after: str = "") -> Article:
    return read_html("a.html", "a.html", _page(header, head, after))


def _desc(text: str) -> str:
    return f'<meta name="description" content="{text}"><meta property="og:description" ' \
           f'content="{text}">'


# ------------------------------------------------------------------ the stand-first

@pytest.mark.parametrize("header", [
    f'<p class="standfirst">{_DECK}</p>',
    f'<div class="article__dek">{_DECK}</div>',
    f'<p class="storySummary">{_DECK}</p>',
    f'<h2 itemprop="description">{_DECK}</h2>',
    f'<h2 class="sub-headline">{_DECK}</h2>',
])
def test_a_marked_stand_first_is_the_first_block(header: str) -> None:
    article = _read(header)
    first = article.blocks[0]
    assert (first.kind, first.text) == (BlockKind.PARAGRAPH, _DECK)
    assert article.blocks[1].text.startswith(_FIRST)
    assert article.meta.title == _HEADLINE
    span = article.span(first.start, first.end)
    assert article.source[span.start:span.end] == _DECK
    assert_provenance(article)


@pytest.mark.parametrize("tag", ["p", "div"])
def test_a_paragraph_that_repeats_the_declared_description_is_the_stand_first(tag: str) -> None:
    article = _read(f"<{tag}>{_DECK}</{tag}>", head=_desc(_DECK))
    assert article.blocks[0].text == _DECK
    assert_provenance(article)


def test_a_description_cut_short_still_marks_its_paragraph() -> None:
    article = _read(f"<p>{_DECK}</p>", head=_desc(_DECK[:60] + "..."))
    assert article.blocks[0].text == _DECK


def test_a_stand_first_with_markup_and_entities_keeps_exact_offsets() -> None:
    deck = ('<p class="dek">Engineers at <i>Smith &amp; Daughters</i> say bracing the piles '
            "will cost half as much.</p>")
    article = _read(deck)
    first = article.blocks[0]
    assert first.text == ("Engineers at Smith & Daughters say bracing the piles will cost "
                          "half as much.")
    span = article.span(first.start, first.end)
    assert article.source[span.start:span.end] == deck[len('<p class="dek">'):-len("</p>")]
    assert_provenance(article)


@pytest.mark.parametrize("header", [
    # a caption of the lead picture, even when its class says summary
    f'<figure><img src="pier.jpg" alt=""><figcaption class="summary">{_DECK}</figcaption>'
    "</figure>",
    f'<div class="lead-image"><p class="image-description">{_DECK}</p></div>',
    # a teaser: a link to another story
    '<p class="intro"><a href="/pier-history">The long history of the pier, from its '
    "opening to the storms</a></p>",
    '<p class="summary">Read more about the pier and the people who fish from it.</p>',
    # a label, not a sentence
    '<p class="deck">Local news</p>',
    '<p class="summary">5 min read</p>',
    # the author's biography
    '<div class="author-box"><p class="description">Jane Roe writes about the coast for '
    "the Gazette. She lives in the town.</p></div>",
    # hidden text
    f'<p class="standfirst" hidden>{_DECK}</p>',
    f'<p class="standfirst" style="display: none">{_DECK}</p>',
    # a list of points
    f'<ul class="summary"><li>{_DECK}</li><li>Work starts next summer.</li></ul>',
])
def test_what_is_no_stand_first_is_not_taken(header: str) -> None:
    article = _read(header)
    assert article.text.startswith(_FIRST)


def test_a_stand_first_that_repeats_a_paragraph_of_the_text_is_not_taken() -> None:
    article = _read("<p class='standfirst'>Engineers told the meeting that the piles could be "
                    "braced for about half the cost of a new structure, and that the work "
                    "would take one summer.</p>")
    assert article.text.startswith(_FIRST)


def test_a_paragraph_that_does_not_repeat_the_description_is_not_taken() -> None:
    article = _read(f"<p>{_DECK}</p>", head=_desc("A different summary of the story, written "
                                                    "for search engines."))
    assert article.text.startswith(_FIRST)


def test_only_one_stand_first_is_taken() -> None:
    article = _read(f'<p class="standfirst">{_DECK}</p><p class="standfirst">Work on the '
                    "piles will start next summer and take about three months.</p>")
    assert article.blocks[0].text == _DECK
    assert article.blocks[1].text.startswith(_FIRST)


# ------------------------------------------------------------------ the printed date

@pytest.mark.parametrize(("line", "date"), [
    ("<p>Published 3 March 2024</p>", dt.date(2024, 3, 3)),
    ("<p>March 3, 2024 10:15 am ET</p>", dt.date(2024, 3, 3)),
    ("<p>Mar. 3rd, 2024</p>", dt.date(2024, 3, 3)),
    ("<div><span>By Jane Roe</span> | <span>3 March 2024</span></div>", dt.date(2024, 3, 3)),
    ("<p>Posted on March 3, 2024 by Jane Roe</p>", dt.date(2024, 3, 3)),
    ('<p>Posted on <a href="/pier-vote">March 3, 2024</a></p>', dt.date(2024, 3, 3)),
    ("<p>Updated 14/03/2024 09:00</p>", dt.date(2024, 3, 14)),
    ("<p>Published 3 March 2024, updated 5 March 2024</p>", dt.date(2024, 3, 3)),
    ("<p>Updated 5 March 2024 | First published 3 March 2024</p>", dt.date(2024, 3, 3)),
])
def test_a_date_printed_under_the_headline_is_the_date(line: str, date: dt.date) -> None:
    article = _read(line)
    assert article.meta.date == date
    assert article.text.startswith(_FIRST)  # the dateline is no text


_TEASERS = ('<aside><h3>More stories</h3><ul><li><a href="/fish">Fish prices fall at the '
            'market</a> <span class="date">June 1, 2019</span></li></ul></aside>')


def test_the_printed_date_wins_over_a_teaser_date_found_elsewhere() -> None:
    assert _read("", after=_TEASERS).meta.date == dt.date(2019, 6, 1)  # the teaser's
    assert _read("<p>Published 3 March 2024</p>", after=_TEASERS).meta.date == \
        dt.date(2024, 3, 3)


def test_an_update_does_not_replace_an_earlier_date_the_page_gives() -> None:
    head = '<meta name="date" content="2024-03-01">'
    assert _read("<p>Updated 5 March 2024</p>", head=head).meta.date == dt.date(2024, 3, 1)
    assert _read("<p>Updated 5 March 2024</p>", after=_TEASERS).meta.date == \
        dt.date(2019, 6, 1)  # may be the first publication: kept


def test_an_update_replaces_a_later_date_found_elsewhere() -> None:
    teasers = _TEASERS.replace("June 1, 2019", "June 1, 2025")
    assert _read("<p>Updated 5 March 2024</p>", after=teasers).meta.date == \
        dt.date(2024, 3, 5)


def test_a_declared_date_wins_over_the_printed_one() -> None:
    head = '<meta property="article:published_time" content="2024-03-01T08:00:00Z">'
    assert _read("<p>Published 3 March 2024</p>", head=head).meta.date == dt.date(2024, 3, 1)


@pytest.mark.parametrize(("header", "after"), [
    # a date in a box of other stories between the headline and the text
    ('<ul class="related"><li><a href="/fish">Fish prices fall</a> March 9, 2024</li></ul>',
     ""),
    ('<ul><li><a href="/fish">Fish prices fall at the market</a> March 9, 2024</li></ul>', ""),
    # a sentence that mentions a date, not a dateline
    ("<p>The board first met about the pier on March 9, 2024, after the storms.</p>", ""),
    # dates below the text: comments and teasers
    ("", '<div class="comments"><p>Posted on March 9, 2024 by Sam Lee</p></div>'),
    ("", '<aside><ul><li><a href="/fish">Fish prices fall</a></li></ul><p>March 9, 2024</p>'
         "</aside>"),
    # a day and month that could be either
    ("<p>Updated 03/05/2024</p>", ""),
])
def test_dates_away_from_the_top_or_unclear_are_not_taken(header: str, after: str) -> None:
    article = _read(header, after=after)
    assert article.meta.date in (None, dt.date(2024, 5, 3))  # trafilatura's own reading


# ------------------------------------------------------------------ a wire dateline

@pytest.mark.parametrize(("text", "date"), [
    ("March 3, 2024 -- The harbour board voted on Tuesday.", dt.date(2024, 3, 3)),
    ("PORT ELLEN, 3 March 2024 \u2014 The harbour board voted.", dt.date(2024, 3, 3)),
    ("The board met on March 3, 2024 - and voted to repair it.", None),
    ("March 3, 2024 and March 4, 2024 -- two days of talks.", None),
    ("The harbour board voted on Tuesday.", None),
])
def test_a_wire_dateline_opens_the_first_paragraph(text: str, date: dt.date | None) -> None:
    assert wire_date(text) == date


def test_a_wire_dateline_gives_the_date_of_a_page_without_one() -> None:
    page = _page("").replace("<p>The harbour board voted",
                             "<p>March 3, 2024 -- The harbour board voted")
    assert read_html("a.html", "a.html", page).meta.date == dt.date(2024, 3, 3)
