"""Where the clause asked about ends: the words after its verb up to a second verb phrase
or clause ("... in Turkey and believe they crossed", "win again, Bill Clinton proved"),
kept with an object the two verbs share ("attempted to access or had accessed the
files"); and whether a finite verb runs on after the inverted one ("Will it cut
production levels has also failed ...?"), which makes no question. A comma or a "but"
between modifiers of one noun ends nothing ("the fraudulent, inflated statements", "a
capable but flawed official": ``modifier_comma``, ``modifier_pair``).
"""

from __future__ import annotations

import itertools

from briefing.analysis.phrasing.words import (
    AUXILIARIES,
    CLAUSE_WORDS,
    DETERMINERS,
    FUNCTION_WORDS,
    JOINTS,
    MOVABLE,
    PREPOSITIONS,
    REPORTING_PAST,
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
                k > 2 and modifier_pair(rest, k - 1)) and (
            bare_word(rest[k]) in AUXILIARIES or (is_finite_verb(rest[k]) and rest[k][:1].islower())
            or _verb_s_after_and(rest, k)
            or (k + 1 < len(rest) and bare_word(rest[k + 1]) in SUBJECT_PRONOUNS - {"it", "you"})
        ):
            # "... in Turkey and believe they crossed": a second verb
            return rest[: k - 1] + _shared_object(rest[: k - 1], rest[k:])
        if rest[k - 1].endswith(",") and rest[k][:1].islower() and is_finite_verb(rest[k]) and (
                not modifier_comma(rest, k)):
            return rest[:k]  # "lied about X, ignored Y" -> "lie about X"; not "the fraudulent,
            # inflated statements", where the comma stands between two modifiers
        if rest[k - 1].endswith(",") and rest[k][:1].isupper() and _name_then_verb(rest[k:]):
            return rest[:k]  # "win again, Bill Clinton proved ...": a clause of its own
    return rest


_DEGREE = word_set("most more least less very so highly")
_ADJECTIVE_ENDS = ("al", "ent", "ant", "ous", "ive", "ful", "able", "ible", "ic", "ed", "ary",
                   "less", "ish")


def _plain_word(word: str) -> bool:
    """A lower-case content word with no mark but a comma after it: no function word,
    preposition, clause word, auxiliary or "-ly" adverb."""
    b = bare_word(word)
    return word.rstrip(",").isalpha() and word.islower() and not b.endswith("ly") and (
        b not in FUNCTION_WORDS and b not in PREPOSITIONS and b not in JOINTS
        and b not in AUXILIARIES)


def modifier_comma(words: list[str], i: int) -> bool:
    """True when the comma ending ``words[i - 1]`` stands between modifiers of one noun
    ("the most common, routine, safe strategy", "the fraudulent, inflated statements"): a
    determiner (and a degree word) before one-word items, a modifier and a noun after it,
    and a sign that the items are no nouns of a list (a degree word, an adjective's
    ending, or a chain of such commas)."""
    j = i - 1
    while j > 0 and words[j - 1].endswith(",") and _plain_word(words[j - 1]):
        j -= 1
    if not _plain_word(words[i - 1]) or i + 1 >= len(words) or not _plain_word(words[i]):
        return False
    k = j - 1
    degree = k >= 0 and bare_word(words[k]) in _DEGREE
    k -= degree
    if k < 0 or bare_word(words[k]) not in DETERMINERS:
        return False
    if not (words[i].endswith(",") or _plain_word(words[i + 1])):
        return False  # "the official, elected in May": a participle phrase, no noun after it
    items = [bare_word(w) for w in words[j:i]]
    return degree or len(items) > 1 or words[i].endswith(",") or any(
        b.endswith(_ADJECTIVE_ENDS) and not b.endswith("s") for b in items)


def modifier_pair(words: list[str], i: int) -> bool:
    """True when the joint at ``words[i]`` ("but", "and", "or") joins two modifiers of one
    noun after "a"/"an" ("a small but growing number"), not a second verb phrase ("a
    mistake but said that ...", "a loss and added it"): no reporting verb after the joint,
    and no clause word, determiner or pronoun after that."""
    if i < 2 or bare_word(words[i - 2]) not in ("a", "an") or i + 1 >= len(words):
        return False
    nxt = bare_word(words[i + 1])
    after = bare_word(words[i + 2]) if i + 2 < len(words) else ""
    return nxt not in REPORTING_PAST and nxt not in VERBISH_S and after not in CLAUSE_WORDS \
        and after not in DETERMINERS and after not in SUBJECT_PRONOUNS


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
    for k, (w, nxt) in enumerate(itertools.zip_longest(words[2:], words[3:], fillvalue=""), 2):
        b = bare_word(w)
        if b in ("and", "or") and bare_word(nxt) in DETERMINERS:
            continue  # "convergence and the emergence of X will": a pair of nouns, no clause
        if w.endswith(",") and modifier_comma(words, k + 1):
            continue  # "the most common, routine, safe strategy": one noun phrase
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
