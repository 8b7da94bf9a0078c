"""Evaluate the sources (attribution) analysis against PolNeAR.

    python benchmarks/eval_sources.py /work/shared/eval/polnear --split train --limit 100

Protocol (see the data set's README): exact-match and overlap precision, recall and F1 of
Source, Cue and Content spans, micro-averaged over documents, on the character offsets
the system reports into the original file.

* System output: ``briefing analyze --format json FILES...`` run once as a subprocess
  over all articles (JSON Lines, one object per file, in the order given); with
  ``--via api`` (or when the CLI is not installed) the same offsets come from
  ``briefing.analysis.sources.find_sources`` in this process.
* Gold: every ``T`` line of type Source, Cue or Content in the ``.ann`` files. A span
  split in pieces (``0 5;9 14``, e.g. a quotation interrupted by "he said") counts each
  piece as one span, as in the tag-sequence view of the corpus (each token has at most
  one label). Spans are compared as sets per document (duplicates count once) after
  trimming white space at both ends.
* Several annotators: an article annotated by k annotators is scored k times, once
  against each annotation file, with the same system output (``--first-annotator``
  keeps only the alphabetically first file of each article).
* Conventions mapped, both documented in ``briefing.analysis.sources``:
  - a direct quote's content is the words inside the quotation marks (without a closing
    comma); PolNeAR's content includes the marks, so the span is widened over the marks
    (and a comma just inside the closing mark);
  - the system also reports a partial quote inside reported content as a verbatim quote
    of its own (same source and cue); PolNeAR gives each token one label, so such a
    quote is folded into the attribution that encloses it;
  - an attribution with nobody named ("it was reported") carries its cue as source
    span; that source is not a source span;
  - a content that holds its own cue ("Trump is expected to win") is scored as the two
    pieces either side of the cue, as PolNeAR splits it;
  - an attribution whose source names nobody in particular ("neither side has said",
    "each was blaming", "either party can ask") is not among the grouped sources, so it
    is not scored (71 attributions in train, 26 with a gold source span: -0.1 F1).
* Titles (the first line) are not analysed by the system; gold spans there still count.
* ``--speed`` times ``find_sources`` instead (articles of 650-950 words, best of 3 runs
  each) and prints the median milliseconds per 800 words.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TYPES = ("Source", "Cue", "Content")
_T_LINE = re.compile(r"^T\d+\t(\w+) (\d+ \d+(?:;\d+ \d+)*)\t", re.M)
_OPEN_MARKS = "\"“„«'‘`"
_CLOSE_MARKS = "\"”»'’"

Spans = dict[str, set[tuple[int, int]]]


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``start:end`` without white space at either end; None if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def gold_spans(text: str, ann: str) -> Spans:
    """Source, Cue and Content spans of one annotation file, one per piece."""
    out: Spans = {t: set() for t in TYPES}
    for m in _T_LINE.finditer(ann):
        kind = m.group(1)
        if kind not in out:
            continue
        for piece in m.group(2).split(";"):
            s, e = (int(x) for x in piece.split())
            span = trim(text, s, e)
            if span is not None:
                out[kind].add(span)
    return out


def widen_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """A quote's inner span widened over its quotation marks (and a comma inside)."""
    s, e = start, end
    if s > 0 and text[s - 1] in _OPEN_MARKS:
        s -= 1
        if s > 0 and text[s - 1] in "'`" and text[s] in "'`":  # ''wire style''
            s -= 1
    if e < len(text) and text[e] == ",":
        e += 1
    if e < len(text) and text[e] in _CLOSE_MARKS:
        e += 1
        if e < len(text) and text[e] == "'" and text[e - 1] == "'":
            e += 1
    return s, e


