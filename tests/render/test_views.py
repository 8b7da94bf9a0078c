"""views: labels, page paths, anchors and groupings that templates rely on."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

import pytest

from briefing.errors import RenderError
from briefing.model import (
    Article,
    Attribution,
    Briefing,
    KeyPoint,
    KeyPointOrigin,
    Readability,
    ReadabilityScores,
    Source,
    SourceKind,
)
from briefing.render import SiteInfo, render_briefing, views
from briefing.render.environment import make_environment


def test_date_and_minutes_labels() -> None:
    assert views.date_label(dt.date(2024, 3, 5)) == "5 March 2024"
    assert views.date_label(None) == "Undated"
    assert views.minutes_label(0.2) == "under 1 min"
    assert views.minutes_label(0.99) == "under 1 min"
    assert views.minutes_label(1.0) == "1 min"
    assert views.minutes_label(1.4) == "1 min"
    assert views.minutes_label(2.5) == "3 min"


def test_minutes_label_never_says_zero() -> None:
    for tenths in range(0, 50):
        assert views.minutes_label(tenths / 10) != "0 min"


def test_tag_slugs() -> None:
    assert views.tag_slug("Northport") == "northport"
    assert views.tag_slug("C++") == "c"
    assert views.tag_slug("Index") == "index-tag"  # tags/index.md lists the tags
    emoji = views.tag_slug("🌊")
    assert emoji.startswith("tag-") and emoji == views.tag_slug("🌊")
    assert views.tag_page("Northport") == "tags/northport.md"
    assert views.tag_page("Northport", "../") == "../tags/northport.md"


def test_page_names_are_checked() -> None:
    assert views.page_name("harbour-plan-2") == "harbour-plan-2"
    for bad in ("../etc", "a b", "x.md", "", "-x", "A"):
        with pytest.raises(RenderError):
            views.page_name(bad)
    with pytest.raises(RenderError):
        views.tag_page("x", "../../")


def test_key_point_anchors(briefing: Briefing) -> None:
    highlight, ranked, _ = briefing.key_points
    assert views.key_point_anchor(briefing, highlight) == "h-0"
    assert views.key_point_anchor(briefing, ranked) == "s-1"
    # A highlight that is not in the article falls back to its sentence, then to the section.
    elsewhere = dataclasses.replace(highlight, span=ranked.span)
    assert views.key_point_anchor(briefing, elsewhere) == "s-0"
    lost = KeyPoint(span=ranked.span, origin=KeyPointOrigin.RANKED, sentence=None)
    assert views.key_point_anchor(briefing, lost) == "source-text"
    assert views.sentence_anchor(briefing, 99) == "source-text"


def test_source_blocks_mark_list_and_quote_boundaries(briefing: Briefing) -> None:
    blocks = views.source_blocks(briefing)
    assert [(b.kind, b.first_of_kind, b.last_of_kind) for b in blocks] == [
        ("highlight", True, True), ("paragraph", True, False), ("paragraph", False, True),
        ("quote", True, True), ("list_item", True, False), ("list_item", False, True),
        ("heading", True, True), ("paragraph", True, True)]
    anchors = [p.anchor for b in blocks for p in b.pieces]
    assert anchors == ["h-0", "s-0", "s-1", "s-2", "s-3", "s-4", "s-5", "s-6"]
    assert [p.anchor for b in blocks for p in b.pieces if p.key] == ["h-0", "s-1", "s-6"]


def test_source_rows_split_claims_from_quotes(briefing: Briefing) -> None:
    rows = views.source_rows(briefing)
    assert [r.source.name for r in rows] == ["Lena Ortiz", "the mayor", "Officials"]
    assert [len(r.claims) for r in rows] == [0, 1, 1]
    assert [len(r.quotes) for r in rows] == [1, 0, 0]


def test_source_index_merges_names_case_insensitively_but_not_anonymous_ones(
        make_briefing: Callable[..., Briefing]) -> None:
    a = make_briefing("a.md", "a", date="2024-05-02")
    b = make_briefing("b.md", "b", date="2024-05-01")
    mayor = a.sources[1]
    b = dataclasses.replace(b, sources=(
        dataclasses.replace(mayor, name="The Mayor", kind=SourceKind.GOVERNMENT),
        Source(name="the mayor", kind=SourceKind.ANONYMOUS, anonymous=True,
               attributions=mayor.attributions)))
    entries = views.source_index([a, b])
    named = [e for e in entries if not e.anonymous]
    assert [e.name for e in named] == ["Lena Ortiz", "The Mayor"]
    assert [m.briefing.slug for m in named[1].mentions] == ["a", "b"]  # listing order
    assert named[1].kinds == (SourceKind.GOVERNMENT, SourceKind.OFFICIAL)
    assert [e.name for e in entries if e.anonymous] == ["Officials", "the mayor"]
    groups = views.letters(entries)
    assert [(g.letter, g.slug, g.label) for g in groups] == [("L", "l", "L"), ("O", "o", "O"),
                                                           ("T", "t", "T")]
    assert [[e.name for e in g.named] for g in groups] == [["Lena Ortiz"], [], ["The Mayor"]]
    assert [[e.name for e in g.anonymous] for g in groups] == [[], ["Officials"], ["the mayor"]]
    assert [g.count for g in groups] == [1, 1, 2]


def test_source_letters_fold_accents_and_put_the_rest_in_one_bucket() -> None:
    assert [views.source_letter(n) for n in ("Lena", "lena", "Élise", "Øster", "3M", "“Q”",
                                             "Ωmega", "")] == ["L", "L", "E", "#", "#", "#",
                                                               "#", "#"]
    assert views.letter_slug("E") == "e" and views.letter_slug("#") == "other"


def test_paged_cuts_a_listing_in_order_and_names_its_pages() -> None:
    pages = views.paged("undated", list(range(3)), 1)
    assert [p.stem for p, _ in pages] == ["undated", "undated-2", "undated-3"]
    assert [items for _, items in pages] == [(0,), (1,), (2,)]
    assert [(p.number, p.count, p.label) for p, _ in pages] == [
        (1, 3, "page 1 of 3"), (2, 3, "page 2 of 3"), (3, 3, "page 3 of 3")]
    assert all(p.stems == pages[0][0].stems for p, _ in pages)
    [(one, items)] = views.paged("2024-05", ["x"], 100)
    assert (one.stem, one.count, one.label, items) == ("2024-05", 1, "", ("x",))
    [(_, items)] = views.paged("2024-05", [str(i) for i in range(100)], 100)
    assert len(items) == 100
    [(empty, nothing)] = views.paged("a", [], 3)
    assert (empty.stem, nothing) == ("a", ())
    with pytest.raises(ValueError):
        views.paged("a", [1], 0)
    with pytest.raises(RenderError):
        views.paged("../a", [1], 1)


def test_paged_cuts_where_the_items_say_so_an_insertion_changes_its_own_page() -> None:
    keys = [f"article-{i:04d}" for i in range(0, 4000, 2)]
    pages = views.paged("undated", keys, 50)
    sizes = [len(items) for _, items in pages]
    assert [k for _, items in pages for k in items] == keys
    assert min(sizes[:-1]) >= 25 and max(sizes) <= 100 and 35 <= sum(sizes) / len(sizes) <= 65
    moved = 0
    for new in ("article-0101", "article-1001", "article-2501", "article-3333"):
        after = views.paged("undated", sorted([*keys, new]), 50)
        old_pages = {items for _, items in pages}
        changed = [items for _, items in after if items not in old_pages]
        if len(after) == len(pages):  # (by count, every page after the new item changes)
            assert len(changed) <= 2 and any(new in items for items in changed)
        moved += len(after) != len(pages)
    assert moved <= 1
    counted = [items for _, items in views.paged("x", keys, 50)]
    assert counted == [items for _, items in pages]  # the same on every run


def test_counted_and_section_pages() -> None:
    assert views.counted(1, "briefing") == "1 briefing"
    assert views.counted(0, "briefing") == "0 briefings"
    assert views.counted(12, "source") == "12 sources"
    assert views.counted(2, "*x*") == "2 &#42;x&#42;s"  # the noun is escaped all the same
    assert views.section_page("archive", "2024-05") == "archive/2024-05.md"
    assert views.section_page("sources", "other", "../") == "../sources/other.md"
    with pytest.raises(RenderError):
        views.section_page("elsewhere", "a")
    with pytest.raises(RenderError):
        views.section_page("archive", "../index")


def test_by_month_newest_month_first_and_undated_last(
        make_briefing: Callable[..., Briefing]) -> None:
    a = make_briefing("a.md", "a", date="2024-05-02")
    b = make_briefing("b.md", "b", date="2023-12-31")
    c = make_briefing("c.md", "c", date="2024-05-01")
    d = make_briefing("d.md", "d", date="2024-01-15")
    undated = make_briefing("e.md", "e", date="")
    assert undated.meta.date is None
    months = views.by_month([undated, a, b, c, d])
    assert [(m.key, m.slug, m.label, [x.slug for x in m.briefings]) for m in months] == [
        ("2024-05", "2024-05", "May 2024", ["a", "c"]),
        ("2024-01", "2024-01", "January 2024", ["d"]),
        ("2023-12", "2023-12", "December 2023", ["b"]),
        ("undated", "undated", "Undated", ["e"])]
    assert months[0].question_count == 4
    assert views.month_key(dt.date(2024, 3, 9)) == "2024-03" and views.month_key(None) == \
        "undated"


def test_by_date_keeps_the_order_and_groups_runs(make_briefing: Callable[..., Briefing]
                                                 ) -> None:
    a = make_briefing("a.md", "a", date="2024-05-02")
    b = make_briefing("b.md", "b", date="2024-05-02")
    c = make_briefing("c.md", "c", date="2024-04-30")
    groups = views.by_date([a, b, c])
    assert [(g.date, [x.slug for x in g.briefings]) for g in groups] == [
        (dt.date(2024, 5, 2), ["a", "b"]), (dt.date(2024, 4, 30), ["c"])]


def test_tag_groups_share_a_page_per_slug(make_briefing: Callable[..., Briefing]) -> None:
    a = make_briefing("a.md", "a", tags='["C++", "harbour"]')
    b = make_briefing("b.md", "b", tags='["c", "Harbour"]')
    groups = views.tag_groups([a, b])
    assert [(g.slug, g.name, [x.slug for x in g.briefings]) for g in groups] == [
        ("c", "c", ["a", "b"]), ("harbour", "Harbour", ["a", "b"])]


def test_description_falls_back_to_the_first_sentence(briefing: Briefing) -> None:
    assert views.description(briefing) == briefing.key_points[0].span.plain
    bare = dataclasses.replace(briefing, key_points=())
    assert views.description(bare) == briefing.article.sentences[0].text


# ------------------------------------------------- who an opening pronoun of a key point is

_FERRY = """\
---
title: Ferries to run twice as often
date: 2024-05-02
---

