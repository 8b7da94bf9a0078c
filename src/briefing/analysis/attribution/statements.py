"""Whether an attribution states something: the table's test against verbs used outside reporting.

The cue lexicon is broad on purpose (PolNeAR, which scores the sources table, counts
"seems", "is expected to", "is seeking to", "polls show X ahead" as attributions), but
some uses of a cue word say nothing at all and only make junk rows:

* a verb of finding or testifying whose content is only an object, with no clause
  ("he found work tiling sites", "found himself in trouble", "fans will testify to
  that", "internationally recognized borders"), unless a finding is the subject ("a
  survey found more ferries in May");
* an -ing form right after its would-be source, with no clause after it: a noun or an
  adjective ("the congestion charging scheme", "three-time defending champion, in the
  standings", "start answering questions"), unless the phrase opens with "with" ("with
  the agency reporting that ..."), names someone ("Newt Gingrich decrying ...") or is
  something issued ("a statement condemning the attack");
* a would-be source that ends with a word of degree, which no name or noun phrase does
  ("little", "more", "the most", "perhaps").

A clause is read without a tagger: "that", a subject pronoun, or a finite verb (an
auxiliary, a past tense in -ed, a verb in -s after a name) before the first comma or
conjunction.
"""

from __future__ import annotations

import re

from briefing.analysis.attribution.cues import LEXICON, Form
from briefing.analysis.attribution.kinds import CHANNEL_WORDS, DOCUMENT_WORDS
from briefing.analysis.attribution.wordclasses import DETERMINERS, PREPOSITIONS

_OBJECT_VERBS = frozenset({"find", "testify", "recognize"})
"""Verbs that take an object as often as a clause: only a clause makes them a claim.

Verbs of opinion and stance ("believes the plan", "opposed the deal", "considers him
a mentor") stay claims with an object alone: they say what someone holds. So do "see",
"know", "seek" and "show" with an object: PolNeAR, which scores this table, counts most
of them ("Polls show Okafor ahead", "is seeking to contrast"), so they stay."""
_FINITE = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "must", "should", "shall", "did", "does", "do", "won't", "won’t", "can't",
    "can’t", "didn't", "didn’t", "doesn't", "doesn’t", "isn't", "isn’t", "wasn't", "wasn’t",
    "aren't", "aren’t", "hasn't", "hasn’t", "wouldn't", "wouldn’t", "said", "went", "got",
    "made", "took", "came", "gave", "knew", "saw", "found", "told", "led", "won", "lost",
    "left", "kept", "held", "ran", "paid", "sent", "spent", "felt", "thought", "began",
    "became", "grew", "fell", "rose", "put", "set", "cut", "hit", "let", "meant", "brought",
    "bought", "caught", "fought", "built", "sold", "stood", "understood", "wrote", "drove",
})
_CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "there"})
_WH = frozenset({"whether", "if", "why", "what", "who", "where", "when", "which"})
_STOPS = frozenset({"and", "but", "or", "to", "when", "while", "because", "though",
                    "although", "if", "as", "so", "how", "where", "-", "—", "–"})
_SEGMENT = 14
"""Words of content read for a verb before giving up."""
_EVIDENCE = frozenset({
    "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "research",
    "data", "figures", "results", "tests", "test", "analysis", "findings", "records",
    "statistics", "numbers", "review", "audit", "investigation", "inquiry", "evidence",
})
"""Heads of findings whose "found" with an object is a claim ("a survey found support")."""
_ISSUED = CHANNEL_WORDS | DOCUMENT_WORDS | {"report", "reports", "petition", "website",
                                            "site", "affidavit", "resolution", "sign"}
"""Heads of what is issued: "a statement condemning ...", "a petition seeking ..."."""
_PRONOUN_CONTRACTION = re.compile(r"^(?:he|she|they|we|i|it|there|that)[’'](?:s|re|ll|d|ve|m)$")
_NO_ADJECTIVE = frozenset({"little", "more", "most", "less", "least", "much", "perhaps",
                           "maybe"})
"""Last words that no source phrase ends with ("little seems", "more important was")."""


