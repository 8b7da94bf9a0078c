"""Score the sentence-level uncertainty detector behind the open questions.

Usage::

    python benchmarks/eval_questions.py /work/shared/eval/conll2010-wiki-uncertainty [--limit N]
        [--folds K] [--errors fp|fn] [--articles DIR]

Reads ``dev.tsv`` (``label<TAB>sentence``, labels ``certain``/``uncertain``) from the
data folder and prints precision, recall and F1 of the ``uncertain`` class.

Held-out validation is k-fold (5 folds by default), stratified and grouped: the rows of
each label are taken in file order and cut into runs of ``RUN`` consecutive rows, and the
runs go to the folds in turn, so each fold holds the same share of each label and the
neighbouring sentences of one Wikipedia article mostly stay in one fold. Every system is
a *method*: given the training part of a fold it returns a detector, which is scored on
the held-out fold. Whatever a method fits (a threshold, weights) is fitted on the training
part only. The table gives each fold's held-out F1 and the mean and minimum over folds:

* ``hedges.is_uncertain``: the shipped detector; it fits nothing (fixed hand-set weights).
* ``hedge score, fitted cut``: the same cue weights, with the threshold fitted per fold
  (the fitted cuts are printed: if they match ``hedges.THRESHOLD``, the frozen one is what
  any training part would choose).
* ``logistic, kind x tier``: a small L2 logistic model over counts of cues per kind and
  tier, and a cut on its score, fitted per fold by the code below (no libraries).
* ``cue-list baseline``: the bare word list the data's README describes.

Then the shipped detector and the baseline on all rows. ``--errors fp|fn`` lists the
misses of the shipped detector (to the terminal only).

``--articles DIR`` also runs ``open_questions`` over the ``.txt`` articles below DIR
(e.g. the BBC articles of the key-point evaluation) and prints how many questions of
each kind come out and how long it takes: CPU time, best of 5 runs per article, as
median milliseconds per article and per 800 words.
"""

from __future__ import annotations

import argparse
import itertools
import math
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.analysis.hedges import (
    MEDIUM,
    STRONG,
    find_cues,
    is_uncertain,
    uncertainty_score,
)
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
FOLDS = 5
RUN = 10
"""Consecutive rows of one label that go to the same fold."""
L2 = 1.0
"""Penalty of the logistic model's weights."""


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


Rows = Sequence[tuple[bool, str]]
Detector = Callable[[str], "str | None"]
Method = Callable[[Rows], tuple[Detector, str]]
"""Fits on training rows; returns a detector and a note on what it fitted ("" if nothing)."""


def folds(rows: Rows, k: int = FOLDS, run: int = RUN) -> list[int]:
    """The fold (0 to ``k``-1) of each row: stratified by label, grouped in runs of rows."""
    out = [0] * len(rows)
    for label in (True, False):
        index = [i for i, (gold, _) in enumerate(rows) if gold == label]
        for j, i in enumerate(index):
            out[i] = (j // run) % k
    return out


def best_cut(scored: Sequence[tuple[float, bool]]) -> float:
    """The threshold ``t`` (``score >= t`` is uncertain) with the best F1 on ``scored``.

    Candidates are the midpoints between neighbouring distinct scores; of equals, the
    lowest wins.
    """
    values = sorted({s for s, _ in scored})
    if not values:
        return 0.0
    cuts = [values[0] - 1.0] + [(a + b) / 2 for a, b in itertools.pairwise(values)]
    best, best_f1 = cuts[0], -1.0
    for t in cuts:
        tp = sum(1 for s, g in scored if g and s >= t)
        fp = sum(1 for s, g in scored if not g and s >= t)
        fn = sum(1 for s, g in scored if g and s < t)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best_f1 + 1e-12:
            best, best_f1 = t, f1
    return best


def _tier(weight: float) -> str:
    if weight < 0:
        return "against"
    return "strong" if weight >= STRONG else "medium" if weight >= MEDIUM else "weak"


def cue_features(text: str) -> dict[str, float]:
    """Counts of the cues in ``text`` per kind and tier ("weasel:strong": 2)."""
    out: dict[str, float] = {}
    for c in find_cues(text):
        key = f"{c.kind.value}:{_tier(c.weight)}"
        out[key] = out.get(key, 0.0) + 1.0
    return out


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """``x`` with ``a x = b`` (Gaussian elimination with partial pivoting; ``a`` is
    positive definite here)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def fit_logistic(xs: Sequence[dict[str, float]], ys: Sequence[bool],
                 l2: float = L2) -> dict[str, float]:
    """Weights of an L2-penalised logistic model (key ``""`` is the intercept, unpenalised),
    fitted by Newton's method."""
    names = ["", *sorted({k for x in xs for k in x})]
    at = {k: i for i, k in enumerate(names)}
    rows = [[(0, 1.0), *sorted((at[k], v) for k, v in x.items())] for x in xs]
    w = [0.0] * len(names)
    for _ in range(50):
        grad = [l2 * wi if i else 0.0 for i, wi in enumerate(w)]
        hess = [[(l2 if i == j and i else 1e-9 if i == j else 0.0) for j in range(len(w))]
                for i in range(len(w))]
        for row, y in zip(rows, ys, strict=True):
            z = sum(w[i] * v for i, v in row)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for i, v in row:
                grad[i] += (p - y) * v
                for j, u in row:
                    hess[i][j] += p * (1 - p) * v * u
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(si) for si in step) < 1e-8:
            break
    return dict(zip(names, w, strict=True))


