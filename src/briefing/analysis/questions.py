"""Open questions: hedged, speculative, unconfirmed or contested claims, as questions.

Each body sentence is read by the uncertainty detector (``hedges``); a sentence with a
hedge ("may", "it's possible that"), a belief ("troops thought", "is expected to") or an
unconfirmed report ("reportedly", "is said to") becomes a candidate. Claims of anonymous
sources ("a pro-Russian official said") are unconfirmed, whether the sources analysis
marks the source anonymous or the wording shows it; contradictions between two sources
come from ``contested``. ``phrasing`` words each claim as a question.

Per sentence one question (contested before unconfirmed before the rest); near-duplicates
(token overlap) go; ``options.max_open_questions`` keeps the strongest; the result is in
document order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass

from briefing.analysis.contested import contested
from briefing.analysis.hedges import MEDIUM, CueKind, HedgeCue, find_cues, uncertainty_score
from briefing.analysis.lexical import content_words, stem
from briefing.analysis.phrasing import (
    AUXILIARIES,
    HEDGE_ADVERBS,
    UP_TO_NOW,
    base_form,
    clean_claim,
    drop_asides,
    expand_contractions,
    has_subject,
    is_comparative,
    is_everyday_word,
    is_finite_verb,
    is_it_true,
    is_participle,
    is_plural,
    question,
    there_plural,
    to_question,
)
from briefing.model import Article, OpenQuestion, QuestionKind, Source
from briefing.options import AnalysisOptions

DUPLICATE_OVERLAP = 0.6
"""Questions whose content words overlap this much (Jaccard) are near-duplicates."""

_RANK = {QuestionKind.CONTESTED: 3.0, QuestionKind.UNCONFIRMED: 2.0,
         QuestionKind.SPECULATIVE: 1.5, QuestionKind.HEDGED: 1.0}

_KIND_OF_CUE = {CueKind.HEDGE: QuestionKind.HEDGED, CueKind.BELIEF: QuestionKind.SPECULATIVE,
                CueKind.REPORT: QuestionKind.UNCONFIRMED}

# cues that are hedges in a sentence but say nothing about which claim is open
_NOT_QUESTION_CUES = frozenset((
    "whether", "if", "can", "should", "would", "potential", "possibility", "possibilities",
    "chance", "unknown", "question", "questioned", "according to", "estimated", "estimate",
    "estimates", "considered", "regarded", "indicate", "indicates", "indicated", "possible",
    "speculation", "speculative",
))
_FRAME_KIND = {
    "possible": QuestionKind.HEDGED, "likely": QuestionKind.HEDGED,
    "unlikely": QuestionKind.HEDGED, "probable": QuestionKind.HEDGED,
    "conceivable": QuestionKind.HEDGED, "plausible": QuestionKind.HEDGED,
    "unclear": QuestionKind.HEDGED, "clear": QuestionKind.HEDGED,
    "uncertain": QuestionKind.HEDGED, "unknown": QuestionKind.HEDGED,
    "seen": QuestionKind.HEDGED, "signs": QuestionKind.HEDGED,
    "indications": QuestionKind.HEDGED, "suggestions": QuestionKind.HEDGED,
    "thought": QuestionKind.SPECULATIVE, "believed": QuestionKind.SPECULATIVE,
    "expected": QuestionKind.SPECULATIVE, "understood": QuestionKind.SPECULATIVE,
    "predicted": QuestionKind.SPECULATIVE, "forecast": QuestionKind.SPECULATIVE,
    "feared": QuestionKind.SPECULATIVE, "suspected": QuestionKind.SPECULATIVE,
    "fears": QuestionKind.SPECULATIVE, "speculation": QuestionKind.SPECULATIVE,
    "said": QuestionKind.UNCONFIRMED, "reported": QuestionKind.UNCONFIRMED,
    "rumored": QuestionKind.UNCONFIRMED, "rumoured": QuestionKind.UNCONFIRMED,
    "alleged": QuestionKind.UNCONFIRMED, "reports": QuestionKind.UNCONFIRMED,
    "rumors": QuestionKind.UNCONFIRMED, "rumours": QuestionKind.UNCONFIRMED,
    "claims": QuestionKind.UNCONFIRMED,
}
_FRAMES = (
    re.compile(r"^(?:it|this)\s+(?:is|was|seems|seemed|appears|appeared|remains|remained)\s+"
               r"(?:(?:also|still|quite|entirely|very|highly|far\s+from|not|yet|now)\s+)*"
               r"(?P<word>possible|likely|unlikely|probable|conceivable|plausible|unclear|clear|"
               r"uncertain|unknown|thought|believed|said|reported|rumou?red|alleged|expected|"
               r"understood|feared|suspected|predicted|forecast)\s+(?:that|whether|if)\s+", re.I),
    re.compile(r"^(?:it|this)\s+(?:is|was|seems|seemed)\s+(?:(?:also|still|quite|very|highly)\s+)?"
               r"(?P<word>likely|unlikely|probable)\s+(?=(?:the|a|an|his|her|its|their|these|"
               r"those|some|many|most|[A-Z][\w\u2019'\-]*)\s)", re.I),
    re.compile(r"^[Ii]t\s+(?:is|was)\s+(?:(?:also|now|widely|generally)\s+)?(?P<word>thought|"
               r"believed|said|reported|understood|feared|suspected|rumou?red|alleged)\s+"
               r"(?=(?:the|a|an|his|her|its|their|these|those|some|many|most|"
               r"[A-Z][\w\u2019'\-]*)\s)"),  # "it is thought the fire started ...": no "that"
    re.compile(r"^(?:it\s+)?remains\s+to\s+be\s+(?P<word>seen)\s+(?:whether|if)\s+", re.I),
    re.compile(r"^there\s+(?:are|were|have\s+been|is)\s+(?:\w+\s+)?"
               r"(?P<word>reports|rumou?rs|signs|indications|suggestions|claims|fears|"
               r"speculation)\s+that\s+", re.I),
    re.compile(r"^(?P<word>perhaps|maybe|possibly|probably|presumably|apparently|reportedly|"
               r"allegedly|conceivably),?\s+", re.I),
)
_ADVICE = re.compile(r"\b(?:would|could)\s+be\s+(?:wise|unwise|well\s+advised|better\s+off|"
                     r"foolish|smart|right)\s+to\b")
"""Advice, not a forecast: "the party would be wise to act now"."""
_AS_LABEL = frozenset(("seen", "regarded", "viewed", "described", "known", "treated", "considered",
                       "billed", "hailed", "branded", "labelled", "labeled", "dubbed"))
"""Before "as" these take a noun ("seen as a rival"), not a clause."""
_WORDING_HEADS = frozenset(("phrase", "term", "word", "words", "name", "label", "title", "slogan",
                            "wording", "expression"))
"""What "suggests" after these reports is a connotation, not a claim ("the phrase suggests")."""
_ADVERB_KIND = {"reportedly": QuestionKind.UNCONFIRMED, "allegedly": QuestionKind.UNCONFIRMED}
_RAISING = re.compile(
    r"^(?P<subj>.+?)\s+(?:(?P<aux>is|are|was|were|ha(?:s|ve)\s+been)\s+"
    r"(?:(?:widely|also|now|generally|still)\s+)?"
    r"(?P<verb>said|believed|thought|reported|alleged|rumou?red|expected|understood|"
    r"estimated|feared|suspected|likely|unlikely|tipped|predicted)|"
    r"(?P<raise>appears?|seems?|appeared|seemed))"
    r"\s+to\s+(?P<rest>\S.*)$", re.I)
_COMPLEMENT_VERBS = frozenset((
    "thought", "think", "thinks", "believe", "believes", "believed", "said", "says", "say",
    "reported", "reports", "claimed", "claims", "claim", "suggested", "suggests", "suggest",
    "suspect", "suspects", "suspected", "speculated", "speculate", "speculates", "fear",
    "fears", "feared", "expect", "expects", "expected", "argued", "argues", "argue",
    "alleged", "alleges", "allege", "warned", "warns", "told", "added", "insisted",
))
_CLAUSE_OPENERS = frozenset((
    "that", "because", "if", "when", "while", "although", "though", "since", "as", "unless",
    "whereas", "once", "saying", "arguing", "warning", "claiming", "predict", "predicts",
    "predicted", "forecast", "forecasts", "believing", "fearing", "suggesting", "so", "how",
    "why", "whether", "where",
))
_PERSONAL = frozenset(("i", "we", "you"))
_OTHER_REPORTING = frozenset((
    "admitted", "conceded", "acknowledged", "noted", "stressed", "explained", "revealed",
    "announced", "stated", "wrote", "disclosed",
))
"""Past reporting verbs that open a reported clause but are no cue themselves."""
_SPLICE_SUBJECTS = frozenset(("it", "he", "she", "they", "there"))
"""A pronoun after a comma and a finite verb opens a second main clause (a comma splice)."""
_FALSELY = frozenset(("wrongly", "mistakenly", "falsely", "erroneously", "naively", "never"))
"""Before a verb of belief these say the belief was false: "he wrongly thought X"."""
_BACKGROUND = frozenset(("after", "when", "because", "since", "before", "until", "as", "once",
                         "while", "though", "although"))
"""A belief in a clause opened by these is the story's background ("after he thought ...")."""
_SUBORDINATORS = frozenset(("because", "if", "when", "while", "although", "though", "since",
                            "as", "unless", "whereas", "once"))
_MODAL_CUES = frozenset(("may", "might", "could", "have", "be"))
"""Last words of modal cues ("may", "could have", "could be")."""
_RAISING_WORDS = frozenset(("said", "believed", "thought", "reported", "alleged", "rumored",
                            "rumoured", "expected", "understood", "estimated", "feared",
                            "suspected", "likely", "unlikely", "tipped", "predicted", "to",
                            "appears", "appear", "seems", "seem", "appeared", "seemed"))
_RAISED_KIND = {"said": QuestionKind.UNCONFIRMED, "reported": QuestionKind.UNCONFIRMED,
                "alleged": QuestionKind.UNCONFIRMED, "rumored": QuestionKind.UNCONFIRMED,
                "rumoured": QuestionKind.UNCONFIRMED, "likely": QuestionKind.HEDGED,
                "unlikely": QuestionKind.HEDGED, "appears": QuestionKind.HEDGED,
                "appear": QuestionKind.HEDGED, "seems": QuestionKind.HEDGED,
                "seem": QuestionKind.HEDGED, "appeared": QuestionKind.HEDGED,
                "seemed": QuestionKind.HEDGED}
_PERFECT = frozenset(("has", "have", "\u2019ve", "'ve"))


def _reported_past(text: str, verb_end: int) -> bool:
    """True when the verb of saying or belief that ends at ``verb_end`` is in the simple
    past ("alleged that X was"), so the reported clause is backshifted; not after "has"
    ("has alleged that X was": the "was" is a real past)."""
    words = [w.lower() for w in _WORD.findall(text[:verb_end])[-3:]]
    if not words or words[-1] not in _PAST_VERBS:
        return False
    before = [w for w in words[:-1] if w not in _SUBJECT_ADVERBS]
    if not (before and (before[-1] in _PERFECT or before[-1].endswith(("'ve", "\u2019ve")))):
        return True
    # "has suggested X would be": "would" is still a future seen from the past -> "Will"
    after = [w.lower() for w in _WORD.findall(text[verb_end : verb_end + 80])[:8]]
    return next((w for w in after if w in AUXILIARIES), "") == "would"


_PAST_VERBS = frozenset(("thought", "believed", "said", "reported", "claimed", "suggested",
                         "suspected", "speculated", "feared", "expected", "argued", "alleged",
                         "warned", "told", "added", "insisted"))
_WHAT_APPEARS = re.compile(r"\bwhat\s+(?:appears|appeared|seems|seemed|looks|looked)\s+"
                           r"(?:to\s+(?:be|have\s+been)|like)\s+", re.I)
"""A hedge on one noun phrase: the claim is the sentence with the hedge taken out."""
_LOOKING_AHEAD = frozenset(("expected", "likely", "unlikely", "tipped", "predicted"))
_FAVOURITE = re.compile(r"\btipped\s+as\s+(?:the\s+|a\s+)?(?:clear\s+|strong\s+)?"
                        r"(?:favou?rite|front-?runner)\s+to\s+", re.I)
""""tipped as the favourite to win" says "tipped to win"."""
_EXPECT_TO = re.compile(r"\s+(?P<np>(?:[\w\u2019'\-.]+\s+){1,6}?)to\s+(?P<verb>[a-z]+)\b")
""""expect the club to win": the subject of the expected event and its verb."""
_MENTAL = frozenset(("fear", "believe", "think", "hope", "feel", "doubt"))
"""After "is thought to" these make a question about a state of mind, not the claim."""
_SUBJECT_ADVERBS = frozenset(("also", "now", "still", "even", "only", "already", "generally",
                              "widely", "often", "then", "usually"))
_WORD = re.compile(r"[\w\u2019'\-.]+")

# anonymous sources: "a pro-Russian official said", "sources say", "said a senior aide"
# people who pass on information, not commentators: "analysts said" is an opinion
_ROLES = (r"officials?|sources?|diplomats?|spokes(?:man|woman|person)|insiders?|aides?|"
          r"officers?|lawmakers?|advisers?|advisors?|persons?|people|members?|employees?|"
          r"residents?|witnesses|witness|commanders?")
