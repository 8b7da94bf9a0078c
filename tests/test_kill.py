"""A build killed with SIGKILL at random moments never leaves a truncated briefing."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from support import copy_project, write_articles

RUNS = 24


def build(project: Path) -> subprocess.Popen[bytes]:
    # a build killed with SIGKILL cannot remove its private cache folder: keep those
    # folders under the test's own directory, not in the machine's /tmp
    tmp = project.parent / "tmp"
    tmp.mkdir(exist_ok=True)
    return subprocess.Popen([sys.executable, "-m", "briefing", "build", "--no-cache", "-j", "1"],
                            cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "TMPDIR": str(tmp)})


def test_kill_minus_nine_never_leaves_a_truncated_briefing(tmp_path: Path) -> None:
    reference = copy_project(tmp_path / "reference", content=False)
    write_articles(reference / "content", 80)
    shutil.rmtree(reference / "briefings")
    started = time.perf_counter()
    assert build(reference).wait(timeout=300) == 0
    full = time.perf_counter() - started
    expected = {p.name: p.read_bytes() for p in (reference / "briefings").glob("*.md")}
    assert len([name for name in expected if name.startswith("flood-")]) == 80

    victim = copy_project(tmp_path / "victim", content=False)
    write_articles(victim / "content", 80)
    shutil.rmtree(victim / "briefings")
    rng = random.Random(20261125)
    killed = 0
    mid_write = 0
    out = victim / "briefings"
    for run in range(RUNS):
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        proc = build(victim)
        if run % 2:
            time.sleep(rng.uniform(0.05, full))  # anywhere in the build
        else:  # aim at the write phase: wait for the first file, then a few milliseconds
            deadline = time.perf_counter() + full + 30
            while not any(out.iterdir()) and proc.poll() is None and time.perf_counter() < deadline:
                time.sleep(0.001)
            time.sleep(rng.uniform(0, 0.015))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            killed += 1
        proc.wait(timeout=60)
        present = list((victim / "briefings").glob("*.md"))
        mid_write += 0 < len(present) < len(expected)
        for page in present:
            assert page.read_bytes() == expected[page.name], f"run {run}: {page.name} is damaged"
    assert killed >= RUNS // 2, f"only {killed} of {RUNS} builds were killed mid-way"
    # a normal build afterwards cleans up and completes
    assert build(victim).wait(timeout=300) == 0
    assert {p.name: p.read_bytes() for p in (victim / "briefings").glob("*.md")} == expected
    assert not [p for p in (victim / "briefings").iterdir() if p.name.endswith(".tmp")]
    print(f"{killed} of {RUNS} builds killed with SIGKILL ({mid_write} while writing "
          "briefings); no truncated briefing")
