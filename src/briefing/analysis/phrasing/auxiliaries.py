"""The question's auxiliary: "subject aux rest" as question words, the auxiliary changed
for the tense and number the question needs.

A hedge's modal asks of the claim itself ("may be falling back" -> "Is X falling back?",
"may have stalled" -> "Did X stall?"); a perfect whose time is past is asked in the simple
past (``_simple_past``: "had been sold last year" -> "Was X sold last year?"), one tied to
the present stays a perfect (``UP_TO_NOW``); a backshifted report is asked in the present,
and "have" as a full verb takes "do". The writer's own "is"/"are" keeps its number ("the
pair were" -> "Were the pair ...?"); a new auxiliary takes the number of the subject's head,
and nothing is asked when it cannot be told ("Sanders may have ...": ``number_unclear``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container

from briefing.analysis.phrasing.run_ons import no_run_on
from briefing.analysis.phrasing.words import (
    AUX_HAVE,
    IRREGULAR_PARTICIPLES,
    MODALS,
    MOVABLE,
    NOT_VERBS,
    bare_word,
    base_form,
    is_participle,
    is_plural,
    lemma_of,
    subject_case,
    there_plural,
    word_set,
)

MIN_QUESTION_WORDS = 4
"""Shorter questions ("Was it like?", "Will there not?") are fragments of a longer thought."""


_ADVERB_PAIRS = frozenset((("in", "fact"), ("of", "course"), ("at", "last"), ("by", "now")))
"""Two-word adverbs that may stand between "have" and its participle ("have in fact fallen")."""


def _is_participle(rest: list[str]) -> bool:
    """True when ``rest`` opens with a past participle, adverbs skipped ("completely changed",
    "in fact fallen")."""
    if len(rest) > 2 and (bare_word(rest[0]), bare_word(rest[1])) in _ADVERB_PAIRS:
        rest = rest[2:]
    for word in rest[:4]:
        b = bare_word(word)
        if b in MOVABLE or b in ("not", "never", "yet", "long", "recently", "since", "simply",
                                 "ever", "so", "far", "once", "indeed"):
            if b in ("yet", "since"):
                return True  # "have yet to", "has since": keep "have" as the auxiliary
            continue
        if b.endswith("ly") and len(b) > 4:
            continue
        if "-" in b or (b == "set" and len(rest) > 1 and bare_word(rest[1]) == "to"):
            return False  # "ill-timed" is an adjective, "set to" a future
        return b in IRREGULAR_PARTICIPLES or lemma_of(b) is not None or b in ("been", "got")
    return False


_STATE_PARTICIPLES = word_set("linked related connected based located tied involved needed "
                              "known seen used worried concerned interested aware married "
                              "associated affected exposed responsible hidden buried trapped "
                              "owed owned due")
"""Participles that name a state ("may be linked to"): "Is X linked to ...?" asks it."""


def _passive_event(rest: list[str]) -> bool:
    """True when ``rest`` (after "may be") is a passive of an event ("sold to a rival",
    "still held responsible", "forced to quit"), not a state ("linked to the attack")."""
    for w in rest[:3]:
        b = bare_word(w)
        if b in MOVABLE or (b.endswith("ly") and len(b) > 4):
            continue
        return b not in _STATE_PARTICIPLES and not b.endswith("ing") and _is_participle([w])
    return False


_PLURAL_NAME_ENDS = ("ans", "ists", "ats", "ites", "ives", "ies", "als", "ese")
"""Endings of a capital word that names a group ("Republicans", "Democrats", "Tories")."""


def number_unclear(subject: list[str]) -> bool:
    """True for a one-word name in "-s" that may be a person or a group ("Sanders",
    "Rangers"): only the writer's own verb tells its number."""
    if len(subject) != 1 or not subject[0][:1].isupper() or subject[0].isupper():
        return False
    b = bare_word(subject[0])
    return len(b) > 3 and b.endswith("s") and not b.endswith(("ss", "us", "is", "as", "os")) \
        and not b.endswith(_PLURAL_NAME_ENDS) and "'" not in b and "\u2019" not in b


def _not_base(rest: list[str]) -> bool:
    """True when the verb after a modal is a past form, not a base ("could led to")."""
    for w in rest[:3]:
        b = bare_word(w)
        if b in MOVABLE or b in ("not", "never") or (b.endswith("ly") and len(b) > 4):
            continue
        if not w[:1].islower() or b.endswith("eed") or b in NOT_VERBS:
            return False
        base = lemma_of(b)
        return base is not None and base != b and b not in ("been", "had", "got")
    return False


def _gerund_subject(subject: list[str]) -> bool:
    """True when ``subject`` may open with a gerund ("educating drivers")."""
    first = bare_word(subject[0]) if subject else ""
    return len(subject) > 1 and len(first) > 5 and first.endswith("ing")