def _logit(weights: dict[str, float], x: dict[str, float]) -> float:
    return weights[""] + sum(weights.get(k, 0.0) * v for k, v in x.items())


def shipped(train: Rows) -> tuple[Detector, str]:
    """The shipped detector: nothing to fit."""
    return is_uncertain, ""


def fitted_cut(train: Rows) -> tuple[Detector, str]:
    """The cue-weight sum of ``hedges`` with the threshold fitted on ``train``."""
    t = best_cut([(uncertainty_score(find_cues(text)), gold) for gold, text in train])

    def detect(text: str) -> str | None:
        return "cut" if uncertainty_score(find_cues(text)) >= t else None

    return detect, f"cut {t:.3f}"


def logistic(train: Rows) -> tuple[Detector, str]:
    """A logistic model over cue kind x tier counts, and a cut on it, fitted on ``train``."""
    xs = [cue_features(text) for _, text in train]
    ys = [gold for gold, _ in train]
    weights = fit_logistic(xs, ys)
    t = best_cut([(_logit(weights, x), y) for x, y in zip(xs, ys, strict=True)])

    def detect(text: str) -> str | None:
        return "logit" if _logit(weights, cue_features(text)) >= t else None

    return detect, f"cut {t:.2f}"


def cue_list(train: Rows) -> tuple[Detector, str]:
    """The bare cue-word baseline: nothing to fit."""
    return baseline, ""


METHODS: tuple[tuple[str, Method], ...] = (
    ("hedges.is_uncertain", shipped),
    ("hedge score, fitted cut", fitted_cut),
    ("logistic, kind x tier", logistic),
    ("cue-list baseline", cue_list),
)


@dataclass(frozen=True)
class CrossValidation:
    """Held-out scores of one method, one per fold, and what it fitted in each."""

    name: str
    scores: tuple[Score, ...]
    notes: tuple[str, ...]

    @property
    def mean_f1(self) -> float:
        return statistics.mean(s.f1 for s in self.scores)

    @property
    def min_f1(self) -> float:
        return min(s.f1 for s in self.scores)


def cross_validate(rows: Rows, name: str, method: Method, k: int = FOLDS,
                   run: int = RUN) -> CrossValidation:
    """Fit ``method`` on all folds but one and score it on that one, for each fold."""
    fold_of = folds(rows, k, run)
    scores: list[Score] = []
    notes: list[str] = []
    for f in range(k):
        test = [r for r, g in zip(rows, fold_of, strict=True) if g == f]
        train = [r for r, g in zip(rows, fold_of, strict=True) if g != f]
        if not test:
            continue
        detect, note = method(train)
        scores.append(score(test, detect))
        notes.append(note)
    return CrossValidation(name, tuple(scores), tuple(notes))


def print_cross_validation(results: Sequence[CrossValidation], k: int) -> None:
    """The per-fold table: held-out F1 per fold, mean and min; mean P and R."""
    heads = " | ".join(f"fold {i + 1}" for i in range(k))
    print(f"| system (held-out F1) | {heads} | mean F1 | min F1 | mean P | mean R |")
    print("|---|" + "---|" * (k + 4))
    for cv in results:
        cells = " | ".join(f"{s.f1:.3f}" for s in cv.scores)
        cells += " | –" * (k - len(cv.scores))
        p = statistics.mean(s.precision for s in cv.scores)
        r = statistics.mean(s.recall for s in cv.scores)
        print(f"| {cv.name} | {cells} | **{cv.mean_f1:.3f}** | {cv.min_f1:.3f} "
              f"| {p:.3f} | {r:.3f} |")
    for cv in results:
        if any(cv.notes):
            print(f"{cv.name}, fitted per fold: " + "; ".join(cv.notes))


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
    ap.add_argument("--folds", type=int, default=FOLDS, help="number of folds (default 5)")
    ap.add_argument("--errors", choices=("fp", "fn"), help="list the system's misses")
    ap.add_argument("--articles", type=Path, help="also time open_questions on these articles")
    ap.add_argument("--max-articles", type=int, default=300, help="at most this many articles")
    args = ap.parse_args(argv)
    rows = load(args.data_dir, args.limit)
    k = args.folds
    print(f"data: {args.data_dir / 'dev.tsv'}  sentences: {len(rows)} "
          f"(uncertain {sum(g for g, _ in rows)}); {k} folds, stratified, runs of {RUN} rows")
    print()
    print_cross_validation([cross_validate(rows, name, m, k) for name, m in METHODS], k)
    print()
    print("| system | set | n | P | R | F1 |")
    print("|---|---|---|---|---|---|")
    for name, detect in (("hedges.is_uncertain", is_uncertain), ("cue-list baseline", baseline)):
        s = score(rows, detect)
        print(f"| {name} | all | {len(rows)} | {s.precision:.3f} | {s.recall:.3f} "
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
