"""render_pages: the set of files, the pages across briefings (home and monthly archive,
sources by letter, open questions by month, tags), and which pages a briefing's change
can touch."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

import yaml

from briefing.model import Article, Briefing
from briefing.render import SiteInfo, render_pages
from briefing.render.environment import make_environment
from briefing.render.pages import LATEST, NAV, SOURCE_LATEST, TAG_LATEST, default_nav


def pages_of(briefings: list[Briefing], site: SiteInfo | None = None) -> dict[str, str]:
    return render_pages(make_environment(), briefings, site or SiteInfo())


def three(make_briefing: Callable[..., Briefing]) -> list[Briefing]:
    """Newest first, as the pipeline hands them over."""
    return [make_briefing("a.md", "bridge", title="Bridge reopens", date="2024-05-03",
                          tags="[transport, Northport]"),
            make_briefing("b.md", "river", title="River falls", date="2024-05-01",
                          tags="[weather]"),
            make_briefing("c.md", "harbour", title="Harbour plan", date="2024-05-01",
                          tags="[transport]")]


def dated(article: Article, briefing_of: Callable[..., Briefing], slug: str,
          date: dt.date | None, title: str) -> Briefing:
    """The full briefing of ``article`` under another slug, date and title."""
    meta = dataclasses.replace(article.meta, date=date, title=title)
    return briefing_of(dataclasses.replace(article, meta=meta), slug)


def many(article_file: Callable[..., Article], briefing_of: Callable[..., Briefing],
         n_may: int) -> list[Briefing]:
    """``n_may`` briefings of May 2024 (one a day back from the 31st, then the 1st), one of
    April and one undated; newest first."""
    article = article_file("base.md")
    out = [dated(article, briefing_of, f"may-{i:03d}", dt.date(2024, 5, max(1, 31 - i)),
                 f"May story {i:03d}") for i in range(n_may)]
    out.append(dated(article, briefing_of, "april", dt.date(2024, 4, 9), "April story"))
    out.append(dated(article, briefing_of, "undated", None, "Undated story"))
    return out


def links(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a href="([^"#]+)">([^<]+)</a>', html)


def test_the_files(make_briefing: Callable[..., Briefing]) -> None:
    assert sorted(pages_of(three(make_briefing))) == [
        "archive/2024-05.md", "bridge.md", "briefings.json", "feed.xml", "harbour.md",
        "index.md", "questions/2024-05.md", "questions/index.md", "river.md",
        "sources/index.md", "sources/l.md", "sources/o.md", "sources/t.md", "tags/index.md",
        "tags/northport.md", "tags/transport.md", "tags/weather.md"]


def test_an_empty_site_still_has_its_sections() -> None:
    pages = pages_of([])
    assert {path for _, path in NAV} <= set(pages)
    assert "No briefings yet" in pages["index.md"]
    assert "No attributed sources yet" in pages["sources/index.md"]
    assert "No open questions yet" in pages["questions/index.md"]
    assert "No tags yet" in pages["tags/index.md"]
    assert not any(p.startswith(("archive/", "sources/", "questions/")) and
                   not p.endswith("index.md") for p in pages)


def test_home_groups_by_date_newest_first(make_briefing: Callable[..., Briefing],
                                          html_of: Callable[[str], str]) -> None:
    html = html_of(pages_of(three(make_briefing))["index.md"])
    assert re.findall(r"<h2[^>]*>([^<]+)</h2>", html) == ["3 May 2024", "1 May 2024",
                                                          "Archive"]
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
    archive = html[html.index('id="archive"'):]
    assert re.findall(r'<li><a href="([^"]+)">([^<]+)</a> · (\d+) briefings?</li>',
                      archive) == [("archive/2024-05.md", "May 2024", "3")]
    assert "3 briefings, newest first." in html


def test_home_shows_the_latest_and_the_archive_every_briefing_by_month(
        article_file: Callable[..., Article], briefing_of: Callable[..., Briefing],
        html_of: Callable[[str], str]) -> None:
    briefings = many(article_file, briefing_of, LATEST + 3)
    pages = pages_of(briefings)
    home = html_of(pages["index.md"])
    cards = re.findall(r'<h3[^>]*><a href="([^"]+)">', home)
    assert cards == [f"{b.slug}.md" for b in briefings[:LATEST]]
    assert f"{LATEST + 5} briefings, newest first: the latest {LATEST} here" in home
    archive = home[home.index('id="archive"'):]
    assert re.findall(r'<li><a href="([^"]+)">([^<]+)</a> · (\d+) briefings?</li>',
                      archive) == [("archive/2024-05.md", "May 2024", str(LATEST + 3)),
                                   ("archive/2024-04.md", "April 2024", "1"),
                                   ("archive/undated.md", "Undated", "1")]
    may = html_of(pages["archive/2024-05.md"])
    assert re.findall(r"<h1[^>]*>([^<]+)</h1>", may) == ["May 2024"]
    assert re.findall(r'<h3[^>]*><a href="([^"]+)">', may) == [
        f"../{b.slug}.md" for b in briefings[:LATEST + 3]]
    assert re.findall(r"<h2[^>]*>([^<]+)</h2>", may)[:2] == ["31 May 2024", "30 May 2024"]
    assert 'href="../tags/harbour.md"' in may and 'href="../index.md#archive"' in may
    undated = html_of(pages["archive/undated.md"])
    assert re.findall(r"<h2[^>]*>([^<]+)</h2>", undated) == ["Undated"]
    assert re.findall(r'<h3[^>]*><a href="([^"]+)">', undated) == ["../undated.md"]


def test_sources_index_links_one_page_per_letter(make_briefing: Callable[..., Briefing],
                                                 html_of: Callable[[str], str]) -> None:
    pages = pages_of(three(make_briefing))
    index = html_of(pages["sources/index.md"])
    assert re.findall(r'<li><a href="([^"]+)">([^<]+)</a> · (\d+) sources?</li>', index) == [
        ("../sources/l.md", "L", "1"), ("../sources/o.md", "O", "1"),
        ("../sources/t.md", "T", "1")]
    lpage = html_of(pages["sources/l.md"])
    assert re.findall(r"<h2[^>]*>([^<]+)</h2>", lpage) == ["On record"]
    assert re.findall(r"<h3[^>]*>([^<]+)</h3>", lpage) == ["Lena Ortiz"]
    assert "person · on record · 3 briefings" in lpage
    assert re.findall(r'<a href="\.\./([a-z]+\.md)">', lpage) == ["bridge.md", "river.md",
                                                                 "harbour.md"]
    assert lpage.count("“We will start in June”") == 3
    assert 'href="../bridge.md#s-1"' in lpage and 'href="index.md"' in lpage
    opage = html_of(pages["sources/o.md"])
    assert re.findall(r"<h2[^>]*>([^<]+)</h2>", opage) == ["Anonymous sources"]
    assert re.findall(r"<h3[^>]*>([^<]+)</h3>", opage) == ["Officials"]
    assert "official · anonymous · 3 briefings" in opage
    assert re.findall(r"<h3[^>]*>([^<]+)</h3>", html_of(pages["sources/t.md"])) == ["The mayor"]


def test_long_listings_go_on_over_pages(article_file: Callable[..., Article],
                                        briefing_of: Callable[..., Briefing],
                                        html_of: Callable[[str], str]) -> None:
    briefings = many(article_file, briefing_of, 3)  # May 2024 x 3, April, undated
    pages = pages_of(briefings, SiteInfo(page_size=1))  # one briefing a page
    may = [b.slug for b in briefings[:3]]
    names = ("2024-05", "2024-05-2", "2024-05-3")
    assert [p for p in pages if p.startswith("archive/2024-05")] == [
        f"archive/{n}.md" for n in names]
    shown = []
    for number, name in enumerate(names, 1):
        html = html_of(pages[f"archive/{name}.md"])
        assert re.findall(r"<h1[^>]*>([^<]+)</h1>", html) == [f"May 2024, page {number} of 3"]
        assert "Newest first." in html and "3 briefings" not in html  # no total on a page
        shown += re.findall(r'<h3[^>]*><a href="\.\./([a-z0-9-]+)\.md">', html)
        pager = [a for a in links(html) if a[1].isdigit()]
        others = [(f"{s}.md", str(k)) for k, s in enumerate(names, 1) if k != number]
        assert pager == others + others  # above and below the list
    assert shown == may  # each once, newest first
    assert "archive/2024-04-2.md" not in pages
    assert "Pages:" not in pages["archive/2024-04.md"]
    assert [p for p in pages if p.startswith("questions/2024-05")] == [
        f"questions/{n}.md" for n in names]
    assert "May 2024, page 3 of 3" in html_of(pages["questions/2024-05-3.md"])


def test_a_listing_of_page_size_or_fewer_is_one_page(
        article_file: Callable[..., Article], briefing_of: Callable[..., Briefing]) -> None:
    pages = pages_of(many(article_file, briefing_of, 5), SiteInfo(page_size=5))
    assert [p for p in pages if p.startswith("archive/2024-05")] == ["archive/2024-05.md"]


def test_a_letter_of_many_sources_goes_on_over_pages(
        make_briefing: Callable[..., Briefing], html_of: Callable[[str], str]) -> None:
    b = make_briefing("a.md", "bridge")
    ortiz, mayor, officials = b.sources
    b = dataclasses.replace(b, sources=(
        ortiz, dataclasses.replace(mayor, name="Lars Lund"),
        dataclasses.replace(officials, name="local officials")))
    pages = pages_of([b], SiteInfo(page_size=1))
    first, second, third = (html_of(pages[f"sources/{n}.md"]) for n in ("l", "l-2", "l-3"))
    assert re.findall(r"<h2[^>]*>([^<]+)</h2>", first) == ["On record"]
    assert re.findall(r"<h3[^>]*>([^<]+)</h3>", first + second) == ["Lars Lund", "Lena Ortiz"]
    assert re.findall(r"<h2[^>]*>([^<]+)</h2>", third) == ["Anonymous sources"]
    assert re.findall(r"<h3[^>]*>([^<]+)</h3>", third) == ["Local officials"]
    assert all("A to Z, with" in page and "3 sources" not in page
               for page in (first, second, third))
    assert ("l-2.md", "2") in links(first) and ("l.md", "1") in links(third)
    index = html_of(pages["sources/index.md"])
    assert ("../sources/l.md", "L") in links(index)


def test_a_change_in_a_long_listing_touches_only_the_page_it_is_on(
        article_file: Callable[..., Article], briefing_of: Callable[..., Briefing]) -> None:
    before = many(article_file, briefing_of, 5)
    after = list(before)
    last = before[4]  # the oldest of May: on the third page
    after[4] = dataclasses.replace(last, key_points=last.key_points[1:])
    site = SiteInfo(page_size=2)
    old, new = pages_of(before, site), pages_of(after, site)
    changed = {k for k in old if old[k] != new[k]}
    holding = {k for k in old if k.startswith("archive/2024-05") and last.slug in old[k]}
    assert len(holding) == 1 and holding <= changed
    assert not changed & (set(old) - holding - {
        "index.md", "briefings.json", "feed.xml", last.slug + ".md"}) - {
        k for k in old if k.startswith(("questions/", "sources/", "tags/"))}


def test_an_added_briefing_rewrites_only_its_own_page_of_a_long_listing(
        article_file: Callable[..., Article], briefing_of: Callable[..., Briefing]) -> None:
    before = many(article_file, briefing_of, 24)  # May 31 back to May 8, then 2 more
    extra = dated(article_file("base.md"), briefing_of, "added", dt.date(2024, 5, 19),
                  "Added story")
    after = sorted([*before, extra], key=lambda b: (b.meta.date is None, -(
        b.meta.date or dt.date.min).toordinal()))
    site = SiteInfo(page_size=4)
    old, new = pages_of(before, site), pages_of(after, site)
    archive = sorted(k for k in new if k.startswith("archive/2024-05"))
    assert len(archive) == len([k for k in old if k.startswith("archive/2024-05")]) > 3
    changed = [k for k in archive if old.get(k) != new[k]]
    assert len(changed) <= 2 and any("added.md" in new[k] for k in changed)


def test_names_outside_a_to_z_share_one_sources_page(
        make_briefing: Callable[..., Briefing], html_of: Callable[[str], str]) -> None:
    b = make_briefing("a.md", "bridge")
    ortiz, mayor, officials = b.sources
    b = dataclasses.replace(b, sources=(dataclasses.replace(ortiz, name="Élise Ortiz"),
                                        dataclasses.replace(mayor, name="3M"), officials))
    pages = pages_of([b])
    index = html_of(pages["sources/index.md"])
    assert links(index) == [("../sources/e.md", "E"), ("../sources/o.md", "O"),
                            ("../sources/other.md", "Other")]
    assert re.findall(r"<h1[^>]*>([^<]+)</h1>", html_of(pages["sources/other.md"])) == [
        "Sources: Other"]
    assert ">3M</h3>" in html_of(pages["sources/other.md"])
    assert ">Élise Ortiz</h3>" in html_of(pages["sources/e.md"])


def test_questions_page_newest_first_with_links_to_sentences(
        make_briefing: Callable[..., Briefing], html_of: Callable[[str], str]) -> None:
    briefings = three(make_briefing)
    briefings[1] = dataclasses.replace(briefings[1], open_questions=())
    pages = pages_of(briefings)
    html = html_of(pages["questions/index.md"])
    assert re.findall(r"<h2[^>]*>([^<]+)</h2>", html) == ["3 May 2024", "1 May 2024",
                                                          "By month"]
    assert re.findall(r'<h3[^>]*><a href="([^"]+)">', html) == ["../bridge.md",
                                                                "../harbour.md"]
    assert 'href="../bridge.md#s-2"' in html and "Will the cost rise?" in html
    assert re.findall(r'<li><a href="([^"]+)">([^<]+)</a> · (\d+) briefings?</li>', html) == [
        ("../questions/2024-05.md", "May 2024", "2")]
    month = html_of(pages["questions/2024-05.md"])
    assert "4 questions from 2 briefings, newest first" in month
    assert re.findall(r'<h3[^>]*><a href="([^"]+)">', month) == ["../bridge.md",
                                                                 "../harbour.md"]
    assert 'href="../harbour.md#s-3"' in month and 'href="index.md#by-month"' in month


def test_questions_page_shows_the_latest_and_one_page_per_month(
        article_file: Callable[..., Article], briefing_of: Callable[..., Briefing],
        html_of: Callable[[str], str]) -> None:
    briefings = many(article_file, briefing_of, LATEST + 3)
    pages = pages_of(briefings)
    index = html_of(pages["questions/index.md"])
    assert re.findall(r'<h3[^>]*><a href="([^"]+)">', index) == [
        f"../{b.slug}.md" for b in briefings[:LATEST]]
    assert f"those of the latest {LATEST} briefings here" in index
    assert [link for link, _ in links(index[index.index('id="by-month"'):])] == [
        "../questions/2024-05.md", "../questions/2024-04.md", "../questions/undated.md"]
    assert re.findall(r'<h3[^>]*><a href="([^"]+)">', html_of(pages["questions/undated.md"])
                      ) == ["../undated.md"]


def test_tag_pages(make_briefing: Callable[..., Briefing],
                   html_of: Callable[[str], str]) -> None:
    pages = pages_of(three(make_briefing))
    index = html_of(pages["tags/index.md"])
    assert re.findall(r'<li><a href="([^"]+)">([^<]+)</a> · (\d+) briefings?</li>', index) == [
        ("../tags/northport.md", "Northport", "1"), ("../tags/transport.md", "transport", "2"),
        ("../tags/weather.md", "weather", "1")]
    transport = html_of(pages["tags/transport.md"])
    assert re.findall(r'<h3[^>]*><a href="([^"]+)">', transport) == ["../bridge.md",
                                                                     "../harbour.md"]
    assert 'href="../tags/northport.md"' in transport
    assert "archive" not in transport  # all of its briefings are on the page


def test_a_tag_page_shows_its_newest_and_points_to_the_archive(
        article_file: Callable[..., Article], briefing_of: Callable[..., Briefing],
        html_of: Callable[[str], str]) -> None:
    briefings = many(article_file, briefing_of, TAG_LATEST)
    html = html_of(pages_of(briefings)["tags/harbour.md"])
    assert re.findall(r'<h3[^>]*><a href="([^"]+)">', html) == [
        f"../{b.slug}.md" for b in briefings[:TAG_LATEST]]
    assert f"{TAG_LATEST + 2} briefings, newest first: the latest {TAG_LATEST} here" in html
    assert 'href="../index.md#archive"' in html


def changed_pages(before: list[Briefing], after: list[Briefing]) -> set[str]:
    old, new = pages_of(before), pages_of(after)
    assert old.keys() == new.keys()
    return {k for k in old if old[k] != new[k]}


def test_a_change_touches_only_its_page_and_the_listings_it_is_in(
        make_briefing: Callable[..., Briefing]) -> None:
    before = three(make_briefing)
    after = list(before)
    river = before[1]
    after[1] = dataclasses.replace(river, open_questions=river.open_questions[:1])
    assert changed_pages(before, after) == {"river.md", "questions/index.md",
                                            "questions/2024-05.md", "briefings.json"}
    after[1] = dataclasses.replace(river, key_points=river.key_points[1:])
    assert changed_pages(before, after) == {"river.md", "index.md", "archive/2024-05.md",
                                            "tags/weather.md", "feed.xml", "briefings.json"}
    also = dataclasses.replace(river.sources[1], aliases=("the city's mayor",))
    after[1] = dataclasses.replace(river, sources=(river.sources[0], also, river.sources[2]))
    assert changed_pages(before, after) == {"river.md", "briefings.json"}


def test_an_old_briefing_changes_no_page_of_the_latest(
        article_file: Callable[..., Article], briefing_of: Callable[..., Briefing]) -> None:
    before = many(article_file, briefing_of, LATEST + 3)
    after = list(before)
    april = before[-2]
    after[-2] = dataclasses.replace(april, open_questions=april.open_questions[:1],
                                    key_points=april.key_points[1:])
    assert changed_pages(before, after) == {"april.md", "archive/2024-04.md",
                                            "questions/2024-04.md", "tags/harbour.md",
                                            "tags/planning.md", "feed.xml", "briefings.json"}
    lena = april.sources[0]
    after[-2] = dataclasses.replace(april, sources=(
        dataclasses.replace(lena, attributions=()), *april.sources[1:]))
    letter = pages_of(before)["sources/l.md"]
    assert f"… and {len(before) - SOURCE_LATEST} earlier briefings" in letter
    # Lena speaks in every briefing: her entry shows the SOURCE_LATEST newest, so an old
    # briefing's change to her claims leaves her letter page alone...
    assert changed_pages(before, after) == {"april.md", "briefings.json"}
    # ...and a new one's rewrites it
    newest = before[0]
    after = list(before)
    after[0] = dataclasses.replace(newest, sources=(
        dataclasses.replace(newest.sources[0], attributions=()), *newest.sources[1:]))
    assert "sources/l.md" in changed_pages(before, after)


def test_briefing_pages_do_not_grow_with_the_number_of_briefings(
        make_briefing: Callable[..., Briefing]) -> None:
    briefings = three(make_briefing)
    alone = pages_of(briefings[:1])
    together = pages_of(briefings)
    assert alone["bridge.md"] == together["bridge.md"]


def test_default_nav_lists_the_sections() -> None:
    assert default_nav() == [{"Home": "index.md"}, {"Sources": "sources/index.md"},
                             {"Open questions": "questions/index.md"},
                             {"Tags": "tags/index.md"}]


def test_only_the_section_pages_and_briefings_are_searched(
        make_briefing: Callable[..., Briefing]) -> None:
    """The monthly, per-letter and tag pages repeat what the briefings' pages say; search
    finds it there once, and the search index does not grow with every listing."""
    pages = pages_of(three(make_briefing))

    def excluded(path: str) -> bool:
        match = re.match(r"\A---\n(.*?)\n---\n", pages[path], re.S)
        meta = yaml.safe_load(match.group(1)) if match else None
        return bool((meta or {}).get("search", {}).get("exclude"))

    assert [p for p in sorted(pages) if p.endswith(".md") and excluded(p)] == [
        "archive/2024-05.md", "questions/2024-05.md", "sources/l.md", "sources/o.md",
        "sources/t.md", "tags/northport.md", "tags/transport.md", "tags/weather.md"]
