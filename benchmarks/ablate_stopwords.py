"""Key points with the shipped stop words against the standard Snowball list, paired.

The experiment behind the key-point ranker's stop-word choice (``results/keypoints.md``,
fourth attempt). The variant ranks sentences by topic words that keep everything except the
Snowball English stop words (the list NLTK ships), so "said", "Mr", "would" and "made" count
(the ranker's near-duplicate filter reads the same words, so it changes with them). Same
protocol as ``eval_keypoints.py``, on any folder in its layout (the BBC set, or
CNN/DailyMail laid out by ``cnndm_layout.py``):

    python benchmarks/ablate_stopwords.py /work/shared/eval/bbc-news-summary
    python benchmarks/ablate_stopwords.py /tmp/cnndm

Prints ROUGE F1 of both and the mean per-article difference in ROUGE-1 with its standard
error, so a change can be told from noise.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rouge_score import rouge_scorer  # type: ignore[import-untyped]

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_keypoints import METRICS, pairs, read, reference_sentences

from briefing.analysis import keypoints
from briefing.analysis.lexical import content_words, stem, words
from briefing.ingest.text import read_text
from briefing.model import Article
from briefing.options import AnalysisOptions

_SNOWBALL_TEXT = """
a about above after again against ain all am an and any are aren aren't as at be because been
before being below between both but by can couldn couldn't d did didn didn't do does doesn
doesn't doing don don't down during each few for from further had hadn hadn't has hasn hasn't
have haven haven't having he her here hers herself him himself his how i if in into is isn
isn't it it's its itself just ll m ma me mightn mightn't more most mustn mustn't my myself
needn needn't no nor not now o of off on once only or other our ours ourselves out over own re
s same shan shan't she she's should should've shouldn shouldn't so some such t than that
that'll the their theirs them themselves then there these they this those through to too under
until up very ve was wasn wasn't we were weren weren't what when where which while who whom why
will with won won't wouldn wouldn't y you you'd you'll you're you've your yours yourself
yourselves
"""
SNOWBALL = frozenset(_SNOWBALL_TEXT.split())
"""The Snowball English stop-word list (179 words)."""
_WORDS = "content_words"
"""The name under which the ranker looks its words up."""


def snowball_words(text: str) -> list[str]:
    """Stems of the words of ``text`` that are not Snowball stop words or bare numbers."""
    return [stem(w) for w in words(text) if w not in SNOWBALL and not w[0].isdigit()]


@contextmanager
def centrality_words(fn: Callable[[str], list[str]]) -> Iterator[None]:
    """Rank with ``fn`` as the ranker's words (for its centrality and its duplicate filter)."""
    saved = getattr(keypoints, _WORDS)
    setattr(keypoints, _WORDS, fn)
    try:
        yield
    finally:
        setattr(keypoints, _WORDS, saved)


def top3(article: Article) -> str:
    """The first three key points, one per line."""
    points = keypoints.key_points(article, AnalysisOptions(max_key_points=3))
    return "\n".join(p.span.plain for p in points)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="a folder in the bbc-news-summary layout")
    parser.add_argument("--limit", type=int, default=None, help="score only N articles")
    args = parser.parse_args(argv)
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    rows: dict[str, list[list[float]]] = {"shipped stop words": [], "Snowball stop words": []}
    for apath, spath in pairs(args.data, args.limit):
        article = read_text(apath.name, str(apath), read(apath))
        reference = "\n".join(reference_sentences(read(spath)))
        for name, fn in (("shipped stop words", content_words),
                         ("Snowball stop words", snowball_words)):
            with centrality_words(fn):
                result = scorer.score(reference, top3(article))
            rows[name].append([100 * result[m].fmeasure for m in METRICS])
    n = len(rows["shipped stop words"])
    print(f"Articles: {n}\n\n| variant | ROUGE-1 F1 | ROUGE-2 F1 | ROUGE-Lsum F1 |\n"
          "|---|---:|---:|---:|")
    for name, got in rows.items():
        means = [statistics.fmean(r[i] for r in got) if got else 0.0 for i in range(3)]
        print(f"| {name} | " + " | ".join(f"{m:.2f}" for m in means) + " |")
    diffs = [b[0] - a[0] for a, b in zip(*rows.values(), strict=True)]
    if len(diffs) > 1:
        se = statistics.stdev(diffs) / len(diffs) ** 0.5
        print(f"\nROUGE-1, Snowball minus shipped: {statistics.fmean(diffs):+.2f} "
              f"(standard error {se:.2f}) over {n} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
