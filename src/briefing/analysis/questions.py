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
from collections.abc import Container, Iterable
from dataclasses import dataclass

from briefing.analysis.contested import contested
from briefing.analysis.hedges import MEDIUM, CueKind, HedgeCue, find_cues, uncertainty_score
from briefing.analysis.lexical import content_words
from briefing.analysis.phrasing import (
    AUXILIARIES,
    HEDGE_ADVERBS,
    clean_claim,
    drop_asides,
    expand_contractions,
    has_subject,
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
    re.compile(r"^(?:it\s+)?remains\s+to\s+be\s+(?P<word>seen)\s+(?:whether|if)\s+", re.I),
    re.compile(r"^there\s+(?:are|were|have\s+been|is)\s+(?:\w+\s+)?"
               r"(?P<word>reports|rumou?rs|signs|indications|suggestions|claims|fears|"
               r"speculation)\s+that\s+", re.I),
    re.compile(r"^(?P<word>perhaps|maybe|possibly|probably|presumably|apparently|reportedly|"
               r"allegedly|conceivably),?\s+", re.I),
)
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
_NOT_REPORTERS = frozenset(("he", "she", "it", "they", "we", "i", "you", "who", "which",
                            "that", "this", "these", "those", "there", "what", "whom", "few",
                            "no", "none"))


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


def _qualifying_in(text: str, cues: Iterable[HedgeCue]) -> list[HedgeCue]:
    """``_qualifying`` without negated ability ("the case could not be brought")."""
    out = []
    for c in _qualifying(cues):
        if c.text.lower().startswith("could") and (
            re.match(r"\s+(?:not|never|only|barely|hardly|see|hear|smell|feel|find|"
                     r"(?:\w+\s+)?(?:no|nothing|none)\b)", text[c.end:])
            or re.search(r"\b(?:than|as)\s+(?:\S+\s+){0,3}$", text[:c.start])
        ):
            continue  # "could not be brought", "larger than the government could afford"
        if _no_open_claim(text, c):
            continue
        if c.text.lower() == "likely" and re.search(
                r"\b(?:the|a|an|of|among|for|with|to|by|from|in|on|many|more|most|all)\s+$",
                text[: c.start], re.I) and not re.match(r"\s+(?:to|that)\b", text[c.end:]):
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
_CONCESSIVE = re.compile(r"\b(?:while|whilst|although|though|whereas|even\s+if)\s+(?:[^,;]*)$",
                         re.I)