_REPORTING = r"said|says|say|told|claimed|claims|claim|added|reported|believes|believe|warned"
_ANON_AFTER = re.compile(rf"\b(?P<role>(?i:{_ROLES}))(?P<tail>\s+(?:familiar|close)\s+"
                         rf"(?:with|to)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?)?\s+"
                         rf"(?P<verb>{_REPORTING})\b")
_ANON_BEFORE = re.compile(rf"\b(?P<verb>said|says|according\s+to)\s+(?P<np>(?:[\w.\-\u2019']+"
                          rf"\s+){{0,4}}?(?:{_ROLES}))\b")
_ANON_DETERMINERS = frozenset(("a", "an", "one", "two", "three", "four", "several", "some",
                               "many", "other", "unnamed", "anonymous", "multiple"))
_DEFINITE = frozenset(("the", "this", "that", "these", "those", "his", "her", "its", "their",
                       "our", "my", "your"))
_ARTICLES = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "my", "your"))
"""Before these a past form is an adjective ("the alleged agent"), not a verb of saying."""
_NP_BOUNDARY = frozenset(("and", "but", "while", "as", "because", "though", "although",
                          "that", "when", "after", "before", "since", "so"))

# Which attributed statements are open: a claim is unconfirmed when its source cannot be
# checked by the reader: unnamed people who pass on information ("a senior official",
# "officials", "witnesses", "sources", "two people familiar with the talks"), a leaked
# document, or anyone the sentence says spoke anonymously. On-record reporting by a role
# ("a spokeswoman", "the judge", "the ministry"), a named person or a pronoun for one, a
# commentator's opinion ("analysts said") and an agentless passive ("is expected") are not.
_OPEN_HEADS = frozenset((
    "official", "officials", "diplomat", "diplomats", "insider", "insiders", "aide", "aides",
    "officer", "officers", "lawmaker", "lawmakers", "adviser", "advisers", "advisor",
    "advisors", "person", "persons", "people", "member", "members", "employee", "employees",
    "resident", "residents", "witness", "witnesses", "commander", "commanders", "associate",
    "associates", "investigator", "investigators",
))
_SOURCE_HEADS = frozenset(("source", "sources"))
_DOCUMENT_HEADS = frozenset(("memo", "memos", "document", "documents", "dossier", "cable",
                             "cables", "paper", "papers", "report", "draft"))
_UNPUBLISHED = frozenset(("leaked", "internal", "confidential", "secret", "unpublished"))
_ANONYMITY = re.compile(
    r"\b(?:not\s+(?:authori[sz]ed|permitted|allowed)\s+to\s+(?:speak|talk|comment|discuss)|"
    r"condition\s+of\s+anonymity|(?:not|declined)\s+(?:want\s+)?to\s+be\s+(?:named|identified)|"
    r"asked\s+not\s+to\s+be\s+(?:named|identified)|speaking\s+anonymously|"
    r"anonymous(?:ly)?|unnamed|unidentified)\b", re.I)
_ROLE_WORDS = ("official", "source", "diplomat", "spokes", "insider", "aide", "officer",
               "lawmaker", "advis", "person", "people", "member", "employee", "resident",
               "witness", "commander")
"""What each word of ``_ROLES`` starts with."""
_ANONYMITY_WORDS = ("authori", "permitted", "allowed", "anonym", "named", "identified")
"""A word that each match of ``_ANONYMITY`` holds."""
_NOT_REPORTERS = frozenset(("he", "she", "it", "they", "we", "i", "you", "who", "which",
                            "that", "this", "these", "those", "there", "what", "whom", "few",
                            "no", "none"))


def _absent(words: tuple[str, ...], text: str) -> bool:
    """True when ``text`` surely holds none of ``words`` (lower case) in any letter case: a
    quick test that spares a case-insensitive scan for a pattern that needs one of them.

    Only for ASCII text does ``lower()`` fold letters as the pattern matcher does (there
    "\u017f" matches "s"), so other text is never ruled out.
    """
    if not text.isascii():
        return False
    low = text.lower()
    return not any(w in low for w in words)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A question before the per-sentence choice, de-duplication and limit."""

    sentence: int
    question: str
    cue: str
    kind: QuestionKind
    rank: float
    related: tuple[int, ...] = ()


# --------------------------------------------------------------------------- hedged claims


def _qualifying(cues: Iterable[HedgeCue]) -> list[HedgeCue]:
    """Cues that make a claim an open question: hedges, beliefs, reports, not weasels."""
    out = []
    for c in cues:
        low = c.text.lower()
        if c.kind not in _KIND_OF_CUE or low in _NOT_QUESTION_CUES:
            continue
        if c.weight >= MEDIUM or low == "could":
            out.append(c)
    return out


_NEGATED_ABILITY = re.compile(r"\s+(?:not|never|only|barely|hardly|see|hear|smell|feel|find|"
                              r"(?:\w+\s+)?(?:no|nothing|none)\b)")
"""After "could": "could not be brought", "could only watch", "could see": no guess."""
_COMPARED_BEFORE = re.compile(r"\b(?:than|as)\s+(?:\S+\s+){0,3}$")
"""Before "could": "larger than the government could afford"."""
_BEFORE_NOUN = re.compile(r"\b(?:the|a|an|of|among|for|with|to|by|from|in|on|many|more|most|all)"
                          r"\s+$", re.I)
_TO_OR_THAT = re.compile(r"\s+(?:to|that)\b")


def _qualifying_in(text: str, cues: Iterable[HedgeCue]) -> list[HedgeCue]:
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
                _TO_OR_THAT.match(text, c.end)):
            continue  # "among likely voters": an adjective on a noun, no hedge on a claim
        out.append(c)
    return out


# a modal before a verb of saying or opinion hedges a speech act, not a claim ("some might
# say", "one could argue"); "may as well" is advice; "may seem" concedes
_SPEECH_AFTER_MODAL = re.compile(
    r"\s+(?:(?:well|also|even|still)\s+)?(?:say|argue|think|consider|call|wonder|suggest|"
    r"claim|expect|imagine|ask|note|add|object|counter|agree|disagree|seem|sound|look|feel|"
    r"appear)\b|\s+as\s+well\b", re.I)
_PURPOSE = re.compile(r"\bso(?:\s+that)?\s+(?:[^\s,;]+\s+){1,6}$", re.I)
"""A purpose clause before a modal: "so (that) the crew could rest"."""
_CONDITION_BEFORE = re.compile(r"(?:^|\b)(?:if|unless)\s+[^,;]+,\s+(?:then\s+)?[^,;]*$", re.I)
"""A condition that the cue's clause depends on: "If the dam breaks, the town could ..."."""
_INVERTED_CONDITION = re.compile(r"^\s*(?:Should|Were|Had)\s+\S+(?:\s+\S+){0,6}?\s+\w+[^,]*,")
"""An inverted condition: "Should the talks fail, ..."."""
_OVERTAKEN = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:believed|feared|thought|expected|hoped|assumed|"
                        r"suspected|predicted|forecast|anticipated)\s+(?:that\s+)?(?:[^,;]+\s+)?$",
                        re.I)
"""A belief in the past perfect: the story has moved past it ("had feared X could")."""
_BARE_CONDITION = re.compile(r"(?:^|\b(?P<pre>[\w\u2019']+)\s+)(?:if|unless)\s+[^,;]+$", re.I)
"""A condition with no comma before the cue's clause: "that if X went unchecked Y could"."""
_WHETHER_IF = frozenset(("ask", "asks", "asked", "wonder", "wonders", "wondered", "know",
                         "knows", "see", "decide", "decided", "sure", "unsure", "clear", "unclear",
                         "whether", "as", "doubt", "doubts", "doubted", "check", "checked"))
"""Before these "if" means "whether": "asked if the deal could ...", no condition."""
_CONCESSIVE = re.compile(r"\b(?:while|whilst|although|though|whereas|even\s+if)\s+(?:[^,;]*)$",
                         re.I)


_HAVE_AFTER = re.compile(r"\s+have\b")
_TO_AFTER = re.compile(r"\s+to\b")
_CONDITION_WORD = re.compile(r"\b(?:if|unless|otherwise|differently)\b", re.I)
_BE_BUT = re.compile(r"\s+be\s+(?!able\b)[^,;]*?,?\s+but\b")
_OPEN_WH = re.compile(r"\b(?:unclear|unknown|not\s+(?:clear|known|sure|certain)|wonder(?:s|ed)?|"
                      r"asks?|asked|know|questioned|questions?|explained?)\s+"
                      r"(?:when|how|why|where|what|who|which)\b[^,;]*$", re.I)
_HOW_MUCH = re.compile(r"\bhow\s+(?:much|many|far|long|soon|well|big|quickly|badly)\b[^,;]*$",
                       re.I)
_EASILY_HAVE = re.compile(r"\s+(?:so\s+|very\s+|quite\s+)?easily\s+have\b")
_NO_CHANCE = re.compile(r"\bno\s+(?:chance|way|possibility|prospect)\s+(?:that\s+)?[^,;]*$",
                        re.I)
_MEANT = re.compile(r"\bmeant\s+(?:that\s+)?[^,;]*$", re.I)
_INCLUDING = re.compile(r"(?:\bincluding|\bwith|\bsuch\s+as)\s*$", re.I)
_GERUND_AFTER = re.compile(r"\s+\w+ing\b")
_RULED = re.compile(r"\bruled\s+(?:that\s+)?[^,;]*$", re.I)
_ONCE_HAVE = re.compile(r"\s+once\s+have\b")
_BUT_DID_NOT = re.compile(r"\bbut\s+(?:did\s+not|didn't|did\s+n't|never|chose\s+not|failed)\b")
_IF_CONVICTED = re.compile(r"\bif\s+(?:convicted|found\s+guilty)\b", re.I)
_TO_BEFORE = re.compile(r"\bto\s*$")
_DESCRIBED = re.compile(r"\s+(?:best\s+)?be\s+(?:described|called|termed|seen\s+as)\b")
_IN_TIME = re.compile(r"\b(?:much\s+earlier|sooner|in\s+time)\b")
_LATER = re.compile(r"\b(?:later|earlier)\b")
_DEGREE_BEFORE = re.compile(r"\b(?:more|less|most|least|as|equally)\s*$", re.I)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:after|for|of|by|over|before|without|while|when|since|in|on)\s*$", re.I)
"""The patterns of ``_no_open_claim``, in its order. Those searched before the cue match
no comma or semicolon up to its end, so only the text after the last one is read."""


def _no_open_claim(text: str, cue: HedgeCue) -> bool:
    """True when a modal or adverb cue frames no claim a reader could check: a counterfactual
    ("would have won", "if ..., it could have"), a speech act ("some might say"), advice
    ("may as well"), a concession ("while it may be hard, ..."), a comparison ("more likely
    than") or a hedge on a gerund ("after allegedly posting")."""
    low = cue.text.lower()
    after, before = text[cue.end:], text[: cue.start]
    # what follows the last comma or semicolon: the clause of the cue (a comma is no word
    # character, so a pattern's "\b" reads the same there as in ``before``)
    clause = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    last = low.split()[-1]
    if low in ("would", "could", "might", "may") and _HAVE_AFTER.match(after):
        low, after = f"{low} have", re.sub(r"^\s+have", "", after)  # the cue stops at the modal
    if low in ("may", "might", "could", "would") and _SPEECH_AFTER_MODAL.match(after):
        return True
    if low == "would have" and _TO_AFTER.match(after):
        return True  # "the proof would have to be high": a requirement, not a forecast
    nxt = [w for w in after.split()[:2] if not w.lower().endswith("ly")][:1]
    if low == "would have" and nxt and is_participle(nxt[0]):
        return True  # counterfactual: "the plane would have crashed sooner"
    if low in ("could have", "might have", "may have", "would have") and _CONDITION_WORD.search(
            text):
        return True  # "if the engines had stalled, the plane could have ..."
    if last in ("may", "might", "could", "likely", "probably") and _CONCESSIVE.search(clause) \
            and "," in after:
        return True  # "while it may be hard to see, the ...": the main clause follows
    if low in ("may", "might") and _BE_BUT.match(after):
        return True  # "the cup may be a fine prize, but ...": a concession
    if _OPEN_WH.search(clause):
        return True  # "it is unclear when a trial could start": the open part is "when"
    if _HOW_MUCH.search(clause):
        return True  # "sceptical about how much difference X could make": a wh-clause
    if low in ("would", "could") and _ADVICE.match(low + after):
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
    if _CONDITION_BEFORE.search(before) or (_INVERTED_CONDITION.match(text) and "," in before):
        return True  # "if the deal fails, the mill could close": asked without its condition
    bare_if = _BARE_CONDITION.search(before)
    if bare_if is not None and (bare_if.group("pre") or "").lower() not in _WHETHER_IF:
        return True  # "said that if the problem went unchecked e-mail could ...": no comma
    if last in HEDGE_ADVERBS and _TO_BEFORE.search(clause):
        return True  # "loopholes X used to possibly avoid tax": a hedge inside an infinitive
    if _OVERTAKEN.search(clause):
        return True  # "fans had feared the roof could leak": a belief the story has overtaken
    if _DESCRIBED.match(after):
        return True  # "might best be described as ...": wording, not a claim
    if (low.endswith(" have") and _IN_TIME.search(after)) or (
            low in ("might have", "could have") and _LATER.search(after)):
        return True  # "might have been found sooner": a counterfactual
    if last == "likely" and _DEGREE_BEFORE.search(clause):
        return True  # "women were less likely than men to ...": a comparison of rates
    # "suspended after allegedly posting": the hedge is on the gerund
    return last in ("allegedly", "reportedly", "supposedly", "purportedly") and (
        _PREPOSITION_BEFORE.search(clause) is not None)


