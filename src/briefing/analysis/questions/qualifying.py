"""Which hedge cues leave a claim open to ask about: hedges, beliefs and reports of
enough weight, and not a counterfactual ("would have won"), a speech act ("some might
say"), advice, a concession, a comparison, a condition or a hedge on a modifier
(``_no_open_claim``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.analysis.hedges import MEDIUM, CueKind, HedgeCue, trigger_words
from briefing.analysis.phrasing import (
    HEDGE_ADVERBS,
    is_participle,
)
from briefing.analysis.questions.words import (
    TO_OR_THAT,
    absent,
)
from briefing.model import QuestionKind

KIND_OF_CUE = {CueKind.HEDGE: QuestionKind.HEDGED, CueKind.BELIEF: QuestionKind.SPECULATIVE,
                CueKind.REPORT: QuestionKind.UNCONFIRMED}


QUALIFYING_TRIGGERS = trigger_words(KIND_OF_CUE, MEDIUM) | {"could"}
"""Every word that can start a cue ``qualifying_in`` keeps (``find_cues``' ``wanted``)."""


# cues that are hedges in a sentence but say nothing about which claim is open
_NOT_QUESTION_CUES = frozenset((
    "whether", "if", "can", "should", "would", "potential", "possibility", "possibilities",
    "chance", "unknown", "question", "questioned", "according to", "estimated", "estimate",
    "estimates", "considered", "regarded", "indicate", "indicates", "indicated", "possible",
    "speculation", "speculative",
))


ADVICE = re.compile(r"\b(?:would|could)\s+be\s+(?:wise|unwise|well\s+advised|better\s+off|"
                     r"foolish|smart|right)\s+to\b")
"""Advice, not a forecast: "the party would be wise to act now"."""


def _qualifying(cues: Iterable[HedgeCue]) -> list[HedgeCue]:
    """Cues that make a claim an open question: hedges, beliefs, reports, not weasels."""
    out = []
    for c in cues:
        low = c.text.lower()
        if c.kind not in KIND_OF_CUE or low in _NOT_QUESTION_CUES:
            continue
        if c.weight >= MEDIUM or low == "could":
            out.append(c)
    return out


_NEGATED_ABILITY = re.compile(r"\s+[\"'\u201c\u2018]?(?:not|never|only|barely|hardly|see|hear|"
                              r"smell|feel|find|"
                              r"(?:\w+\s+)?(?:no|nothing|none)\b)")
"""After "could": "could not be brought", "could only watch", "could see": no guess."""


_COMPARED_BEFORE = re.compile(r"\b(?:than|as)\s+(?:\S+\s+){0,3}$")
"""Before "could": "larger than the government could afford"."""


_BEFORE_NOUN = re.compile(r"\b(?:the|a|an|of|among|for|with|to|by|from|in|on|many|more|most|all)"
                          r"\s+$", re.I)


def qualifying_in(text: str, cues: Iterable[HedgeCue]) -> list[HedgeCue]:
    """``_qualifying`` without negated ability ("the case could not be brought")."""
    out = []
    for c in _qualifying(cues):
        if c.text.lower().startswith("could") and (
            _NEGATED_ABILITY.match(text, c.end) or _COMPARED_BEFORE.search(text[:c.start])
        ):
            continue  # "could not be brought", "larger than the government could afford"
        if _no_open_claim(text, c):
            continue
        if c.text.lower() == "likely" and _BEFORE_NOUN.search(text[: c.start]) and not (
                TO_OR_THAT.match(text, c.end)):
            continue  # "among likely voters": an adjective on a noun, no hedge on a claim
        out.append(c)
    return out


# a modal before a verb of saying or opinion hedges a speech act, not a claim ("some might
# say", "one could argue"); "may as well" is advice; "may seem" concedes
_SPEECH_AFTER_MODAL = re.compile(
    r"\s+(?:(?:well|also|even|still)\s+)?(?:say|argue|think|consider|call|wonder|suggest|"
    r"claim|expect|imagine|ask|note|add|object|counter|agree|disagree|seem|sound|look|feel|"
    r"appear)\b|\s+as\s+well\b", re.I)


_CONCEDED = re.compile(r"[^;:.!?]*?(?:,|\s[-\u2013\u2014]+|[\u2013\u2014])\s*but\s+"
                       r"(?!also\b|not\b|only\b|rather\b)"
                       r"|[^,;:.!?]*?\s+but\s+(?:it|this|that|he|she|they|the|his|her|their)\s")
"""After "may (have)": "X may have missed out on gold, but Y has ...", "Robbie might have
scuffed it but it was a good goal": the hedged part is conceded background, and what the
sentence holds open is not it."""


_ADVERB_HAVE = re.compile(r"\s+(?:well|only|indeed|even|not)\s+have\b")


_SPEECH_AFTER_ANY_MODAL = re.compile(
    r"\b(?:could|might|may|would|can)\s+(?:well\s+|also\s+|even\s+|easily\s+)?$"
    r"|\b(?:could|might|may|can)\s+be\s+$", re.I)
"""Before a verb of saying: "one could argue that X", "it might be argued that X": a speech
act the writer entertains, no claim of anyone's."""


_ARGUING = frozenset(("argue", "argued", "say", "said", "claim", "claimed", "contend",
                      "contended", "suggest", "suggested", "assert", "asserted", "maintain"))


_PURPOSE = re.compile(r"\bso(?:\s+that)?\s+(?:[^\s,;]+\s+){1,6}$", re.I)
"""A purpose clause before a modal: "so (that) the crew could rest"."""


# A pattern searched in every clause opens with a lookahead on its first letter: it matches
# nothing more or less, and lets the scan pass over the other letters fast.
CONDITION_BEFORE = re.compile(r"(?=[iu])(?:^|\b)(?:if|unless)\s+[^,;]+,\s+(?:then\s+)?[^,;]*$",
                              re.I)
"""A condition that the cue's clause depends on: "If the dam breaks, the town could ..."."""


_INVERTED_CONDITION = re.compile(r"^\s*(?:Should|Were|Had)\s+\S+(?:\s+\S+){0,6}?\s+\w+[^,]*,")
"""An inverted condition: "Should the talks fail, ..."."""


OVERTAKEN = re.compile(r"(?=h)\bhad\s+(?:\w+ly\s+)?(?:believed|feared|thought|expected|hoped|"
                        r"assumed|suspected|predicted|forecast|anticipated)\s+(?:that\s+)?"
                        r"(?:[^,;]+\s+)?$", re.I)
"""A belief in the past perfect: the story has moved past it ("had feared X could")."""


_BARE_CONDITION = re.compile(r"(?:^[\"'\u201c\u2018]?|\b(?P<pre>[\w\u2019']+)\s+)(?:if|unless)\s+"
                             r"[^,;]+$", re.I)
"""A condition with no comma before the cue's clause: "that if X went unchecked Y could"."""


_WHETHER_IF = frozenset(("ask", "asks", "asked", "wonder", "wonders", "wondered", "know",
                         "knows", "see", "decide", "decided", "sure", "unsure", "clear", "unclear",
                         "whether", "as", "doubt", "doubts", "doubted", "check", "checked"))
"""Before these "if" means "whether": "asked if the deal could ...", no condition."""


_CONCESSIVE = re.compile(r"\b(?:while|whilst|although|though|whereas|even\s+if)\s+(?:[^,;]*)$",
                         re.I)


HAVE_AFTER = re.compile(r"\s+have\b")


INVERTED_HAD = re.compile(r"(?:^|[,(\u2014\u2013]|\s-+)\s*[Hh]ad\s+(?:it|he|she|they|we|you|"
                           r"there|the\s+[a-z]+)\s+(?:not\s+)?[a-z]+(?:ed|en|wn|ne|ng)\b"
                           r"|\bhad\s+(?:he|she|they|we)\s+(?:not\s+)?[a-z]+(?:ed|en|wn|ne)\b")
"""An inverted condition anywhere: "had it happened", "had the board known"; after a
personal pronoun with no comma before it too ("would have faced pressure to drop out had
he stayed": in a statement "had he" + participle is only ever a condition)."""


TO_AFTER = re.compile(r"\s+to\b")


_CONDITION_WORD = re.compile(r"\b(?:if|unless|otherwise|differently)\b", re.I)


_BE_BUT = re.compile(r"\s+be\s+(?!able\b)[^,;]*?,?\s+but\b")


_OPEN_WH = re.compile(r"(?=[unwakqe])\b(?:unclear|unknown|not\s+(?:clear|known|sure|certain)|"
                      r"wonder(?:s|ed)?|asks?|asked|know|questioned|questions?|explained?)\s+"
                      r"(?:when|how|why|where|what|who|which)\b[^,;]*$", re.I)


_HOW_MUCH = re.compile(r"(?=h)\bhow\s+(?:much|many|far|long|soon|well|big|quickly|badly)\b[^,;]*$",
                       re.I)


_HOW_CLAUSE = re.compile(r"(?=h)\bhow\s+(?!to\b)(?:(?!\bthat\b)[^,;])*$", re.I)


_MANNER_VERB = re.compile(r"\s+(?:to\s+)?(?:\w+ly\s+)?(?:fare|fares|do|does|go|goes|perform|"
                          r"performs|react|reacts|respond|responds|cope|copes|behave|behaves|"
                          r"play\s+out|turn\s+out|unfold|unfolds|evolve|evolves|feel|feels|"
                          r"look|looks|handle|vote|votes|end\s+up)\b", re.I)
"""A "how" clause up to the cue whose verb needs its "how" ("claims about how his party may
fare"): as a yes/no question it does not read ("Will his party fare?")."""


_EASILY_HAVE = re.compile(r"\s+(?:so\s+|very\s+|quite\s+)?easily\s+have\b")


_NO_CHANCE = re.compile(r"(?=n)\bno\s+(?:chance|way|possibility|prospect)\s+(?:that\s+)?[^,;]*$",
                        re.I)


_MEANT = re.compile(r"\bmeant\s+(?:that\s+)?[^,;]*$", re.I)


_INCLUDING = re.compile(r"(?:\bincluding|\bwith|\bsuch\s+as)\s*$", re.I)


_GERUND_AFTER = re.compile(r"\s+\w+ing\b")


_WITH_SUBJECT = re.compile(r"\bwith\s+(?:[^\s,;]+\s+){1,5}$", re.I)
"""The subject of an absolute phrase: "with the agency [apparently providing help]"."""


_RULED = re.compile(r"(?=r)\bruled\s+(?:that\s+)?[^,;]*$", re.I)


_ONCE_HAVE = re.compile(r"\s+once\s+have\b")


_BUT_DID_NOT = re.compile(r"\bbut\s+(?:did\s+not|didn't|did\s+n't|never|chose\s+not|failed)\b")


_IF_CONVICTED = re.compile(r"(?=i)\bif\s+(?:convicted|found\s+guilty)\b", re.I)


_TO_BEFORE = re.compile(r"\bto\s*$")


_DESCRIBED = re.compile(r"\s+(?:best\s+)?be\s+(?:described|called|termed|seen\s+as)\b")


_IN_TIME = re.compile(r"\b(?:much\s+earlier|sooner|in\s+time)\b")


_LATER = re.compile(r"\b(?:later|earlier)\b")


_DEGREE_BEFORE = re.compile(r"\b(?:more|less|most|least|as|equally)\s*$", re.I)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|my|your|this|these|"
                                r"those)\s+$", re.I)


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:after|for|of|by|over|before|without|while|when|since|in|on)\s*$", re.I)


