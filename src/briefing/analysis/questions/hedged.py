"""Hedged claims: a sentence with a hedge ("may", "it's possible that"), a belief ("troops
thought", "is expected to") or an unconfirmed report ("reportedly", "is said to") from
``hedges``, and the clause that the cue leaves open, worded as a question.

Finding that clause is most of the work, and each part has its own module:

* ``qualifying``: which cues leave a claim open at all (not "would have won", "some might
  say", a condition, a comparison);
* ``clauses``: the clause around the cue (``clause_start``), the conjunct it belongs to,
  the reported clause after a verb of belief (``innermost``);
* ``relatives``: a relative clause about a noun, which is asked about only through the
  clause around it;
* ``raising``: "X is said to V" and ``claim_question``, which words a claim (``phrasing``
  inverts it).

This module puts them together for one sentence (``hedged_question``): frames ("it is
likely that X"), one cue at a time, and "it is unclear when X" as a wh-question.

A hedge is asked about only in the clause it stands in. A clause after "how" or "why" is
an embedded question: asked with its wh-word when the sentence says the answer is not known
("officials did not say how X could pay" -> "How could X pay?"), and not at all when its
yes/no form would ask what the clause takes as given ("why X may have left"). A hedge in an
aside is not asked of the main clause: the cleaner cutting the hedge away says so
(``to_question``'s ``hedge``); a hedge opening an apposition names the noun before it ("a
large vehicle, possibly a van" -> "a van"); a clause about a noun in apposition is asked of
that noun ("..., a timeline X could still match" -> "Could X still match the timeline?").
"""

from __future__ import annotations

import re
from collections.abc import Container

from briefing.analysis.hedges import MEDIUM, HedgeCue, find_cues, uncertainty_score
from briefing.analysis.phrasing import (
    AUXILIARIES,
    FINITE,
    HEDGE_ADVERBS,
    bare_word,
    drop_asides,
    expand_contractions,
    has_subject,
    hedge_count,
    is_it_true,
    is_plural,
    question,
    to_question,
)
from briefing.analysis.phrasing.words import (
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    MOVABLE,
)
from briefing.analysis.questions.candidate import RANK, Candidate
from briefing.analysis.questions.clauses import (
    BE_FORMS,
    LIKELY_TO,
    adjective_at,
    clause_start,
    count_that,
    focus,
    innermost,
    main_subject,
    reported_past,
    shared_subject,
)
from briefing.analysis.questions.qualifying import (
    ADVICE,
    HAVE_AFTER,
    INVERTED_HAD,
    KIND_OF_CUE,
    OVERTAKEN,
    QUALIFYING_TRIGGERS,
    TO_AFTER,
    qualifying_in,
)
from briefing.analysis.questions.raising import (
    RAISED_KIND,
    RAISING,
    RAISING_WORDS,
    claim_question,
    raised_question,
    without_chance_frame,
)
from briefing.analysis.questions.relatives import contact_relative
from briefing.analysis.questions.words import (
    ARTICLES,
    COMPLEMENT_VERBS,
    NP_BOUNDARY,
    PAST_VERBS,
    PRONOUN_SUBJECTS,
    THAT,
    TO_OR_THAT,
    WORD,
    absent,
)
from briefing.model import QuestionKind

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
               r"believed|said|reported|understood|feared|suspected|rumou?red|alleged|expected)"
               r"\s+(?=(?:the|a|an|his|her|its|their|these|those|some|many|most|"
               r"[A-Z][\w\u2019'\-]*|[a-z]{3,}[^s\W]s)\s)"),  # "it is thought the fire": no "that"
    re.compile(r"^[Ii]t\s+(?P<word>seems|appears)\s+(?:that\s+)?(?=(?:the|a|an|his|her|its|"
               r"their|these|those|[A-Z][\w\u2019'\-]*)\s)"),  # "it seems the plan is working"
    re.compile(r"^(?:it\s+)?remains\s+to\s+be\s+(?P<word>seen)\s+(?:whether|if)\s+", re.I),
    re.compile(r"^there\s+(?:are|were|have\s+been|is)\s+(?:\w+\s+)?"
               r"(?P<word>reports|rumou?rs|signs|indications|suggestions|claims|fears|"
               r"speculation)\s+that\s+", re.I),
    re.compile(r"^(?P<word>perhaps|maybe|possibly|probably|presumably|apparently|reportedly|"
               r"allegedly|conceivably),?\s+", re.I),
)


