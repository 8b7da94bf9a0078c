"""Nothing executes in a real browser: every page of a site built from the XSS payload
corpus (tests/security/payloads.py) is loaded in Chromium with dialog and console hooks,
and search is run over the payloads; zero executions are allowed."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from payloads import MARK, PAYLOADS, URL_PAYLOADS, build_corpus_site
from support import copy_project

# Anything a payload could do to show it ran: a dialog, a console line, or the marker
# written into the page's title or a global.
_HOOK = """
window.__xssRuns = 0;
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  const original = window[name];
  window[name] = function (...args) { window.__xssRuns += 1; return original.apply(this, args); };
}
"""


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def xss_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    project = build_corpus_site(copy_project(tmp_path_factory.mktemp("xss-browser") / "project",
                                             content=False))
    site = project / "site"
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", site
    finally:
        server.shutdown()
        server.server_close()


class Runs:
    """Every sign of a payload running."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def dialog(self, dialog: Any) -> None:
        self.seen.append(f"dialog {dialog.type}: {dialog.message}")
        dialog.dismiss()

    def console(self, message: Any) -> None:
        if MARK in message.text:
            self.seen.append(f"console: {message.text}")


def watched_page(browser: Any, runs: Runs) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(_HOOK)
    page = context.new_page()
    page.on("dialog", runs.dialog)
    page.on("console", runs.console)
    return page


def test_the_hooks_catch_a_real_execution(browser: Any) -> None:
    runs = Runs()
    page = watched_page(browser, runs)
    page.set_content(f"<img src=x onerror=\"alert('{MARK}')\">")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xssRuns") == 1
    assert len(runs.seen) == 1
    page.context.close()


def test_no_payload_executes_on_any_page(browser: Any, xss_url: tuple[str, Path]) -> None:
    base, site = xss_url
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert len(pages) >= 3 * len(PAYLOADS)
    runs = Runs()
    page = watched_page(browser, runs)
    executed = 0
    for rel in pages:
        page.goto(base + rel, wait_until="load")
        page.mouse.move(200, 300)  # hover handlers, if any survived
        executed += page.evaluate("window.__xssRuns")
    # search renders payload-bearing text from the index into the results list
    page.goto(base, wait_until="load")
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("budget Oyelaran", delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=15_000)
    page.mouse.move(600, 300)
    page.wait_for_timeout(500)
    executed += page.evaluate("window.__xssRuns")
    results = page.locator(".md-search-result__item").count()
    page.context.close()
    print(f"XSS corpus: {len(PAYLOADS) + len(URL_PAYLOADS)} payloads, {len(pages)} pages "
          f"loaded, {results} search results shown, {executed} executions")
    assert executed == 0 and runs.seen == []
    assert results > 0, "the search for the payload marker showed no results"
