"""Every article in content/ and every fixture maps back to its source exactly."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from briefing.errors import IngestError
from briefing.ingest import discover

from .checks import CONTENT, FIXTURES, assert_provenance, coarse_characters, ingest, write

CONTENT_FILES = [p for p in discover(CONTENT)]
FIXTURE_FILES = [p for p in discover(FIXTURES)]


def test_there_is_content_to_check() -> None:
    assert len(CONTENT_FILES) >= 4
    assert {p.suffix for p in CONTENT_FILES} >= {".txt", ".md", ".html"}


@pytest.mark.parametrize("path", CONTENT_FILES + FIXTURE_FILES, ids=lambda p: p.name)
def test_every_sentence_and_block_maps_back(path: Path) -> None:
    article = ingest(path)
    assert_provenance(article)
    assert coarse_characters(article) == []


@pytest.mark.parametrize("path", CONTENT_FILES, ids=lambda p: p.name)
def test_content_articles_are_clean(path: Path) -> None:
    article = ingest(path, CONTENT)
    assert article.warnings == ()
    assert article.id == path.name
    assert len(article.sentences) >= 10


@pytest.mark.parametrize("path", CONTENT_FILES + FIXTURE_FILES, ids=lambda p: p.name)
def test_ingest_is_deterministic(path: Path) -> None:
    first, second = ingest(path), ingest(path)
    assert first.text == second.text
    assert first.blocks == second.blocks
    assert first.sentences == second.sentences
    assert list(first.starts) == list(second.starts)
    assert first.meta == second.meta


def _variants(data: bytes) -> dict[str, bytes]:
    text = data.decode("utf-8")
    # YAML refuses control characters: the front matter keeps its text as it is
    head = text[:text.index("\n---\n", 4) + 5] if text.startswith("---\n") else ""
    body = text[len(head):]
    invisible = body.replace(" said", " \u200bsaid\u202c").replace(
        "The ", "\x1b[1mThe\x1b[0m \u2066").replace("a ", "a\u00ad ")
    return {
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "cr": text.replace("\n", "\r").encode("utf-8"),
        "bom": codecs.BOM_UTF8 + data,
        "utf16": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "invisible": (head + invisible).encode("utf-8"),
    }


@pytest.mark.parametrize("variant", ["crlf", "cr", "bom", "utf16", "invisible"])
@pytest.mark.parametrize("path", [p for p in CONTENT_FILES + FIXTURE_FILES
                                  if p.suffix != ".html"], ids=lambda p: p.name)
def test_variants_keep_text_and_provenance(path: Path, variant: str, tmp_path: Path) -> None:
    """Line endings, BOMs, UTF-16 and invisible characters change offsets, not text."""
    original = ingest(path)
    copy = write(tmp_path, path.name, _variants(path.read_bytes())[variant])
    try:
        article = ingest(copy)
    except IngestError as exc:  # pragma: no cover - reported with the reason
        pytest.fail(f"{variant}: {exc.line()}")
    assert_provenance(article)
    assert [b.kind for b in article.blocks] == [b.kind for b in original.blocks]
    assert article.text == original.text
    assert article.meta == original.meta