_WORDING_HEADS = frozenset(("phrase", "term", "word", "words", "name", "label", "title", "slogan",
                            "wording", "expression"))
"""What "suggests" after these reports is a connotation, not a claim ("the phrase suggests")."""


_ADVERB_KIND = {"reportedly": QuestionKind.UNCONFIRMED, "allegedly": QuestionKind.UNCONFIRMED}


_PERSONAL = frozenset(("i", "we", "you"))


_FALSELY = frozenset(("wrongly", "mistakenly", "falsely", "erroneously", "naively", "never"))
"""Before a verb of belief these say the belief was false: "he wrongly thought X"."""


_BACKGROUND = frozenset(("after", "when", "because", "since", "before", "until", "as", "once",
                         "while", "though", "although"))
"""A belief in a clause opened by these is the story's background ("after he thought ...")."""


_SUBORDINATE = re.compile(r"\b(?:after|before|when|because|since|until|while|although|though)"
                          r"\s+(?=(?:the|a|an|his|her|its|their|some|many|[A-Z]|[a-z]+s\s))")
"""A subordinate clause with a subject of its own: an adverb after it hedges that clause
("... last month after fans allegedly tried to hide it")."""


_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]+ed\s+(?:in|by|with|at|on|for|from|as)\b")
"""A participle and its preposition after a hedging adverb ("allegedly used by")."""


_MODAL_CUES = frozenset(("may", "might", "could", "have", "be"))
"""Last words of modal cues ("may", "could have", "could be")."""


_WHAT_APPEARS = re.compile(r"(?=[Ww])\bwhat\s+(?:appears|appeared|seems|seemed|looks|looked)\s+"
                           r"(?:to\s+(?:be|have\s+been)|like)\s+", re.I)
"""A hedge on one noun phrase: the claim is the sentence with the hedge taken out."""


_FAVOURITE = re.compile(r"\btipped\s+as\s+(?:the\s+|a\s+)?(?:clear\s+|strong\s+)?"
                        r"(?:favou?rite|front-?runner)\s+to\s+", re.I)
""""tipped as the favourite to win" says "tipped to win"."""


_EXPECT_TO = re.compile(r"\s+(?P<np>(?:[\w\u2019'\-.]+\s+){1,6}?)to\s+(?P<verb>[a-z]+)\b")
""""expect the club to win": the subject of the expected event and its verb."""


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


_REPORTED_FRAME = re.compile(
    r"^[^,;\"\u201c]{3,80}?\s(?:says|said|believes|believed|thinks|thought|adds|added)\s+"
    r"(?:that\s+)?(?:(?:despite|after|with|given|amid|under|without)\s[^,;]{1,60},\s+)?"
    r"(?=(?:it|this)\s+(?:is|was|seems|seemed|appears|appeared|remains|remained)\s)")
"""A frame ("it seems likely", "it is expected") reported after a verb of saying, behind a
short opening phrase of its own: "X says despite an offer of troops, it seems likely ..."."""


_REPORTED_VERBS = ("says", "said", "believe", "thinks", "thought", "add")
"""Pieces of the verbs of ``_REPORTED_FRAME`` (which is case-sensitive): one must be there."""


def _named_pronoun(text: str, verb_at: int, claim: str) -> str:
    """The claim with its "he"/"she" subject named after the cue's own subject: "coach Ann
    Vos says she is unlikely to pick X" -> "Ann Vos is unlikely to pick X"."""
    m = re.match(r"\s*(?:that\s+)?(?:he|she)\s+", claim)
    if m is None:
        return claim
    lead = text[:verb_at]
    name = main_subject(lead[lead.rfind(",") + 1 :], len(lead) - lead.rfind(",") - 1)
    if name and is_plural(name.split()):
        return claim  # "Police said he ...": "he" is someone else
    return f"{name} {claim[m.end():]}" if name else claim


_WHICH_BEFORE = re.compile(r"\b(?:of|for|in|on|at|by|with|about|to|from)\s+(?:which|whom)\s+"
                           r"(?:\S+\s+){0,4}$", re.I)


_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w\u2019'\-.]+\s+){0,5}$", re.I)
"""A verb of belief inside a "what" clause: what it reports has a gap ("what X think Y
will be doing")."""


