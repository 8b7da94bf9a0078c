"""Key points: the author's highlights when present, otherwise the most central sentences.

The ranker is unsupervised and reads nothing but the article (no trained model, no data):

1. **Words.** Every body sentence becomes a bag of content words
   (:func:`briefing.analysis.lexical.content_words`: lower-cased, stop words and bare
   numbers dropped, plurals and possessives folded), scaled to unit length.
2. **Centrality.** A sentence's centrality is the sum of its cosine similarities to every
   other sentence: the degree of the continuous LexRank graph. It equals the cosine with
   the sum of all *other* unit vectors, so it costs one pass over the words, not a
   sentence-by-sentence matrix. Sentences that share the words the article keeps coming
   back to score high; asides and colour score low.
3. **Length prior.** Centrality is multiplied by ``words ** 0.7``: a longer sentence says
   more, but a 30-word sentence is worth about 1.6 sentences of 15 words, not 2. This
   keeps informative long sentences ahead of short fragments without letting length
   alone decide.
4. **Position prior.** ``* (1 + 0.2 * exp(-index / 5))``: news front-loads its facts, so
   the opening sentences get up to a 20% boost that fades over the first paragraphs.
5. **Selection.** Sentences are taken best first, skipping headings, fragments of fewer
   than 4 words, lead-ins that end in a colon ("Here is what we know:") and
   near-duplicates of a point already taken: two points are
   near-duplicates when the content words they share make up at least 35% of the content
   words of the two together (a Jaccard overlap), each word weighted by how rare it is in
   the article (``ln((N + 1) / (df + 0.5))`` over its N sentences). Sharing the story's
   topic words ("council", "budget") is not repeating a fact; sharing its rare words is.

Key points come back in **rank order**, best first, so the first three are the best three.
The exponents were tuned on half of a public news-summary set and checked on the other
half; see ``benchmarks/results/keypoints.md`` for the measured ROUGE against LEAD-3 and
sumy's LexRank/TextRank.

Author's highlights, when the article has them, are the key points instead (in the
author's order, near-duplicates dropped); each is linked to the body sentence it matches
best.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from briefing.analysis.lexical import content_words
from briefing.model import Article, BlockKind, KeyPoint, KeyPointOrigin, Sentence
from briefing.options import AnalysisOptions

LENGTH_EXPONENT = 0.7
"""Score grows with ``words ** LENGTH_EXPONENT``."""
POSITION_BOOST = 0.2
"""The first sentence's score is raised by this fraction..."""
POSITION_DECAY = 5.0
"""...and the boost falls by a factor e every this many sentences."""
MIN_WORDS = 4
"""Shorter sentences are fragments ("Not so."), never key points."""
DUPLICATE_OVERLAP = 0.35
"""Two points whose content words overlap this much (rarity-weighted Jaccard) say the same
thing. Containment (``|A ∩ B| / min``) would flag a short sentence as a copy of any long one
that happens to share its three words; Jaccard does not."""


def key_points(article: Article, options: AnalysisOptions) -> tuple[KeyPoint, ...]:
    """The few sentences that matter, best first; ``max_key_points`` of them (0: all)."""
    limit = options.max_key_points if options.max_key_points > 0 else None
    if article.highlights:
        return _highlight_points(article, limit)
    return _ranked_points(article, limit)


def sentence_scores(article: Article) -> list[float]:
    """The ranker's raw score of every body sentence, by sentence index (see module doc)."""
    return _scores(article, [content_words(s.text) for s in article.sentences])


def _scores(article: Article, words: Sequence[Sequence[str]]) -> list[float]:
    bags = [_bag(w) for w in words]
    centroid: dict[str, float] = {}
    for bag in bags:
        for word, weight in bag.items():
            centroid[word] = centroid.get(word, 0.0) + weight
    scores = []
    for s, bag in zip(article.sentences, bags, strict=True):
        # cosine with the sum of the *other* unit vectors: remove the sentence's own 1.0
        centrality = sum(w * centroid[word] for word, w in bag.items()) - (1.0 if bag else 0.0)
        length = len(s.text.split()) ** LENGTH_EXPONENT
        position = 1.0 + POSITION_BOOST * math.exp(-s.index / POSITION_DECAY)
        scores.append(max(0.0, centrality) * length * position)
    return scores


