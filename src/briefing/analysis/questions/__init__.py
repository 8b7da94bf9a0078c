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

from briefing.analysis.contested import contested
from briefing.analysis.lexical import content_words
from briefing.analysis.questions.anonymous import (
    ASKED_RANK,
    SOURCE_RANK,
    anonymous_question,
    source_questions,
)
from briefing.analysis.questions.candidate import RANK, Candidate
from briefing.analysis.questions.common_words import common_words_of
from briefing.analysis.questions.framed import frame_words_in, framed_question
from briefing.analysis.questions.hedged import hedged_question
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


def open_questions(article: Article, options: AnalysisOptions, *,
                   sources: tuple[Source, ...] | None = None) -> tuple[OpenQuestion, ...]:
    """The claims the article leaves open, as questions, in document order."""
    common = common_words_of(article)
    frames = frame_words_in(article.text)
    best: dict[int, Candidate] = {}

    def offer(c: Candidate) -> None:
        if c.sentence not in best or c.rank > best[c.sentence].rank:
            best[c.sentence] = c

    for s in article.sentences:
        for cand in (hedged_question(s.text, common), anonymous_question(s.text, common),
                     framed_question(s.text, common, frames=frames)):
            if cand is not None:
                offer(Candidate(s.index, cand.question, cand.cue, cand.kind, cand.rank))
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
