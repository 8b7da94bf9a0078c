"""Word a claim as the yes/no question a reader would ask about it.

Template rewriting, no parser: the claim clause is cleaned (quotes, trailing
attributions, appositions and long coordinations trimmed), hedges are dropped, and the
subject and the first auxiliary swap places::

    Russia's retreat is to move troops to defensible positions
        -> Is Russia's retreat meant to move troops to defensible positions?
    Russia may be falling back to Kherson      -> Is Russia falling back to Kherson?
    the talks may have stalled                 -> Did the talks stall?
    the war could last years                   -> Could the war last years?
    (said) Russians were retreating            -> Were Russians retreating?
    (said) the dam had burst                   -> Did the dam burst?
    Ukraine retook two towns                   -> Did Ukraine retake two towns?

When no auxiliary or past-tense verb can be found the clause stays as it is behind a
grammatical frame ("Is it true that ...?"); when it does not look like a clause at all
the answer is None and the caller drops the candidate.

The package: ``words`` (what the rewriting knows of English words: auxiliaries, plurals,
verb forms, everyday words), ``claims`` (cleaning and trimming a claim before it is asked
about), ``gate`` (the checks that refuse a question the rewriting is not sure of) and, here,
the question forms themselves.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container

from briefing.analysis.lexical import content_words
from briefing.analysis.phrasing.claims import (
    MONTH_NAMES,
    clean_claim,
    drop_asides,
    expand_contractions,
    place_commas,
    trim_words,
)
from briefing.analysis.phrasing.gate import (
    dangling_that,
    drop_hedges,
    has_subject,
    is_broken,
    is_personal_word,
    name_list,
    past_condition,
    subject_ok,
    vague_object,
    verb_cut_off,
    without_cut_item,
    without_gerund_conjunct,
    without_stranded_joint,
    without_unpaired,
)
from briefing.analysis.phrasing.words import (
    AUX_DO,
    AUX_HAVE,
    AUXILIARIES,
    CLAUSE_WORDS,
    COMPARED,
    DETERMINERS,
    FUNCTION_WORDS,
    HEDGE_ADVERBS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    MODALS,
    MOVABLE,
    NOT_VERBS,
    NUMBER_WORDS,
    PREPOSITIONS,
    REPORTING_PAST,
    SENTENCE_ADVERBS,
    SUBJECT_PRONOUNS,
    THAN_SUBJECTS,
    VERBISH_S,
    bare_word,
    base_form,
    is_comparative,
    is_dictionary_word,
    is_everyday_word,
    is_finite_verb,
    is_participle,
    is_plural,
    is_present_verb,
    lemma_of,
    subject_case,
    there_plural,
    word_set,
)

__all__ = [
    "AUXILIARIES",
    "HEDGE_ADVERBS",
    "UP_TO_NOW",
    "bare_word",
    "base_form",
    "clean_claim",
    "comma_in_noun_phrase",
    "drop_asides",
    "expand_contractions",
    "has_subject",
    "is_comparative",
    "is_dictionary_word",
    "is_everyday_word",
    "is_finite_verb",
    "is_it_true",
    "is_participle",
    "is_plural",
    "is_present_verb",
    "name_list",
    "number_unclear",
    "question",
    "there_plural",
    "to_question",
    "trim_words",
]



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


def _no_run_on(rest: list[str]) -> list[str]:
    """The words after the inverted verb up to a second verb phrase ("and could make")."""
    for k in range(1, len(rest)):
        if rest[k].startswith(",") or (rest[k - 1].lower() in ("and,", "but,")):
            return rest[: k - 1]
        if bare_word(rest[k - 1]) in ("and", "but") and any(
                bare_word(w) in _FINITE and w[:1].islower() for w in rest[k : k + 5]):
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


def _coordinated_past(base: str, rest: list[str]) -> tuple[str, list[str]]:
    """The base of a past verb and the words after it, a second past verb joined by "and"
    or "or" kept with it: "drugged and robbed her" -> ("drug and rob", ["her"]) rather than
    "drug" with its object lost."""
    if len(rest) > 2 and bare_word(rest[0]) in ("and", "or") and rest[1][:1].islower() and (
            bare_word(rest[1]) not in AUXILIARIES):
        second = lemma_of(bare_word(rest[1]))
        if second is not None and not rest[1].endswith(","):
            return f"{base} {bare_word(rest[0])} {second}", _no_run_on(rest[2:])
    return base, _no_run_on(rest)


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
            return _no_run_on(obj) if obj and bare_word(obj[0]) in DETERMINERS else []
        return []
    return []


def _name_then_verb(words: list[str]) -> bool:
    """True when ``words`` open with a name and then a finite verb ("Bill Clinton proved")."""
    k = 0
    while k < min(len(words), 4) and words[k][:1].isupper() and not words[k].endswith(","):
        k += 1
    return 0 < k < len(words) and words[k][:1].islower() and (
        bare_word(words[k]) in _FINITE or lemma_of(bare_word(words[k])) is not None)


def _verb_s_after_and(rest: list[str], k: int) -> bool:
    """ "and (thoroughly) deserves the award": a present-tense verb after "and"."""
    j = k + 1 if bare_word(rest[k]).endswith("ly") and k + 1 < len(rest) else k
    w = bare_word(rest[j])
    after = bare_word(rest[j + 1]) if j + 1 < len(rest) else ""
    return (w in VERBISH_S or (w.endswith("s") and not w.endswith("ss"))) and (
        after in DETERMINERS or after in ("to", "that"))


def _past_again(rest: list[str]) -> bool:
    """True when another past-tense verb follows with no clause word between:
    "techniques introduced by the government led to" is no "Did ... introduce" question."""
    for w in rest:
        b = bare_word(w)
        if b in CLAUSE_WORDS or w.endswith(","):
            return False
        if w[:1].islower() and b in IRREGULAR_PAST and b not in IRREGULAR_PARTICIPLES:
            return True
        if w[:1].islower() and b in _FINITE:
            return True
    return False


def _run_on(words: list[str]) -> bool:
    """True when a finite verb follows the inverted one with no clause word between:
    "Will it cut production levels has also failed ...?"."""
    opened = False
    for w, nxt in itertools.zip_longest(words[2:], words[3:], fillvalue=""):
        b = bare_word(w)
        if b in ("and", "or") and bare_word(nxt) in DETERMINERS:
            continue  # "convergence and the emergence of X will": a pair of nouns, no clause
        if b in CLAUSE_WORDS or w.endswith(",") or b in _THAT_LESS:
            opened = True
        elif b in _FINITE and not opened and w[:1].islower():
            return True
    return False


_THAT_LESS = word_set("know think say believe feel hope admit realise realize find see hear learn "
                      "fear suspect insist warn")
"""Verbs whose clause needs no "that": "Did the police know the van was stolen?"."""
_FINITE = AUXILIARIES - {"have", "do"}
_MIN_QUESTION_WORDS = 4
"""Shorter questions ("Was it like?", "Will there not?") are fragments of a longer thought."""
_TRAILING = word_set("and or but if that which who the a an to of as with for because while not "
                     "like too also either when where whilst until unless than so whose -- - by "
                     "just")


_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:])")


def _sentence(words: list[str]) -> str:
    while len(words) > 2 and bare_word(words[-1]) in _TRAILING:
        words = words[:-1]
    text = " ".join(words).rstrip(" ,;:")
    if "," in text or ";" in text or ":" in text:
        text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    return text[0].upper() + text[1:] + "?"


def _is_participle(rest: list[str]) -> bool:
    """True when ``rest`` opens with a past participle, adverbs skipped ("completely changed")."""
    for word in rest[:4]:
        b = bare_word(word)
        if b in MOVABLE or b in ("not", "never", "yet", "long", "recently", "since", "simply",
                                 "ever", "so", "far"):
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


def _inverted(subject: list[str], aux: str, rest: list[str], *, backshift: bool,
              common: Container[str], reported: bool = False) -> list[str] | None:
    """Question words for ``subject aux rest``, changing the auxiliary where needed; None
    when the number of a new auxiliary cannot be told ("Sanders may have ...") or the verb
    after a modal is no base form."""
    subj = subject_case(subject, common)
    a = bare_word(aux)
    rest = _no_run_on(rest)
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
    there = bare_word(subj[0]) == "there" and len(subj) == 1
    if backshift:
        if a in ("was", "were") and not _is_participle(rest):
            a = ("are" if a == "were" else "is") if there or unclear else (
                "are" if plural else "is")
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
    elif a in ("is", "are", "was", "were") and not there and not reported and not (
            a in ("is", "was") and _gerund_subject(subj)) and not unclear:
        # the subject's head sets the number; but a gerund's "is" was the writer's: "educating
        # drivers is" (a gerund) against "rising prices are" (an adjective)
        a = ("are" if plural else "is") if a in ("is", "are") else ("were" if plural else "was")
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
    k = 0  # adverbs before the verb stay before it: "had quietly sold" -> "did X quietly sell"
    while k + 1 < len(rest) and (bare_word(rest[k]) in MOVABLE or (
            bare_word(rest[k]).endswith("ly") and len(bare_word(rest[k])) > 4)):
        k += 1
    adverbs, rest = rest[:k], rest[k:]
    if not rest:
        return None
    if bare_word(rest[0]) == "been" and len(rest) > 1:
        state = not _is_participle(rest[1:]) and bare_word(rest[1]) not in word_set("to being")
        short = len(subj) + len(rest) < _MIN_QUESTION_WORDS  # "Was X misled?": too short
        return [be, *subj, *adverbs, *rest[1:]] if (state or dated) and not short else None
    base = base_form(bare_word(rest[0]))
    joined = any(bare_word(w) in ("and", "or") and is_participle(nxt)
                 for w, nxt in itertools.pairwise(rest))  # "heard X and gone to Y"
    if dated and base is not None and rest[0][:1].islower() and not joined and (
            base not in _MENTAL_PAST):
        return ["did", *subj, *adverbs, base, *rest[1:]]
    return None


_AUX_ASIDE = re.compile(
    r"\b(will|would|can|could|may|might|should|must),\s+[a-z]+(?:\s+[a-z]+)?,\s+")
"""A short aside between a modal and its verb ("could, in turn, give"): it goes whole."""


def to_question(claim: str, *, backshift: bool = False, max_words: int = 14,
                common: Container[str] = frozenset(), reported: bool = False) -> str | None:
    """The yes/no question a reader would ask about ``claim``, or None if it is no clause.

    For a claim reported with a past-tense verb ("said Russians were retreating"):
    ``reported`` asks it in the past, as it was reported ("Were Russians retreating?",
    "said the dam had burst" -> "Did the dam burst?", "would" -> "Will"); ``backshift``
    moves it back to the present instead ("Are Russians retreating?"). ``common`` holds
    lower-case words that are no names (see ``subject_case``).
    """
    expanded = _AUX_ASIDE.sub(r"\1 ", expand_contractions(claim))
    text = clean_claim(expanded)
    full = without_gerund_conjunct(drop_hedges(text.split()))
    max_words += _opening_phrase(full)  # "Under the new bill, X would ...": not X's words
    words = without_unpaired(trim_words(full, max_words), len(full))
    if len(words) < len(full) or len(text) + 2 < len(expanded.strip()):
        words = without_stranded_joint(without_cut_item(words))
    if len(words) < 3 or any(is_personal_word(w) for w in words) or _vague_subject(words):
        return None
    if vague_object(words, trimmed=len(words) < len(full)):
        return None
    if verb_cut_off(words, full):
        return None
    if len(words) < len(full) and dangling_that(words):
        return None
    if 2 <= len(words) < len(full) and bare_word(words[-2]) == "to" and bare_word(
            full[len(words)]) in ("or", "and"):
        return None  # "attempted to access [or had accessed the data]": the object is cut
    q = _invert(words, backshift=backshift, common=common, reported=reported)
    if q is None or _run_on(q.split()) or len(q.split()) < _MIN_QUESTION_WORDS:
        return None
    return None if is_broken(q) or past_condition(q.split()) else q


_TIME_NOUNS = word_set("week weekend month year summer winter spring autumn season night morning "
                       "evening term decade century")


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


def _opening_phrase(words: list[str]) -> int:
    """How many words an opening prepositional phrase closed by a comma takes ("Under the
    new bill, police would ..." -> 4), which the inversion drops; 0 when there is none."""
    if not words or bare_word(words[0]) not in _PHRASE_OPENERS:
        return 0
    k = next((i for i, w in enumerate(words[:10]) if w.endswith(",")), None)
    return 0 if k is None or k < 2 or k + 4 > len(words) else k + 1  # not "For example,"


def _ly_adverb(word: str) -> bool:
    """True for an adverb made from an adjective ("clearly", "separately", "remarkably"),
    not a name in "-ly" ("Kelly", "Beverly") or an adjective ("weekly")."""
    if len(word) < 6 or not word.endswith("ly") or word in _LY_ADJECTIVES or not word.isalpha():
        return False
    stems = (word[:-2], word[:-3] + "y", word[:-1] + "e")  # clear-ly, happ-ily, remarkab-ly
    return any(is_everyday_word(st) or (len(st) > 4 and st.endswith(_ADJECTIVE_STEM_ENDS))
               for st in stems)


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
    if not _ly_adverb(first):
        return False
    return words[1][:1].isupper() or second in _SUBJECT_OPENERS or second[:1].isdigit()


def _opening_adverbial(words: list[str]) -> int:
    """How many words open the clause as an adverbial with no comma after it: "During the
    talks the bill ...", "Last week the club ..." -> the index of the subject's determiner
    (0 when there is none). Only a determiner marks where the subject starts, so that a
    name after the adverbial is never split from it. An opening adverb is one word
    ("Already the rebels ...", ``_opening_adverb``)."""
    if len(words) < 3:
        return 0
    if _opening_adverb(words):
        return 1 + _opening_adverbial(words[1:])
    first = bare_word(words[0])
    timed = first in ("last", "next", "this", "earlier", "later") \
        and bare_word(words[1]) in _TIME_NOUNS
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


_ANYONE = word_set("someone somebody anyone anybody everyone everybody one those")


def _skip_relative(words: list[str], i: int) -> list[str]:
    """A restrictive relative clause inside the subject, before a modal: "opposition from
    members who have attacked the plan could block it" -> "opposition from members could
    block it". The modal, not the relative clause's verb, opens the question."""
    r = next((k for k in range(1, i) if bare_word(words[k]) in ("who", "which", "that")
              and not words[k - 1].endswith(",")), None)
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


def _invert(words: list[str], *, backshift: bool, common: Container[str],
            reported: bool = False) -> str | None:
    skip = _opening_adverbial(words)
    if skip:
        words = words[skip:]
        if _vague_subject(words):
            return None  # "Financially it could ...": the same bare "it"
    i = _find_aux(words)
    if i is not None and i > 1:
        words = _skip_relative(words, i)
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
        if base is not None and words[k][:1].islower():
            # "knew" is never a participle: what follows it is its own clause
            past_only = bare_word(words[k]) in IRREGULAR_PAST and (
                bare_word(words[k]) not in IRREGULAR_PARTICIPLES) and base in _THAT_LESS
            if far is not None and not past_only and not any(
                    bare_word(w) in CLAUSE_WORDS or w.endswith(",") for w in words[k:far]):
                break  # "the number killed in the crash could rise": a participle
            subject = words[:k]
            base, rest = _coordinated_past(base, words[k + 1 :])
            if subject_ok(subject) and (past_only or not _past_again(rest)):
                return _sentence(["did", *subject_case(subject, common), base, *rest])
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
    subject = subject[cut + 1 :]  # "Another challenge: most states have ..." too
    if cut >= 0 and _vague_subject([*subject, words[i], *rest]):
        return None  # "In hindsight, it could have been worse": the same bare "it"
    if _bare_number(subject):
        return None  # "a further four", "the third": what they count is in another sentence
    if subject_ok(_without_place_commas(subject)) and rest:
        inverted = _inverted(subject, words[i], rest, backshift=backshift, common=common,
                             reported=reported)
        return _sentence(inverted) if inverted else None
    return None


_DATE_WORDS = _TIME_NOUNS | MONTH_NAMES | word_set(
    "day days weeks months years hours minutes monday tuesday wednesday thursday friday "
    "saturday sunday time")


def comma_in_noun_phrase(before: list[str], after: list[str]) -> bool:
    """True when the words up to a comma inside a subject open a list that goes on after it
    ("a bundle including the player, accessories and a copy"): the subject would lose its
    head if it started after the comma. Not an opening adverbial ("The next day,") nor an
    apposition before a name ("A serial offender, Jeremy Clarkson")."""
    bare = [bare_word(w) for w in before]
    return bool(bare) and bare[0] in DETERMINERS and not any(b in _DATE_WORDS for b in bare) \
        and any(bare_word(w) in ("and", "or") for w in after)


_COUNT_WORDS = NUMBER_WORDS - word_set("hundreds thousands dozens millions") | word_set(
    "a an the further other another more remaining final last latest first second third fourth "
    "fifth sixth one two three rest")


def _bare_number(subject: list[str]) -> bool:
    """True for a subject that is only a count or an order ("a further four", "the third",
    "two"): the noun it counts is in another sentence."""
    bare = [bare_word(w) for w in subject]
    if len(bare) == 1 and len(bare[0]) == 4 and bare[0][:2] in ("19", "20"):
        return False  # "2004 could be ...": a year
    return bool(bare) and bare[-1] not in ("a", "an", "the") and all(
        b in _COUNT_WORDS or b.replace(",", "").isdigit() for b in bare)


def _without_place_commas(subject: list[str]) -> list[str]:
    """``subject`` with the commas of a place set off by them taken out, for the tests of a
    noun phrase ("the museum in Dayton Ohio")."""
    n = place_commas(subject)
    if not n:
        return subject
    return subject[:-n] + [w.rstrip(",") for w in subject[-n:]]


def is_it_true(claim: str, *, frame: str = "Is it true that", max_words: int = 18,
               common: Container[str] = frozenset()) -> str | None:
    """``claim`` behind a grammatical frame: "Is it confirmed that ...?"; None if too short."""
    text = clean_claim(expand_contractions(claim))
    full = drop_hedges(text.split())
    words = trim_words(full, max_words)
    if len(words) < 4 or any(is_personal_word(w) for w in words) or _two_verbs(words):
        return None
    if bare_word(words[0]) in ("ever", "never") or (
            words[0][:1].islower() and bare_word(words[0]).endswith("ing")):
        return None  # "[denied] ever taking X": a gerund, no clause
    if len(words) < len(full) and dangling_that(words[1:]):
        return None  # "Is it true that the best argument is that the country's stability?"
    if not any(bare_word(w) in _FINITE or bare_word(w) in VERBISH_S or (
            w[:1].islower() and is_finite_verb(w)) for w in words[1:]):
        return None  # "Is it true that Go Set a Watchman?": no verb, no claim
    if _vague_subject(words) or vague_object(words, trimmed=len(words) < len(full)):
        return None
    q = _sentence([frame, *subject_case(words, common)])
    return None if is_broken(q) else q  # the frame keeps the grammar, not a cut-off part


_VAGUE = word_set("it this that")
_PRONOUN_VAGUE = word_set("he she they some others")
"""Subjects that say nothing out of their sentence, with no exception for what follows:
"Will they want to answer?", "Could some still find it harder?"."""
_ANY_VAGUE = _VAGUE | _PRONOUN_VAGUE


def _vague_subject(words: list[str]) -> bool:
    """True when the claim's subject is a bare "it", "this" or "that": out of its sentence
    the question ("Will it sound odd?") says nothing a reader can check."""
    if not words or bare_word(words[0]) not in _ANY_VAGUE:
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


def _two_verbs(words: list[str]) -> bool:
    """True for a clause with a second finite verb and no clause word between:
    "it is Holmes will race"."""
    first = next((i for i, w in enumerate(words) if bare_word(w) in _FINITE), None)
    return first is not None and _run_on(["-", "-", *words[first + 1 :]])


def question(claim: str, *, backshift: bool = False, common: Container[str] = frozenset(),
             reported: bool = False) -> str | None:
    """``to_question`` when the clause inverts, else the "Is it true that" frame."""
    return (to_question(claim, backshift=backshift, common=common, reported=reported)
            or _true_if_clause(claim, common))


def _true_if_clause(claim: str, common: Container[str]) -> str | None:
    """The "Is it true that" frame, only for a clause with a subject and a finite verb."""
    words = clean_claim(expand_contractions(claim)).split()
    k = next((i for i, w in enumerate(words[:9]) if is_finite_verb(w)), None)
    if k is None or k == 0 or k >= len(words) - 1 or not subject_ok(words[:k]):
        return None
    if bare_word(words[k]) in REPORTING_PAST or bare_word(words[k]) in VERBISH_S:
        return None  # "the bulletin said ...": a report of a report, no claim of its own
    return is_it_true(claim, common=common)
