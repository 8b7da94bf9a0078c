"""briefing serve: a live preview that rebuilds when content/ changes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from support import copy_project


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except OSError:
        return 0, ""


def wait_for(url: str, predicate, seconds: float = 120) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    status, body = 0, ""
    while time.monotonic() < deadline:
        status, body = fetch(url)
        if predicate(status, body):
            return status, body
        time.sleep(0.5)
    return status, body


def test_serve_rebuilds_when_content_changes(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    command = [sys.executable, "-m", "briefing", "serve", "-a", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(command, cwd=project, stdout=subprocess.DEVNULL, stderr=log,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        status, home = wait_for(base, lambda s, b: s == 200)
        assert status == 200 and "Briefings" in home
        assert "Lighthouse keepers" not in home
        (project / "content" / "lighthouse.txt").write_text(
            "Lighthouse keepers return to Skerry Point\n\n"
            "The harbour board said on Friday that two keepers would live at the light again.\n",
            encoding="utf-8")
        status, home = wait_for(base, lambda s, b: "Lighthouse keepers" in b)
        assert "Lighthouse keepers" in home, "the preview did not pick up the new article"
        status, page = wait_for(base + "lighthouse-keepers-return-to-skerry-point/",
                                lambda s, b: s == 200)
        assert status == 200 and "harbour board" in page
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
        log.close()
    assert "Traceback" not in (tmp_path / "serve.log").read_text()