_QUOTE_OPENS = re.compile(r"(?:^|\s)[\"\u201c\u2018']\s*(?:(?:yes|no|well|oh),?\s+)?$", re.I)


_QUOTE_CLOSES = re.compile(r"(?:\s+(?:not|so|yes|no))?[,.!?]*\s*[\"\u201d\u2019']", re.I)
"""A hedge that is a whole quotation: "\u201cProbably,\u201d she said": an answer to a question
the sentence does not hold, so there is no claim to ask about."""
"""The patterns of ``_no_open_claim``, in its order. Those searched before the cue match
no comma or semicolon up to its end, so only the text after the last one is read."""


def _no_open_claim(text: str, cue: HedgeCue) -> bool:
    """True when a modal or adverb cue frames no claim a reader could check: a counterfactual
    ("would have won", "if ..., it could have"), a one-word answer in quotation marks
    ("\u201cProbably,\u201d she said"), a speech act ("some might say"), advice
    ("may as well"), a concession ("while it may be hard, ..."), a comparison ("more likely
    than") or a hedge on a gerund ("after allegedly posting")."""
    low = cue.text.lower()
    after, before = text[cue.end:], text[: cue.start]
    if low in HEDGE_ADVERBS and _QUOTE_OPENS.search(before) and _QUOTE_CLOSES.match(after):
        return True  # "\u201cProbably,\u201d she said, before ...": a one-word answer
    # what follows the last comma or semicolon: the clause of the cue (a comma is no word
    # character, so a pattern's "\b" reads the same there as in ``before``)
    clause = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    last = low.split()[-1]
    if low in ("would", "could", "might", "may") and HAVE_AFTER.match(after):
        low, after = f"{low} have", re.sub(r"^\s+have", "", after)  # the cue stops at the modal
    if low in ("may", "might", "could", "would") and _SPEECH_AFTER_MODAL.match(after):
        return True
    if low in _ARGUING and _SPEECH_AFTER_ANY_MODAL.search(clause):
        return True  # "one could argue that X": a speech act, no claim
    if (low in ("may have", "might have") or (
            low in ("may", "might") and _ADVERB_HAVE.match(after))) and _CONCEDED.match(after):
        return True  # "X may have lost the final, but Y has ...": a concession
    if low == "would have" and TO_AFTER.match(after):
        return True  # "the proof would have to be high": a requirement, not a forecast
    nxt = [w for w in after.split()[:2] if not w.lower().endswith("ly")][:1]
    if low == "would have" and nxt and is_participle(nxt[0]):
        return True  # counterfactual: "the plane would have crashed sooner"
    if low in ("could have", "might have", "may have", "would have") and (
            _CONDITION_WORD.search(text) or ("had" in text and INVERTED_HAD.search(text))):
        # "if the engines had stalled, the plane could have ...", "had the board known, the
        # bank could have ...": a counterfactual (in dashes, see ``hedged_question``)
        return True
    if last in ("may", "might", "could", "likely", "probably") and _CONCESSIVE.search(clause) \
            and "," in after:
        return True  # "while it may be hard to see, the ...": the main clause follows
    if low in ("may", "might") and _BE_BUT.match(after):
        return True  # "the cup may be a fine prize, but ...": a concession
    if _OPEN_WH.search(clause):
        return True  # "it is unclear when a trial could start": the open part is "when"
    if _HOW_MUCH.search(clause) or (_HOW_CLAUSE.search(clause) and _MANNER_VERB.match(after)):
        return True  # "sceptical about how much difference X could make": a wh-clause
    if low in ("would", "could") and ADVICE.match(low + after):
        return True  # "the party would be wise to act now": advice, not a forecast
    if low in ("could", "might") and _EASILY_HAVE.match(after):
        return True  # "they could so easily have won": a counterfactual
    if _NO_CHANCE.search(clause):
        return True  # "there was no chance that a virus could ...": a denial, not a guess
    if low == "could" and _MEANT.search(clause):
        return True  # "the deals meant that people could watch": a past ability, no guess
    if last in ("perhaps", "possibly", "probably", "seemingly", "apparently") and (
            _INCLUDING.search(clause)
            or (before.rstrip().endswith(",") and _GERUND_AFTER.match(after))):
        return True  # "including perhaps two ...", ", perhaps recognizing ...": a modifier
    if last in HEDGE_ADVERBS and _WITH_SUBJECT.search(clause) and _GERUND_AFTER.match(after):
        return True  # "..., with the agency apparently providing help": an absolute phrase
    if _RULED.search(clause):
        return True  # "the court ruled that the rules could ...": a ruling, not a guess
    if low in ("may", "might", "could") and _ONCE_HAVE.match(after):
        return True  # "may once have seemed far away": a past view the story sets aside
    if low in ("could have", "might have") and _BUT_DID_NOT.search(after):
        return True  # "could have saved but didn't": a counterfactual
    if _IF_CONVICTED.search(text):
        return True  # a penalty the law sets, not a claim
    if last in ("could", "might") and _PURPOSE.search(clause):
        return True  # "so that the seats could be removed": a purpose, no claim
    conditional = not absent(("if", "unless"), before)  # what the two patterns need
    if (conditional and CONDITION_BEFORE.search(before)) or (
            _INVERTED_CONDITION.match(text) and "," in before):
        return True  # "if the deal fails, the mill could close": asked without its condition
    bare_if = _BARE_CONDITION.search(before) if conditional else None
    if bare_if is not None and (bare_if.group("pre") or "").lower() not in _WHETHER_IF:
        return True  # "said that if the problem went unchecked e-mail could ...": no comma
    if last in HEDGE_ADVERBS and _TO_BEFORE.search(clause):
        return True  # "loopholes X used to possibly avoid tax": a hedge inside an infinitive
    if OVERTAKEN.search(clause):
        return True  # "fans had feared the roof could leak": a belief the story has overtaken
    if _DESCRIBED.match(after):
        return True  # "might best be described as ...": wording, not a claim
    if (low.endswith(" have") and _IN_TIME.search(after)) or (
            low in ("might have", "could have") and _LATER.search(after)):
        return True  # "might have been found sooner": a counterfactual
    if last == "likely" and _DEGREE_BEFORE.search(clause):
        return True  # "women were less likely than men to ...": a comparison of rates
    if last in HEDGE_ADVERBS and _DETERMINER_BEFORE.search(clause):
        return True  # "its seemingly endless run": the hedge is on a modifier of a noun
    # "suspended after allegedly posting": the hedge is on the gerund
    return last in ("allegedly", "reportedly", "supposedly", "purportedly") and (
        _PREPOSITION_BEFORE.search(clause) is not None)
