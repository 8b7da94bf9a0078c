"""Bytes -> text: BOMs, UTF-8, and a labelled fallback for legacy encodings."""

from __future__ import annotations

import codecs

from briefing.errors import IngestError


def decode_bytes(data: bytes, path: str) -> str:
    """Decode a content file. Raises ``IngestError`` for empty or binary files."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"),
                     (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc)
            except UnicodeDecodeError as exc:
                raise IngestError(f"invalid {enc} after its byte-order mark at byte {exc.start}",
                                  path=path) from exc
    if not data.strip():
        raise IngestError("empty file", path=path)
    if b"\x00" in data:
        raise IngestError("binary data (NUL bytes), not text", path=path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(f"not valid UTF-8 (byte {exc.start})", path=path,
                          hint="save the file as UTF-8") from exc
