"""Bytes to text: encodings, BOMs, legacy text, and data that is not text at all."""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import lzma
import random
import zipfile
from pathlib import Path

import pytest

from briefing.errors import IngestError
from briefing.ingest.decode import decode

from .checks import FIXTURES, assert_provenance, ingest, write

TEXT = "Café owners said the “final” offer — worth €2m — was rejected.\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
    (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le"),
    (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "utf-32-be"),
])
def test_unicode_with_and_without_bom(data: bytes, encoding: str) -> None:
    decoded = decode(data, "a.txt")
    assert decoded.text == TEXT  # BOM removed, nothing else changed
    assert decoded.encoding == encoding
    assert decoded.warnings == ()


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected_and_reported(encoding: str) -> None:
    decoded = decode(TEXT.encode(encoding), "a.txt")
    assert decoded.text == TEXT
    assert decoded.warnings == (f"no byte-order mark; decoded as {encoding.upper()}",)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_text_is_decoded_with_a_warning(encoding: str) -> None:
    text = "Café owners said the final offer was rejected, naïvely.\n"
    if encoding == "cp1252":
        text = TEXT
    decoded = decode(text.encode(encoding), "a.txt")
    assert decoded.text == text
    assert decoded.encoding == "cp1252"
    assert decoded.warnings == ("not UTF-8; decoded as cp1252",)


def test_legacy_warning_reaches_the_article(tmp_path: Path) -> None:
    body = "Council vote\n\nThe café owners said the “final” offer was rejected.\n"
    article = ingest(write(tmp_path, "a.txt", body.encode("cp1252")))
    assert article.warnings == ("not UTF-8; decoded as cp1252",)
    assert article.blocks[0].text == "The café owners said the “final” offer was rejected."
    assert_provenance(article)


def test_html_declared_charset_is_used_when_not_utf8(tmp_path: Path) -> None:
    page = ("<html><head><meta charset='iso-8859-7'><title>Ειδήσεις</title></head><body>"
            "<article><p>" + "Η βουλή ψήφισε τον προϋπολογισμό την Τρίτη το βράδυ. " * 3
            + "</p></article></body></html>")
    article = ingest(write(tmp_path, "a.html", page.encode("iso-8859-7")))
    assert article.warnings[0] == "not UTF-8; decoded as iso8859-7 (declared in the page)"
    assert "Η βουλή ψήφισε" in article.text


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b"   \n\t\r\n  ", "empty file (only white space)"),
    (codecs.BOM_UTF8, "empty file (only white space)"),
    (codecs.BOM_UTF8 + "\u200b\u2060 \n".encode(), "empty file (only white space)"),
    (codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "empty file (only white space)"),
    (b"Some text\x00with a NUL byte in it", "binary data (NUL bytes)"),
    (b"ab\x01\x02\x03\x04cd", "binary data (4 control characters)"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary data (a PDF document)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data (a PNG image)"),
    ("Caf\u00e9 is UTF-8 but this is not: \xff".encode("utf-8", "surrogateescape")[:-2]
     + b"\xff\xfe", "broken UTF-8"),
    (codecs.BOM_UTF16_LE + b"a\x00b", "invalid utf-16-le after its byte-order mark"),
])
def test_not_text_is_refused_with_the_reason(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as info:
        decode(data, "a.txt")
    assert reason in info.value.reason
    assert info.value.path == "a.txt"


def test_random_bytes_are_not_mistaken_for_legacy_text() -> None:
    rng = random.Random(1234)
    data = bytes(rng.randrange(1, 256) for _ in range(4096))  # no NUL byte
    with pytest.raises(IngestError, match="not plausibly text"):
        decode(data, "a.txt")


def _compressed() -> dict[str, bytes]:
    page = (FIXTURES / "saved-page.html").read_bytes()
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("page.html", page)
    return {"gzip": gzip.compress(page, mtime=0), "bzip2": bz2.compress(page),
            "xz": lzma.compress(page), "zip": archive.getvalue()}


@pytest.mark.parametrize("kind", ["gzip", "bzip2", "xz", "zip"])
def test_compressed_page_is_refused_not_decompressed(tmp_path: Path, kind: str) -> None:
    path = write(tmp_path, "page.html", _compressed()[kind])
    with pytest.raises(IngestError) as info:
        ingest(path)
    assert info.value.reason == f"compressed data ({kind}), not text; not decompressed"


def test_invisible_characters_are_dropped_but_spans_keep_them(tmp_path: Path) -> None:
    body = ("Council vote\n\nThe \x1b[1mcouncil\x1b[0m said\u200b the \u202ename\u202c was "
            "chan\u00adged.\x1b]0;title\x07 It was \u2066final\u2069.\n")
    article = ingest(write(tmp_path, "a.txt", body))
    assert article.text == "The council said the name was changed. It was final."
    first = article.sentences[0]
    span = article.span(first.start, first.end)
    assert span.text == ("The \x1b[1mcouncil\x1b[0m said\u200b the \u202ename\u202c was "
                         "chan\u00adged.")
    assert span.plain == "The council said the name was changed."
    assert_provenance(article)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_are_kept_in_the_source(tmp_path: Path, newline: str) -> None:
    body = newline.join(["Headline", "", "First line", "second line.", "", "Next one.", ""])
    article = ingest(write(tmp_path, "a.txt", body))
    assert [b.text for b in article.blocks] == ["First line second line.", "Next one."]
    span = article.span(article.blocks[0].start, article.blocks[0].end)
    assert span.text == f"First line{newline}second line."
    assert article.source == body
