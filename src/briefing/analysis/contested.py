"""Contested claims: one source says X, another says not-X, within one article.

Two attributions disagree when they come from different sources, talk about the same
thing (``MIN_SHARED`` content stems in common, the speaker's own "it" counted as its
name) and only one of them is negated or a denial ("had not threatened",
"denied"). The claim worded as the question is the clause of the positive side that
shares most with the negated clause of the other side; the negated side is quoted back
as the context of the question.

Works on ``Source`` values from the sources analysis; computes nothing without them.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass

from briefing.analysis.lexical import content_words
from briefing.analysis.phrasing import (
    clean_claim,
    expand_contractions,
    is_finite_verb,
    is_plural,
    to_question,
    trim_words,
)
from briefing.model import Attribution, Source, SourceKind

MIN_SHARED = 3
"""Content stems two contents must share to be about the same thing."""
MIN_CLAUSE_SHARED = 2
"""Content stems, the speakers' names aside, that the claim and the negated clause set
against it must share: "the wall stopped the floods" / "the wall did not stop them",
unless both are about what one actor did (``_same_actor``): "Ukraine retook towns" /
"Ukraine had not threatened the main defences"."""
MAX_CONTEXT_WORDS = 14
"""A longer counter-claim does not read as part of one question."""
_INDEFINITE = frozenset(("a", "an", "one", "some", "many", "several", "two", "three", "another",
                         "other", "real-time"))

_NEGATION = re.compile(
    r"(?=[ndrfub])(?:"  # the first letters of the words below: a quick skip over the others
    r"\b(?:not|never|no longer|no|nor|neither)\b|n['\u2019]t\b|"
    r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:e|es|ed)|"
    r"disput(?:e|es|ed)|false|untrue|baseless)\b)",
    re.I,
)
_NOT_NEGATION = re.compile(
    r"\b(?:no matter|no doubt|not only|not just|not least|not without|nothing but|"
    r"no less|not unlike)\b", re.I)
"""Negative words that do not deny the clause: "no matter who wins", "not without risks"."""
_OPENERS = frozenset((
    "that", "which", "who", "whom", "whose", "because", "if", "when", "whether", "for", "of",
    "about", "by", "from", "to", "after", "before", "since", "while", "although", "as", "with",
    "until", "unless", "why", "how", "where", "what",
))
"""Words that open a clause or phrase of their own: a "not" after them ("an excuse for not
employing women", "rules that do not apply") is not the negation of the claim itself."""
_CLAUSES = re.compile(r",?\s+(?:and|but)\s+that\s+|;\s+|,\s+but\s+", re.I)
_PRONOUN_NAMES = frozenset(
    ("it", "its", "they", "them", "he", "she", "him", "her", "this", "that", "these", "those",
     "who", "which", "we", "i", "you")
)
_SELF = re.compile(r"^(?:that\s+)?(it|they|he|she)\b", re.I)
_WE = re.compile(r"^(?:that\s+)?we\s+((?:never|also|still|just|already|not)\s+)?"
                 r"(have|are|were|do|did|had|will|would|can|could|should|may|might|must)\b",
                 re.I)
_SINGULAR_AUX = {"have": "has", "are": "is", "were": "was", "do": "does"}
"""A body's "we have never" is its "it has never": the auxiliary agrees with its name."""
_INSTITUTIONS = frozenset((
    "ministry", "department", "government", "army", "military", "office", "agency", "council",
    "police", "post", "times", "journal", "service", "committee", "commission", "bank", "court",
    "kremlin", "pentagon", "administration", "institute", "company", "union", "parliament",
    "senate", "institution", "museum", "foundation", "university", "association", "party",
    "trust", "board", "authority", "centre", "center", "federation", "organisation",
    "organization", "society", "fund", "league",
))


@dataclass(frozen=True, slots=True)
class Contest:
    """A claim that another source contradicts, worded as a question."""

    sentence: int
    """Index of the sentence that holds the positive claim."""
    question: str
    """The question, with the disagreement as its context."""
    cue: str
    """The negating words of the other side ("had not threatened")."""
    related: tuple[int, ...]
    """The sentences of the other side."""


def display_name(name: str) -> str:
    """A source name as it reads in running text: "UK Defense Ministry" -> "the UK ..."."""
    words = name.split()
    if not words:
        return name
    if words[0].lower() == "the":
        return "the " + " ".join(words[1:])
    if words[0][:1].islower() or words[-1].lower() in _INSTITUTIONS:
        return "the " + name
    return name


def as_subject(name: str) -> str:
    """A source name as the subject of a clause: "Lib Dems" -> "the Lib Dems" (a plural
    name reads with its article), "Law Commission" -> "the Law Commission"."""
    shown = display_name(name)
    words = shown.split()
    if len(words) > 1 and words[0] != "the" and all(w[:1].isupper() for w in words) \
            and is_plural(["the", *words]):
        return "the " + shown
    return shown


def _nameable(name: str) -> bool:
    """True for a speaker that reads as a name in "as X says": not "a study by ...",
    "one newspaper" or a long description."""
    words = name.split()
    if not words or len(words) > 5 or words[0].lower() in _INDEFINITE:
        return False
    return not any(w.lower() in ("a", "an") for w in words[1:])


def _name_words(name: str) -> frozenset[str]:
    return frozenset(w.lower().removesuffix("'s").removesuffix("\u2019s")
                     for w in name.split() if w[:1].isupper())


def _same_speaker(a: _Speaker, b: _Speaker) -> bool:
    """One source under two names: "Telegraph report" and "Telegraph", "Want's X" and "Want"."""
    return _same_source(a, b) or bool(a.names & b.names)


def _says(name: str) -> str:
    return "say" if is_plural(as_subject(name).split()) else "says"



def _fold(stem: str) -> str:
    """Fold verb endings the light stemmer keeps: "retreated", "retreat" -> "retreat"."""
    if stem[-1:] not in ("g", "d", "e"):
        return stem  # most stems: no ending to fold
    for suffix in ("ing", "ed", "e"):
        if len(stem) > len(suffix) + 3 and stem.endswith(suffix):
            return stem[: -len(suffix)]
    return stem


def _stems(text: str) -> frozenset[str]:
    return frozenset(map(_fold, content_words(text)))


def _same_source(a: _Speaker, b: _Speaker) -> bool:
    """The same name, or the same last word of it ("Telegraph report", "the report")."""
    if a.last is None or b.last is None:
        return True
    return a.low == b.low or a.last == b.last


_PEOPLE = frozenset({SourceKind.PERSON, SourceKind.OFFICIAL, SourceKind.EXPERT})
"""Kinds that speak of themselves as "he"/"she", never as "it"."""
_BODIES = frozenset({SourceKind.GOVERNMENT, SourceKind.MEDIA, SourceKind.ORGANIZATION})
"""Kinds that speak of themselves as "it"/"they", never as "he"/"she"."""


def _clauses(content: str, speaker: str, kind: SourceKind = SourceKind.OTHER) -> list[str]:
    """The that-clauses of a content, the speaker's own "it"/"they" or "he"/"she"
    replaced by its name: a pronoun the speaker's kind could not use of itself ("the
    campaign says he is not being audited") is someone else and stays."""
    out = []
    for part in _CLAUSES.split(content):
        part = clean_claim(expand_contractions(part))
        if len(part.split()) < 3:
            continue
        m = _SELF.match(part)
        personal = m is not None and m.group(1).lower() in ("he", "she")
        if m is not None and not ((personal and kind in _BODIES)
                                  or (not personal and kind in _PEOPLE)):
            part = _SELF.sub(lambda _m: as_subject(speaker), part, count=1)
        elif _a_body(speaker, kind) and (we := _WE.match(part)) is not None:
            part = _speaking_as_we(part, we, as_subject(speaker))
        out.append(part)
    return out


def _a_body(name: str, kind: SourceKind) -> bool:
    """True for a source that speaks as "we" of itself: an organisation by its kind or by
    its name ("Smithsonian Institution")."""
    words = name.lower().split()
    return kind in _BODIES or bool(words and words[-1] in _INSTITUTIONS)


def _speaking_as_we(part: str, we: re.Match[str], name: str) -> str:
    """A body's "we have never expressed interest" as "<name> has never expressed ..."."""
    aux = we.group(2).lower()
    if not is_plural(name.split()):
        aux = _SINGULAR_AUX.get(aux, aux)
    return f"{name} {we.group(1) or ''}{aux}{part[we.end():]}"


@dataclass(frozen=True, slots=True)
class _Speaker:
    """A source as a speaker: its name and what the pairing of claims compares of it,
    worked out once per source rather than once per pair of statements."""

    name: str
    kind: SourceKind
    low: str
    """The name in lower case."""
    last: str | None
    """The last word of ``low``; None for a name without words."""
    names: frozenset[str]
    """``_name_words`` of the name."""
    stems: frozenset[str]
    """``_stems`` of the name."""
    side: frozenset[str]
    """The name words of the speaker as the article describes it anywhere ("Lib Dem
    leader Charles Kennedy"): a speaker described by another's name is on its side."""


def _speaker(src: Source) -> _Speaker:
    low = src.name.lower()
    words = low.split()
    return _Speaker(src.name, src.kind, low, words[-1] if words else None,
                    _name_words(src.name), _stems(src.name), _side(src))


@dataclass(frozen=True, slots=True)
class _Said:
    who: _Speaker
    attribution: Attribution
    clauses: tuple[str, ...]
    clause_stems: tuple[frozenset[str], ...]
    """``_stems`` of each clause."""
    stems: frozenset[str]
    negated: tuple[str, ...]
    """The clauses that are negated or denials."""

    @property
    def speaker(self) -> str:
        return self.who.name

    @property
    def kind(self) -> SourceKind:
        return self.who.kind


_NOT_SIDE = frozenset((
    "the", "a", "an", "but", "and", "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady",
    "former", "senior", "prime", "minister", "president", "chancellor", "secretary", "chief",
    "spokesman", "spokeswoman", "leader", "director", "general", "state", "foreign", "home",
    "new", "us", "uk", "he", "she", "they", "it", "i", "we",
))


def _side(src: Source) -> frozenset[str]:
    names = {src.name, *src.aliases, *(a.source.plain for a in src.attributions)}  # each once
    return frozenset(w for n in names for w in _name_words(n) if w not in _NOT_SIDE)


def _statements(sources: Iterable[Source]) -> list[_Said]:
    """What the named sources say, clause by clause. A speaker that does not read as a
    name (``_nameable``) takes part in no contest, so its statements are not worked out.

    Empty when no clause is negated: with no counter-claim nothing is compared, so the
    speakers and the stems of the claims are only worked out when one is; and the clauses
    of a content that cannot hold a negation (``_may_deny``) only then.
    """
    heard: list[tuple[Source, list[Attribution]]] = []
    for src in sources:
        if src.anonymous or src.name.lower() in _PRONOUN_NAMES or not src.name.strip():
            continue
        if not _nameable(src.name):
            continue
        heard.append((src, [att for att in src.attributions
                            if not (att.quote and len(att.content.plain.split()) < 5)]))
    worked: dict[tuple[int, int], tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def work(k: int, j: int) -> None:
        src, att = heard[k][0], heard[k][1][j]
        clauses = tuple(_clauses(att.content.plain, src.name, src.kind))
        worked[k, j] = (clauses, tuple(c for c in clauses if _denies(c)))

    for k, (src, atts) in enumerate(heard):
        for j, att in enumerate(atts):
            if _may_deny(att.content.plain, src.name):
                work(k, j)
    if not any(negated for _, negated in worked.values()):
        return []
    out = []
    for k, (src, atts) in enumerate(heard):
        said: list[tuple[Attribution, tuple[str, ...], tuple[str, ...]]] = []
        for j, att in enumerate(atts):
            if (k, j) not in worked:
                work(k, j)
            clauses, negated = worked[k, j]
            if clauses:
                said.append((att, clauses, negated))
        if not said:
            continue
        who = _speaker(src)
        for att, clauses, negated in said:
            clause_stems = tuple(_stems(c) for c in clauses)
            stems = frozenset().union(*clause_stems)
            out.append(_Said(who, att, clauses, clause_stems, stems, negated))
    return out


_JOINING_MARKS = frozenset("(\"\u201c\u201d\u201e\u00ab\u00bb")
"""Marks whose removal by ``clean_claim`` (an aside in brackets, a quotation mark) may join
the letters either side of them."""


def _may_deny(content: str, speaker: str) -> bool:
    """False when no clause of ``content`` (``_clauses``) can be negated, so ``_denies``
    needs not see them: it wants a match of ``_NEGATION``, and the clauses are made by
    deleting text, cutting at marks or spaces and putting the speaker's name (and an
    auxiliary) for a pronoun, which brings in no new match, except where "cannot" becomes
    "can not" or where dropping brackets or quotation marks joins two words."""
    return (_NEGATION.search(content) is not None or _NEGATION.search(speaker) is not None
            or "annot" in content or not _JOINING_MARKS.isdisjoint(content))


def _denies(clause: str) -> bool:
    """True when the clause itself is negated or a denial: the negation comes before any
    word that opens a phrase of its own, and is not "no matter" or "not without"."""
    if _NEGATION.search(clause) is None:
        return False  # most clauses: taking out "no matter" and the like adds no negation
    bare = _NOT_NEGATION.sub(" ", clause)
    m = _NEGATION.search(bare)
    if m is None:
        return False
    before = [w.strip(",;:\"'\u201c\u201d").lower() for w in bare[: m.start()].split()]
    return not any(w in _OPENERS for w in before)


def _negated_conjunct(clause: str) -> str:
    """The conjunct that holds the negation: "X is not against Y and the firm publishes Z"
    -> "X is not against Y"."""
    for part in re.split(r",?\s+(?:and|but|while|whereas)\s+", clause):
        if _denies(part):
            return part
    return clause


def _subject(clause: str) -> str | None:
    """The clause's first content word, folded: its subject in a plain statement."""
    words = content_words(clause)
    return _fold(words[0]) if words else None


def _same_actor(claim: str, counter: str, counter_speaker: str) -> bool:
    """True when both clauses are about what one actor did, not its own speaker:
    "Ukraine retook numerous towns" / "Ukraine had not threatened the main defences"."""
    subject = _subject(claim)
    return subject is not None and subject == _subject(counter) \
        and subject not in _stems(counter_speaker)


_AFTER_SUBJECT = frozenset((
    "not", "never", "no", "still", "also", "only", "just", "already", "now", "generally",
    "really", "actually", "often", "always", "once", "even",
))
_PRONOUN_SUBJECTS = frozenset(("he", "she", "it", "they"))


def _subject_words(clause: str) -> list[str]:
    """The words before the clause's first verb: its subject ("the harbour wall"); none
    for "there is ..." or when no verb comes within eight words."""
    out: list[str] = []
    for w in clause.split()[:9]:
        b = w.strip(",;:\"'()\u201c\u201d\u2018\u2019").lower()
        if out and (is_finite_verb(w) or b in _AFTER_SUBJECT):
            return [] if out[0].lower() == "there" else out
        out.append(w)
    return []


_PREPOSITIONS = frozenset((
    "in", "of", "at", "on", "for", "from", "with", "by", "about", "to", "into", "across",
    "among", "between", "under", "over", "who", "which", "that",
))


def _head(subject: list[str]) -> str | None:
    """The head noun of a subject, folded: its last word before a preposition or comma
    ("any fraud in other member states" -> "fraud")."""
    head = None
    for w in subject:
        b = w.strip(",;:\"'()\u201c\u201d\u2018\u2019").lower()
        if b in _PREPOSITIONS and head is not None:
            break
        stems = _stems(b)
        head = _fold(min(stems)) if len(stems) == 1 else head
        if w.endswith(","):
            break
    return head


def _before_of(subject: list[str]) -> list[str]:
    cut = next((k for k, w in enumerate(subject) if k and w.lower() in _PREPOSITIONS),
               len(subject))
    return subject[:cut]


def _proper(subject: list[str]) -> bool:
    """True for a subject that is a name: every word capitalised, bar "the", up to a
    preposition ("the Smithsonian Museum in Washington")."""
    words = [w for w in _before_of(subject) if w.lower() != "the"]
    return bool(words) and all(w[:1].isupper() for w in words)


def _same_subject(claim: str, counter: str, claimant: str) -> bool:
    """True when claim and counter-claim are about one actor: their subjects share a word
    ("the new harbour wall" / "the harbour wall"), or the counter's "he"/"she" is the
    claimant speaking of itself and both say the same thing of it ("he obtained access" /
    "he never obtained access")."""
    own, other = _subject_words(claim), _subject_words(counter)
    if not own or not other:
        return False
    own_stems = _stems(" ".join(own))
    if _head(own) and _head(own) == _head(other):
        return True
    if _proper(own) and _proper(other) and _name_words(" ".join(_before_of(own))) \
            & _name_words(" ".join(_before_of(other))):
        return True  # "Bernie Sanders" / "Bernie"
    if len(other) == 1 and other[0].lower() in _PRONOUN_SUBJECTS \
            and own_stems and own_stems <= _stems(claimant):
        return len((_stems(claim) & _stems(counter)) - own_stems) >= MIN_CLAUSE_SHARED
    return False


_NORMATIVE = re.compile(r"\b(?:should|must|ought to|needs? to|has to|have to)\b", re.I)
"""A claim of what ought to be: "phone companies should warn customers" is not
contradicted by "phone companies are not warning customers"."""
_FUTURE = re.compile(r"\b(?:will|would|shall|going to|wo n't|won't)\b", re.I)


def _same_time(claim: str, counter: str) -> bool:
    """True when both or neither are about the future: "X will direct the campaign" is
    not contradicted by "X has not lived in the city"."""
    return bool(_FUTURE.search(claim)) == bool(_FUTURE.search(counter))


_TITLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|President|Senator|Sen|Governor|Gov)\.?\s+"
    r"((?:[A-Z][\w'-]+\s+)*[A-Z][\w'-]+)")


