"""Markdown articles with YAML front matter (``.md``).

The front matter (``title``, ``url``, ``publisher``, ``author``, ``date``, ``tags``,
``highlights``; other fields are ignored) is read with ``yaml.safe_load`` rules, minus
implicit timestamps (dates are checked here so that errors can name the field) and
minus aliases (refused, so no "billion laughs"). ``highlights`` become HIGHLIGHT
blocks pointing at where each string stands in the front matter.

The body is parsed with markdown-it (CommonMark). Paragraphs, headings, list items
and block quotes become blocks; code, HTML blocks, tables and rules are skipped. Inline
markup (``*em*``, ``[text](url)``, ```code```, entities, escapes) is stripped from the
plain text while every plain character keeps its offset in the original: markdown-it
gives line maps, and each inline token is matched against the block's source in order,
with markdown-it's own rules measuring links, images, autolinks and code spans. Should
a block ever fail to match, its text maps onto the whole block (still exact, only
coarser) and a warning says so.

Jekyll and Hugo files are read the way their site generator shows them: ``author`` may be
a mapping with a ``name`` (or ``authors`` a list), ``tags`` a space-separated string,
``categories`` count as tags, a ``YYYY-MM-DD-`` file name gives the date, Liquid and Hugo
template code (``{% ... %}``, ``{{ ... }}``, ``{{< ... >}}``) is no text, and footnote
references are dropped while footnote definitions become paragraphs at the end.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import yaml
from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline, autolink, backtick, image, link
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from briefing.errors import IngestError
from briefing.ingest import fields
from briefing.ingest.assemble import (
    ArticleBuilder,
    Segment,
    align,
    clean_text,
    fallback_title,
    name_date,
)
from briefing.model import Article, BlockKind, Metadata, Span

MAX_NESTING = 32
"""Lists and block quotes nested deeper than this are refused rather than cut short."""

_LINE_BREAK = re.compile(r"\r\n?|\n")
_BREAK = re.compile(r"[ \t]*\\?\n[ \t]*")
_FRONT_MATTER_KEY = re.compile(r"[ \t]*[A-Za-z_][\w-]*[ \t]*:")
_SKIPPED_CONTAINERS = {"table_open": "table_close"}
_MARKERS = frozenset({"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"})

_Rule = Callable[[StateInline, bool], bool]

# Jekyll (Liquid) and Hugo template code in the body: a site generator replaces it, so a
# reader never sees it. Code and comment blocks go whole; other tags ({% include %},
# {{ site.baseurl }}, {{< figure >}}, {{< note >}} ... {{< /note >}}) go, their text stays.
_TEMPLATE_BLOCK = re.compile(
    r"\{%-?\s*(?P<liquid>highlight|comment)\b.{0,500}?%\}.*?\{%-?\s*end(?P=liquid)\s*-?%\}"
    r"|\{\{[<%]\s*(?P<hugo>highlight|code|comment)\b.{0,500}?[>%]\}\}.*?"
    r"\{\{[<%]\s*/\s*(?P=hugo)\s*[>%]\}\}"
    r"|\{\{<\s*/\*.{0,500}?\*/\s*>\}\}",
    re.S)
_TEMPLATE_TAG = re.compile(r"\{%.{0,500}?%\}|\{\{.{0,500}?\}\}", re.S)
_MASK = "\u200b"
"""Stands in for template code while parsing: invisible, one character for one, no space."""


class _Loader(yaml.SafeLoader):
    """``SafeLoader`` that leaves dates as strings, so their errors can name the field."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@functools.lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
    md.use(front_matter_plugin).use(footnote_plugin, inline=False).enable("table")
    # keep escapes and entities as their own tokens: their source form is their markup
    md.disable("text_join")
    return md


class _Mismatch(Exception):
    """An inline token did not stand where it should in the block's source."""


