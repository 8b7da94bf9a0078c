"""Escaping of article-derived text for the Markdown that MkDocs turns into HTML.

Article text is untrusted. Python-Markdown passes raw HTML through, and its
extensions give meaning to many characters (``{: attr}`` lists, ``--8<--`` snippets,
``:emoji:`` shortcodes, ``==mark==``...), so every value that comes from an article is
written with

* ``& < >`` as HTML entities: no tag or entity of the article survives (quotes stay
  as they are: values are only ever written into text, never into attributes; an
  extension that rewrites quotes, such as smarty, must not be enabled);
* every character that any common Markdown extension treats as syntax as a numeric
  character reference, which Markdown shows as that character and never parses;
* all white space (newlines included) folded to single spaces, so no value can start
  a block (heading, list, table, front matter) of its own.

Numeric references are used rather than backslashes because which backslash escapes
work depends on the extensions a site enables; entities work with every one of them.
"""

from __future__ import annotations

import html
import json
import re

from markupsafe import Markup

# Markdown syntax characters (core + attr_list, tables, abbr, def_list, footnotes,
# pymdownx: emoji, mark, caret, tilde, snippets, arithmatex, critic, keys, magiclink).
_MARKDOWN_SPECIALS = "\\`*_{}[]()#+-.!|~^=:$@%"
_TABLE = {ord(c): f"&#{ord(c)};" for c in _MARKDOWN_SPECIALS}
_TABLE.update({ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;",
               ord('"'): "&quot;", ord("'"): "&#39;"})
# Only a few specials matter in the middle of prose; keep the Markdown readable by
# escaping the rest only where they could start or close syntax.
_ALWAYS = set("\\`*_{}[]|~^=$&<>")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """All runs of white space as one space, ends trimmed."""
    return _SPACE.sub(" ", text).strip()


_SPECIAL = re.compile("[" + re.escape(_MARKDOWN_SPECIALS + "&<>") + "]")


def markdown_text(value: object) -> Markup:
    """Untrusted text as inert Markdown: shows as itself, never as markup or HTML."""
    text = fold(str(value))

    def escape(m: re.Match[str]) -> str:
        ch = m.group()
        if ch in _ALWAYS or _context_needs_escape(text, m.start()):
            return _TABLE[ord(ch)]
        return ch

    return Markup(_SPECIAL.sub(escape, text))


def _context_needs_escape(text: str, i: int) -> bool:
    """Whether a context-dependent special at ``text[i]`` could be read as syntax."""
    ch = text[i]
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in "#+-!":  # headings, lists, images, snippets (--8<--), critic ({--)
        return i == 0 or prev == " " or nxt in "-[<+>#"
    if ch == ".":  # ordered list "1." at the start of a value
        return text[:i].isdigit()
    if ch in "()":  # only after "]" (links) or in "\(" math; "[" is always escaped
        return prev in "]\\"
    if ch == ":":  # emoji shortcodes ":x:", definition lists ": x"
        return i == 0 or (nxt not in " /" and not prev.isdigit())
    if ch in "@%":  # magiclink mentions, critic markup
        return nxt not in " "
    return True


def html_text(value: object) -> str:
    """Untrusted text for an HTML text node or a quoted attribute value."""
    return html.escape(fold(str(value)), quote=True)


def front_matter_value(value: object) -> Markup:
    """A YAML scalar for page front matter that the theme may insert as raw HTML.

    MkDocs themes render ``page.meta`` values without autoescaping (Material writes
    ``{{ page.meta.title }}`` into ``<title>`` and ``content="..."`` attributes), so
    ``& < > "`` are HTML-escaped first (``'`` need not be: the theme only uses
    double-quoted attributes); then the value is written as a JSON string, which YAML
    reads as a double-quoted scalar.
    """
    text = html.escape(fold(str(value)), quote=False).replace('"', "&quot;")
    return Markup(json.dumps(text, ensure_ascii=False))


def url_attr(value: object) -> Markup:
    """An http(s) URL for an ``href``; anything else becomes ``#``."""
    url = fold(str(value))
    if not re.match(r"(?i)^https?://[^\s<>\"'`]+$", url):
        return Markup("#")
    return Markup(html.escape(url, quote=True))
