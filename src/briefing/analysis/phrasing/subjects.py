"""The subject of the question: whether it says enough out of its sentence, and where it
ends.

A bare "it", "this" or "that", or a pronoun, says nothing a reader can check ("Will it
sound odd?": ``vague_subject``); nor does a bare count ("a further four": ``bare_number``);
a comma inside a subject may open a list that goes on after it (``comma_in_noun_phrase``);
a restrictive relative clause inside the subject is skipped before a modal ("members who
have attacked the plan could block it": ``skip_relative``).
"""

from __future__ import annotations

from briefing.analysis.lexical import content_words
from briefing.analysis.phrasing.claims import MONTH_NAMES, place_commas
from briefing.analysis.phrasing.openings import TIME_NOUNS, that_time
from briefing.analysis.phrasing.words import (
    AUXILIARIES,
    CLAUSE_WORDS,
    DETERMINERS,
    FUNCTION_WORDS,
    HEDGE_ADVERBS,
    MODALS,
    MOVABLE,
    NUMBER_WORDS,
    SUBJECT_PRONOUNS,
    VERBISH_S,
    bare_word,
    is_finite_verb,
    word_set,
)

_ANYONE = word_set("someone somebody anyone anybody everyone everybody one those")


def skip_relative(words: list[str], i: int) -> list[str]:
    """A restrictive relative clause inside the subject, before a modal: "opposition from
    members who have attacked the plan could block it" -> "opposition from members could
    block it". The modal, not the relative clause's verb, opens the question."""
    r = next((k for k in range(1, i) if bare_word(words[k]) in ("who", "which", "that")
              and not words[k - 1].endswith(",") and not that_time(words, k)),
             None)  # not "a win later that night": a time
    if r is None or bare_word(words[r - 1]) in DETERMINERS or any(
            w.endswith(",") for w in words[r:i]) or (r == 1 and bare_word(words[0]) in _ANYONE):
        return words  # "someone [who does not answer] can not be": the clause is the subject
    for j in range(i + 1, min(len(words), i + 8)):
        b = bare_word(words[j])
        if words[j - 1].endswith(",") or b in CLAUSE_WORDS:
            return words
        if b in MODALS and words[j][:1].islower():
            if bare_word(words[j - 1]) in SUBJECT_PRONOUNS - {"it", "you"}:
                return words  # "work [they could take up]": the modal has its own subject
            return words[:r] + words[j:]
    return words


_DATE_WORDS = TIME_NOUNS | MONTH_NAMES | word_set(
    "day days weeks months years hours minutes monday tuesday wednesday thursday friday "
    "saturday sunday time")


def comma_in_noun_phrase(before: list[str], after: list[str]) -> bool:
    """True when the words up to a comma inside a subject open a list that goes on after it
    ("a bundle including the player, accessories and a copy", "several clubs from Spain,
    Italy and France"): the subject would lose its
    head if it started after the comma. Not an opening adverbial ("The next day,") nor an
    apposition before a name ("A serial offender, Jeremy Clarkson")."""
    bare = [bare_word(w) for w in before]
    opens = bool(bare) and (bare[0] in DETERMINERS or bare[0] in _QUANTIFIERS
                            or bare[0] in NUMBER_WORDS or bare[0][:1].isdigit())
    return opens and not any(b in _DATE_WORDS for b in bare) \
        and any(bare_word(w) in ("and", "or") for w in after)


_QUANTIFIERS = word_set("some many several most all both few each every no other one two three")
"""Words that open a noun phrase as a determiner does ("several clubs from Spain, Italy and
...")."""


_COUNT_WORDS = NUMBER_WORDS - word_set("hundreds thousands dozens millions") | word_set(
    "a an the further other another more remaining final last latest first second third fourth "
    "fifth sixth one two three rest")


def bare_number(subject: list[str]) -> bool:
    """True for a subject that is only a count or an order ("a further four", "the third",
    "two"): the noun it counts is in another sentence."""
    bare = [bare_word(w) for w in subject]
    if len(bare) == 1 and len(bare[0]) == 4 and bare[0][:2] in ("19", "20"):
        return False  # "2004 could be ...": a year
    return bool(bare) and bare[-1] not in ("a", "an", "the") and all(
        b in _COUNT_WORDS or b.replace(",", "").isdigit() for b in bare)


def without_place_commas(subject: list[str]) -> list[str]:
    """``subject`` with the commas of a place set off by them taken out, for the tests of a
    noun phrase ("the museum in Dayton Ohio")."""
    n = place_commas(subject)
    if not n:
        return subject
    return subject[:-n] + [w.rstrip(",") for w in subject[-n:]]


_VAGUE = word_set("it this that")
_PRONOUN_VAGUE = word_set("he she they some others")
"""Subjects that say nothing out of their sentence, with no exception for what follows:
"Will they want to answer?", "Could some still find it harder?"."""
_ANY_VAGUE = _VAGUE | _PRONOUN_VAGUE


_POSSESSIVE_VAGUE = word_set("his her its their")
"""A subject owned by a pronoun says nothing out of its sentence: "Will his pontificate be
brief?" (the caller names the owner when the article makes it plain)."""
_EMPTY_HEADS = word_set("answer opposite reverse same truth reason result problem")
"""Nouns that, after a bare "the", stand for something said elsewhere: "Is the answer
negative?"."""


def vague_subject(words: list[str]) -> bool:
    """True when the claim's subject is a bare "it", "this" or "that", a noun owned by a
    pronoun ("his pontificate") or an empty noun ("the answer"): out of its sentence the
    question ("Will it sound odd?") says nothing a reader can check."""
    if not words:
        return False
    first = bare_word(words[0])
    if first in _POSSESSIVE_VAGUE and len(words) > 2:
        return True
    if first == "the" and len(words) > 2 and bare_word(words[1]) in _EMPTY_HEADS and (
            bare_word(words[2]) in AUXILIARIES or bare_word(words[2]) in HEDGE_ADVERBS
            or is_finite_verb(words[2])):
        return True
    if first not in _ANY_VAGUE:
        return False
    if len(words) > 2 and bare_word(words[1]) in HEDGE_ADVERBS:
        words = [words[0], *words[2:]]  # "it likely will not last": the hedge is no verb
    second = bare_word(words[1]) if len(words) > 1 else ""
    clause = len(words) > 1 and (second in AUXILIARIES or is_finite_verb(words[1])
                                 or second in VERBISH_S or second in MOVABLE)
    if clause and bare_word(words[0]) in _PRONOUN_VAGUE:
        return True
    return clause and not (bare_word(words[0]) != "it" and _anchored(words[2:]))


def _anchored(rest: list[str]) -> bool:
    """True when what is said of a bare "this"/"that" names enough to stand on its own: a
    name and four content words ("Could this hurt New Zealand's dairy exports?"). A bare
    "it" stays vague: it is as often a dummy ("it was absurd to ...") as a reference."""
    named = any(w[:1].isupper() and bare_word(w) not in FUNCTION_WORDS for w in rest)
    return named and len(content_words(" ".join(rest))) >= 4
