"""Finding what to invert in a claim: its subject, and its auxiliary or past-tense verb.

``invert`` skips an opening adverbial, finds the first auxiliary (``_find_aux``), skipping
a relative clause inside the subject, and reads a past-tense verb before it as "Did ...
<base>?" (a second past verb joined by "and" kept with it; "the court leans left" has no
past verb); it then cuts an opening phrase from the subject and asks nothing of a subject
that says too little (``subjects``). ``auxiliaries`` gives the question words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container

from briefing.analysis.phrasing.auxiliaries import question_words
from briefing.analysis.phrasing.claims import place_commas
from briefing.analysis.phrasing.gate import attributive, name_list, subject_ok
from briefing.analysis.phrasing.openings import opening_adverbial, opening_phrases
from briefing.analysis.phrasing.run_ons import FINITE, THAT_LESS, no_run_on
from briefing.analysis.phrasing.subjects import (
    bare_number,
    comma_in_noun_phrase,
    skip_relative,
    vague_subject,
    without_place_commas,
)
from briefing.analysis.phrasing.words import (
    AUX_DO,
    AUXILIARIES,
    CLAUSE_WORDS,
    COMPARED,
    DETERMINERS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    PREPOSITIONS,
    THAN_SUBJECTS,
    bare_word,
    is_plural,
    is_present_verb,
    lemma_of,
    subject_case,
    word_set,
)


def _find_aux(words: list[str], start: int = 0) -> int | None:
    for i in range(start, min(len(words), start + 12)):
        b = bare_word(words[i])
        if b in AUXILIARIES and i > 1 and bare_word(words[i - 2]) in COMPARED and (
                bare_word(words[i - 1]) in THAN_SUBJECTS):
            continue  # "more people than there were": the verb of the comparison
        if b in AUXILIARIES and (i == 0 or words[i][:1].islower()):
            return i  # a capital "May" or "Will" inside a clause is a month or a name
        if words[i].endswith(",") and i < 2:
            continue
    return None


_NOT_ONLY_PAST = word_set("left set cut hit put cost hurt felt bound ground found lit spread "
                          "fit upset")
"""Past forms that are as often adjectives, adverbs or nouns ("leans left", "looks set")."""


def _present_before(words: list[str], k: int) -> bool:
    """True when ``words[k]`` is a past form that is also an adjective or an adverb and
    the word before it is a present verb after a determiner and a noun ("the court leans
    left"): "leans" is the verb, and "left" no past tense. A plural noun in "-s" before a
    past verb ("the security services played") is left alone."""
    return k > 2 and bare_word(words[k]) in _NOT_ONLY_PAST and words[k - 1][:1].islower() \
        and is_present_verb(words[k - 1]) and bare_word(words[k - 3]) in DETERMINERS \
        and not is_plural(words[k - 3 : k - 1])


_BE_BEFORE_PARTICIPLE = word_set("be being been")
"""After these a past form is a participle (a passive), never the clause's past tense."""


_AGENT = word_set("by at against toward towards")
"""After a participle on a noun: "statements made by X", "anger aimed at Y"."""


def _verb_later(rest: list[str]) -> bool:
    """True when a finite verb in the past or the present follows in ``rest`` before any
    clause word or comma ("[aimed at the mayor] stems from"): the clause's verb."""
    prev = ""
    for w, nxt in itertools.zip_longest(rest, rest[1:], fillvalue=""):
        b, after = bare_word(w), bare_word(nxt)
        if b in CLAUSE_WORDS or w.endswith((",", ";", ":")):
            return False
        if w[:1].islower() and (b in FINITE or (
                lemma_of(b) is not None and after not in PREPOSITIONS) or (
                is_present_verb(b) and w.isalpha() and after in _AFTER_VERB
                and bare_word(prev) not in DETERMINERS and not prev.endswith(("'s", "\u2019s")))):
            return True  # but "objected to the fee [linked with]": a participle too
        prev = w
    return False


_AFTER_VERB = PREPOSITIONS | DETERMINERS | word_set("him them it us that to")
"""Words after a verb in the present ("stems from", "makes him"), not after a plural noun."""


def _coordinated_past(base: str, rest: list[str]) -> tuple[str, list[str]]:
    """The base of a past verb and the words after it, a second past verb joined by "and"
    or "or" kept with it: "drugged and robbed her" -> ("drug and rob", ["her"]) rather than
    "drug" with its object lost."""
    if len(rest) > 2 and bare_word(rest[0]) in ("and", "or") and rest[1][:1].islower() and (
            bare_word(rest[1]) not in AUXILIARIES):
        second = lemma_of(bare_word(rest[1]))
        if second is not None and not rest[1].endswith(","):
            return f"{base} {bare_word(rest[0])} {second}", no_run_on(rest[2:])
    return base, no_run_on(rest)


def _past_again(rest: list[str]) -> bool:
    """True when another past-tense verb follows with no clause word between:
    "techniques introduced by the government led to" is no "Did ... introduce" question."""
    for w in rest:
        b = bare_word(w)
        if b in CLAUSE_WORDS or w.endswith(","):
            return False
        if w[:1].islower() and b in IRREGULAR_PAST and b not in IRREGULAR_PARTICIPLES:
            return True
        if w[:1].islower() and b in FINITE:
            return True
    return False


_TRAILING = word_set("and or but if that which who the a an to of as with for because while not "
                     "like too also either when where whilst until unless than so whose -- - by "
                     "just even")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:])")


