"""Tokens of the attribution rules: abbreviations, initials, possessives, offsets."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.attribution.tokens import _TOKEN, tokenize


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
