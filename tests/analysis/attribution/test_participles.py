"""The source of a participle cue right after a noun."""

from __future__ import annotations

from briefing.analysis.attribution.participles import person_like, reduced_relative_source
from briefing.analysis.attribution.tokens import tokenize


def _words(text: str, span: tuple[int, int] | None) -> str | None:
    toks = tokenize(text)
    return None if span is None else " ".join(t.text for t in toks[span[0]:span[1]])


def _source(text: str, before: str) -> tuple[int, int] | None:
    """``reduced_relative_source`` of the phrase that ends before the word ``before``."""
    toks = tokenize(text)
    end = next(i for i, t in enumerate(toks) if t.text == before)
    return reduced_relative_source(toks, (0, end))


def test_the_holder_of_a_carrier_speaks() -> None:
    text = "Nurses holding up banners saying the ward must stay open"
    assert _words(text, _source(text, "saying")) == "Nurses"


def test_a_thing_that_carries_no_words_speaks_for_no_one() -> None:
    text = "Divers spotted hints of a wreck suggesting a storm"
    assert _source(text, "suggesting") is None


def test_the_people_after_of_speak() -> None:
    text = "The clip showed footage of Mia Lund urging calm"
    assert _words(text, _source(text, "urging")) == "Mia Lund"


def test_no_verb_before_leaves_the_phrase_whole() -> None:
    text = "Angry farmers demanding aid"
    assert _words(text, _source(text, "demanding")) == "Angry farmers"


def test_person_like_takes_names_and_nouns_of_people() -> None:
    first, second, third = tokenize("Lund teachers buses")
    assert person_like(first) and person_like(second) and not person_like(third)
