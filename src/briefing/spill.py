"""Keep MkDocs' pages light between reading them and writing them.

MkDocs builds a site in two passes (``mkdocs/commands/build.py``): it first reads and
converts every page (``_populate_page``), and only then renders and writes the pages one
by one (``_build_page``). In between, every page holds its whole Markdown source
(``page.markdown``) and its HTML (``page.content``), although each is needed only while
that one page is written. For a site of briefings those two strings are about 95% of what
MkDocs holds (measured with tracemalloc after the first pass: 65 MB of HTML and 55 MB of
Markdown for 1,069 pages; news text has curly quotes, so Python keeps it at two bytes a
character): at 10,000 pages, well over a gigabyte.

``PageSpill`` keeps both strings zlib-compressed (UTF-8, a fast level) from the moment a
page is converted until the moment it is written, and puts a short placeholder on the
page meanwhile:

* ``hold`` (the plugin's last ``on_page_content``): compress, then empty the page;
* ``restore`` (the plugin's first ``on_page_context``, before the search plugin indexes
  ``page.content`` and the theme renders it): the page gets its exact strings back;
* ``release`` (the plugin's last ``on_post_page``, once the page's HTML file is final):
  the strings leave the page again and the compressed copy is dropped.

The page keeps everything else (``toc``, ``meta``, title, anchors), and both placeholders
are strings, not ``None``: MkDocs derives a page's title from whether ``markdown`` and
``content`` are set, and other pages' navigation shows that title while this page waits.
Compression round-trips any ``str`` exactly (``surrogatepass``), so the site is
byte-identical with or without the spill (``tests/test_spill.py`` builds both).
Pages that a dirty build does not read are never held, and so never touched; a site of
fewer than ``MIN_PAGES`` pages is not held at all (it does not need the memory).

What is not covered: a plugin that reads another page's ``content`` or ``markdown``
while pages are waiting (between the two passes, or from another page's build), or any
page's after it is written (in ``on_post_build``), sees the placeholders. The plugins of
this site (Material's ``search``) do not.
"""

from __future__ import annotations

import zlib
from typing import Any, Final

PLACEHOLDER: Final = "<!-- briefing: held compressed until this page is written -->"
"""What ``page.content`` holds while the page waits (never written to the site)."""

LEVEL: Final = 1
"""zlib level. Measured on the 1,069 pages of a 1,000-article site (60.7 MB of UTF-8):
level 1 makes 11.1 MB in 0.30 s, level 6 9.2 MB in 0.57 s (decompression 0.15 s both).
At 10,000 pages that is ~20 MB more held for ~3 s less build time."""


def _pack(text: str, level: int) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"), level)


def _unpack(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8", "surrogatepass")


MIN_PAGES: Final = 2000
"""Sites with fewer pages are not spilled: at 1,000 pages what MkDocs holds is ~120 MB
(far from the 1 GB the issue allows at 10,000), and compressing and restoring every page
costs ~0.5 s of a ~37 s build. From 2,000 pages on, the spill keeps memory flat."""


class PageSpill:
    """The compressed Markdown and HTML of the pages read but not yet written, by source
    path. ``enabled=False`` holds nothing and leaves every page as MkDocs made it: the
    same plugin, hooks and build without the spill, which the tests compare against.
    A build with fewer than ``min_pages`` pages (``start``) holds nothing either."""

    def __init__(self, *, enabled: bool = True, level: int = LEVEL,
                 min_pages: int = MIN_PAGES) -> None:
        self.enabled = enabled
        self.level = level
        self.min_pages = min_pages
        self.active = enabled
        """Whether this build holds pages (``enabled`` and a site of ``min_pages`` or more)."""
        self._held: dict[str, tuple[bytes, bytes]] = {}

    def reset(self) -> None:
        """Forget every held page (at the start of each build, e.g. under ``serve``)."""
        self._held.clear()

    def start(self, pages: int) -> None:
        """Decide, once the site's files are known, whether this build of ``pages``
        documentation pages holds them."""
        self.active = self.enabled and pages >= self.min_pages

    def hold(self, html: str, page: Any) -> str:
        """Keep ``html`` and ``page.markdown`` compressed; what ``page.content`` becomes."""
        if not self.active:
            return html
        self._held[page.file.src_uri] = (_pack(html, self.level),
                                         _pack(page.markdown or "", self.level))
        page.markdown = ""
        return PLACEHOLDER

    def restore(self, page: Any) -> None:
        """Give a held page its Markdown and HTML back, right before it is rendered."""
        held = self._held.get(page.file.src_uri)
        if held is None:
            return
        page.content, page.markdown = _unpack(held[0]), _unpack(held[1])

    def release(self, page: Any) -> None:
        """Take the strings off a written page and drop its compressed copy."""
        if self._held.pop(page.file.src_uri, None) is None:
            return
        page.content, page.markdown = PLACEHOLDER, ""

    def is_held(self, page: Any) -> bool:
        """Whether ``page`` is read and waiting to be written."""
        return page.file.src_uri in self._held

    def __len__(self) -> int:
        return len(self._held)

    @property
    def held_bytes(self) -> int:
        """The compressed size of everything held."""
        return sum(len(c) + len(m) for c, m in self._held.values())
