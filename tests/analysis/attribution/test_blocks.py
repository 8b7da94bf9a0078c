"""One block's state: trimmed clause ends, recorded attributions, relative pronoun sources."""

from __future__ import annotations

from briefing.analysis.attribution.blocks import Block, strip_end
from briefing.analysis.attribution.tokens import tokenize


def _block(text: str) -> Block:
    return Block(text, 0, [(0, len(text))])


def _index(block: Block, word: str) -> int:
    return next(i for i, t in enumerate(block.tokens) if t.text == word)


def test_strip_end_drops_closing_punctuation() -> None:
    toks = tokenize("the pier will close --")
    assert strip_end(toks, 0, len(toks)) == 4


def test_a_long_quotation_inside_content_is_also_a_quote() -> None:
    text = "Lund said the pier was “a hazard to every boat in the bay” now."
    b = _block(text)
    b.add((0, 1), (1, 2), (2, len(b.tokens) - 1), None, 1)
    quoted = [text[f.content[0]:f.content[1]] for f in b.found if f.quote]
    assert quoted == ["a hazard to every boat in the bay"]


def test_a_scare_quoted_word_is_no_quote() -> None:
    text = "Lund said the pier was a “hazard” now."
    b = _block(text)
    b.add((0, 1), (1, 2), (2, len(b.tokens) - 1), None, 1)
    assert [f.quote for f in b.found] == [False]


def test_a_relative_pronoun_stands_for_the_name_before_it() -> None:
    text = "The fair was run by Mia Lund, who said it paid."
    b = _block(text)
    who = _index(b, "who")
    span = b.antecedent((who, who + 1))
    assert span is not None and text[span[0]:span[1]] == "Mia Lund"