_PRONOUN_OBJECT = re.compile(r"\s*(?:that|this|it|so)\s*[,.;:!?\"\u201d'\u2019)]", re.I)
"""A verb's object that is a pronoun, then punctuation ("no data to suggest that,"): the
verb takes no clause."""


_PLACED_THAT = re.compile(r"\s*(?:in|by|on|at|from|during|within|throughout)\s+"
                          r"[^,;:\"\u201c]{2,60}?,?\s+that\s+"
                          r"(?!is\b|was\b|will\b|would\b|could\b|may\b)", re.I)
"""A verb of saying, then where it was said, then its clause: "argued in the new paper that
X", "as argued in the new paper, that X" (the "that" opens the clause; it is no
demonstrative of X's subject)."""


_MENTAL_VERBS = frozenset(("thought", "think", "thinks", "believe", "believes", "believed",
                           "suspect", "suspects", "suspected", "fear", "fears", "feared",
                           "expect", "expects", "expected"))
"""Verbs of a state of mind: "believes in the illusion that X" is a belief in a noun."""


_IF_CLAUSE = re.compile(r"\s*(?:that\s+)?(?:if|unless)\b", re.I)


_SHOULD = re.compile(r"\bshould\b")


def _raised_at(text: str, at: int, kind: QuestionKind,
               common: Container[str]) -> tuple[str, QuestionKind] | None:
    """The question of "X is believed to V" whose verb of belief is at ``at``."""
    found = clause_start(text, at)
    if found is None:
        return None
    # "X needed stitches and is believed to V": the cue's own conjunct, with its subject
    clause = shared_subject(text[found[0]:], at - found[0])
    raising = RAISING.match(expand_contractions(clause))
    if raising is None:
        return None
    q = raised_question(raising, common, backshift=found[1])
    word = (raising.group("verb") or raising.group("raise") or "").lower()
    return (q, RAISED_KIND.get(word, kind)) if q else None


_CANNOT_POSSIBLY = re.compile(r"\b(?:could|can|would|might)(?:n['\u2019]t|\s*not)\s+possibly\b",
                              re.I)
"""A negated modal before "possibly": certainty, not a hedge ("couldn't possibly have been
worse", "cannot possibly know")."""


def _cannot_possibly(text: str, cue: HedgeCue) -> bool:
    """True when the cue is part of "could not possibly" and the like."""
    if "possibly" not in text[max(0, cue.start - 20) : cue.end + 20].lower():
        return False  # most cues: a quick look decides
    return any(m.start() <= cue.start and cue.end <= m.end()
               for m in _CANNOT_POSSIBLY.finditer(text, max(0, cue.start - 20)))


