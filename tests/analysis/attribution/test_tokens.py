"""Tokens of the attribution rules: abbreviations, initials, possessives, offsets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.attribution.tokens import (
    _ABBREVIATION_SET,
    _SLOW_CASES,
    _TOKEN,
    BlockTokens,
    tokenize,
    tokenize_by_match,
    tokenize_by_split,
)


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_titles_initials_and_acronyms_keep_their_period() -> None:
    assert words("Mr. Lee met Mark S. Kirk in the U.S. today.") == [
        "Mr.", "Lee", "met", "Mark", "S.", "Kirk", "in", "the", "U.S.", "today", "."]


def test_sentence_period_is_its_own_token() -> None:
    assert words("He said no. Then he left.") == [
        "He", "said", "no", ".", "Then", "he", "left", "."]


def test_possessives_hyphens_numbers_and_wire_quotes() -> None:
    assert words("The Growers’ fund, O’Malley’s 24-year-old aide, $3.2 and ''yes''") == [
        "The", "Growers’", "fund", ",", "O’Malley’s", "24-year-old", "aide", ",", "$", "3.2",
        "and", "''", "yes", "''"]


def test_offsets_are_shifted_and_exact() -> None:
    text = "Roe said: “No.”"
    for t in tokenize(text, 100):
        assert text[t.start - 100:t.end - 100] == t.text
        assert t.lower == t.text.lower()


def test_a_web_name_is_one_token_also_before_a_period() -> None:
    for text in ("Roe told CNN.com. Then", "Roe told CNN.com in May"):
        toks = tokenize(text, 40)
        name = next(t for t in toks if t.lower.startswith("cnn"))
        assert (name.text, name.start, name.end) == ("CNN.com", 49, 56)
        assert text[name.start - 40:name.end - 40] == "CNN.com"


# The token pattern without its two speed guards (``(?=\S)`` and the plain-word branch):
# the guards must change no match.
_REFERENCE = re.compile(
    r"\d+(?:[.,]\d+)+%?"
    r"|(?:[A-Za-z]\.){2,}(?![A-Za-z])"
    r"|\w+(?:[’'\-]\w+)*(?:(?<=s)[’'](?![\w’']))?\.?"
    r"|''|``|--|[^\w\s]",
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZsé1_.,'’-`\" \n\t“”$%", max_size=40))
def test_speed_guards_change_no_match(text: str) -> None:
    assert [m.span() for m in _TOKEN.finditer(text)] == \
        [m.span() for m in _REFERENCE.finditer(text)]


def test_plain_word_branch_yields_to_longer_words() -> None:
    assert words("Smith's co-op U.S. A. Lee x1 don’t") == [
        "Smith's", "co-op", "U.S.", "A.", "Lee", "x1", "don’t"]


# ``tokenize`` reads most text with one ``re.split`` (``tokenize_by_split``) and falls back to
# ``tokenize_by_match``, the clear form, where ``_SLOW_CASES`` finds a web name or a possible
# middle initial. The split must give the same tokens wherever it is used.

_FRAGMENTS = ["Mr", "Messrs", "Calif", "vs", "com", "CNN", "U", "S", "É", "Ⓐ", "x", "s", "A",
              "Lee", "3", "2", "²", "_", ".", ",", "'", "’", "-", "--", "``", "''", '"', "“",
              "”", " ", " ", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "%", "$", "(", "said"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40), st.integers(0, 50))
def test_split_reads_as_the_clear_form_where_it_is_used(parts: list[str], offset: int) -> None:
    text = "".join(parts)
    assert _SLOW_CASES.search(text) is not None or \
        tokenize_by_split(text, offset) == tokenize_by_match(text, offset)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_split_reads_any_text_as_the_clear_form(text: str) -> None:
    assert _SLOW_CASES.search(text) is not None or \
        tokenize_by_split(text, 3) == tokenize_by_match(text, 3)


@pytest.mark.parametrize("abbreviation", sorted(_ABBREVIATION_SET))
def test_every_abbreviation_keeps_its_period_in_the_split(abbreviation: str) -> None:
    text = f"{abbreviation}. Lee and the others met at the old station on Monday."
    assert tokenize_by_split(text) == tokenize_by_match(text)
    assert tokenize_by_split(text)[0].text == abbreviation + "."


@pytest.mark.parametrize("text", [
    "Roe told CNN.com in May, when the site was still read by many.",
    "Mark S. Kirk met the reporters outside the hall on Monday night.",
    "The U.S. Army said the convoy had left the base before dawn.",
])
def test_long_text_with_a_web_name_or_an_initial_reads_as_the_clear_form(text: str) -> None:
    assert len(text) >= 40  # long enough for the split, were the slow cases not sent back
    assert tokenize(text, 7) == tokenize_by_match(text, 7)


def _blocks(*texts: str) -> tuple[str, BlockTokens]:
    """An article of ``texts`` joined by blank lines, and its block tokens."""
    text = "\n\n".join(texts)
    spans, k = [], 0
    for t in texts:
        spans.append((k, k + len(t)))
        k += len(t) + 2
    return text, BlockTokens(text, spans)


_FIRST = "Mark S. Kirk said the U.S. Army left CNN.com."
_SECOND = "Mr.\u2003Lee met Mr. Roe and Messrs. Fox."
_SECOND_AT = len(_FIRST) + 2


@pytest.mark.parametrize(("start", "end"), [
    (0, 7),  # "Mark S.": an initial keeps no period at the end of the text, but in the block
    (0, 8),  # "Mark S. ": nor before a space that ends the text
    (5, 12),  # "S. Kirk": a stretch from a word on
    (0, len(_FIRST)),  # the whole first block
    (_SECOND_AT, _SECOND_AT + 4),  # "Mr.\u2003": an abbreviation's period before an em space
    (_SECOND_AT, _SECOND_AT + 3),  # "Mr.": kept at the end of the text, not in the block
    (2, 20),  # from inside a word: read again
])
def test_between_reads_as_the_text_alone(start: int, end: int) -> None:
    text, tokens = _blocks(_FIRST, _SECOND)
    assert tokens.between(start, end) == list(tokenize_by_match(text[start:end], start))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_FRAGMENTS), max_size=30), min_size=1, max_size=3),
       st.data())
def test_between_reads_any_stretch_as_the_text_alone(blocks: list[list[str]],
                                                      data: st.DataObject) -> None:
    text, tokens = _blocks(*("".join(b) for b in blocks))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert tokens.between(start, end) == list(tokenize_by_match(text[start:end], start))
