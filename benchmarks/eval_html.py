"""Evaluate the .html reader on real saved pages labelled by Mozilla's Readability tests.

    python benchmarks/eval_html.py DATA_DIR [--limit N] [--pages a,b,c] [--worst N]

``DATA_DIR`` holds one folder per page with the three files of Readability.js's test
pages (``test/test-pages/<name>/`` in ``mozilla/readability``): ``source.html`` (the saved
page), ``expected-metadata.json`` (``title``, ``byline``, ``publishedTime``...) and
``expected.html`` (the article Readability extracts). The data is never part of this
repository.

For every page, two readers:

* **ours**: ``briefing.ingest.ingest_file`` (decoding, trafilatura, our metadata and
  boilerplate rules); text is ``Article.text``, the title ``meta.title`` and so on;
* **peer**: ``trafilatura.bare_extraction(source, with_metadata=True)`` with default
  settings (comments and tables included), the library our reader builds on.

Measures, per page and averaged over the pages (macro):

* title: exact match after normalisation (NFKC, case, quotes, dashes, white space), and
  token F1 against the expected title;
* author against the expected byline: a match when the names are the byline (without a
  leading "By") or a run of the byline's words ("By Jane Roe - May 1, 2020 10:00 am");
  pages whose expected byline is empty are not scored, and an author given there is
  counted as "extra";
* date against ``publishedTime`` (same calendar day as written); pages without one are
  not scored;
* body: bag of lower-cased words of our plain text against the text of
  ``expected.html``: precision, recall, F1 (micro over words within a page).

Readability's expected body is one extractor's opinion, not ground truth: it keeps
stand-firsts and some captions, and drops or keeps boilerplate by its own rules.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import trafilatura

from briefing.errors import BriefingError
from briefing.ingest import ingest_file
from briefing.options import IngestOptions

_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})
_BY = re.compile(r"^\s*(?:written\s+)?by\s*:?\s+", re.IGNORECASE)


_INLINE = frozenset(("a", "abbr", "b", "cite", "code", "em", "font", "i", "mark", "q", "s",
                     "small", "span", "strong", "sub", "sup", "time", "u"))


class _Text(HTMLParser):
    """The visible text of an HTML fragment, blocks separated by white space."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        if tag not in _INLINE:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if tag not in _INLINE:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(fragment: str) -> str:
    """The text of an HTML fragment."""
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    return " ".join("".join(parser.parts).split())


def normal(text: str | None) -> str:
    """``text`` for comparison: NFKC, case-folded, straight quotes, one space."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(text.split()).strip(" \"'")


def words(text: str | None) -> list[str]:
    """The lower-cased words of ``text`` (apostrophes inside a word kept)."""
    return _WORD.findall(normal(text).replace("'", "\u2019").replace("\u2019", "'"))


def prf(ours: Iterable[str], gold: Iterable[str]) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of ``ours`` against ``gold``."""
    a, b = Counter(ours), Counter(gold)
    hit = sum((a & b).values())
    p = hit / sum(a.values()) if a else 0.0
    r = hit / sum(b.values()) if b else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def author_match(author: str | None, byline: str | None) -> bool:
    """True if ``author`` is the byline or a run of its words (after a leading "By")."""
    got = words(_BY.sub("", author or ""))
    want = words(_BY.sub("", byline or ""))
    if not got or not want:
        return False
    return any(want[i:i + len(got)] == got for i in range(len(want) - len(got) + 1))


def same_day(date: object, published: str | None) -> bool | None:
    """True if ``date`` falls on the day ``published`` gives; None when nothing is expected."""
    if not published:
        return None
    m = re.match(r"\d{4}-\d{2}-\d{2}", published.strip())
    if m is None:
        return None
    if isinstance(date, dt.datetime):
        date = date.date()
    if isinstance(date, str):
        d = re.match(r"\d{4}-\d{2}-\d{2}", date)
        return d is not None and d.group() == m.group()
    return isinstance(date, dt.date) and date.isoformat() == m.group()


@dataclass
class Reading:
    """What one reader made of one page."""

    title: str | None
    author: str | None
    date: object
    text: str
    seconds: float
    error: str | None = None


@dataclass
class Score:
    """One reader's scores on one page."""

    title_exact: bool
    title_f1: float
    author: bool | None
    extra_author: bool
    date: bool | None
    p: float
    r: float
    f1: float


def read_ours(page: Path) -> Reading:
    """Our reader on ``page``/source.html."""
    start = time.perf_counter()
    try:
        article = ingest_file(page / "source.html", page, IngestOptions())
    except BriefingError as exc:
        return Reading(None, None, None, "", time.perf_counter() - start, str(exc))
    meta = article.meta
    return Reading(meta.title, meta.author, meta.date, article.text,
                   time.perf_counter() - start)


def read_peer(page: Path) -> Reading:
    """trafilatura's ``bare_extraction`` with default settings on ``page``/source.html."""
    source = (page / "source.html").read_bytes()
    start = time.perf_counter()
    doc = trafilatura.bare_extraction(source, with_metadata=True)
    seconds = time.perf_counter() - start
    if doc is None or isinstance(doc, dict):
        return Reading(None, None, None, "", seconds, "nothing extracted")
    return Reading(doc.title, doc.author, doc.date, doc.text or "", seconds)


