"""Cues that end their clause and take the content before them."""

from __future__ import annotations

from briefing.analysis.attribution.closing_cues import ClosingCues
from briefing.analysis.attribution.cues import cue_at


def _ends_clause(text: str, verb: str) -> bool:
    b = ClosingCues(text, 0, [(0, len(text))])
    i = next(i for i, t in enumerate(b.tokens) if t.text == verb)
    cue = cue_at(b.tokens, i, 0)
    assert cue is not None
    return b.ends_clause(cue, b.units[0])


def test_a_cue_before_its_topic_ends_the_clause_after_a_quotation() -> None:
    assert _ends_clause("“The toll is too high,” Lund said of the new bridge.", "said")


def test_a_cue_before_a_when_clause_with_a_cue_ends_the_clause() -> None:
    assert _ends_clause("“We will see,” Lund said when asked about the vote.", "said")


def test_a_cue_before_its_content_does_not_end_the_clause() -> None:
    assert not _ends_clause("Lund said the toll is too high.", "said")


def test_a_quotation_before_the_cue_ends_the_clause_before_a_hearer() -> None:
    assert _ends_clause("“You broke the town,” she said to the mayor.", "said")
    assert _ends_clause("“We are done,” said Reed to the clerk.", "said")


def test_a_quotation_before_the_cue_ends_the_clause_before_a_participle() -> None:
    assert _ends_clause("“I will not listen,” the judge said, raising her voice and telling "
                        "Reed to sit down.", "said")


def test_a_phrase_after_the_cue_with_no_quotation_before_it_does_not_end_the_clause() -> None:
    assert not _ends_clause("The judge said to the clerk that the hearing was over.", "said")