def question_words(subject: list[str], aux: str, rest: list[str], *, backshift: bool,
                   common: Container[str], reported: bool = False) -> list[str] | None:
    """Question words for ``subject aux rest``, changing the auxiliary where needed; None
    when the number of a new auxiliary cannot be told ("Sanders may have ...") or the verb
    after a modal is no base form."""
    subj = subject_case(subject, common)
    a = bare_word(aux)
    rest = no_run_on(rest)
    plural = is_plural(subj)
    if bare_word(subj[-1]) == "there" and len(subj) == 1:
        plural = there_plural(rest[1:] if rest and bare_word(rest[0]) == "be" else rest)
    if len(rest) > 2 and bare_word(rest[0]) == "very" and bare_word(rest[1]) == "well":
        rest = rest[1:]  # "may very well be" -> "may well be"
    if len(rest) > 1 and bare_word(rest[0]) == "well" and a in ("may", "might", "could"):
        rest = rest[1:]  # "may well be" -> "may be"
    if a in MODALS and _not_base(rest):
        return None  # "could led to": the writer's slip, no question to build on
    if a in ("may", "might") and len(rest) > 2 and bare_word(rest[0]) == "be" and (
            bare_word(rest[1]) == "to"):
        return None  # "her first act may be to pardon herself": "Is X to ...?" reads as a duty
    unclear = number_unclear(subject)
    if len(rest) > 1 and bare_word(rest[0]) in ("not", "never") and not (
            {"until", "because"} & set(map(bare_word, rest))):
        # a yes/no question asks both ways: "does not own" -> "Does ... own"; not so when a
        # reason or a time hangs on the negation ("may not vote because of the rain")
        rest = rest[1:]
    if (a in ("may", "might") and len(rest) > 1 and bare_word(rest[0]) in MOVABLE
            and (bare_word(rest[1]) == "be" or (
                bare_word(rest[1]) == "have" and _is_participle(rest[2:])))):
        # "may only have become" -> "have ... only become"; not "may now have to pay", where
        # "have" is no auxiliary ("Will X now have to pay?")
        rest = [rest[1], rest[0], *rest[2:]]
    nxt = bare_word(rest[0]) if rest else ""
    if a in ("may", "might"):
        if nxt == "be" and _passive_event(rest[1:]):
            # "may be sold": "Is X sold?" would ask of now; "may still be held" keeps its
            # adverb before "be" ("Could X still be held ...?")
            k = next((j for j, w in enumerate(rest[1:]) if bare_word(w) not in MOVABLE), 0)
            return ["could", *subj, *rest[1 : k + 1], "be", *rest[k + 1 :]]
        if nxt in ("be", "have") and unclear and not (
                nxt == "have" and _simple_past(subj, rest[1:], plural=plural, past=True)):
            return None  # "Sanders may have": "Do Sanders have" or "Does"? Ask nothing
        if nxt == "be":
            return ["are" if plural else "is", *subj, *rest[1:]]
        if nxt == "have" and len(rest) > 1 and not _is_participle(rest[1:]):
            # "have" as a full verb: "gifts might have a longer impact" -> "Do gifts have ...?"
            return ["do" if plural else "does", *subj, *rest]
        if nxt == "have":
            past = _simple_past(subj, rest[1:], plural=plural, past=True)
            return past or ["have" if plural else "has", *subj, *rest[1:]]
        if nxt in ("also", "even", "soon", "still"):
            return ["could", *subj, *rest]
        return ["will", *subj, *rest]
    if a in AUX_HAVE and rest and not _is_participle(rest):
        # "have" as a full verb: "people have high hopes" -> "Do people have high hopes?"
        if a == "had":
            do = ("do" if plural else "does") if backshift else "did"
        else:
            do = "do" if a == "have" else "does"
        return [do, *subj, "have", *rest]
    if backshift:
        if a in ("was", "were") and not _is_participle(rest):
            a = "are" if a == "were" else "is"  # the writer's number: "the pair were"
        elif a == "had":
            if _PAST_TIME.search(" ".join(rest)) and _is_participle(rest):
                past = _simple_past(subj, rest, plural=plural)
                if past is not None:
                    return past  # "said it had been sold last year" -> "Was it sold ...?"
            a = "have" if plural else "has"
        elif a == "would":
            a = "will"
    elif reported and a == "had":
        # reported in the past, asked in the past, as a guess about the past is ("may have
        # left" -> "Did X leave?"): "said the dam had burst" -> "Did the dam burst?"; a
        # perfect tied to the time of the report stays one ("had been ill for weeks")
        if UP_TO_NOW.search(" ".join(rest)):
            a = "have" if plural else "has"
        else:
            past = _simple_past(subj, rest, plural=plural, past=True)
            if past is not None:
                return past
    elif reported and a == "would":
        a = "will"  # a future seen from the past is still open: "said X would resign"
    elif a == "had" and not UP_TO_NOW.search(" ".join(rest)):
        # a past perfect out of its story asks about the past: "(the marks suggest) the king
        # had lost his horse" -> "Did the king lose his horse?", not "Had the king lost ...?"
        past = _simple_past(subj, rest, plural=plural, past=True)
        if past is not None:
            return past
    if a in ("is", "are", "was", "were") and nxt == "to" and not _names_a_purpose(subj):
        return [a, *subj, "meant", *rest]
    return [a, *subj, *rest]


