"""Anonymous sources: claims of people the reader cannot check ("a senior official said",
"sources say", "two people familiar with the talks", a leaked memo), whether the sources
analysis marks the source anonymous or the wording shows it; each is an unconfirmed claim.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass

from briefing.analysis.phrasing import (
    AUXILIARIES,
    clean_claim,
    is_finite_verb,
    is_it_true,
)
from briefing.analysis.questions.candidate import RANK, Candidate
from briefing.analysis.questions.clauses import innermost
from briefing.analysis.questions.raising import claim_question
from briefing.analysis.questions.words import (
    ANON_DETERMINERS,
    DEFINITE,
    NOT_REPORTERS,
    NP_BOUNDARY,
    PAST_VERBS,
    THAT,
    WORD,
    absent,
)
from briefing.model import Article, QuestionKind, Source

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




def is_unconfirmed_source(reporter: str, sentence: str = "") -> bool:
    """True when a claim by ``reporter`` stays unconfirmed (see the rule above ``_OPEN_HEADS``).

    ``sentence`` is the sentence that holds the claim: "who was not authorized to speak"
    or "on condition of anonymity" there makes any person-like reporter anonymous.
    """
    words = [w.strip(",;:\"\u201c\u201d").lower() for w in reporter.split()]
    words = [w for w in words if w]
    if not words or words[0] in NOT_REPORTERS or words[0] in AUXILIARIES:
        return False
    tail = next((k for k, w in enumerate(words) if w in ("familiar", "close", "who", "with",
                                                          "at", "from", "for", "of", "in")
                 and k > 0), len(words))
    np, head = words[:tail], words[tail - 1]
    if head in _SOURCE_HEADS:
        return True
    if head in _DOCUMENT_HEADS:
        return any(w in _UNPUBLISHED for w in np)
    if sentence and not absent(_ANONYMITY_WORDS, sentence) and _ANONYMITY.search(sentence) and (
            np[0] in ANON_DETERMINERS or np[0] in DEFINITE):
        return True  # "an engineer at the dam, who spoke on condition of anonymity, said"
    if head not in _OPEN_HEADS and not re.fullmatch(r"spokes(?:man|woman|person|people)", head):
        return False
    return head in _OPEN_HEADS and _anonymous_np(np)


def _anonymous_np(words: list[str]) -> bool:
    """True when a noun phrase ending in a role noun names nobody ("a senior official")."""
    if not words:
        return False
    first = words[0].lower()
    if first in ANON_DETERMINERS:
        return True
    if first in DEFINITE or first.endswith(("'s", "\u2019s")):
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
        if low in NP_BOUNDARY or (out and len(out) > 4):
            break
        out.append(w.strip(",;:\"\u201c\u201d"))
        if low in ANON_DETERMINERS or low in DEFINITE:
            break
    return " ".join(reversed(out))


_OF_HEADS = frozenset(("of", "for", "to"))
"""Before a role's noun phrase these make it part of a larger one whose head speaks ("the
wife of one employee", "a lawyer for two officers")."""


def _of_before(text: str, at: int) -> bool:
    """True when the noun phrase at ``at`` follows "of", "for" or "to"."""
    if at <= 0:
        return False
    before = WORD.findall(text[max(0, at - 20) : at])[-1:]
    return bool(before) and before[0].lower() in _OF_HEADS


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
    if not any(map(text.__contains__, _ANON_VERBS)) or absent(_ROLE_WORDS, text):
        return None
    for m in _ANON_AFTER.finditer(text):
        np = _np_before(text, m.start("verb") if not m.group("tail") else m.end("role"))
        if m.group("tail"):
            np = f"{np}{m.group('tail')}"
        if not _anonymous_np(np.split()) or not is_unconfirmed_source(np, text):
            continue
        if _of_before(text, text.rfind(np, 0, m.start("verb") + 1)):
            continue  # "the wife of one employee told ...": the role is not who speaks
        verb = m.group("verb").lower()
        after = text[m.end():].strip()
        if verb == "told":
            t = THAT.search(after, 0, 60)
            after = after[t.end():] if t else ""
        backshift = verb in PAST_VERBS
        if len(after.split()) >= 4:
            claim = after
            if verb != "told":
                pos, inner = innermost(text, m.start("verb"))
                claim, backshift = text[pos:], backshift or inner in PAST_VERBS
        else:
            claim = text[: text.rfind(np) if np in text else m.start()]
        return _Anonymous(np, f"{np} {m.group('verb')}", claim, backshift)
    for m in _ANON_BEFORE.finditer(text):
        np = m.group("np").strip()
        if not _anonymous_np(np.split()) or not is_unconfirmed_source(np, text):
            continue
        if any(w.lower() in AUXILIARIES or (w[:1].islower() and is_finite_verb(w))
               for w in np.split()[1:]):
            continue  # "said police had rescued four people": a clause, not a source
        nxt = WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
        if nxt is not None and nxt.group()[:1].islower() and is_finite_verb(nxt.group()):
            continue  # "he said witnesses saw a gun": the witnesses' claim follows, no source
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


