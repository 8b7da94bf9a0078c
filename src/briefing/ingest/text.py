"""Plain-text articles (``.txt``), such as the seed.

* the first non-empty line is the title; the same line repeated right after it is dropped;
* bullet lines (``•``, ``-``, ``*``) before the body are the author's own highlights;
* paragraphs are runs of non-blank lines;
* a closing line such as "Read the original article on Business Insider" is
  boilerplate: it is dropped, and it names the publisher.
"""

from __future__ import annotations

import re

from briefing.ingest.assemble import ArticleBuilder, fallback_title
from briefing.model import Article, BlockKind, Metadata, Span

_BULLET = re.compile(r"^[ \t\u00a0]*[•\-*‣◦▪–][ \t\u00a0]+(?=\S)")
_BOILERPLATE = (
    re.compile(r"^\s*Read the original article on (?P<publisher>.+?)\.?\s*$", re.I),
    re.compile(r"^\s*(?:This (?:article|story) was )?(?:originally|first) published (?:on|in|by) "
               r"(?P<publisher>[^,.]+?)(?:,.*)?\.?\s*$", re.I),
    re.compile(r"^\s*(?:Subscribe|Sign up) (?:to|for) (?:our|the) .{0,80}newsletter.*$", re.I),
)


def _lines(source: str) -> list[tuple[int, int]]:
    """(start, end) of every line, line breaks excluded; handles \\n, \\r\\n and \\r."""
    out = []
    for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", source):
        if m.start() == len(source) and m.start() == m.end():
            break
        line = m.group().rstrip("\r\n")
        out.append((m.start(), m.start() + len(line)))
    return out


def read_text(id: str, path: str, source: str) -> Article:
    """Make an ``Article`` from the decoded text of a ``.txt`` file."""
    builder = ArticleBuilder(id=id, path=path, format="txt", source=source)
    lines = _lines(source)
    nonblank = [i for i, (s, e) in enumerate(lines) if source[s:e].strip()]
    title = ""
    title_span = None
    publisher = None
    body_from = 0
    if nonblank:
        ti = nonblank[0]
        s, e = lines[ti]
        title = " ".join(source[s:e].split())
        body_from = ti + 1
        # a repeated title line (common in saved pages) is dropped
        for j in nonblank[1:2]:
            if " ".join(source[lines[j][0]:lines[j][1]].split()) == title:
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
    if nonblank:
        s, e = lines[nonblank[0]]
        ls = s + (len(source[s:e]) - len(source[s:e].lstrip()))
        le = e - (len(source[s:e]) - len(source[s:e].rstrip()))
        title_span = Span(ls, le, source[ls:le], title)
    meta = Metadata(title=title or fallback_title(path), publisher=publisher)
    return builder.build(meta, title_span)
