"""The source of a participle cue right after a noun: "signs saying ...", "protesters
demanding ...", "users holding up signs saying ...".

Without a tagger, a verb inside the phrase before the participle is read from its ending
or from a short list of verbs whose object may be a carrier of words (a sign, a letter);
``reduced_relative_source`` then says who speaks: the noun the participle hangs on, the
holder of a carrier, or no one.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.attribution.cues import CUE_WORDS
from briefing.analysis.attribution.kinds import CHANNEL_WORDS, DOCUMENT_WORDS, is_person_noun
from briefing.analysis.attribution.tokens import Token
from briefing.analysis.attribution.wordclasses import DETERMINERS, PREPOSITIONS, VERB_PARTICLES

NOT_GERUNDS = frozenset({"including", "according", "during", "something", "nothing",
                         "anything", "everything", "morning", "evening", "thing", "spring",
                         "string", "king", "wing", "bring", "sing", "ring", "beijing",
                         "notwithstanding", "pending", "regarding", "concerning"})
"""Words in "-ing" that are no participles ("during", "morning", "king")."""
_CARRIER_VERBS = frozenset({
    "features", "featured", "uses", "used", "shows", "showed", "includes", "included",
    "carries", "carried", "bears", "bore", "wears", "wore", "holds", "held", "left", "made",
    "sent", "put", "posts", "shares", "displays", "has", "had", "got", "filed", "prompted",
})
"""Verbs whose object may be what speaks by a participle ("holding up signs saying")."""
_CARRIERS = CHANNEL_WORDS | DOCUMENT_WORDS | frozenset({
    "sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters",
    "t-shirt", "t-shirts", "shirts", "report", "reports", "petition", "resolution", "ad",
    "ads", "advert", "adverts", "note", "letter", "card", "cards", "flyers", "leaflets"})
"""Things that say what is written or recorded on them: a channel of whoever holds them."""
_OF_WORDS = frozenset({"of", "among", "from"})


def _verb_inside(toks: Sequence[Token], start: int, end: int) -> int:
    """The last token in ``toks[start:end]`` that reads as a verb, or -1.

    Without a tagger: a lower-case word in "-ing" or "-ed" not after an article or a
    possessive ("users holding", "resigned"), or a verb that takes a carrier as object
    ("features", "left", "filed").
    """
    for k in range(end - 2, start - 1, -1):
        t = toks[k]
        w = t.lower
        if not t.is_word or t.is_capitalized:
            continue
        prev = toks[k - 1].lower if k > 0 else ""
        if prev in DETERMINERS or prev.endswith(("’s", "'s")):
            continue
        if w in _CARRIER_VERBS or (len(w) > 5 and w.endswith("ing") and w not in NOT_GERUNDS
                                   and w not in CUE_WORDS) \
                or (len(w) > 4 and w.endswith("ed") and w not in CUE_WORDS):
            return k
    return -1


def is_participle(tok: Token) -> bool:
    """True for a lower-case word in "-ing" that reads as a participle ("raising", "adding";
    not "during", "morning")."""
    w = tok.lower
    return tok.is_word and not tok.is_capitalized and len(w) > 5 and w.endswith("ing") \
        and w not in NOT_GERUNDS


_SPANS_OF_TIME = frozenset({"time", "minutes", "hours", "day", "days", "week", "weeks",
                            "months", "years", "morning", "afternoon", "evening", "night",
                            "weekend"})


def spent_time(toks: Sequence[Token], start: int, end: int) -> bool:
    """True when ``toks[start:end]``, before a participle, holds a span of time ("spent
    his time on the stand attacking", "spent hours criticizing"): the participle is what
    the clause's subject did then, and the time says nothing."""
    return any(not t.is_capitalized and t.lower in _SPANS_OF_TIME for t in toks[start:end])


def person_like(tok: Token) -> bool:
    """True for a capitalised word or a noun of a person ("protesters")."""
    return tok.is_capitalized or is_person_noun(tok.lower)


def reduced_relative_source(toks: Sequence[Token], source: tuple[int, int]
                            ) -> tuple[int, int] | None:
    """The source of a participle cue right after a noun ("signs saying ...", "protesters
    demanding ..."): the noun phrase the participle hangs on, not the clause before it.

    Without a comma the participle modifies the noun before it, so the phrase ends at the
    last verb inside it ("The campaign features users holding up signs"). That noun
    speaks when it names people or someone ("protesters", "footage of Ada Roe": Ada Roe).
    A carrier of words (a sign, a letter, a statement) speaks for whoever holds it when it
    is that verb's object: "users holding up signs saying" -> "users". Any other thing
    ("clues to the King's appearance suggesting") speaks for no one: None.
    """
    start, end = source
    k = _verb_inside(toks, start, end)
    if k < 0:
        return source
    s = k + 1
    while s < end and toks[s].lower in VERB_PARTICLES:
        s += 1
    direct = True
    while s < end - 1 and toks[s].lower in PREPOSITIONS:
        s += 1
        direct = False
    if s >= end:
        return None
    of = next((i for i in range(end - 2, s, -1) if toks[i].lower in _OF_WORDS), -1)
    head = toks[end - 1]
    if of > 0 and not person_like(toks[of - 1]) and (
            person_like(head) or (head.lower in _CARRIERS
                                  and toks[of - 1].lower not in _CARRIERS)):
        # "protests among students demanding", "footage of Ada Roe asking", "in the wake
        # of a report alleging": the people, or the carrier, after "of"
        return (of + 1, end)
    if head.lower in _CARRIERS:
        if direct and k > start:
            before = _verb_inside(toks, start, k)
            holder = (before + 1, k) if before >= 0 else (start, k)
            if holder[0] < k and toks[k - 1].is_word and toks[k - 1].lower not in _CARRIERS \
                    and toks[holder[0]].lower not in PREPOSITIONS:
                return holder  # "users holding up signs saying": the users
        return (s, end)
    return (s, end) if person_like(head) else None
