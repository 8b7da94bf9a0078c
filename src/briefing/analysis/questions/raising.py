"""Raised subjects: "X is said to be Y" -> "Is X Y?", "X is expected to win" -> "Will X
win?" (``raised_question``), and ``claim_question``, which words any claim as a question,
through a raising frame when it has one and by inversion (``phrasing``) otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Container

from briefing.analysis.phrasing import (
    UP_TO_NOW,
    bare_word,
    base_form,
    comma_in_noun_phrase,
    drop_asides,
    expand_contractions,
    is_participle,
    is_plural,
    name_list,
    number_unclear,
    question,
    there_plural,
    to_question,
)
from briefing.analysis.questions.words import (
    SUBJECT_ADVERBS,
)
from briefing.model import QuestionKind

RAISING = re.compile(
    r"^(?P<subj>.+?)\s+(?:(?P<aux>is|are|was|were|ha(?:s|ve)\s+been)\s+"
    r"(?:(?:widely|also|now|generally|still)\s+)?"
    r"(?P<verb>said|believed|thought|reported|alleged|rumou?red|expected|understood|"
    r"estimated|feared|suspected|likely|unlikely|tipped|predicted)"
    r"(?:\s+(?P<likely>likely|unlikely))?|"  # "are thought likely to propose"
    r"(?P<raise>appears?|seems?|appeared|seemed))"
    r"\s+to\s+(?P<rest>\S.*)$", re.I)


RAISING_WORDS = frozenset(("said", "believed", "thought", "reported", "alleged", "rumored",
                            "rumoured", "expected", "understood", "estimated", "feared",
                            "suspected", "likely", "unlikely", "tipped", "predicted", "to",
                            "appears", "appear", "seems", "seem", "appeared", "seemed"))


RAISED_KIND = {"said": QuestionKind.UNCONFIRMED, "reported": QuestionKind.UNCONFIRMED,
                "alleged": QuestionKind.UNCONFIRMED, "rumored": QuestionKind.UNCONFIRMED,
                "rumoured": QuestionKind.UNCONFIRMED, "likely": QuestionKind.HEDGED,
                "unlikely": QuestionKind.HEDGED, "appears": QuestionKind.HEDGED,
                "appear": QuestionKind.HEDGED, "seems": QuestionKind.HEDGED,
                "seem": QuestionKind.HEDGED, "appeared": QuestionKind.HEDGED,
                "seemed": QuestionKind.HEDGED}


_LOOKING_AHEAD = frozenset(("expected", "likely", "unlikely", "tipped", "predicted"))


_MENTAL = frozenset(("fear", "believe", "think", "hope", "feel", "doubt"))
"""After "is thought to" these make a question about a state of mind, not the claim."""


def raised_question(m: re.Match[str], common: Container[str], *,
                    backshift: bool = False) -> str | None:
    """"X is said to be Y" -> "Is X Y?"; "X is expected to win" -> "Will X win?".

    ``backshift``: the clause is reported speech in the past ("said he was likely to"),
    so a past "was expected to" still looks ahead."""
    subj = m.group("subj").split()
    cut = -1 if name_list(subj) else max((k for k, w in enumerate(subj) if w.endswith(",")),
                                         default=-1)
    if cut >= 0 and comma_in_noun_phrase(subj[: cut + 1], subj[cut + 1 :]):
        return None  # "a bundle including the player, accessories and ...": a list's head
    subj = subj[cut + 1 :]
    if subj and subj[-1].lower() in ("do", "does", "did") and len(subj) > 1:
        subj = subj[:-1]
    perfect = ""
    if len(subj) > 1 and subj[-1].lower() in ("had", "has", "have") and m.group("raise"):
        perfect = subj.pop().lower()  # "X had appeared to be": "Was X ...?"
    rest = m.group("rest").split()
    while len(rest) > 1 and rest[0].lower() in ("not", "never"):
        rest = rest[1:]  # "seem to not have absorbed": asked both ways, as the inverter does
    split: list[str] = []  # "appears to either be unaware of": the adverb goes after the verb
    while len(rest) > 1 and rest[0].islower() and (rest[0] in _SPLITTING or (
            rest[0].endswith("ly") and len(rest[0]) > 4)):
        split.append(rest.pop(0))
    if not subj or not rest or len(subj) > 9:
        return None
    aux = (m.group("aux") or "").lower()
    verb = (m.group("likely") or m.group("verb") or m.group("raise") or "").lower()
    if aux.startswith("ha") and verb != "tipped":
        return None  # "has long been expected to": no forecast of one event
    past = aux in ("was", "were") or verb in ("appeared", "seemed") or perfect == "had"
    if past and not backshift and verb in _LOOKING_AHEAD:
        return None  # a past expectation was met or not, or was a duty ("were expected to")
    adverbs: list[str] = split
    while len(subj) > 1 and subj[-1].lower() in SUBJECT_ADVERBS:
        adverbs.insert(0, subj.pop())  # "departments also appear" -> "are ... also"
    plural = is_plural(subj)
    if [w.lower() for w in subj] == ["there"]:
        plural = there_plural(rest[1:] if rest[0].lower() == "be" else rest)
    if number_unclear(subj):  # "Sanders": only the writer's verb tells its number
        told = _NUMBER_OF_VERB.get(aux.split()[0] if aux else verb)
        if told is None and verb not in _LOOKING_AHEAD and rest[0].lower() in ("be", "have"):
            return None  # "Sanders seemed to be": "Was Sanders" or "Were"? Ask nothing
        plural = bool(told)
    first, tail = rest[0].lower(), rest[1:]
    if first in _MENTAL and verb not in _LOOKING_AHEAD:
        return None  # "X is thought to fear Y": the question would ask about the fear
    if verb in _LOOKING_AHEAD:
        lead, tail = "will", rest
    elif first == "be":
        lead = ("were" if plural else "was") if past else ("are" if plural else "is")
    elif first == "have" and past and tail and bare_word(tail[0]) == "been":
        lead, tail = ("were" if plural else "was"), tail[1:]  # "appeared to have been hit"
    elif first == "have" and tail and bare_word(tail[0]) == "been" and len(tail) > 1 and not (
            UP_TO_NOW.search(" ".join(tail))):
        lead, tail = ("were" if plural else "was"), tail[1:]  # "is said to have been hurt"
    elif first == "have" and _participle_at(tail) < len(tail) and (
            past or not UP_TO_NOW.search(" ".join(tail))):
        # "seemed to have done well" -> "Did X do well?", not "Had X done well?"; a perfect
        # infinitive is a past too: "is thought to have started" -> "Did X start?"; adverbs
        # before the participle stay ("to have repeatedly turned down" -> "repeatedly turn")
        k = _participle_at(tail)
        base = base_form(tail[k])
        mark = tail[k][len(tail[k].rstrip(",;:")):]  # "backfired: By ..." keeps its colon
        lead, tail = "did", [*tail[:k], f"{base}{mark}" if base else tail[k], *tail[k + 1:]]
    elif first == "have":
        lead = "had" if past else ("have" if plural else "has")
    else:
        lead, tail = ("did" if past else ("do" if plural else "does")), rest
    # the inverter does the rest, so that trimming and casing stay in one place
    return to_question(" ".join([*subj, lead, *adverbs, *tail]), common=common)


_SPLITTING = frozenset(("either", "simply", "also", "still", "even", "just", "really",
                        "actually", "further", "ever", "only", "now", "soon", "already"))
"""Adverbs that split an infinitive ("to either be", "to simply ignore")."""


_NUMBER_OF_VERB = {"is": False, "was": False, "has": False, "appears": False, "seems": False,
                   "are": True, "were": True, "have": True, "appear": True, "seem": True}
"""The number a raising verb or its auxiliary shows ("is said to", "seem to")."""


def _participle_at(words: list[str]) -> int:
    """Where a past participle with a base form opens ``words`` after "-ly" adverbs
    ("repeatedly turned"), else ``len(words)``."""
    k = 0
    while k < len(words) - 1 and ((bare_word(words[k]).endswith("ly") and len(words[k]) > 4)
                                  or bare_word(words[k]) in ("once", "already", "just")):
        k += 1
    if k < len(words) and is_participle(words[k]) and base_form(words[k]):
        return k
    return len(words)


_CHANCE_FRAME = re.compile(
    r"^\s*(?:that\s+)?there\s+(?:is|was)\s+(?:also\s+|still\s+|now\s+)?(?:a|an|every|some)\s+"
    r"(?:(?:very\s+)?(?:strong|real|good|distinct|high|serious|fair|reasonable|slight|small|"
    r"growing|clear)\s+)?(?:possibility|chance|likelihood|probability|risk|danger|prospect)\s+"
    r"(?:that\s+)?(?=[\w\"\u201c])(?!of\b|to\b|for\b|in\b|if\b|and\b|but\b)", re.I)
"""A chance named before its clause: "there is a strong possibility (that) X could ..."."""


def without_chance_frame(claim: str) -> str:
    """``claim`` without a leading "there is a (strong) possibility (that)": X is what is
    open ("there is a real chance the talks could fail" -> "the talks could fail")."""
    m = _CHANCE_FRAME.match(claim)
    return claim[m.end():] if m is not None else claim


_UNSETTLED = re.compile(r"^[^,;]*?\s(?:is|are|was|were|remains?|remained)\s+(?:still\s+|also\s+)?"
                        r"(?:unclear|uncertain|unknown|undecided|in\s+doubt|"
                        r"not\s+(?:yet\s+)?(?:clear|known|certain))[\s.,;:!\"'\u201d]*$", re.I)
"""A claim that only says something is not known: no claim a reader could check."""


def claim_question(claim: str, *, backshift: bool = False,
                   common: Container[str] = frozenset()) -> str | None:
    """A claim as a question: "X is likely to V" -> "Will X V?", else by inversion.

    ``backshift``: the claim is reported with a past-tense verb ("said X was"); it is
    asked in the past, as reported (``to_question``'s ``reported``)."""
    if _UNSETTLED.search(claim):
        return None  # "they believe the timing is unclear": nothing is claimed to ask about
    claim = without_chance_frame(claim)
    raising = RAISING.match(expand_contractions(drop_asides(claim)))
    if raising is not None:
        q = raised_question(raising, common, backshift=backshift)
        if q is not None or (raising.group("verb") or "").lower() in _LOOKING_AHEAD:
            return q  # no "Is X meant to ..." for a past expectation
    return question(claim, reported=backshift, common=common)
