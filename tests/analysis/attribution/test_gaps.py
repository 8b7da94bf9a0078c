"""Tests for filling the gap of a claim made in a relative clause."""

from __future__ import annotations

from briefing.analysis.attribution.gaps import fill, relative_gap
from briefing.analysis.attribution.tokens import tokenize


def test_fill_puts_the_antecedent_in_brackets_where_it_belongs() -> None:
    assert fill("it is draining", 14, "the valleys") == "it is draining [the valleys]"
    assert fill("would fail", 0, "The bridge") == "[the bridge] would fail"
    assert fill("to sell back to the city", 7, "the lakes") == (
        "to sell [the lakes] back to the city")


def gap_of(text: str, source: str, content: str, verb: str = "say") -> str | None:
    toks = tokenize(text, 0)
    words = [t.text for t in toks]
    s = words.index(source)
    c0 = words.index(content.split()[0], s + 2)
    c1 = len(words) - 1 if words[-1] == "." else len(words)
    gap = relative_gap(toks, (s, s + 1), (c0, c1), 0, [False] * len(toks), verb)
    if gap is None:
        return None
    return " ".join(words[gap.antecedent[0]:gap.antecedent[1]]) + f" @{gap.at - c0}"


def test_relative_gap_finds_the_antecedent_and_the_place() -> None:
    assert gap_of("One of the valleys that Norland says it is draining.", "Norland",
                  "it is draining") == "the valleys @3"
    assert gap_of("A bill that critics called unfair.", "critics", "unfair",
                  "call") == "A bill @0"


def test_no_gap_after_a_noun_of_saying_or_a_preposition() -> None:
    assert gap_of("He cited claims that Norland says it is draining the lake.", "Norland",
                  "it is draining the lake") is None
    assert gap_of("The speech in which Roe said he was tired.", "Roe", "he was tired") is None
