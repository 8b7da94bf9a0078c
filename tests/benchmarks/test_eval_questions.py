"""The uncertainty evaluation script (``benchmarks/eval_questions.py``) on a made-up file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from support import REPO


def _load() -> ModuleType:
    path = REPO / "benchmarks" / "eval_questions.py"
    spec = importlib.util.spec_from_file_location("bench_eval_questions", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


ev = _load()

ROWS = [
    ("uncertain", "The mayor will probably resign before the vote."),
    ("uncertain", "Some residents may have left the valley."),
    ("certain", "The council met on Tuesday."),
    ("certain", "The bridge reopened in May."),
    ("uncertain", "The dam was finished in 1950."),  # a miss, on purpose
    ("certain", "Many trucks use the bridge."),  # a false alarm, on purpose
]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    lines = ["label\tsentence"] + [f"{label}\t{text}" for label, text in ROWS]
    (tmp_path / "dev.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_scores_count_hits_and_misses(data_dir: Path) -> None:
    rows = ev.load(data_dir, None)
    assert len(rows) == 6 and rows[0] == (True, ROWS[0][1])
    s = ev.score(rows, ev.is_uncertain)
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(2 / 3)
    assert ev.load(data_dir, 2) == rows[:2]


def test_baseline_is_a_bare_word_list() -> None:
    assert ev.baseline("Prices may rise.") == "may"
    assert ev.baseline("Prices rose.") is None


def test_main_prints_both_systems(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.main([str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "| hedges.is_uncertain | all | 6 |" in out
    assert "| cue-list baseline | all | 6 |" in out


def test_a_file_without_the_header_is_refused(tmp_path: Path) -> None:
    (tmp_path / "dev.tsv").write_text("certain\tx\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        ev.load(tmp_path, None)
