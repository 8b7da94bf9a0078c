"""Where the clause asked about ends: the words after its verb up to a second verb phrase
or clause ("... in Turkey and believe they crossed", "win again, Bill Clinton proved"),
kept with an object the two verbs share ("attempted to access or had accessed the
files"); and whether a finite verb runs on after the inverted one ("Will it cut
production levels has also failed ...?"), which makes no question.
"""

from __future__ import annotations

import itertools

from briefing.analysis.phrasing.words import (
    AUXILIARIES,
    CLAUSE_WORDS,
    DETERMINERS,
    MOVABLE,
    SUBJECT_PRONOUNS,
    VERBISH_S,
    bare_word,
    is_finite_verb,
    is_participle,
    lemma_of,
    word_set,
)

FINITE = AUXILIARIES - {"have", "do"}
"""Always finite auxiliaries: ``AUXILIARIES`` but "have" and "do" (bare forms too)."""
THAT_LESS = word_set("know think say believe feel hope admit realise realize find see hear learn "
                     "fear suspect insist warn")
"""Verbs whose clause needs no "that": "Did the police know the van was stolen?"."""


def no_run_on(rest: list[str]) -> list[str]:
    """The words after the inverted verb up to a second verb phrase ("and could make")."""
    for k in range(1, len(rest)):
        if rest[k].startswith(",") or (rest[k - 1].lower() in ("and,", "but,")):
            return rest[: k - 1]
        if bare_word(rest[k - 1]) in ("and", "but") and any(
                bare_word(w) in FINITE and w[:1].islower() for w in rest[k : k + 5]):
            return rest[: k - 1]  # "benign and Irish shares were ...": a second clause
        if bare_word(rest[k - 1]) in ("and", "or", "but") and not (
                k > 2 and bare_word(rest[k - 3]) in ("a", "an")) and (
            bare_word(rest[k]) in AUXILIARIES or (is_finite_verb(rest[k]) and rest[k][:1].islower())
            or _verb_s_after_and(rest, k)
            or (k + 1 < len(rest) and bare_word(rest[k + 1]) in SUBJECT_PRONOUNS - {"it", "you"})
        ):
            # "... in Turkey and believe they crossed": a second verb
            return rest[: k - 1] + _shared_object(rest[: k - 1], rest[k:])
        if rest[k - 1].endswith(",") and rest[k][:1].islower() and is_finite_verb(rest[k]):
            return rest[:k]  # "lied about X, ignored Y" -> "lie about X"
        if rest[k - 1].endswith(",") and rest[k][:1].isupper() and _name_then_verb(rest[k:]):
            return rest[:k]  # "win again, Bill Clinton proved ...": a clause of its own
    return rest


def _shared_object(kept: list[str], second: list[str]) -> list[str]:
    """The object a cut-off first conjunct shares with the second ("attempted to access
    [or had accessed] the files"): the words after the second conjunct's verb, when the
    first ends in "to" and a bare verb; else nothing."""
    if len(kept) < 2 or bare_word(kept[-2]) != "to" or not kept[-1][:1].islower() or (
            kept[-1].endswith(",")):
        return []
    for j, w in enumerate(second[:4]):
        b = bare_word(w)
        if b in AUXILIARIES or b in ("not", "never") or b in MOVABLE:
            continue
        if w[:1].islower() and (is_participle(w) or lemma_of(b) is not None):
            obj = second[j + 1 :]
            return no_run_on(obj) if obj and bare_word(obj[0]) in DETERMINERS else []
        return []
    return []


def _name_then_verb(words: list[str]) -> bool:
    """True when ``words`` open with a name and then a finite verb ("Bill Clinton proved")."""
    k = 0
    while k < min(len(words), 4) and words[k][:1].isupper() and not words[k].endswith(","):
        k += 1
    return 0 < k < len(words) and words[k][:1].islower() and (
        bare_word(words[k]) in FINITE or lemma_of(bare_word(words[k])) is not None)


def _verb_s_after_and(rest: list[str], k: int) -> bool:
    """ "and (thoroughly) deserves the award": a present-tense verb after "and"."""
    j = k + 1 if bare_word(rest[k]).endswith("ly") and k + 1 < len(rest) else k
    w = bare_word(rest[j])
    after = bare_word(rest[j + 1]) if j + 1 < len(rest) else ""
    return (w in VERBISH_S or (w.endswith("s") and not w.endswith("ss"))) and (
        after in DETERMINERS or after in ("to", "that"))


def run_on(words: list[str]) -> bool:
    """True when a finite verb follows the inverted one with no clause word between:
    "Will it cut production levels has also failed ...?"."""
    opened = False
    for w, nxt in itertools.zip_longest(words[2:], words[3:], fillvalue=""):
        b = bare_word(w)
        if b in ("and", "or") and bare_word(nxt) in DETERMINERS:
            continue  # "convergence and the emergence of X will": a pair of nouns, no clause
        if b in CLAUSE_WORDS or w.endswith(",") or b in THAT_LESS:
            opened = True
        elif b in FINITE and not opened and w[:1].islower():
            return True
    return False


def two_verbs(words: list[str]) -> bool:
    """True for a clause with a second finite verb and no clause word between:
    "it is Holmes will race"."""
    first = next((i for i, w in enumerate(words) if bare_word(w) in FINITE), None)
    return first is not None and run_on(["-", "-", *words[first + 1 :]])
