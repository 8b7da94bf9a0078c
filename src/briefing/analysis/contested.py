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
    to_question,
    trim_words,
)
from briefing.model import Attribution, Source, SourceKind

MIN_SHARED = 3
"""Content stems two contents must share to be about the same thing."""
MIN_CLAUSE_SHARED = 2
"""Content stems, the speakers' names aside, that the claim and the negated clause set
against it must share: "the wall stopped the floods" / "the wall did not stop them",
unless both are about what one actor did (``_same_actor``): "Ukraine retook towns" /
"Ukraine had not threatened the main defences"."""
MAX_CONTEXT_WORDS = 14
"""A longer counter-claim does not read as part of one question."""
_INDEFINITE = frozenset(("a", "an", "one", "some", "many", "several", "two", "three", "another",
                         "other", "real-time"))

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


def _nameable(name: str) -> bool:
    """True for a speaker that reads as a name in "as X says": not "a study by ...",
    "one newspaper" or a long description."""
    words = name.split()
    if not words or len(words) > 5 or words[0].lower() in _INDEFINITE:
        return False
    return not any(w.lower() in ("a", "an") for w in words[1:])


def _name_words(name: str) -> frozenset[str]:
    return frozenset(w.lower().removesuffix("'s").removesuffix("\u2019s")
                     for w in name.split() if w[:1].isupper())


def _same_speaker(a: str, b: str) -> bool:
    """One source under two names: "Telegraph report" and "Telegraph", "Want's X" and "Want"."""
    return _same_source(a, b) or bool(_name_words(a) & _name_words(b))


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


_PEOPLE = frozenset({SourceKind.PERSON, SourceKind.OFFICIAL, SourceKind.EXPERT})
"""Kinds that speak of themselves as "he"/"she", never as "it"."""
_BODIES = frozenset({SourceKind.GOVERNMENT, SourceKind.MEDIA, SourceKind.ORGANIZATION})
"""Kinds that speak of themselves as "it"/"they", never as "he"/"she"."""


def _clauses(content: str, speaker: str, kind: SourceKind = SourceKind.OTHER) -> list[str]:
    """The that-clauses of a content, the speaker's own "it"/"they" or "he"/"she"
    replaced by its name: a pronoun the speaker's kind could not use of itself ("the
    campaign says he is not being audited") is someone else and stays."""
    out = []
    for part in _CLAUSES.split(content):
        part = clean_claim(expand_contractions(part))
        if len(part.split()) < 3:
            continue
        m = _SELF.match(part)
        personal = m is not None and m.group(1).lower() in ("he", "she")
        if m is not None and not ((personal and kind in _BODIES)
                                  or (not personal and kind in _PEOPLE)):
            part = _SELF.sub(speaker, part, count=1)
        out.append(part)
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
            clauses = tuple(_clauses(att.content.plain, src.name, src.kind))
            if not clauses:
                continue
            stems = frozenset().union(*(_stems(c) for c in clauses))
            negated = tuple(c for c in clauses if _NEGATION.search(c))
            out.append(_Said(src.name, att, clauses, stems, negated))
    return out


def _negated_conjunct(clause: str) -> str:
    """The conjunct that holds the negation: "X is not against Y and the firm publishes Z"
    -> "X is not against Y"."""
    for part in re.split(r",?\s+(?:and|but|while|whereas)\s+", clause):
        if _NEGATION.search(part):
            return part
    return clause


def _subject(clause: str) -> str | None:
    """The clause's first content word, folded: its subject in a plain statement."""
    words = content_words(clause)
    return _fold(words[0]) if words else None


def _same_actor(claim: str, counter: str, counter_speaker: str) -> bool:
    """True when both clauses are about what one actor did, not its own speaker:
    "Ukraine retook numerous towns" / "Ukraine had not threatened the main defences"."""
    subject = _subject(claim)
    return subject is not None and subject == _subject(counter) \
        and subject not in _stems(counter_speaker)


def _reads_as_clause(clause: str) -> bool:
    """True when the counter-claim is one short, third-person clause that can follow
    "while X says": it inverts into a question of its own."""
    words = clause.split()
    if not 3 <= len(words) <= MAX_CONTEXT_WORDS or re.search(r"[.!?]\s", clause):
        return False
    if words[0][:1].isupper() and words[0].lower() in ("the", "a", "an", "this", "that"):
        return False  # "The fact that ...": a quoted sentence, not a reported clause
    return to_question(clause) is not None


def _negation_cue(clause: str) -> str:
    """The negating words and the verb around them: "had not threatened"."""
    m = _NEGATION.search(clause)
    if m is None:
        return ""
    before = clause[: m.start()].split()[-1:]
    after = clause[m.end() :].split()[:1]
    return " ".join([*before, m.group(), *after]).strip()


_NEGATIVE_SENSE = re.compile(
    r"\b(?:fail(?:s|ed|ing)?|refus(?:e|es|ed|ing)|lack(?:s|ed|ing)?|unable|without|"
    r"den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|neglect(?:s|ed|ing)?)\b", re.I)
"""Verbs that negate by their sense: "states are failing to report fraud" agrees with
"states do not report fraud", it does not contradict it."""


def contested(sources: Iterable[Source], *,
              common: Container[str] = frozenset()) -> list[Contest]:
    """Claims that another source contradicts, in sentence order: one per positive sentence
    and one per counter-claim."""
    said = _statements(sources)
    best: dict[int, tuple[int, Contest]] = {}
    for pos in said:
        if pos.negated:
            continue
        for neg in said:
            if not neg.negated or _same_speaker(pos.speaker, neg.speaker):
                continue
            if not (_nameable(pos.speaker) and _nameable(neg.speaker)):
                continue
            if pos.attribution.sentence == neg.attribution.sentence:
                continue
            shared = len(pos.stems & neg.stems)
            if shared < MIN_SHARED:
                continue
            n_clause = _negated_conjunct(neg.negated[0])
            n_stems = _stems(n_clause)
            claim = max(pos.clauses, key=lambda c: len(_stems(c) & n_stems))
            names = _stems(pos.speaker) | _stems(neg.speaker)
            if len((_stems(claim) & n_stems) - names) < MIN_CLAUSE_SHARED \
                    and not _same_actor(claim, n_clause, neg.speaker):
                continue  # the same topic, but no claim and counter-claim
            if _NEGATIVE_SENSE.search(claim):
                continue  # "failing to report" and "do not report" agree
            past = pos.attribution.cue.plain.split()[-1:] in (["said"], ["added"], ["claimed"])
            q = to_question(claim, backshift=past or pos.attribution.cue.plain.endswith("ed"),
                            common=common)
            if q is None or not _reads_as_clause(n_clause) or not q.split()[1][:1].isalnum():
                continue  # "Is % of firms ...?": the claim lost its opening number
            context = " ".join(trim_words(n_clause.split(), 10))
            text = (f"{q[:-1]}, as {display_name(pos.speaker)} {_says(pos.speaker)}, while "
                    f"{display_name(neg.speaker)} {_says(neg.speaker)} {context}?")
            contest = Contest(pos.attribution.sentence, text, _negation_cue(n_clause),
                              (neg.attribution.sentence,))
            s = pos.attribution.sentence
            if s not in best or shared > best[s][0]:
                best[s] = (shared, contest)
    # one contest per counter-claim: the claim that shares most with it
    top: dict[tuple[int, ...], tuple[int, int]] = {}
    for s, (shared, contest) in best.items():
        if contest.related not in top or shared > top[contest.related][0]:
            top[contest.related] = (shared, s)
    keep = {s for _, s in top.values()}
    return [best[s][1] for s in sorted(best) if s in keep]
