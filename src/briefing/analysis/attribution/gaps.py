"""Gaps: a claim made inside a relative clause lacks the noun the clause is about.

"Kherson is one of the regions that Russia says it is annexing": Russia's claim is
"it is annexing", with a gap where "the regions" belongs; "the plan, which she said
would fail, ..." gives "would fail". Read alone in the sources table such a claim says
nothing. The offsets of the claim stay as they are (they are the words of the text);
what the reader is shown fills the gap with the antecedent in square brackets, the way
an editor marks words added to a quotation: "it is annexing [the regions]", "[the plan]
would fail".

Found without a tagger: the source phrase stands right after "which", "whom", "who" or
a "that" after a noun ("the deal that he says ..."), not after a noun of saying ("the
claim that he says ...", a complement clause with no gap) or a verb ("shows that she
said ..."). The gap is the subject when the claim opens with a verb ("would fail",
"was thrusting", "helped her"); otherwise it is the object of the first verb that
nothing follows but a preposition, a conjunction, a time word or the end ("it is
annexing", "it expects to collect through the tax"), and at the end of the claim when no
such verb is found. After a comma ("the towns, which it said it would absorb, are
quiet") the claim ends at the clause's closing comma.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.attribution.cues import LEXICON
from briefing.analysis.attribution.phrases import phrase_start
from briefing.analysis.attribution.tokens import Token
from briefing.analysis.attribution.wordclasses import (
    AUXILIARIES,
    CLAUSE_WORDS,
    DETERMINERS,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
)

_RELATIVES = frozenset({"which", "whom", "who", "that"})
_PERSONAL_SUBJECTS = SUBJECT_PRONOUNS - DETERMINERS
"""Subject pronouns that are no determiner ("he", "who"; not "this", "one")."""
_COMPLEMENT_NOUNS = frozenset({
    "claim", "claims", "allegation", "allegations", "report", "reports", "fact", "news",
    "sign", "signs", "evidence", "belief", "view", "idea", "suggestion", "suggestions",
    "assurance", "assurances", "hope", "hopes", "fear", "fears", "warning", "warnings",
    "promise", "promises", "argument", "notion", "rumours", "rumors", "speculation",
    "indication", "indications", "concern", "concerns", "statement", "charge", "charges",
    "accusation", "accusations", "assertion", "insistence", "impression", "way", "time",
    "point", "moment", "day", "year", "reason", "so", "such", "now", "given",
})
"""Nouns (and words) whose "that" opens a complement clause, which has no gap."""
_FINITE = frozenset({
    "said", "went", "got", "made", "took", "came", "gave", "knew", "saw", "found", "told",
    "led", "won", "lost", "left", "kept", "held", "ran", "paid", "sent", "spent", "felt",
    "thought", "began", "became", "grew", "fell", "rose", "put", "set", "cut", "hit", "let",
    "meant", "brought", "bought", "caught", "fought", "built", "sold", "stood", "wrote",
    "drove", "needs", "remains", "remained", "belongs", "belonged", "costs", "cost",
})
"""Past tenses and verbs in -s that open a clause with no subject ("made him rich")."""
_AFTER_GAP = PREPOSITIONS - {"to", "of"} | TIME_WORDS | frozenset({
    "though", "although", "because", "when", "if", "as", "and", "but", "or", "so", "while",
    "through", "into", "before", "after", "since", "until", "unless", "last", "next",
    "soon", "now", "yet", "back", "there", "here", "himself", "herself", "itself",
    "themselves", "alone", "anyway", "too",
})
"""Words that can follow a verb whose object is missing: "annexing in the east"."""
_ADJECTIVES = frozenset({
    "clear", "sure", "high", "low", "far", "certain", "likely", "unlikely", "aware",
    "possible", "impossible", "obvious", "true", "evident", "glad", "happy", "afraid",
    "confident", "convinced", "worried", "concerned", "surprised", "apparent", "plain",
    "much", "many", "big", "bad", "good", "great", "strong", "long", "large", "little",
    "such", "so", "enough", "important", "unclear", "hopeful", "proud", "sorry",
})
"""Adjectives whose "that" opens a complement ("so high that", "made clear that")."""
_OBJECT_FIRST = frozenset({
    "call", "dub", "describe", "label", "brand", "name", "deem", "consider", "see", "view",
    "characterize", "portray", "support", "oppose", "favor", "praise", "criticize",
    "criticise", "attack", "condemn", "denounce", "reject", "endorse", "blame", "defend",
    "dismiss", "welcome", "applaud", "decry", "slam", "blast", "mock", "tout", "cite",
    "question", "accuse", "fault", "champion", "recommend", "propose", "thank", "discuss",
})
"""Verbs whose object comes right after them: "a bill that critics called [X] unfair"."""
_LONGEST = 8
"""Most words in an antecedent that is filled in."""
_BREAK = frozenset({",", ";", ":", "—", "–", "--", "(", ")", ".", "!", "?"})
_PARTITIVE = frozenset({"one", "some", "many", "all", "each", "none", "any", "most",
                        "several", "few", "both", "two", "three", "four", "five"})


@dataclass(frozen=True, slots=True)
class Gap:
    """Where a relative clause's claim lacks its noun, in token indices."""

    antecedent: tuple[int, int]
    """The noun phrase the relative clause is about ("the four regions")."""
    at: int
    """Token before which the antecedent belongs; the claim's end token when it goes last."""
    end: int
    """Where the claim ends (before the clause's closing comma, if it is set off)."""


