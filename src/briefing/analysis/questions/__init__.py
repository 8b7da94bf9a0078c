"""Open questions: hedged, speculative, unconfirmed or contested claims, as questions.

Each body sentence is read by the uncertainty detector (``hedges``); a sentence with a
hedge ("may", "it's possible that"), a belief ("troops thought", "is expected to") or an
unconfirmed report ("reportedly", "is said to") becomes a candidate. Claims of anonymous
sources ("a pro-Russian official said") are unconfirmed, whether the sources analysis
marks the source anonymous or the wording shows it; contradictions between two sources
come from ``contested``. ``phrasing`` words each claim as a question.

Per sentence one question (contested before unconfirmed before the rest); near-duplicates
(token overlap) go; ``options.max_open_questions`` keeps the strongest; the result is in
document order.
"""

from __future__ import annotations

import itertools
import re

from briefing.analysis.contested import contested
from briefing.analysis.lexical import content_words
from briefing.analysis.phrasing import is_finite_verb
from briefing.analysis.questions.anonymous import (
    ASKED_RANK,
    SOURCE_RANK,
    anonymous_question,
    source_questions,
)
from briefing.analysis.questions.candidate import RANK, Candidate
from briefing.analysis.questions.common_words import CommonWords, common_words_of
from briefing.analysis.questions.framed import Frames, frame_words_in, framed_question
from briefing.analysis.questions.hedged import hedged_question
from briefing.analysis.questions.pronouns import SUBJECT_PRONOUN, PronounNames
from briefing.analysis.questions.relatives import CONTENT_NOUNS
from briefing.model import Article, OpenQuestion, QuestionKind, Source
from briefing.options import AnalysisOptions

DUPLICATE_OVERLAP = 0.6
"""Questions whose content words overlap this much (Jaccard) are near-duplicates."""


def _tokens(q: str) -> frozenset[str]:
    return frozenset(content_words(q))


def _deduplicate(cands: list[Candidate]) -> list[Candidate]:
    """Drop near-duplicates, keeping the higher-ranked (then earlier) question."""
    kept: list[tuple[Candidate, frozenset[str]]] = []
    for c in sorted(cands, key=lambda c: (-c.rank, c.sentence)):
        toks = _tokens(c.question)
        dup = False
        for _, other in kept:
            union = toks | other
            if union and len(toks & other) / len(union) >= DUPLICATE_OVERLAP:
                dup = True
                break
        if not dup:
            kept.append((c, toks))
    return [c for c, _ in kept]


_BEFORE_SUBJECT = re.compile(r"^(?:Is\s+it\s+(?:true|confirmed)\s+that|[A-Z][a-z]*)\s+")
"""What comes before the subject in a question: "Will", "Is it true that"."""


def _named_question(article: Article, index: int, people: PronounNames, common: CommonWords,
                    frames: Frames) -> Candidate | None:
    """The question of a sentence whose claim is about a "he" or "she", asked with the
    name the pronoun plainly stands for (``pronouns``): "Ann Vos fled. He is now thought to
    be in Rome." -> "Is Ann Vos now in Rome?". Only a question whose subject is that name
    counts: the pronoun must be what the claim is about."""
    s = article.sentences[index]
    for m in itertools.islice(SUBJECT_PRONOUN.finditer(s.text), 3):
        if _in_relative_clause(s.text, m.start()):
            continue  # "a loss that he may have used to avoid taxes": about the loss
        # first with a stand-in name: most such sentences ask nothing whoever "he" is, and
        # reading the article's names (``PronounNames``) costs more than asking
        possessive = m.group().lower() in _OWNER
        stand_in = f"{_STAND_IN}'s" if possessive else _STAND_IN
        if _asked_about(s.text, m, stand_in, common, frames) is None:
            continue
        pronoun = _OWNER.get(m.group().lower(), m.group().lower())
        name = people.name_for(index, s.start + m.start(), pronoun)
        if name is not None and possessive:
            name = f"{name}'s"
        cand = _asked_about(s.text, m, name, common, frames) if name is not None else None
        if cand is not None:
            return Candidate(index, cand.question, cand.cue, cand.kind, cand.rank)
    return None


