"""The pipeline: ingest -> analyze -> render -> publish, as the adapters run it.

Bad input never stops the pipeline: each file that cannot be used becomes one
``Problem`` (file and reason) and the rest goes on. The adapters (CLI, MkDocs plugin)
report the problems and decide, from ``strict``, whether they are fatal.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import contextlib
import dataclasses
import functools
import hashlib
import logging
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import jinja2
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
from briefing.errors import BriefingError, IntegrityError, RenderError
from briefing.ingest import article_id, discover, ingest_file, read_bytes
from briefing.model import Article, Briefing
from briefing.options import AnalysisOptions, IngestOptions
from briefing.publish import FileContent, WriteResult, check_output_dir, write_outputs
from briefing.render import SiteInfo, page_path, render_briefing, site_files
from briefing.render.digest import Digest, digest, listing_order
from briefing.render.environment import has_templates, make_environment
from briefing.render.export import export_line, export_line_with_slug
from briefing.settings import Settings
from briefing.slugs import assign_slugs, base_slug

if TYPE_CHECKING:  # MkDocs' modules are imported only by builds that convert
    from briefing.conversion import Conversion

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
class ConvertedPages:
    """Where the briefing pages converted to HTML by the workers wait for MkDocs: small,
    so that the plugin keeps it through the MkDocs build without the digests."""

    pages: PageCache
    conversion: Conversion
    """How the pages were converted."""
    keys: dict[str, str]
    """The page-cache key of each briefing page's HTML, by the page's path (``slug.md``);
    a page whose conversion could not be taken ahead has none in the cache."""

    def get(self, path: str) -> str | None:
        """The conversion a worker made of the page at ``path``, if any (see
        ``briefing.conversion.apply``)."""
        key = self.keys.get(path)
        return None if key is None else self.pages.get(key)


@dataclass(slots=True)
class BuildReport:
    """What a run of the pipeline did."""

    briefings: list[Digest] = field(default_factory=list)
    """A digest of every briefing built, newest first."""
    problems: list[Problem] = field(default_factory=list)
    written: WriteResult | None = None
    stats: AnalysisStats = field(default_factory=lambda: AnalysisStats())
    """How many briefings were analysed and how many came from the cache."""
    converted: ConvertedPages | None = None
    """The briefing pages the workers converted to HTML, when they did."""

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
                f"files written {written}, unchanged {unchanged}, "
                f"cache entries pruned {self.stats.pruned} "
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
    paths: dict[str, Path] = field(default_factory=dict)
    """The file of each article id."""
    rendered: int = 0
    """Briefing pages rendered (the analysed ones, and those missing from the page cache)."""
    pruned: int = 0
    """Cache entries this build no longer needed, deleted after it (see ``cache.py``)."""


# Below this many files to analyse, starting worker processes costs more than it saves.
POOL_THRESHOLD = 24


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything a worker needs besides the file: the same for every file of a build.

    A worker analyses a file, stores the briefing and its digest in the analysis cache,
    renders its page and its line of the JSON export into the page cache (under the slug
    its title gives; when a title clash changes the slug, the build moves them to the new
    one, rendering the page again only when the site's own templates may show the slug),
    and sends back only the digest. So the build process never holds whole briefings, and
    rendering runs on every core.
    """

    content_dir: Path
    ingest: IngestOptions
    analysis: AnalysisOptions
    cache_dir: Path
    """Root of both caches (a temporary folder when the user's cache is off)."""
    analysis_fingerprint: str
    page_fingerprint: str
    templates_dir: Path | None
    site: SiteInfo
    conversion: Conversion | None = None
    """How the site converts Markdown: when given, the workers convert each page they
    render to HTML as MkDocs would, into the page cache (``briefing.conversion``)."""
    pages_show_slug: bool = True
    """Whether a briefing's page may depend on its slug. The default templates' pages do
    not (a test holds them to it), so unless the site has templates of its own a page
    rendered under one slug serves under another."""

    def analysis_cache(self) -> AnalysisCache:
        """The analysis cache of this build."""
        return AnalysisCache(self.cache_dir, self.analysis_fingerprint)

    def page_cache(self) -> PageCache:
        """The page cache of this build."""
        return PageCache(self.cache_dir, self.page_fingerprint)

    @property
    def html_kind(self) -> str | None:
        """The page cache's kind for pages converted to HTML with this build's conversion;
        None when pages are not converted ahead."""
        return None if self.conversion is None else f"html-{self.conversion.fingerprint}"


