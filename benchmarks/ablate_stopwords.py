"""Key points with the shipped stop words against the standard Snowball list, paired.

The experiment behind the key-point ranker's stop-word choice (``results/keypoints.md``,
fourth and sixth attempts). The variants rank sentences by topic words that keep everything
except the Snowball English stop words (the list NLTK ships), so "said", "Mr", "would" and
"made" count (the ranker's near-duplicate filter reads the same words, so it changes with
them); one of them also lowers the length exponent from 0.7 to 0.5 (shorter picks). Same
protocol as ``eval_keypoints.py``, on any folder in its layout (the BBC set, or
CNN/DailyMail laid out by ``cnndm_layout.py``):

    python benchmarks/ablate_stopwords.py /work/shared/eval/bbc-news-summary
    python benchmarks/ablate_stopwords.py /tmp/cnndm

Prints ROUGE F1 of each and the mean per-article difference in ROUGE-1 from the shipped
ranker with its standard error, so a change can be told from noise.

``--headlines`` scores instead how much of each article's own headline (its first line) the
first three key points cover (ROUGE-1 recall, stemmed), on any folders of ``.txt`` articles
whose first line is the title; it needs no reference summaries, so it runs on articles
nobody summarised (PolNeAR's texts, for one). Average words per three key points are shown
next to it, because recall grows with length:

    python benchmarks/ablate_stopwords.py --headlines /work/shared/eval/bbc-news-summary/articles
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


SHORTER = 0.5
"""The length exponent of the third variant (the shipped ranker uses 0.7)."""
VARIANTS: dict[str, tuple[Callable[[str], list[str]], float | None]] = {
    "shipped stop words": (content_words, None),
    "Snowball stop words": (snowball_words, None),
    f"Snowball stop words, length exponent {SHORTER}": (snowball_words, SHORTER),
}
"""Name -> (the ranker's words, its length exponent or None for the shipped one)."""


@contextmanager
def variant(name: str) -> Iterator[None]:
    """Rank as the variant ``name`` of ``VARIANTS`` does."""
    fn, exponent = VARIANTS[name]
    saved = keypoints.LENGTH_EXPONENT
    if exponent is not None:
        keypoints.LENGTH_EXPONENT = exponent
    try:
        with centrality_words(fn):
            yield
    finally:
        keypoints.LENGTH_EXPONENT = saved


def top3(article: Article) -> str:
    """The first three key points, one per line."""
    points = keypoints.key_points(article, AnalysisOptions(max_key_points=3))
    return "\n".join(p.span.plain for p in points)


def _table(rows: dict[str, list[list[float]]], columns: list[str]) -> None:
    n = len(next(iter(rows.values())))
    print(f"Articles: {n}\n\n| variant | " + " | ".join(columns) + " |\n"
          "|---|" + "---:|" * len(columns))
    for name, got in rows.items():
        means = [statistics.fmean(r[i] for r in got) if got else 0.0
                 for i in range(len(columns))]
        print(f"| {name} | " + " | ".join(f"{m:.2f}" for m in means) + " |")
    base = rows["shipped stop words"]
    for name, got in rows.items():
        diffs = [b[0] - a[0] for a, b in zip(base, got, strict=True)]
        if name != "shipped stop words" and len(diffs) > 1:
            se = statistics.stdev(diffs) / len(diffs) ** 0.5
            print(f"\n{columns[0]}, {name} minus shipped: {statistics.fmean(diffs):+.2f} "
                  f"(standard error {se:.2f}) over {n} articles")


def headlines(folders: list[Path], limit: int | None) -> None:
    """ROUGE-1 recall of each article's headline by its first three key points, per variant."""
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    files = [f for folder in folders for f in sorted(folder.rglob("*.txt"))]
    rows: dict[str, list[list[float]]] = {name: [] for name in VARIANTS}
    for path in files[:limit]:
        raw = read(path)
        title = raw.strip().splitlines()[0] if raw.strip() else ""
        article = read_text(path.name, str(path), raw)
        if not title or len(article.sentences) < 6:
            continue
        for name in VARIANTS:
            with variant(name):
                picked = top3(article)
            recall = scorer.score(title, picked)["rouge1"].recall
            rows[name].append([100 * recall, float(len(picked.split()))])
    _table(rows, ["headline ROUGE-1 recall", "words in 3 key points"])


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, nargs="+",
                        help="a folder in the bbc-news-summary layout (with --headlines: "
                             "folders of .txt articles, title on the first line)")
    parser.add_argument("--limit", type=int, default=None, help="score only N articles")
    parser.add_argument("--headlines", action="store_true",
                        help="score headline recall instead of ROUGE against summaries")
    args = parser.parse_args(argv)
    if args.headlines:
        headlines(args.data, args.limit)
        return 0
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    rows: dict[str, list[list[float]]] = {name: [] for name in VARIANTS}
    for apath, spath in pairs(args.data[0], args.limit):
        article = read_text(apath.name, str(apath), read(apath))
        reference = "\n".join(reference_sentences(read(spath)))
        for name in VARIANTS:
            with variant(name):
                result = scorer.score(reference, top3(article))
            rows[name].append([100 * result[m].fmeasure for m in METRICS])
    _table(rows, ["ROUGE-1 F1", "ROUGE-2 F1", "ROUGE-Lsum F1"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
