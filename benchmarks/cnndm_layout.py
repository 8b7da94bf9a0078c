"""Lay out CNN/DailyMail articles and highlights as the folders ``eval_keypoints.py`` reads.

A second, held-out check of the key points: the BBC set's references are extractive and
long; CNN/DailyMail's are the journalists' own highlights, short and abstractive, where the
lead of a story is famously hard to beat. The data is not in the repository (and must not
be); point this at a CSV copy of CNN/DailyMail 3.0.0 with the columns ``article``,
``highlights`` and ``id`` (as the Hugging Face ``cnn_dailymail`` split is usually exported):

    python benchmarks/cnndm_layout.py validation.csv /tmp/cnndm --limit 1000
    python benchmarks/eval_keypoints.py /tmp/cnndm

Each article becomes ``articles/cnndm/NNNN.txt`` (CNN/DailyMail has no titles, so the first
line is the article's first sentence, and the body is the whole article, first sentence
included) and its highlights ``summaries/cnndm/NNNN.txt``, one per line. Cleaning: the
leading dateline and source tag ("Tokyo (CNN) --") go, non-breaking spaces become spaces,
" ." at the end of a highlight becomes "."; CNN Student News transcripts and articles under
60 words are left out (listed on stderr). ``manifest.tsv`` maps each file to its row and id.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefing.ingest.assemble import split_sentences

GROUP = "cnndm"
MIN_WORDS = 60
_SOURCE_TAG = re.compile(r"^[^()\n]{0,60}?\((?:CNN|[A-Z][A-Za-z .]{1,30})\)\s*(?:--\s*)?")
_ID = re.compile(r"[0-9a-f]{40}")


@dataclass(frozen=True, slots=True)
class Story:
    """One usable row of the CSV."""

    row: int
    """Its 1-based row number in the CSV (the header not counted)."""
    id: str
    """The data set's 40-digit id."""
    article: str
    """The cleaned article text."""
    highlights: tuple[str, ...]
    """The cleaned highlights, one sentence each."""


def clean_article(text: str) -> str:
    """The article without its leading dateline/source tag, with ordinary spaces."""
    text = _SOURCE_TAG.sub("", text.replace("\u00a0", " "), count=1)
    return re.sub(r"[ \t]+", " ", text).strip()


def clean_highlights(text: str) -> tuple[str, ...]:
    """The highlights, one per line, with " ." at a line's end closed up."""
    lines = (re.sub(r"\s+", " ", line.replace("\u00a0", " ")).strip()
             for line in text.split("\n"))
    return tuple(re.sub(r" \.$", ".", line) for line in lines if line)


def stories(rows: Iterable[dict[str, str]]) -> Iterator[Story | tuple[int, str]]:
    """A ``Story`` for every usable row, else ``(row, reason)``."""
    for n, row in enumerate(rows, 1):
        rid = (row.get("id") or "").strip()
        raw = row.get("article") or ""
        article = clean_article(raw)
        if not _ID.fullmatch(rid):
            yield n, "no 40-digit id"
        elif "CNN Student News" in raw and "Roll Call" in raw:
            yield n, "CNN Student News transcript"
        elif len(article.split()) < MIN_WORDS:
            yield n, f"article under {MIN_WORDS} words"
        else:
            yield Story(n, rid, article, clean_highlights(row.get("highlights") or ""))


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (the stand-in title)."""
    spans = split_sentences(text)
    return text[spans[0][0]:spans[0][1]].strip() if spans else text


def write(found: Iterable[Story], out: Path) -> int:
    """Write the folders and ``manifest.tsv``; the number of articles written."""
    articles, summaries = out / "articles" / GROUP, out / "summaries" / GROUP
    articles.mkdir(parents=True, exist_ok=True)
    summaries.mkdir(parents=True, exist_ok=True)
    lines = ["file\trow\tid"]
    for story in found:
        name = f"{story.row:04d}.txt"
        (articles / name).write_text(
            f"{first_sentence(story.article)}\n\n{story.article}\n", encoding="utf-8")
        (summaries / name).write_text("\n".join(story.highlights) + "\n", encoding="utf-8")
        lines.append(f"{GROUP}/{name}\t{story.row}\t{story.id}")
    (out / "manifest.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", type=Path, help="CSV with article, highlights, id columns")
    parser.add_argument("out", type=Path, help="folder to create (must not exist)")
    parser.add_argument("--limit", type=int, default=None, help="first N usable articles")
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} exists; choose a new folder")
    csv.field_size_limit(1 << 26)
    kept: list[Story] = []
    with args.csv.open(encoding="utf-8", newline="") as fh:
        for item in stories(csv.DictReader(fh)):
            if isinstance(item, Story):
                kept.append(item)
                if args.limit and len(kept) >= args.limit:
                    break
            else:
                print(f"row {item[0]}: left out: {item[1]}", file=sys.stderr)
    n = write(kept, args.out)
    print(f"{n} articles written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