@functools.lru_cache(maxsize=4)
def _environment(templates_dir: Path | None) -> jinja2.Environment:
    """One Jinja environment per templates folder and process (workers render pages too)."""
    return make_environment(templates_dir)


def _process(item: tuple[Path, str], plan: Plan) -> Digest | CachedFailure:
    """The work for one file, as a worker process runs it (see ``Plan``)."""
    path, key = item
    outcome = _ingest_and_analyze(path, plan.content_dir, plan.ingest, plan.analysis)
    cache = plan.analysis_cache()
    cache.put(key, outcome)
    if isinstance(outcome, CachedFailure):
        cache.put_digest(key, outcome)
        return outcome
    _render_into_cache(plan, key, dataclasses.replace(
        outcome, slug=base_slug(outcome.meta.title, outcome.article.id)))
    result = digest(outcome)
    cache.put_digest(key, result)
    return result


def _render_again(item: tuple[str, str, str], plan: Plan) -> bool:
    """Put a just-analysed briefing's page and export line under the slug a title clash
    gave it (``_process`` made them under the plain one), as a worker runs it: the page as
    it is and the export line with its new slug when the page cannot show its slug, else
    both rendered again. True when the page was rendered again."""
    key, plain, slug = item
    pages = plan.page_cache()
    if not plan.pages_show_slug:
        page = pages.get(pages.key(key, plain))
        line = pages.get(pages.key(key, plain, "export"))
        if page is not None and line is not None:
            pages.put(pages.key(key, slug), page)
            pages.put(pages.key(key, slug, "export"), export_line_with_slug(line, slug))
            _move_conversion(plan, key, plain, slug, page)
            return False
    entry = plan.analysis_cache().get(key)
    if not isinstance(entry, Briefing):
        return False  # the cache lost it: the build reads it back and renders it then
    _render_into_cache(plan, key, dataclasses.replace(entry, slug=slug))
    return True


def _render_into_cache(plan: Plan, key: str, briefing: Briefing) -> None:
    """Put a briefing's page and export line into the page cache, under its slug."""
    pages = plan.page_cache()
    # A broken template: nothing cached; the build renders the page again and reports it.
    with contextlib.suppress(RenderError):
        page = render_briefing(_environment(plan.templates_dir), briefing, plan.site)
        pages.put(pages.key(key, briefing.slug), page)
        _convert_into_cache(plan, key, briefing.slug, page)
    pages.put(pages.key(key, briefing.slug, "export"), export_line(briefing))


def _move_conversion(plan: Plan, key: str, plain: str, slug: str, page: str) -> None:
    """Put the conversion of a page made under slug ``plain`` under ``slug``: the same HTML
    when the page's own path does not show in it, else converted again."""
    if plan.html_kind is None:
        return
    pages = plan.page_cache()
    made = pages.get(pages.key(key, plain, plan.html_kind))
    from briefing.conversion import moved  # MkDocs' modules: only for builds that convert

    converted = moved(made, page_path(slug)) if made is not None else None
    if converted is None:
        _convert_into_cache(plan, key, slug, page)
    else:
        pages.put(pages.key(key, slug, plan.html_kind), converted)


def _convert_into_cache(plan: Plan, key: str, slug: str, page: str) -> None:
    """Put a briefing page converted to HTML into the page cache, when the build converts
    pages ahead and the conversion can be taken ahead (``briefing.conversion``)."""
    if plan.conversion is None or plan.html_kind is None:
        return
    from briefing.conversion import convert  # MkDocs' modules: only for builds that convert

    converted = convert(plan.conversion, page_path(slug), page)
    if converted is not None:
        pages = plan.page_cache()
        pages.put(pages.key(key, slug, plan.html_kind), converted)


@dataclass(slots=True)
class Collection:
    """What ``collect`` found: a digest per usable article, newest first, with slugs."""

    digests: list[Digest]
    problems: list[Problem]
    stats: AnalysisStats


