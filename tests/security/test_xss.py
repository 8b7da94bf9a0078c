"""Nothing executes: payloads in every article field never become live HTML or script.

The corpus (payloads.py) goes into titles, bodies, quotes and every front-matter field
of .txt, .md and .html articles; after ``briefing build`` a scan of every file in
``site/`` finds no executable vector carrying a payload. (test_xss_browser.py loads the
same site in Chromium and counts executions.)
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from payloads import MARK, PAYLOADS, build_corpus_site
from support import copy_project

DANGEROUS_SCHEMES = re.compile(r"^(?:javascript|vbscript|data):", re.I)
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "background",
             "poster", "srcset", "ping", "codebase", "cite"}


class VectorScan(HTMLParser):
    """Collects every executable vector in a page that carries a payload marker."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") and (MARK in value or "alert" in value):
                self.found.append(f"<{tag} {name}={value!r}>")
            squeezed = re.sub(r"[\x00-\x20]+", "", value)
            harmless_image = squeezed.lower().startswith(("data:image/svg+xml", "data:image/png"))
            if name in URL_ATTRS and DANGEROUS_SCHEMES.match(squeezed) and not harmless_image:
                self.found.append(f"<{tag} {name}={value!r}>")
            if name == "srcdoc":
                self.found.append(f"<{tag} srcdoc>")
        named = dict(attrs)
        if (tag == "meta" and (named.get("http-equiv") or "").lower() == "refresh"
                and "javascript:" in (named.get("content") or "").lower()):
            self.found.append("<meta refresh to javascript:>")
        if tag in {"iframe", "object", "embed", "base", "frame", "applet"}:
            self.found.append(f"<{tag}>")
        self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] in {"script", "style"} and MARK in data:
            self.found.append(f"<{self._in[-1]}> holding a payload")


def scan_site(site: Path) -> list[str]:
    """Every executable payload vector in the built site."""
    problems = []
    for page in sorted(site.rglob("*.html")):
        scanner = VectorScan()
        scanner.feed(page.read_text("utf-8"))
        problems += [f"{page.relative_to(site)}: {f}" for f in scanner.found]
    for index in site.rglob("search_index.json"):
        for doc in json.loads(index.read_text("utf-8"))["docs"]:
            for field in ("title", "text"):
                scanner = VectorScan()
                scanner.feed(doc.get(field, ""))
                problems += [f"search index {doc['location']}: {f}" for f in scanner.found]
    return problems


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_corpus_site(copy_project(tmp_path_factory.mktemp("xss") / "project",
                                          content=False))


def test_corpus_builds_and_every_article_gets_a_page(xss_site: Path) -> None:
    pages = [p for p in (xss_site / "site").glob("*/index.html")]
    assert len(pages) >= 3 * len(PAYLOADS) * 0.9


def test_scan_finds_no_executable_vector(xss_site: Path) -> None:
    assert scan_site(xss_site / "site") == []


def test_scanner_catches_live_vectors(tmp_path: Path) -> None:
    """The scan itself must be able to fail."""
    (tmp_path / "bad.html").write_text(
        f"<p><img src=x onerror=\"alert('{MARK}')\"><a href=' JavaScript:alert(1)'>x</a>"
        f"<script>alert('{MARK}')</script><iframe srcdoc='x'></iframe></p>")
    assert len(scan_site(tmp_path)) == 5


def test_links_use_only_http_schemes(xss_site: Path) -> None:
    """Original-article links (and every other link) are relative or http(s)."""
    schemes = set()
    for page in (xss_site / "site").rglob("*.html"):
        for href in re.findall(r'\bhref="([^"]*)"', page.read_text("utf-8")):
            m = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", html.unescape(href).strip())
            if m:
                schemes.add(m.group(1).lower())
    assert schemes <= {"http", "https"}, schemes
