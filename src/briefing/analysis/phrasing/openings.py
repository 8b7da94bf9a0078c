"""What opens a clause before its subject: an adverb or a time or place adverbial with no
comma after it ("Already the rebels may ...", "Last week the club ...", "During the talks
the bill ..."), or prepositional phrases closed by commas ("Under the new bill, police
would ...", "On May 7, in the north, the network ..."). The inversion starts after them.
"""

from __future__ import annotations

from briefing.analysis.phrasing.words import (
    AUXILIARIES,
    CLAUSE_WORDS,
    DETERMINERS,
    NUMBER_WORDS,
    PREPOSITIONS,
    SENTENCE_ADVERBS,
    SUBJECT_PRONOUNS,
    bare_word,
    is_everyday_word,
    is_finite_verb,
    word_set,
)

TIME_NOUNS = word_set("week weekend month year summer winter spring autumn season night morning "
                      "evening term decade century")
"""Nouns of a span of time ("last week", "this season")."""
_THAT_TIMES = TIME_NOUNS | word_set("day afternoon time")


def that_time(words: list[str], i: int) -> bool:
    """True when "that" at ``words[i]`` points at a time after a lower-case word ("later
    that night could ...", "earlier that day"): a determiner, not a clause's "that" ("said
    by Ann Vos that time, distance and ...")."""
    return 0 < i < len(words) - 1 and bare_word(words[i]) == "that" and words[i - 1].islower() \
        and bare_word(words[i + 1]) in _THAT_TIMES and not words[i + 1].endswith((",", ";", ":"))
_OPENING_PREPOSITIONS = word_set("during in on at after before since for throughout within by from "
                                 "until amid following despite")
"""Prepositions that open a time or place adverbial ("During the talks the bill ..."), not
quantities ("about one in nine", "over half")."""
_LY_ADJECTIVES = word_set("only early likely unlikely daily weekly monthly yearly hourly nightly "
                          "quarterly deadly costly friendly elderly lovely lively lonely orderly "
                          "holy ugly silly jolly bully rally ally supply reply assembly family")
"""Words in "-ly" that are no adverbs, or that stay with the noun after them ("only")."""
_ADJECTIVE_STEM_ENDS = ("al", "ent", "ant", "ate", "ous", "ive", "ful", "able", "ible", "ic",
                        "ing", "ed", "ar", "ary", "ish", "less")
_PHRASE_OPENERS = _OPENING_PREPOSITIONS | word_set("under")


def opening_phrase(words: list[str], rest: int = 4) -> int:
    """How many words an opening prepositional phrase closed by a comma takes ("Under the
    new bill, police would ..." -> 4), which the inversion drops; 0 when there is none or
    fewer than ``rest`` words follow it."""
    if not words or bare_word(words[0]) not in _PHRASE_OPENERS:
        return 0
    k = next((i for i, w in enumerate(words[:10]) if w.endswith(",")), None)
    if k is None or k + rest > len(words):
        return 0
    if k == 1 and (words[1][:1].isdigit() or words[1][:1].isupper()):
        return 2  # "In 2004,", "On Monday,": a date or a name, not "For example,"
    return 0 if k < 2 else k + 1  # not "For example,"


def opening_phrases(words: list[str], rest: int = 4) -> int:
    """How many words the prepositional phrases closed by commas that open ``words`` take,
    when each has no verb and a subject follows them (a capital or a determiner): "On May
    7, in the north, the network failed" -> 8; else 0."""
    k = 0
    while lead := opening_phrase(words[k:], rest):
        if any(w[:1].islower() and is_finite_verb(w) for w in words[k + 1 : k + lead]):
            return 0  # "Before the talks could resume, ...": a clause, not a phrase
        k += lead
    if k == 0 or k >= len(words) or not (words[k][:1].isupper() or bare_word(
            words[k]) in DETERMINERS or _gerund_subject(words[k:])):
        return 0
    return k


def _gerund_subject(words: list[str]) -> bool:
    """True when ``words`` open with a gerund phrase that is the subject of the auxiliary
    after it ("having a station nearby could help"): no comma and no pronoun (which a
    participle clause has: "saying he was tired, ...") before the auxiliary."""
    first = bare_word(words[0])
    if len(first) < 6 or not first.endswith("ing") or not words[0].islower():
        return False
    for w in words[1:9]:
        b = bare_word(w)
        if w.endswith((",", ";", ":")) or b in SUBJECT_PRONOUNS:
            return False
        if b in AUXILIARIES and w[:1].islower():
            return True
    return False


