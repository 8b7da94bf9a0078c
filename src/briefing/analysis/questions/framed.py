"""Framed claims: a claim that the sentence's frame leaves open without a hedge word, such as
an open "whether", a forecast or a fear ("warned that X would"), a denial ("denied reports
that X", "denied being X"), a doubt or a claim of proof, worded as a question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from briefing.analysis.phrasing import (
    AUXILIARIES,
    base_form,
    drop_asides,
    has_subject,
    is_comparative,
    is_finite_verb,
    is_participle,
    is_plural,
    to_question,
)
from briefing.analysis.questions.candidate import RANK, Candidate
from briefing.analysis.questions.clauses import clause_start, main_subject
from briefing.analysis.questions.qualifying import CONDITION_BEFORE
from briefing.analysis.questions.raising import claim_question
from briefing.analysis.questions.words import ARTICLES, COMPLEMENT_VERBS, DETERMINER_SLOTS, WORD
from briefing.model import QuestionKind

# The "(?=[...])" that opens a pattern below names the first letters of its words: it matches
# nothing more or less, and lets the scan pass over other letters fast.
_OPEN_WHETHER = re.compile(
    r"(?=[unayrdcwqteif])\b(?:unclear|unknown|uncertain|unsure|undecided(?:\s+(?:about|on|as\s+to))?|"
    r"not\s+(?:yet\s+)?(?:clear|known|certain|sure)|an\s+open\s+question|"
    r"(?:yet|remains?|remained)\s+to\s+be\s+(?:seen|decided|determined|settled)|"
    r"(?:not|no|never)\s+(?:[\w\u2019']+\s+){0,4}?(?:say|tell|establish|determine|confirm|"
    r"show|prove|know|knows|decided?)|deciding|considering|weighing|debating|"
    r"doubts?(?:\s+(?:about|over|as\s+to))?|questioned|queried|wondered|"
    r"too\s+(?:early|soon)\s+to\s+(?:say|tell|know|judge)|"
    r"ascertain(?:ing)?|establish(?:ing)?|determin(?:e|ing)|confirm(?:ing)?|check(?:ing)?|"
    r"assess(?:ing)?|examin(?:e|ing)|investigat(?:e|ing)|"
    r"find(?:ing)?\s+out|advice\s+(?:on|about|as\s+to))"
    r"\s+(?:whether|if)\s+(?P<clause>\S.*)$", re.I)
"""An open matter named as such: "it has yet to be seen if X", "police did not say whether X",
"it is too early to say whether X", "tests will establish whether X" (a verb of finding out,
not in the past: "established whether" is settled)."""
_FINDING_OUT = re.compile(r"(?:ascertain|establish|determin|confirm|check|assess|examin|"
                          r"investigat|find)", re.I)
"""The verbs of finding out among the open frames."""
_ROLE_BEFORE = re.compile(
    r"(?:\b(?:who|which|that)\s+(?:would|could|can|will|may|might|should|must|shall)\s+"
    r"(?:\w+\s+)?|\b(?:allow|allows|allowed|allowing|enable|enables|enabled|help|helps|"
    r"power|powers|authority|role|job|task|duty|mandate|remit|limited|confined|restricted|"
    r"responsible|designed|used|able|tool|means|ways?|system|test|tests)\b"
    r"(?:\s+[\w\u2019'\-]+){0,2}?\s+(?:to|for|of)\s+(?:\w+\s+)?)$", re.I)
"""Words before a verb of finding out that make it a role or a means, not an inquiry under
way: "a successor, who would determine whether", "limited to determining whether", "the
system would allow it to determine whether". What it would find out is no open matter of
the story."""
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
    r"(?=[drbpscw])\b(?P<verb>den(?:y|ies|ied|ying)|refused\s+to\s+deny|dismissed|rejected|"
    r"brushed\s+aside|played\s+down|downplayed|shrugged\s+off|disput(?:es?|ed|ing)|challenged|rebutted|"
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


def _has_verb(words: list[str]) -> bool:
    """True when words before a frame hold a verb of their own ("the BBC is trialling a
    service and"), so they are no plain subject of the frame."""
    return any((is_finite_verb(w) or w.lower() in COMPLEMENT_VERBS) and w[:1].islower()
               for w in words)


def _pronoun_first(clause: str) -> bool:
    """True when a clause opens with a pronoun that points out of the sentence."""
    first = clause.split()[:1]
    return bool(first) and first[0].strip("\"\u201c\u2018'").lower() in _OBJECT_PRONOUNS


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
    if _FINDING_OUT.match(m.group(0)) and _ROLE_BEFORE.search(text, max(0, m.start() - 60),
                                                              m.start()):
        return None  # "a judge, who would determine whether X": a role, no open matter
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
    if first in DETERMINER_SLOTS or first in ("about", "to", "by", "and", "or", "as"):
        return None  # "denied claims of fraud", "rejected claims by rivals": no clause
    if first in ("he", "she") and (subj := main_subject(text, m.start())):
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
    subject = main_subject(text, m.start())
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
        found = clause_start(text, m.start())
        if found is None:
            return None
        prefix = text[: m.start()].rsplit(",", 1)[-1].split()
        if prefix and not _has_verb(prefix):
            subj = _OPENING.sub("", " ".join(prefix))  # the whole opening is the subject
        else:  # "analysts say (that) the club is set to": the reported clause's subject
            before = [w.lower() for w in WORD.findall(text[: found[0]])[-2:]]
            if not before or not (before[-1] in COMPLEMENT_VERBS or (
                    before[-1] == "that" and before[:1] and before[0] in COMPLEMENT_VERBS)):
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
    if len(words) < 2 or re.search(r"(?:ing|s|ed)$", words[0]) or words[0] in ARTICLES:
        return False
    second = words[1].strip(",.;:").lower()
    return words[0] == "be" or (second in ARTICLES or second in _DUE_NEXT
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
    if modal is None or CONDITION_BEFORE.search(" ".join(words[:10])[: modal.start()]):
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
    if any(is_participle(w) and base_form(w) not in (None, w) and low[k - 1] not in ARTICLES
           for k, w in enumerate(low) if k >= 2):
        return True
    return any(low[k - 1] in ("or", "and") and _gerund_base(w) is not None
               for k, w in enumerate(low) if k >= 1)


_Finder = Callable[[str, Container[str]], tuple[str, str, QuestionKind] | None]
_Frames = tuple[tuple[_Finder, tuple[str, ...]], ...]
Frames = _Frames
"""Frames and the words each needs (``frame_words_in``)."""
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
    finders = []
    for find, words in frames:  # plain loops: this runs for every sentence
        for w in words:
            if w in low:
                finders.append(find)
                break
    if not finders:
        return None  # most sentences: a few substring tests
    text = drop_asides(text)
    for find in finders:
        found = find(text, common)
        if found is not None:
            q, cue, kind = found
            rank = RANK[kind] + (0.5 if find in (_forecast, _worry) else 1.0)
            return Candidate(-1, q, cue, kind, rank)
    return None