def _no_open_claim(text: str, cue: HedgeCue) -> bool:
    """True when a modal or adverb cue frames no claim a reader could check: a counterfactual
    ("would have won", "if ..., it could have"), a speech act ("some might say"), advice
    ("may as well"), a concession ("while it may be hard, ..."), a comparison ("more likely
    than") or a hedge on a gerund ("after allegedly posting")."""
    low = cue.text.lower()
    after, before = text[cue.end:], text[: cue.start]
    last = low.split()[-1]
    if low in ("would", "could", "might", "may") and re.match(r"\s+have\b", after):
        low, after = f"{low} have", re.sub(r"^\s+have", "", after)  # the cue stops at the modal
    if low in ("may", "might", "could", "would") and _SPEECH_AFTER_MODAL.match(after):
        return True
    nxt = [w for w in after.split()[:2] if not w.lower().endswith("ly")][:1]
    if low == "would have" and nxt and is_participle(nxt[0]):
        return True  # counterfactual: "the plane would have crashed sooner"
    if low in ("could have", "might have", "may have", "would have") and re.search(
            r"\b(?:if|unless|otherwise|differently)\b", text, re.I):
        return True  # "if the engines had stalled, the plane could have ..."
    if last in ("may", "might", "could", "likely", "probably") and _CONCESSIVE.search(before) \
            and "," in after:
        return True  # "while it may be hard to see, the ...": the main clause follows
    if low in ("may", "might") and re.search(r"^\s+be\s+(?!able\b)[^,;]*?,?\s+but\b", after):
        return True  # "the cup may be a fine prize, but ...": a concession
    if re.search(r"\b(?:unclear|unknown|not\s+(?:clear|known|sure|certain)|wonder(?:s|ed)?|"
                 r"asks?|asked|know)\s+(?:when|how|why|where|what|who|which)\b[^,;]*$",
                 before, re.I):
        return True  # "it is unclear when a trial could start": the open part is "when"
    if re.search(r"\bif\s+(?:convicted|found\s+guilty)\b", text, re.I):
        return True  # a penalty the law sets, not a claim
    if last in ("could", "might") and _PURPOSE.search(before):
        return True  # "so that the seats could be removed": a purpose, no claim
    if _CONDITION_BEFORE.search(before) or (_INVERTED_CONDITION.match(text) and "," in before):
        return True  # "if the deal fails, the mill could close": asked without its condition
    if _OVERTAKEN.search(before):
        return True  # "fans had feared the roof could leak": a belief the story has overtaken
    if re.match(r"\s+(?:best\s+)?be\s+(?:described|called|termed|seen\s+as)\b", after):
        return True  # "might best be described as ...": wording, not a claim
    if (low.endswith(" have") and re.search(r"\b(?:much\s+earlier|sooner|in\s+time)\b", after)) or (
            low in ("might have", "could have") and re.search(r"\b(?:later|earlier)\b", after)):
        return True  # "might have been found sooner": a counterfactual
    if last == "likely" and re.search(r"\b(?:more|less|most|least|as|equally)\s*$", before,
                                      re.I):
        return True  # "women were less likely than men to ...": a comparison of rates
    # "suspended after allegedly posting": the hedge is on the gerund
    return last in ("allegedly", "reportedly", "supposedly", "purportedly") and re.search(
        r"\b(?:after|for|of|by|over|before|without|while|when|since|in|on)\s*$", before,
        re.I) is not None


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
            q = question(claim, backshift=word in ("predicted", "forecast"), common=common)
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
    if verb in _LOOKING_AHEAD:
        lead, tail = "will", rest
    elif first == "be":
        lead = ("were" if plural else "was") if past else ("are" if plural else "is")
    elif first == "have":
        lead = "had" if past else ("have" if plural else "has")
    else:
        lead, tail = ("did" if past else ("do" if plural else "does")), rest
    # the inverter does the rest, so that trimming and casing stay in one place
    return to_question(" ".join([*subj, lead, *adverbs, *tail]), common=common)


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
    """A claim as a question: "X is likely to V" -> "Will X V?", else by inversion."""
    raising = _RAISING.match(expand_contractions(drop_asides(claim)))
    if raising is not None:
        q = _raised(raising, common, backshift=backshift)
        if q is not None or (raising.group("verb") or "").lower() in _LOOKING_AHEAD:
            return q  # no "Is X meant to ..." for a past expectation
    return question(claim, backshift=backshift, common=common)


def _demonstrative(text: str, pos: int) -> bool:
    """True when "that" ending at ``pos`` points at a noun: "but that company might"."""
    nxt = [w.lower() for w in _WORD.findall(text[pos : pos + 60])[:2]]
    return (len(nxt) == 2 and nxt[0].isalpha() and nxt[0] not in _NOT_REPORTERS
            and nxt[0] not in _ANON_DETERMINERS and nxt[0] not in _DEFINITE
            and not nxt[0].startswith(("every", "some", "no", "any"))
            and nxt[1] in AUXILIARIES)


_DETERMINER_SLOTS = frozenset(("of", "in", "on", "at", "for", "from", "with", "by", "about",
                               "into", "over", "under", "against", "through"))
"""After these a "that" is a determiner ("control of that chamber"), never a complementizer."""


