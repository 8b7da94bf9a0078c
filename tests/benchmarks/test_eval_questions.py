"""The uncertainty evaluation script (``benchmarks/eval_questions.py``) on a made-up file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from support import load_benchmark

ev = load_benchmark("eval_questions")

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
    assert ev.main([str(data_dir), "--folds", "2"]) == 0
    out = capsys.readouterr().out
    assert "| hedges.is_uncertain | all | 6 |" in out
    assert "| cue-list baseline | all | 6 |" in out
    assert "| system (held-out F1) | fold 1 | fold 2 | mean F1 | min F1 |" in out
    assert "hedge score, fitted cut, fitted per fold: cut" in out


def test_folds_are_stratified_and_keep_runs_together() -> None:
    rows = [(i % 4 == 0, f"s{i}") for i in range(40)]  # 10 uncertain, 30 certain
    fold_of = ev.folds(rows, k=2, run=5)
    for f in (0, 1):
        labels = [g for (g, _), h in zip(rows, fold_of, strict=True) if h == f]
        assert labels.count(True) == 5 and labels.count(False) == 15
    uncertain = [h for (g, _), h in zip(rows, fold_of, strict=True) if g]
    assert uncertain == [0] * 5 + [1] * 5  # runs of 5 rows of a label stay together


def test_best_cut_maximises_f1_on_the_training_scores() -> None:
    scored = [(0.0, False), (0.25, False), (0.6, True), (1.0, True), (1.0, False)]
    assert ev.best_cut(scored) == pytest.approx(0.425)
    assert ev.best_cut([]) == 0.0


def test_logistic_weights_follow_the_evidence() -> None:
    xs = [{"hedge:strong": 1.0}] * 8 + [{"weasel:weak": 1.0}] * 8 + [{}] * 8
    ys = [True] * 7 + [False] + [True] * 3 + [False] * 5 + [False] * 7 + [True]
    w = ev.fit_logistic(xs, ys, l2=0.1)
    assert w["hedge:strong"] > w["weasel:weak"] > 0 > w[""]


def test_cross_validation_fits_on_training_folds_only(data_dir: Path) -> None:
    rows = ev.load(data_dir, None)
    seen: list[int] = []

    def method(train: Sequence[tuple[bool, str]]) -> tuple[Callable[[str], str | None], str]:
        seen.append(len(train))
        return ev.is_uncertain, "nothing"

    cv = ev.cross_validate(rows, "x", method, k=2, run=1)
    assert seen == [2, 4] and cv.notes == ("nothing", "nothing")  # train = the other fold
    assert sum(s.tp + s.fn for s in cv.scores) == 3  # each uncertain row held out once
    assert cv.min_f1 <= cv.mean_f1


def test_a_file_without_the_header_is_refused(tmp_path: Path) -> None:
    (tmp_path / "dev.tsv").write_text("certain\tx\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        ev.load(tmp_path, None)