def system_spans(text: str, result: dict[str, object]) -> Spans:
    """Source, Cue and Content spans of one JSON result (``briefing analyze`` shape)."""
    out: Spans = {t: set() for t in TYPES}
    atts = [a for s in result["sources"] for a in s["attributions"]]  # type: ignore[attr-defined]
    contents = [(a["cue"]["start"], a["content"]["start"], a["content"]["end"]) for a in atts
                if not a["quote"]]
    for a in atts:
        src, cue, con = a["source"], a["cue"], a["content"]
        if (src["start"], src["end"]) != (cue["start"], cue["end"]):
            out["Source"].add((src["start"], src["end"]))
        out["Cue"].add((cue["start"], cue["end"]))
        if a["quote"]:
            if any(c == cue["start"] and s <= con["start"] and con["end"] <= e and
                   (s, e) != (con["start"], con["end"]) for c, s, e in contents):
                continue  # a partial quote inside reported content: folded in
            out["Content"].add(widen_quote(text, con["start"], con["end"]))
        elif con["start"] <= cue["start"] and cue["end"] <= con["end"]:
            # "Trump is expected to win": the content around its own cue, in two pieces
            out["Content"].add((con["start"], cue["start"]))
            out["Content"].add((cue["end"], con["end"]))
        else:
            out["Content"].add((con["start"], con["end"]))
    for kind in TYPES:
        out[kind] = {t for s, e in out[kind] if (t := trim(text, s, e)) is not None}
    return out


@dataclass
class Tally:
    """Counts for one span type."""

    gold: int = 0
    system: int = 0
    exact: int = 0
    system_overlapping: int = 0
    gold_overlapping: int = 0

    def add(self, gold: set[tuple[int, int]], system: set[tuple[int, int]]) -> None:
        """Count one document."""
        self.gold += len(gold)
        self.system += len(system)
        self.exact += len(gold & system)
        self.system_overlapping += sum(1 for s in system if _overlaps(s, gold))
        self.gold_overlapping += sum(1 for g in gold if _overlaps(g, system))

    def exact_prf(self) -> tuple[float, float, float]:
        """Exact-match precision, recall, F1 in percent."""
        return _prf(self.exact, self.system, self.exact, self.gold)

    def overlap_prf(self) -> tuple[float, float, float]:
        """Overlap precision, recall, F1 in percent."""
        return _prf(self.system_overlapping, self.system, self.gold_overlapping, self.gold)


