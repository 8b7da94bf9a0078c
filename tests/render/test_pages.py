"""render_pages: the set of files, the pages across briefings, and which pages a
briefing's change can touch."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from briefing.model import Briefing
from briefing.render import SiteInfo, render_pages
from briefing.render.environment import make_environment
from briefing.render.pages import NAV, default_nav


def pages_of(briefings: list[Briefing]) -> dict[str, str]:
    return render_pages(make_environment(), briefings, SiteInfo())


def three(make_briefing: Callable[..., Briefing]) -> list[Briefing]:
    """Newest first, as the pipeline hands them over."""
    return [make_briefing("a.md", "bridge", title="Bridge reopens", date="2024-05-03",
                          tags="[transport, Northport]"),
            make_briefing("b.md", "river", title="River falls", date="2024-05-01",
                          tags="[weather]"),
            make_briefing("c.md", "harbour", title="Harbour plan", date="2024-05-01",
                          tags="[transport]")]


def test_the_files(make_briefing: Callable[..., Briefing]) -> None:
    assert sorted(pages_of(three(make_briefing))) == [
        "bridge.md", "briefings.json", "feed.xml", "harbour.md", "index.md", "questions.md",
        "river.md", "sources.md", "tags/index.md", "tags/northport.md", "tags/transport.md",
        "tags/weather.md"]


def test_an_empty_site_still_has_its_sections() -> None:
    pages = pages_of([])
    assert {path for _, path in NAV} <= set(pages)
    assert "No briefings yet" in pages["index.md"]
    assert "No attributed sources yet" in pages["sources.md"]
    assert "No open questions yet" in pages["questions.md"]
    assert "No tags yet" in pages["tags/index.md"]


def test_home_groups_by_date_newest_first(make_briefing: Callable[..., Briefing],
                                          html_of: Callable[[str], str]) -> None:
    html = html_of(pages_of(three(make_briefing))["index.md"])
    assert re.findall(r"<h2[^>]*>([^<]+)</h2>", html) == ["3 May 2024", "1 May 2024"]
    cards = re.findall(r'<h3[^>]*><a href="([^"]+)">([^<]+)</a></h3>', html)
    assert cards == [("bridge.md", "Bridge reopens"), ("river.md", "River falls"),
                     ("harbour.md", "Harbour plan")]
    first = html[html.index('<div class="briefing-card">'):html.index("</div>")]
    assert '<time datetime="2024-05-03">3 May 2024</time> · The Gazette · 2 min read' in first
    assert "briefing saves 2 min" in first
    assert "The council approved the plan; work starts in June." in first
    assert re.findall(r'<a class="briefing-tag" href="([^"]+)">([^<]+)</a>', first) == [
        ("tags/transport.md", "transport"), ("tags/northport.md", "Northport")]
    assert 'href="feed.xml"' in html and 'href="briefings.json"' in html


def test_sources_page_lists_every_source_with_its_briefings_and_claims(
        make_briefing: Callable[..., Briefing], html_of: Callable[[str], str]) -> None:
    html = html_of(pages_of(three(make_briefing))["sources.md"])
    assert re.findall(r"<h2[^>]*>([^<]+)</h2>", html) == ["L", "T", "Anonymous sources"]
    assert re.findall(r"<h3[^>]*>([^<]+)</h3>", html) == ["Lena Ortiz", "The mayor",
                                                          "Officials"]
    ortiz = html[html.index(">Lena Ortiz</h3>"):html.index(">The mayor</h3>")]
    assert "person · on record · 3 briefings" in ortiz
    assert re.findall(r'<a href="([a-z]+\.md)">', ortiz) == ["bridge.md", "river.md",
                                                             "harbour.md"]
    assert ortiz.count("“We will start in June”") == 3
    assert 'href="bridge.md#s-1"' in ortiz


def test_questions_page_newest_first_with_links_to_sentences(
        make_briefing: Callable[..., Briefing], html_of: Callable[[str], str]) -> None:
    briefings = three(make_briefing)
    briefings[1] = dataclasses.replace(briefings[1], open_questions=())
    html = html_of(pages_of(briefings)["questions.md"])
    assert re.findall(r"<h2[^>]*>([^<]+)</h2>", html) == ["3 May 2024", "1 May 2024"]
    assert re.findall(r'<h3[^>]*><a href="([^"]+)">', html) == ["bridge.md", "harbour.md"]
    assert 'href="bridge.md#s-2"' in html and "Will the cost rise?" in html


def test_tag_pages(make_briefing: Callable[..., Briefing],
                   html_of: Callable[[str], str]) -> None:
    pages = pages_of(three(make_briefing))
    index = html_of(pages["tags/index.md"])
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a> · (\d+) briefing', index) == [
        ("../tags/northport.md", "Northport", "1"), ("../tags/transport.md", "transport", "2"),
        ("../tags/weather.md", "weather", "1")]
    transport = html_of(pages["tags/transport.md"])
    assert re.findall(r'<h3[^>]*><a href="([^"]+)">', transport) == ["../bridge.md",
                                                                     "../harbour.md"]
    assert 'href="../tags/northport.md"' in transport


def test_a_change_touches_only_its_page_and_the_listings_it_is_in(
        make_briefing: Callable[..., Briefing]) -> None:
    before = three(make_briefing)
    after = list(before)
    river = before[1]
    after[1] = dataclasses.replace(river, open_questions=river.open_questions[:1])
    old, new = pages_of(before), pages_of(after)
    changed = {k for k in old if old[k] != new[k]}
    assert changed == {"river.md", "questions.md", "briefings.json"}


def test_briefing_pages_do_not_grow_with_the_number_of_briefings(
        make_briefing: Callable[..., Briefing]) -> None:
    briefings = three(make_briefing)
    alone = pages_of(briefings[:1])
    together = pages_of(briefings)
    assert alone["bridge.md"] == together["bridge.md"]


def test_default_nav_lists_the_sections() -> None:
    assert default_nav() == [{"Home": "index.md"}, {"Sources": "sources.md"},
                             {"Open questions": "questions.md"}, {"Tags": "tags/index.md"}]