def _persons(clause: str, people: Container[str]) -> frozenset[str]:
    """The surnames of the persons a clause names: after a title ("Mr Blair") or as a
    person source of the article ("Charles Kennedy")."""
    words = clause.split()
    rest = " ".join(words[len(_subject_words(clause)):])
    found = {m.group(1).split()[-1].lower() for m in _TITLED.finditer(rest)}
    for w in rest.split():
        bare = w.strip(".,;:'\"").lower().removesuffix("'s").removesuffix("\u2019s")
        if w[:1].isupper() and bare in people:
            found.add(bare)
    return frozenset(found)


def _as_pronoun(clause: str, said: _Said) -> str:
    """A body's counter-claim about itself with "it"/"they" for its name: "the Harbour
    Trust says it has never bought ...", not "says the Harbour Trust has never bought"."""
    name = as_subject(said.speaker)
    if not clause.startswith(name + " ") or not _a_body(said.speaker, said.kind):
        return clause
    return ("they" if is_plural(name.split()) else "it") + clause[len(name):]


def _reads_as_clause(clause: str) -> bool:
    """True when the counter-claim is one short, third-person clause that can follow
    "while X says": it inverts into a question of its own."""
    words = clause.split()
    if not 3 <= len(words) <= MAX_CONTEXT_WORDS or re.search(r"[.!?]\s", clause):
        return False
    if words[0][:1].isupper() and words[0].lower() in ("the", "a", "an", "this", "that"):
        return False  # "The fact that ...": a quoted sentence, not a reported clause
    return to_question(clause) is not None


