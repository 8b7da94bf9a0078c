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