@dataclass(frozen=True, slots=True)
class _Lines:
    """Where each line of the original starts and ends (line break excluded)."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, source: str) -> _Lines:
        starts = [0]
        ends = []
        for m in _LINE_BREAK.finditer(source):
            ends.append(m.start())
            starts.append(m.end())
        ends.append(len(source))
        return cls(starts, ends)


@dataclass(slots=True)
class _OffsetMap:
    """Maps a block's inline content (as markdown-it sees it) onto the original.

    Pieces are ``(content_start, length, source_start, source_end)``; a piece whose
    source is as long as it is maps character by character, any other maps each of
    its characters onto the whole source stretch (a CRLF line break, tab padding).
    """

    content: str
    cstarts: list[int] = field(default_factory=list)
    pieces: list[tuple[int, int, int, int]] = field(default_factory=list)

    def add(self, cstart: int, length: int, sstart: int, send: int) -> None:
        if length > 0:
            self.cstarts.append(cstart)
            self.pieces.append((cstart, length, sstart, send))

    def _piece(self, c: int) -> tuple[int, int, int, int]:
        return self.pieces[bisect.bisect_right(self.cstarts, c) - 1]

    def start(self, c: int) -> int:
        """Source offset where content character ``c`` begins."""
        cs, n, ss, se = self._piece(c)
        return ss + (c - cs) if se - ss == n else ss

    def end(self, c: int) -> int:
        """Source offset where content character ``c`` ends."""
        cs, n, ss, se = self._piece(c)
        return ss + (c - cs) + 1 if se - ss == n else se

    def segments(self, a: int, b: int, plain: str | None = None) -> list[Segment]:
        """Segments for ``content[a:b]``, shown as ``plain`` (same length) if given."""
        out: list[Segment] = []
        shown = self.content[a:b] if plain is None else plain
        first = a
        i = bisect.bisect_right(self.cstarts, a) - 1
        while a < b and i < len(self.pieces):
            cs, n, ss, se = self.pieces[i]
            stop = min(b, cs + n)
            if stop > a:
                text = shown[a - first:stop - first]
                if se - ss == n:
                    out.append(Segment(text, ss + (a - cs), ss + (stop - cs)))
                else:
                    out.append(Segment(text, ss, se))
                a = stop
            i += 1
        return out


def _map_content(content: str, first_line: int, lines: _Lines, source: str,
                 heading: bool) -> _OffsetMap | None:
    """Where each character of an inline token's content stands in the original."""
    omap = _OffsetMap(content)
    tail = " \t#" if heading else " \t"
    c0 = 0
    parts = content.split("\n")
    for i, part in enumerate(parts):
        li = first_line + i
        if li >= len(lines.starts):
            return None
        ls, le = lines.starts[li], lines.ends[li]
        k = _locate(source, ls, le, part, tail)
        pad = 0
        if k is None:
            stripped = part.lstrip(" \t")
            pad = len(part) - len(stripped)
            k = _locate(source, ls, le, stripped, tail)
            if k is None:
                return None
            omap.add(c0, pad, ls, k)
        omap.add(c0 + pad, len(part) - pad, k, k + len(part) - pad)
        c0 += len(part)
        if i < len(parts) - 1:
            omap.add(c0, 1, le, lines.starts[li + 1])
            c0 += 1
    return omap


def _locate(source: str, ls: int, le: int, part: str, tail: str) -> int | None:
    """Where ``part`` stands in line ``source[ls:le]``, followed only by ``tail`` chars."""
    end = le
    while True:
        if end - ls >= len(part) and source.startswith(part, end - len(part), end):
            return end - len(part)
        if end <= ls or source[end - 1] not in tail:
            return None
        end -= 1


