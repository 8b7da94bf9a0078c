"""Key points: ranking, near-duplicates, limits, highlights and provenance."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.keypoints import (
    key_points,
    near_duplicate,
    rarity_weights,
    sentence_scores,
)
from briefing.analysis.lexical import STOPWORDS, content_words, stem, words
from briefing.ingest.text import read_text
from briefing.model import Article, KeyPoint, KeyPointOrigin
from briefing.options import AnalysisOptions

SEED = Path(__file__).resolve().parents[2] / "content" / "000_0c14545e1c9752d4.txt"

COUNCIL = """Council backs school and hospital budget

The weather was mild on Tuesday morning across the capital.

The city council approved the new budget for schools and hospitals after a long debate.

Council members said the budget gives schools and hospitals more money next year.

A local bakery sold out of its bread rolls well before noon.

Hospitals will use the budget money to hire nurses, the council said.

Not so.
"""


def article(source: str, name: str = "t.txt") -> Article:
    """An article read from a .txt source written in the test."""
    return read_text(name, name, source)


def options(limit: int) -> AnalysisOptions:
    """Default options with ``limit`` key points."""
    return AnalysisOptions(max_key_points=limit)


def sentence_of(a: Article, point: KeyPoint) -> str:
    """The body sentence a ranked key point is."""
    assert point.sentence is not None
    return a.sentences[point.sentence].text


# ------------------------------------------------------------------ ranking


def test_central_sentence_beats_filler_even_in_the_lead() -> None:
    a = article(COUNCIL)
    points = key_points(a, options(0))
    first = sentence_of(a, points[0])
    assert "budget" in first and "council" in first.lower()
    ranked = [sentence_of(a, p) for p in points]
    # the two filler sentences share no words with the story: they come last
    assert {ranked[-1], ranked[-2]} == {
        "The weather was mild on Tuesday morning across the capital.",
        "A local bakery sold out of its bread rolls well before noon.",
    }


def test_points_come_best_first() -> None:
    a = article(COUNCIL)
    points = key_points(a, options(0))
    assert [p.score for p in points] == sorted((p.score for p in points), reverse=True)
    assert points[0].score == 1.0
    scores = sentence_scores(a)
    assert points[0].sentence == max(range(len(scores)), key=lambda i: scores[i])
    assert all(p.origin is KeyPointOrigin.RANKED for p in points)


def test_fragments_are_never_key_points() -> None:
    a = article(COUNCIL)
    texts = [sentence_of(a, p) for p in key_points(a, options(0))]
    assert "Not so." not in texts
    assert len(texts) == len(a.sentences) - 1


def test_a_lead_in_to_a_list_is_never_a_key_point() -> None:
    a = article("""Library budget

The library budget for schools rises next year under the council plan.

Here is what the council library budget plan for schools means for readers next year: .

Schools get more library money, and the council keeps the budget plan for next year.
""")
    texts = [sentence_of(a, p) for p in key_points(a, options(0))]
    assert len(texts) == 2 and not any(t.rstrip(" .").endswith(":") for t in texts)


def test_length_prior_prefers_the_fuller_of_two_equally_central_sentences() -> None:
    a = article("""Port strike

Dock workers at the port went on strike over pay.

Dock workers at the port went on strike over pay and pensions, halting container traffic \
for a second day as talks with the port authority broke down.

The strike at the port is about pay.
""")
    # the long sentence repeats the short one's words and adds more: it must win
    assert sentence_of(a, key_points(a, options(1))[0]).startswith(
        "Dock workers at the port went on strike over pay and pensions")


def test_position_prior_lifts_the_opening_sentence() -> None:
    fillers = "\n\n".join([
        "Apples grow in orchards.", "Boats need harbours.", "Chairs have legs.",
        "Doors open onto corridors.", "Engines burn diesel."])
    a = article("Rain\n\n"
                "Rain fell on the valley farms for a third day.\n\n"
                f"{fillers}\n\n"
                "Rain then fell on the valley farms for a third day.\n")
    # the late copy is one word longer (a 7% length bonus); the opening one's position
    # boost (20% against 6% at index 6) outweighs it
    assert key_points(a, options(1))[0].sentence == 0
    scores = sentence_scores(a)
    assert scores[0] > scores[6] > 0


def test_article_without_sentences_has_no_key_points() -> None:
    assert key_points(article("Only a title\n"), options(5)) == ()


# ------------------------------------------------------------------ duplicates and limits


def test_near_duplicates_are_dropped() -> None:
    a = article("""Bridge closed

The river bridge will close for repairs from Monday, the transport department said.

Engineers found cracks in two supports of the bridge last month.

The river bridge will close for repairs on Monday, transport officials said.