def _from_frame(text: str, cues: list[HedgeCue],
                common: Container[str]) -> tuple[str, str, QuestionKind] | None:
    expanded = expand_contractions(text)
    for frame in _FRAMES:
        m = frame.match(expanded)
        if m is None:
            continue
        word = m.group("word").lower()
        claim = expanded[m.end():]
        kind = _ADVERB_KIND.get(word, _FRAME_KIND.get(word, QuestionKind.HEDGED))
        if kind is QuestionKind.UNCONFIRMED and word in _ADVERB_KIND:
            q = is_it_true(claim, frame="Is it confirmed that", common=common)
        else:  # "it is predicted that there would be ...": reported, so "would" -> "will"
            q = question(claim, reported=word in ("predicted", "forecast"), common=common)
        if q is None:
            return None
        cue = next((c.text for c in cues if c.start < len(m.group(0)) + 2), m.group(0).strip())
        return q, cue, kind
    return None


def _raised(m: re.Match[str], common: Container[str], *, backshift: bool = False) -> str | None:
    """"X is said to be Y" -> "Is X Y?"; "X is expected to win" -> "Will X win?".

    ``backshift``: the clause is reported speech in the past ("said he was likely to"),
    so a past "was expected to" still looks ahead."""
    subj = m.group("subj").split()
    cut = max((k for k, w in enumerate(subj) if w.endswith(",")), default=-1)
    subj = subj[cut + 1 :]
    if subj and subj[-1].lower() in ("do", "does", "did") and len(subj) > 1:
        subj = subj[:-1]
    rest = m.group("rest").split()
    if not subj or not rest or len(subj) > 9:
        return None
    aux = (m.group("aux") or "").lower()
    verb = (m.group("verb") or m.group("raise") or "").lower()
    if aux.startswith("ha") and verb != "tipped":
        return None  # "has long been expected to": no forecast of one event
    past = aux in ("was", "were") or verb in ("appeared", "seemed")
    if past and not backshift and verb in _LOOKING_AHEAD:
        return None  # a past expectation was met or not, or was a duty ("were expected to")
    adverbs: list[str] = []
    while len(subj) > 1 and subj[-1].lower() in _SUBJECT_ADVERBS:
        adverbs.insert(0, subj.pop())  # "departments also appear" -> "are ... also"
    plural = is_plural(subj)
    if [w.lower() for w in subj] == ["there"]:
        plural = there_plural(rest[1:] if rest[0].lower() == "be" else rest)
    first, tail = rest[0].lower(), rest[1:]
    if first in _MENTAL and verb not in _LOOKING_AHEAD:
        return None  # "X is thought to fear Y": the question would ask about the fear
    if verb in _LOOKING_AHEAD:
        lead, tail = "will", rest
    elif first == "be":
        lead = ("were" if plural else "was") if past else ("are" if plural else "is")
    elif first == "have" and past and tail and _bare_word(tail[0]) == "been":
        lead, tail = ("were" if plural else "was"), tail[1:]  # "appeared to have been hit"
    elif first == "have" and tail and _bare_word(tail[0]) == "been" and len(tail) > 1 and not (
            UP_TO_NOW.search(" ".join(tail))):
        lead, tail = ("were" if plural else "was"), tail[1:]  # "is said to have been hurt"
    elif first == "have" and tail and is_participle(tail[0]) and base_form(tail[0]) and (
            past or not UP_TO_NOW.search(" ".join(tail))):
        # "seemed to have done well" -> "Did X do well?", not "Had X done well?"; a perfect
        # infinitive is a past too: "is thought to have started" -> "Did X start?"
        lead, tail = "did", [base_form(tail[0]) or tail[0], *tail[1:]]
    elif first == "have":
        lead = "had" if past else ("have" if plural else "has")
    else:
        lead, tail = ("did" if past else ("do" if plural else "does")), rest
    # the inverter does the rest, so that trimming and casing stay in one place
    return to_question(" ".join([*subj, lead, *adverbs, *tail]), common=common)


def _bare_word(word: str) -> str:
    return word.strip(".,;:!?\"'()\u201c\u201d\u2018\u2019").lower()


def _innermost(text: str, start: int) -> tuple[int, str]:
    """From a complement verb at ``start``: where the innermost reported clause starts,
    and its verb ("reported some troops thought X" -> X, "thought")."""
    verb = ""
    pos = start
    while True:
        m = _WORD.match(text, pos)
        if m is None:
            return pos, verb
        verb = m.group().lower()
        pos = m.end()
        nxt = None
        for k, w in enumerate(_WORD.finditer(text, pos)):
            if k >= 6:
                break
            if w.group().lower() in _COMPLEMENT_VERBS and w.group()[:1].islower():
                nxt = w
                break
        if nxt is None:
            return pos, verb
        pos = nxt.start()


def claim_question(claim: str, *, backshift: bool = False,
                   common: Container[str] = frozenset()) -> str | None:
    """A claim as a question: "X is likely to V" -> "Will X V?", else by inversion.

    ``backshift``: the claim is reported with a past-tense verb ("said X was"); it is
    asked in the past, as reported (``to_question``'s ``reported``)."""
    raising = _RAISING.match(expand_contractions(drop_asides(claim)))
    if raising is not None:
        q = _raised(raising, common, backshift=backshift)
        if q is not None or (raising.group("verb") or "").lower() in _LOOKING_AHEAD:
            return q  # no "Is X meant to ..." for a past expectation
    return question(claim, reported=backshift, common=common)


def _demonstrative(text: str, pos: int) -> bool:
    """True when "that" ending at ``pos`` points at a noun: "but that company might"."""
    nxt = [w.lower() for w in _WORD.findall(text[pos : pos + 60])[:2]]
    return (len(nxt) == 2 and nxt[0].isalpha() and nxt[0] not in _NOT_REPORTERS
            and nxt[0] not in _ANON_DETERMINERS and nxt[0] not in _DEFINITE
            and not nxt[0].startswith(("every", "some", "no", "any"))
            and nxt[1] in AUXILIARIES)


_MODAL_AT = re.compile(r"(?:could|may|might|would|will|should|can|must)\b", re.I)
_NOUN_DETERMINERS = frozenset(("these", "those", "such", "many", "several", "some", "any",
                               "both", "no"))
"""Before these a word like "claims" or "fears" is a noun ("these claims could ...")."""
_DETERMINER_SLOTS = frozenset(("of", "in", "on", "at", "for", "from", "with", "by", "about",
                               "into", "over", "under", "against", "through"))
"""After these a "that" is a determiner ("control of that chamber"), never a complementizer."""


def _clause_start(text: str, pos: int) -> tuple[int, bool] | None:
    """Where the clause that holds ``text[pos]`` starts, and whether it is reported speech
    in the past; None inside a relative clause ("..., which may help")."""
    start, backshift, relative, finite, pending = 0, False, False, False, False
    outer, restrictive = 0, False  # the clause around a relative one, and no comma before it
    gapped = False  # the relative clause is one with a gap ("investors that the state could")
    prev = ""
    for m in _WORD.finditer(text, 0, pos):
        w, before = m.group().lower(), prev
        prev = w
        if pending and text[m.end():m.end() + 1] == ",":
            # "If Turkcell backs out, MTN may ...": the main clause follows the comma
            start, pending, finite = m.end() + 1, False, False
            continue
        if not m.group()[:1].islower() and m.start() > 0:
            continue
        if w == "as" and (before in _AS_LABEL or before == "such"):
            continue  # "what is seen as a rival plan", "such as": no clause opens
        if w == "that" and (m.start() == 0 or before in _DETERMINER_SLOTS):
            continue  # "That could clear ...", "control of that chamber could": a determiner
        if w == "that" and relative and gapped and before in ("and", "or"):
            start, finite = m.end(), False  # "baggage that he brings and that X might exploit"
        elif w == "that" and _object_relative(text, m.start(), m.end()):
            # "touches that Mr Biden might appreciate": the clause is about the noun
            outer, restrictive, gapped = start, True, True
            start, relative, finite = m.end(), True, False
        elif w == "where" and _where_relative(text, m.start(), m.end(), before):
            # "a place where the work could be seen", "a taste of where the race could be
            # heading": a clause about a place, whose question would lose the place
            outer, restrictive, gapped = start, True, False
            start, relative, finite = m.end(), True, False
        elif w == "that" and before in ("and", "but", "so", "or", "yet") and _demonstrative(
                text, m.end()):
            start, relative, finite = m.start(), False, False  # "but that company might"
        elif w in _SPLICE_SUBJECTS and finite and text[: m.start()].rstrip().endswith(","):
            start, relative, finite = m.start(), False, False  # "X has years, it could ..."
        elif (w in _COMPLEMENT_VERBS or w in _OTHER_REPORTING) and (
                before in _ARTICLES or before in _NOUN_DETERMINERS):
            continue  # "the alleged smuggling", "these claims": an adjective or a noun
        elif w in _COMPLEMENT_VERBS or w in _CLAUSE_OPENERS or w in _OTHER_REPORTING:
            start, relative, finite = m.end(), False, False
            pending = w in _SUBORDINATORS
            if w in _COMPLEMENT_VERBS:
                backshift = _reported_past(text, m.end())
            elif w in _OTHER_REPORTING:
                backshift = True
        elif w in ("which", "who", "whom", "whose", "what"):
            restrictive = (w in ("which", "who") and not relative
                           and not text[: m.start()].rstrip().endswith(","))
            outer, gapped = start, False
            start, relative, finite = m.end(), True, False
        elif w in ("and", "but") and (finite or text[: m.start()].rstrip().endswith((",", ";"))) \
                and not _in_list(text[start : m.start()]):
            # a second main clause, not the last item of a list ("95, 98, 2000, and XP")
            start, relative, finite = m.end(), False, False
        elif is_finite_verb(w):
            finite = True
    if relative and restrictive and finite and "," not in text[start:pos] and _MODAL_AT.match(
            text, pos):
        # "opposition from members who have attacked the plan could block it": the
        # relative clause has its verb, so the cue belongs to the clause around it
        return outer, backshift
    return None if relative else (start, backshift)


_CONTENT_NOUNS = frozenset((
    "risk", "fear", "fears", "hope", "hopes", "view", "views", "notion", "idea", "sense",
    "possibility", "prospect", "chance", "chances", "danger", "threat", "confidence",
    "recognition", "assurance", "assurances", "guarantee", "statement", "claim", "claims",
    "accusation", "accusations", "allegation", "allegations", "assertion", "criticism",
    "suggestion", "suggestions", "report", "reports", "rumour", "rumours", "rumor",
    "rumors", "speculation", "concern", "concerns", "worry", "worries", "warning",
    "warnings", "evidence", "proof", "sign", "signs", "indication", "indications", "belief",
    "doubt", "doubts", "fact", "news", "word", "expectation", "expectations", "impression",
    "feeling", "argument", "conclusion", "theory", "promise", "understanding",
    "realisation", "realization", "certainty", "likelihood", "hint", "hints", "message",
    "point", "reminder", "admission", "insistence", "charge", "charges", "complaint",
    "complaints", "proposal", "demand", "requirement", "decision", "ruling", "finding",
    "findings", "assumption", "premise", "case", "opinion", "principle", "thought",
    "perception", "agreement", "announcement", "estimate", "forecast", "prediction",
    "predictions", "projection", "projections", "question", "suspicion", "suspicions",
    "alarm", "optimism", "pessimism", "consensus", "acknowledgment", "acknowledgement",
    "denial", "observation", "hypothesis", "possibilities", "odds", "probability",
))
"""Nouns that take a "that" clause of their own content ("the risk that prices rise"): after
them "that" opens the content, not a relative clause."""
_NOUN_DETERMINERS_BACK = frozenset(("a", "an", "the", "every", "any", "each", "some", "few",
                                    "his", "her", "its", "their", "our", "my", "your", "this",
                                    "these", "those", "no"))
_TIME_WORDS = frozenset(("year", "years", "week", "weeks", "month", "months", "day", "days",
                         "time", "times", "night", "morning", "evening", "afternoon", "moment",
                         "season", "decade", "era", "period", "point", "stage", "way"))


_SEGMENT_END = re.compile(r"[,;:!?\u2014\u2013\"\u201d]|(?<![A-Z][a-z])(?<!Mrs)(?<![A-Z])\."
                          r"|\s-+\s|\s(?:and|or|but)\s")
"""Where a relative clause ends: punctuation (not the stop of "Mr." or "U.S."), a dash, a
conjunction."""


