"""The pipeline: ingest -> analyze -> render -> publish, as the adapters run it.

Bad input never stops the pipeline: each file that cannot be used becomes one
``Problem`` (file and reason) and the rest goes on. The adapters (CLI, MkDocs plugin)
report the problems and decide, from ``strict``, whether they are fatal.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing.analysis import analyze
from briefing.errors import BriefingError
from briefing.ingest import discover, ingest_file
from briefing.model import Article, Briefing
from briefing.options import AnalysisOptions, IngestOptions
from briefing.publish import WriteResult, check_output_dir, write_outputs
from briefing.render import render_pages
from briefing.render.environment import make_environment
from briefing.settings import Settings
from briefing.slugs import assign_slugs

log = logging.getLogger("briefing")


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

    @property
    def skipped(self) -> int:
        """Files that produced no briefing."""
        return sum(1 for p in self.problems if p.error)

    def summary(self) -> str:
        """The closing line of a build."""
        n, m = len(self.briefings), self.skipped
        return (f"{n} briefing{'s' if n != 1 else ''} built, "
                f"{m} file{'s' if m != 1 else ''} skipped")


def load_articles(content_dir: Path, options: IngestOptions) -> tuple[list[Article], list[Problem]]:
    """Every usable article under ``content_dir``, and a problem for every other file."""
    articles: list[Article] = []
    problems: list[Problem] = []
    if not content_dir.is_dir():
        problems.append(Problem(str(content_dir), "content folder not found",
                                hint="create it and add .txt, .md or .html articles"))
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


def analyze_articles(articles: Iterable[Article], options: AnalysisOptions,
                     ) -> tuple[list[Briefing], list[Problem]]:
    """One briefing per article, newest first; a problem for any that fails."""
    articles = list(articles)
    slugs = assign_slugs((a.id, a.meta.title) for a in articles)
    briefings: list[Briefing] = []
    problems: list[Problem] = []
    for article in sorted(articles, key=lambda a: a.id):
        try:
            briefings.append(analyze(article, options, slug=slugs[article.id]))
        except BriefingError as exc:
            problems.append(Problem.from_error(exc, article.path))
    return sort_briefings(briefings), problems


def sort_briefings(briefings: Sequence[Briefing]) -> list[Briefing]:
    """Newest first; undated last; then by title and id, so the order is stable."""
    return sorted(briefings, key=lambda b: (-(b.meta.date or dt.date.min).toordinal(),
                                            b.meta.title.casefold(), b.article.id))


def generate(settings: Settings) -> BuildReport:
    """Ingest, analyse, render and write every briefing; never raises for bad input."""
    check_output_dir(settings.output_dir, project_dir=settings.project_dir,
                     content_dir=settings.content_dir)
    report = BuildReport()
    articles, problems = load_articles(settings.content_dir, settings.ingest)
    report.problems.extend(problems)
    report.briefings, problems = analyze_articles(articles, settings.analysis)
    report.problems.extend(problems)
    env = make_environment(settings.templates_dir)
    pages = render_pages(env, report.briefings, settings.site)
    report.written = write_outputs(settings.output_dir, pages)
    report.problems.extend(Problem(str(settings.output_dir / name), reason, error=False)
                           for name, reason in report.written.kept)
    return report
