"""pipeline: the process pool, the caches and the streaming of pages change nothing in the
output, which equals ``render_pages`` of the same briefings held in memory."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
import tempfile
import zlib
from pathlib import Path

from briefing.analysis import analyze
from briefing.ingest import ingest_file
from briefing.model import Briefing
from briefing.options import AnalysisOptions, IngestOptions
from briefing.pipeline import POOL_THRESHOLD, generate, sort_briefings, with_slugs
from briefing.render import SiteInfo, render_briefing, render_pages
from briefing.render.environment import make_environment
from briefing.settings import Settings

from support import write_articles


def settings_for(root: Path, content: Path, *, jobs: int = 1, cache: bool = True,
                 analysis: AnalysisOptions | None = None) -> Settings:
    return Settings(project_dir=root, content_dir=content, output_dir=root / "briefings",
                    cache_dir=root / "cache" if cache else None, jobs=jobs,
                    analysis=analysis or AnalysisOptions())


def output_of(settings: Settings) -> dict[str, bytes]:
    out = settings.output_dir
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file() and p.name != ".briefing-manifest.json"}


def in_memory(content: Path) -> dict[str, bytes]:
    """The same site made the simple way: every briefing analysed and held at once."""
    briefings = []
    for path in sorted(content.iterdir()):
        if path.name != "broken.txt":
            briefings.append(analyze(ingest_file(path, content, IngestOptions()),
                                     AnalysisOptions(), slug=""))
    pages = render_pages(make_environment(), sort_briefings(with_slugs(briefings)), SiteInfo())
    return {name: text.encode("utf-8") for name, text in pages.items()}


def test_pool_output_is_identical_to_single_process_and_to_in_memory(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_articles(content, POOL_THRESHOLD + 6)
    single = settings_for(tmp_path / "one", content, jobs=1)
    pooled = settings_for(tmp_path / "two", content, jobs=2)
    r1, r2 = generate(single), generate(pooled)
    assert r2.stats.analysed == POOL_THRESHOLD + 7  # went through the pool
    assert output_of(single) == output_of(pooled) == in_memory(content)
    briefing_pages = [name for name in output_of(single) if name.startswith("flood-defences")]
    assert len(briefing_pages) == POOL_THRESHOLD + 6
    lines = [f"ERROR: {content / 'broken.txt'}: binary data (NUL bytes), not text"]
    assert [p.line() for p in r1.problems] == [p.line() for p in r2.problems] == lines


def test_cache_hits_give_identical_output_and_options_invalidate(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_articles(content, 5)
    settings = settings_for(tmp_path, content)
    first = generate(settings)
    assert (first.stats.analysed, first.stats.cached) == (6, 0)  # the broken file counts
    output = output_of(settings)
    again = generate(settings)
    assert (again.stats.analysed, again.stats.cached, again.stats.rendered) == (0, 6, 0)
    assert output_of(settings) == output
    (content / "story-001.txt").write_text("Changed\n\nThe council said nothing new.\n")
    changed = generate(settings)
    assert (changed.stats.analysed, changed.stats.cached) == (1, 5)
    other = generate(settings_for(tmp_path, content, analysis=AnalysisOptions(max_key_points=2)))
    assert other.stats.cached == 0


def test_corrupt_or_missing_cache_entries_are_misses(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_articles(content, 3)
    settings = settings_for(tmp_path, content)
    generate(settings)
    output = output_of(settings)
    for entry in (tmp_path / "cache").rglob("*.digest"):
        entry.write_bytes(b"not a pickle")
    again = generate(settings)
    assert again.stats.cached == 0 and output_of(settings) == output
    # Digests kept, but the briefings and rendered pages lost: read back by analysing again.
    for entry in (tmp_path / "cache").rglob("*"):
        if entry.is_file() and entry.suffix in (".pickle", ".md"):
            entry.unlink()
    (settings.output_dir / "index.md").unlink()
    third = generate(settings)
    assert third.stats.cached == 4 and third.stats.rendered == 3
    assert output_of(settings) == output


def test_cache_entries_are_compressed_pickles(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_articles(content, 2)
    settings = settings_for(tmp_path, content)
    generate(settings)
    entries = sorted((tmp_path / "cache" / "v1").glob("??/*.pickle"))
    briefings = [pickle.loads(zlib.decompress(e.read_bytes())) for e in entries]
    assert sum(isinstance(b, Briefing) for b in briefings) == 2
    for entry, briefing in zip(entries, briefings, strict=True):
        if isinstance(briefing, Briefing):  # a fraction of its plain pickle on disk
            assert entry.stat().st_size < len(pickle.dumps(briefing)) / 2


def test_a_slug_clash_renders_the_page_under_its_final_slug(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    for name in ("a.txt", "b.txt"):
        (content / name).write_text(f"Same title\n\nThe council said {name} was ready.\n",
                                    encoding="utf-8")
    settings = settings_for(tmp_path, content)
    report = generate(settings)
    names = sorted(output_of(settings))
    assert "same-title.md" in names
    assert [n for n in names if n.startswith("same-title-")] == ["same-title-ffa0da5d.md"]
    assert output_of(settings) == in_memory(content)
    # two by analysis; the clashing page moves to its slug as it is (it cannot show it)
    assert report.stats.rendered == 2


def test_slug_clashes_in_the_pool_give_the_same_site(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    for i in range(POOL_THRESHOLD + 2):
        (content / f"s{i:02d}.txt").write_text(
            f"Storm report {i % 3}\n\nThe council said road {i} was closed.\n", "utf-8")
    pooled = settings_for(tmp_path / "two", content, jobs=2)
    report = generate(pooled)
    assert report.stats.analysed == POOL_THRESHOLD + 2
    # Each page rendered once, by analysis; the clashing ones move to their slugs as they are.
    assert report.stats.rendered == POOL_THRESHOLD + 2
    assert len([n for n in output_of(pooled) if n.startswith("storm-report")]) == \
        POOL_THRESHOLD + 2
    assert output_of(pooled) == in_memory(content)


def test_the_default_briefing_page_does_not_show_its_slug(tmp_path: Path) -> None:
    # what lets a clash move a page to its new slug without rendering it again
    content = tmp_path / "content"
    write_articles(content, 1)
    briefing = analyze(ingest_file(content / "story-000.txt", content, IngestOptions()),
                       AnalysisOptions(), slug="flood-defences-hold")
    env = make_environment()
    assert render_briefing(env, briefing, SiteInfo()) == render_briefing(
        env, dataclasses.replace(briefing, slug="flood-defences-hold-1a2b3c4d"), SiteInfo())


def test_the_default_briefing_page_does_not_show_the_site(tmp_path: Path) -> None:
    # what lets a site keep its pages when its name, address or page size changes
    content = tmp_path / "content"
    write_articles(content, 1)
    briefing = analyze(ingest_file(content / "story-000.txt", content, IngestOptions()),
                       AnalysisOptions(), slug="flood-defences-hold")
    env = make_environment()
    other = SiteInfo(site_name="Desk notes", site_url="https://example.org/notes/",
                     description="Daily notes", directory_urls=False,
                     updated=dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc),
                     feed_entries=5, page_size=7)
    assert render_briefing(env, briefing, SiteInfo()) == render_briefing(env, briefing, other)


def test_a_new_page_size_renders_no_briefing_page_again(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_articles(content, 3)
    settings = settings_for(tmp_path, content)
    first = generate(settings)
    assert first.stats.rendered == 3
    again = generate(dataclasses.replace(settings, site=SiteInfo(site_name="Desk notes",
                                                                 page_size=7)))
    assert again.stats.rendered == 0
    assert b"Desk notes" in output_of(settings)["index.md"]


def test_a_site_template_that_shows_the_site_renders_pages_again(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_articles(content, 3)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text(
        '{% extends "!default/briefing.md.j2" %}'
        "{% block byline %}{{ super() }}\n\nFrom {{ site.site_name }}.\n\n{% endblock %}",
        encoding="utf-8")
    settings = dataclasses.replace(settings_for(tmp_path, content), templates_dir=templates)
    generate(settings)
    renamed = dataclasses.replace(settings, site=SiteInfo(site_name="Desk notes"))
    assert generate(renamed).stats.rendered == 3
    assert all(b"From Desk notes." in page for name, page in output_of(renamed).items()
               if name.startswith("story-"))


def test_a_clash_renders_the_page_again_when_the_site_template_shows_the_slug(
        tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    for name in ("a.txt", "b.txt"):
        (content / name).write_text(f"Same title\n\nThe council said {name} was ready.\n",
                                    encoding="utf-8")
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text(
        '{% extends "!default/briefing.md.j2" %}'
        "{% block byline %}{{ super() }}\n\nPage {{ briefing.slug }}.\n\n{% endblock %}",
        encoding="utf-8")
    settings = dataclasses.replace(settings_for(tmp_path, content), templates_dir=templates)
    report = generate(settings)
    assert report.stats.rendered == 3  # two by analysis, the clashing one again
    pages = output_of(settings)
    assert "Page same-title-ffa0da5d" in pages["same-title-ffa0da5d.md"].decode()
    assert "Page same-title." in pages["same-title.md"].decode()


def test_without_a_cache_nothing_is_left_behind(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_articles(content, 3)
    temp = Path(tempfile.gettempdir())
    before = {p.name for p in temp.glob("briefing-build-*")}
    settings = settings_for(tmp_path, content, cache=False)
    report = generate(settings)
    assert report.stats.analysed == 4
    assert not (tmp_path / "cache").exists()
    assert {p.name for p in temp.glob("briefing-build-*")} == before
    assert output_of(settings) == in_memory(content)


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


def _entries(cache: Path) -> dict[str, int]:
    """How many cache entries of each kind a cache folder holds."""
    v1 = cache / "v1"
    shards = "[0-9a-f][0-9a-f]"
    return {"pickle": len(list(v1.glob(f"{shards}/*.pickle"))),
            "digest": len(list(v1.glob(f"{shards}/*.digest"))),
            "md": len(list((v1 / "pages").glob(f"{shards}/*.md")))}


def test_the_cache_keeps_one_builds_worth_and_nothing_foreign_is_pruned(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_articles(content, 4)
    settings = settings_for(tmp_path, content)
    cache = tmp_path / "cache"
    first = generate(settings)
    # the broken file's failure is cached too; a page and an export line per briefing
    assert _entries(cache) == {"pickle": 5, "digest": 5, "md": 8}
    assert first.stats.pruned == 0
    # files that are not entries, wherever they are, are never touched
    shard = next((cache / "v1").glob("??"))
    foreign = [cache / "notes.txt", shard / "readme.txt", shard / f"{'0' * 64}.pickle.tmp",
               shard / f"{'f' * 64}.zip", cache / "v1" / "pages" / f"{'e' * 64}.md"]
    wrong_shard = cache / "v1" / "zz" / f"{'a' * 64}.pickle"
    for path in [*foreign, wrong_shard]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("mine")

    # one article edited, one removed, one added
    edited = content / "story-001.txt"
    edited.write_text(edited.read_text("utf-8").replace("overnight", "by noon"), "utf-8")
    (content / "story-002.txt").unlink()
    (content / "story-new.txt").write_text(
        "Ferry resumes after storm\n\nThe island ferry sailed again on Monday, its operator "
        "said.\n", "utf-8")
    second = generate(settings)
    assert second.stats.analysed == 2
    # the old entries of the edited and the removed article (and their pages) are gone
    assert second.stats.pruned == 2 * 2 + 2 * 2
    assert _entries(cache) == {"pickle": 5, "digest": 5, "md": 8}
    assert all(path.read_text() == "mine" for path in [*foreign, wrong_shard])

    # what is left is exactly what the next build needs: nothing analysed or rendered
    third = generate(settings)
    assert third.stats.analysed == 0 and third.stats.rendered == 0
    assert third.stats.pruned == 0
    clean = settings_for(tmp_path / "clean", content)
    generate(clean)
    assert output_of(settings) == output_of(clean)


def test_new_options_prune_the_old_fingerprints_entries(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_articles(content, 3)
    generate(settings_for(tmp_path, content))
    report = generate(settings_for(tmp_path, content,
                                   analysis=AnalysisOptions(max_key_points=1)))
    assert report.stats.analysed == 4  # with the broken file
    assert report.stats.pruned == 4 * 2 + 3 * 2
    assert _entries(tmp_path / "cache") == {"pickle": 4, "digest": 4, "md": 6}
