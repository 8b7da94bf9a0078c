"""Paths, a file-writing helper and the provenance checks shared by the ingest tests."""

from __future__ import annotations

import html
import re
from pathlib import Path

from briefing.ingest import ingest_file
from briefing.ingest.assemble import is_invisible
from briefing.model import Article, Block, BlockKind, Sentence
from briefing.options import IngestOptions

REPO = Path(__file__).resolve().parents[2]
CONTENT = REPO / "content"
SEED = CONTENT / "000_0c14545e1c9752d4.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# what must never reach the plain text: tags, Markdown link/emphasis/code syntax,
# escape sequences and invisible format characters (and entities: see ``is_markup``)
MARKUP = re.compile(
    r"<[A-Za-z/!?][^>]*>|\]\(|\]\[|\*\*|__|`"
    r"|\x1b|[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]"
)


def is_markup(plain: str) -> bool:
    """True if ``plain`` holds markup, or an HTML entity that should have been decoded.

    An undefined entity such as ``&xxe;`` is text: a browser shows it as written.
    """
    return bool(MARKUP.search(plain)) or html.unescape(plain) != plain


def write(root: Path, name: str, data: bytes | str) -> Path:
    """Write ``data`` to ``root/name`` (text as UTF-8, exactly as given) and return the path."""
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def ingest(path: Path, root: Path | None = None, **options: int) -> Article:
    """``ingest_file`` with the default options, overridable by keyword."""
    return ingest_file(path, root or path.parent, IngestOptions(**options))


def coarse_characters(article: Article) -> list[tuple[str, str]]:
    """Plain characters whose source is not the character itself or its own markup.

    A character is exact when its source stretch is the character, an HTML entity for
    it, or a Markdown backslash escape of it; white space may stand for any stretch.
    """
    out: list[tuple[str, str]] = []
    for block in article.blocks:
        for i in range(block.start, block.end):
            ch = article.text[i]
            piece = article.source[article.starts[i]:article.ends[i]]
            if ch == " " or piece == ch or piece == "\\" + ch or html.unescape(piece) == ch:
                continue
            out.append((ch, piece))
    return out


def assert_provenance(article: Article) -> None:
    """Every block and sentence maps back exactly and reads as clean plain text."""
    source = article.source
    assert len(article.starts) == len(article.ends) == len(article.text)
    units: list[Block | Sentence] = [*article.blocks, *article.sentences]
    assert units, "no blocks"
    for unit in units:
        assert article.text[unit.start:unit.end] == unit.text
        span = article.span(unit.start, unit.end)
        assert source[span.start:span.end] == span.text
        assert span.plain == unit.text
        assert unit.text == unit.text.strip() and "  " not in unit.text
        assert not is_markup(span.plain), span.plain
        assert not any(is_invisible(ch) for ch in span.plain)
    for block in article.blocks:
        starts = [article.starts[i] for i in range(block.start, block.end)]
        assert starts == sorted(starts), f"offsets go backwards in {block.text[:40]!r}"
    for sentence in article.sentences:
        assert article.blocks[sentence.block].kind is not BlockKind.HIGHLIGHT
        block = article.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end
