"""The .html reader: trafilatura's extraction, aligned back onto the page's source."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.errors import IngestError
from briefing.ingest.html import read_html
from briefing.model import Article, BlockKind

from .checks import CONTENT, FIXTURES, REPO, assert_provenance, coarse_characters, ingest, write


@pytest.fixture(scope="module")
def page() -> Article:
    return ingest(FIXTURES / "saved-page.html")


def _page(body: str, head: str = "<title>A page</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body></html>"


def test_metadata(page: Article) -> None:
    meta = page.meta
    assert meta.title == "Bridge closure extended for a second month"
    assert meta.url == "https://rivertown.example.com/news/2026/05/bridge-closure"
    assert meta.publisher == "Rivertown Post"
    assert meta.author == "Tomás Ruiz"
    assert meta.date == dt.date(2026, 5, 12)
    assert meta.tags == ("roads", "bridges")


def test_headline_is_the_title_not_a_block(page: Article) -> None:
    assert page.title_span is not None
    assert page.title_span.text == page.meta.title
    h1 = page.source.index("<h1>")
    assert h1 < page.title_span.start < page.source.index("</h1>")
    assert page.blocks[0].text.startswith("The Old Mill Bridge")


def test_blocks_and_kinds(page: Article) -> None:
    assert [b.kind for b in page.blocks] == [
        BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING,
        BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.PARAGRAPH]
    assert page.blocks[3].text == "Diversion"


def test_boilerplate_scripts_and_styles_are_not_text(page: Article) -> None:
    for gone in ("Subscribe", "Home", "All rights reserved", "promo", "font-family"):
        assert gone not in page.text


def test_entities_and_inline_tags(page: Article) -> None:
    block = page.blocks[1]
    assert block.text.startswith("“We are not going to reopen a bridge we are not sure about,” "
                                 "said Carla Mendes, the department’s head of structures.")
    quote = page.text.index("“")
    assert page.source[page.starts[quote]:page.ends[quote]] == "&ldquo;"
    sentence = next(s for s in page.sentences if s.text.startswith("She said repairs"))
    span = page.span(sentence.start, sentence.end)
    assert span.text == "She said repairs <em>could</em> take longer if more damage was found."
    assert span.plain == "She said repairs could take longer if more damage was found."
    assert "figure — it said" in page.text  # &nbsp;&mdash;
    assert coarse_characters(page) == []
    assert_provenance(page)


def test_content_page_drops_related_links_and_newsletter() -> None:
    article = ingest(CONTENT / "2026-07-22-vessel-river-dam-dispute.html", CONTENT)
    assert article.meta.publisher == "The Valley Standard"
    assert article.meta.author == "Marcus Adeyemi"
    assert article.meta.date == dt.date(2026, 7, 22)
    for gone in ("Related stories", "Hosepipe ban", "morning briefing", "Sign up", "Opinion"):
        assert gone not in article.text
    assert any(b.kind is BlockKind.QUOTE for b in article.blocks)


def test_dtd_entities_are_never_expanded() -> None:
    article = ingest(FIXTURES / "dtd-entities.html")
    assert "[&xxe;]" in article.text and "[&remote;]" in article.text
    assert "[&lol9;]" in article.text
    assert "lollol" not in article.text and "root:" not in article.text
    assert len(article.text) < 500
    assert "& and é and —" in article.text
    assert_provenance(article)


AUDIT = """
import json, sys
from pathlib import Path
import briefing.ingest.html, briefing.ingest.markdown
from briefing.ingest import ingest_file
from briefing.options import IngestOptions
events = []
def hook(event, args):
    if event.startswith("socket.") or event.startswith("urllib"):
        events.append([event, repr(args)[:120]])
    elif event == "open" and args and "passwd" in str(args[0]):
        events.append([event, str(args[0])])
