"""pipeline: the process pool and the cache change nothing in the output."""

from __future__ import annotations

from pathlib import Path

from briefing.cache import AnalysisCache, fingerprint
from briefing.options import AnalysisOptions, IngestOptions
from briefing.pipeline import POOL_THRESHOLD, collect_briefings, generate
from briefing.render import SiteInfo, render_pages
from briefing.render.environment import make_environment
from briefing.settings import Settings

from support import write_articles


def pages(content: Path, jobs: int, cache: AnalysisCache) -> tuple[dict[str, str], list[str]]:
    briefings, problems, _ = collect_briefings(content, IngestOptions(), AnalysisOptions(),
                                               cache, jobs)
    return (render_pages(make_environment(), briefings, SiteInfo()),
            [p.line() for p in problems])


def test_pool_output_is_identical_to_single_process(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_articles(content, POOL_THRESHOLD + 6)
    single = pages(content, 1, AnalysisCache(None, "x"))
    pooled = pages(content, 2, AnalysisCache(None, "x"))
    assert single == pooled
    briefing_pages = [name for name in single[0] if name.startswith("flood-defences")]
    assert len(briefing_pages) == POOL_THRESHOLD + 6
    assert single[1] == [f"ERROR: {content / 'broken.txt'}: binary data (NUL bytes), not text"]


def test_cache_hits_give_identical_output_and_options_invalidate(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_articles(content, 5)
    fp = fingerprint(IngestOptions(), AnalysisOptions())
    cache = AnalysisCache(tmp_path / "cache", fp)
    first = pages(content, 1, cache)
    assert cache.hits == 0 and cache.misses == 6
    again = AnalysisCache(tmp_path / "cache", fp)
    assert pages(content, 1, again) == first
    assert again.hits == 6 and again.misses == 0
    (content / "story-001.txt").write_text("Changed\n\nThe council said nothing new.\n")
    changed = AnalysisCache(tmp_path / "cache", fp)
    pages(content, 1, changed)
    assert changed.misses == 1
    other = AnalysisCache(tmp_path / "cache", fingerprint(IngestOptions(),
                                                          AnalysisOptions(max_key_points=2)))
    pages(content, 1, other)
    assert other.hits == 0


def test_corrupt_cache_entry_is_a_miss(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_articles(content, 2)
    cache = AnalysisCache(tmp_path / "cache", "fp")
    first = pages(content, 1, cache)
    for entry in (tmp_path / "cache").rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    again = AnalysisCache(tmp_path / "cache", "fp")
    assert pages(content, 1, again) == first
    assert again.hits == 0


def test_rerun_is_byte_identical_and_rewrites_nothing(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_articles(content, 4)
    settings = Settings(project_dir=tmp_path, content_dir=content,
                        output_dir=tmp_path / "briefings", cache_dir=tmp_path / "cache")
    first = generate(settings)
    snapshot = {p: (p.read_bytes(), p.stat().st_mtime_ns)
                for p in settings.output_dir.rglob("*") if p.is_file()}
    second = generate(settings)
    assert second.written is not None and second.written.written == []
    assert second.stats.analysed == 0 and second.stats.cached == 5
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns)
            for p in settings.output_dir.rglob("*") if p.is_file()} == snapshot
    assert first.summary() == second.summary() == "4 briefings built, 1 file skipped"