def _for_cue(text: str, cue: HedgeCue,
             common: Container[str]) -> tuple[str, QuestionKind] | None:
    """The question one qualifying cue raises in a sentence."""
    if _cannot_possibly(text, cue):
        return None  # "could not possibly have been more careless": no doubt, rhetoric
    kind = KIND_OF_CUE[cue.kind]
    head = cue.text.split()[-1].lower()
    if head in COMPLEMENT_VERBS and len(cue.text.split()) == 1 and cue.text[:1].islower():
        before = [w.lower() for w in WORD.findall(text[: cue.start])[-3:]]
        if any(w in _PERSONAL for w in before):
            return None  # "I think ...", "we believe ...": an opinion, not an open claim
        if before and (before[-1] in ARTICLES or before[-1] in ("of", "two", "three", "four",
                                                                  "five", "several", "some")
                       or before[-1].isdigit()):
            return None  # "the alleged agent", "one of two suspects": no verb of belief
        if adjective_at(text, cue.start):
            return None  # "unsure whether suspected militants ...": an adjective, no subject
        if before and (before[-1] in _FALSELY or before[-1] == "nobody" or before[-2:] == [
                "no", "one"]):
            return None  # "wrongly thought X", "no one thought X": a belief said to be false
        if before[-1:] == ["to"] and ("nothing" in before[-2:] or before[:1] == ["no"]):
            return None  # "no basis to think X", "nothing to suggest X": the doubt is denied
        if head in PAST_VERBS and any(w in _BACKGROUND for w in before[:-1]):
            return None  # "after he thought his debt had been paid": narrative background
        if OVERTAKEN.search(text[: cue.end] + " "):
            return None  # "analysts had believed the drug would sell": overtaken by events
        if _WHICH_BEFORE.search(text[: cue.start]):
            return None  # "projects for which the government argued there was ...": relative
        if _WHAT_BEFORE.search(text, max(0, cue.start - 60), cue.start):
            return None  # "what companies think people will be doing": the object is "what"
        if before and (before[-1] in _WORDING_HEADS or before[-1] == "successfully"):
            return None  # "the phrase suggests": a connotation; "successfully argued": settled
        if any(w in BE_FORMS for w in before[-2:]) and LIKELY_TO.match(text, cue.end):
            return _raised_at(text, cue.start, kind, common)  # "are thought likely to V"
        if any(w in ("is", "are", "was", "were", "be", "been") for w in before[-2:]) and not (
                TO_OR_THAT.match(text, cue.end)) and "it" not in before:
            return None  # "the vote is widely expected next May": a passive, no clause
        if before and before[-1] in BE_FORMS and TO_AFTER.match(text, cue.end):
            return _raised_at(text, cue.start, kind, common)  # "X are believed to V"
        expect = _EXPECT_TO.match(text, cue.end) if head in ("expect", "expects",
                                                              "expected") else None
        if expect is not None and before[-1:] != ["nobody"] and not any(
                w.lower() in NP_BOUNDARY or w.lower() in AUXILIARIES or w.endswith(",")
                for w in expect.group("np").split()):
            # "fans expect the club to win the cup" -> "Will the club win the cup?"
            q = to_question(f"{expect.group('np')}will {text[expect.start('verb'):]}",
                            common=common)
            return (q, kind) if q else None
        if contact_relative(text, cue.start):
            return None  # "the gap [the Tories believe Mr Brown will have to fill]"
        if _PRONOUN_OBJECT.match(text, cue.end):
            return None  # "no data to suggest that,": the object is a pronoun, no clause
        start, verb = innermost(text, cue.start)
        claim = text[start:]
        demonstrative = re.match(r"\s*that\b", claim)
        if demonstrative is not None and count_that(claim, demonstrative.end()):
            claim = f"That{claim[demonstrative.end():]}"  # "expects that total will"
        if not claim.strip() or claim.lstrip()[:1] in ",.;:!?":
            return None  # "as expected, ..." takes no clause
        if _IF_CLAUSE.match(claim) or (
                head.startswith("argu") and _SHOULD.search(claim, 0, 80)) or (
                ADVICE.search(claim[:80])):
            return None  # "argues that if X, ...": a condition; "argued X should": a position
        placed = _PLACED_THAT.match(claim) if verb not in _MENTAL_VERBS else None
        if placed is not None:
            claim = claim[placed.end():]  # "(as) argued in the paper(,) that X": X
        if verb == "told":
            m = THAT.search(claim, 0, 60)
            if m is None:
                return None
            claim = claim[m.end():]
        claim = _named_pronoun(text, cue.start, claim) if verb == head else claim
        q = claim_question(claim, backshift=reported_past(text, start), common=common)
        return (q, kind) if q else None
    found = clause_start(text, cue.start)
    if found is None:
        return None
    start, backshift = found
    if any(w.lower() in _PERSONAL for w in WORD.findall(text[:start])[-4:]):
        return None  # "I believe we can ...", "you didn't think X could": a speaker's view
    if start == 0 and _WH_SUBJECT.match(text):
        return None  # "Why X may have Ved remains a mystery": a clause as the subject
    if _verb_before(text, start, cue.start) or (
            _AUX_WORD.search(text, start, cue.start)
            and contact_relative(text[start:], cue.start - start)):
        return None  # "rules on how ringtones are sold could", "the gun he allegedly used"
    wh = _WH_OPENER.search(text, max(0, start - 12), start)
    known = _NOT_KNOWN_WH.search(expand_contractions(text[max(0, start - 60) : start])) if (
        wh is not None) else None
    if known is not None:
        # "unclear how the council could pay": the open part is "how", asked as such
        word = cue.text.split()[0].lower()
        n = hedge_count(text, start, cue.start + len(word), word)
        q = _embedded_wh(text[start:], known, common, (word, n))
        return (q, QuestionKind.HEDGED) if q else None
    if wh is not None and wh.group(1).lower() in ("how", "why") and (
            cue.text.lower().endswith(" have") or HAVE_AFTER.match(text, cue.end)):
        return None  # "how the virus may have spread": the spread is given, "how" is open
    if wh is not None and wh.group(1).lower() == "how" and _HOW_WHAT.match(text, start):
        return None  # "how best Britain could be defended": the wh-phrase takes the next word
    clause = text[start:]
    said = [w for w in WORD.finditer(text, max(0, start - 30), start)][-2:]
    if said and said[-1].group() == "that":
        said = said[:-1]
    if said and said[-1].group() in COMPLEMENT_VERBS:
        clause = _named_pronoun(text, said[-1].start(), clause)  # "Ann Vos says she may ..."
    if clause.lstrip().startswith("that "):
        nxt = clause.lstrip()[5:]
        # a demonstrative, kept by the cleaner; before a plural noun it opens a clause
        # ("and that executives may have had ...")
        clause = nxt if nxt[:1].islower() and is_plural(nxt.split()[:1]) else "That " + nxt
    raising = RAISING.match(expand_contractions(shared_subject(clause, cue.start - start)))
    if raising is not None and head in RAISING_WORDS:
        q = raised_question(raising, common)
        word = (raising.group("verb") or raising.group("raise") or "").lower()
        return (q, RAISED_KIND.get(word, QuestionKind.SPECULATIVE)) if q else None
    if head == "likely" and text[cue.end : cue.end + 2].strip()[:1].isupper():
        return None  # "Likely Republican nominee X has ...": an adjective on a name, no hedge
    if head in _ADVERB_KIND:
        inner = max((m for m in _SUBORDINATE.finditer(text, start, cue.start)
                     if has_subject(text[m.end() : cue.start].split())),
                    key=lambda m: m.start(), default=None) if not _PARTICIPLE_AFTER.match(
            text, cue.end) else None  # "after a raid on a firm allegedly
        # used by smugglers": a participle on the noun, no clause
        if inner is not None:  # "X acted after fans allegedly tried to ...": theirs
            start, clause = inner.end(), text[inner.end():]
        if not has_subject(text[start : cue.start].split()):
            return None  # "lyrics that allegedly call for ...": no claim of its own
        q = is_it_true(clause, frame="Is it confirmed that", common=common)
        return (q, _ADVERB_KIND[head]) if q else None
    if head in HEDGE_ADVERBS or head in _MODAL_CUES:
        bare = without_chance_frame(clause)
        clause, start = bare, start + len(clause) - len(bare)
        if head in HEDGE_ADVERBS and text[: cue.start].rstrip().endswith(","):
            renamed = _hedged_apposition(clause, cue.start - start, cue.end - start)
            if renamed is None:
                return None  # "cut 500 jobs, probably the deepest cuts": the hedge is the aside's
            if renamed != clause:  # "a large vehicle, possibly a van" -> "a van"
                q = to_question(renamed, reported=backshift, common=common)
                return (q, kind) if q else None
        claim = focus(clause, cue.start - start)
        word = cue.text.split()[0].lower()  # the cleaning must keep it (an aside's goes)
        n = 1 if text.lower().count(word) == 1 else hedge_count(claim, 0, len(claim), word) - (
            hedge_count(text, cue.start + len(word), len(text), word))  # those up to the cue
        q = to_question(claim, reported=backshift, common=common, hedge=(word, n))
        if q is None and head in _MODAL_CUES:
            q = _aside_question(text, cue, common)  # "..., a timeline Clinton could still match"
        return (q, kind) if q else None
    return None