def _overlaps(span: tuple[int, int], others: Iterable[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in others)


def _prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> tuple[float, float, float]:
    p = 100.0 * tp_p / n_p if n_p else 0.0
    r = 100.0 * tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Article:
    """One PolNeAR article and its annotation files."""

    path: Path
    annotations: list[Path] = field(default_factory=list)


def articles(root: Path, split: str, limit: int | None, first_only: bool) -> list[Article]:
    """The split's articles that have annotations, sorted; ``limit`` spreads a sample."""
    text_dir, ann_dir = root / split / "text", root / split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        sys.exit(f"no {split} split under {root} (expected {text_dir} and {ann_dir})")
    found = {p.stem: Article(p) for p in sorted(text_dir.glob("*.txt"))}
    for ann in sorted(ann_dir.glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        if stem in found:
            found[stem].annotations.append(ann)
    out = [a for a in found.values() if a.annotations]
    if first_only:
        for a in out:
            a.annotations = a.annotations[:1]
    if limit and limit < len(out):
        out = [out[i * len(out) // limit] for i in range(limit)]
    return out


def cli_available() -> bool:
    """True when ``briefing analyze --format json`` can be run."""
    exe = shutil.which("briefing")
    if exe is None:
        return False
    done = subprocess.run([exe, "analyze", "--help"], capture_output=True, text=True,
                          check=False)
    return done.returncode == 0 and "--format" in done.stdout


def run_cli(paths: list[Path], batch: int = 200) -> Iterator[dict[str, object]]:
    """JSON results of ``briefing analyze --format json`` over ``paths``, in order."""
    exe = shutil.which("briefing") or "briefing"
    for i in range(0, len(paths), batch):
        chunk = [str(p) for p in paths[i:i + batch]]
        done = subprocess.run([exe, "analyze", "--format", "json", *chunk],
                              capture_output=True, text=True, check=False)
        results = {}
        for line in done.stdout.splitlines():
            if line.strip():
                obj = json.loads(line)
                results[obj["path"]] = obj
        for p in chunk:
            if p not in results:
                sys.exit(f"briefing analyze gave no result for {p}:\n{done.stderr}")
            yield results[p]


def run_api(paths: list[Path]) -> Iterator[dict[str, object]]:
    """The same JSON shape from the Python API, for when the CLI is missing."""
    from briefing.analysis.sources import find_sources
    from briefing.ingest import ingest_file
    from briefing.options import AnalysisOptions, IngestOptions

    options = AnalysisOptions()
    for p in paths:
        article = ingest_file(p, p.parent, IngestOptions())
        yield {"path": str(p), "sources": [
            {"name": s.name, "attributions": [
                {"source": _span(a.source), "cue": _span(a.cue), "content": _span(a.content),
                 "quote": a.quote} for a in s.attributions]}
            for s in find_sources(article, options)]}


def _span(span: object) -> dict[str, object]:
    return {"text": span.text, "start": span.start, "end": span.end}  # type: ignore[attr-defined]


def evaluate(items: list[Article], via: str) -> tuple[dict[str, Tally], int, float]:
    """Tallies per span type, the number of scored documents, and seconds taken."""
    paths = [a.path for a in items]
    t0 = time.perf_counter()
    results = list(run_cli(paths) if via == "cli" else run_api(paths))
    seconds = time.perf_counter() - t0
    tallies = {t: Tally() for t in TYPES}
    docs = 0
    for art, result in zip(items, results, strict=True):
        text = art.path.read_text(encoding="utf-8")
        system = system_spans(text, result)
        for ann in art.annotations:
            gold = gold_spans(text, ann.read_text(encoding="utf-8"))
            for kind in TYPES:
                tallies[kind].add(gold[kind], system[kind])
            docs += 1
    return tallies, docs, seconds


def table(tallies: dict[str, Tally]) -> str:
    """A Markdown table of the scores."""
    lines = ["| span | gold | system | exact P | exact R | exact F1 | overlap P | overlap R |"
             " overlap F1 |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for kind in TYPES:
        t = tallies[kind]
        ep, er, ef = t.exact_prf()
        op, orr, of = t.overlap_prf()
        lines.append(f"| {kind} | {t.gold} | {t.system} | {ep:.1f} | {er:.1f} | **{ef:.1f}** |"
                     f" {op:.1f} | {orr:.1f} | {of:.1f} |")
    return "\n".join(lines)


def speed(items: list[Article], sample: int = 78) -> tuple[int, float]:
    """Articles timed and median ms of ``find_sources`` per 800 words (best of 3 runs)."""
    import statistics

    from briefing.analysis.sources import find_sources
    from briefing.ingest import ingest_file
    from briefing.options import AnalysisOptions, IngestOptions

    options = AnalysisOptions()
    per_800: list[float] = []
    for item in items:
        article = ingest_file(item.path, item.path.parent, IngestOptions())
        if not 650 <= article.word_count <= 950:
            continue
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            find_sources(article, options)
            best = min(best, time.perf_counter() - t0)
        per_800.append(best * 1000 * 800 / article.word_count)
        if len(per_800) >= sample:
            break
    return len(per_800), statistics.median(per_800) if per_800 else 0.0


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print a Markdown table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="the polnear folder (with train/, dev/)")
    ap.add_argument("--split", default="train", help="train, dev or test (default train)")
    ap.add_argument("--limit", type=int, default=0, help="articles, spread evenly; 0 = all")
    ap.add_argument("--via", choices=("auto", "cli", "api"), default="auto",
                    help="system output from the briefing CLI (auto: if installed) or the API")
    ap.add_argument("--first-annotator", action="store_true",
                    help="score each article against its first annotation file only")
    ap.add_argument("--speed", action="store_true",
                    help="time find_sources on 78 articles of 650-950 words instead")
    args = ap.parse_args(argv)
    via = args.via if args.via != "auto" else ("cli" if cli_available() else "api")
    items = articles(args.data, args.split, args.limit or None, args.first_annotator)
    if args.speed:
        n, ms = speed(items)
        print(f"find_sources: {n} articles of 650-950 words, median {ms:.2f} ms per 800 words")
        return 0
    tallies, docs, seconds = evaluate(items, via)
    print(f"PolNeAR {args.split}: {len(items)} articles, {docs} annotation files, "
          f"system output via {via}, {seconds:.1f} s")
    print(table(tallies))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
