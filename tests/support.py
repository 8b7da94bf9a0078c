"""Shared test support: where the repository is, and throw-away copies of the project."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

FUZZ_EXAMPLES: dict[str, int] = {}
"""Hypothesis examples run per fuzz test, reported at the end of the session."""

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "content" / "000_0c14545e1c9752d4.txt"


def copy_project(dest: Path, *, content: bool = True) -> Path:
    """A copy of mkdocs.yml, templates/ and (optionally) content/ in ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    if (REPO / "templates").is_dir():
        shutil.copytree(REPO / "templates", dest / "templates")
    if (REPO / "briefings").is_dir():
        shutil.copytree(REPO / "briefings", dest / "briefings")
    if content:
        shutil.copytree(REPO / "content", dest / "content")
    else:
        (dest / "content").mkdir()
    return dest


PLACES = ["Northport", "Eastfield", "Lowmarsh", "Kestrel Bay", "Dunmore", "Ashby"]


def write_articles(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        (folder / f"story-{i:03d}.txt").write_text(
            f"Flood defences in {place} hold for day {i}\n\n"
            f"The river in {place} rose by {i + 2} centimetres overnight, the council said.\n\n"
            f"\"We are watching the levels hourly,\" said Mara Quist, the council's engineer.\n\n"
            f"Residents may be asked to leave if the rain continues, officials said.\n",
            encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")


def load_benchmark(name: str) -> ModuleType:
    """A script of ``benchmarks/`` (not a package) imported as a module, by file name."""
    path = REPO / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module
