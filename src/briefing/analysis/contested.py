"""Contested claims: one source says X, another says not-X, within one article.

Two attributions disagree when they come from different sources, talk about the same
thing (``MIN_SHARED`` content stems in common, the speaker's own "it" counted as its
name) and only one of them is negated or a denial ("had not threatened",
"denied"). The claim worded as the question is the clause of the positive side that
shares most with the negated clause of the other side; the negated side is quoted back
as the context of the question.

Works on ``Source`` values from the sources analysis; computes nothing without them.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass

from briefing.analysis.lexical import content_words
from briefing.analysis.phrasing import (
    clean_claim,
    expand_contractions,
    is_plural,
    question,
    trim_words,
)
from briefing.model import Attribution, Source

MIN_SHARED = 3
"""Content stems two contents must share to be about the same thing; the two clauses
that are set against each other must share at least one more."""

_NEGATION = re.compile(
    r"\b(?:not|never|no longer|no|nor|neither)\b|n['\u2019]t\b|"
    r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:e|es|ed)|"
    r"disput(?:e|es|ed)|false|untrue|baseless)\b",
    re.I,
)
_CLAUSES = re.compile(r",?\s+(?:and|but)\s+that\s+|;\s+|,\s+but\s+", re.I)
_PRONOUN_NAMES = frozenset(
    ("it", "its", "they", "them", "he", "she", "him", "her", "this", "that", "these", "those",
     "who", "which", "we", "i", "you")
)
_SELF = re.compile(r"^(?:that\s+)?(it|they|he|she)\b", re.I)
_INSTITUTIONS = frozenset((
    "ministry", "department", "government", "army", "military", "office", "agency", "council",
    "police", "post", "times", "journal", "service", "committee", "commission", "bank", "court",
    "kremlin", "pentagon", "administration", "institute", "company", "union", "parliament",
    "senate",
))


@dataclass(frozen=True, slots=True)
class Contest:
    """A claim that another source contradicts, worded as a question."""

    sentence: int
    """Index of the sentence that holds the positive claim."""
    question: str
    """The question, with the disagreement as its context."""
    cue: str
    """The negating words of the other side ("had not threatened")."""
    related: tuple[int, ...]
    """The sentences of the other side."""


def display_name(name: str) -> str:
    """A source name as it reads in running text: "UK Defense Ministry" -> "the UK ..."."""
    words = name.split()
    if not words:
        return name
    if words[0].lower() == "the":
        return "the " + " ".join(words[1:])
    if words[0][:1].islower() or words[-1].lower() in _INSTITUTIONS:
        return "the " + name
    return name


def _says(name: str) -> str:
    return "say" if is_plural(name.split()) else "says"



def _fold(stem: str) -> str:
    """Fold verb endings the light stemmer keeps: "retreated", "retreat" -> "retreat"."""
    for suffix in ("ing", "ed", "e"):
        if len(stem) > len(suffix) + 3 and stem.endswith(suffix):
            return stem[: -len(suffix)]
    return stem


def _stems(text: str) -> frozenset[str]:
    return frozenset(_fold(s) for s in content_words(text))


def _same_source(a: str, b: str) -> bool:
    wa, wb = a.lower().split(), b.lower().split()
    if not wa or not wb:
        return True
    return a.lower() == b.lower() or wa[-1] == wb[-1]


def _clauses(content: str, speaker: str) -> list[str]:
    """The that-clauses of a content, the speaker's own "it"/"they" replaced by its name."""
    out = []
    for part in _CLAUSES.split(content):
        part = clean_claim(expand_contractions(part))
        if len(part.split()) < 3:
            continue
        out.append(_SELF.sub(speaker, part, count=1))
    return out


@dataclass(frozen=True, slots=True)
class _Said:
    speaker: str
    attribution: Attribution
    clauses: tuple[str, ...]
    stems: frozenset[str]
    negated: tuple[str, ...]
    """The clauses that are negated or denials."""


def _statements(sources: Iterable[Source]) -> list[_Said]:
    out = []
    for src in sources:
        if src.anonymous or src.name.lower() in _PRONOUN_NAMES or not src.name.strip():
            continue
        for att in src.attributions:
            if att.quote and len(att.content.plain.split()) < 5:
                continue
            clauses = tuple(_clauses(att.content.plain, src.name))
            if not clauses:
                continue
            stems = frozenset().union(*(_stems(c) for c in clauses))
            negated = tuple(c for c in clauses if _NEGATION.search(c))
            out.append(_Said(src.name, att, clauses, stems, negated))
    return out


def _negation_cue(clause: str) -> str:
    """The negating words and the verb around them: "had not threatened"."""
    m = _NEGATION.search(clause)
    if m is None:
        return ""
    before = clause[: m.start()].split()[-1:]
    after = clause[m.end() :].split()[:1]
    return " ".join([*before, m.group(), *after]).strip()


def contested(sources: Iterable[Source], *,
              common: Container[str] = frozenset()) -> list[Contest]:
    """Claims that another source contradicts, one per positive sentence, in sentence order."""
    said = _statements(sources)
    best: dict[int, tuple[int, Contest]] = {}
    for pos in said:
        if pos.negated:
            continue
        for neg in said:
            if not neg.negated or _same_source(pos.speaker, neg.speaker):
                continue
            if pos.attribution.sentence == neg.attribution.sentence:
                continue
            shared = len(pos.stems & neg.stems)
            if shared < MIN_SHARED:
                continue
            n_clause = neg.negated[0]
            n_stems = _stems(n_clause)
            claim = max(pos.clauses, key=lambda c: len(_stems(c) & n_stems))
            if not _stems(claim) & n_stems:
                continue
            past = pos.attribution.cue.plain.split()[-1:] in (["said"], ["added"], ["claimed"])
            q = question(claim, backshift=past or pos.attribution.cue.plain.endswith("ed"),
                         common=common)
            if q is None:
                continue
            context = " ".join(trim_words(n_clause.split(), 10))
            text = (f"{q[:-1]}, as {display_name(pos.speaker)} {_says(pos.speaker)}, while "
                    f"{display_name(neg.speaker)} {_says(neg.speaker)} {context}?")
            contest = Contest(pos.attribution.sentence, text, _negation_cue(n_clause),
                              (neg.attribution.sentence,))
            s = pos.attribution.sentence
            if s not in best or shared > best[s][0]:
                best[s] = (shared, contest)
    return [best[s][1] for s in sorted(best)]