_NARROWING = word_set("particularly especially notably including mainly chiefly primarily "
                      "mostly largely")
"""Words that open an aside narrowing the subject before them ("voters, especially the
young, ...")."""


def as_question(words: list[str]) -> str:
    """``words`` as a question: trailing function words and marks dropped, a capital, a "?"."""
    while len(words) > 2 and bare_word(words[-1]) in _TRAILING:
        words = words[:-1]
    text = " ".join(words).rstrip(" ,;:")
    if "," in text or ";" in text or ":" in text:
        text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    return text[0].upper() + text[1:] + "?"


def invert(words: list[str], *, backshift: bool, common: Container[str],
           reported: bool = False) -> str | None:
    """The question that inverts claim ``words``, or None when it cannot be asked."""
    lead = opening_phrases(words)
    if lead:
        words = words[lead:]  # "On May 7, in the north, the network failed": the subject's
        if vague_subject(words):
            return None  # "in the current climate, this might not ...": a bare "this"
    skip = opening_adverbial(words)
    if skip:
        words = words[skip:]
        if vague_subject(words):
            return None  # "Financially it could ...": the same bare "it"
    i = _find_aux(words)
    if i is not None and i > 1:
        words = skip_relative(words, i)
        i = _find_aux(words)
    if i == 0:
        return None
    # an auxiliary beyond the search window still shows a participle before it
    far = i if i is not None else next(
        (k for k, w in enumerate(words) if bare_word(w) in AUXILIARIES and w[:1].islower()), None)
    # a past-tense verb before any auxiliary, after a short subject -> "Did ... <base>?"
    for k in range(1, min(len(words), 8, i if i is not None else 8)):
        base = lemma_of(bare_word(words[k]))
        if base is not None and words[k][:1].islower() and _present_before(words, k):
            continue  # "the court leans left": "leans" is the verb, "left" no past tense
        if base is not None and attributive(words, k):
            continue  # "the country's famed border network failed": "famed" is no verb
        if base is not None and bare_word(words[k - 1]) in _BE_BEFORE_PARTICIPLE:
            break  # "the change being sought", "the plan be approved": a participle
        if base is not None and k + 2 < len(words) and bare_word(words[k + 1]) in _AGENT and (
                _verb_later(words[k + 2 : k + 12])):
            continue  # "the anger aimed at the mayor stems from": a participle
        if base is not None and words[k][:1].islower():
            # "knew" is never a participle: what follows it is its own clause
            past_only = bare_word(words[k]) in IRREGULAR_PAST and (
                bare_word(words[k]) not in IRREGULAR_PARTICIPLES) and base in THAT_LESS
            if far is not None and not past_only and not any(
                    bare_word(w) in CLAUSE_WORDS or w.endswith(",") for w in words[k:far]):
                break  # "the number killed in the crash could rise": a participle
            subject = words[:k]
            base, rest = _coordinated_past(base, words[k + 1 :])
            if subject_ok(subject) and (past_only or not _past_again(rest)):
                return as_question(["did", *subject_case(subject, common), base, *rest])
            break  # "the detained man was ..." -> the auxiliary below
    if i is None:
        return None
    subject, rest = words[:i], words[i + 1 :]
    if bare_word(words[i]) in AUX_DO and rest and (
            rest[0][:1].isupper() or bare_word(rest[0]) in DETERMINERS):
        return None  # "did Romney in", "does the job": "do" as a full verb, no auxiliary
    # "In May, the army was..." -> drop the opening adverbial
    cut = max((k for k, w in enumerate(subject) if w.endswith((",", ":"))), default=-1)
    if cut >= 0 and name_list(subject):
        cut = -1  # "Microsoft, Sony and Nintendo are ...": the commas are the list's
    if place_commas(subject):
        cut = max((k for k, w in enumerate(subject) if w.endswith((",", ":"))
                   and k < len(subject) - place_commas(subject)), default=-1)
    if cut >= 0 and subject[cut].endswith(",") and comma_in_noun_phrase(
            subject[: cut + 1], subject[cut + 1 :]):
        return None  # "a bundle including the player, accessories and a copy": a list
    narrow = next((k for k, w in enumerate(subject[:-1]) if w.endswith(",")
                   and bare_word(subject[k + 1]) in _NARROWING), None) if cut >= 0 else None
    if narrow is not None:
        # "teachers, particularly new teachers(,) should": the head is before it
        before = max((k for k, w in enumerate(subject[:narrow]) if w.endswith((",", ":"))),
                     default=-1)
        subject = [*subject[before + 1 : narrow], subject[narrow].rstrip(",")]
        cut = before
    else:
        subject = subject[cut + 1 :]  # "Another challenge: most states have ..." too
    if cut >= 0 and vague_subject([*subject, words[i], *rest]):
        return None  # "In hindsight, it could have been worse": the same bare "it"
    if bare_number(subject):
        return None  # "a further four", "the third": what they count is in another sentence
    if subject_ok(without_place_commas(subject)) and rest:
        inverted = question_words(subject, words[i], rest, backshift=backshift, common=common,
                                  reported=reported)
        return as_question(inverted) if inverted else None
    return None