def collect(plan: Plan, jobs: int = 1) -> Collection:
    """A digest for every article under the content folder, from the cache where possible.

    Misses are analysed in ``jobs`` worker processes; the result does not depend on
    ``jobs`` or on the cache (same digests, same order, same problems).
    """
    started = time.perf_counter()
    stats = AnalysisStats()
    root = plan.content_dir
    if not root.is_dir():
        return Collection([], [_missing_content(root)], stats)
    cache = plan.analysis_cache()
    outcomes: dict[Path, Digest | CachedFailure] = {}
    problems: dict[Path, list[Problem]] = {}
    todo: list[tuple[Path, str]] = []
    paths = discover(root)
    for path in paths:
        try:
            data = read_bytes(path, root, plan.ingest)
        except BriefingError as exc:
            problems[path] = [Problem.from_error(exc, str(path))]
            continue
        aid = article_id(path, root)
        key = cache.key(aid, data)
        stats.keys[aid] = key
        stats.paths[aid] = path
        entry = cache.get_digest(key)
        if entry is None:
            todo.append((path, key))
        else:
            outcomes[path] = entry
    stats.cached = len(outcomes)
    with _Workers(jobs, len(todo)) as workers:
        results = workers.map(functools.partial(_process, plan=plan), todo, progress=True)
        for (path, _), outcome in zip(todo, results, strict=True):
            outcomes[path] = outcome
            stats.rendered += isinstance(outcome, Digest)
        stats.analysed = len(todo)
        digests: list[Digest] = []
        for path in paths:
            found = outcomes.get(path)
            if isinstance(found, CachedFailure):
                problems[path] = [Problem(str(path), found.reason, hint=found.hint)]
            elif found is not None:
                digests.append(found)
                problems[path] = [Problem(str(path), w, error=False) for w in found.warnings]
        slugs = assign_slugs((d.id, d.meta.title) for d in digests)
        fresh = {key for _, key in todo}
        clashes = [(stats.keys[d.id], base_slug(d.meta.title, d.id), slugs[d.id])
                   for d in digests if stats.keys[d.id] in fresh
                   and slugs[d.id] != base_slug(d.meta.title, d.id)]
        stats.rendered += sum(workers.map(functools.partial(_render_again, plan=plan), clashes))
    stats.seconds = time.perf_counter() - started
    ordered = [problem for p in paths for problem in problems.get(p, [])]
    digests = sorted((d.with_slug(slugs[d.id]) for d in digests), key=lambda d: d.sort_key)
    return Collection(digests, ordered, stats)


X = TypeVar("X")


def _exit_without_teardown() -> None:
    """Make a worker process end at once when the pool shuts it down.

    A spawned worker otherwise tears its whole heap down object by object on exit
    (textstat's pronouncing dictionary alone is about a million objects): 0.4 s at the end
    of every pooled build, during which the build waits. By the time ``atexit`` runs, the
    worker has sent every result and multiprocessing has flushed its queues, and a worker
    writes no file of its own outside finished atomic writes, so nothing is lost.
    """
    atexit.register(os._exit, 0)