_OWNER = {"his": "he", "her": "she"}
"""A possessive and the pronoun ``PronounNames`` reads for it: "his pontificate" is asked
as "Pope Francis's pontificate" when "he" would be "Pope Francis"."""


_RELATIVE_BEFORE = re.compile(r"([\w'\u2019-]+)\s+(?:that|which|whom)\s+$")


def _in_relative_clause(text: str, at: int) -> bool:
    """True when the pronoun at ``at`` follows "that"/"which" after a word that is no verb
    ("a loss that he may have used"): the subject of a relative clause about a noun, not of
    a reported claim ("hinted that he may be back") nor of a noun's content ("the idea
    that he had struck a deal")."""
    window = max(0, at - 40)
    if not text[window:at].rstrip().endswith(("that", "which", "whom")):
        return False  # most pronouns: what the pattern needs at the end is not there
    m = _RELATIVE_BEFORE.search(text, window, at)
    word = m.group(1).lower() if m is not None else ""
    return bool(word) and not is_finite_verb(word) and word not in CONTENT_NOUNS


_STAND_IN = "Alex Carter"
"""A name put for the pronoun to see whether the sentence asks anything about its subject."""


def _asked_about(text: str, pronoun: re.Match[str], name: str, common: CommonWords,
                 frames: Frames) -> Candidate | None:
    """The question of ``text`` with ``name`` for the pronoun, if its subject is ``name``."""
    text = f"{text[: pronoun.start()]}{name}{text[pronoun.end():]}"
    for cand in (hedged_question(text, common), framed_question(text, common, frames=frames)):
        lead = _BEFORE_SUBJECT.match(cand.question) if cand is not None else None
        if cand is not None and lead is not None and cand.question[lead.end():].startswith(
                f"{name} "):
            return cand
    return None


def open_questions(article: Article, options: AnalysisOptions, *,
                   sources: tuple[Source, ...] | None = None) -> tuple[OpenQuestion, ...]:
    """The claims the article leaves open, as questions, in document order."""
    common = common_words_of(article)
    frames = frame_words_in(article.text)
    best: dict[int, Candidate] = {}

    def offer(c: Candidate) -> None:
        if c.sentence not in best or c.rank > best[c.sentence].rank:
            best[c.sentence] = c

    people = PronounNames(article)
    for s in article.sentences:
        for cand in (hedged_question(s.text, common), anonymous_question(s.text, common),
                     framed_question(s.text, common, frames=frames)):
            if cand is not None:
                offer(Candidate(s.index, cand.question, cand.cue, cand.kind, cand.rank))
        if s.index not in best:
            named = _named_question(article, s.index, people, common, frames)
            if named is not None:
                offer(named)
    if sources:
        settled = {i for i, c in best.items() if c.rank >= max(SOURCE_RANK, ASKED_RANK)}
        for cand in source_questions(article, sources, common, settled):
            offer(cand)
        for contest in contested(sources, common=common):
            if 0 <= contest.sentence < len(article.sentences):
                offer(Candidate(contest.sentence, contest.question, contest.cue,
                                QuestionKind.CONTESTED, RANK[QuestionKind.CONTESTED],
                                contest.related))
    kept = _deduplicate(list(best.values()))
    if options.max_open_questions:
        kept = kept[: options.max_open_questions]
    kept.sort(key=lambda c: c.sentence)
    out = []
    for c in kept:
        s = article.sentences[c.sentence]
        out.append(OpenQuestion(question=c.question, cue=c.cue, span=article.span(s.start, s.end),
                                kind=c.kind, sentence=c.sentence, related=c.related))
    return tuple(out)
