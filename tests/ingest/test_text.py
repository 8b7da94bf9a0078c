"""The .txt reader, on the seed article and on text written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.errors import IngestError
from briefing.ingest.text import read_text
from briefing.model import Article, BlockKind

from .checks import FIXTURES, SEED, assert_provenance, ingest, write

SEED_TITLE = ("Russia's soldiers on a crucial front are mainly retreating from Ukraine's "
              "advances, rather than staying to fight, UK intel says")


@pytest.fixture(scope="module")
def seed() -> Article:
    return ingest(SEED)


def test_seed_title_and_its_span(seed: Article) -> None:
    assert seed.meta.title == SEED_TITLE
    assert seed.title_span is not None
    assert seed.title_span.start == 0
    assert seed.source[seed.title_span.start:seed.title_span.end] == SEED_TITLE


def test_seed_repeated_title_is_dropped(seed: Article) -> None:
    assert seed.source.count(SEED_TITLE) == 2
    assert SEED_TITLE not in seed.text
    assert seed.blocks[0].kind is BlockKind.HIGHLIGHT


def test_seed_has_its_three_highlights(seed: Article) -> None:
    assert [h.text for h in seed.highlights] == [
        "Ukraine is making gains in the southern Kherson region, pushing back Russia.",
        "The UK Defense Ministry said Russian troops there were typically retreating, "
        "rather than fighting.",
        "Russia may be falling back to dig in at crucial, defensible locations, like the city "
        "of Kherson.",
    ]
    for h in seed.highlights:
        span = seed.span(h.start, h.end)
        assert "•" not in span.text and span.text == h.text
    assert all(seed.blocks[s.block].kind is not BlockKind.HIGHLIGHT for s in seed.sentences)


def test_seed_boilerplate_is_dropped_and_names_the_publisher(seed: Article) -> None:
    assert seed.meta.publisher == "Business Insider"
    assert "Read the original article" not in seed.text
    assert seed.blocks[-1].text.startswith("The result is that Russia no longer")


def test_seed_body(seed: Article) -> None:
    assert seed.format == "txt"
    assert seed.id == SEED.name
    assert seed.sentences[0].text == ("Russian troops are mostly retreating from a key region of "
                                      "Ukraine, rather than staying to fight, the UK Defense "
                                      "Ministry said Thursday.")
    assert sum(1 for b in seed.blocks if b.kind is BlockKind.PARAGRAPH) == 13
    assert seed.warnings == ()
    assert seed.meta.date is None and seed.meta.url is None
    assert_provenance(seed)


def test_header_is_metadata_not_text() -> None:
    article = ingest(FIXTURES / "header.txt")
    assert article.meta.title == "Library opening hours cut as council seeks savings"
    assert article.meta.author == "Priya Nandakumar"
    assert article.meta.date == dt.date(2026, 4, 8)
    assert article.meta.url == "https://news.example.org/2026/04/08/library-hours"
    assert article.meta.publisher == "Northfield Times"
    assert article.meta.tags == ("libraries", "budget")
    assert article.title_span is not None
    assert article.title_span.text == article.meta.title
    assert article.source[:article.title_span.start] == "Title: "
    # neither the header nor the repeated title line is body text
    assert "Title:" not in article.text and "Tags:" not in article.text
    assert not article.text.startswith("Library opening hours")
    assert article.text.startswith("Northfield's six public libraries")


def test_title_line_without_header_keys_is_an_ordinary_title(tmp_path: Path) -> None:
    article = ingest(write(tmp_path, "a.txt", "Title: a look back\nMore text here.\n"))
    assert article.meta.title == "a look back"
    article = ingest(write(tmp_path, "b.txt", "Titles of the year\n\nThe list is long.\n"))
    assert article.meta.title == "Titles of the year"


@pytest.mark.parametrize(("header", "field"), [
    ("Date: next Tuesday", "date"),
    ("Date: 2026-02-30", "date"),
])
def test_bad_header_field_is_an_error_naming_it(tmp_path: Path, header: str, field: str) -> None:
    path = write(tmp_path, "a.txt", f"Title: A title\n{header}\n\nBody text.\n")
    with pytest.raises(IngestError) as info:
        ingest(path)
    assert info.value.reason.startswith(f"header: {field}: ")
    assert "\n" not in info.value.reason


@pytest.mark.parametrize("url", ["ftp://example.org/a", "/relative/path", "javascript:alert(1)"])
def test_unsafe_header_url_is_left_out_with_a_warning(tmp_path: Path, url: str) -> None:
    article = ingest(write(tmp_path, "a.txt", f"Title: A title\nURL: {url}\n\nBody text.\n"))
    assert article.meta.url is None
    assert article.warnings == (f"header: url: {url!r} is not an http(s) URL; "
                                "the link is left out",)


def test_repeated_header_field_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Title: A\nDate: 2026-01-01\nDate: 2026-01-02\n\nBody.\n")
    with pytest.raises(IngestError, match="date is given twice"):
        ingest(path)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_give_the_same_article(newline: str) -> None:
    text = SEED.read_text(encoding="utf-8").replace("\n", newline)
    article = read_text("seed", "seed.txt", text)
    reference = read_text("seed", "seed.txt", SEED.read_text(encoding="utf-8"))
    assert article.text == reference.text
    assert [b.kind for b in article.blocks] == [b.kind for b in reference.blocks]
    assert len(article.sentences) == len(reference.sentences)
    assert_provenance(article)


def test_multi_line_paragraph_is_one_block_with_spaces() -> None:
    article = read_text("a", "a.txt", "Headline\n\nFirst line\nsecond line.\n\nNext.\n")
    assert [b.text for b in article.blocks] == ["First line second line.", "Next."]
    span = article.span(article.blocks[0].start, article.blocks[0].end)
    assert span.text == "First line\nsecond line."


def test_fallback_title_is_the_file_name(tmp_path: Path) -> None:
    article = read_text("x", "council_budget-vote.txt", "\n\n")
    assert article.meta.title == "council budget vote"
    assert article.blocks == ()
