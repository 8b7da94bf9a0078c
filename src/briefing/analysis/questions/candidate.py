"""A question candidate and how its kind ranks against others found for the same sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.model import QuestionKind

RANK = {QuestionKind.CONTESTED: 3.0, QuestionKind.UNCONFIRMED: 2.0,
        QuestionKind.SPECULATIVE: 1.5, QuestionKind.HEDGED: 1.0}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A question before the per-sentence choice, de-duplication and limit."""

    sentence: int
    question: str
    cue: str
    kind: QuestionKind
    rank: float
    related: tuple[int, ...] = ()