_OBJECT_ASIDE = re.compile(
    r",\s+(?P<det>a|an|the)\s+(?P<noun>(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)\s+"
    r"(?P<subj>(?:[A-Z][\w\u2019'.\-]*\s+){1,3}|(?:the|its|his|her|their)\s+[a-z]+\s+)"
    r"(?P<modal>could|may|might)\s+(?P<adv>(?:still|also|yet|soon|easily|even|well)\s+)?"
    r"(?P<verb>[a-z]+)(?P<when>\s+(?:this|next)\s+(?:year|week|month|season|summer|autumn|"
    r"winter|spring|time))?[\s.!\"'\u201d\u2019]*$")
"""A noun in apposition at the end of a sentence with a clause about it whose object is
the noun: ", a timeline Clinton could still match (this year)"."""


_NO_OBJECT = frozenset(("be", "have", "do", "go", "come", "happen", "say", "get", "seem",
                        "look", "feel", "become", "remain", "stay", "work", "live", "not",
                        "never", "rise", "fall", "grow"))
"""Verbs that take no noun for object, or not the one their clause is about."""


def _aside_question(text: str, cue: HedgeCue, common: Container[str]) -> str | None:
    """The question of a hedge in a clause about a noun in apposition at the end of the
    sentence ("ads began in March, a timeline Clinton could still match" -> "Could Clinton
    still match the timeline?"): the noun, which the clause lacks as its object, put back
    after the verb; None for any other sentence."""
    m = _OBJECT_ASIDE.search(text, max(0, cue.start - 80))
    verb = m.group("verb") if m is not None else ""
    if m is None or m.start("modal") != cue.start or verb in _NO_OBJECT or verb.endswith("ly"):
        return None  # "a timeline Clinton could still [match]": a verb that takes an object
    subj = m.group("subj").strip()
    if bare_word(subj.split()[0]) in PRONOUN_SUBJECTS or any(
            bare_word(w) in AUXILIARIES for w in subj.split()):
        return None
    claim = (f"{subj} {m.group('modal')} {m.group('adv') or ''}{m.group('verb')} the "
             f"{m.group('noun')}{m.group('when') or ''}")
    return to_question(claim, common=common)