def cue_verb(cue: str) -> tuple[str, Form] | None:
    """The base form and form of a cue's verb ("has also said" -> ("say", PAST))."""
    for word in reversed(cue.lower().split()):
        entry = LEXICON.get(word)
        if entry is not None:
            return entry[0].base, entry[1]
    return None


def _words(text: str) -> list[str]:
    out: list[str] = []
    for raw in text.split():
        word = raw.strip("\"“”‘’'()[]")
        if word:
            out.append(word)
        if raw.endswith((",", ";", ":")) or raw in ("-", "—", "–"):
            out.append(",")
    return out


def has_clause(content: str) -> bool:
    """True when ``content`` reads as a clause, not only an object ("his future")."""
    words = _words(content)
    if not words:
        return False
    first = words[0].lower()
    if first == "that" or first in _CLAUSE_SUBJECTS or first in _WH \
            or _PRONOUN_CONTRACTION.match(first):
        return True
    if "that" in (w.lower() for w in words[1:6][:len(words) - 2]):
        return True  # "know for sure that ...", "believe, with cause, that ..."
    if first == "how":
        return len(words) > 1 and words[1].lower() != "to"  # "how the money went"
    if first in PREPOSITIONS or first in ("like", "by"):
        return False  # "testify to that", "felt like a moment", "knows by now"
    previous = ""
    for i, raw in enumerate(words[:_SEGMENT]):
        word = raw.lower().rstrip(".!?")
        if word == "that":
            return True  # "rejected claims that ...", "the fact that ..."
        if word == "," or word in _STOPS:
            return False
        if raw[:1].islower() and (word in _FINITE or word.endswith(("n't", "n’t"))):
            return True
        if i > 0 and previous not in DETERMINERS and previous not in PREPOSITIONS:
            if raw.islower() and len(word) > 4 and word.endswith("ed"):
                return True  # "the study found the drug reduced risk"
            if raw.islower() and word.endswith("s") and not word.endswith(("ss", "'s", "’s")) \
                    and (words[i - 1][:1].isupper() or previous in _CLAUSE_SUBJECTS | {"it"}):
                return True  # "polls show Okafor leads"
        previous = word
    return False


def states_something(text: str, source: tuple[int, int] | None, cue: tuple[int, int],
                     content: tuple[int, int], quote: bool) -> bool:
    """False when the cue word is used outside reporting (see the module docstring)."""
    verb = cue_verb(text[cue[0]:cue[1]])
    if verb is None:
        return True
    base, form = verb
    cue_words = text[cue[0]:cue[1]].lower().split()
    if source is not None:
        phrase = text[source[0]:source[1]].split()
        if phrase and phrase[-1].lower().strip(",.") in _NO_ADJECTIVE:
            return False
    if quote or content[0] < cue[1]:
        return True
    said = text[content[0]:content[1]]
    head = _head(text, source)
    finding = source is not None and not _EVIDENCE.isdisjoint(
        text[source[0]:source[1]].lower().split())
    if base in _OBJECT_VERBS and not has_clause(said) and not finding:
        return False  # "found work tiling sites", "fans will testify to that"
    # "the congestion charging scheme", "start answering questions": no saying
    return not (form is Form.GERUND and len(cue_words) == 1 and source is not None
                and not text[source[1]:cue[0]].strip() and head not in _ISSUED
                and not _named(text, source)
                and not text[max(0, source[0] - 5):source[0]].lower().endswith("with ")
                and not has_clause(said))


def _head(text: str, source: tuple[int, int] | None) -> str:
    """Last word of the source phrase, lower case ("polls", "statement")."""
    if source is None:
        return ""
    words = text[source[0]:source[1]].split()
    return words[-1].lower().strip(",.;:") if words else ""


def _named(text: str, source: tuple[int, int]) -> bool:
    """True when the source phrase ends with a name ("Newt Gingrich"), not "TV" or "the"."""
    words = text[source[0]:source[1]].split()
    last = words[-1] if words else ""
    return len(last) > 1 and last[:1].isupper() and not last.isupper()