Drivers are advised to use the ring road while the bridge is shut.
""")
    points = key_points(a, options(0))
    texts = [sentence_of(a, p) for p in points]
    assert sum(t.startswith("The river bridge will close") for t in texts) == 1
    assert len(points) == 3
    assert_no_near_duplicates(a, points)


def assert_no_near_duplicates(a: Article, points: tuple[KeyPoint, ...]) -> None:
    weights = rarity_weights([frozenset(content_words(s.text)) for s in a.sentences])
    bags = [frozenset(content_words(p.span.plain)) for p in points]
    assert not any(near_duplicate(x, y, weights) for i, x in enumerate(bags)
                   for y in bags[i + 1:])


def test_topic_words_alone_do_not_make_a_duplicate() -> None:
    a = article(COUNCIL)
    texts = [sentence_of(a, p) for p in key_points(a, options(0))]
    # both share "council", "budget", "hospital", "money" but report different facts
    assert "Hospitals will use the budget money to hire nurses, the council said." in texts
    assert "Council members said the budget gives schools and hospitals more money next " \
        "year." in texts


def test_rare_shared_words_weigh_more() -> None:
    bags = [frozenset({"council", "budget", "nurse"}), frozenset({"council", "budget", "tax"}),
            frozenset({"council", "budget", "road"}), frozenset({"council", "school"})]
    weights = rarity_weights(bags)
    assert weights["nurse"] > weights["budget"] > weights["council"] > 0
    a = frozenset({"council", "budget", "nurse", "pay"})
    b = frozenset({"council", "budget", "road", "repair"})
    c = frozenset({"nurse", "pay", "road", "repair"})
    # unweighted, a~b and a~c share two words of six alike; weighted, only a~c is a copy
    assert near_duplicate(a, b) == near_duplicate(a, c)
    assert not near_duplicate(a, b, weights)
    assert near_duplicate(a, c, weights)


def test_near_duplicate_threshold() -> None:
    a = frozenset({"bridge", "close", "repair", "monday"})
    assert near_duplicate(a, frozenset({"bridge", "close", "repair", "tuesday"}))  # 3/5
    assert not near_duplicate(a, frozenset({"bridge", "crack", "support", "engineer"}))  # 1/7
    # a short point inside a long one is not a copy of it
    long = frozenset({"share", "fell", "bank", "rate", "london", "trader", "oil", "dollar"})
    assert not near_duplicate(frozenset({"share", "fell"}), long)
    assert near_duplicate(frozenset(), frozenset())
    assert not near_duplicate(frozenset(), a)


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_limit_is_honoured(limit: int) -> None:
    a = article(COUNCIL)
    points = key_points(a, options(limit))
    assert len(points) == limit
    assert points == key_points(a, options(0))[:limit]


def test_limit_zero_keeps_every_candidate() -> None:
    a = article(COUNCIL)
    assert len(key_points(a, options(0))) == 5  # six sentences, one fragment


# ------------------------------------------------------------------ highlights


HIGHLIGHTED = """Museum reopens after flood

• The city museum reopens on Saturday after last year's flood.
• Repairs cost £2m, paid by insurers.
• The city museum reopens Saturday after last year's flood.

The city museum will reopen its doors on Saturday, a year after flood water filled its \
basement galleries.

Repairs cost £2m and were paid by the museum's insurers, the director said.

Entry will be free for the first week.
"""


def test_highlights_win_and_keep_the_authors_order() -> None:
    a = article(HIGHLIGHTED)
    points = key_points(a, options(5))
    assert [p.origin for p in points] == [KeyPointOrigin.HIGHLIGHT] * 2
    assert [p.span.plain for p in points] == [
        "The city museum reopens on Saturday after last year's flood.",
        "Repairs cost £2m, paid by insurers.",
    ]
    # each highlight is linked to the body sentence it matches
    assert [p.sentence for p in points] == [0, 1]
    assert key_points(a, options(1)) == points[:1]


def test_seed_article_uses_its_highlights() -> None:
    a = read_text(SEED.name, str(SEED), SEED.read_text(encoding="utf-8"))
    points = key_points(a, AnalysisOptions())
    assert len(points) == 3
    assert all(p.origin is KeyPointOrigin.HIGHLIGHT for p in points)
    assert points[0].span.plain.startswith("Ukraine is making gains")


# ------------------------------------------------------------------ provenance


def assert_offsets_hold(a: Article, points: tuple[KeyPoint, ...]) -> None:
    for p in points:
        assert a.source[p.span.start:p.span.end] == p.span.text
        if p.origin is KeyPointOrigin.RANKED:
            assert p.span.plain == sentence_of(a, p)


def test_offsets_hold_for_ranked_points_and_highlights() -> None:
    seed = SEED.read_text(encoding="utf-8")
    with_highlights = read_text(SEED.name, str(SEED), seed)
    assert_offsets_hold(with_highlights, key_points(with_highlights, options(0)))
    body_only = "\n".join(line for line in seed.splitlines() if "•" not in line)
    ranked = read_text("plain.txt", "plain.txt", body_only)
    points = key_points(ranked, options(0))
    assert points and all(p.origin is KeyPointOrigin.RANKED for p in points)
    assert_offsets_hold(ranked, points)


def test_offsets_hold_with_crlf_and_indentation() -> None:
    source = COUNCIL.replace("\n", "\r\n").replace("The city council", "   The city council")
    a = article(source)
    assert_offsets_hold(a, key_points(a, options(0)))


VOCAB = ["budget", "council", "school", "nurse", "river", "bridge", "strike", "port",
         "museum", "flood", "rain", "farm", "price", "bank", "rate", "vote"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*VOCAB, "the", "said", "and"]), min_size=1,
                         max_size=12), min_size=1, max_size=12),
       st.integers(min_value=0, max_value=6))
def test_properties_on_generated_articles(sentences: list[list[str]], limit: int) -> None:
    body = "\n\n".join(" ".join(s).capitalize() + "." for s in sentences)
    a = article("Generated\n\n" + body)
    points = key_points(a, options(limit))
    if limit:
        assert len(points) <= limit
    assert_offsets_hold(a, points)
    assert_no_near_duplicates(a, points)
    assert len({p.sentence for p in points}) == len(points)
    assert points == key_points(a, options(limit))  # deterministic


# ------------------------------------------------------------------ words


def test_lexical_words_and_stems() -> None:
    assert words("Don't cut U.S. rates by 0.5%, one-off!") == [
        "don't", "cut", "u.s", "rates", "by", "0.5", "one-off"]
    assert [stem(w) for w in ["markets", "market's", "companies", "taxes", "news", "bus"]] == [
        "market", "market", "company", "tax", "news", "bus"]
    assert content_words("The markets said 25 companies were up") == ["market", "company"]
    assert "said" in STOPWORDS and "budget" not in STOPWORDS