_APPOSITION_HEAD = re.compile(r"(?:^|\s)(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*,\s*$")
"""A short noun phrase with an article before the comma of an apposition: "a large vehicle,"."""


_APPOSITION_START = frozenset(("a", "an", "the", "one", "two", "three", "some", "his", "her",
                               "its", "their", "another", "more", "less", "about", "around"))


def _hedged_apposition(clause: str, at: int, end: int) -> str | None:
    """A hedging adverb after a comma that opens an apposition ("driving a large vehicle,
    possibly a van, and ..."): the hedge is on the apposition, which names the noun before
    it more closely. The clause with the apposition for that noun ("driving a van, and
    ..."); None when the noun before it is no short phrase with an article ("cut 500 jobs,
    probably the deepest cuts": nothing to ask); ``clause`` when no apposition follows."""
    rest = clause[end:]
    first = WORD.match(rest.lstrip())
    if first is None or (first.group().lower() not in _APPOSITION_START
                         and not first.group()[:1].isdigit()):
        return clause  # ", possibly to save money", ", probably because ...": no noun phrase
    cut = re.search(r",|\s(?:--|[-\u2013\u2014])\s", rest)
    apposition = rest[: cut.start()] if cut is not None else rest.rstrip(" .!?\"'\u201d")
    if any(w[:1].islower() and (bare_word(w) in AUXILIARIES or bare_word(w) in COMPLEMENT_VERBS)
           for w in apposition.split()):
        return clause  # ", perhaps the army had": a clause of its own
    head = _APPOSITION_HEAD.search(clause, 0, at)
    if head is None:
        return None
    tail = rest[cut.start():] if cut is not None else ""
    if tail.startswith(",") and not re.match(r",\s+(?:and|but|or)\b", tail):
        tail = tail[1:]  # "a man, possibly the gunman, on Friday" -> "the gunman on Friday"
    named = apposition.split()
    k = next((i for i, w in enumerate(named) if i and bare_word(w) in _OF_PLACES), len(named))
    noun = head.group().rstrip(" ,").split()[-1]
    if k > 1 and bare_word(named[k - 1]) == "one":  # "a cigarette, probably a careless one"
        named[k - 1] = noun  # -> "a careless cigarette"
    elif k > 1 and bare_word(named[k - 1]).endswith("est") and named[k - 1].islower():
        named.insert(k, noun)  # "the bridge, possibly the oldest in" -> "the oldest bridge in"
    return f"{clause[: head.start()]} {' '.join(named)}{tail}"


_OF_PLACES = frozenset(("in", "of", "on", "at", "from", "since", "for", "to", "by"))


_MODAL_BEFORE = re.compile(r"\b(?:could|might|may|would)\s+$", re.I)


def _modal_perfect(text: str, cue: HedgeCue) -> bool:
    """True for a modal cue before "have" ("could have", "might have"), or an adverb
    between a modal and "have" ("would likely have")."""
    low = cue.text.lower()
    if low in HEDGE_ADVERBS and HAVE_AFTER.match(text, cue.end) is not None:
        return _MODAL_BEFORE.search(text, max(0, cue.start - 12), cue.start) is not None
    return low.split()[0] in ("could", "might", "may", "would") and (
        low.endswith(" have") or HAVE_AFTER.match(text, cue.end) is not None)


