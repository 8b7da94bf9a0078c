"""Readability: Flesch scores, reading time, source against briefing, and no network."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import textstat
from textstat.backend.selections import list_words

from briefing.analysis.keypoints import key_points
from briefing.analysis.readability import (
    flesch_kincaid_grade,
    flesch_reading_ease,
    readability,
    scores,
    sentences_of,
    syllable_count,
)
from briefing.ingest.text import read_text
from briefing.model import OpenQuestion, QuestionKind, ReadabilityScores
from briefing.options import AnalysisOptions

SEED = Path(__file__).resolve().parents[2] / "content" / "000_0c14545e1c9752d4.txt"


def test_formulas_match_the_published_constants() -> None:
    # 100 words, 5 sentences, 150 syllables
    assert flesch_reading_ease(100, 5, 150) == pytest.approx(206.835 - 1.015 * 20 - 84.6 * 1.5)
    assert flesch_kincaid_grade(100, 5, 150) == pytest.approx(0.39 * 20 + 11.8 * 1.5 - 15.59)
    assert flesch_reading_ease(0, 0, 0) == 0.0
    assert flesch_kincaid_grade(0, 0, 0) == 0.0


def test_scores_of_a_simple_sentence() -> None:
    # six one-syllable words in one sentence
    s = scores(["The cat sat on the mat."], 230)
    assert (s.words, s.sentences) == (6, 1)
    assert s.flesch_reading_ease == round(206.835 - 1.015 * 6 - 84.6, 1)
    assert s.grade_level == round(0.39 * 6 + 11.8 - 15.59, 1)


def test_longer_words_and_sentences_read_harder() -> None:
    easy = scores(["The dog ran home.", "It was cold.", "We ate soup."], 230)
    hard = scores(["Institutional investors systematically underestimated the considerable "
                   "macroeconomic consequences of unprecedented monetary intervention."], 230)
    assert easy.flesch_reading_ease > 80 > 20 > hard.flesch_reading_ease
    assert easy.grade_level < 4 < 16 < hard.grade_level


def test_syllables_are_textstats_own_count() -> None:
    # Each distinct word is counted once and remembered; the total must stay textstat's,
    # with repeated words, contractions, quotes, hyphens, numbers, accents, and words the
    # CMU dictionary does not know (pyphen's guess).
    text = ("The ministry's spokesman didn't say. 'The ministry,' he said, 'will review "
            "the ministry's e-mail.' Kherson, Zaporizhzhia and Bakhmut: 12.5% of $3bn, "
            "o'clock, rock'n'roll, naïve café owners -- the ministry said so.")
    words = list_words(text, lowercase=True)
    assert len(words) == textstat.lexicon_count(text) == 30
    assert syllable_count(words) == textstat.syllable_count(text)
    s = scores([text], 230)
    assert s.words == 30
    assert s.flesch_reading_ease == round(
        flesch_reading_ease(30, 1, textstat.syllable_count(text)), 1)


def test_decimal_points_and_abbreviations_do_not_end_sentences() -> None:
    text = "Profits rose 2.5% to $1.13bn in the year. Sales at the U.S. unit fell by a third."
    pieces = sentences_of([text])
    assert len(pieces) == 2
    s = scores(pieces, 230)
    assert s.sentences == 2
    assert s.words == 17


def test_reading_time_uses_words_per_minute() -> None:
    text = ["Word " * 459 + "end."]
    assert scores(text, 230).words == 460
    assert scores(text, 230).reading_time_minutes == 2.0
    assert scores(text, 100).reading_time_minutes == 4.6
    with pytest.raises(ValueError, match="words_per_minute"):
        scores(text, 0)


def test_empty_text_scores_zero() -> None:
    assert scores([], 230) == ReadabilityScores(0, 0, 0.0, 0.0, 0.0)
    assert scores(["", "—", "..."], 230) == ReadabilityScores(0, 0, 0.0, 0.0, 0.0)


def words(text: str) -> int:
    """Space-separated tokens that hold a letter or digit (a lone dash is no word)."""
    return sum(any(c.isalnum() for c in t) for t in text.split())


def test_source_against_briefing() -> None:
    article = read_text(SEED.name, str(SEED), SEED.read_text(encoding="utf-8"))
    options = AnalysisOptions(words_per_minute=100)
    points = key_points(article, options)
    q = OpenQuestion(question="Is Russia pulling back to defend the city of Kherson?",
                     cue="It's possible that", span=points[0].span, kind=QuestionKind.HEDGED,
                     sentence=5)
    r = readability(article, points, (q,), options)
    # the source is the body only: highlights are not counted twice
    body = scores([s.text for s in article.sentences], 100)
    assert r.source == body
    assert r.source.sentences == len(article.sentences) > 10
    assert r.source.words == sum(words(s.text) for s in article.sentences)
    # the briefing is the key points and the question
    assert r.briefing.sentences == len(points) + 1
    assert r.briefing.words == sum(words(p.span.plain) for p in points) + 10
    assert r.briefing.reading_time_minutes == round(r.briefing.words / 100, 1)
    assert r.minutes_saved == round(r.source.reading_time_minutes
                                    - r.briefing.reading_time_minutes, 1) > 0


def test_readability_works_with_the_network_cut(tmp_path: Path) -> None:
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare is not installed")
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"unshare -n is not permitted here: {probe.stderr.strip()}")
    script = textwrap.dedent("""
        import socket
        try:
            socket.create_connection(("1.1.1.1", 53), timeout=2).close()
        except OSError:
            pass
        else:
            raise SystemExit("the network is not cut")
        from briefing.analysis.readability import scores, sentences_of
        s = scores(sentences_of(["Quarterly profits at the zorbleflax company jumped 76%. "
                                 "Analysts had expected a smaller rise."]), 230)
        assert (s.words, s.sentences) == (14, 2), s
        assert 0 < s.flesch_reading_ease < 100 and s.grade_level > 0, s
        print("ok", s.flesch_reading_ease, s.grade_level)
    """)
    # a fresh HOME, so that no data cached by an earlier, connected run can help
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONNOUSERSITE": "1"}
    done = subprocess.run([unshare, "-n", sys.executable, "-c", script], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok ")