def _ly_adverb(word: str) -> bool:
    """True for an adverb made from an adjective ("clearly", "separately", "remarkably"),
    not a name in "-ly" ("Kelly", "Beverly") or an adjective ("weekly")."""
    if len(word) < 6 or not word.endswith("ly") or word in _LY_ADJECTIVES or not word.isalpha():
        return False
    stems = (word[:-2], word[:-3] + "y", word[:-1] + "e")  # clear-ly, happ-ily, remarkab-ly
    return any(is_everyday_word(st) or (len(st) > 4 and st.endswith(_ADJECTIVE_STEM_ENDS))
               for st in stems)


_DEGREE_ADVERBS = word_set("nearly roughly approximately barely exactly fully precisely merely "
                           "scarcely easily only")
"""Adverbs that measure a number ("nearly 300", "roughly half"), when one follows them."""
_COUNTS = NUMBER_WORDS | word_set("one two three half a an all every")


_SUBJECT_OPENERS = DETERMINERS | NUMBER_WORDS | SUBJECT_PRONOUNS | word_set(
    "some many several most all both each every no one two three there")


def _opening_adverb(words: list[str]) -> bool:
    """True when the first word is an adverb with no comma after it and a subject follows:
    "Already the rebels may ...", "Today Barclays is ...", "Clearly the club could ...".
    After a "-ly" adverb the subject must open with a determiner, a number, a pronoun or a
    name; after a time word like "already" any word may follow ("Already troops ...")."""
    if len(words) < 3 or words[0].endswith((",", ":", ";")) or not words[0][:1].isupper():
        return False
    first, second = bare_word(words[0]), bare_word(words[1])
    if second in AUXILIARIES or (words[1][:1].islower() and is_finite_verb(second)):
        return False  # "Still is ...": no subject after it
    if first in SENTENCE_ADVERBS:
        return first not in ("still", "then", "once") or words[1][:1].isupper() or (
            second in _SUBJECT_OPENERS)  # "Still water", "Once rivals": no adverb
    if not _ly_adverb(first) or (first in _DEGREE_ADVERBS and (
            second[:1].isdigit() or second in _COUNTS)):
        return False  # "Nearly 300 people could ...": a measure of the subject, no adverbial
    return words[1][:1].isupper() or second in _SUBJECT_OPENERS or second[:1].isdigit()


def opening_adverbial(words: list[str]) -> int:
    """How many words open the clause as an adverbial with no comma after it: "During the
    talks the bill ...", "Last week the club ..." -> the index of the subject's determiner
    (0 when there is none). Only a determiner marks where the subject starts, so that a
    name after the adverbial is never split from it. An opening adverb is one word
    ("Already the rebels ...", ``_opening_adverb``)."""
    if len(words) < 3:
        return 0
    if _opening_adverb(words):
        return 1 + opening_adverbial(words[1:])
    first = bare_word(words[0])
    timed = first in ("last", "next", "this", "earlier", "later") \
        and bare_word(words[1]) in TIME_NOUNS
    third = words[2][:1]
    if timed and not words[1].endswith(",") and (
            third.isupper() or third.isdigit() or bare_word(words[2]) in NUMBER_WORDS):
        return 2  # "Last week Smith told ...", "This weekend 60,000 fans ...": a subject opens
    second = bare_word(words[1])
    if (first not in _OPENING_PREPOSITIONS and not timed) or second in ("least", "most") or (
            second in NUMBER_WORDS or second[:1].isdigit() or second in ("one", "two", "three")):
        return 0  # "At least a dozen ...", "In two years ..." are quantities, not adverbials
    for k in range(2, min(len(words), 8)):
        if words[k - 1].endswith(",") or bare_word(words[k - 1]) in CLAUSE_WORDS:
            return 0  # a comma ends the adverbial (the cut below handles it); "about whether"
        if bare_word(words[k]) in DETERMINERS \
                and bare_word(words[k - 1]) not in PREPOSITIONS | word_set("and or of"):
            return k
    return 0