def rarity_weights(bags: Sequence[frozenset[str]]) -> dict[str, float]:
    """``ln((N + 1) / (df + 0.5))`` for every word of ``N`` bags, ``df`` the bags holding it."""
    df: dict[str, int] = {}
    for bag in bags:
        for w in bag:
            df[w] = df.get(w, 0) + 1
    n = len(bags)
    return {w: math.log((n + 1) / (d + 0.5)) for w, d in df.items()}


def near_duplicate(a: frozenset[str], b: frozenset[str],
                   weights: Mapping[str, float] | None = None) -> bool:
    """Whether two sets of content words say the same thing.

    True when the weighted Jaccard overlap is at least ``DUPLICATE_OVERLAP``; words
    missing from ``weights`` (or all words, without it) weigh 1.
    """
    if not a or not b:
        return a == b
    w = weights or {}
    shared = sum(w.get(x, 1.0) for x in a & b)
    return shared / sum(w.get(x, 1.0) for x in a | b) >= DUPLICATE_OVERLAP


def _bag(words: Sequence[str]) -> dict[str, float]:
    """Word counts scaled to unit length (empty for a sentence with no content words)."""
    counts: dict[str, float] = {}
    for w in words:
        counts[w] = counts.get(w, 0.0) + 1.0
    norm = math.sqrt(sum(c * c for c in counts.values()))
    return {w: c / norm for w, c in counts.items()} if norm else {}


def _candidate(article: Article, s: Sentence) -> bool:
    """Not a heading, not a fragment, and not a lead-in to a list ("Key facts:")."""
    return (article.blocks[s.block].kind is not BlockKind.HEADING
            and len(s.text.split()) >= MIN_WORDS
            and not s.text.rstrip(" .").endswith(":"))


def _ranked_points(article: Article, limit: int | None) -> tuple[KeyPoint, ...]:
    words = [content_words(s.text) for s in article.sentences]
    scores = _scores(article, words)
    top = max(scores, default=0.0) or 1.0
    order = sorted((s for s in article.sentences if _candidate(article, s)),
                   key=lambda s: (-scores[s.index], s.index))
    bags = [frozenset(w) for w in words]
    weights = rarity_weights(bags)
    chosen: list[KeyPoint] = []
    taken: list[frozenset[str]] = []
    for s in order:
        if limit is not None and len(chosen) >= limit:
            break
        bag = bags[s.index]
        if any(near_duplicate(bag, t, weights) for t in taken):
            continue
        taken.append(bag)
        chosen.append(KeyPoint(span=article.span(s.start, s.end), origin=KeyPointOrigin.RANKED,
                               sentence=s.index, score=round(scores[s.index] / top, 4)))
    return tuple(chosen)


def _highlight_points(article: Article, limit: int | None) -> tuple[KeyPoint, ...]:
    bodies = [frozenset(content_words(s.text)) for s in article.sentences]
    points = [frozenset(content_words(b.text)) for b in article.highlights]
    weights = rarity_weights(bodies + points)
    chosen: list[KeyPoint] = []
    taken: list[frozenset[str]] = []
    for block, words in zip(article.highlights, points, strict=True):
        if limit is not None and len(chosen) >= limit:
            break
        if any(near_duplicate(words, t, weights) for t in taken):
            continue
        taken.append(words)
        chosen.append(KeyPoint(span=article.span(block.start, block.end),
                               origin=KeyPointOrigin.HIGHLIGHT,
                               sentence=_best_match(words, bodies), score=1.0))
    return tuple(chosen)


def _best_match(words: frozenset[str], bodies: Sequence[frozenset[str]]) -> int | None:
    """Index of the body sentence sharing most content words with ``words``, if any."""
    best, best_shared = None, 0
    for i, body in enumerate(bodies):
        shared = len(words & body)
        if shared > best_shared:
            best, best_shared = i, shared
    return best