def _where_relative(text: str, where_at: int, where_end: int, before: str) -> bool:
    """True when "where" at ``where_at`` opens a clause that says nothing without its place:
    an embedded question after a preposition ("a taste of where the race could be heading")
    or a clause about a noun that stops at its verb ("a place where the work could be
    seen", "a charity where actors could develop"). After a comma, or with more after its
    verb ("Ohio, where the party may hold its vote"), the clause is a claim of its own."""
    if before in _STRANDED:
        return True
    if text[:where_at].rstrip(" \"'\u201d\u2019").endswith(","):
        return False
    after = text[where_end : where_end + 160]
    cut = _SEGMENT_END.search(after)
    bare = [_bare_word(w) for w in (after[: cut.start()] if cut else after).split()]
    a = next((i for i, w in enumerate(bare[:9]) if i > 0 and (
        w in AUXILIARIES or is_finite_verb(w))), None)
    if a is None:
        return False
    j = a
    while j < len(bare) and (bare[j] in AUXILIARIES or bare[j] in _VERB_CHAIN
                             or (bare[j].endswith("ly") and len(bare[j]) > 4)):
        j += 1
    return j + 1 >= len(bare)


def _object_relative(text: str, that_at: int, that_end: int) -> bool:
    """True when "that" at ``that_at`` opens a relative clause with a gap where its object
    should be: it follows a noun that takes no "that" clause of its own (not "the risk
    that", not "told the board that"), and the clause after it lacks what its verb needs
    ("touches that Mr Biden might appreciate", "investors that the state could pressure to
    pay", "ground that his party is unlikely to help him defend", "a part of the job that
    anyone could be bad at"): the clause says something of the noun, and as a question
    ("Could the state pressure to pay?") it would not read."""
    raw = _WORD.findall(text[max(0, that_at - 80) : that_at])[-5:]
    back = [w.lower() for w in raw]
    if not back or not raw[-1].isalpha() or not raw[-1].islower() or (
            back[-1] in _CONTENT_NOUNS or back[-1] in _NP_BOUNDARY
            or back[-1].endswith(("ing", "ed", "ly")) or _verb_before_that(back)):
        return False
    if any(w in _RESULT_WORDS or w in _COMMUNICATING for w in back):
        return False  # "so bad that", "told the board that": the clause is a claim
    k = next((i for i in range(len(back) - 2, -1, -1) if back[i] in _NOUN_DETERMINERS_BACK),
             None)
    if k is None or any(w in AUXILIARIES or w in _COMPLEMENT_VERBS or w in _OTHER_REPORTING
                        for w in back[k:]):
        return False
    after = text[that_end : that_end + 160]
    cut = _SEGMENT_END.search(after)
    gap = _object_gap((after[: cut.start()] if cut else after).split())
    # a time or a manner takes a clause with no gap too ("the day that prices rose"): only
    # a clause that plainly stops short marks it
    return gap == "end" or (gap == "short" and back[-1] not in _TIME_WORDS)


_VERB_WORDS = frozenset(("say", "says", "notes", "shows", "show", "means", "mean", "finds",
                         "find", "reveals", "suggests", "indicates", "confirms", "admits",
                         "concedes", "confesses", "knows", "know", "recalls", "realises",
                         "realizes", "acknowledges", "insists", "reckons", "estimates",
                         "predicts", "adds", "hopes", "feels", "feel", "see", "sees", "hear",
                         "hears", "agree", "agrees", "accept", "accepts", "ensure", "ensures"))
"""Present verbs that take a "that" clause ("analysts say that", "the report notes that")."""


def _verb_before_that(back: list[str]) -> bool:
    """True when the word before "that" is a verb, not a noun: a past form ("saw", "said"),
    a verb of saying or knowing ("says", "notes"), or a word after a pronoun or an adverb
    ("he confesses", "also notes")."""
    last = back[-1]
    if last in _VERB_WORDS or last in _COMPLEMENT_VERBS or last in _OTHER_REPORTING or (
            is_finite_verb(last)):
        return True
    return len(back) > 1 and (back[-2] in _PRONOUN_SUBJECTS or back[-2] in _SUBJECT_ADVERBS)


_RESULT_WORDS = frozenset(("so", "such", "too"))
_COMMUNICATING = frozenset((
    "told", "tell", "tells", "telling", "warned", "warn", "warns", "warning", "assured",
    "assure", "assures", "reminded", "remind", "reminds", "informed", "inform", "convinced",
    "convince", "persuaded", "persuade", "advised", "advise", "notified", "promised", "showed",
    "shown", "taught", "wrote", "emailed", "asked", "urged", "alerted", "reassured",
    "cautioned", "briefed", "signalled", "signaled"))
"""Verbs with a person and then a "that" clause: "told reporters that X" is X's claim."""
_CATENATIVE = frozenset((
    "plan", "plans", "planned", "want", "wants", "wanted", "try", "tries", "tried", "hope",
    "hopes", "hoped", "need", "needs", "needed", "decide", "decided", "agree", "agreed",
    "refuse", "refused", "seem", "seems", "seemed", "appear", "appears", "appeared", "expect",
    "expects", "intend", "intends", "intended", "aim", "aims", "aimed", "promise", "attempt",
    "attempted", "fail", "failed", "continue", "continued", "begin", "began", "start",
    "started", "wish", "like", "love", "hate", "prefer", "choose", "chose", "threaten",
    "threatened", "offer", "offered", "seek", "sought", "manage", "managed", "learn", "tend",
    "vote", "voted", "struggle", "dare", "vow", "vowed", "pledge", "pledged", "rush", "wait",
    "strive", "going", "able", "unable", "likely", "unlikely", "set", "due", "about", "ready",
    "willing", "eager", "keen", "expected", "prepare", "prepares", "prepared", "look",
    "looks", "looked", "move", "moves", "moved", "help", "helps", "helped", "ask", "asks",
    "asked", "used", "allowed", "forced", "meant", "supposed", "scheduled", "poised"))
"""Words before "to" + a verb that need no object of their own ("plan to exploit")."""
_AUX_HAVE = frozenset(("have", "has", "had"))
_VERB_CHAIN = frozenset(("be", "been", "being", "have", "not", "never", "maybe", "perhaps",
                         "also", "still", "even", "just", "only", "already", "now", "soon",
                         "to"))


def _catenative(word: str) -> bool:
    """True for a word that takes "to" + a verb with no object between ("plans", "trying",
    "unlikely")."""
    if word in _CATENATIVE:
        return True
    stem = word[:-3] if word.endswith("ing") else ""
    return bool(stem) and (stem in _CATENATIVE or stem + "e" in _CATENATIVE
                           or stem[:-1] in _CATENATIVE)
_COPULAS = frozenset(("be", "been", "being", "is", "are", "was", "were"))
_OBJECT_WORDS = frozenset(("him", "her", "them", "us", "me", "it"))
_PARTICLES = frozenset(("out", "up", "off", "in", "on", "over", "down", "back", "away"))
_STRANDED = frozenset(("at", "against", "with", "for", "about", "in", "on", "from", "into",
                       "to", "of", "by", "over", "under", "through", "upon"))
_ADJECTIVE_ENDS = ("able", "ible", "ous", "ive", "ful", "less")
_PRONOUN_SUBJECTS = frozenset(("he", "she", "it", "they", "we", "you", "i", "someone",
                               "anyone", "everyone", "nobody", "somebody"))


def _object_gap(words: list[str]) -> str:
    """How plainly a clause ("the state could pressure to pay") lacks an object after its
    verb: "end" when it stops at its verb, a particle or a preposition ("he brings", "could
    easily find out", "could be bad at"), "short" when its verb is followed by "to" + a
    verb or by "as" ("could pressure to pay", "are likely to receive as a gift"), "" when
    an object or a complement follows (a clause of its own)."""
    bare = [_bare_word(w) for w in words]
    while bare and (bare[0] in ("maybe", "perhaps") or bare[0].endswith("ly")):
        bare, words = bare[1:], words[1:]  # "that maybe a lot of the folks ..."
    a = next((i for i, w in enumerate(bare[:9]) if i > 0 and words[i][:1].islower() and (
        w in AUXILIARIES or is_finite_verb(w)
        or (bare[i - 1] in _PRONOUN_SUBJECTS and w.endswith("s") and w.isalpha()))), None)
    if a is None or not has_subject(words[:a]):
        return ""
    j, copula = a, bare[a] in _COPULAS
    while j < len(bare) and (bare[j] in AUXILIARIES or bare[j] in _VERB_CHAIN
                             or (bare[j].endswith("ly") and len(bare[j]) > 4)) and not (
            bare[j] in _AUX_HAVE and j + 1 < len(bare) and not is_participle(bare[j + 1])
            and bare[j + 1] != "to"):  # "would have more to say": "have" is the verb
        copula = (copula or bare[j] in _COPULAS) and bare[j] != "to"  # "is likely to help"
        j += 1
    while True:
        if j >= len(bare):
            return "end"
        verb, rest = bare[j], bare[j + 1 :]
        be = copula  # a form of "be" before the verb: a passive or a predicate is complete
        copula = copula and not (verb.endswith("ing") or is_participle(verb))
        while rest and (rest[0].endswith("ly") and len(rest[0]) > 4):
            rest = rest[1:]  # "find it easily": adverbs after the verb
        if not rest:
            return "" if be else "end"
        after = rest[1:] if rest[0] in _STRANDED or rest[0] in _PARTICLES else rest
        if (not after and (rest[0] in _STRANDED or not copula)) or (
                after and words[len(bare) - len(after)][:1].islower()
                and after[0] in AUXILIARIES):
            # "could be bad at", "could find out", "(rules) that X could approve were ...":
            # the clause stops at its verb, its particle or its preposition
            return "end"
        if len(rest) == 1 and not copula and rest[0].endswith(_ADJECTIVE_ENDS):
            return "end"  # "might find objectionable"
        if rest[0] == "to" and len(rest) > 1 and rest[1].isalpha() and (
                rest[1] not in _NOUN_DETERMINERS_BACK) and verb not in _QUANTITIES:
            if not _catenative(verb):
                return "" if copula else "short"  # "could pressure [them] to pay"
            # "plan to exploit", "are unlikely to help": the verb after "to"
            j, copula = len(bare) - len(rest) + 1, False
            continue
        if copula:
            return ""  # "prices could be higher": a claim of its own
        if rest[0] in _OBJECT_WORDS and len(rest) > 1 and verb in ("help", "helps", "helped",
                                                                   "let", "lets", "make"):
            j = len(bare) - len(rest) + 1  # "help him defend": the verb after the object
            continue
        return "short" if rest[0] == "as" and not be else ""


_QUANTITIES = frozenset(("more", "less", "much", "enough", "nothing", "something", "anything",
                         "everything", "little", "plenty", "lot", "lots", "work", "time"))
"""Objects before "to" + a verb ("would have more to say"): the clause is whole."""


def _in_list(segment: str) -> bool:
    """True when ``segment`` ends in a list of short items ("in 1995, 98, 2001,"): an "and"
    after it adds the last item, not a second clause."""
    parts = segment.rstrip().rstrip(",").split(",")
    return len(parts) >= 3 and all(1 <= len(p.split()) <= 3 for p in parts[-2:])


def _focus(clause: str, cue_at: int) -> str:
    """"X is fitted and could fall out" -> "X could fall out": keep the conjunct of the cue."""
    words = clause.split()
    k = len(clause[:cue_at].split())  # index of the cue's word
    first_aux = next((i for i, w in enumerate(words[:k])
                      if w.lower() in AUXILIARIES and i > 0), None)
    if first_aux is None:
        return clause
    if any(w.lower() in ("and", "or", "but") for w in words[first_aux:k]):
        return " ".join(words[:first_aux] + words[k:])
    return clause


def _named_pronoun(text: str, verb_at: int, claim: str) -> str:
    """The claim with its "he"/"she" subject named after the cue's own subject: "coach Ann
    Vos says she is unlikely to pick X" -> "Ann Vos is unlikely to pick X"."""
    m = re.match(r"\s*(?:that\s+)?(?:he|she)\s+", claim)
    if m is None:
        return claim
    lead = text[:verb_at]
    name = _main_subject(lead[lead.rfind(",") + 1 :], len(lead) - lead.rfind(",") - 1)
    if name and is_plural(name.split()):
        return claim  # "Police said he ...": "he" is someone else
    return f"{name} {claim[m.end():]}" if name else claim


_WHICH_BEFORE = re.compile(r"\b(?:of|for|in|on|at|by|with|about|to|from)\s+(?:which|whom)\s+"
                           r"(?:\S+\s+){0,4}$", re.I)
_IF_CLAUSE = re.compile(r"\s*(?:that\s+)?(?:if|unless)\b", re.I)
_SHOULD = re.compile(r"\bshould\b")
_THAT = re.compile(r"\bthat\b")


