"""The scale benchmark's corpus generator (``benchmarks/corpus.py``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.ingest import ingest_file
from briefing.options import IngestOptions

from support import load_benchmark

corpus = load_benchmark("corpus")
N = 12


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    corpus.write_corpus(folder, N, seed=7)
    return folder


def test_same_seed_gives_byte_identical_files(generated: Path, tmp_path: Path) -> None:
    corpus.write_corpus(tmp_path, N, seed=7)
    assert _files(tmp_path) == _files(generated)


def test_another_seed_gives_other_articles(generated: Path, tmp_path: Path) -> None:
    corpus.write_corpus(tmp_path, N, seed=8)
    assert set(_files(tmp_path).values()).isdisjoint(_files(generated).values())


def test_a_small_corpus_is_the_start_of_a_larger_one(generated: Path, tmp_path: Path) -> None:
    corpus.write_corpus(tmp_path, 5, seed=7)
    small = _files(tmp_path)
    assert len(small) == 5
    assert small == {k: v for k, v in _files(generated).items() if k in small}


def test_writes_the_three_formats_in_turn(generated: Path) -> None:
    suffixes = [p.suffix for p in sorted(generated.iterdir())]
    assert suffixes == [".txt", ".md", ".html"] * (N // 3)


def test_each_format_has_its_metadata(generated: Path) -> None:
    md = next(generated.glob("*.md")).read_text("utf-8")
    assert re.match(r"---\ntitle: .+\nurl: https://.+\npublisher: .+\nauthor: .+\n"
                    r"date: 2026-\d\d-\d\d\ntags: \[.+\]\n---\n", md)
    page = next(generated.glob("*.html")).read_text("utf-8")
    for marker in ('property="og:site_name"', 'rel="canonical"', 'name="author"',
                   'property="article:published_time" content="2026-', "<nav>", "<footer"):
        assert marker in page
    assert page.count("<p>") >= 8


def test_articles_are_about_800_words_in_8_to_15_paragraphs() -> None:
    articles = [corpus.make_article(7, i) for i in range(60)]
    words = sorted(a.words for a in articles)
    assert all(8 <= len(a.paragraphs) <= 15 for a in articles)
    assert words[0] >= 600 and words[-1] <= 1100
    assert 720 <= words[len(words) // 2] <= 880


def test_the_text_has_quotes_attributions_and_hedges() -> None:
    text = " ".join(p for i in range(30) for p in corpus.make_article(7, i).paragraphs)
    for cue in (" said", "According to ", "condition of anonymity", " may ", "reportedly",
                "It is unclear whether", "disputed", "“"):
        assert cue in text, cue


def test_every_article_ingests(generated: Path) -> None:
    for path in sorted(generated.iterdir()):
        article = ingest_file(path, generated, IngestOptions())
        expected = corpus.make_article(7, int(path.name.split("_")[0]))
        assert article.meta.title == expected.title, path.name
        assert 600 <= len(article.text.split()) <= 1100, path.name
        assert len(article.sentences) >= 25, path.name