@dataclass(slots=True)
class _InlineWalker:
    """Matches the inline tokens of one block against its content, in order."""

    content: str
    omap: _OffsetMap
    state: StateInline
    segments: list[Segment] = field(default_factory=list)
    cur: int = 0

    def rule_end(self, rule: _Rule, pos: int) -> int:
        """Where markdown-it's ``rule`` ends a construct starting at ``pos``."""
        st = self.state
        st.pos, st.posMax, st.level, st.linkLevel = pos, len(self.content), 0, 0
        if not rule(st, True) or st.pos <= pos:
            raise _Mismatch(f"no {getattr(rule, '__name__', 'construct')} at {pos}")
        return st.pos

    def expect(self, text: str) -> None:
        if not self.content.startswith(text, self.cur):
            raise _Mismatch(f"expected {text!r} at {self.cur}")
        self.cur += len(text)

    def text(self, a: int, b: int, plain: str | None = None) -> None:
        self.segments.extend(self.omap.segments(a, b, plain))

    def walk(self, children: Sequence[Token]) -> list[Segment]:
        autolink_end: int | None = None
        link_ends: list[int] = []
        for tok in children:
            t = tok.type
            if t == "text":
                if autolink_end is not None:
                    a, b = self.cur, autolink_end - 1
                    if self.content[a:b] == tok.content:
                        self.text(a, b)
                    else:
                        self.segments.append(Segment(tok.content, self.omap.start(a),
                                                     self.omap.end(b - 1)))
                elif tok.content:
                    start = self.cur
                    self.expect(tok.content)
                    self.text(start, self.cur)
            elif t == "text_special":
                start = self.cur
                self.expect(tok.markup)
                self.segments.append(Segment(tok.content, self.omap.start(start),
                                             self.omap.end(self.cur - 1)))
            elif t in _MARKERS:
                self.expect(tok.markup)
            elif t in ("softbreak", "hardbreak"):
                m = _BREAK.match(self.content, self.cur)
                if m is None:
                    raise _Mismatch(f"no line break at {self.cur}")
                nl = self.content.index("\n", self.cur)
                self.segments.append(Segment(" ", self.omap.start(nl), self.omap.end(nl)))
                self.cur = m.end()
            elif t == "code_inline":
                self.code(tok)
            elif t == "html_inline":
                start = self.cur
                self.expect(tok.content)
                if re.match(r"<br\b", tok.content, re.I):
                    self.segments.append(Segment(" ", self.omap.start(start),
                                                 self.omap.end(self.cur - 1)))
            elif t == "footnote_ref":
                self.expect(f"[^{tok.meta['label']}]")
            elif t == "image":
                self.cur = self.rule_end(image, self.cur)
            elif t == "link_open" and tok.markup == "autolink":
                autolink_end = self.rule_end(autolink, self.cur)
                self.cur += 1
            elif t == "link_close" and tok.markup == "autolink":
                if autolink_end is None:
                    raise _Mismatch("autolink end without start")
                self.cur, autolink_end = autolink_end, None
            elif t == "link_open":
                link_ends.append(self.rule_end(link, self.cur))
                self.expect("[")
            elif t == "link_close":
                if not link_ends:
                    raise _Mismatch("link end without start")
                self.expect("]")
                self.cur = link_ends.pop()
            else:
                raise _Mismatch(f"unexpected inline token {t}")
        if self.content[self.cur:].strip(" \t\n"):
            raise _Mismatch(f"unmatched text after {self.cur}")
        return self.segments

    def code(self, tok: Token) -> None:
        start = self.cur
        end = self.rule_end(backtick, start)
        fence = len(tok.markup)
        a, b = start + fence, end - fence
        raw = self.content[a:b].replace("\n", " ")
        if len(raw) >= 2 and raw[0] == raw[-1] == " " and raw.strip(" "):
            a, b, raw = a + 1, b - 1, raw[1:-1]
        if raw != tok.content:
            raise _Mismatch(f"code span at {start} reads {raw!r}, not {tok.content!r}")
        self.text(a, b, raw)
        self.cur = end


def _plain(children: Sequence[Token]) -> str:
    """The plain text of inline tokens, for blocks whose markup could not be matched."""
    out: list[str] = []
    for tok in children:
        if tok.type in ("text", "text_special", "code_inline"):
            out.append(tok.content)
        elif tok.type in ("softbreak", "hardbreak"):
            out.append(" ")
    return "".join(out)


@dataclass(frozen=True, slots=True)
class _Body:
    """A body block found in the Markdown, before it goes to the builder."""

    kind: BlockKind
    segments: list[Segment]
    line: int

    @property
    def plain(self) -> str:
        return clean_text("".join(s.text for s in self.segments))

    def span(self, source: str) -> Span | None:
        segs = [s for s in self.segments if s.text.strip()]
        if not segs:
            return None
        s, e = segs[0].start, segs[-1].end
        return Span(s, e, source[s:e], self.plain)