def hedged_question(text: str, common: Container[str] = frozenset()) -> Candidate | None:
    """The question a hedged, speculative or unconfirmed sentence raises, if any.

    ``sentence`` of the result is a placeholder for the caller to set.
    """
    if text.rstrip(" \"'\u201d\u2019").endswith("?"):
        return None  # "Perhaps X simply need ...?": the article asks it already
    counterfactual = "had" in text and INVERTED_HAD.search(text) is not None
    text = drop_asides(text)  # which would drop "-- had it happened --" too
    if not absent(("tipped",), text):
        text = _FAVOURITE.sub("tipped to ", text)
    cues = find_cues(text, wanted=QUALIFYING_TRIGGERS)  # none: no cue would qualify
    qual = qualifying_in(text, cues)
    if counterfactual:
        qual = [c for c in qual if not _modal_perfect(text, c)]
    if not qual or uncertainty_score(cues) <= 0:
        return _open_wh(text, common)
    best = max(c.weight for c in qual)
    what = _WHAT_APPEARS.search(text)
    lead = text[: what.start()] if what is not None else ""
    if what is not None and len(lead.split()) <= 14 and lead.count(",") <= 1 and "--" not in lead:
        # "X died of what appears to be a heart attack" -> "Did X die of a heart attack?"
        q = claim_question(text[: what.start()] + text[what.end():], common=common)
        if q is not None:
            kind = QuestionKind.HEDGED
            return Candidate(-1, q, what.group().strip(), kind, RANK[kind] + best)
    framed = _from_frame(text, qual, common)
    reported = _REPORTED_FRAME.search(text) if framed is None and any(
        map(text.__contains__, _REPORTED_VERBS)) else None
    if reported is not None:  # "X says (despite Y,) it seems likely Z will ..."
        framed = _from_frame(text[reported.end():], qual, common)
    if framed is not None:
        q, cue, kind = framed
        return Candidate(-1, q, cue, kind, RANK[kind] + best)
    for c in sorted(qual, key=lambda c: (-c.weight, c.start)):
        found = _for_cue(text, c, common)
        if found is not None:
            return Candidate(-1, found[0], c.text, found[1], RANK[found[1]] + c.weight)
    return _open_wh(text, common)


_UNKNOWN_WH = re.compile(
    r"\b(?:it\s+(?:is|was|remains|remained)\s+(?:still\s+|also\s+)?(?:unclear|unknown|"
    r"not\s+(?:yet\s+)?(?:clear|known))|(?:no\s+one|nobody)\s+(?:knows|knew))\s+"
    r"(?P<wh>when|where|why|how)\s+(?!(?:much|many|far|long|soon|well|big|often|to)\b)"
    r"(?P<clause>[^,;:]+)", re.I)
"""An open "when/where/why/how" that the sentence says is not known: "it is unclear when
X will be back" -> "When will X be back?"."""


def _open_wh(text: str, common: Container[str]) -> Candidate | None:
    """The wh-question of a "when/where/why/how" clause said to be unknown ("it is unclear
    why the plane crashed" -> "Why did the plane crash?"), made by inverting the clause and
    putting the wh-word before it; None when the clause does not invert."""
    if absent(("clear", "known", "knows", "knew"), text):
        return None  # most sentences: no cheaper test rules the pattern out
    m = _UNKNOWN_WH.search(expand_contractions(text))
    if m is None or _pronoun_led(m.group("clause")):
        return None
    past = m.group(0).lower().split()[2:3] in (["was"], ["remained"]) or " knew " in m.group(0)
    q = to_question(m.group("clause"), reported=past, common=common, max_words=16)
    if q is None or q.startswith("Is it true"):
        return None
    q = f"{m.group('wh').capitalize()} {q[:1].lower()}{q[1:]}"
    kind = QuestionKind.HEDGED
    return Candidate(-1, q, m.group(0)[: m.start("clause") - m.start()].strip(), kind,
                     RANK[kind] + MEDIUM)


_WH_OPENER = re.compile(r"\b(how|why|when|where)\s*$", re.I)
"""A wh-word right before a clause: the clause is an embedded question (or, for "when"
and "where", a time or a place: "on Wednesday, when he is expected to")."""


_WH_SUBJECT = re.compile(r"[\"'\u201c\u2018]?(?:How|Why|What|Who)\s+(?!(?:is|are|was|were|do|"
                         r"does|did|can|could|will|would|may|might|should|has|have|had)\b)")
