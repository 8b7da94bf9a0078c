"""Bytes -> text: BOMs, UTF-8, UTF-16 without a BOM, and a labelled cp1252 fallback.

Decoding never guesses silently: anything but plain UTF-8 is reported in
``Decoded.warnings`` (the reader passes them on to ``Article.warnings``), and data that
is not plausibly text (compressed or binary files, broken UTF-8, random bytes) is
refused with an ``IngestError`` that says why. Compressed data is never decompressed.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from briefing.errors import IngestError

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_COMPRESSED: tuple[tuple[re.Pattern[bytes], str], ...] = tuple(
    (re.compile(magic, re.S), name)
    for magic, name in (
        (rb"\x1f\x8b", "gzip"),
        (rb"\x1f\x9d", "compress (.Z)"),
        (rb"BZh[1-9]1AY&SY", "bzip2"),
        (rb"\xfd7zXZ\x00", "xz"),
        (rb"\x28\xb5\x2f\xfd", "zstd"),
        (rb"\x04\x22\x4d\x18", "lz4"),
        (rb"PK\x03\x04", "zip"),
        (rb"7z\xbc\xaf\x27\x1c", "7-zip"),
        (rb"Rar!\x1a\x07", "rar"),
    )
)

_BINARY: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an executable"),
)

# A well-formed multi-byte UTF-8 sequence: its presence in a file that is not valid
# UTF-8 means broken UTF-8, not a legacy 8-bit encoding.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# C0/C1 controls that do not occur in text (tab, line breaks, form feed, and BEL and ESC
# of terminal escape sequences do)
_CONTROL = re.compile("[\x01-\x06\x08\x0e-\x1a\x1c-\x1f\x7f\x80-\x9f]")
_CONTROL_BYTES = re.compile(b"[\x01-\x06\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""",
                           re.I)
_EMPTY = re.compile(r"[\s\ufeff\u200b-\u200f\u2060\u00ad\u180e\u202a-\u202e\u2066-\u2069]*")

MAX_CONTROL_RATIO = 0.01
"""More control characters than this (share of all characters) means binary data."""
MIN_CONTROLS = 2
"""A stray control character or two never makes a file binary."""
MAX_HIGH_BYTE_RATIO = 0.3
"""Legacy Western text is mostly ASCII; more bytes above 0x7f than this is not cp1252 text."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """The text of a file and how it was obtained."""

    text: str
    """The decoded text, BOM removed, otherwise exactly the file."""
    encoding: str
    """The codec used, e.g. ``utf-8`` or ``cp1252``."""
    warnings: tuple[str, ...] = ()
    """Anything but plain UTF-8 is reported here."""


def decode(data: bytes, path: str, *, html: bool = False) -> Decoded:
    """Decode a content file, refusing empty, compressed, binary and broken files.

    ``html=True`` lets a ``<meta charset>`` declaration choose the legacy codec when
    the page is not UTF-8.
    """
    if not data:
        raise IngestError("empty file", path=path)
    _refuse_known_binary(data, path)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _finish(_strict(data[len(bom):], enc, path, "after its byte-order mark"),
                           enc, (), path)
    sniffed = _sniff_utf16(data)
    if sniffed is not None:
        text = _strict(data, sniffed, path, "(no byte-order mark)")
        return _finish(text, sniffed, (f"no byte-order mark; decoded as {sniffed.upper()}",),
                       path)
    if b"\x00" in data:
        raise IngestError("binary data (NUL bytes), not text", path=path)
    try:
        return _finish(data.decode("utf-8"), "utf-8", (), path)
    except UnicodeDecodeError as exc:
        return _legacy(data, exc, path, html=html)


def decode_bytes(data: bytes, path: str) -> str:
    """Decode a content file to text; see ``decode`` (warnings are dropped here)."""
    return decode(data, path).text


def _refuse_known_binary(data: bytes, path: str) -> None:
    for pattern, name in _COMPRESSED:
        if pattern.match(data):
            raise IngestError(f"compressed data ({name}), not text; not decompressed",
                              path=path, hint="save the article uncompressed")
    for magic, what in _BINARY:
        if data.startswith(magic):
            raise IngestError(f"binary data ({what}), not text", path=path)


def _strict(data: bytes, encoding: str, path: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise IngestError(f"invalid {encoding} {where} at byte {exc.start}", path=path) from exc


def _finish(text: str, encoding: str, warnings: tuple[str, ...], path: str) -> Decoded:
    """Final checks shared by every codec: no NULs, not binary, not empty."""
    if "\x00" in text:
        raise IngestError("binary data (NUL characters), not text", path=path)
    controls = len(_CONTROL.findall(text))
    if controls > max(MIN_CONTROLS, MAX_CONTROL_RATIO * len(text)):
        raise IngestError(f"binary data ({controls} control characters), not text", path=path)
    if _EMPTY.fullmatch(text):
        raise IngestError("empty file (only white space)", path=path)
    return Decoded(text=text, encoding=encoding, warnings=warnings)


def _sniff_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` for BOM-less UTF-16 of mostly Latin text, else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    even_zero = data[0::2].count(0)
    odd_zero = data[1::2].count(0)
    if odd_zero >= 0.4 * half and even_zero <= 0.05 * half:
        candidate = "utf-16-le"
    elif even_zero >= 0.4 * half and odd_zero <= 0.05 * half:
        candidate = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(candidate)
    except UnicodeDecodeError:
        return None
    return candidate if "\x00" not in text and not _CONTROL.search(text) else None


def _legacy(data: bytes, exc: UnicodeDecodeError, path: str, *, html: bool) -> Decoded:
    """Text in a legacy 8-bit encoding, or an ``IngestError`` if it is not plausibly text."""
    where = f"not valid UTF-8 (byte {exc.start})"
    declared = _declared_charset(data) if html else None
    if declared is not None:
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass
        else:
            return _finish(text, declared,
                           (f"not UTF-8; decoded as {declared} (declared in the page)",), path)
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    controls = len(_CONTROL_BYTES.findall(data))
    if (high > MAX_HIGH_BYTE_RATIO * len(data)
            or controls > max(MIN_CONTROLS, MAX_CONTROL_RATIO * len(data))):
        raise IngestError(f"{where}, and not plausibly text in a legacy encoding either",
                          path=path, hint="save the file as UTF-8")
    if _UTF8_MULTIBYTE.search(data):
        raise IngestError(f"{where}, though other parts of the file are UTF-8: broken UTF-8",
                          path=path, hint="save the file as UTF-8")
    if _CP1252_UNDEFINED.intersection(data):
        raise IngestError(f"{where}, and bytes that cp1252 does not define either",
                          path=path, hint="save the file as UTF-8")
    return _finish(data.decode("cp1252"), "cp1252", ("not UTF-8; decoded as cp1252",), path)


def _declared_charset(data: bytes) -> str | None:
    """The codec a page declares in its first 1024 bytes, if Python knows it."""
    m = _META_CHARSET.search(data[:1024])
    if m is None:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    # a page that says UTF-8 but is not gets the cp1252 heuristic, like any other file
    return None if name in ("utf-8", "utf-16", "utf-32") or name.startswith("utf-") else name
