"""Fixtures for the site tests: a site built from the repository's content (plus the
articles in ``tests/site/articles/``) in a temporary folder, served on 127.0.0.1, and a
real Chromium driven by Playwright.

The browser is Debian's ``/usr/bin/chromium`` (or ``$BRIEFING_CHROMIUM``); Playwright's
own browser downloads are never used. Without a browser the browser tests skip with
the reason, except under CI (``$CI`` set), where they fail: they must never be skipped
silently there.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTICLES = Path(__file__).resolve().parent / "articles"
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
SOURCE_DATE_EPOCH = "1709251200"
"""2024-03-01: the date of undated articles (the seed) and of the build."""
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
SEED_TITLE = "Russia's soldiers on a crucial front are mainly retreating"


def make_project(dest: Path, *, extra: dict[str, str] | None = None) -> Path:
    """A throw-away project: mkdocs.yml, templates/, content/ and the test articles."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    if (REPO / "templates").is_dir():
        shutil.copytree(REPO / "templates", dest / "templates")
    shutil.copytree(REPO / "content", dest / "content")
    for article in sorted(ARTICLES.iterdir()):
        shutil.copy(article, dest / "content" / article.name)
    for name, text in (extra or {}).items():
        (dest / "content" / name).write_text(text, encoding="utf-8")
    return dest


def build(project: Path, site_dir: Path | None = None) -> Path:
    """``briefing build --strict`` in ``project``; the built site's folder."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH)
    env.pop("SITE_URL", None)
    command = [sys.executable, "-m", "briefing", "build", "--strict"]
    if site_dir is not None:
        command += ["-d", str(site_dir)]
    done = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, f"build failed:\n{done.stdout}\n{done.stderr}"
    return site_dir or project / "site"



@pytest.fixture(scope="session")
def site_builder() -> tuple[Any, Any]:
    """``(make_project, build)`` for tests that build sites of their own."""
    return make_project, build


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built once for the whole session."""
    return build(make_project(tmp_path_factory.mktemp("site") / "project"))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def base_url(built_site: Path) -> Iterator[str]:
    """The built site, served over HTTP on a free port of 127.0.0.1."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(f"browser tests skipped: {reason}")


def chromium_path() -> str | None:
    """The Chromium to drive: $BRIEFING_CHROMIUM, /usr/bin/chromium, or one on PATH."""
    for candidate in (os.environ.get("BRIEFING_CHROMIUM"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file():
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """A headless Chromium, shared by the session."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    executable = chromium_path()
    if executable is None:
        _unavailable("no Chromium found (install Debian's chromium or set BRIEFING_CHROMIUM)")
    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=executable,
                                                  args=CHROMIUM_ARGS)
        except Exception as exc:  # the reason is reported, not lost
            _unavailable(f"cannot start {executable}: {exc}")
        yield chromium
        chromium.close()


_WATCH_CSP = """
document.addEventListener('securitypolicyviolation', (e) => {
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline'));
});
"""


class Problems:
    """Console errors, uncaught exceptions, CSP violations and requests that leave the site."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.lines: list[str] = []

    def console(self, message: Any) -> None:
        if message.type == "error":
            self.lines.append(f"console error: {message.text}")

    def page_error(self, error: Any) -> None:
        self.lines.append(f"uncaught: {error}")

    def request(self, request: Any) -> None:
        if not request.url.startswith((self.base_url, "data:", "blob:")):
            self.lines.append(f"request outside the site: {request.url}")


@pytest.fixture
def open_page(browser: Any, base_url: str) -> Iterator[Any]:
    """``open_page(width=1280)``: a fresh page watched for problems; the test fails on any."""
    contexts: list[Any] = []
    problems = Problems(base_url)

    def opener(width: int = 1280, height: int = 900, color_scheme: str = "light") -> Any:
        context = browser.new_context(viewport={"width": width, "height": height},
                                      base_url=base_url, color_scheme=color_scheme)
        context.add_init_script(_WATCH_CSP)
        contexts.append(context)
        page = context.new_page()
        page.on("console", problems.console)
        page.on("pageerror", problems.page_error)
        page.on("request", problems.request)
        return page

    opener.problems = problems  # type: ignore[attr-defined]  # for tests that provoke some
    yield opener
    for context in contexts:
        context.close()
    assert problems.lines == [], "\n".join(problems.lines)


@pytest.fixture(scope="session")
def screenshot() -> Any:
    """``screenshot(page, name, full_page=True)``: save to test-artifacts/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def save(page: Any, name: str, *, full_page: bool = True) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return save
