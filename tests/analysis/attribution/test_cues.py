"""Cues: the lexicon of reporting verbs, the words around them, nouns that are no cues."""

from __future__ import annotations

import pytest

from briefing.analysis.attribution.cues import LEXICON, Form, cue_at, is_passive, is_verb_use
from briefing.analysis.attribution.tokens import tokenize


def cue_text(text: str, word: str) -> str | None:
    toks = tokenize(text)
    i = next(k for k, t in enumerate(toks) if t.lower == word)
    cue = cue_at(toks, i, 0)
    if cue is None or not is_verb_use(toks, cue, 0):
        return None
    return text[toks[cue.start].start:toks[cue.end - 1].end]


def test_inflections() -> None:
    assert LEXICON["said"][1] is Form.PAST
    assert LEXICON["tells"][0].base == "tell"
    assert LEXICON["denied"][0].base == "deny"
    assert "seems" in LEXICON and "backed" not in LEXICON


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("She has also called for a recount.", "called", "has also called for"),
    ("He pointed out that it rained.", "pointed", "pointed out"),
    ("He pointed at the map.", "pointed", None),
    ("The report said so.", "said", "said"),
    ("His remarks were brief.", "remarks", None),
    ("They target swing states.", "states", None),
    ("Polls show a tie.", "show", "show"),
    ("It is fair to say so.", "say", None),
    ("A system called TriageAssist, is new.", "called", None),
    ("Trump called Clinton a liar.", "called", "called"),
])
def test_cue_or_not(text: str, word: str, expected: str | None) -> None:
    assert cue_text(text, word) == expected


def test_passive() -> None:
    toks = tokenize("It was reported that talks failed.")
    cue = cue_at(toks, 2, 0)
    assert cue is not None and is_passive(toks, cue)