_KEPT_VERBS = {
    "believe": ("believe", "believes", "believed"), "think": ("think", "thinks", "thought"),
    "suspect": ("suspect", "suspects", "suspected"), "fear": ("fear", "fears", "feared"),
    "expect": ("expect", "expects", "expected"), "claim": ("claim", "claims", "claimed"),
    "allege": ("allege", "alleges", "alleged"), "warn": ("warn", "warns", "warned"),
    "insist": ("insist", "insists", "insisted"),
    "deny": ("deny", "denies", "denied"), "reject": ("reject", "rejects", "rejected"),
    "dispute": ("dispute", "disputes", "disputed"),
}
"""Verbs of belief or of contested saying that the question keeps ("as officials believe"):
"said" would turn a belief or an allegation into a plain statement."""
_KEPT_FORMS = {form: forms for forms in _KEPT_VERBS.values() for form in forms}
_RANKS = frozenset(("senior", "junior", "local", "former", "top", "high-ranking",
                    "low-ranking", "military", "intelligence", "security", "government",
                    "police", "other", "unnamed", "anonymous"))
"""Words before a role that are no names: "Senior officials" is lower case inside."""


def _as_reported(q: str, reporter: str, verb: str, common: Container[str]) -> str:
    """"Is X?" + reporter -> "Is X, as a pro-Russian official said?"; a verb of belief or
    allegation is kept in its tense ("as officials believe", "as officials thought")."""
    reporter = reporter.split(",")[0].strip() or reporter  # not its "who spoke on ..." aside
    first = reporter.split()[0].lower()
    lower = (first in ANON_DETERMINERS or first in DEFINITE or first in common
             or first in _RANKS or re.fullmatch(_ROLES, first, re.I) is not None)
    who = reporter[:1].lower() + reporter[1:] if lower else reporter
    present = (verb not in PAST_VERBS and not verb.endswith("ed")) or verb in ("according", "to")
    plural = who.split()[-1].lower().endswith("s") or who.split()[-1].lower() == "people"
    forms = _KEPT_FORMS.get(verb, ("say", "says", "said"))
    said = (forms[0] if plural else forms[1]) if present else forms[2]
    if forms[0] in _DENYING:
        return f"{q[:-1]}, which {who} {said}?"  # not "as X say": they say it is not so
    return f"{q[:-1]}, as {who} {said}?"


_DENYING = frozenset(("deny", "reject", "dispute"))
_PARTICLES = frozenset(("out", "up", "off", "that", "on"))
"""Words after a verb of saying in a cue ("pointed out", "backed up")."""


def _cue_verb(cue: str) -> str:
    """The verb of a cue ("said", "pointed out" -> "pointed"), in lower case."""
    words = [w.lower() for w in cue.split() if w.lower() not in _PARTICLES]
    return words[-1] if words else "said"


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
                     QuestionKind.UNCONFIRMED, RANK[QuestionKind.UNCONFIRMED] + 1.0)


_ASKING = frozenset(("asked", "asks", "ask", "questioned", "wondered", "wonders", "queried"))
"""Cues of a question put, not a claim made: "as lawmakers say" would misreport it."""


SOURCE_RANK = RANK[QuestionKind.UNCONFIRMED] + 1.0
"""The rank of a question from an anonymous source's claim."""
ASKED_RANK = RANK[QuestionKind.HEDGED] + 1.0
"""The rank of a question an anonymous source asks."""


def source_questions(article: Article, sources: Iterable[Source], common: Container[str],
                     settled: Container[int] = frozenset()) -> list[Candidate]:
    """Claims of the sources the sources analysis marked anonymous.

    ``settled`` sentences already have a question that none of these can outrank
    (``SOURCE_RANK``, ``ASKED_RANK``); they are skipped.
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
                verb = _cue_verb(cue)
                if not is_unconfirmed_source(reporter, article.sentences[index].text):
                    continue
                q = _reported_question(content, backshift=verb in PAST_VERBS, common=common)
                if q is None or not reporter.strip():
                    continue
                if verb in _ASKING:  # "lawmakers asked whether X": their question, no claim
                    out.append(Candidate(index, q, f"{reporter} {cue}".strip(),
                                         QuestionKind.HEDGED, ASKED_RANK))
                    break
                out.append(Candidate(index, _as_reported(q, reporter, verb, common),
                                     f"{reporter} {cue}".strip(), QuestionKind.UNCONFIRMED,
                                     SOURCE_RANK))
                break
    return out