sys.addaudithook(hook)
path = Path(sys.argv[1])
article = ingest_file(path, path.parent, IngestOptions())
during = list(events)
open("/etc/passwd", "rb").close()  # the control: the hook does see such an open
print(json.dumps({"during": during, "after": events[len(during):], "text": article.text}))
"""


def test_no_file_is_read_and_no_socket_opened_for_external_entities() -> None:
    """An audit hook in a fresh interpreter sees every open() and socket call."""
    result = subprocess.run(
        [sys.executable, "-c", AUDIT, str(FIXTURES / "dtd-entities.html")],
        capture_output=True, text=True, timeout=120, cwd=REPO, check=True)
    report = json.loads(result.stdout)
    assert report["during"] == []
    assert report["after"] == [["open", "/etc/passwd"]]
    assert "[&xxe;]" in report["text"]


def test_text_that_cannot_be_found_is_dropped_with_a_reason() -> None:
    article = ingest(FIXTURES / "unalignable.html")
    assert len(article.warnings) == 1
    assert article.warnings[0].startswith("dropped a sentence of a paragraph, not found in the "
                                          "page source: ")
    assert "Raw markup" not in article.text
    assert article.text.startswith("Traders said footfall was higher than expected")
    assert_provenance(article)


def test_comments_and_entities_inside_words_are_skipped_exactly() -> None:
    source = _page("<p>The commi<!-- note -->ttee met on Fri&shy;day and caf&eacute; owners "
                   "attended the long meeting about parking in the town centre.</p>"
                   "<p>A second paragraph says that the meeting will continue next week.</p>")
    article = read_html("a.html", "a.html", source)
    first = article.blocks[0]
    assert first.text.startswith("The committee met on Friday and café owners attended")
    span = article.span(first.start, first.end)
    assert "commi<!-- note -->ttee" in span.text and "caf&eacute;" in span.text
    assert_provenance(article)


def test_non_http_canonical_url_is_not_kept() -> None:
    head = ('<title>Story</title><link rel="canonical" href="ftp://files.example.org/story">'
            '<meta property="og:site_name" content="Example News">')
    source = _page("<p>" + "The harbour reopened on Monday after repairs to its wall. " * 4
                   + "</p>", head)
    article = read_html("a.html", "a.html", source)
    assert article.meta.url is None
    assert article.meta.publisher == "Example News"


def test_undated_page_takes_no_date_from_the_clock(tmp_path: Path) -> None:
    text = _page("<p>" + "The vote was held in the town hall on Monday evening. " * 4 + "</p>")
    path = write(tmp_path, "undated.html", text)
    assert ingest(path).meta.date is None
    assert ingest(path, source_date_epoch=1767225600).meta.date == dt.date(2026, 1, 1)


@pytest.mark.parametrize("body", [
    "",
    "<img src='photo.jpg' alt=''><style>p { color: red }</style>",
    "<script>document.write('<p>Hello there, this is text from a script.</p>')</script>",
])
def test_page_without_article_text_is_an_error(tmp_path: Path, body: str) -> None:
    path = write(tmp_path, "empty.html", _page(body))
    with pytest.raises(IngestError, match="no article text found"):
        ingest(path)


# --- rules from the held-out check on real saved pages (benchmarks/results/html.md) ---

_STORY = ("<p>The ferry service to the northern islands resumed on Tuesday after a week of "
          "storms kept every boat in the harbour.</p>"
          "<p>Operators said the timetable would return to normal by the weekend, once the "
          "backlog of freight had been cleared from the quay.</p>")


def test_text_marked_googleoff_is_not_article_text() -> None:
    teasers = ("<!--googleoff: all--><div class='more'>"
               "<p>A different story about a bakery that reopened in the old town, with a "
               "new oven and longer hours for the summer season [&hellip;]</p>"
               "<p>Another story about a cycling race through the hills that drew record "
               "crowds along the whole route this year [&hellip;]</p></div><!--googleon: all-->")
    article = read_html("a.html", "a.html", _page(_STORY + teasers))
    assert "ferry service" in article.text and "backlog of freight" in article.text
    assert "bakery" not in article.text and "cycling race" not in article.text
    assert_provenance(article)


def test_picture_credit_lines_are_not_paragraphs() -> None:
    body = ("<p>The ferry service to the northern islands resumed on Tuesday after a week of "
            "storms kept every boat in the harbour.</p>"
            "<p><img src='quay.jpg' alt=''><br><em>(Credit: Ana Lima / Harbour Times)</em></p>"
            "<p>Photograph by Jon Ward, Island Ferries</p>"
            "<p>Photo editors at the paper said the storm pictures were the most viewed of "
            "the year, and the harbour master agreed to an interview.</p>")
    article = read_html("a.html", "a.html", _page(body))
    assert "Credit" not in article.text and "Jon Ward" not in article.text
    assert "Photo editors at the paper said" in article.text


def test_title_with_site_and_date_suffix_is_cut_back_to_the_h1() -> None:
    head = ('<title>x</title><meta property="og:title" '
            'content="Ferries return to the islands | Harbour Times | 02.03.2026">')
    body = "<h1>Ferries return to the islands</h1>" + _STORY
    source = f"<html><head>{head}</head><body><div><nav><a href='/'>Home</a></nav>" \
             f"{body}</div></body></html>"
    article = read_html("a.html", "a.html", source)
    assert article.meta.title == "Ferries return to the islands"
    assert article.title_span is not None
    assert article.title_span.text == "Ferries return to the islands"
    assert source[article.title_span.start:article.title_span.end] == article.title_span.text
    assert source.index("<h1>") < article.title_span.start


def test_a_title_that_is_not_an_h1_plus_suffix_is_kept() -> None:
    head = '<meta property="og:title" content="Ferries return: what it means for islanders">'
    body = "<h1>Ferries</h1>" + _STORY
    article = read_html("a.html", "a.html", _page(body, head))
    assert article.meta.title == "Ferries return: what it means for islanders"


@pytest.mark.parametrize("declared", [
    '<meta property="article:published_time" content="2026-03-02T08:00:00+00:00">',
    '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
    '{"@type": "WebPage", "datePublished": "2025-01-01"},'
    '{"@type": "NewsArticle", "datePublished": "2026-03-02T08:00:00Z"}]}</script>',
])
def test_the_declared_publication_date_wins_over_a_modification_date(declared: str) -> None:
    head = ('<title>Ferries</title><meta name="date" content="2026-03-09T10:00:00Z">'
            '<meta property="article:modified_time" content="2026-03-09T10:00:00Z">' + declared)
    article = read_html("a.html", "a.html", _page(_STORY, head))
    assert article.meta.date == dt.date(2026, 3, 2)


def test_broken_json_ld_is_ignored() -> None:
    head = ('<title>Ferries</title><meta name="date" content="2026-03-09">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
            '</script>')
    article = read_html("a.html", "a.html", _page(_STORY, head))
    assert article.meta.date == dt.date(2026, 3, 9)


def test_metadata_escaped_twice_is_decoded() -> None:
    head = ('<title>Ferries</title><meta property="article:tag" content="Travel &amp;amp; '
            'Transport"><meta property="article:tag" content="Islands">')
    article = read_html("a.html", "a.html", _page(_STORY, head))
    assert article.meta.tags == ("Travel & Transport", "Islands")


# --- rules from the second held-out check (benchmarks/results/html.md, session 5) ---

_LONG_STORY = (
    "<p>The ferry service to the northern islands resumed on Tuesday after a week of storms "
    "kept every boat in the harbour, and the first crossing left at dawn.</p>"
    "<p>Operators said the timetable would return to normal by the weekend, once the backlog "
    "of freight had been cleared from the quay and the crews had rested.</p>"
    "<p>Island shops had run short of bread and fuel during the week, and the council said "
    "it would review how supplies are stored before the next winter.</p>")


def test_read_more_lines_linking_elsewhere_are_not_article_text() -> None:
    body = (_LONG_STORY[:_LONG_STORY.index("<p>Island")]
            + "<p><em>Read more</em>: <a href='/other'>Harbour wall repairs: what comes "
              "next</a></p>"
            + "<p>Related: <a href='/bakery'>Bakery reopens in the old town</a></p>"
            + "<p>Read more: the council's own report, published on Monday, lists every "
              "delay on the route since January.</p>"
            + _LONG_STORY[_LONG_STORY.index("<p>Island"):])
    article = read_html("a.html", "a.html", _page(body))
    assert "Harbour wall repairs" not in article.text and "Bakery" not in article.text
    assert "the council's own report" in article.text  # a sentence, not a link line
    assert article.text.endswith("before the next winter.")
    assert_provenance(article)


def test_a_short_bold_paragraph_is_a_heading() -> None:
    body = (_LONG_STORY[:_LONG_STORY.index("<p>Island")]
            + "<p><strong>Shortages&nbsp;on the islands</strong></p>"
            + _LONG_STORY[_LONG_STORY.index("<p>Island"):]
            + "<p><b>Update:</b> this story was changed on Wednesday to add the council "
              "statement.</p><p><strong>The crossing takes two hours.</strong></p>")
    article = read_html("a.html", "a.html", _page(body))
    kinds = {b.text: b.kind for b in article.blocks}
    assert kinds["Shortages on the islands"] is BlockKind.HEADING
    assert kinds["The crossing takes two hours."] is BlockKind.PARAGRAPH
    assert next(b for b in article.blocks if b.text.startswith("Update:")).kind \
        is BlockKind.PARAGRAPH
    assert_provenance(article)


@pytest.mark.parametrize("line", [
    "October 22, 2019 report",
    "Updated 3 May 2026, 10:04 GMT",
    "19.01.2020",
    "© 2026 Harbour Times",
    "Copyright 2026 Island Press. All rights reserved.",
    "Harbour Review 574, 16-17 (2026)",
])
def test_datelines_copyright_and_citation_lines_are_not_paragraphs(line: str) -> None:
    article = read_html("a.html", "a.html", _page(f"<p>{line}</p>" + _LONG_STORY
                                                    + f"<p>{line}</p>"))
    assert line.split()[0] not in article.text
    assert article.text.startswith("The ferry service")
    assert article.text.endswith("before the next winter.")


@pytest.mark.parametrize("sentence", [
    "Voting on the new timetable ends on June 30, 2026.",
    "The first ferry, built in 1926, still runs on Sundays at 10:30 am",
    "Copyright lawyers for the operator said the route map could not be reused.",
    "First sailing at 06:45",
])
def test_sentences_with_dates_or_notice_words_are_kept(sentence: str) -> None:
    article = read_html("a.html", "a.html", _page(_LONG_STORY + f"<p>{sentence}</p>"))
    assert article.blocks[-1].text == sentence


@pytest.mark.parametrize("before", ["<p>March 2, 2026 report</p>", "<p>By Ana Lima</p>"])
def test_headline_after_a_dateline_or_byline_is_the_title_not_a_block(before: str) -> None:
    head = '<meta property="og:title" content="Ferries return to the islands">'
    source = _page(before + "<h1>Ferries return to the islands</h1>" + _LONG_STORY, head)
    article = read_html("a.html", "a.html", source)
    assert article.meta.title == "Ferries return to the islands"
    assert all(b.kind is not BlockKind.HEADING for b in article.blocks)
    assert article.title_span is not None
    assert source.index("<h1>") < article.title_span.start < source.index("</h1>")
    assert "The ferry service" in article.text


@pytest.mark.parametrize(("author", "kept"), [
    ("Harbour Times (www.harbourtimes.example)", None),
    ("Ana Lima", "Ana Lima"),
])
def test_an_author_that_is_the_publisher_is_not_a_byline(author: str, kept: str | None) -> None:
    head = (f'<title>Ferries</title><meta name="author" content="{author}">'
            '<meta name="publisher" content="Harbour Times (www.harbourtimes.example)">'
            '<meta property="og:site_name" content="HARBOURTIMES.EXAMPLE">')
    article = read_html("a.html", "a.html", _page(_LONG_STORY, head))
    assert article.meta.author == kept
    assert article.meta.publisher == "HARBOURTIMES.EXAMPLE"


def test_inline_code_is_part_of_the_paragraph() -> None:
    body = ("<p>The port began once <code>import tool</code> worked on the new version, "
            "and the team kept <code>b''</code> literals out of the code for years.</p>"
            "<pre><code>def main():\n    return 0\n</code></pre>" + _LONG_STORY)
    article = read_html("a.html", "a.html", _page(body))
    assert article.blocks[0].text == (
        "The port began once import tool worked on the new version, and the team kept b'' "
        "literals out of the code for years.")
    assert "def main" not in article.text  # a code block is still no text
    assert_provenance(article)


def test_a_site_name_and_a_section_label_around_the_headline_are_not_text() -> None:
    head = ("<title>Ferries return to the islands | Harbour Times</title>"
            '<meta property="og:site_name" content="Harbour Times">')
    source = _page("<h3>World</h3><h1>Ferries return to the islands after storms</h1>"
                   + _LONG_STORY, head)
    article = read_html("a.html", "a.html", source)
    assert article.meta.title == "Ferries return to the islands after storms"
    assert article.title_span is not None
    assert source.index("<h1>") < article.title_span.start < source.index("</h1>")
    assert all(b.kind is not BlockKind.HEADING for b in article.blocks)
    assert "World" not in article.text


@pytest.mark.parametrize(("line", "author"), [
    ("<p><em>Written by: <a href='/u/1'>Julie Roe</a></em></p>", "Julie Roe"),
    ("<p>By Ana Lima and Tomás de Souza</p>", "Ana Lima and Tomás de Souza"),
])
def test_a_byline_paragraph_is_the_author_not_text(line: str, author: str) -> None:
    article = read_html("a.html", "a.html", _page(line + _LONG_STORY))
    assert article.meta.author == author
    assert author not in article.text


def test_a_sentence_starting_with_by_is_kept() -> None:
    article = read_html("a.html", "a.html", _page("<p>By noon the roads were closed</p>"
                                                  + _LONG_STORY))
    assert article.meta.author is None
    assert article.blocks[0].text == "By noon the roads were closed"


def test_lead_picture_caption_and_link_line_are_not_text() -> None:
    tail = ("<p><em>Header Image: </em>Fishing boats moored in the harbour after the storm, "
            "seen from the north pier on a grey morning. <em>Credit: Jo Park (CC BY 2.0)</em></p>"
            "<p>Link: <a href='https://example.org/tool'>the tool</a>.</p>")
    article = read_html("a.html", "a.html", _page(_LONG_STORY + tail))
    assert "Fishing boats" not in article.text
    assert "Link:" not in article.text


def test_author_link_text_is_not_part_of_the_name() -> None:
    head = '<title>Ferries</title><meta name="author" content="View all posts by Ana Lima">'
    article = read_html("a.html", "a.html", _page(_LONG_STORY, head))
    assert article.meta.author == "Ana Lima"


# --- a title that is only the site name (trafilatura splits "Site - Story" itself) ---

_SITE = "Harbour Times"
_STORY_TITLE = "Ferries return to the islands"
_OG_SITE = f'<meta property="og:site_name" content="{_SITE}">'


def _site_page(head: str, body: str, header: str = "") -> str:
    """A news page with a site header outside the article (where a logo would stand)."""
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
            f"<header>{header}<nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
            f"<main><article>{body}</article></main></body></html>")


@pytest.mark.parametrize(("head", "title"), [
    (f"<title>{_SITE} - {_STORY_TITLE}</title>{_OG_SITE}", _STORY_TITLE),
    (f"<title>{_SITE}: {_STORY_TITLE}</title>{_OG_SITE}", _STORY_TITLE),
    (f"<title>{_SITE} &#8211; Caf&eacute; owners cheer the ferries</title>{_OG_SITE}",
     "Café owners cheer the ferries"),
    (f"<title>U.S. ferry firm buys the island route | {_SITE}</title>{_OG_SITE}",
     "U.S. ferry firm buys the island route"),
    (f'<title>{_SITE} | {_STORY_TITLE}</title><meta name="publisher" content="{_SITE}">',
     _STORY_TITLE),
    (f'<title>{_SITE} - {_STORY_TITLE}</title><script type="application/ld+json">'
     f'{{"@type": "NewsMediaOrganization", "name": "{_SITE}"}}</script>', _STORY_TITLE),
    (f'<title>{_SITE}</title><meta property="og:title" content="{_SITE}">'
     f'<meta name="twitter:title" content="{_STORY_TITLE} | {_SITE}">{_OG_SITE}', _STORY_TITLE),
    (f'<title>{_SITE}</title><meta property="og:title" content="{_SITE}">{_OG_SITE}'
     '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
     f'{{"@type": "WebSite", "name": "{_SITE}"}}, '
     f'{{"@type": "NewsArticle", "headline": "{_STORY_TITLE}"}}]}}</script>', _STORY_TITLE),
])
def test_a_title_that_is_only_the_site_name_gives_way_to_the_headline(
        head: str, title: str) -> None:
    article = read_html("a.html", "a.html", _site_page(head, _LONG_STORY))
    assert article.meta.title == title
    assert article.title_span is None  # the headline stands nowhere in the page's text


def test_a_headline_in_an_h2_is_the_title_when_the_metadata_names_only_the_site() -> None:
    head = f'<title>{_SITE}</title><meta property="og:title" content="{_SITE}">{_OG_SITE}'
    source = _site_page(head, f"<h2>{_STORY_TITLE}</h2>" + _LONG_STORY)
    article = read_html("a.html", "a.html", source)
    assert_story_title_at(article, source, "h2")
    assert source[article.title_span.start:article.title_span.end] == _STORY_TITLE
    assert all(b.kind is not BlockKind.HEADING for b in article.blocks)
    assert_provenance(article)


def assert_story_title_at(article: Article, source: str, tag: str) -> None:
    """The story's headline is the title, and its span lies inside the page's ``<tag>``."""
    assert article.meta.title == _STORY_TITLE
    assert article.title_span is not None
    assert source.index(f"<{tag}>") < article.title_span.start < source.index(f"</{tag}>")


@pytest.mark.parametrize("head", [
    f"<title>{_SITE} - {_STORY_TITLE}</title>{_OG_SITE}",
    f'<title>{_SITE}</title><meta property="og:title" content="{_SITE}">{_OG_SITE}',
])
def test_an_h1_that_is_the_site_logo_is_not_the_headline(head: str) -> None:
    source = _site_page(head, f"<h2>{_STORY_TITLE}</h2>" + _LONG_STORY,
                        header=f"<h1 class='logo'><a href='/'>{_SITE}</a></h1>")
    article = read_html("a.html", "a.html", source)
    assert_story_title_at(article, source, "h2")


def test_a_site_name_heading_in_the_article_is_not_the_headline() -> None:
    head = f"<title>{_SITE}</title>{_OG_SITE}"
    source = _site_page(head, f"<h3>{_SITE}</h3><h2>{_STORY_TITLE}</h2>" + _LONG_STORY)
    article = read_html("a.html", "a.html", source)
    assert_story_title_at(article, source, "h2")
    assert all(b.kind is not BlockKind.HEADING for b in article.blocks)  # label and headline
    assert_provenance(article)


def test_a_later_heading_is_the_title_rather_than_a_site_name_heading() -> None:
    head = f"<title>{_SITE}</title>{_OG_SITE}"
    body = (f"<h2>{_SITE}</h2>" + _LONG_STORY + f"<h3>{_STORY_TITLE}</h3>"
            "<p>The harbour master said more crossings would be added in the summer.</p>")
    article = read_html("a.html", "a.html", _site_page(head, body))
    assert article.meta.title == _STORY_TITLE


def test_the_h1_is_the_title_when_og_title_is_the_site_name() -> None:
    head = f'<title>{_SITE}</title><meta property="og:title" content="{_SITE}">{_OG_SITE}'
    source = _site_page(head, f"<h1>{_STORY_TITLE}</h1>" + _LONG_STORY)
    article = read_html("a.html", "a.html", source)
    assert_story_title_at(article, source, "h1")


def test_a_picture_title_in_the_body_is_not_the_page_title() -> None:
    head = f'<meta property="og:title" content="{_SITE}">{_OG_SITE}'
    icon = "<svg viewBox='0 0 8 8'><title>Search the site</title><path d='M0 0h8v8z'/></svg>"
    source = _site_page(head, f"<h2>{_STORY_TITLE}</h2>" + _LONG_STORY, header=icon)
    assert read_html("a.html", "a.html", source).meta.title == _STORY_TITLE


def test_a_site_name_with_a_separator_in_it_is_cut_whole() -> None:
    site = "Harbour Times - Islands"
    head = (f'<meta property="og:title" content="{_STORY_TITLE} | {site}">'
            f'<meta property="og:site_name" content="{site}">')
    article = read_html("a.html", "a.html", _site_page(head, _LONG_STORY))
    assert article.meta.title == _STORY_TITLE


@pytest.mark.parametrize(("head", "body", "title"), [
    (f"<title>{_STORY_TITLE} | {_SITE}</title>{_OG_SITE}", f"<h1>{_STORY_TITLE}</h1>",
     _STORY_TITLE),
    (f"<title>{_STORY_TITLE}</title>{_OG_SITE}", "", _STORY_TITLE),
    (f"<title>Ferries: what the return means | {_SITE}</title>{_OG_SITE}", "",
     "Ferries: what the return means"),
    (f"<title>{_SITE}</title>{_OG_SITE}", "", _SITE),  # nothing better: the site, not empty
    (f"<title>{_SITE} - {_STORY_TITLE}</title>", "", _SITE),  # no site name declared
])
def test_titles_that_already_read_right_are_kept(head: str, body: str, title: str) -> None:
    article = read_html("a.html", "a.html", _site_page(head, body + _LONG_STORY))
    assert article.meta.title == title
