"""Sentence splitting: titles and initials before a name do not end a sentence."""

from __future__ import annotations

from briefing.ingest.assemble import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_title_before_a_name_does_not_end_the_sentence() -> None:
    # blingfire alone splits these after the title
    text = "He spoke of the governor, Alan Marsh. Mr. Quill has sharpened his reply."
    assert sentences(text) == ["He spoke of the governor, Alan Marsh.",
                               "Mr. Quill has sharpened his reply."]
    assert sentences("Ask Dr. Smith. She knows.") == ["Ask Dr. Smith.", "She knows."]


def test_number_abbreviations_and_real_ends() -> None:
    assert sentences("He lives at No. 10 Downing Street. Then he left.") == [
        "He lives at No. 10 Downing Street.", "Then he left."]
    assert sentences("They moved to Main St. Then they left.") == [
        "They moved to Main St.", "Then they left."]


def test_ends_that_blingfire_misses_are_split() -> None:
    # blingfire alone keeps each of these as one sentence
    assert sentences("Rivals include Hexa-Mart. Dorrington expects a rise.") == [
        "Rivals include Hexa-Mart.", "Dorrington expects a rise."]
    assert sentences("Most of it goes on wages. 80% of the budget is fixed.") == [
        "Most of it goes on wages.", "80% of the budget is fixed."]
    assert sentences('It was a hard year, he said. "2025 will be better."') == [
        "It was a hard year, he said.", '"2025 will be better."']
    assert sentences('"I felt the gloom that set in." Later, she went back to the stage.') == [
        '"I felt the gloom that set in."', "Later, she went back to the stage."]


def test_abbreviations_inside_a_sentence_stay_joined() -> None:
    for text in ("Hull vs. Leeds kicks off at noon.", "The pipe is 12 in. Wide at the top.",
                 "She met U.S. Senators at 8 p.m. Tuesday.", "The cost is approx. 40 pounds.",
                 "It was Ant and Dec. Nobody else came."):
        assert sentences(text) == [text], text
