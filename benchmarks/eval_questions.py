"""Score the sentence-level uncertainty detector behind the open questions.

Usage::

    python benchmarks/eval_questions.py /work/shared/eval/conll2010-wiki-uncertainty [--limit N]
        [--articles DIR]

Reads ``dev.tsv`` (``label<TAB>sentence``, labels ``certain``/``uncertain``) from the
data folder and prints precision, recall and F1 of the ``uncertain`` class for
``briefing.analysis.hedges.is_uncertain`` against a bare cue-word baseline, on all
sentences and on two halves (alternating blocks of 50 rows, so that the sentences of
one Wikipedia article mostly stay together): tune on one half, read the other.
``--errors fp|fn`` lists the misses of the system (to the terminal only).

``--articles DIR`` also runs ``open_questions`` over the ``.txt`` articles below DIR
(e.g. the BBC articles of the key-point evaluation) and prints how many questions of
each kind come out and how long it takes: CPU time, best of 5 runs per article, as
median milliseconds per article and per 800 words.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.analysis.hedges import is_uncertain
from briefing.analysis.questions import open_questions
from briefing.errors import BriefingError
from briefing.ingest import ingest_file
from briefing.model import Article, OpenQuestion
from briefing.options import AnalysisOptions, IngestOptions

BASELINE_CUES = frozenset((
    "may", "might", "could", "possibly", "probably", "perhaps", "likely", "unlikely",
    "reportedly", "allegedly", "believed", "believe", "suggest", "suggests", "suggested",
    "some", "many", "several", "appear", "appears", "seem", "seems", "thought", "claimed",
    "considered", "often", "usually", "generally",
))
"""The bare cue-word list the README's baseline refers to ("may", "could", "some"...)."""
_WORD = re.compile(r"[a-z]+")
BLOCK = 50


def baseline(text: str) -> str | None:
    """The first baseline cue word in ``text``, case-insensitively, or None."""
    for m in _WORD.finditer(text.lower()):
        if m.group() in BASELINE_CUES:
            return m.group()
    return None


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 of the ``uncertain`` class."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load(data_dir: Path, limit: int | None) -> list[tuple[bool, str]]:
    """``(is_uncertain, sentence)`` rows of ``dev.tsv``, the first ``limit`` if given."""
    path = data_dir / "dev.tsv"
    rows: list[tuple[bool, str]] = []
    with path.open(encoding="utf-8") as fh:
        header = fh.readline()
        if not header.startswith("label"):
            raise SystemExit(f"{path}: expected a 'label<TAB>sentence' header")
        for line in fh:
            label, _, sentence = line.rstrip("\n").partition("\t")
            if label not in ("certain", "uncertain"):
                raise SystemExit(f"{path}: unexpected label {label!r}")
            rows.append((label == "uncertain", sentence))
    return rows[:limit] if limit else rows


def score(rows: Sequence[tuple[bool, str]], detect: Callable[[str], str | None]) -> Score:
    """Count hits and misses of ``detect`` over ``rows``."""
    tp = fp = fn = 0
    for gold, text in rows:
        pred = detect(text) is not None
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
    return Score(tp, fp, fn)


def halves(rows: Sequence[tuple[bool, str]]) -> tuple[list[tuple[bool, str]], ...]:
    """Half A and half B: alternating blocks of ``BLOCK`` rows."""
    a = [r for i, r in enumerate(rows) if (i // BLOCK) % 2 == 0]
    b = [r for i, r in enumerate(rows) if (i // BLOCK) % 2 == 1]
    return a, b


def load_articles(folder: Path, limit: int) -> list[Article]:
    """Up to ``limit`` ``.txt`` articles below ``folder``, in path order."""
    out: list[Article] = []
    for path in sorted(folder.rglob("*.txt"))[:limit]:
        try:
            out.append(ingest_file(path, folder, IngestOptions()))
        except BriefingError as exc:
            print(f"skipped: {exc}", file=sys.stderr)
    return out


def article_report(articles: Sequence[Article]) -> None:
    """Questions per kind and CPU time of ``open_questions`` over real articles."""
    options = AnalysisOptions(max_open_questions=0)
    kinds: dict[str, int] = {}
    per_article: list[float] = []
    per_800: list[float] = []
    with_any = 0
    for a in articles:
        best = float("inf")
        questions: tuple[OpenQuestion, ...] = ()
        for _ in range(5):
            t0 = time.process_time()
            questions = open_questions(a, options)
            best = min(best, time.process_time() - t0)
        with_any += bool(questions)
        for q in questions:
            kinds[q.kind.value] = kinds.get(q.kind.value, 0) + 1
        per_article.append(best * 1000)
        per_800.append(best * 1000 * 800 / max(1, a.word_count))
    total = sum(kinds.values())
    words = statistics.mean(a.word_count for a in articles) if articles else 0
    print()
    print(f"articles: {len(articles)} (mean {words:.0f} words); with a question: {with_any}; "
          f"questions: {total} (no limit), by kind: "
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if per_article:
        print(f"open_questions CPU time: median {statistics.median(per_article):.2f} ms per "
              f"article, {statistics.median(per_800):.2f} ms per 800 words (best of 5)")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table; return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", type=Path, help="folder holding dev.tsv")
    ap.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    ap.add_argument("--errors", choices=("fp", "fn"), help="list the system's misses")
    ap.add_argument("--articles", type=Path, help="also time open_questions on these articles")
    ap.add_argument("--max-articles", type=int, default=300, help="at most this many articles")
    args = ap.parse_args(argv)
    rows = load(args.data_dir, args.limit)
    a, b = halves(rows)
    print(f"data: {args.data_dir / 'dev.tsv'}  sentences: {len(rows)} "
          f"(uncertain {sum(g for g, _ in rows)}); half A {len(a)}, half B {len(b)}")
    print()
    print("| system | set | n | P | R | F1 |")
    print("|---|---|---|---|---|---|")
    for name, detect in (("hedges.is_uncertain", is_uncertain), ("cue-list baseline", baseline)):
        for label, part in (("all", rows), ("half A", a), ("half B", b)):
            if not part:
                continue
            s = score(part, detect)
            print(f"| {name} | {label} | {len(part)} | {s.precision:.3f} | {s.recall:.3f} "
                  f"| {s.f1:.3f} |")
    times = []
    for _ in range(3):
        t0 = time.process_time()
        for _, text in rows:
            is_uncertain(text)
        times.append((time.process_time() - t0) / max(1, len(rows)))
    print()
    print(f"is_uncertain CPU time: {min(times) * 1e6:.1f} µs per sentence (best of 3 runs)")
    if args.articles:
        article_report(load_articles(args.articles, args.max_articles))
    if args.errors:
        want_gold = args.errors == "fn"
        for gold, text in rows:
            if gold == want_gold and (is_uncertain(text) is None) == want_gold:
                print(f"{args.errors}\t{is_uncertain(text)}\t{text}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