class _Workers:
    """Worker processes for one ``collect``: a pool when there is enough to do (kept open
    for both of its rounds), else this process."""

    def __init__(self, jobs: int, items: int) -> None:
        self.pool: concurrent.futures.ProcessPoolExecutor | None = None
        self.jobs = jobs
        if jobs > 1 and items >= POOL_THRESHOLD:
            # "spawn": never fork a process that may be running MkDocs' live-reload threads.
            self.pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                initializer=_exit_without_teardown)

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def map(self, work: Callable[[X], T], items: Sequence[X], *, progress: bool = False,
            ) -> list[T]:
        """``work`` of every item, in order."""
        if self.pool is None or not items:
            results: Iterable[T] = map(work, items)
        else:
            # small chunks: the last one decides how long one worker waits for the other
            chunk = max(1, min(16, len(items) // (self.jobs * 8)))
            results = self.pool.map(work, items, chunksize=chunk)
        return list(_progress(results, len(items)) if progress else results)


def _progress(results: Iterable[T], total: int) -> Iterable[T]:
    """A progress bar on an interactive terminal for long runs; silent otherwise and in CI."""
    quiet = total < 50 or not sys.stderr.isatty() or bool(os.environ.get("CI"))
    bar: Iterable[T] = tqdm(results, total=total, desc="analysing", unit="article",
                            disable=quiet, leave=False, file=sys.stderr)
    return bar


def sort_briefings(briefings: Sequence[Briefing]) -> list[Briefing]:
    """Newest first; undated last; then by title and id, so the order is stable."""
    return sorted(briefings, key=lambda b: listing_order(b.meta, b.article.id))


class _Briefings:
    """The whole briefing behind a digest, read back from the analysis cache when a page,
    an export line or the feed needs it (analysed again if the cache lost it)."""

    def __init__(self, plan: Plan, stats: AnalysisStats) -> None:
        self.plan = plan
        self.stats = stats
        self.cache = plan.analysis_cache()

    def __call__(self, d: Digest) -> Briefing:
        path = self.stats.paths[d.id]
        entry = self.cache.get(self.stats.keys[d.id])
        if not isinstance(entry, Briefing):
            entry = _ingest_and_analyze(path, self.plan.content_dir, self.plan.ingest,
                                        self.plan.analysis)
        if not isinstance(entry, Briefing) or entry.article.id != d.id:
            raise BriefingError("the file changed while the site was being built",
                                path=str(path), hint="build again")
        if entry.article.path != str(path):
            entry = dataclasses.replace(entry, articles=tuple(
                dataclasses.replace(a, path=str(path)) for a in entry.articles))
        return dataclasses.replace(entry, slug=d.slug)


def generate(settings: Settings) -> BuildReport:
    """Ingest, analyse, render and write every briefing; never raises for bad input."""
    check_output_dir(settings.output_dir, project_dir=settings.project_dir,
                     content_dir=settings.content_dir)
    with contextlib.ExitStack() as stack:
        cache_dir = settings.cache_dir
        if cache_dir is None:  # no cache kept: a private one for this build only
            cache_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(
                prefix="briefing-build-")))
        # The package's briefing page shows neither its slug nor the site (tests hold it
        # to that), so a site without templates of its own keeps its pages when its name,
        # address or page size changes; templates of its own may show anything.
        own_templates = has_templates(settings.templates_dir)
        plan = Plan(
            content_dir=settings.content_dir, ingest=settings.ingest,
            analysis=settings.analysis, cache_dir=cache_dir,
            analysis_fingerprint=fingerprint(settings.ingest, settings.analysis),
            page_fingerprint=hashlib.sha256("\0".join([
                code_fingerprint(), folder_fingerprint(settings.templates_dir),
                repr(settings.site) if own_templates else ""]).encode()).hexdigest(),
            templates_dir=settings.templates_dir, site=settings.site,
            conversion=settings.conversion if settings.cache_dir is not None else None,
            pages_show_slug=own_templates)
        found = collect(plan, settings.jobs)
        report = BuildReport(briefings=found.digests, problems=found.problems,
                             stats=found.stats)
        report.written = write_outputs(settings.output_dir, _files(plan, found))
        if settings.cache_dir is not None:  # a private cache goes away as a whole
            found.stats.pruned = _prune_unused(plan, found)
            if plan.html_kind is not None and plan.conversion is not None:
                pages = plan.page_cache()
                report.converted = ConvertedPages(pages, plan.conversion, {
                    page_path(d.slug): pages.key(found.stats.keys[d.id], d.slug,
                                                 plan.html_kind)
                    for d in found.digests})
    report.problems.extend(Problem(str(settings.output_dir / name), reason, error=False)
                           for name, reason in report.written.kept)
    return report


def _prune_unused(plan: Plan, found: Collection) -> int:
    """Delete the cache entries this build did not use: those of edited and removed
    articles, of pages under slugs no longer in use, and of older fingerprints."""
    keys = found.stats.keys
    pages = plan.page_cache()
    kinds = ("page", "export") if plan.html_kind is None else ("page", "export", plan.html_kind)
    used_pages = {pages.key(keys[d.id], d.slug, kind) for d in found.digests for kind in kinds}
    return plan.analysis_cache().prune(set(keys.values())) + pages.prune(used_pages)


def _files(plan: Plan, found: Collection) -> dict[str, FileContent]:
    """The generated files, each made from the caches when it is written."""
    env = _environment(plan.templates_dir)
    memo = plan.page_cache()
    stats = found.stats
    briefing = _Briefings(plan, stats)

    def cached(d: Digest, kind: str, make: Callable[[Briefing], str]) -> str:
        key = memo.key(stats.keys[d.id], d.slug, kind)
        text = memo.get(key)
        if text is None:
            text = make(briefing(d))
            memo.put(key, text)
            stats.rendered += kind == "page"
        return text

    return dict(site_files(
        env, found.digests, plan.site,
        page=lambda d: cached(d, "page", lambda b: render_briefing(env, b, plan.site)),
        briefing=briefing,
        export_line=lambda d: cached(d, "export", export_line)))