_PURPOSE_NOUNS = word_set("aim aims goal goals plan plans idea intention intentions purpose "
                          "objective objectives task job mission strategy hope hopes priority "
                          "ambition dream target tactic option options answer solution role "
                          "challenge agenda instinct instruction instructions order orders "
                          "response decision")
"""Nouns whose "is to V" names what they are ("the aim was to win"), not a duty."""


def _names_a_purpose(subject: list[str]) -> bool:
    """True when the head of ``subject`` (the word before any "of") is a noun like "aim" or
    "plan": "the aim was to win" asks "Was the aim to win?", not "Was the aim meant to win?"."""
    bare = [bare_word(w) for w in subject]
    head = bare[: bare.index("of")] if "of" in bare else bare
    return bool(head) and head[-1] in _PURPOSE_NOUNS


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_PAST_TIME = re.compile(
    rf"\b(?:ago|yesterday|last\s+(?:night|week|weekend|month|year|season|summer|winter|spring|"
    rf"autumn|{_MONTHS}|{_WEEKDAYS})|(?:in|during)\s+(?:(?:early|mid|late)[\s-]+)?"
    rf"(?:{_MONTHS}|(?:19|20)\d\d)|on\s+(?:{_WEEKDAYS})|at\s+the\s+time|"
    rf"(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}})(?:,?\s+(?:19|20)\d\d)?)\b")
"""A definite past time: the present perfect cannot take it ("has been sold last year")."""
UP_TO_NOW = re.compile(
    r"\b(?:since|so\s+far|yet|ever|now|already|just|until\s+now|to\s+date|for\s+the\s+first|"
    r"for\s+a\s+while|"
    r"for\s+(?:some\s+|many\s+|several\s+|a\s+few\s+|\d+\s+)?(?:years|months|weeks|decades|time)|"
    r"(?:over|in|during|the)\s+(?:the\s+)?(?:past|last|recent)\s+(?:\w+\s+){0,2}(?:years?|"
    r"months?|weeks?|days?|decades?))\b")
"""Words that tie a perfect to the present: "has spoken to him since", "has ever won", "has
now/already/just left", "has been dying for a while", "in the past two years"."""
_MENTAL_PAST = word_set("think believe feel hope fear expect assume imagine suppose")
"""Verbs of a state of mind: "may have thought X" guesses at a belief, asked as it stands."""


def _simple_past(subj: list[str], rest: list[str], *, plural: bool,
                 past: bool = False) -> list[str] | None:
    """The simple past for a perfect whose time is past: ``rest`` after "may have" / a
    backshifted "had". "been" + a state is always past ("may have been cautious" -> "Was X
    cautious?": "Has X been cautious?" would ask about a span up to now); "been" + a
    participle or a participle alone only with a definite past time ("had been sold last
    year" -> "Was X sold last year?", "may have left on Monday" -> "Did X leave ...?"), or
    with ``past`` (a guess about the past: "may have started" -> "Did X start?") when
    nothing ties it to the present ("since", "yet", "ever")."""
    text = " ".join(rest)
    dated = _PAST_TIME.search(text) is not None or (past and not UP_TO_NOW.search(text))
    be = "were" if plural else "was"
    # adverbs before the verb stay before it: "had quietly sold" -> "did X quietly sell"
    k = 2 if len(rest) > 2 and (bare_word(rest[0]), bare_word(rest[1])) in _ADVERB_PAIRS else 0
    while k + 1 < len(rest) and (bare_word(rest[k]) in MOVABLE or bare_word(rest[k]) in (
            "once", "indeed") or (
            bare_word(rest[k]).endswith("ly") and len(bare_word(rest[k])) > 4)):
        k += 1
    adverbs, rest = rest[:k], rest[k:]
    if not rest:
        return None
    if bare_word(rest[0]) == "been" and len(rest) > 1:
        state = not _is_participle(rest[1:]) and bare_word(rest[1]) not in word_set("to being")
        short = len(subj) + len(rest) < MIN_QUESTION_WORDS  # "Was X misled?": too short
        return [be, *subj, *adverbs, *rest[1:]] if (state or dated) and not short else None
    base = base_form(bare_word(rest[0]))
    joined = any(bare_word(w) in ("and", "or") and is_participle(nxt)
                 for w, nxt in itertools.pairwise(rest))  # "heard X and gone to Y"
    if dated and base is not None and rest[0][:1].islower() and not joined and (
            base not in _MENTAL_PAST):
        return ["did", *subj, *adverbs, base, *rest[1:]]
    return None