def _for_cue(text: str, cue: HedgeCue,
             common: Container[str]) -> tuple[str, QuestionKind] | None:
    """The question one qualifying cue raises in a sentence."""
    kind = _KIND_OF_CUE[cue.kind]
    head = cue.text.split()[-1].lower()
    if head in _COMPLEMENT_VERBS and len(cue.text.split()) == 1 and cue.text[:1].islower():
        before = [w.lower() for w in _WORD.findall(text[: cue.start])[-3:]]
        if any(w in _PERSONAL for w in before):
            return None  # "I think ...", "we believe ...": an opinion, not an open claim
        if before and (before[-1] in _ARTICLES or before[-1] in ("of", "two", "three", "four",
                                                                  "five", "several", "some")
                       or before[-1].isdigit()):
            return None  # "the alleged agent", "one of two suspects": no verb of belief
        if before and (before[-1] in _FALSELY or before[-1] == "nobody" or before[-2:] == [
                "no", "one"]):
            return None  # "wrongly thought X", "no one thought X": a belief said to be false
        if head in _PAST_VERBS and any(w in _BACKGROUND for w in before[:-1]):
            return None  # "after he thought his debt had been paid": narrative background
        if _OVERTAKEN.search(text[: cue.end] + " "):
            return None  # "analysts had believed the drug would sell": overtaken by events
        if _WHICH_BEFORE.search(text[: cue.start]):
            return None  # "projects for which the government argued there was ...": relative
        if before and (before[-1] in _WORDING_HEADS or before[-1] == "successfully"):
            return None  # "the phrase suggests": a connotation; "successfully argued": settled
        if any(w in ("is", "are", "was", "were", "be", "been") for w in before[-2:]) and not (
                _TO_OR_THAT.match(text, cue.end)) and "it" not in before:
            return None  # "the vote is widely expected next May": a passive, no clause
        expect = _EXPECT_TO.match(text, cue.end) if head in ("expect", "expects",
                                                              "expected") else None
        if expect is not None and before[-1:] != ["nobody"] and not any(
                w.lower() in _NP_BOUNDARY or w.lower() in AUXILIARIES or w.endswith(",")
                for w in expect.group("np").split()):
            # "fans expect the club to win the cup" -> "Will the club win the cup?"
            q = to_question(f"{expect.group('np')}will {text[expect.start('verb'):]}",
                            common=common)
            return (q, kind) if q else None
        start, verb = _innermost(text, cue.start)
        claim = text[start:]
        if not claim.strip() or claim.lstrip()[:1] in ",.;:!?":
            return None  # "as expected, ..." takes no clause
        if _IF_CLAUSE.match(claim) or (
                head.startswith("argu") and _SHOULD.search(claim, 0, 80)) or (
                _ADVICE.search(claim[:80])):
            return None  # "argues that if X, ...": a condition; "argued X should": a position
        if verb == "told":
            m = _THAT.search(claim, 0, 60)
            if m is None:
                return None
            claim = claim[m.end():]
        claim = _named_pronoun(text, cue.start, claim) if verb == head else claim
        q = claim_question(claim, backshift=_reported_past(text, start), common=common)
        return (q, kind) if q else None
    found = _clause_start(text, cue.start)
    if found is None:
        return None
    start, backshift = found
    if any(w.lower() in _PERSONAL for w in _WORD.findall(text[:start])[-4:]):
        return None  # "I believe we can ...", "you didn't think X could": a speaker's view
    clause = text[start:]
    said = [w for w in _WORD.finditer(text, max(0, start - 30), start)][-2:]
    if said and said[-1].group() == "that":
        said = said[:-1]
    if said and said[-1].group() in _COMPLEMENT_VERBS:
        clause = _named_pronoun(text, said[-1].start(), clause)  # "Ann Vos says she may ..."
    if clause.lstrip().startswith("that "):
        nxt = clause.lstrip()[5:]
        # a demonstrative, kept by the cleaner; before a plural noun it opens a clause
        # ("and that executives may have had ...")
        clause = nxt if nxt[:1].islower() and is_plural(nxt.split()[:1]) else "That " + nxt
    raising = _RAISING.match(expand_contractions(clause))
    if raising is not None and head in _RAISING_WORDS:
        q = _raised(raising, common)
        word = (raising.group("verb") or raising.group("raise") or "").lower()
        return (q, _RAISED_KIND.get(word, QuestionKind.SPECULATIVE)) if q else None
    if head in _ADVERB_KIND:
        if not has_subject(text[start : cue.start].split()):
            return None  # "lyrics that allegedly call for ...": no claim of its own
        q = is_it_true(clause, frame="Is it confirmed that", common=common)
        return (q, _ADVERB_KIND[head]) if q else None
    if head in HEDGE_ADVERBS or head in _MODAL_CUES:
        q = to_question(_focus(clause, cue.start - start), reported=backshift, common=common)
        return (q, kind) if q else None
    return None


def hedged_question(text: str, common: Container[str] = frozenset()) -> Candidate | None:
    """The question a hedged, speculative or unconfirmed sentence raises, if any.

    ``sentence`` of the result is a placeholder for the caller to set.
    """
    if text.rstrip(" \"'\u201d\u2019").endswith("?"):
        return None  # "Perhaps X simply need ...?": the article asks it already
    text = drop_asides(text)
    if not _absent(("tipped",), text):
        text = _FAVOURITE.sub("tipped to ", text)
    cues = find_cues(text)
    qual = _qualifying_in(text, cues)
    if not qual or uncertainty_score(cues) <= 0:
        return None
    best = max(c.weight for c in qual)
    what = _WHAT_APPEARS.search(text)
    lead = text[: what.start()] if what is not None else ""
    if what is not None and len(lead.split()) <= 14 and lead.count(",") <= 1 and "--" not in lead:
        # "X died of what appears to be a heart attack" -> "Did X die of a heart attack?"
        q = claim_question(text[: what.start()] + text[what.end():], common=common)
        if q is not None:
            kind = QuestionKind.HEDGED
            return Candidate(-1, q, what.group().strip(), kind, _RANK[kind] + best)
    framed = _from_frame(text, qual, common)
    if framed is not None:
        q, cue, kind = framed
        return Candidate(-1, q, cue, kind, _RANK[kind] + best)
    for c in sorted(qual, key=lambda c: (-c.weight, c.start)):
        found = _for_cue(text, c, common)
        if found is not None:
            return Candidate(-1, found[0], c.text, found[1], _RANK[found[1]] + c.weight)
    return None


# --------------------------------------------------------------------------- framed claims

_OPEN_WHETHER = re.compile(
    r"\b(?:unclear|unknown|uncertain|undecided(?:\s+(?:about|on|as\s+to))?|"
    r"not\s+(?:yet\s+)?(?:clear|known|certain|sure)|an\s+open\s+question|"
    r"(?:yet|remains?|remained)\s+to\s+be\s+(?:seen|decided|determined|settled)|"
    r"(?:not|no|never)\s+(?:[\w\u2019']+\s+){0,4}?(?:say|tell|establish|determine|confirm|"
    r"show|prove|know|knows|decided?)|deciding|considering|weighing|debating|"
    r"doubts?(?:\s+(?:about|over|as\s+to))?|questioned|queried|wondered)"
    r"\s+(?:whether|if)\s+(?P<clause>\S.*)$", re.I)
"""An open matter named as such: "it has yet to be seen if X", "police did not say whether X"."""
_WHETHER_FIRST = re.compile(
    r"^Whether\s+(?P<clause>.+?)\s+(?:is|remains|was)\s+(?:still\s+)?(?:an\s+open\s+question|"
    r"unclear|uncertain|unknown|not\s+(?:yet\s+)?(?:clear|known)|yet\s+to\s+be\s+seen|"
    r"to\s+be\s+seen|anyone['\u2019]s\s+guess)\b")
""""Whether X is an open question"."""
_DECIDING = re.compile(
    r"^(?P<subj>[^,;]+?)\s+(?:is|are)\s+(?:still\s+|now\s+)?(?:deciding|considering|weighing|"
    r"debating|undecided\s+(?:about|on|as\s+to))\s+whether\s+to\s+(?P<vp>\S.*)$")
""""The club is deciding whether to appeal" -> "Will the club appeal?"."""
_DENIED = re.compile(
    r"\b(?P<verb>den(?:y|ies|ied|ying)|refused\s+to\s+deny|dismissed|rejected|brushed\s+aside|"
    r"played\s+down|downplayed|shrugged\s+off|disput(?:es?|ed|ing)|challenged|rebutted|"
    r"refuted|countered|contested|ward(?:ed|ing)?\s+off)\s+"
    r"(?:(?:the|any|press|media|newspaper|his|her|their|its|"
    r"(?:[A-Z][\w\-.]*\s+){0,2}[A-Z][\w\-]*['\u2019]s?)\s+)?"
    r"(?P<what>reports?|claims?|suggestions?|speculation|rumou?rs|allegations?|idea|notion|"
    r"assertions?|charges?|accusations?|criticism|contention|impression|insinuations?)\s+"
    r"(?P<that>that\s+)?(?P<clause>\S.*)$", re.I)
"""A report someone denies: "the club denied reports that the coach had quit", "she
disputes the idea that she was ill", "A rejected B's charge that A had lied"."""
_REPORT_NOUNS = frozenset(("report", "reports", "claim", "claims", "suggestion", "suggestions",
                           "speculation", "rumor", "rumors", "rumour", "rumours", "allegation",
                           "allegations"))
"""Nouns that take a bare clause ("denied reports the coach had quit"); the others a "that"."""
_DENIED_AFTER = re.compile(
    r"^(?P<claim>[^;]+?),\s+(?:a|an)\s+(?:claim|charge|allegation|assertion|suggestion|view|"
    r"accusation|figure|estimate)\s+(?:(?:that|which)\s+)?(?:(?:was|is|has\s+been)\s+)?"
    r"(?:(?:strongly|flatly|firmly|since)\s+)?(?P<verb>denied|disputed|rejected|dismissed|"
    r"contested|challenged)\s+by\s+\S")
"""A claim set against a denial in one sentence: "experts say X, a claim denied by Y"."""
_SAYS = re.compile(r"\b(?:say|says|said|claim|claims|claimed|believe|believes|believed|argue|"
                   r"argues|argued|insist|insists|insisted)\s+(?:that\s+)?")
_PROOF = re.compile(r"\b(?:has|have|had|presented|submitted|produced)\s+(?:new\s+|fresh\s+)?"
                    r"(?:evidence|proof)\s+(?:that\s+)?(?P<clause>[a-z]\S*\s.*)$")
"""A claim of proof: "the lawyer has proof the club knew"."""
_FORECAST = re.compile(
    r"\s(?:is|are|looks?|seems?)\s+(?:now\s+|also\s+|widely\s+|all\s+but\s+)?"
    r"(?P<word>set|poised|certain|on\s+course|on\s+track|due)\s+to\s+(?P<vp>[a-z]\S*\s.*)$")
""""X is set to / poised to / certain to / looks certain to / is due to V": a forecast."""
_DUE_NEXT = frozenset(("on", "in", "at", "next", "this", "later", "by", "before", "early",
                       "soon", "today", "tomorrow", "within", "from"))
"""After "due to V" these show V is a verb ("is due to open next month"), where after a
noun "due to" gives a cause ("the delay is due to rain")."""
_WORRY = re.compile(
    r"\b(?P<verb>warned|warns|warn|warning|warnings|fears?|feared|fearing|worried|worries|"
    r"concerned|cautioned|cautions)\s+(?:(?:that|this)\s+)(?P<clause>\S.*)$")
""""Councils warned that services will suffer", "many fear that X could V": a forecast
given as a warning or a fear."""
_WILL_SOON = re.compile(r"\b(?:will|would|could|may|might|wo)\b")
_PREDICT = re.compile(r"\b(?P<verb>predict|predicts|predicted|forecast|forecasts)\s+(?:that\s+)?"
                      r"(?P<clause>\S.*)$")
""""Bookmakers predict (that) X will V", "the firm has predicted that X will V"."""
_DOUBT = re.compile(
    r"(?:(?:^|\b(?:he|she|they|who)\s+|(?<=[a-z])\s+)(?:also\s+|still\s+)?"
    r"(?P<verb>doubted)|\b(?:he|she|they|who)\s+(?:also\s+|still\s+)?(?P<now>doubts)|"
    r"\bnot\s+(?:yet\s+)?(?:satisfied|convinced|persuaded))"
    r"\s+(?:that\s+)?(?P<clause>\S.*)$")
""""He doubted any court would enforce it", "they are not satisfied the barriers hold"; "no
doubt that" and "doubts that any voters have" are no doubt about a claim."""
_OPENING = re.compile(r"^(?:(?:and|but|so|yet|or|now|meanwhile|however|still)\s+)+", re.I)
_CERTAINLY = re.compile(r"\b(?:almost\s+|most\s+)?(?:certainly|definitely|surely|undoubtedly)\s+")
"""The forecaster's confidence, which the question leaves out."""
_ACCORDING_FIRST = re.compile(r"^According\s+to\s+[^,;]{2,60},\s+(?P<clause>\S.*)$")
_OBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "him", "her", "them", "this", "that",
                              "these", "those", "there"))
_NAME_SUBJECT = re.compile(r"^(?:[A-Z][\w\u2019'\-.]*\s+){0,3}[A-Z][\w\u2019'\-.]*$")


def _has_verb(words: list[str]) -> bool:
    """True when words before a frame hold a verb of their own ("the BBC is trialling a
    service and"), so they are no plain subject of the frame."""
    return any((is_finite_verb(w) or w.lower() in _COMPLEMENT_VERBS) and w[:1].islower()
               for w in words)


