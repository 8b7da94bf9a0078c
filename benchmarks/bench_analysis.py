"""Time ``briefing.analysis.analyze`` per article, with sumy LexRank in the same run.

    python benchmarks/bench_analysis.py /work/shared/eval/bbc-news-summary/articles

Reads the ``.txt`` articles below the folder (title on the first line), keeps those whose
body has ``--min-words``..``--max-words`` words (700-900 by default) and, if fewer than
``--limit`` qualify, adds concatenations of consecutive shorter articles of the same folder
until each is in range. Then, for every article, ``--rounds`` times:

* ingest: ``read_text`` on the decoded text (file I/O excluded), reported separately;
* analyze: the whole ``analyze(article, options, slug=...)``, and each analysis alone;
* peers: sumy LexRank and TextRank at 3 sentences (with the offline tokenizer of peers.py).

Each call is timed once per round; an article's time is its median over the rounds, and the
table gives the median and 90th percentile over articles. textstat memoises its counts by
text, so its caches are emptied before every timed call: otherwise the second round would
time dictionary look-ups. The first article is analysed once untimed, so the one-off loading
of the pronunciation dictionary is not counted. One process, one thread (BLAS threads are
pinned to 1 before numpy loads).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from peers import lexrank, textrank  # noqa: E402

from briefing.analysis import analyze  # noqa: E402
from briefing.analysis.keypoints import key_points  # noqa: E402
from briefing.analysis.questions import open_questions  # noqa: E402
from briefing.analysis.readability import readability  # noqa: E402
from briefing.analysis.sources import find_sources  # noqa: E402
from briefing.ingest.text import read_text  # noqa: E402
from briefing.model import Article  # noqa: E402
from briefing.options import AnalysisOptions  # noqa: E402

OPTIONS = AnalysisOptions()


def clear_textstat_caches() -> None:
    """Empty textstat's per-text memo caches (not the loaded dictionaries)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("textstat"):
            continue
        for attr, value in vars(module).items():
            if hasattr(value, "cache_clear") and not attr.startswith("get_"):
                value.cache_clear()


def decode(data: bytes) -> str:
    """UTF-8, or cp1252 for the odd legacy file."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def body_words(source: str) -> int:
    """Words after the title line."""
    return len(source.split("\n", 1)[1].split()) if "\n" in source else 0


def corpus(root: Path, lo: int, hi: int, limit: int) -> list[tuple[str, str]]:
    """(id, source) of articles with ``lo``..``hi`` body words, topped up by concatenations."""
    files = sorted(root.rglob("*.txt"))
    texts = [(p.relative_to(root).as_posix(), decode(p.read_bytes())) for p in files]
    chosen = [(i, t) for i, t in texts if lo <= body_words(t) <= hi][:limit]
    by_folder: dict[str, list[tuple[str, str]]] = {}
    for i, t in texts:
        if body_words(t) < lo:
            by_folder.setdefault(i.rpartition("/")[0], []).append((i, t))
    for _folder, group in sorted(by_folder.items()):
        ids: list[str] = []
        parts: list[str] = []
        for i, t in group:
            if len(chosen) >= limit:
                break
            ids.append(i)
            parts.append(t if not parts else t.split("\n", 1)[1])
            joined = "\n\n".join(parts)
            if body_words(joined) > hi:
                ids, parts = [i], [t]
            elif body_words(joined) >= lo:
                chosen.append(("+".join(ids), joined))
                ids, parts = [], []
    return chosen


def timed(fn: Callable[[], object]) -> float:
    """Milliseconds of one call, textstat caches emptied first."""
    clear_textstat_caches()
    t0 = time.perf_counter()
    fn()
    return 1000 * (time.perf_counter() - t0)


def stages(article_id: str, source: str) -> dict[str, Callable[[], object]]:
    """The timed calls for one article, in table order."""
    article: Article = read_text(article_id, article_id, source)
    points = key_points(article, OPTIONS)
    sources = find_sources(article, OPTIONS)
    questions = open_questions(article, OPTIONS, sources=sources)
    return {
        "ingest (read_text, no I/O)": lambda: read_text(article_id, article_id, source),
        "analyze (whole)": lambda: analyze(article, OPTIONS, slug="bench"),
        "of which key_points": lambda: key_points(article, OPTIONS),
        "of which find_sources": lambda: find_sources(article, OPTIONS),
        "of which open_questions": lambda: open_questions(article, OPTIONS, sources=sources),
        "of which readability": lambda: readability(article, points, questions, OPTIONS),
        "sumy LexRank (3 sentences)": lambda: lexrank(article, 3),
        "sumy TextRank (3 sentences)": lambda: textrank(article, 3),
    }


def run(articles: list[tuple[str, str]], rounds: int) -> dict[str, list[float]]:
    """Per-article median milliseconds of every stage."""
    warm = stages(*articles[0])
    for fn in warm.values():
        fn()
    per: dict[str, list[float]] = {}
    for article_id, source in articles:
        calls = stages(article_id, source)
        samples: dict[str, list[float]] = {name: [] for name in calls}
        for _ in range(rounds):
            for name, fn in calls.items():
                samples[name].append(timed(fn))
        for name, values in samples.items():
            per.setdefault(name, []).append(statistics.median(values))
    return per


def markdown(articles: list[tuple[str, str]], per: dict[str, list[float]]) -> str:
    """The timings as a Markdown table."""
    words = [body_words(t) for _, t in articles]
    lines = [f"Articles: {len(articles)}, body words median {statistics.median(words):.0f} "
             f"(min {min(words)}, max {max(words)}); Python {platform.python_version()}, "
             f"{platform.machine()}", "",
             "| stage | median ms | p90 ms |", "|---|---:|---:|"]
    for name, values in per.items():
        p90 = statistics.quantiles(values, n=10)[-1] if len(values) > 1 else values[0]
        lines.append(f"| {name} | {statistics.median(values):.2f} | {p90:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of .txt articles")
    parser.add_argument("--limit", type=int, default=100, help="articles to time")
    parser.add_argument("--min-words", type=int, default=700)
    parser.add_argument("--max-words", type=int, default=900)
    parser.add_argument("--rounds", type=int, default=5, help="timed calls per article")
    args = parser.parse_args(argv)
    articles = corpus(args.folder, args.min_words, args.max_words, args.limit)
    if not articles:
        parser.error(f"no .txt article of {args.min_words}-{args.max_words} words "
                     f"in {args.folder}")
    print(markdown(articles, run(articles, max(1, args.rounds))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