@dataclass(slots=True)
class _FrontMatter:
    """The front matter's fields and where its strings stand in the original."""

    meta: Metadata
    """The fields; ``title`` is empty when the front matter gives none."""
    highlight_segments: list[list[Segment]]
    title_span: Span | None
    warnings: list[str]
    """Problems that did not stop reading (an unsafe url, left out)."""


def read_markdown(id: str, path: str, source: str) -> Article:
    """Make an ``Article`` from a Markdown file with optional YAML front matter."""
    md = _parser()
    env: dict[str, object] = {}
    tokens = md.parse(source, env)
    lines = _Lines.of(source)
    _check_nesting(tokens, path)
    warnings: list[str] = []
    front = None
    body_start = 0
    if tokens and tokens[0].type == "front_matter" and tokens[0].map:
        front = _front_matter(source, lines, tokens[0].map[1] - 1, path)
        warnings.extend(front.warnings)
        body_start = lines.starts[min(tokens[0].map[1], len(lines.starts) - 1)]
    elif _looks_like_unclosed_front_matter(source, lines):
        raise IngestError("front matter: no closing '---' line", path=path,
                          hint="end the front matter with a line holding only ---")
    masked = mask_templates(source, body_start)
    if masked != source:
        env = {}
        tokens = md.parse(masked, env)
        _check_nesting(tokens, path)
    body = _body_blocks(tokens, masked, lines, env, md, warnings)
    if masked != source:
        body = _unmasked(body, source, masked)

    title = None
    title_span = None
    if front is not None and front.meta.title:
        title = front.meta.title
        title_span = front.title_span
    first_heading = next((b for b in body if b.kind is BlockKind.HEADING), None)
    if title is None and first_heading is not None and first_heading.plain:
        title = first_heading.plain
        title_span = first_heading.span(source)
        if body[0] is first_heading:
            body = body[1:]
    elif (title is not None and body and body[0].kind is BlockKind.HEADING
          and body[0].plain.casefold() == title.casefold()):
        body = body[1:]

    builder = ArticleBuilder(id=id, path=path, format="md", source=source)
    for segs in front.highlight_segments if front is not None else []:
        builder.add_block(BlockKind.HIGHLIGHT, segs)
    for b in body:
        builder.add_block(b.kind, b.segments)
    meta = Metadata(title=title or fallback_title(path))
    if front is not None:
        meta = dataclasses.replace(front.meta, title=meta.title)
    if meta.date is None and (dated := name_date(path)) is not None:
        # "2026-13-45-notes.md": a name that only looks dated gives no date
        with contextlib.suppress(fields.FieldError):
            meta = dataclasses.replace(meta, date=fields.date_field(dated))
    return builder.build(meta, title_span, warnings)


def mask_templates(source: str, start: int = 0) -> str:
    """``source`` with Liquid and Hugo template code after ``start`` made invisible.

    Each character of a template tag becomes an invisible ``_MASK`` (line breaks stay), so
    offsets and lines do not move and markdown-it sees the Markdown around the tags (a
    link ``[text]({{ site.baseurl }}/page)`` is a link again).
    """
    if "{%" not in source and "{{" not in source:
        return source
    chars = list(source)
    body = source[start:]
    for rx in (_TEMPLATE_BLOCK, _TEMPLATE_TAG):
        for m in rx.finditer(body):
            s, e = start + m.start(), start + m.end()
            if _MASK in chars[s:e]:
                continue  # inside a block already hidden
            for i in range(s, e):
                if chars[i] not in "\r\n":
                    chars[i] = _MASK
    return "".join(chars)