def _pronoun_first(clause: str) -> bool:
    """True when a clause opens with a pronoun that points out of the sentence."""
    first = clause.split()[:1]
    return bool(first) and first[0].strip("\"\u201c\u2018'").lower() in _OBJECT_PRONOUNS


def _main_subject(text: str, end: int) -> str:
    """A name as the subject before ``end`` ("Kim Lee has" -> "Kim Lee"), else ""."""
    words = text[:end].split()
    while words and (words[-1].lower() in AUXILIARIES or words[-1].lower().endswith("ly")
                     or words[-1].lower() in ("also", "again", "still")):
        words.pop()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and len(words) - k < 4:
        k -= 1  # "Belgian star Ann Vos" -> "Ann Vos"
    subj = " ".join(words[k:])
    if k > 0 and words[k - 1].lower() in _DETERMINER_SLOTS:
        return ""  # "Cruz on Friday played down": a time or a place, not the subject
    return subj if subj and _NAME_SUBJECT.match(subj) else ""


_PAST_TIME = re.compile(r"\b(?:last|ago|yesterday|earlier|in\s+(?:19|20)\d\d)\b", re.I)


def _simple_past(clause: str) -> str:
    """"X had reneged on a deal last year" -> "X reneged on a deal last year": with a past
    time the past perfect of a report asks "Did X ...?", not "Has X ... last year?"."""
    m = re.match(r"^(?P<np>(?:\S+\s+){1,5}?)had\s+(?P<verb>[a-z]+)\b", clause)
    if m is None or not _PAST_TIME.search(clause) or not is_finite_verb(m.group("verb")) \
            or m.group("verb") in AUXILIARIES or m.group("verb") == "been":
        return clause
    return f"{m.group('np')}{clause[m.start('verb'):]}"




def _opens_clause(text: str) -> bool:
    """True when ``text`` opens with a subject and then a finite verb ("the court would ..."),
    not a noun phrase ("over the plan") or a "whether" clause."""
    words = text.split()
    k = next((i for i, w in enumerate(words[:8]) if is_finite_verb(w) and w[:1].islower()), None)
    return k is not None and k > 0 and words[0].lower() not in ("whether", "if") and has_subject(
        words[:k])

_NOT_VERB_S = frozenset(("is", "was", "has", "does", "its", "this", "his", "us", "as", "plus",
                         "less", "news", "series", "always", "perhaps", "thus", "whereas"))


def _present_as_future(clause: str, common: Container[str]) -> str | None:
    """An open clause in the present simple looks ahead: "whether the deal goes ahead"
    -> "Will the deal go ahead?"."""
    words = clause.split()
    for k in range(1, min(len(words), 7)):
        w = words[k]
        b = w.lower()
        if not w[:1].islower() or not b.endswith("s") or b.endswith("ss") or b in _NOT_VERB_S:
            continue
        if k + 1 >= len(words) or words[k + 1].lower() in ("and", "or"):
            return None  # "managers and players": a plural noun, not a verb
        if not has_subject(words[:k]):
            return None
        if b.endswith("ies"):
            base = b[:-3] + "y"
        elif b.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
            base = b[:-2]
        else:
            base = b[:-1]
        return to_question(" ".join([*words[:k], "will", base, *words[k + 1 :]]), common=common)
    return None


def _open_matter(text: str, common: Container[str]) -> tuple[str, str, QuestionKind] | None:
    """A question the sentence says is open: "is deciding whether to", "has yet to be seen
    if", "did not say whether", "Whether X is an open question"."""
    m = _DECIDING.match(text)
    if m is not None and not _pronoun_first(m.group("subj")):
        q = to_question(f"{m.group('subj')} will {m.group('vp')}", common=common)
        return (q, "whether to", QuestionKind.HEDGED) if q else None
    m = _DOUBT.search(text)
    if m is not None and _opens_clause(m.group("clause")):
        clause = m.group("clause")
        if _pronoun_first(clause):
            return None
        q = claim_question(clause, backshift=True, common=common)
        return (q, m.group(0)[: m.start("clause") - m.start()].strip(),
                QuestionKind.SPECULATIVE) if q else None
    m = _WHETHER_FIRST.match(text) or _OPEN_WHETHER.search(text)
    if m is None:
        return None
    clause = re.split(r"\s+or\s+(?:not|whether|if|when|how|why|where|what|who)\b|\s+or\s*,",
                      m.group("clause"))[0]
    if clause.lower().startswith("to ") or _pronoun_first(clause):
        return None  # "unclear whether to ...", "did not say if he ...": no claim of its own
    q = to_question(clause, common=common, max_words=20) or _present_as_future(clause, common)
    cue = m.group(0)[: m.start("clause") - m.start()].strip()
    return (q, cue, QuestionKind.HEDGED) if q else None


def _denied(text: str, common: Container[str]) -> tuple[str, str, QuestionKind] | None:
    """A report that someone denies or plays down, or a claim of proof, as its question."""
    m = _DENIED.search(text)
    if m is not None and not m.group("that") and m.group("what").lower() not in _REPORT_NOUNS:
        m = None  # "disputed the idea of a tax", "challenged the charges in court": no claim
    if m is None:
        return (_denied_clause(text, common) or _denied_after(text, common)
                or _proof(text, common))
    clause = m.group("clause")
    first = clause.split()[0].lower()
    if first in _DETERMINER_SLOTS or first in ("about", "to", "by", "and", "or", "as"):
        return None  # "denied claims of fraud", "rejected claims by rivals": no clause
    if first in ("he", "she") and (subj := _main_subject(text, m.start())):
        clause = f"{subj} {clause.split(maxsplit=1)[1]}"  # "X denied reports she had quit"
    elif _pronoun_first(clause):
        return None
    past = m.group("verb").lower().split()[0] in (
        "denied", "refused", "dismissed", "rejected", "brushed", "played", "downplayed",
        "shrugged", "disputed", "challenged", "rebutted", "refuted", "countered", "contested",
        "warded") or bool(re.search(r"\b(?:was|were|had)\s+(?:\w+\s+){0,2}$", text[: m.start()]))
    simple = _simple_past(clause)
    q = claim_question(simple, backshift=past and simple == clause, common=common)
    return (q, m.group(0)[: m.start("clause") - m.start()].strip(),
            QuestionKind.CONTESTED) if q else None


_DENIED_CLAUSE = re.compile(r"\b(?P<verb>denied|denies|deny)\s+(?:that\s+)?(?P<clause>\S.*)$")


def _denied_clause(text: str, common: Container[str]) -> tuple[str, str, QuestionKind] | None:
    """"He denied fathers' groups had forced the changes" -> "Have fathers' groups forced the
    changes?": a denied clause with its own subject and verb."""
    m = _DENIED_CLAUSE.search(text)
    if m is None:
        return None
    clause = m.group("clause")
    words = clause.split()
    if words and words[0].lower() in ("being", "having"):
        return _denied_doing(text, m, common)
    if _pronoun_first(clause) or not words or not _opens_clause(clause):
        return None  # "denied the charges", "denied he had lied": no claim a reader can place
    k = next(i for i, w in enumerate(words) if is_finite_verb(w) and w[:1].islower())
    if k > 6 or words[k].lower() in ("said", "told"):
        return None
    q = claim_question(_simple_past(clause), backshift=m.group("verb") == "denied", common=common)
    return (q, m.group(0)[: m.start("clause") - m.start()].strip(),
            QuestionKind.CONTESTED) if q else None


def _denied_doing(text: str, m: re.Match[str], common: Container[str],
                  ) -> tuple[str, str, QuestionKind] | None:
    """"Ann Vos denied being involved in the attack" -> "Was Ann Vos involved in the
    attack?", "... denied having taken the money" -> "Did Ann Vos take the money?": the
    denied act, with the denier as its subject. Nothing when the denier is no name ("the
    suspects", "he"): "Did being involved ..." would not read."""
    subject = _main_subject(text, m.start())
    if not subject:
        return None
    first, rest = m.group("clause").split(maxsplit=1) if " " in m.group("clause") else ("", "")
    if not rest:
        return None
    verb = ("were" if is_plural(subject.split()) else "was") if first.lower() == "being" \
        else "had"
    q = to_question(f"{subject} {verb} {rest}", reported=True, common=common)
    return (q, m.group(0)[: m.start("clause") - m.start()].strip(),
            QuestionKind.CONTESTED) if q else None


def _denied_after(text: str, common: Container[str]) -> tuple[str, str, QuestionKind] | None:
    """"Experts say there is a black hole, a claim denied by the minister" -> "Is there a
    black hole?": the claim before the denial, without its reporting verb."""
    m = _DENIED_AFTER.match(text)
    if m is None:
        return None
    claim = m.group("claim")
    said = max(_SAYS.finditer(claim), key=lambda s: s.start(), default=None)  # innermost
    clause = claim[said.end():] if said is not None else claim
    if (_pronoun_first(clause) and not clause.lower().startswith("there ")) or not (
            _opens_clause(clause)):
        return None
    q = claim_question(clause, backshift=said is not None and said.group().startswith(
        ("said", "claimed", "believed", "argued", "insisted")), common=common)
    cue = text[m.end("claim"):m.end("verb")].strip(" ,") + " by"
    return (q, cue, QuestionKind.CONTESTED) if q else None


def _proof(text: str, common: Container[str]) -> tuple[str, str, QuestionKind] | None:
    """A claim of proof: "the lawyer has proof the club knew" -> "Did the club know?"."""
    m = _PROOF.search(text)
    if m is None or _pronoun_first(m.group("clause")):
        return None
    q = claim_question(m.group("clause"), common=common)
    return (q, m.group(0)[: m.start("clause") - m.start()].strip(),
            QuestionKind.UNCONFIRMED) if q else None


def _forecast(text: str, common: Container[str]) -> tuple[str, str, QuestionKind] | None:
    """A forecast the writer or a named source makes: "X is set to V", "X looks certain to
    V", "According to Y, X will V" -> "Will X V?"."""
    m = _FORECAST.search(text)
    if m is not None:
        found = _clause_start(text, m.start())
        if found is None:
            return None
        prefix = text[: m.start()].rsplit(",", 1)[-1].split()
        if prefix and not _has_verb(prefix):
            subj = _OPENING.sub("", " ".join(prefix))  # the whole opening is the subject
        else:  # "analysts say (that) the club is set to": the reported clause's subject
            before = [w.lower() for w in _WORD.findall(text[: found[0]])[-2:]]
            if not before or not (before[-1] in _COMPLEMENT_VERBS or (
                    before[-1] == "that" and before[:1] and before[0] in _COMPLEMENT_VERBS)):
                return None  # "when the club is set to ...", "devices that let ...": no forecast
            subj = text[found[0] : m.start()].strip()
        if not subj or _pronoun_first(subj) or not has_subject(subj.split()):
            return None
        vp = _CERTAINLY.sub("", m.group("vp"))
        if m.group("word") == "due" and not _due_verb(vp):
            return None  # "the delay is due to heavy rain": a cause, no forecast
        q = to_question(f"{subj} will {vp}", common=common)
        return (q, m.group(0).split(" to ")[0].strip() + " to", QuestionKind.SPECULATIVE) \
            if q else None
    m = _PREDICT.search(text)
    if m is not None and m.start() > 0 and not _pronoun_first(m.group("clause")):
        words = m.group("clause").split()
        aux = next((w.lower() for w in words[1:10] if w.lower() in AUXILIARIES), "")
        if aux in ("will", "would") and has_subject(words[: words.index(
                next(w for w in words[1:10] if w.lower() == aux))]):
            q = to_question(_CERTAINLY.sub("", m.group("clause")), reported=True,
                            common=common)
            return (q, m.group("verb"), QuestionKind.SPECULATIVE) if q else None
    m = _ACCORDING_FIRST.match(text)
    if m is None or _pronoun_first(m.group("clause")):
        return None
    words = m.group("clause").split()
    aux = next((w.lower() for w in words[:10] if w.lower() in AUXILIARIES), "")
    if aux != "will":
        return None  # only a forecast: a reported fact is on record
    q = to_question(m.group("clause"), common=common)
    return (q, "according to", QuestionKind.SPECULATIVE) if q else None


def _due_verb(vp: str) -> bool:
    """True when what follows "due to" is a verb phrase ("be completed", "open next month",
    "meet the Pope"), not a noun phrase ("heavy rain", "a fault")."""
    words = vp.split()
    if len(words) < 2 or re.search(r"(?:ing|s|ed)$", words[0]) or words[0] in _ARTICLES:
        return False
    second = words[1].strip(",.;:").lower()
    return words[0] == "be" or (second in _ARTICLES or second in _DUE_NEXT
                                or words[1][:1].isupper() or words[1][:1].isdigit())