def score(reading: Reading, expected: dict[str, object], gold_words: list[str]) -> Score:
    """Compare one reading with the expected metadata and body words."""
    title = expected.get("title") if isinstance(expected.get("title"), str) else None
    byline = expected.get("byline") if isinstance(expected.get("byline"), str) else None
    published = expected.get("publishedTime")
    _, _, title_f1 = prf(words(reading.title), words(title))
    p, r, f1 = prf(words(reading.text), gold_words)
    has_byline = bool(words(_BY.sub("", byline or "")))
    return Score(
        title_exact=bool(title) and normal(reading.title) == normal(title),
        title_f1=title_f1,
        author=author_match(reading.author, byline) if has_byline else None,
        extra_author=not has_byline and bool(reading.author),
        date=same_day(reading.date, published if isinstance(published, str) else None),
        p=p, r=r, f1=f1)


def _mark(value: bool | None) -> str:
    return "-" if value is None else ("ok" if value else "no")


def _short(text: object, n: int = 40) -> str:
    s = " ".join(str(text).split()) if text else "(none)"
    s = s.replace("|", "/")
    return s if len(s) <= n else s[:n - 1] + "\u2026"


def summary(name: str, scores: list[Score], seconds: float) -> str:
    """One row of the summary table."""
    n = len(scores)
    authored = [s.author for s in scores if s.author is not None]
    dated = [s.date for s in scores if s.date is not None]
    return (f"| {name} | {sum(s.title_exact for s in scores)}/{n} "
            f"| {sum(s.title_f1 for s in scores) / n:.3f} "
            f"| {sum(authored)}/{len(authored)} | {sum(s.extra_author for s in scores)} "
            f"| {sum(dated)}/{len(dated)} "
            f"| {sum(s.p for s in scores) / n:.3f} | {sum(s.r for s in scores) / n:.3f} "
            f"| {sum(s.f1 for s in scores) / n:.3f} | {seconds:.2f} |")


def main(argv: list[str] | None = None) -> int:
    """Score both readers on every page of DATA_DIR and print Markdown tables."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="first N pages only (0: all)")
    ap.add_argument("--pages", default="", help="comma-separated page names only")
    ap.add_argument("--worst", type=int, default=0,
                    help="also print the N pages with the lowest body F1 (ours), with the "
                         "words we add and miss most")
    args = ap.parse_args(argv)
    pages = sorted(p for p in args.data_dir.iterdir()
                   if (p / "source.html").is_file() and (p / "expected.html").is_file())
    if args.pages:
        wanted = set(args.pages.split(","))
        pages = [p for p in pages if p.name in wanted]
    if args.limit:
        pages = pages[:args.limit]
    if not pages:
        print(f"no pages with source.html and expected.html in {args.data_dir}", file=sys.stderr)
        return 2
    rows: list[str] = []
    ours_scores: list[Score] = []
    peer_scores: list[Score] = []
    ours_time = peer_time = 0.0
    worst: list[tuple[float, str, Counter[str], Counter[str]]] = []
    for page in pages:
        meta_path = page / "expected-metadata.json"
        expected = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() \
            else {}
        gold = words(html_text((page / "expected.html").read_text(encoding="utf-8")))
        ours, peer = read_ours(page), read_peer(page)
        ours_time += ours.seconds
        peer_time += peer.seconds
        so, sp = score(ours, expected, gold), score(peer, expected, gold)
        ours_scores.append(so)
        peer_scores.append(sp)
        got = Counter(words(ours.text))
        worst.append((so.f1, page.name, got - Counter(gold), Counter(gold) - got))
        rows.append(
            f"| {page.name} | {_mark(so.title_exact)} {so.title_f1:.2f} "
            f"/ {_mark(sp.title_exact)} {sp.title_f1:.2f} "
            f"| {_mark(so.author)} / {_mark(sp.author)} | {_mark(so.date)} / {_mark(sp.date)} "
            f"| {so.p:.2f} {so.r:.2f} {so.f1:.2f} | {sp.p:.2f} {sp.r:.2f} {sp.f1:.2f} "
            f"| {_short(ours.title)} | {_short(ours.author, 24)} |"
            + (f" error: {ours.error}" if ours.error else ""))
    print(f"{len(pages)} pages from {args.data_dir.name}/\n")
    print("| reader | title exact | title F1 | author | extra author | date "
          "| body P | body R | body F1 | seconds |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    print(summary("ours (ingest_file)", ours_scores, ours_time))
    print(summary("peer (trafilatura bare_extraction)", peer_scores, peer_time))
    print("\nPer page, ours / peer (title: exact and token F1; body: P R F1):\n")
    print("| page | title | author | date | body ours | body peer | our title | our author |")
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    if args.worst:
        print("\nLowest body F1 (ours), words added / missed most:\n")
        for f1, name, extra, missed in sorted(worst)[:args.worst]:
            print(f"- {name} F1 {f1:.2f}: +{sum(extra.values())} "
                  f"{[w for w, _ in extra.most_common(12)]} "
                  f"-{sum(missed.values())} {[w for w, _ in missed.most_common(12)]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