def _negation_cue(clause: str) -> str:
    """The negating words and the verb around them: "had not threatened"."""
    m = _NEGATION.search(clause)
    if m is None:
        return ""
    before = clause[: m.start()].split()[-1:]
    after = clause[m.end() :].split()[:1]
    return " ".join([*before, m.group(), *after]).strip()


_NEGATIVE_SENSE = re.compile(
    r"\b(?:fail(?:s|ed|ing)?|refus(?:e|es|ed|ing)|lack(?:s|ed|ing)?|unable|without|"
    r"den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|neglect(?:s|ed|ing)?)\b", re.I)
"""Verbs that negate by their sense: "states are failing to report fraud" agrees with
"states do not report fraud", it does not contradict it."""


def contested(sources: Iterable[Source], *,
              common: Container[str] = frozenset()) -> list[Contest]:
    """Claims that another source contradicts, in sentence order: one per positive sentence
    and one per counter-claim."""
    sources = tuple(sources)
    said = _statements(sources)
    people = frozenset(src.name.split()[-1].lower() for src in sources
                       if src.kind in _PEOPLE and not src.anonymous and src.name.strip()
                       and src.name[:1].isupper())
    best: dict[int, tuple[int, Contest]] = {}
    positives = [s for s in said if not s.negated]
    negatives = [s for s in said if s.negated]
    counters: dict[int, tuple[str, frozenset[str]]] = {}  # negatives[k]: clause, its stems
    for pos in positives:
        for k, neg in enumerate(negatives):
            if pos.attribution.sentence == neg.attribution.sentence:
                continue
            if _same_speaker(pos.who, neg.who) or pos.who.side & neg.who.side:
                continue  # one source, or one side: "Icstis" and "Icstis spokesman X"
            shared = len(pos.stems & neg.stems)
            if shared < MIN_SHARED:
                continue
            if k not in counters:
                n_clause = _negated_conjunct(neg.negated[0])
                counters[k] = (n_clause, _stems(n_clause))
            n_clause, n_stems = counters[k]
            i = max(range(len(pos.clauses)), key=lambda j: len(pos.clause_stems[j] & n_stems))
            claim = pos.clauses[i]
            names = pos.who.stems | neg.who.stems
            if len((pos.clause_stems[i] & n_stems) - names) < MIN_CLAUSE_SHARED \
                    and not _same_actor(claim, n_clause, neg.speaker):
                continue  # the same topic, but no claim and counter-claim
            if _NEGATIVE_SENSE.search(claim) or _NORMATIVE.search(claim):
                continue  # "failing to report" and "do not report" agree
            if not _same_subject(claim, n_clause, pos.speaker):
                continue  # "the Commission found support for X" / "X will not happen"
            if not _same_time(claim, n_clause):
                continue
            mine, theirs = _persons(claim, people), _persons(n_clause, people)
            if mine and theirs and not mine & theirs:
                continue  # "news conferences with Mr A" / "no news conferences with Mr B"
            past = pos.attribution.cue.plain.split()[-1:] in (["said"], ["added"], ["claimed"])
            q = to_question(claim, backshift=past or pos.attribution.cue.plain.endswith("ed"),
                            common=common)
            if q is None or not _reads_as_clause(n_clause):
                continue
            context = " ".join(trim_words(_as_pronoun(n_clause, neg).split(), 10))
            text = (f"{q[:-1]}, as {as_subject(pos.speaker)} {_says(pos.speaker)}, while "
                    f"{as_subject(neg.speaker)} {_says(neg.speaker)} {context}?")
            contest = Contest(pos.attribution.sentence, text, _negation_cue(n_clause),
                              (neg.attribution.sentence,))
            s = pos.attribution.sentence
            if s not in best or shared > best[s][0]:
                best[s] = (shared, contest)
    # one contest per counter-claim: the claim that shares most with it
    top: dict[tuple[int, ...], tuple[int, int]] = {}
    for s, (shared, contest) in best.items():
        if contest.related not in top or shared > top[contest.related][0]:
            top[contest.related] = (shared, s)
    keep = {s for _, s in top.values()}
    return [best[s][1] for s in sorted(best) if s in keep]