def _worry(text: str, common: Container[str]) -> tuple[str, str, QuestionKind] | None:
    """A warning or a fear about what will happen: "councils warned that services will
    suffer" -> "Will services suffer?"."""
    m = _WORRY.search(text)
    if m is None:
        return None
    clause = m.group("clause")
    words = clause.split()
    if _pronoun_first(clause) or not words:
        return None
    if words[0].lower() in ("if", "unless", "when", "as", "without") or not _opens_clause(clause):
        return None  # "warned that unless funding rises, ...": a condition
    modal = _WILL_SOON.search(" ".join(words[:10]))
    if modal is None or _CONDITION_BEFORE.search(" ".join(words[:10])[: modal.start()]):
        return None  # "warned that X was wrong": a judgement, no forecast
    past = m.group("verb").lower().endswith("ed")
    q = claim_question(_CERTAINLY.sub("", clause), backshift=past, common=common)
    return (q, f"{m.group('verb')} that", QuestionKind.SPECULATIVE) if q else None


_RULED_OUT = re.compile(
    r"\b(?P<cue>(?:(?:has|have|had|did|does|do|would|will|could|can|is|are|was|were)\s+"
    r"(?:not|n[’']t|never)|(?:has|have|had|did|does|do|would|wo|could|ca)n[’']t|cannot"
    r"|(?:refused|refuses|refuse|declined|declines|decline)\s+to)\s+"
    r"(?:(?:yet|entirely|completely|totally|certainly|publicly|so\s+far)\s+)?(?:been\s+)?"
    r"rul(?:e|ed|ing)\s+out)\s+(?P<rest>[^;:!?\"\u201c\u201d]+)", re.I)
_RULED_OUT_END = re.compile(
    r",|\s+(?:but|and|because|as|if|unless|though|although|while|after|when|"
    r"until|before|since|saying|adding)\s", re.I)
_POSSIBILITY = re.compile(r"^(?:the|a)\s+(?:possibility|prospect|chance|option|idea)\s+"
                          r"(?P<link>of|that)\s+", re.I)
_DEFINITE_START = frozenset(("the", "this", "that", "these", "those", "his", "her", "its",
                             "their", "our", "my", "your", "it", "them", "him"))
_GERUND_BASE = {"being": "be", "going": "go", "doing": "do", "seeing": "see", "lying": "lie",
                "dying": "die", "tying": "tie"}


def _gerund_base(word: str) -> str | None:
    """The base form of an "-ing" verb ("raising" -> "raise", "scrapping" -> "scrap"),
    by the spelling rules of its past tense; None for a word that is no "-ing" form."""
    w = word.lower()
    if w in _GERUND_BASE:
        return _GERUND_BASE[w]
    if len(w) < 6 or not w.endswith("ing") or not w.isalpha():
        return None
    return base_form(w[:-3] + "ed")


def _not_ruled_out(text: str, common: Container[str]) -> tuple[str, str, QuestionKind] | None:
    """Something a source has not ruled out: "X has not ruled out a strike" -> "Will there
    be a strike?"; "... ruled out raising taxes" -> "Will X raise taxes?"; "... ruled out
    (the possibility) that X" -> X as a question. A definite object ("the plan") is left
    alone: "Will there be the plan?" is no question."""
    m = _RULED_OUT.search(text)
    if m is None:
        return None
    rest = m.group("rest")
    end = _RULED_OUT_END.search(rest)
    rest = rest[: end.start()] if end else rest
    rest = rest.strip().rstrip(".")
    link = _POSSIBILITY.match(rest)
    if link is not None:
        rest = rest[link.end():]
    words = rest.split()
    if not words:
        return None
    cue = " ".join(m.group("cue").split())
    if (link is not None and link.group("link") == "that") or words[0].lower() == "that":
        clause = rest if link is not None else " ".join(words[1:])
        outside = _pronoun_first(clause) and not clause.lower().startswith("there ")
        q = None if outside else to_question(clause, common=common)
        return (q, cue, QuestionKind.SPECULATIVE) if q else None
    base = _gerund_base(words[0]) if words[0].islower() else None
    if base is not None:
        # the subject: the words after the last comma ("The minister, Anna Berg, has ...")
        prefix = _OPENING.sub("", text[: m.start()].strip().rstrip(",").rsplit(",", 1)[-1]
                              .strip())
        if not prefix or _pronoun_first(prefix) or not has_subject(prefix.split()) \
                or _has_verb(prefix.split()):
            return None  # "The BBC is trialling a service and has not ruled out offering it"
        q = to_question(f"{prefix} will {base} {' '.join(words[1:])}", common=common)
        return (q, cue, QuestionKind.SPECULATIVE) if q else None
    if words[0].lower() in _DEFINITE_START or words[0].lower() in ("any", "anything") \
            or words[0].lower().endswith("ing") \
            or (words[0][:1].isupper() and not words[0].replace(".", "").isupper()):
        return None  # "Will there be the plan?", "... any of the candidates?", "... Ford?"
    act = _own_act(words)
    if act is not None:
        # "X has not ruled out a return to politics" -> "Will X return to politics?"
        subject = _ruled_out_subject(text[: m.start()])
        q = to_question(f"{subject} will {act}", common=common) if subject else None
        return (q, cue, QuestionKind.SPECULATIVE) if q else None
    if _weak_object(words):
        return None
    q = to_question(f"there will be {rest}", common=common)
    return (q, cue, QuestionKind.SPECULATIVE) if q else None


_RELATIVE_BETWEEN = re.compile(r",\s+(?:who|which)\s+[^,;]+,")
_INDEFINITE = frozenset(("a", "an"))


def _ruled_out_subject(before: str) -> str | None:
    """The subject of "has not ruled out" from the words before it: after the last comma
    once a ", who ...," aside is gone ("Mr Hague, who quit in 2001, does not rule out");
    None when a verb or a pronoun stands there ("X said it ... and did not rule out")."""
    before = _RELATIVE_BETWEEN.sub("", before)
    prefix = _OPENING.sub("", before.strip().rstrip(",").rsplit(",", 1)[-1].strip())
    words = prefix.split()
    if not words or _pronoun_first(prefix) or not has_subject(words) or _has_verb(words):
        return None
    return prefix


def _own_act(words: list[str]) -> str | None:
    """The verb phrase for an object that is the subject's own act: "a return to the front
    bench" -> "return to the front bench" (a noun that is also a verb, with "to" after it;
    "Will there be a return to ...?" would drop who returns)."""
    if len(words) < 3 or words[0].lower() not in _INDEFINITE or words[2].lower() != "to":
        return None
    head = words[1].lower()
    if not head.isalpha() or (base_form(f"{head}ed") != head and base_form(f"{head}d") != head):
        return None
    return " ".join([head, *words[2:]])


def _weak_object(words: list[str]) -> bool:
    """True when "Will there be <object>?" would not stand as a reader's question: a bare
    noun that is also a verb, the subject's own act ("an interest", "a meeting": whose?);
    a comparative with no "than" ("an earlier date": earlier than what?); a thing already
    made ("a rival format developed by a rival", a participle after the noun); a noun
    joined to a gerund ("searches or registering people")."""
    low = [w.lower().strip(",") for w in words]
    if len(low) == 2 and low[0] in _INDEFINITE and low[1].isalpha() and (
            base_form(f"{low[1]}ed") == low[1] or base_form(f"{low[1]}d") == low[1]
            or _gerund_base(low[1]) is not None):
        return True
    if "than" not in low and any(is_comparative(w) for w in low[1:-1]):
        return True
    if any(is_participle(w) and base_form(w) not in (None, w) and low[k - 1] not in _ARTICLES
           for k, w in enumerate(low) if k >= 2):
        return True
    return any(low[k - 1] in ("or", "and") and _gerund_base(w) is not None
               for k, w in enumerate(low) if k >= 1)


_Finder = Callable[[str, Container[str]], tuple[str, str, QuestionKind] | None]
_Frames = tuple[tuple[_Finder, tuple[str, ...]], ...]
_FINDERS: _Frames = (
    (_denied, ("deny", "denie", "dismissed", "rejected", "aside", "down", "shrugged",
               "evidence", "proof", "disput", "challenged", "rebutted", "refuted", "countered",
               "contested", "rd off", "ing off")),
    (_open_matter, ("whether", " if ", "doubt", "not satisfied", "not convinced",
                    "not persuaded", "not yet satisfied", "not yet convinced")),
    (_forecast, ("set to", "poised", "certain to", "on course", "on track", "predict",
                 "forecast", "according to", "due to")),
    (_worry, ("warn", "fear", "worr", "concerned", "caution")),
    (_not_ruled_out, ("rule out", "ruled out", "ruling out")),
)
"""Each frame with the words it needs: a sentence with none of them is skipped at once."""


def frame_words_in(text: str) -> _Frames:
    """``_FINDERS`` with only the words that occur in ``text`` in lower case. Given an
    article's text, these are all the words its sentences can hold (each is a part of
    it), so that each sentence is searched for fewer words."""
    low = text.lower()
    return tuple((find, tuple(w for w in words if w in low)) for find, words in _FINDERS)


def framed_question(text: str, common: Container[str] = frozenset(), *,
                    frames: _Frames = _FINDERS) -> Candidate | None:
    """The question a sentence raises by its frame rather than a hedge word: a matter it
    calls open, a report someone denies, a claim of proof, a forecast ("is set to").

    ``frames`` may leave out words that ``text`` does not hold (see ``frame_words_in``).
    ``sentence`` of the result is a placeholder for the caller to set.
    """
    low = text.lower()
    finders = [find for find, words in frames if any(w in low for w in words)]
    if not finders:
        return None  # most sentences: a few substring tests
    text = drop_asides(text)
    for find in finders:
        found = find(text, common)
        if found is not None:
            q, cue, kind = found
            rank = _RANK[kind] + (0.5 if find in (_forecast, _worry) else 1.0)
            return Candidate(-1, q, cue, kind, rank)
    return None


# --------------------------------------------------------------------------- anonymous sources


def is_unconfirmed_source(reporter: str, sentence: str = "") -> bool:
    """True when a claim by ``reporter`` stays unconfirmed (see the rule above ``_OPEN_HEADS``).

    ``sentence`` is the sentence that holds the claim: "who was not authorized to speak"
    or "on condition of anonymity" there makes any person-like reporter anonymous.
    """
    words = [w.strip(",;:\"\u201c\u201d").lower() for w in reporter.split()]
    words = [w for w in words if w]
    if not words or words[0] in _NOT_REPORTERS or words[0] in AUXILIARIES:
        return False
    tail = next((k for k, w in enumerate(words) if w in ("familiar", "close", "who", "with",
                                                          "at", "from", "for", "of", "in")
                 and k > 0), len(words))
    np, head = words[:tail], words[tail - 1]
    if head in _SOURCE_HEADS:
        return True
    if head in _DOCUMENT_HEADS:
        return any(w in _UNPUBLISHED for w in np)
    if sentence and not _absent(_ANONYMITY_WORDS, sentence) and _ANONYMITY.search(sentence) and (
            np[0] in _ANON_DETERMINERS or np[0] in _DEFINITE):
        return True  # "an engineer at the dam, who spoke on condition of anonymity, said"
    if head not in _OPEN_HEADS and not re.fullmatch(r"spokes(?:man|woman|person|people)", head):
        return False
    return head in _OPEN_HEADS and _anonymous_np(np)


def _anonymous_np(words: list[str]) -> bool:
    """True when a noun phrase ending in a role noun names nobody ("a senior official")."""
    if not words:
        return False
    first = words[0].lower()
    if first in _ANON_DETERMINERS:
        return True
    if first in _DEFINITE or first.endswith(("'s", "\u2019s")):
        return False
    head = words[-1].lower()
    return head.endswith("s") or head == "people"


def _np_before(text: str, end: int) -> str:
    """The noun phrase that ends at ``end``: determiner and up to four modifiers."""
    words = text[:end].split()
    out: list[str] = []
    for w in reversed(words):
        low = w.lower().strip(",;:\"\u201c\u201d")
        if w.endswith((",", ";", ":", "\"", "\u201d")) and out:
            break
        if low in _NP_BOUNDARY or (out and len(out) > 4):
            break
        out.append(w.strip(",;:\"\u201c\u201d"))
        if low in _ANON_DETERMINERS or low in _DEFINITE:
            break
    return " ".join(reversed(out))


@dataclass(frozen=True, slots=True)
class _Anonymous:
    reporter: str
    cue: str
    claim: str
    backshift: bool


_ANON_VERBS = ("said", "say", "told", "claim", "added", "reported", "believe", "warned",
               "according")
"""A word of ``_REPORTING`` or ``_ANON_BEFORE``'s verbs: a sentence without any of these
needs no scan for an anonymous source (most sentences)."""


def find_anonymous(text: str) -> _Anonymous | None:
    """An unnamed source's claim in a sentence ("a pro-Russian official said ..."), if any."""
    if not any(verb in text for verb in _ANON_VERBS) or _absent(_ROLE_WORDS, text):
        return None
    for m in _ANON_AFTER.finditer(text):
        np = _np_before(text, m.start("verb") if not m.group("tail") else m.end("role"))
        if m.group("tail"):
            np = f"{np}{m.group('tail')}"
        if not _anonymous_np(np.split()) or not is_unconfirmed_source(np, text):
            continue
        verb = m.group("verb").lower()
        after = text[m.end():].strip()
        if verb == "told":
            t = _THAT.search(after, 0, 60)
            after = after[t.end():] if t else ""
        backshift = verb in _PAST_VERBS
        if len(after.split()) >= 4:
            claim = after
            if verb != "told":
                pos, inner = _innermost(text, m.start("verb"))
                claim, backshift = text[pos:], backshift or inner in _PAST_VERBS
        else:
            claim = text[: text.rfind(np) if np in text else m.start()]
        return _Anonymous(np, f"{np} {m.group('verb')}", claim, backshift)
    for m in _ANON_BEFORE.finditer(text):
        np = m.group("np").strip()
        if not _anonymous_np(np.split()) or not is_unconfirmed_source(np, text):
            continue
        claim = text[: m.start()]
        if len(claim.split()) < 4:
            continue
        return _Anonymous(np, f"{m.group('verb')} {np}", claim,
                          m.group("verb").lower() == "said")
    return None


