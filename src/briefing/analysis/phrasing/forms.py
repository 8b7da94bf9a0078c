"""The question forms: ``to_question`` (the clause inverted: "Did the talks stall?"),
``is_it_true`` (the clause behind a frame: "Is it true that ...?") and ``question`` (the
first, else the second for a clause with a subject and a finite verb). Each cleans the
claim (``claims``), inverts it (``inversion``) and passes it through the gate (``gate``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container
from functools import lru_cache

from briefing.analysis.phrasing.auxiliaries import MIN_QUESTION_WORDS
from briefing.analysis.phrasing.claims import clean_claim, expand_contractions, trim_words
from briefing.analysis.phrasing.gate import (
    attributive,
    dangling_that,
    drop_hedges,
    is_broken,
    is_personal_word,
    past_condition,
    subject_ok,
    vague_object,
    verb_cut_off,
    without_cut_item,
    without_gerund_conjunct,
    without_stranded_joint,
    without_unpaired,
)
from briefing.analysis.phrasing.inversion import as_question, invert
from briefing.analysis.phrasing.openings import opening_phrase, opening_phrases
from briefing.analysis.phrasing.run_ons import FINITE, run_on, two_verbs
from briefing.analysis.phrasing.subjects import vague_subject
from briefing.analysis.phrasing.words import (
    REPORTING_PAST,
    VERBISH_S,
    bare_word,
    is_finite_verb,
    subject_case,
)

_AUX_ASIDE = re.compile(
    r"\b(will|would|can|could|may|might|should|must),\s+[a-z]+(?:\s+[a-z]+)?,\s+")
"""A short aside between a modal and its verb ("could, in turn, give"): it goes whole."""


_OPEN_WH = frozenset(("what", "whatever", "whoever", "whichever", "wherever", "whenever", "how",
                      "why", "who", "whom", "whose"))
"""Words that open a clause which, at the head of a claim, is its subject ("Why X may have
left remains a mystery", "Whatever X has made could ..."): the claim's first auxiliary
would be that clause's, and its question nonsense."""


def to_question(claim: str, *, backshift: bool = False, max_words: int = 14,
                common: Container[str] = frozenset(), reported: bool = False,
                hedge: tuple[str, int] | None = None) -> str | None:
    """The yes/no question a reader would ask about ``claim``, or None if it is no clause.

    For a claim reported with a past-tense verb ("said Russians were retreating"):
    ``reported`` asks it in the past, as it was reported ("Were Russians retreating?",
    "said the dam had burst" -> "Did the dam burst?", "would" -> "Will"); ``backshift``
    moves it back to the present instead ("Are Russians retreating?"). ``common`` holds
    lower-case words that are no names (see ``subject_case``).

    ``hedge``: the hedge the question is asked for, as its word and how many times that
    word stands in ``claim`` up to the hedge ("could", 1). When the cleaning or the trim
    takes the hedge away, it stood in an aside or a clause that was cut ("ads began in
    March, a timeline Clinton could still match"), and the question left would ask about a
    clause it does not hedge: None.
    """
    expanded = _AUX_ASIDE.sub(r"\1 ", expand_contractions(claim))
    text = clean_claim(expanded)
    if hedge is not None and hedge_count(text, 0, len(text), hedge[0]) < hedge[1]:
        return None
    full = without_gerund_conjunct(drop_hedges(text.split()))
    max_words += opening_phrase(full)  # "Under the new bill, X would ...": not X's words
    words = without_unpaired(trim_words(full, max_words), len(full))
    if len(words) < len(full) or len(text) + 2 < len(expanded.strip()):
        words = without_stranded_joint(without_cut_item(words))
        if hedge is not None and len(words) < len(full):
            kept, whole = " ".join(words), " ".join(full)
            if hedge_count(kept, 0, len(kept), hedge[0]) < min(
                    hedge[1], hedge_count(whole, 0, len(whole), hedge[0])):
                return None  # the trim took the hedge (a hedging adverb is dropped from both)
    if len(words) < 3 or any(map(is_personal_word, words)) or vague_subject(words):
        return None
    if bare_word(words[0]) in _OPEN_WH:
        return None  # "Whatever progress X has made could ...": a clause as the subject
    if vague_object(words, trimmed=len(words) < len(full)):
        return None
    if verb_cut_off(words, full):
        return None
    if len(words) < len(full) and dangling_that(words):
        return None
    if 2 <= len(words) < len(full) and bare_word(words[-2]) == "to" and bare_word(
            full[len(words)]) in ("or", "and"):
        return None  # "attempted to access [or had accessed the data]": the object is cut
    q = invert(words, backshift=backshift, common=common, reported=reported)
    if q is None or run_on(q.split()) or len(q.split()) < MIN_QUESTION_WORDS:
        return None
    return None if is_broken(q) or past_condition(q.split()) else q


@lru_cache(maxsize=64)
def _hedge_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'\u2019-]){re.escape(word)}(?:n['\u2019]t)?(?![\w'\u2019-])", re.I)


def hedge_count(text: str, start: int, end: int, word: str) -> int:
    """How many times ``word`` (lower case) stands in ``text[start:end]`` as a word, a
    negative contraction of it counted ("couldn't"): what ``to_question``'s ``hedge``
    needs."""
    return len(_hedge_word(word).findall(text, start, end))


def is_it_true(claim: str, *, frame: str = "Is it true that", max_words: int = 18,
               common: Container[str] = frozenset()) -> str | None:
    """``claim`` behind a grammatical frame: "Is it confirmed that ...?"; None if too short."""
    text = clean_claim(expand_contractions(claim))
    full = drop_hedges(text.split())
    full = full[opening_phrases(full):]  # "In 2004, the council sold ...": background
    words = trim_words(full, max_words)
    if len(words) < 4 or any(map(is_personal_word, words)) or two_verbs(words) or (
            bare_word(words[0]) in _OPEN_WH):
        return None
    if bare_word(words[0]) in ("ever", "never") or (
            words[0][:1].islower() and bare_word(words[0]).endswith("ing")):
        return None  # "[denied] ever taking X": a gerund, no clause
    if len(words) < len(full) and dangling_that(words[1:]):
        return None  # "Is it true that the best argument is that the country's stability?"
    if not any(bare_word(w) in FINITE or bare_word(w) in VERBISH_S or (
            w[:1].islower() and is_finite_verb(w)) for w in words[1:]):
        return None  # "Is it true that Go Set a Watchman?": no verb, no claim
    if vague_subject(words) or vague_object(words, trimmed=len(words) < len(full)):
        return None
    q = as_question([frame, *subject_case(words, common)])
    return None if is_broken(q) else q  # the frame keeps the grammar, not a cut-off part


def question(claim: str, *, backshift: bool = False, common: Container[str] = frozenset(),
             reported: bool = False) -> str | None:
    """``to_question`` when the clause inverts, else the "Is it true that" frame."""
    return (to_question(claim, backshift=backshift, common=common, reported=reported)
            or _true_if_clause(claim, common))


def _true_if_clause(claim: str, common: Container[str]) -> str | None:
    """The "Is it true that" frame, only for a clause with a subject and a finite verb."""
    words = clean_claim(expand_contractions(claim)).split()
    words = words[opening_phrases(words):]  # "In 2004, the council sold ...": its subject
    k = next((i for i, w in enumerate(words[:9]) if is_finite_verb(w) and not (
        i > 0 and attributive(words, i))), None)  # not "the country's famed [network]"
    if k is None or k == 0 or k >= len(words) - 1 or not subject_ok(words[:k]):
        return None
    if bare_word(words[k]) in REPORTING_PAST or bare_word(words[k]) in VERBISH_S:
        return None  # "the bulletin said ...": a report of a report, no claim of its own
    if any(bare_word(w) == "be" and bare_word(prev) != "to"
           for prev, w in itertools.pairwise(words[: k + 1])):
        return None  # "(suggested) X be fired": a proposal in the subjunctive, no claim
    return is_it_true(claim, common=common)
