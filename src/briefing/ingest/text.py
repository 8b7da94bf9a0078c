"""Plain-text articles (``.txt``), such as the seed.

* the first non-empty line is the title; the same line repeated right after it is dropped;
* a file may instead start with a header of ``Key: value`` lines (``Title:`` first, then
  any of ``Author:``, ``Date:``, ``URL:``, ``Publisher:``, ``Tags:``) ended by a blank line;
* bullet lines (``•``, ``-``, ``*``) before the body are the author's own highlights;
* paragraphs are runs of non-blank lines;
* a closing line such as "Read the original article on Business Insider" is
  boilerplate: it is dropped, and it names the publisher.

Lines may end in ``\\n``, ``\\r\\n`` or ``\\r``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from briefing.errors import IngestError
from briefing.ingest import fields
from briefing.ingest.assemble import ArticleBuilder, clean_text, fallback_title
from briefing.model import Article, BlockKind, Metadata, Span

_BULLET = re.compile(r"^[ \t\u00a0]*[•\-*‣◦▪–][ \t\u00a0]+(?=\S)")
_BOILERPLATE = (
    re.compile(r"^\s*Read the original article on (?P<publisher>.+?)\.?\s*$", re.I),
    re.compile(r"^\s*(?:This (?:article|story) was )?(?:originally|first) published (?:on|in|by) "
               r"(?P<publisher>[^,.]+?)(?:,.*)?\.?\s*$", re.I),
    re.compile(r"^\s*(?:Subscribe|Sign up) (?:to|for) (?:our|the) .{0,80}newsletter.*$", re.I),
)
_HEADER = re.compile(r"[ \t]*(?P<key>title|author|date|url|publisher|tags)[ \t]*:[ \t]*"
                     r"(?P<value>.*?)[ \t]*$", re.I)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def _lines(source: str) -> list[tuple[int, int]]:
    """(start, end) of every line, line breaks excluded; handles \\n, \\r\\n and \\r."""
    out = []
    for m in _LINE.finditer(source):
        if m.start() == len(source) and m.start() == m.end():
            break
        line = m.group().rstrip("\r\n")
        out.append((m.start(), m.start() + len(line)))
    return out


@dataclass(slots=True)
class _Header:
    """What a ``Key: value`` header at the top of the file says."""

    values: dict[str, str] = field(default_factory=dict)
    title_span: Span | None = None
    end: int = 0
    """Index of the first line after the header."""


def _read_header(source: str, lines: list[tuple[int, int]], first: int,
                 path: str) -> _Header | None:
    """The header starting at line ``first``, if that line is ``Title: ...``."""
    s, e = lines[first]
    m = _HEADER.match(source, s, e)
    if m is None or m.group("key").lower() != "title" or not m.group("value"):
        return None
    header = _Header()
    i = first
    while i < len(lines):
        s, e = lines[i]
        m = _HEADER.match(source, s, e)
        if m is None:
            break
        key = m.group("key").lower()
        if key in header.values:
            raise IngestError(f"header: {key} is given twice (line {i + 1})", path=path)
        header.values[key] = m.group("value")
        if key == "title":
            vs, ve = m.span("value")
            header.title_span = Span(vs, ve, source[vs:ve], clean_text(m.group("value")))
        i += 1
    header.end = i
    return header


def _header_meta(header: _Header, path: str, warnings: list[str]) -> Metadata:
    v = header.values
    try:
        url, problems = fields.url_or_warning(v.get("url"), "header")
        warnings.extend(problems)
        return Metadata(
            title=fields.text_field(v.get("title"), "title") or fallback_title(path),
            url=url,
            publisher=fields.text_field(v.get("publisher"), "publisher"),
            author=fields.author_field(v.get("author")),
            date=fields.date_field(v.get("date")),
            tags=fields.tags_field(v.get("tags")),
        )
    except fields.FieldError as exc:
        raise IngestError(f"header: {exc}", path=path) from exc


def read_text(id: str, path: str, source: str) -> Article:
    """Make an ``Article`` from the decoded text of a ``.txt`` file."""
    builder = ArticleBuilder(id=id, path=path, format="txt", source=source)
    lines = _lines(source)
    nonblank = [i for i, (s, e) in enumerate(lines) if source[s:e].strip()]
    title = ""
    title_span = None
    header = _read_header(source, lines, nonblank[0], path) if nonblank else None
    warnings: list[str] = []
    header_meta = _header_meta(header, path, warnings) if header is not None else None
    publisher = None
    body_from = 0
    if header is not None and header_meta is not None:
        title = header_meta.title
        title_span = header.title_span
        body_from = header.end
    elif nonblank:
        ti = nonblank[0]
        s, e = lines[ti]
        title = clean_text(source[s:e])
        body_from = ti + 1
        ls = s + (len(source[s:e]) - len(source[s:e].lstrip()))
        le = e - (len(source[s:e]) - len(source[s:e].rstrip()))
        title_span = Span(ls, le, source[ls:le], title)
    # a repeated title line (common in saved pages) is dropped
    following = [j for j in nonblank if j >= body_from][:1]
    for j in following:
        if clean_text(source[lines[j][0]:lines[j][1]]) == title:
            body_from = j + 1
    # drop closing boilerplate lines, remembering a publisher they name
    end_at = len(lines)
    for j in reversed(nonblank):
        if j < body_from:
            break
        s, e = lines[j]
        m = next((p.match(source[s:e]) for p in _BOILERPLATE if p.match(source[s:e])), None)
        if m is None:
            break
        if publisher is None and "publisher" in m.groupdict():
            publisher = " ".join(m.group("publisher").split())
        end_at = j
    body = list(range(body_from, end_at))
    # leading bullets: the author's highlights
    k = 0
    while k < len(body):
        s, e = lines[body[k]]
        if not source[s:e].strip():
            k += 1
            continue
        m = _BULLET.match(source[s:e])
        if not m:
            break
        builder.add_source_range(BlockKind.HIGHLIGHT, s + m.end(), e)
        k += 1
    # paragraphs: runs of non-blank lines
    para: list[tuple[int, int]] = []
    for i in body[k:]:
        if source[lines[i][0] : lines[i][1]].strip():
            para.append(lines[i])
        elif para:
            builder.add_source_range(BlockKind.PARAGRAPH, para[0][0], para[-1][1])
            para = []
    if para:
        builder.add_source_range(BlockKind.PARAGRAPH, para[0][0], para[-1][1])
    if header_meta is None:
        meta = Metadata(title=title or fallback_title(path), publisher=publisher)
    else:
        meta = dataclasses.replace(header_meta, publisher=header_meta.publisher or publisher)
    return builder.build(meta, title_span, warnings)
