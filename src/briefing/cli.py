"""The ``briefing`` command: a thin adapter over the pipeline and MkDocs.

One error boundary (``main``): a ``BriefingError`` or a MkDocs abort prints
``ERROR: <file>: <reason>`` (and a hint) and exits 1, with no traceback.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import dataclasses
import logging
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from briefing import __version__
from briefing.errors import BriefingError, ConfigError
from briefing.incremental import STAMP_NAME
from briefing.options import AnalysisOptions, IngestOptions
from briefing.reporting import log, report_problems, setup_logging

EXIT_OK = 0
EXIT_FAILURE = 1


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("expected 0 (no limit) or more")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn source articles into briefings and publish them as a website.")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="more output")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def site_command(name: str, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.add_argument("-f", "--config-file", default="mkdocs.yml", metavar="FILE",
                       help="MkDocs configuration with the briefing plugin (default: mkdocs.yml)")
        p.add_argument("--strict", action="store_true",
                       help="fail on any bad content file and on any MkDocs warning")
        return p

    build = site_command("build", "analyse content/, write briefings/ and build the site")
    build.add_argument("-d", "--site-dir", metavar="DIR", help="where to build the site")
    build.add_argument("-j", "--jobs", type=_count, metavar="N",
                       help="worker processes for analysis (default: every core)")
    build.add_argument("--no-cache", action="store_true",
                       help="analyse every article again, ignoring the cache")
    build.add_argument("--clean", action="store_true",
                       help="rebuild every page of the site, not only the changed ones")
    serve = site_command("serve", "live preview that rebuilds when content/ changes")
    serve.add_argument("-a", "--dev-addr", metavar="IP:PORT", help="default: 127.0.0.1:8000")
    site_command("check", "lint content/ without building (for CI and pre-commit)")

    analyze = sub.add_parser("analyze", help="analyse files and print the result",
                             description="Analyse article files and print one result per file.")
    analyze.add_argument("files", nargs="+", metavar="FILE")
    analyze.add_argument("--format", choices=("json", "text"), default="text",
                         help="json: JSON Lines, one object per article (see the schema)")
    defaults = AnalysisOptions()
    analyze.add_argument("--max-key-points", type=_count, default=defaults.max_key_points,
                         metavar="N", help=f"0 means no limit (default {defaults.max_key_points})")
    analyze.add_argument("--max-open-questions", type=_count,
                         default=defaults.max_open_questions, metavar="N",
                         help=f"0 means no limit (default {defaults.max_open_questions})")
    return parser


def _load_mkdocs_config(config_file: str, **overrides: Any) -> Any:
    from mkdocs import exceptions
    from mkdocs.config import load_config

    if not Path(config_file).is_file():
        raise ConfigError("configuration file not found", path=config_file,
                          hint="run briefing from the folder that holds mkdocs.yml, or pass -f")
    _ensure_docs_dir(Path(config_file))
    try:
        config = load_config(config_file, **overrides)
    except exceptions.ConfigurationError as exc:
        raise ConfigError(f"invalid configuration: {exc}", path=config_file) from exc
    if "briefing" not in config.plugins:
        raise ConfigError("the briefing plugin is not enabled", path=config_file,
                          hint="add it to mkdocs.yml: plugins: [search, briefing]")
    return config


def _ensure_docs_dir(config_file: Path) -> None:
    """Create a missing docs_dir inside the project: MkDocs refuses to start without it,
    and on a new project it is ours to fill."""
    from mkdocs.utils.yaml import yaml_load

    try:
        with config_file.open("rb") as fh:
            raw = yaml_load(fh)
    except Exception:  # MkDocs itself reports a broken file, with its reason, right after
        return
    docs = raw.get("docs_dir", "docs") if isinstance(raw, dict) else None
    if not isinstance(docs, str):
        return
    project = config_file.resolve().parent
    target = (project / docs).resolve()
    if target != project and target.is_relative_to(project) and not target.exists():
        target.mkdir(parents=True)
        log.info("created the output folder %s", target)


def _setup_mkdocs_logging(verbose: bool) -> None:
    mk = logging.getLogger("mkdocs")
    if not mk.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        mk.addHandler(handler)
    mk.setLevel(logging.DEBUG if verbose else logging.INFO)
    mk.propagate = False


def cmd_build(args: argparse.Namespace) -> int:
    from mkdocs import exceptions
    from mkdocs.commands.build import build

    overrides: dict[str, Any] = {"strict": True} if args.strict else {}
    if args.site_dir:
        overrides["site_dir"] = args.site_dir
    config = _load_mkdocs_config(args.config_file, **overrides)
    options = config.plugins["briefing"].config
    if args.strict:
        options.strict = True
    if args.jobs is not None:
        options.jobs = args.jobs
    if args.no_cache:
        options.cache = False
    stamp_file, stamp = _site_stamp(args.config_file, config)
    dirty = (not args.clean and stamp_file is not None
             and stamp_file.matches(stamp, Path(config.site_dir)))
    if stamp_file is not None:
        stamp_file.forget()  # until this build completes
    started = time.perf_counter()
    try:
        config.plugins.on_startup(command="build", dirty=dirty)
        try:
            with _quiet_dirty_warning():
                build(config, dirty=dirty)
        finally:
            config.plugins.on_shutdown()
    except exceptions.Abort as exc:
        log.error("ERROR: %s", _mkdocs_message(exc))
        return EXIT_FAILURE
    if stamp_file is not None:
        stamp_file.record(stamp, Path(config.site_dir))
    log.info("site written to %s (%s build, %.2f s)", config.site_dir,
             "incremental" if dirty else "full", time.perf_counter() - started)
    return EXIT_OK


def _site_stamp(config_file: str, config: Any) -> tuple[Any, str]:
    """Where the stamp of the last build is kept, and the stamp this build would have."""
    from importlib.metadata import version

    from briefing.cache import code_fingerprint
    from briefing.config import settings_from_mkdocs
    from briefing.incremental import StampFile, build_stamp

    settings = settings_from_mkdocs(config.plugins["briefing"].config, config)
    stamp = build_stamp(Path(config_file).read_bytes(), code_fingerprint(),
                        [version("mkdocs"), version("mkdocs-material")])
    if settings.cache_dir is None:
        return None, stamp
    return StampFile(settings.cache_dir / STAMP_NAME), stamp


@contextlib.contextmanager
def _quiet_dirty_warning() -> Iterator[None]:
    """Drop MkDocs' warning that dirty builds may be inaccurate: ours are made exact
    (see incremental.py), and the warning would fail every --strict build."""
    logger = logging.getLogger("mkdocs.commands.build")

    def keep(record: logging.LogRecord) -> bool:
        return "A 'dirty' build is being performed" not in record.getMessage()

    logger.addFilter(keep)
    try:
        yield
    finally:
        logger.removeFilter(keep)


def _mkdocs_message(exc: BaseException) -> str:
    text = str(exc).strip()
    return text[len("ERROR: "):] if text.startswith("ERROR: ") else text


def cmd_serve(args: argparse.Namespace) -> int:
    from mkdocs import exceptions
    from mkdocs.commands.serve import serve

    _load_mkdocs_config(args.config_file)  # fail early, with our message
    kwargs: dict[str, Any] = {"config_file": args.config_file, "strict": args.strict or None}
    if args.dev_addr:
        kwargs["dev_addr"] = args.dev_addr
    try:
        serve(**kwargs)
    except exceptions.Abort as exc:
        log.error("ERROR: %s", _mkdocs_message(exc))
        return EXIT_FAILURE
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from briefing.config import settings_from_mkdocs
    from briefing.pipeline import load_articles

    config = _load_mkdocs_config(args.config_file)
    plugin = config.plugins["briefing"]
    settings = settings_from_mkdocs(plugin.config, config, strict=args.strict or None)
    articles, problems = load_articles(settings.content_dir, settings.ingest)
    report_problems(problems)
    errors = sum(1 for p in problems if p.error)
    log.info("%d article%s ok, %d file%s with errors, %d warning%s", len(articles),
             "" if len(articles) == 1 else "s", errors, "" if errors == 1 else "s",
             len(problems) - errors, "" if len(problems) - errors == 1 else "s")
    failed = errors > 0 or (settings.strict and bool(problems))
    return EXIT_FAILURE if failed else EXIT_OK


def cmd_analyze(args: argparse.Namespace) -> int:
    from briefing import jsonout
    from briefing.config import source_date_epoch
    from briefing.ingest import ingest_file
    from briefing.pipeline import Problem, analyze_articles

    options = AnalysisOptions(max_key_points=args.max_key_points,
                              max_open_questions=args.max_open_questions)
    ingest_options = IngestOptions(source_date_epoch=source_date_epoch())
    articles = []
    problems: list[Problem] = []
    # ids relative to the folder all the files share: "a/001.txt" and "b/001.txt" stay
    # two articles (one file, or files of one folder, keep their bare file names)
    root = Path(os.path.commonpath([os.path.abspath(Path(n).parent) for n in args.files]))
    for name in args.files:
        path = Path(os.path.abspath(name))
        try:
            article = ingest_file(path, root, ingest_options)
        except BriefingError as exc:
            problems.append(Problem.from_error(exc, name))
            continue
        articles.append(dataclasses.replace(article, path=name))
    briefings, more = analyze_articles(articles, options)
    problems += more
    order = {name: i for i, name in enumerate(args.files)}
    briefings.sort(key=lambda b: order.get(b.article.path, len(order)))
    for b in briefings:
        sys.stdout.write((jsonout.dumps(b) if args.format == "json" else _text(b)) + "\n")
    sys.stdout.flush()
    report_problems(problems)
    return EXIT_FAILURE if any(p.error for p in problems) else EXIT_OK


def _text(b: Any) -> str:
    lines = [f"# {b.meta.title}", f"  file: {b.article.path}", "", "Key points:"]
    lines += [f"  - {k.span.plain}" for k in b.key_points]
    lines += ["", "Sources:"]
    for s in b.sources:
        record = "anonymous" if s.anonymous else "on record"
        lines.append(f"  - {s.name} ({s.kind.value}, {record})")
        for a in s.attributions:
            said = f"“{a.content.plain}”" if a.quote else a.content.plain
            lines.append(f"      {a.cue.plain}: {said}")
    lines += ["", "Open questions:"] + [f"  - {q.question}  [{q.cue}]" for q in b.open_questions]
    lines.append("")
    r = b.readability
    for label, sc in (("source", r.source), ("briefing", r.briefing)):
        lines.append(f"Readability of the {label}: {sc.words} words, "
                     f"{sc.reading_time_minutes} min, Flesch {sc.flesch_reading_ease}")
    return "\n".join(lines)


COMMANDS = {"build": cmd_build, "serve": cmd_serve, "check": cmd_check, "analyze": cmd_analyze}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` console script."""
    args = _parser().parse_args(argv)
    setup_logging(args.verbose)
    _setup_mkdocs_logging(args.verbose)
    try:
        return COMMANDS[args.command](args)
    except BriefingError as exc:
        log.error("ERROR: %s", exc.line())
        if exc.hint:
            log.error("  hint: %s", exc.hint)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        log.error("ERROR: interrupted")
        return 130


def run() -> None:
    """The ``briefing`` console script (and ``python -m briefing``): ``main``, then an exit
    that does not tear the heap down.

    A build leaves about a million small objects behind (textstat's pronouncing dictionary
    alone, MkDocs' pages and ours); freeing them one by one at exit took 0.5 s of a 6.5 s
    incremental rebuild of 1,000 articles (``benchmarks/results/scale.md``). By then every
    file the run wrote is closed (writes are atomic); handlers registered with ``atexit``
    during the run still run first, and the standard streams and logging are flushed
    before the process ends. Pool workers end the same way (``pipeline``).
    """
    status = EXIT_FAILURE  # if main raises, the traceback is printed, then this

    def finish() -> None:
        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            # the reader of a pipe went away, or the stream is closed: nothing left to tell
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(status)

    atexit.register(finish)  # registered first, so it runs after those registered later
    status = main()
    sys.exit(status)
