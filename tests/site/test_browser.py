"""The reader's site in a real browser: listings, links to source sentences, search,
theme toggle, phone layout, print styles; with no console error, no CSP violation and
no request leaving the site on any page (see ``open_page`` in conftest.py).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

SEED_TITLE = "Russia's soldiers on a crucial front are mainly retreating"
PHONE = {"width": 375, "height": 740}


def briefings(built_site: Path) -> list[dict[str, Any]]:
    """The briefings as the site's own JSON export gives them: the oracle for the pages."""
    data: dict[str, Any] = json.loads((built_site / "briefings.json").read_text("utf-8"))
    return list(data["briefings"])


def headings(page: Any, level: str = "h2") -> list[str]:
    """The texts of the content's headings, without their permalink sign."""
    return list(page.locator(f".md-content {level}").evaluate_all(
        "hs => hs.map(h => h.firstChild.textContent.trim())"))


def seed_slug(built_site: Path) -> str:
    return next(b["slug"] for b in briefings(built_site) if b["title"].startswith(SEED_TITLE))


def test_home_lists_briefings_newest_first_grouped_by_date(open_page: Any, built_site: Path,
                                                            screenshot: Any) -> None:
    page = open_page()
    page.goto("./")
    cards = page.locator(".briefing-card")
    expected = briefings(built_site)
    assert cards.count() == len(expected) >= 3
    titles = cards.locator("h3 > a:not(.headerlink)").all_inner_texts()
    assert titles == [b["title"] for b in expected]
    dates = [dt.date.fromisoformat(b["date"]) for b in expected]
    assert dates == sorted(dates, reverse=True)
    groups = [f"{d.day} {d:%B} {d.year}" for d in dict.fromkeys(dates)]
    assert headings(page) == [*groups, "Archive"]
    assert {"5 March 2024", "2 March 2024", "1 March 2024"} <= set(groups)
    bridge = cards.filter(has_text="Harbour bridge")
    meta = bridge.locator(".briefing-card__meta").inner_text()
    assert "5 March 2024" in meta and "The Northport Gazette" in meta and "read" in meta
    assert bridge.locator(".briefing-card__point").inner_text() == \
        next(b for b in expected if b["title"].startswith("Harbour"))["key_points"][0]["text"]
    assert bridge.locator("a.briefing-tag").all_inner_texts() == ["transport", "Northport"]
    for i, b in enumerate(expected):
        saves = "saves" in cards.nth(i).locator(".briefing-card__meta").inner_text()
        assert saves == (b["readability"]["minutes_saved"] >= 1), b["slug"]
    screenshot(page, "home")


def test_click_through_to_the_seed_briefing(open_page: Any, built_site: Path,
                                            screenshot: Any) -> None:
    page = open_page()
    page.goto("./")
    page.get_by_role("link", name=SEED_TITLE).click()
    page.wait_for_url(f"**/{seed_slug(built_site)}/")
    assert page.locator("h1").inner_text().startswith(SEED_TITLE)
    assert headings(page) == [
        "Key points", "Sources", "Open questions", "Readability", "About the article",
        "Source text"]
    assert page.locator("dl.briefing-about").inner_text().startswith("Publisher")
    screenshot(page, "briefing-seed")


def test_key_point_link_lands_on_the_highlighted_source_sentence(open_page: Any,
                                                                 built_site: Path,
                                                                 screenshot: Any) -> None:
    page = open_page()
    page.goto(f"{seed_slug(built_site)}/")
    point = page.locator("#key-points + ol > li").first
    link = point.locator("a.briefing-ref")
    target_id = link.get_attribute("href").lstrip("#")
    unhighlighted = page.locator(f"[id='{target_id}']").evaluate(
        "e => getComputedStyle(e).backgroundColor")
    link.click()
    page.wait_for_function(f"location.hash === '#{target_id}'")
    target = page.locator(":target")
    assert target.get_attribute("id") == target_id
    assert "briefing-sentence" in target.get_attribute("class")
    # The sentence the key point quotes, in the "Source text" section of the same page.
    assert target.inner_text() in point.inner_text()
    assert target.evaluate("e => e.closest('.md-content') !== null")
    background = target.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background != unhighlighted
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]
    screenshot(page, "briefing-seed-key-point-target", full_page=False)


def test_open_question_and_source_links_point_at_sentences(open_page: Any,
                                                           built_site: Path) -> None:
    page = open_page()
    for b in briefings(built_site):
        page.goto(f"{b['slug']}/")
        refs = page.locator(".md-content a.briefing-ref")
        ids = set(page.locator(".briefing-sentence").evaluate_all("es => es.map(e => e.id)"))
        hrefs = refs.evaluate_all("as => as.map(a => a.getAttribute('href'))")
        assert len(hrefs) >= len(b["key_points"]) + len(b["open_questions"])
        assert all(h.lstrip("#") in ids for h in hrefs), (b["slug"], hrefs)


def test_search_finds_kherson(open_page: Any, screenshot: Any) -> None:
    page = open_page()
    page.goto("./")
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("Kherson", delay=20)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15_000)
    assert "Kherson" in page.locator(".md-search-result").inner_text()
    assert SEED_TITLE.split()[0] in page.locator(".md-search-result").inner_text()
    screenshot(page, "search-kherson", full_page=False)


def test_theme_toggle_switches_light_and_dark(open_page: Any, built_site: Path,
                                              screenshot: Any) -> None:
    page = open_page()
    page.goto(f"{seed_slug(built_site)}/")
    body = page.locator("body")
    assert body.get_attribute("data-md-color-scheme") == "default"
    page.locator("form[data-md-component='palette'] label:visible").click()
    page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
    screenshot(page, "briefing-seed-dark")
    page.reload()  # the choice is remembered
    assert body.get_attribute("data-md-color-scheme") == "slate"
    page.locator("form[data-md-component='palette'] label:visible").click()
    page.wait_for_function("document.body.dataset.mdColorScheme === 'default'")