_NEGATED = re.compile(r"\b(?:not|never)\b|n['\u2019]t\b", re.I)
_SUBORDINATE = frozenset(("that", "when", "which", "who", "because", "if", "even", "while",
                          "although", "though", "as", "after", "before", "until", "unless"))


def _main_clause(claim: str) -> str:
    """The claim up to its first subordinate clause: where a negation negates the claim."""
    words = claim.split()
    k = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _SUBORDINATE), len(words))
    return " ".join(words[:k])


def _reported_question(claim: str, *, backshift: bool, common: Container[str]) -> str | None:
    """The question a reported claim raises. A negated claim keeps its negation behind a
    frame ("Is it true that X would not ...?"): the inverted question asks both ways, and
    "as Y said" after it would put the opposite claim in Y's mouth."""
    if _NEGATED.search(_main_clause(clean_claim(claim))):
        return is_it_true(claim, common=common)
    return claim_question(claim, backshift=backshift, common=common)


def _as_reported(q: str, reporter: str, verb: str, common: Container[str]) -> str:
    """"Is X?" + reporter -> "Is X, as a pro-Russian official said?"."""
    reporter = reporter.split(",")[0].strip() or reporter  # not its "who spoke on ..." aside
    first = reporter.split()[0].lower()
    lower = (first in _ANON_DETERMINERS or first in _DEFINITE or first in common
             or re.fullmatch(_ROLES, first, re.I) is not None)
    who = reporter[:1].lower() + reporter[1:] if lower else reporter
    present = verb not in _PAST_VERBS or verb in ("according", "to")
    plural = who.split()[-1].lower().endswith("s") or who.split()[-1].lower() == "people"
    said = ("say" if plural else "says") if present else "said"
    return f"{q[:-1]}, as {who} {said}?"


def anonymous_question(text: str, common: Container[str] = frozenset()) -> Candidate | None:
    """The question an anonymous source's claim raises, found from the wording alone."""
    found = find_anonymous(text)
    if found is None:
        return None
    q = _reported_question(found.claim, backshift=found.backshift, common=common)
    if q is None:
        return None
    verb = found.cue.split()[-1].lower() if not found.cue.lower().startswith(
        ("said", "says", "according")) else found.cue.split()[0].lower()
    return Candidate(-1, _as_reported(q, found.reporter, verb, common), found.cue,
                      QuestionKind.UNCONFIRMED, _RANK[QuestionKind.UNCONFIRMED] + 1.0)


_ASKING = frozenset(("asked", "asks", "ask", "questioned", "wondered", "wonders", "queried"))
"""Cues of a question put, not a claim made: "as lawmakers say" would misreport it."""


_SOURCE_RANK = _RANK[QuestionKind.UNCONFIRMED] + 1.0
"""The rank of a question from an anonymous source's claim."""
_ASKED_RANK = _RANK[QuestionKind.HEDGED] + 1.0
"""The rank of a question an anonymous source asks."""


def _source_questions(article: Article, sources: Iterable[Source], common: Container[str],
                      settled: Container[int] = frozenset()) -> list[Candidate]:
    """Claims of the sources the sources analysis marked anonymous.

    ``settled`` sentences already have a question that none of these can outrank
    (``_SOURCE_RANK``, ``_ASKED_RANK``); they are skipped.
    """
    out: list[Candidate] = []
    for src in sources:
        if not src.anonymous:
            continue
        by_sentence: dict[int, list[tuple[bool, str, str, str]]] = {}
        for att in src.attributions:
            if not 0 <= att.sentence < len(article.sentences) or att.sentence in settled:
                continue
            by_sentence.setdefault(att.sentence, []).append(
                (att.quote, att.content.plain, att.source.plain, att.cue.plain))
        for index, atts in sorted(by_sentence.items()):
            for _quote, content, reporter, cue in sorted(atts, key=lambda a: a[0]):
                verb = cue.split()[-1].lower() if cue.split() else "said"
                if not is_unconfirmed_source(reporter, article.sentences[index].text):
                    continue
                q = _reported_question(content, backshift=verb in _PAST_VERBS, common=common)
                if q is None or not reporter.strip():
                    continue
                if verb in _ASKING:  # "lawmakers asked whether X": their question, no claim
                    out.append(Candidate(index, q, f"{reporter} {cue}".strip(),
                                         QuestionKind.HEDGED, _ASKED_RANK))
                    break
                out.append(Candidate(index, _as_reported(q, reporter, verb, common),
                                      f"{reporter} {cue}".strip(), QuestionKind.UNCONFIRMED,
                                      _SOURCE_RANK))
                break
    return out


# --------------------------------------------------------------------------- assembly


_ERS_WORD = re.compile(r"[A-Z][a-z]+ers\b")
_OPENING_WORD = re.compile(r"[\"'\u201c\u2018(]*(?P<word>[A-Z][a-z]+)(?=[\s,;:]+(?P<next>\S+)"
                           r"(?:\s+(?P<after>\S+))?)")
"""A sentence's first word in capitals, quotation marks before it skipped, and the two
words that follow."""
_LINKS = frozenset(("of", "on", "in", "at", "for", "from", "with", "to", "by", "about", "and",
                    "or", "the", "a", "an", "up", "off", "out", "into", "over", "as"))
"""Words between a sentence's first word and a name that make no title ("Shooting on
Casino Royale", unlike "Conservative leader Michael Howard")."""


def _common_words(article: Article) -> CommonWords:
    """Words the article writes in lower case somewhere: no names. A capitalised word in
    "-ers" that never stands capitalised inside a sentence counts too ("Engineers will ..."
    only at the start is a noun; "beat Rangers" shows a name); so does a word that opens a
    sentence and is no name (see ``CommonWords``)."""
    text = article.text
    lower = set(re.findall(r"\b[a-z][a-z\-']+\b", text))
    ers = [(m.group(), m.start()) for m in _ERS_WORD.finditer(text)]
    if ers:
        names = {w for w, at in ers if at > 1 and text[at - 1] == " "
                 and (text[at - 2].islower() or text[at - 2] in ",;0123456789")}
        lower.update(w.lower() for w, _ in ers if w not in names)
    return CommonWords(article, frozenset(lower))


class CommonWords:
    """The words of an article that are no names (lower case), for ``in`` tests: those it
    writes in lower case, and the capitalised words that open its sentences and are no
    names, so that a question that puts one inside reads "Is it confirmed that studies
    have ...?". The second kind is decided for a word when it is asked for, once.

    The article is the evidence: a word that it also writes capitalised inside a sentence
    (or in another form: "Conservatives" for "Conservative"), or that opens a sentence
    before a name ("Mark Lane said", "Conservative leader Michael Howard said"), is taken
    for a name. Of the rest, a word counts when the article writes a form of it in lower
    case ("problem" for "Problems"), or when it is an everyday word (``is_everyday_word``)
    that does not stand alone as a singular subject ("Brown says", "Bush may": names as
    often as not). A word of one letter ("I") or with more capitals ("US", "McCain") is
    never one.
    """

    __slots__ = ("_article", "_decided", "_lower", "_openers")

    def __init__(self, article: Article, lower: frozenset[str]) -> None:
        self._article = article
        self._lower = lower
        self._openers: dict[str, list[tuple[str, str]]] | None = None
        self._decided: dict[str, bool] = {}

    def __bool__(self) -> bool:
        return bool(self._lower)  # as a set: empty when the article writes no word

    def __contains__(self, word: object) -> bool:
        if word in self._lower:
            return True
        if not isinstance(word, str):
            return False
        if word not in self._decided:
            self._decided[word] = self._opening_word(word)
        return self._decided[word]

    def _opening_word(self, word: str) -> bool:
        if self._openers is None:
            self._openers = self._scan()
        follows = self._openers.get(word)
        if not follows or any(nxt[:1].isupper() or (after[:1].isupper() and nxt.isalpha()
                                                    and nxt not in _LINKS)
                              for nxt, after in follows):
            return False  # no opener, or one before a name or in a title before one
        forms = _forms(word)
        written = any(f in self._lower for f in forms)
        if not (written or is_everyday_word(word)) or any(
                _inside_capital(self._article.text, f.capitalize()) for f in forms):
            return False
        return written or not any(_alone(word, nxt) for nxt, _ in follows)

    def _scan(self) -> dict[str, list[tuple[str, str]]]:
        """The words that open sentences and are not written in lower case, each with the
        two words after it, every time."""
        openers: dict[str, list[tuple[str, str]]] = {}
        for s in self._article.sentences:
            head = s.text.split(" ", 1)[0].lstrip("\"'\u201c\u2018(").rstrip(",;:").lower()
            if head in self._lower or not head.isalpha():
                continue  # most sentences: "The", "He", "But" are written in lower case too
            m = _OPENING_WORD.match(s.text)
            if m is not None:
                openers.setdefault(m.group("word").lower(), []).append(
                    (m.group("next"), m.group("after") or ""))
        return openers


def _alone(word: str, nxt: str) -> bool:
    """True when a singular ``word`` is the whole subject: a verb follows ("Brown says")."""
    low = _bare_word(nxt)
    return not word.endswith("s") and (low in AUXILIARIES or low in _SAYS_NOW or (
        nxt[:1].islower() and is_finite_verb(nxt)))


_SAYS_NOW = frozenset(("says", "thinks", "believes", "adds", "insists", "argues", "warns",
                       "claims", "admits", "hopes", "wants"))
"""Present verbs after a one-word subject ("Brown says"): a singular word that stands alone
as the subject is a name as often as a word, so only the article's own usage counts."""


def _inside_capital(text: str, word: str) -> bool:
    """True when ``text`` has ``word`` (capitalised) inside a sentence: after a lower-case
    word, a comma or a number ("said Brown", "Gordon Brown", "beat Hearts")."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if at > 1 and text[at - 1] == " " and (text[at - 2].islower()
                                               or text[at - 2] in ",;0123456789") and not (
                text[end : end + 1].isalpha()):
            return True
        at = text.find(word, end)
    return False


def _forms(word: str) -> tuple[str, ...]:
    """A lower-case word with its singular and plural ("problems" -> "problem", ...)."""
    base = stem(word)
    plural = base[:-1] + "ies" if base.endswith("y") else base + (
        "es" if base.endswith(("s", "x", "ch", "sh")) else "s")
    return (word, base, plural)


def _tokens(q: str) -> frozenset[str]:
    return frozenset(content_words(q))


def _deduplicate(cands: list[Candidate]) -> list[Candidate]:
    """Drop near-duplicates, keeping the higher-ranked (then earlier) question."""
    kept: list[tuple[Candidate, frozenset[str]]] = []
    for c in sorted(cands, key=lambda c: (-c.rank, c.sentence)):
        toks = _tokens(c.question)
        dup = False
        for _, other in kept:
            union = toks | other
            if union and len(toks & other) / len(union) >= DUPLICATE_OVERLAP:
                dup = True
                break
        if not dup:
            kept.append((c, toks))
    return [c for c, _ in kept]


def open_questions(article: Article, options: AnalysisOptions, *,
                   sources: tuple[Source, ...] | None = None) -> tuple[OpenQuestion, ...]:
    """The claims the article leaves open, as questions, in document order."""
    common = _common_words(article)
    frames = frame_words_in(article.text)
    best: dict[int, Candidate] = {}

    def offer(c: Candidate) -> None:
        if c.sentence not in best or c.rank > best[c.sentence].rank:
            best[c.sentence] = c

    for s in article.sentences:
        for cand in (hedged_question(s.text, common), anonymous_question(s.text, common),
                     framed_question(s.text, common, frames=frames)):
            if cand is not None:
                offer(Candidate(s.index, cand.question, cand.cue, cand.kind, cand.rank))
    if sources:
        settled = {i for i, c in best.items() if c.rank >= max(_SOURCE_RANK, _ASKED_RANK)}
        for cand in _source_questions(article, sources, common, settled):
            offer(cand)
        for contest in contested(sources, common=common):
            if 0 <= contest.sentence < len(article.sentences):
                offer(Candidate(contest.sentence, contest.question, contest.cue,
                                 QuestionKind.CONTESTED, _RANK[QuestionKind.CONTESTED],
                                 contest.related))
    kept = _deduplicate(list(best.values()))
    if options.max_open_questions:
        kept = kept[: options.max_open_questions]
    kept.sort(key=lambda c: c.sentence)
    out = []
    for c in kept:
        s = article.sentences[c.sentence]
        out.append(OpenQuestion(question=c.question, cue=c.cue, span=article.span(s.start, s.end),
                                kind=c.kind, sentence=c.sentence, related=c.related))
    return tuple(out)