def _unmasked(body: list[_Body], source: str, masked: str) -> list[_Body]:
    """Blocks with the masked template code cut out of their segments (empty blocks go)."""
    out: list[_Body] = []
    for b in body:
        segs: list[Segment] = []
        for seg in b.segments:
            if masked[seg.start:seg.end] == source[seg.start:seg.end] or (
                    seg.text != masked[seg.start:seg.end]):
                segs.append(seg)
                continue
            run = seg.start
            for i in range(seg.start, seg.end + 1):
                if i == seg.end or masked[i] != source[i]:
                    if i > run:
                        segs.append(Segment(source[run:i], run, i))
                    run = i + 1
        if any(seg.text.strip(" \t\n" + _MASK) for seg in segs):
            out.append(_Body(b.kind, segs, b.line))
    return out


def _check_nesting(tokens: Sequence[Token], path: str) -> None:
    """Refuse input nested so deep that markdown-it would silently skip the rest."""
    for tok in tokens:
        if tok.nesting == 1 and tok.level >= MAX_NESTING - 1:
            line = tok.map[0] + 1 if tok.map else "?"
            raise IngestError(f"lists or block quotes nested more than {MAX_NESTING - 1} "
                              f"levels deep (line {line})", path=path)


def _looks_like_unclosed_front_matter(source: str, lines: _Lines) -> bool:
    if len(lines.starts) < 2 or source[lines.starts[0]:lines.ends[0]].rstrip() != "---":
        return False
    second = source[lines.starts[1]:lines.ends[1]]
    return bool(_FRONT_MATTER_KEY.match(second))


# --------------------------------------------------------------------------- body


def _body_blocks(tokens: Sequence[Token], source: str, lines: _Lines, env: dict[str, object],
                 md: MarkdownIt, warnings: list[str]) -> list[_Body]:
    out: list[_Body] = []
    containers: list[str] = []
    skip_until: str | None = None
    for i, tok in enumerate(tokens):
        if skip_until is not None:
            if tok.type == skip_until:
                skip_until = None
            continue
        if tok.type in _SKIPPED_CONTAINERS:
            skip_until = _SKIPPED_CONTAINERS[tok.type]
        elif tok.type in ("blockquote_open", "list_item_open"):
            containers.append(tok.type)
        elif tok.type in ("blockquote_close", "list_item_close"):
            containers.pop()
        elif tok.type == "inline" and tok.map is not None and i > 0:
            parent = tokens[i - 1].type
            if parent == "heading_open":
                kind = BlockKind.HEADING
            elif "blockquote_open" in containers:
                kind = BlockKind.QUOTE
            elif "list_item_open" in containers:
                kind = BlockKind.LIST_ITEM
            else:
                kind = BlockKind.PARAGRAPH
            segs = _inline_segments(tok, source, lines, env, md, kind is BlockKind.HEADING,
                                    warnings)
            if segs:
                out.append(_Body(kind, segs, tok.map[0] + 1))
    return out


def _inline_segments(tok: Token, source: str, lines: _Lines, env: dict[str, object],
                     md: MarkdownIt, heading: bool, warnings: list[str]) -> list[Segment]:
    assert tok.map is not None
    content = tok.content
    if not content.strip():
        return []
    omap = _map_content(content, tok.map[0], lines, source, heading)
    if omap is not None:
        walker = _InlineWalker(content, omap, StateInline(content, md, env, []))
        try:
            return walker.walk(tok.children or [])
        except _Mismatch:
            pass
        s, e = omap.start(0), omap.end(len(content) - 1)
    else:
        s = lines.starts[tok.map[0]]
        e = lines.ends[min(tok.map[1], len(lines.ends)) - 1]
    warnings.append(f"line {tok.map[0] + 1}: inline markup could not be matched exactly; "
                    "its text points at the whole block")
    return [Segment(_plain(tok.children or []), s, e)]


# --------------------------------------------------------------------------- front matter


