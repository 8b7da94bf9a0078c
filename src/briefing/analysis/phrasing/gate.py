"""The gate: a question is not asked when the rewriting is not sure of it. A verb left
without its clause, a stranded joint or list item, an unpaired "either"/"not only", a vague
object, a bracket or a second clause, a past condition: any of these makes the candidate
broken, and the caller asks nothing rather than a broken question.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from briefing.analysis.phrasing.openings import opening_phrases, that_time
from briefing.analysis.phrasing.words import (
    AUXILIARIES,
    CERTAINTY_ADVERBS,
    CLAUSE_VERBS,
    CLAUSE_WORDS,
    DETERMINERS,
    FUNCTION_WORDS,
    GAP_HEADS,
    HEDGE_ADVERBS,
    MOVABLE,
    NOT_SUBJECT_START,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    REPORTING_PAST,
    SENTENCE_ADVERBS,
    SUBJECT_PRONOUNS,
    VERBISH_S,
    bare_word,
    is_everyday_word,
    is_finite_verb,
    lemma_of,
    word_set,
)

ATTRIBUTIVE_PARTICIPLES = word_set("suspected alleged accused convicted presumed reputed "
                                   "purported wanted jailed detained injured wounded")
"""Participles that stand before a noun as its label ("suspected militants", "alleged
ringleader"): a subject may open with one in lower case."""


_ANSWERS = frozenset(("Yes", "No", "YES", "NO", "Maybe"))
"""A poll's answers: after a capital word, or "Yes" before one, they are a page's buttons
("Yes No Results"), not words; "No Labour MP" is a subject."""


def subject_ok(subject: list[str]) -> bool:
    """True when ``subject`` can be a noun phrase: no clause joint, no verb before a
    determiner ("the deficit reflects the fact" is no subject)."""
    if not 1 <= len(subject) <= 9:
        return False
    bare = [bare_word(w) for w in subject]
    adjective = (len(bare) > 1 and bare[0].endswith("ed") and (
                     subject[0][:1].isupper() or bare[0] in ATTRIBUTIVE_PARTICIPLES)
                 and bare[0] not in AUXILIARIES and not bare[1].endswith("ing")
                 and bare[1] not in DETERMINERS | PREPOSITIONS | SUBJECT_PRONOUNS)
    quantity = len(bare) > 2 and bare[0] in ("at", "up") and bare[1] in ("least", "most", "to")
    if bare[0] in PRONOUN_SUBJECTS or (bare[0] in NOT_SUBJECT_START and not quantity) or (
            is_finite_verb(bare[0]) and not adjective):
        return False  # but "Continued obstruction ...": a participle on a noun
    if len(bare) == 1 and bare[0].endswith("ly") and not subject[0][:1].isupper():
        return False  # "yet likely rooted in ...": an adverb, no subject
    if len(bare) > 1 and bare[-1].endswith("ly") and len(bare[-1]) > 5 and bare[-2] in DETERMINERS:
        return False  # "the unhealthily [obsessed]": an adverb cut from its adjective
    if "but" in bare:
        return False
    if any(w.endswith(",") for w in subject[:-1]) and not name_list(subject):
        return False
    if any(b in ("that", "which", "who", "if", "when", "because", "while", "what", "whether",
                 "how") and not that_time(subject, k) for k, b in enumerate(bare) if k):
        return False  # but "a win later that night": a time
    if any(b in VERBISH_S or b in REPORTING_PAST or b in CLAUSE_VERBS for b in bare[1:]):
        return False  # "growth appears stronger and the MPC" is two clauses
    if any((w in _ANSWERS and w != "No" and nxt[:1].isupper()) or (
            nxt in _ANSWERS and w[:1].isupper()) for w, nxt in itertools.pairwise(subject)):
        return False  # "Yes No Results": a poll's buttons, the page's furniture, no subject
    if subject[-1].endswith(",") or bare[-1] in ("and", "or", "but"):
        return False
    demonstrative = bare[-1] in ("this", "that", "these", "those") and len(bare) == 1
    if (bare[-1] in DETERMINERS and not demonstrative) or (
            bare[-1] in PREPOSITIONS and len(bare) > 1):
        return False
    if any(b in SUBJECT_PRONOUNS for b in bare[1:]) or (bare[0] in SUBJECT_PRONOUNS and any(
            b not in MOVABLE and b not in ("always", "never") and not b.endswith("ly")
            for b in bare[1:])):
        return False  # "she reacted badly it", "they want treatment": a clause, no noun phrase
    if any(b in GAP_HEADS and (nxt[:1].isupper() or bare_word(nxt) in DETERMINERS)
           for b, nxt in zip(bare[:-1], subject[1:], strict=True)):
        return False  # "another reason Clinton [is off the hook]": a relative with no "that"
    if any(b == "to" and nxt in ("be", "have") for b, nxt in itertools.pairwise(bare)):
        return False
    gerund = len(bare[0]) > 5 and bare[0].endswith("ing") and not bare[0].endswith("thing") \
        and bare[0] not in _ING_NOT_VERBS and is_everyday_word(bare[0])
    for k in range(1, len(bare)):
        if bare[k] in DETERMINERS and bare[k - 1] not in PREPOSITIONS | {"and", "or"} and not (
                quantity and k == 2) and not (gerund and k == 1):
            return False  # but "raising the tax (could ...)": a gerund and its object
    return True


_ING_NOT_VERBS = word_set("during including according following regarding concerning pending "
                          "barring excluding considering morning evening")
"""Words in "-ing" that are no gerund before a determiner ("something the party ...")."""
_PERSONAL = word_set("i we our us my me ours you your yours")
"""First and second person: a quote's "we" or "you" makes no question a reader can ask."""


_BE_BEFORE_ING = word_set("be been being is are was were am")
_GERUND_OBJECTS = word_set("that the a an it them him her his their its this these those to")
"""Words after a verb in "-ing" ("implying that", "saying the"), not after a noun in "-ing"
("taxes and spending [on schools]")."""


def without_gerund_conjunct(words: list[str]) -> list[str]:
    """The words without a conjunct in "-ing" with an object, after a clause whose verb is
    not in "-ing": "X could penetrate the country and implying that ..." -> "X could
    penetrate the country" (the "-ing" verb belongs to the sentence around the claim)."""
    for k in range(2, len(words) - 1):
        if words[k] not in ("and", "or") or not words[k + 1][:1].islower():
            continue
        nxt = bare_word(words[k + 1])
        if k + 2 < len(words) and bare_word(words[k + 2]) in _GERUND_OBJECTS and (
                len(nxt) > 5 and nxt.endswith("ing")) and not words[k].endswith(",") and not any(
                bare_word(w) in _BE_BEFORE_ING for w in words[:k]) and is_everyday_word(nxt):
            return words[:k]
    return words


_NOW_LEADS = word_set("will is are do does can")


def past_condition(words: list[str]) -> bool:
    """True when a question about now or later keeps a condition in the past: "Will X unite
    Britain against him if he visited?" (from "would ... if he visited", a hypothetical):
    the tenses no longer agree, and without its condition the claim is another one."""
    if bare_word(words[0]) not in _NOW_LEADS:
        return False
    for k, w in enumerate(words[2:], start=2):
        if bare_word(w) in ("if", "unless"):
            return any(w2[:1].islower() and (bare_word(w2) in ("had", "were", "was", "did")
                                            or lemma_of(bare_word(w2)) is not None)
                       for w2 in words[k + 2 : k + 5])
    return False


_NEEDS_COMPLEMENT = word_set(
    "mean means say says suggest suggests show shows indicate indicates imply implies think "
    "believe find reveal confirm verify know see expect hope ensure glean learn decide tell "
    "predict predicts warn warns argue argues insist insists suggesting indicating claiming "
    "arguing insisting revealing try hear stating alleging asserting")
"""Verbs that cannot end a question: "Could the data mean?" lost its "that" clause, "Will
X point to figures showing?" its "that" clause, "Was X content to sit back and try?" the
verb "try" was joined to."""
_NO_END = AUXILIARIES | word_set("been being having be not never")
_NEEDS_OF = word_set("number range series host variety couple handful slew raft spate lot bunch")
"""Nouns that need their "of" after "a" ("a number [of ...]")."""


def verb_cut_off(words: list[str], full: list[str]) -> bool:
    """True when trimming at a preposition cut off the main verb: "the men freed from the
    prison in the north [in May have written letters]" has no clause left, "the gap new homes
    could make [to school numbers is based on ...]" a relative clause's verb."""
    cut = full[len(words) :]
    if not cut or bare_word(cut[0]) not in PREPOSITIONS:
        return False
    verb = any(bare_word(w) in AUXILIARIES and w[:1].islower() for w in words[1:])
    for k, w in enumerate(cut):
        b = bare_word(w)
        if b in CLAUSE_WORDS or w.endswith(",") or (verb and (b in SUBJECT_PRONOUNS or (
                b in DETERMINERS and bare_word(cut[k - 1]) not in PREPOSITIONS))):
            return False  # "on the day [he is ...]", "by the time [the vote is ...]": a
            # clause with a subject of its own
        if b in AUXILIARIES and w[:1].islower():
            # with a verb kept, a finite "is" after the cut is the main verb, and the
            # kept one a relative clause's: "the gap new homes could make [to school
            # numbers is based on ...]"
            return not verb or b in _MAIN_VERBS
    return False


_MAIN_VERBS = word_set("is are was were has have had")


_STRANDED = word_set("while whereas whilst although though because unless if when")


def without_stranded_joint(words: list[str]) -> list[str]:
    """Trimmed words without a last clause joint whose subject opens but whose verb was cut:
    "... are the future while the rivals [would take ...]" -> "... are the future"."""
    for k in range(len(words) - 2, 2, -1):
        if bare_word(words[k]) in _STRANDED:
            nxt = words[k + 1]
            opens = nxt[:1].isupper() or bare_word(nxt) in DETERMINERS | SUBJECT_PRONOUNS
            if opens and not any(is_finite_verb(w) or bare_word(w) in VERBISH_S
                                 for w in words[k + 1 :]):
                return words[:k]
            return words
    return words


def without_cut_item(words: list[str]) -> list[str]:
    """Trimmed words without a one-word list item cut at its comma: "take over computers,
    install programs, change," -> "... install programs" (the cut took "change"'s object)."""
    if len(words) > 4 and words[-2].endswith(",") and any(w.endswith(",") for w in words[:-2]):
        return words[:-1]
    if len(words) > 4 and words[-1].endswith(",") and words[-2].endswith(",") and (
            words[-2][:1].isupper() and words[-1][:1].isupper()):
        return words[:-1]  # "states like Ohio, Pennsylvania, [Michigan and ...]"
    return words


_OBJECT_VAGUE = word_set("it them this these those")


def vague_object(words: list[str], *, trimmed: bool) -> bool:
    """True when the claim ends on a bare pronoun object ("the evidence appears to
    contradict it", "could change that"): out of its sentence the question names nothing."""
    last = bare_word(words[-1])
    return last in _OBJECT_VAGUE or (last == "that" and not trimmed)


def without_unpaired(words: list[str], full: int) -> list[str]:
    """Without the first half of a pair whose second half was cut: "either" with no "or",
    "not only" with no "but" ("get in the way not only of the plans" -> "... of the plans"),
    "between" whose "and" was cut (``full``: the length before the cut)."""
    bare = [bare_word(w) for w in words]
    for k, b in enumerate(bare):
        if b == "either" and "or" not in bare[k + 1 :]:
            return words[:k] + words[k + 1 :]
        if b == "between" and k > 3 and "and" not in bare[k + 1 :] and len(words) < full:
            return words[:k]  # "any gap between women [and men]": the pair was cut
        if b == "not" and bare[k + 1 : k + 2] in (["only"], ["just"]) and (
                "but" not in bare[k + 2 :]):
            return words[:k] + words[k + 2 :]
    return words


_CLAUSE_MARK = re.compile(r"[;:]\s")
"""A colon or semicolon inside a question joins a second clause ("Do investors agree: At
one point ...?"), a time ("12:30") excepted."""


def is_broken(q: str) -> bool:
    """True for a question that lost a part on the way: a stray dash, a bracket, a second
    clause after a colon, an ending verb that needs an object or clause ("Could the change
    mean?"), an ending auxiliary ("Has he been having?")."""
    words = q.rstrip("?").split()
    if not words or "--" in q or " - " in q or "\u2014" in q or "..." in q or "\u2026" in q:
        return True
    if "[" in q or "]" in q or q.count("(") != q.count(")") or _CLAUSE_MARK.search(q):
        return True  # "Do families have a right to settle]?": a bracket's half
    if "<" in q or ">" in q or "://" in q or "@" in q:
        return True  # markup, a link or a handle: "<tweet id=...>", "https://t.co/..."
    if len(words) > 2 and words[2].endswith("ing,"):
        return True  # "Was he saying, when ...?": the verb lost its object
    if len(words) > 2 and bare_word(words[1]) in ("ever", "never") and words[2].endswith("ing"):
        return True  # "Did ever taking X ...?": a gerund, no subject
    if len(words) > 3 and words[-2].lower() == "a" and bare_word(words[-1]) in _NEEDS_OF:
        return True  # "explode with a number [of devices]?": the "of" was cut
    last = bare_word(words[-1])
    if last in ("showing", "saying") and len(words) > 2 and bare_word(words[-2]).endswith("s"):
        return True  # "figures showing [that ...]", not "a strong showing"
    return words[-1][:1].islower() and (last in _NEEDS_COMPLEMENT or last in _NO_END)


_DEGREE_WORDS = word_set("more most less least very so too highly newly recently widely")


def attributive(words: list[str], k: int) -> bool:
    """True when the past form at ``words[k]`` stands between a determiner or a possessive
    and a lower-case noun ("the country's famed border network"): a modifier, no verb."""
    if k + 1 >= len(words) or not words[k + 1][:1].islower() or not words[k + 1].isalpha():
        return False
    prev, nxt = words[k - 1], bare_word(words[k + 1])
    if k > 1 and bare_word(prev) in _DEGREE_WORDS:
        prev = words[k - 2]  # "the more costly option": a degree word on the modifier
    return (bare_word(prev) in DETERMINERS or prev.endswith(("'s", "\u2019s"))) and (
        nxt not in FUNCTION_WORDS and nxt not in PREPOSITIONS and nxt not in CLAUSE_WORDS
        and nxt not in AUXILIARIES and not nxt.endswith("ly"))


def has_subject(words: list[str]) -> bool:
    """True when ``words`` open with a noun phrase, before any auxiliary that follows it:
    the words before a hedging adverb ("Viacom has also" yes, "lyrics that" no)."""
    words = words[opening_phrases(words, rest=1):]  # "In 2004, the council [reportedly]"
    k = next((i for i, w in enumerate(words) if is_finite_verb(w) and not (
        i > 0 and attributive(words, i))), len(words))  # not "the famed [network]"
    return subject_ok(words[:k])


@lru_cache(maxsize=8192)  # a pure function of the word, asked of every word of a claim
def is_personal_word(word: str) -> bool:
    """A first- or second-person word ("we", "our"), but not "US" the country."""
    raw = word.strip(".,;:!?\"'()[]\u201c\u201d\u2018\u2019")
    return raw.lower() in _PERSONAL and not (raw.isupper() and len(raw) > 1)


def dangling_that(words: list[str]) -> bool:
    """True when trimming left a "that" clause without its verb ("consider that the risks")."""
    bare = [bare_word(w) for w in words]
    if "that" not in bare[1:]:
        return False
    k = len(bare) - 1 - bare[::-1].index("that")
    return not any(is_finite_verb(w) or w in VERBISH_S for w in bare[k + 1 :])


_BELIEVED = word_set("believed thought feared presumed")
_BE = word_set("is are was were be been")
_STATES = word_set("dead alive missing killed drowned lost trapped kidnapped abducted captured "
                   "injured hurt responsible safe")
"""States a belief may be about with no "to be": "all ten are believed dead"."""


_DROPPABLE = CERTAINTY_ADVERBS | _BELIEVED | HEDGE_ADVERBS
"""The words ``drop_hedges`` may drop."""


def drop_hedges(words: list[str]) -> list[str]:
    """The words without hedging or certainty adverbs; "likely" only goes after an auxiliary ("will
    likely") or before a past verb ("likely opened"), where it is no adjective; a belief
    before a state goes too ("are believed dead" -> "are dead")."""
    if _DROPPABLE.isdisjoint(map(bare_word, words)):
        return list(words)  # most claims: no word the loop below would look at twice
    out: list[str] = []
    for k, w in enumerate(words):
        b = bare_word(w)
        if b in CERTAINTY_ADVERBS:
            if out and bare_word(out[-1]) in ("almost", "most", "quite"):
                out.pop()  # "will almost certainly" goes whole
            continue
        if b in _BELIEVED and out and bare_word(out[-1]) in _BE and k + 1 < len(words) and (
                bare_word(words[k + 1]) in _STATES):
            continue  # "are believed dead" -> "are dead": the belief is what the question asks
        if b not in HEDGE_ADVERBS:  # most words: the context below is only read for a hedge
            out.append(w)
            continue
        degree = bool(out) and bare_word(out[-1]) in ("most", "very", "quite", "more")
        if b == "likely":
            after_aux = (bool(out) and bare_word(out[-1]) in AUXILIARIES) or (
                degree and len(out) > 1 and bare_word(out[-2]) in AUXILIARIES)
            before_verb = k + 1 < len(words) and words[k + 1][:1].islower() and (
                lemma_of(bare_word(words[k + 1])) is not None)
            if not (after_aux or before_verb):
                out.append(w)
                continue
        if degree:
            out.pop()  # "most probably", "will most likely" go whole
    return out


_NOT_NAMES = SENTENCE_ADVERBS | word_set("earlier later elsewhere also here first next last "
                                         "secondly today tonight")
"""Words that open a sentence before a comma as an adverbial ("Earlier, Sony and ...")."""


def name_list(subject: list[str]) -> bool:
    """True when ``subject`` is a list of names joined by commas and a last "and"/"or"
    ("Microsoft, Sony and Nintendo"), not an opening adverbial cut off by a comma ("Today,
    Sony and Nintendo", "In May, the firms")."""
    if not any(w.endswith(",") for w in subject[:-1]):
        return False
    last = max(k for k, w in enumerate(subject) if w.endswith(","))
    tail = [bare_word(w) for w in subject[last + 1 :]]
    if not ("and" in tail or "or" in tail) or len(tail) > 6:
        return False
    parts = " ".join(subject[: last + 1]).split(",")[:-1]
    for part in parts:
        names = part.split()
        if not 1 <= len(names) <= 3 or not all(w[:1].isupper() for w in names):
            return False
        first = bare_word(names[0])
        if first in _NOT_NAMES or first in NOT_SUBJECT_START or first in DETERMINERS or (
                first.endswith("ly")):
            return False
    return True
