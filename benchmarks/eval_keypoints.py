"""Evaluate key points against the BBC News Summary references, with peers in the same run.

Protocol (see the data set's README): the system's first 3 key points of each article are
scored against its reference summary with ``rouge-score`` (``use_stemmer=True``): ROUGE-1,
ROUGE-2 and ROUGE-Lsum F1, sentences joined by newlines, averaged over articles. The
reference runs its sentences together ("...$10.9bn.For the full-year..."), so it is split
on sentence ends first. Peers on the same articles: LEAD-3, sumy LexRank and TextRank at 3
sentences (see ``peers.py``).

    python benchmarks/eval_keypoints.py /work/shared/eval/bbc-news-summary --limit 200

``--limit N`` takes N articles spread evenly over the sorted list (so every topic shows up);
``--half even|odd`` keeps every other article of the sorted list (the key-point ranker was
tuned on the even half only, so the odd half is held out).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rouge_score import rouge_scorer  # type: ignore[import-untyped]

sys.path.insert(0, str(Path(__file__).resolve().parent))

from peers import PEERS

from briefing.analysis.keypoints import key_points
from briefing.ingest.text import read_text
from briefing.model import Article
from briefing.options import AnalysisOptions

COUNT = 3
METRICS = ("rouge1", "rouge2", "rougeLsum")
# a sentence end run into the next sentence: "10.9bn.For", "said.\"We", "it?'The"
_REF_BOUNDARY = re.compile(r"(?<=[.!?])([\"'’”]?)(?=[\"'‘“]?[A-Z])")


def read(path: Path) -> str:
    """A data file as text; one file in the set is not UTF-8 but cp1252."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def reference_sentences(summary: str) -> list[str]:
    """The reference summary split on sentence ends that have no space after them."""
    text = _REF_BOUNDARY.sub(lambda m: m.group(1) + "\n", summary.strip())
    return [line.strip() for line in text.splitlines() if line.strip()]


def pairs(root: Path, limit: int | None, half: str | None = None) -> list[tuple[Path, Path]]:
    """(article, summary) paths, sorted; ``limit`` spreads a sample evenly over them."""
    found = sorted((root / "articles").glob("*/*.txt"))
    out = [(a, root / "summaries" / a.parent.name / a.name) for a in found]
    out = [(a, s) for a, s in out if s.is_file()]
    if half is not None:
        out = out[(0 if half == "even" else 1)::2]
    if limit and limit < len(out):
        out = [out[i * len(out) // limit] for i in range(limit)]
    return out


def ours(article: Article, count: int) -> list[str]:
    """The first ``count`` key points with the default options."""
    return [p.span.plain for p in key_points(article, AnalysisOptions())[:count]]


def evaluate(root: Path, limit: int | None,
             half: str | None = None) -> tuple[int, dict[str, dict[str, float]]]:
    """Mean F1 (in percent) of every system, and seconds per article, over the sample."""
    systems: dict[str, Callable[[Article, int], list[str]]] = {"briefing key points": ours}
    systems.update(PEERS)
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    scores: dict[str, dict[str, list[float]]] = {n: {m: [] for m in METRICS} for n in systems}
    seconds: dict[str, float] = dict.fromkeys(systems, 0.0)
    todo = pairs(root, limit, half)
    for apath, spath in todo:
        article = read_text(apath.relative_to(root).as_posix(), str(apath), read(apath))
        reference = "\n".join(reference_sentences(read(spath)))
        for name, system in systems.items():
            t0 = time.perf_counter()
            chosen = system(article, COUNT)
            seconds[name] += time.perf_counter() - t0
            result = scorer.score(reference, "\n".join(chosen))
            for m in METRICS:
                scores[name][m].append(result[m].fmeasure)
    table = {
        name: {**{m: 100 * statistics.fmean(v) for m, v in per.items()},
               "ms": 1000 * seconds[name] / max(1, len(todo))}
        for name, per in scores.items()
    }
    return len(todo), table


def markdown(n: int, table: dict[str, dict[str, float]]) -> str:
    """The results as a Markdown table."""
    lines = [f"Articles: {n}", "",
             "| system | ROUGE-1 F1 | ROUGE-2 F1 | ROUGE-Lsum F1 | ms/article |",
             "|---|---:|---:|---:|---:|"]
    for name, row in table.items():
        lines.append(f"| {name} | {row['rouge1']:.2f} | {row['rouge2']:.2f} | "
                     f"{row['rougeLsum']:.2f} | {row['ms']:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the bbc-news-summary folder")
    parser.add_argument("--limit", type=int, default=None, help="score only N articles")
    parser.add_argument("--half", choices=("even", "odd"), default=None,
                        help="every other article only (tuning was on the even half)")
    args = parser.parse_args(argv)
    if not (args.data / "articles").is_dir():
        parser.error(f"{args.data} has no articles/ folder")
    n, table = evaluate(args.data, args.limit, args.half)
    print(markdown(n, table))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