def test_dark_system_preference_is_followed(open_page: Any) -> None:
    page = open_page(color_scheme="dark")
    page.goto("./")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"


@pytest.mark.parametrize("which", ["home", "seed", "bridge", "richest", "sources", "questions",
                                   "tags", "archive", "sources-m", "questions-month"])
def test_phone_width_has_no_horizontal_scroll(open_page: Any, built_site: Path,
                                              screenshot: Any, which: str) -> None:
    paths = {"home": "", "sources": "sources/", "questions": "questions/", "tags": "tags/",
             "archive": "archive/2024-03/", "sources-m": "sources/m/",
             "questions-month": "questions/2024-03/",
             "seed": f"{seed_slug(built_site)}/",
             "bridge": next(f"{b['slug']}/" for b in briefings(built_site)
                            if b["title"].startswith("Harbour")),
             "richest": max(briefings(built_site),
                            key=lambda b: len(b["sources"]) + len(b["open_questions"]))["slug"]
             + "/"}
    page = open_page(**PHONE)
    page.goto(paths[which])
    page.wait_for_load_state("load")
    widths = page.evaluate("[document.documentElement.scrollWidth, "
                           "document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"{which}: scrollWidth {widths[0]} > {widths[1]}"
    screenshot(page, f"phone-{which}")


def test_section_pages_list_sources_questions_and_tags(open_page: Any, built_site: Path,
                                                       screenshot: Any) -> None:
    data = briefings(built_site)
    page = open_page()
    page.goto("./")
    page.locator(".md-nav--primary").get_by_role("link", name="Sources").click()
    page.wait_for_url("**/sources/")
    screenshot(page, "sources")
    letters = page.locator(".md-content li > a").evaluate_all("as => as.map(a => a.href)")
    assert letters and all(re.search(r"/sources/([a-z]|other)/$", h) for h in letters)
    text = ""
    for href in letters:  # each letter's page, as a reader would follow the links
        page.goto(href)
        text += page.locator(".md-content").inner_text()
    for b in data:
        for source in b["sources"]:
            assert source["name"].casefold() in text.casefold()
    page.goto("sources/m/")
    screenshot(page, "sources-m")
    page.locator(".md-content").get_by_role("link", name="All letters").click()
    page.wait_for_url("**/sources/")
    page.locator(".md-nav--primary").get_by_role("link", name="Open questions").click()
    page.wait_for_url("**/questions/")
    text = page.locator(".md-content").inner_text()
    for b in data:
        for q in b["open_questions"]:
            assert q["question"] in text
    screenshot(page, "questions")
    page.locator(".md-nav--primary").get_by_role("link", name="Tags").click()
    page.wait_for_url("**/tags/")
    page.get_by_role("link", name="transport").click()
    page.wait_for_url("**/tags/transport/")
    assert page.locator(".briefing-card h3 > a:not(.headerlink)").all_inner_texts() == [
        b["title"] for b in data if "transport" in b["tags"]]
    screenshot(page, "tag-transport")


def test_home_links_every_month_of_the_archive(open_page: Any, built_site: Path,
                                               screenshot: Any) -> None:
    data = briefings(built_site)
    months = [b["date"][:7] for b in data]
    page = open_page()
    page.goto("./")
    archive = page.locator("#archive + ul > li")
    assert archive.count() == len(set(months))
    first = archive.first
    newest = months[0]
    assert f"{months.count(newest)} briefing" in first.inner_text()
    first.locator("a").click()
    page.wait_for_url(f"**/archive/{newest}/")
    titles = page.locator(".briefing-card h3 > a:not(.headerlink)").all_inner_texts()
    assert titles == [b["title"] for b in data if b["date"].startswith(newest)]
    screenshot(page, "archive-month")
    page.goto("questions/")
    page.locator("#by-month + ul > li a").first.click()
    page.wait_for_url("**/questions/20*/")
    text = page.locator(".md-content").inner_text()
    month = page.url.rstrip("/").rsplit("/", 1)[-1]
    for b in data:
        for q in b["open_questions"]:
            assert (q["question"] in text) == b["date"].startswith(month)


def test_navigation_lists_sections_not_briefings(open_page: Any, built_site: Path) -> None:
    page = open_page()
    page.goto(f"{seed_slug(built_site)}/")
    links = page.locator(".md-nav--primary > .md-nav__list > .md-nav__item").all_inner_texts()
    assert [x.strip() for x in links] == ["Home", "Sources", "Open questions", "Tags"]


def test_print_hides_chrome_and_reference_buttons(open_page: Any, built_site: Path) -> None:
    page = open_page()
    page.goto(f"{seed_slug(built_site)}/")
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible()
    assert not page.locator(".md-sidebar--primary").is_visible()
    assert not page.locator("a.briefing-ref").first.is_visible()
    assert page.locator("#source-text").is_visible()
    assert page.locator("dl.briefing-about").is_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


def test_the_policy_is_enforced_and_violations_are_caught(open_page: Any) -> None:
    """The watch in conftest.py sees violations, and the policy blocks what it should."""
    page = open_page()
    page.goto("./")
    blocked = page.evaluate("""() => {
        const s = document.createElement('script');
        s.textContent = 'window.__ran = true';
        document.body.appendChild(s);
        return window.__ran === undefined;
    }""")
    page.wait_for_timeout(200)
    lines = open_page.problems.lines
    assert blocked
    assert any("CSP violation: script-src" in line for line in lines), lines
    lines.clear()  # provoked on purpose
