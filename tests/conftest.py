"""Shared fixtures: a throw-away copy of the project to build in."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import FUZZ_EXAMPLES, copy_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project with the bundled articles, in a temporary folder."""
    return copy_project(tmp_path / "project")


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    """A copy of the project with an empty content folder."""
    return copy_project(tmp_path / "project", content=False)



def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    """Say how many fuzz examples ran (CI prints it)."""
    if FUZZ_EXAMPLES:
        total = sum(FUZZ_EXAMPLES.values())
        detail = ", ".join(f"{k} {v}" for k, v in sorted(FUZZ_EXAMPLES.items()))
        terminalreporter.write_line(f"fuzz: {total} Hypothesis examples run ({detail})")