Councillor Amara Osei chairs the transport committee. She said the ferries would run every \
20 minutes from June. He said Osei had the numbers wrong. Talks on the fares went on late.
They said the fares would rise.
"""


_SCORES = ReadabilityScores(words=30, sentences=4, flesch_reading_ease=60.0, grade_level=8.0,
                            reading_time_minutes=0.2)


def _pronoun_briefing(article_file: Callable[..., Article], name: str, kind: SourceKind,
                      sentence: int) -> tuple[Briefing, KeyPoint]:
    """A briefing whose key point is ``sentence``, said by the pronoun opening it, which
    the sources resolved to ``name`` of ``kind``."""
    article = article_file("ferry.md", text=_FERRY)
    s = article.sentences[sentence]
    point = KeyPoint(span=article.span(s.start, s.end), origin=KeyPointOrigin.RANKED,
                     sentence=sentence, score=1.0)
    opening = s.text.split()[0]
    attribution = Attribution(source=article.span(s.start, s.start + len(opening)),
                              cue=article.span(s.start + len(opening) + 1,
                                               s.start + len(opening) + 5),
                              content=article.span(s.start + len(opening) + 6, s.end - 1),
                              quote=False, sentence=sentence)
    source = Source(name=name, kind=kind, anonymous=False, attributions=(attribution,))
    briefing = Briefing(slug="ferry", articles=(article,), key_points=(point,),
                        sources=(source,), open_questions=(),
                        readability=Readability(source=_SCORES, briefing=_SCORES))
    return briefing, point


def test_an_opening_pronoun_shows_whom_the_sources_resolved_it_to(
        article_file: Callable[..., Article], html_of: Callable[[str], str]) -> None:
    briefing, point = _pronoun_briefing(article_file, "Amara Osei", SourceKind.OFFICIAL, 1)
    assert views.key_point_speaker(briefing, point) == views.Speaker(
        "She", "Amara Osei", "said the ferries would run every 20 minutes from June.")
    page = render_briefing(make_environment(), briefing, SiteInfo())
    key_points = html_of(page).split('id="sources"')[0]
    assert re.search(r'She <span class="briefing-speaker"[^>]*>&#91;Amara Osei&#93;</span> said '
                     r"the ferries", key_points), key_points


@pytest.mark.parametrize(("name", "kind", "sentence"), [
    ("Amara Osei", SourceKind.ORGANIZATION, 1),  # "she" is no organisation
    ("she", SourceKind.PERSON, 1),  # never resolved
    ("Osei", SourceKind.PERSON, 2),  # "He said Osei ...": he is not Osei
    ("Talks", SourceKind.ORGANIZATION, 4),  # "They": "Talks" only ever opens a sentence
])
def test_no_name_is_shown_when_it_cannot_be_whom_the_pronoun_means(
        article_file: Callable[..., Article], name: str, kind: SourceKind,
        sentence: int) -> None:
    briefing, point = _pronoun_briefing(article_file, name, kind, sentence)
    assert views.key_point_speaker(briefing, point) is None


def test_a_hostile_resolved_name_stays_text(article_file: Callable[..., Article],
                                            html_of: Callable[[str], str]) -> None:
    briefing, _ = _pronoun_briefing(article_file, "Amara <img src=x onerror=alert(1)> Osei",
                                    SourceKind.PERSON, 1)
    html = html_of(render_briefing(make_environment(), briefing, SiteInfo()))
    assert "<img" not in html
    assert re.search(r'briefing-speaker[^>]*>&#91;Amara &lt;img src&#61;x', html), html