def _clause_start(text: str, pos: int) -> tuple[int, bool] | None:
    """Where the clause that holds ``text[pos]`` starts, and whether it is reported speech
    in the past; None inside a relative clause ("..., which may help")."""
    start, backshift, relative, finite, pending = 0, False, False, False, False
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
        if w == "that" and (m.start() == 0 or before in _DETERMINER_SLOTS):
            continue  # "That could clear ...", "control of that chamber could": a determiner
        if w == "that" and before in ("and", "but", "so", "or", "yet") and _demonstrative(
                text, m.end()):
            start, relative, finite = m.start(), False, False  # "but that company might"
        elif w in _SPLICE_SUBJECTS and finite and text[: m.start()].rstrip().endswith(","):
            start, relative, finite = m.start(), False, False  # "X has years, it could ..."
        elif (w in _COMPLEMENT_VERBS or w in _OTHER_REPORTING) and before in _ARTICLES:
            continue  # "the alleged smuggling", "a suspected leak": an adjective
        elif w in _COMPLEMENT_VERBS or w in _CLAUSE_OPENERS or w in _OTHER_REPORTING:
            start, relative, finite = m.end(), False, False
            pending = w in _SUBORDINATORS
            if w in _COMPLEMENT_VERBS:
                backshift = w in _PAST_VERBS
            elif w in _OTHER_REPORTING:
                backshift = True
        elif w in ("which", "who", "whom", "whose", "what"):
            start, relative, finite = m.end(), True, False
        elif w in ("and", "but") and (finite or text[: m.start()].rstrip().endswith((",", ";"))):
            start, relative, finite = m.end(), False, False  # a second main clause
        elif is_finite_verb(w):
            finite = True
    return None if relative else (start, backshift)


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
        if head in _PAST_VERBS and any(w in _BACKGROUND for w in before[:-1]):
            return None  # "after he thought his debt had been paid": narrative background
        if _OVERTAKEN.search(text[: cue.end] + " "):
            return None  # "analysts had believed the drug would sell": overtaken by events
        if any(w in ("is", "are", "was", "were", "be", "been") for w in before[-2:]) and not (
                re.match(r"\s+(?:that|to)\b", text[cue.end:])) and "it" not in before:
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
        if verb == "told":
            m = re.search(r"\bthat\b", claim[:60])
            if m is None:
                return None
            claim = claim[m.end():]
        q = claim_question(claim, backshift=verb in _PAST_VERBS, common=common)
        return (q, kind) if q else None
    found = _clause_start(text, cue.start)
    if found is None:
        return None
    start, backshift = found
    if any(w.lower() in _PERSONAL for w in _WORD.findall(text[:start])[-4:]):
        return None  # "I believe we can ...", "you didn't think X could": a speaker's view
    clause = text[start:]
    if clause.lstrip().startswith("that "):
        clause = "That " + clause.lstrip()[5:]  # a demonstrative, kept by the cleaner
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
        q = to_question(_focus(clause, cue.start - start), backshift=backshift, common=common)
        return (q, kind) if q else None
    return None


def hedged_question(text: str, common: Container[str] = frozenset()) -> Candidate | None:
    """The question a hedged, speculative or unconfirmed sentence raises, if any.

    ``sentence`` of the result is a placeholder for the caller to set.
    """
    text = _FAVOURITE.sub("tipped to ", drop_asides(text))
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
    if sentence and _ANONYMITY.search(sentence) and (
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


def find_anonymous(text: str) -> _Anonymous | None:
    """An unnamed source's claim in a sentence ("a pro-Russian official said ..."), if any."""
    for m in _ANON_AFTER.finditer(text):
        np = _np_before(text, m.start("verb") if not m.group("tail") else m.end("role"))
        if m.group("tail"):
            np = f"{np}{m.group('tail')}"
        if not _anonymous_np(np.split()) or not is_unconfirmed_source(np, text):
            continue
        verb = m.group("verb").lower()
        after = text[m.end():].strip()
        if verb == "told":
            t = re.search(r"\bthat\b", after[:60])
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


def _source_questions(article: Article, sources: Iterable[Source],
                      common: Container[str]) -> list[Candidate]:
    """Claims of the sources the sources analysis marked anonymous."""
    out: list[Candidate] = []
    for src in sources:
        if not src.anonymous:
            continue
        by_sentence: dict[int, list[tuple[bool, str, str, str]]] = {}
        for att in src.attributions:
            if not 0 <= att.sentence < len(article.sentences):
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
                out.append(Candidate(index, _as_reported(q, reporter, verb, common),
                                      f"{reporter} {cue}".strip(), QuestionKind.UNCONFIRMED,
                                      _RANK[QuestionKind.UNCONFIRMED] + 1.0))
                break
    return out


# --------------------------------------------------------------------------- assembly


def _common_words(article: Article) -> frozenset[str]:
    """Words the article writes in lower case somewhere: no names."""
    return frozenset(re.findall(r"\b[a-z][a-z\-']+\b", article.text))


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
    best: dict[int, Candidate] = {}

    def offer(c: Candidate) -> None:
        if c.sentence not in best or c.rank > best[c.sentence].rank:
            best[c.sentence] = c

    for s in article.sentences:
        for cand in (hedged_question(s.text, common), anonymous_question(s.text, common)):
            if cand is not None:
                offer(Candidate(s.index, cand.question, cand.cue, cand.kind, cand.rank))
    if sources:
        for cand in _source_questions(article, sources, common):
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
