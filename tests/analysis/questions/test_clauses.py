"""The clause that holds a hedge (``questions.clauses``)."""

from __future__ import annotations

from briefing.analysis.questions.clauses import (
    clause_start,
    innermost,
    main_subject,
    shared_subject,
)


def _clause(text: str, cue: str) -> str | None:
    found = clause_start(text, text.index(cue))
    return None if found is None else text[found[0]:].strip()


def test_the_clause_after_a_verb_of_saying() -> None:
    text = "The engineer said that the old bridge could close."
    assert _clause(text, "could") == "the old bridge could close."


def test_past_reported_speech_is_backshifted() -> None:
    text = "The engineer said the old bridge could close."
    found = clause_start(text, text.index("could"))
    assert found is not None and found[1] is True
    text = "The engineer says the old bridge could close."
    found = clause_start(text, text.index("could"))
    assert found is not None and found[1] is False


def test_a_non_restrictive_relative_clause_has_no_claim_of_its_own() -> None:
    text = "The port opened a second dock, which may help exporters."
    assert _clause(text, "may") is None


def test_an_object_relative_clause_is_asked_through_the_clause_around_it() -> None:
    # "touches that the mayor might appreciate": the clause is about the noun
    text = "Officials found touches that the mayor might appreciate."
    assert _clause(text, "might") is None


def test_a_second_verb_phrase_shares_the_subject() -> None:
    clause = "The striker will play on Sunday and is likely to score."
    assert shared_subject(clause, clause.index("likely")) == (
        "The striker is likely to score.")


def test_innermost_reported_clause() -> None:
    text = "The paper reported that some officials thought the dam was weak."
    start, verb = innermost(text, text.index("reported"))
    assert verb == "thought"
    assert text[start:].strip() == "the dam was weak."


def test_main_subject_is_a_name_before_the_verb() -> None:
    text = "Belgian coach Ann Vos has"
    assert main_subject(text, len(text)) == "Ann Vos"
    text = "Police on Friday"
    assert main_subject(text, len(text)) == ""


def test_a_present_verb_opens_the_first_conjunct_of_a_shared_subject() -> None:
    from briefing.analysis.questions.clauses import shared_subject
    clause = "The bakery sells bread and is expected to open a second shop."
    assert shared_subject(clause, clause.index("expected")) == (
        "The bakery is expected to open a second shop.")