"""A sentence opened by an embedded question as its subject: "Why the council may have
changed its mind remains a mystery" (not a direct question: "Why would ...")."""


_NOT_KNOWN_WH = re.compile(
    r"(?:\b(?:is|are|was|were|remains?|remained|seems?|seemed)\s+(?:still\s+|also\s+)?"
    r"(?:unclear|unknown|uncertain|unsure|a\s+mystery|not\s+(?:yet\s+|entirely\s+)?"
    r"(?:clear|known|sure|certain))"
    r"|\b(?:no\s+one|nobody)\s+(?:knows|knew)"
    r"|\b(?:do|does|did|could|can|would|will|has|have|had)\s+not\s+(?:yet\s+)?(?:say|said|"
    r"explain|explained|know|known|specify|specified|disclose|disclosed|reveal|revealed)"
    r"|\bquestions?\s+(?:is|are|was|were|remains?|remained)"
    r"|\bwonder(?:s|ed)?)\s+(?P<wh>how|why|when|where)\s*$", re.I)
"""A frame that says the answer to the embedded question after it is not known ("it is
unclear how", "officials did not say why", "the question is how")."""


_HOW_WHAT = re.compile(r"\s*(?:much|many|far|long|soon|often|well|big|best|better|likely|to|"
                       r"[a-z]+ly)\b")
"""Words after "how" that belong to the wh-phrase ("how much", "how best", "how quickly"): the
clause after it has no subject to invert."""


_PAST_FRAME = frozenset(("was", "were", "remained", "seemed", "did", "could", "would", "had",
                         "knew", "said", "wondered"))


def _verb_before(text: str, start: int, at: int) -> bool:
    """True when the clause from ``start`` has its finite verb before the cue at ``at``, with
    more than adverbs between them and no joint after it, outside any relative clause or
    aside ("rules on how ringtones are sold could be cut off", "the fact that prices rose
    could hurt"): the clause ended there, and the cue is the outer clause's. Not the
    auxiliary of the cue's own verb ("X is expected to")."""
    segment = text[start:at]
    if "," in segment or " " not in segment.strip():
        return False  # an aside's comma, or a subject of one word
    words = [bare_word(w) if w[:1].islower() else "" for w in segment.split()]
    for i, b in enumerate(words):
        if b in _RELATIVE_WORDS:
            return False
        past_only = b in IRREGULAR_PAST and b not in IRREGULAR_PARTICIPLES and (
            b not in AUXILIARIES)  # "rose", not "was": no verb but the main one
        if b in FINITE or past_only:
            after = words[i + 1 :]
            if any(w in ("and", "or", "but") for w in after):
                return False  # "X has posted a loss and could cut": a conjunct of its own
            return past_only or any(w not in AUXILIARIES and w not in MOVABLE and w not in (
                "not", "never", "be", "been", "being") and w not in RAISING_WORDS
                and not w.endswith("ly") for w in after)  # "are also thought [likely]"
    return False


_AUX_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|"
                       r"shall|should|must|do|does|did)\b")
"""An auxiliary: ``contact_relative`` needs one before the noun its clause is about."""


_RELATIVE_WORDS = frozenset(("who", "which", "that", "whose", "whom", "what"))


def _embedded_wh(clause: str, known: re.Match[str], common: Container[str],
                 hedge: tuple[str, int]) -> str | None:
    """The wh-question of a hedged ``clause`` after a wh-word whose frame (``known``) says
    the answer is not known: "officials did not say how the council could pay for it" ->
    "How could the council pay for it?"; None when the clause does not invert."""
    cut = re.search(r"[,;:]", clause)
    clause = clause[: cut.start()] if cut is not None else clause
    if _pronoun_led(clause) or _HOW_WHAT.match(clause):
        return None  # "how many people could": the wh-word's noun is no subject to invert
    past = any(w.lower() in _PAST_FRAME for w in known.group().split()[:2])
    q = to_question(clause, reported=past, common=common, max_words=16, hedge=hedge)
    if q is None or q.startswith("Is it true"):
        return None
    return f"{known.group('wh').capitalize()} {q[:1].lower()}{q[1:]}"


def _pronoun_led(clause: str) -> bool:
    """True when ``clause`` opens with a bare pronoun subject ("when he will return")."""
    first = clause.split()[:1]
    return bool(first) and bare_word(first[0]) in PRONOUN_SUBJECTS | {"this", "that", "these",
                                                                       "those", "there"}
