"""Shared fixtures: a throw-away copy of the project to build in."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import copy_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project with the bundled articles, in a temporary folder."""
    return copy_project(tmp_path / "project")


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    """A copy of the project with an empty content folder."""
    return copy_project(tmp_path / "project", content=False)
