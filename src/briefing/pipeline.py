"""The pipeline: ingest -> analyze -> render -> publish, as the adapters run it.

Bad input never stops the pipeline: each file that cannot be used becomes one
``Problem`` (file and reason) and the rest goes on. The adapters (CLI, MkDocs plugin)
report the problems and decide, from ``strict``, whether they are fatal.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
import functools
import hashlib
import logging
import multiprocessing
import os
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from tqdm import tqdm

from briefing.analysis import analyze
from briefing.cache import (
    AnalysisCache,
    CachedFailure,
    PageCache,
    code_fingerprint,
    fingerprint,
    folder_fingerprint,
)
from briefing.errors import BriefingError, IntegrityError
from briefing.ingest import article_id, discover, ingest_file, read_bytes
from briefing.model import Article, Briefing
from briefing.options import AnalysisOptions, IngestOptions
from briefing.publish import WriteResult, check_output_dir, write_outputs
from briefing.render import render_briefing, render_pages
from briefing.render.environment import make_environment
from briefing.settings import Settings
from briefing.slugs import assign_slugs

log = logging.getLogger("briefing")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Problem:
    """One input file that could not be used, or was used with a caveat."""

    path: str
    reason: str
    error: bool = True
    """True: the file was skipped. False: a warning; the file was used."""
    hint: str | None = None

    @classmethod
    def from_error(cls, exc: BriefingError, path: str) -> Problem:
        """The problem behind a ``BriefingError`` raised for ``path``."""
        return cls(path=exc.path or path, reason=exc.reason, hint=exc.hint)

    def line(self) -> str:
        """``LEVEL: file: reason``, the one line a user sees."""
        level = "ERROR" if self.error else "WARNING"
        return f"{level}: {self.path}: {self.reason}"


@dataclass(slots=True)
class BuildReport:
    """What a run of the pipeline did."""

    briefings: list[Briefing] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    written: WriteResult | None = None
    stats: AnalysisStats = field(default_factory=lambda: AnalysisStats())
    """How many briefings were analysed and how many came from the cache."""

    @property
    def skipped(self) -> int:
        """Files that produced no briefing."""
        return sum(1 for p in self.problems if p.error)

    def summary(self) -> str:
        """The closing line of a build."""
        n, m = len(self.briefings), self.skipped
        return (f"{n} briefing{'s' if n != 1 else ''} built, "
                f"{m} file{'s' if m != 1 else ''} skipped")

    def timing(self) -> str:
        """Where the briefings came from and what was written, for the build log."""
        w = self.written
        written = len(w.written) + len(w.removed) if w else 0
        unchanged = len(w.unchanged) if w else 0
        return (f"analysed {self.stats.analysed}, from cache {self.stats.cached}, "
                f"pages rendered {self.stats.rendered}, "
                f"files written {written}, unchanged {unchanged} "
                f"({self.stats.seconds:.2f} s analysis)")


def load_articles(content_dir: Path, options: IngestOptions) -> tuple[list[Article], list[Problem]]:
    """Every usable article under ``content_dir``, and a problem for every other file."""
    articles: list[Article] = []
    problems: list[Problem] = []
    if not content_dir.is_dir():
        problems.append(_missing_content(content_dir))
        return articles, problems
    for path in discover(content_dir):
        try:
            article = ingest_file(path, content_dir, options)
        except BriefingError as exc:
            problems.append(Problem.from_error(exc, str(path)))
            continue
        problems.extend(Problem(str(path), w, error=False) for w in article.warnings)
        articles.append(article)
    return articles, problems


def _missing_content(content_dir: Path) -> Problem:
    return Problem(str(content_dir), "content folder not found",
                   hint="create it and add .txt, .md or .html articles")


def analyze_articles(articles: Iterable[Article], options: AnalysisOptions,
                     ) -> tuple[list[Briefing], list[Problem]]:
    """One briefing per article, newest first; a problem for any that fails."""
    briefings: list[Briefing] = []
    problems: list[Problem] = []
    for article in sorted(articles, key=lambda a: a.id):
        outcome = _analyze_one(article, options)
        if isinstance(outcome, CachedFailure):
            problems.append(Problem(article.path, outcome.reason, hint=outcome.hint))
        else:
            briefings.append(outcome)
    return sort_briefings(with_slugs(briefings)), problems


def _analyze_one(article: Article, options: AnalysisOptions) -> Briefing | CachedFailure:
    try:
        return analyze(article, options, slug="")
    except IntegrityError:
        raise  # our own bug: stop the build, never skip quietly
    except BriefingError as exc:
        return CachedFailure(exc.reason, exc.hint)


def _ingest_and_analyze(path: Path, root: Path, ingest: IngestOptions,
                        analysis: AnalysisOptions) -> Briefing | CachedFailure:
    """The work for one file, as a worker process runs it."""
    try:
        article = ingest_file(path, root, ingest)
    except BriefingError as exc:
        return CachedFailure(exc.reason, exc.hint)
    return _analyze_one(article, analysis)


def with_slugs(briefings: Sequence[Briefing]) -> list[Briefing]:
    """The briefings with unique slugs assigned across the whole set."""
    slugs = assign_slugs((b.article.id, b.meta.title) for b in briefings)
    return [dataclasses.replace(b, slug=slugs[b.article.id]) for b in briefings]


@dataclass(slots=True)
class AnalysisStats:
    """Where the briefings of a run came from."""

    analysed: int = 0
    cached: int = 0
    seconds: float = 0.0
    keys: dict[str, str] = field(default_factory=dict)
    """Content key of each article id (for the page cache downstream)."""
    rendered: int = 0
    """Briefing pages rendered (the others came from the page cache)."""


# Below this many files to analyse, starting worker processes costs more than it saves.
POOL_THRESHOLD = 24


def collect_briefings(content_dir: Path, ingest: IngestOptions, analysis: AnalysisOptions,
                      cache: AnalysisCache, jobs: int = 1,
                      ) -> tuple[list[Briefing], list[Problem], AnalysisStats]:
    """Briefings for every article under ``content_dir``, from the cache where possible.

    Misses are analysed in ``jobs`` worker processes; the result does not depend on
    ``jobs`` or on the cache (same briefings, same order, same problems).
    """
    started = time.perf_counter()
    stats = AnalysisStats()
    if not content_dir.is_dir():
        return [], [_missing_content(content_dir)], stats
    outcomes: dict[Path, Briefing | CachedFailure] = {}
    problems: dict[Path, list[Problem]] = {}
    todo: list[tuple[Path, str]] = []
    paths = discover(content_dir)
    for path in paths:
        try:
            data = read_bytes(path, content_dir, ingest)
        except BriefingError as exc:
            problems[path] = [Problem.from_error(exc, str(path))]
            continue
        key = cache.key(article_id(path, content_dir), data)
        stats.keys[article_id(path, content_dir)] = key
        entry = cache.get(key)
        if entry is None:
            todo.append((path, key))
        else:
            outcomes[path] = entry
    stats.cached = len(outcomes)
    for (path, key), outcome in zip(todo, _run_all(todo, content_dir, ingest, analysis, jobs),
                                    strict=True):
        cache.put(key, outcome)
        outcomes[path] = outcome
    stats.analysed = len(todo)
    briefings: list[Briefing] = []
    for path in paths:
        found = outcomes.get(path)
        if isinstance(found, CachedFailure):
            problems[path] = [Problem(str(path), found.reason, hint=found.hint)]
        elif isinstance(found, Briefing):
            outcome = found
            if outcome.article.path != str(path):
                outcome = dataclasses.replace(outcome, articles=tuple(
                    dataclasses.replace(a, path=str(path)) for a in outcome.articles))
            briefings.append(outcome)
            problems[path] = [Problem(str(path), w, error=False)
                              for w in outcome.article.warnings]
    stats.seconds = time.perf_counter() - started
    ordered = [problem for p in paths for problem in problems.get(p, [])]
    return sort_briefings(with_slugs(briefings)), ordered, stats


def _run_all(todo: Sequence[tuple[Path, str]], root: Path, ingest: IngestOptions,
             analysis: AnalysisOptions, jobs: int) -> list[Briefing | CachedFailure]:
    paths = [p for p, _ in todo]
    work = functools.partial(_ingest_and_analyze, root=root, ingest=ingest, analysis=analysis)
    if jobs <= 1 or len(paths) < POOL_THRESHOLD:
        return list(_progress(map(work, paths), len(paths)))
    # "spawn": never fork a process that may be running MkDocs' live-reload threads.
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        chunk = max(1, min(64, len(paths) // (jobs * 8)))
        return list(_progress(pool.map(work, paths, chunksize=chunk), len(paths)))


def _progress(results: Iterable[T], total: int) -> Iterable[T]:
    """A progress bar on an interactive terminal for long runs; silent otherwise and in CI."""
    quiet = total < 50 or not sys.stderr.isatty() or bool(os.environ.get("CI"))
    bar: Iterable[T] = tqdm(results, total=total, desc="analysing", unit="article",
                            disable=quiet, leave=False, file=sys.stderr)
    return bar


def sort_briefings(briefings: Sequence[Briefing]) -> list[Briefing]:
    """Newest first; undated last; then by title and id, so the order is stable."""
    return sorted(briefings, key=lambda b: (-(b.meta.date or dt.date.min).toordinal(),
                                            b.meta.title.casefold(), b.article.id))


def generate(settings: Settings) -> BuildReport:
    """Ingest, analyse, render and write every briefing; never raises for bad input."""
    check_output_dir(settings.output_dir, project_dir=settings.project_dir,
                     content_dir=settings.content_dir)
    report = BuildReport()
    cache = AnalysisCache(settings.cache_dir, fingerprint(settings.ingest, settings.analysis))
    report.briefings, report.problems, report.stats = collect_briefings(
        settings.content_dir, settings.ingest, settings.analysis, cache, settings.jobs)
    env = make_environment(settings.templates_dir)
    memo = PageCache(settings.cache_dir, hashlib.sha256("\0".join([
        code_fingerprint(), folder_fingerprint(settings.templates_dir),
        repr(settings.site)]).encode()).hexdigest())

    def page(briefing: Briefing) -> str:
        key = memo.key(report.stats.keys.get(briefing.article.id, ""), briefing.slug)
        text = memo.get(key) if briefing.article.id in report.stats.keys else None
        if text is None:
            text = render_briefing(env, briefing, settings.site)
            memo.put(key, text)
            report.stats.rendered += 1
        return text

    pages = render_pages(env, report.briefings, settings.site, page=page)
    report.written = write_outputs(settings.output_dir, pages)
    report.problems.extend(Problem(str(settings.output_dir / name), reason, error=False)
                           for name, reason in report.written.kept)
    return report