def relative_gap(tokens: Sequence[Token], source: tuple[int, int],
                 content: tuple[int, int], floor: int, inside: Sequence[bool],
                 verb: str = "") -> Gap | None:
    """The gap of a claim whose source opens a relative clause, or None.

    ``source`` and ``content`` are token ranges; ``floor`` is the first token of the
    unit, ``inside`` marks tokens inside quotation marks and ``verb`` is the base form
    of the cue's verb. None too when the antecedent or the gap is not clear: a filler
    in the wrong place would mislead more than the bare claim.
    """
    k = source[0] - 1
    if k <= floor or tokens[k].lower not in _RELATIVES or content[0] < source[1]:
        return None
    if tokens[source[0]].lower in _RELATIVES:
        return None  # the relative pronoun is itself the source: no gap
    before = tokens[k - 1]
    b = before.lower
    if b in PREPOSITIONS or b in CLAUSE_WORDS:
        return None  # "in which he joked", "so that": the claim has no gap
    if tokens[k].lower == "that" and (
            not before.is_word or b in _COMPLEMENT_NOUNS or b in LEXICON
            or b in DETERMINERS or b in AUXILIARIES or b in SUBJECT_PRONOUNS
            or b in _ADJECTIVES or b.endswith(("ing", "ed", "ly"))):
        return None  # "claims that", "shows that", "made clear that": a complement
    aside = before.text == ","
    end = k - 1 if aside else k
    start = _antecedent_start(tokens, end, floor)
    if start is None:
        return None
    c0, c1 = content
    if aside:
        for i in range(c0, c1):
            if not inside[i] and tokens[i].text in (",", "—", "–", "--", ";"):
                c1 = i
                break
    if c1 <= c0:
        return None
    if verb in _OBJECT_FIRST or tokens[c0 - 1].lower in PREPOSITIONS:
        # "a bill that critics called [X] unfair", "a case he pushed for [X]"
        if tokens[c0].lower in OBJECT_PRONOUNS:
            return None  # "consider it ...": the object is there, no gap
        at: int | None = c0
    else:
        at = _gap_at(tokens, c0, c1)
    return Gap((start, end), at, c1) if at is not None else None


def _antecedent_start(tokens: Sequence[Token], end: int, floor: int) -> int | None:
    """Where the noun phrase before a relative word starts; None unless it is a plain
    noun phrase (no verb, clause or pronoun in it: "Bloomberg pegged him at $2bn")."""
    start, _ = phrase_start(tokens, end, floor)
    while floor < start < end and tokens[start - 1].lower in DETERMINERS:
        start -= 1  # "the four regions": the phrase stops at the number
    if start < end and tokens[start].lower in _PARTITIVE and start + 2 < end \
            and tokens[start + 1].lower == "of":
        start += 2  # "one of the regions that ...": the regions
    first = tokens[start] if start < end else None
    if first is not None and not first.is_capitalized and first.lower not in DETERMINERS \
            and not first.text[:1].isdigit():
        # "furious about several decisions", "feature for Garden State": a phrase that
        # opens with no article may have taken in a word before it; keep what follows
        # its last preposition
        for i in range(end - 2, start, -1):
            if tokens[i].lower in PREPOSITIONS:
                start = i + 1
                break
    if start >= end or end - start > _LONGEST:
        return None
    for t in tokens[start:end]:
        w = t.lower
        if t.is_capitalized and t.is_word:
            continue
        if w in _RELATIVES or w in OBJECT_PRONOUNS or w in _PERSONAL_SUBJECTS \
                or w in LEXICON or w in AUXILIARIES or (len(w) > 4 and w.endswith(("ed", "ing"))):
            return None
    return start


def _verb_like(tokens: Sequence[Token], i: int) -> bool:
    t = tokens[i]
    w = t.lower
    if not t.is_word or t.is_capitalized or w in PREPOSITIONS or w in DETERMINERS:
        return False
    prev = tokens[i - 1].lower
    return prev in AUXILIARIES or prev == "to" or w in _FINITE \
        or (len(w) > 4 and w.endswith(("ing", "ed")))


def _gap_at(tokens: Sequence[Token], c0: int, c1: int) -> int | None:
    """Token before which the missing noun belongs (``c1``: at the end), if found."""
    first = tokens[c0]
    w = first.lower
    if not first.is_capitalized and (w in AUXILIARIES or w in _FINITE or (
            len(w) > 4 and w.endswith("ed"))):
        return c0  # "would fail", "helped her": the gap is the subject
    if not first.is_capitalized and len(w) > 3 and w.endswith("s") and not w.endswith("ss") \
            and c0 + 1 < c1 and (tokens[c0 + 1].lower in DETERMINERS
                                 or tokens[c0 + 1].lower in OBJECT_PRONOUNS):
        return c0  # "proves the case", "gives them": a verb in -s before its object
    for i in range(c0 + 1, c1):
        if not _verb_like(tokens, i):
            continue
        if i + 1 >= c1 or tokens[i + 1].text in _BREAK or tokens[i + 1].lower in _AFTER_GAP:
            return i + 1
    return None


def fill(text: str, at: int, antecedent: str) -> str:
    """``text`` with ``[antecedent]`` put in at character ``at`` ("it is annexing [X]")."""
    words = antecedent.split()
    if words and words[0] in ("The", "A", "An", "This", "These", "Those"):
        words[0] = words[0].lower()
    shown = "[" + " ".join(words) + "]"
    if at <= 0:
        return shown + " " + text
    if at >= len(text):
        return text + " " + shown
    return text[:at].rstrip() + " " + shown + " " + text[at:].lstrip()