def _front_matter(source: str, lines: _Lines, closing_line: int, path: str) -> _FrontMatter:
    ystart = lines.starts[1] if len(lines.starts) > 1 else len(source)
    yend = lines.starts[closing_line]
    text = source[ystart:yend]
    node, data = _load_yaml(text, path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise IngestError(f"front matter: must be fields (key: value), not {_kind(data)}",
                          path=path)
    try:
        title = fields.text_field(data.get("title"), "title")
        url, warnings = _front_matter_url(data)
        author = data.get("author")
        tags = fields.tags_field(data.get("tags"), words=True)
        for key in ("categories", "category"):
            tags += fields.tags_field(data.get(key), words=True)
        meta = Metadata(
            title=title or "",
            url=url,
            publisher=fields.text_field(data.get("publisher"), "publisher"),
            author=fields.author_field(data.get("authors") if author is None else author),
            date=fields.date_field(data.get("date")),
            tags=tuple(dict.fromkeys(tags)),
        )
        highlights = fields.highlights_field(data.get("highlights"))
    except fields.FieldError as exc:
        raise IngestError(f"front matter: {exc}", path=path) from exc
    title_span = None
    highlight_segments: list[list[Segment]] = []
    if isinstance(node, yaml.MappingNode):
        title_node = _value_node(node, "title")
        if isinstance(title_node, yaml.ScalarNode) and title:
            s = ystart + title_node.start_mark.index
            e = ystart + title_node.end_mark.index
            s, e = _trim_quotes(source, s, e, str(data.get("title")))
            title_span = Span(s, e, source[s:e], title)
        items = _value_node(node, "highlights")
        if isinstance(items, yaml.SequenceNode):
            for item, value in zip(items.value, highlights, strict=False):
                s = ystart + item.start_mark.index
                e = ystart + item.end_mark.index
                highlight_segments.append(_scalar_segments(source, s, e, value))
    return _FrontMatter(meta, highlight_segments, title_span, warnings)


_URL_KEYS = ("url", "canonical_url", "canonicalUrl", "canonical")
"""Where front matter gives the article's address; Hugo's ``url`` is often a site path."""


def _front_matter_url(data: dict[object, object]) -> tuple[str | None, list[str]]:
    """The first absolute http(s) address among ``_URL_KEYS``; a site path ("/blog/x") is
    the generator's permalink, skipped without a warning."""
    warnings: list[str] = []
    for key in _URL_KEYS:
        value = data.get(key)
        if isinstance(value, str) and value.strip().startswith("/"):
            continue
        url, problems = fields.url_or_warning(value, "front matter")
        warnings.extend(problems)
        if url is not None:
            return url, warnings
    return None, warnings


def _kind(value: object) -> str:
    return "a list" if isinstance(value, list) else f"a single value ({type(value).__name__})"


def _load_yaml(text: str, path: str) -> tuple[yaml.Node | None, object]:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _refuse_aliases(node, path)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" at line {mark.line + 2}, column {mark.column + 1}" if mark else ""
        problem = " ".join(str(exc.problem or exc.context or "syntax error").split())
        raise IngestError(f"front matter: invalid YAML{where}: {problem}", path=path) from exc
    except yaml.YAMLError as exc:
        raise IngestError(f"front matter: invalid YAML: {' '.join(str(exc).split())}",
                          path=path) from exc
    except RecursionError as exc:
        raise IngestError("front matter: nested too deeply", path=path) from exc
    finally:
        loader.dispose()
    return node, data


def _refuse_aliases(root: yaml.Node, path: str) -> None:
    """Refuse YAML anchors/aliases: a node reached twice is an alias."""
    seen: set[int] = set()
    stack: list[yaml.Node] = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise IngestError("front matter: YAML aliases (*name) are not supported",
                              path=path, hint="write the value out in full")
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.extend((k, v))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _value_node(mapping: yaml.MappingNode, key: str) -> yaml.Node | None:
    found = None
    for k, v in mapping.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key:
            found = v
    return found


def _trim_quotes(source: str, s: int, e: int, value: str) -> tuple[int, int]:
    quoted = e - s >= 2 and source[s] in "'\"" and source[e - 1] == source[s]
    if quoted and source[s + 1:e - 1] == value:
        return s + 1, e - 1
    return s, e


def _scalar_segments(source: str, s: int, e: int, value: str) -> list[Segment]:
    s, e = _trim_quotes(source, s, e, value)
    if source[s:e] == value:
        return [Segment(value, s, e)]
    return align(value, source, s, e)
