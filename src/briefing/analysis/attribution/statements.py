"""Whether an attribution states something: the table's test against verbs used outside reporting.

The table is for readers: a row is someone who said, reported or holds something. The
cue lexicon is broad (PolNeAR, which scores the table, also counts "seems", "is expected
to", "is seeking to" as attributions), so uses of a cue word that state nothing are left
out here, at a small cost on PolNeAR (see ``benchmarks/results/sources.md``):

* meaning: "the name refers to the old crossing" (a word's meaning, no one's words);
* seeming: "the players appear unhappy", "it seems", "will appear before the committee";
* a belief held by nobody named, a passive before "to" or "as": "is expected to join",
  "is thought to have spread", "is seen as"; and "could be said to be" (but "is said to"
  and "is reported to" are hearsay and stay); a passive of placing ("have been added to
  the list", "was recalled to Canberra"), a reduced passive ("the council blamed for the
  closures", "a guide charged with manslaughter", "the gunmen, understood to be ...") and a
  death toll ("which claimed the lives of two sailors", "has claimed hundreds of lives");
  a passive of purpose ("the campaign is intended to help"): what something is for; "to"
  after a verb of sending words with no clause ("had written to complain", "posted to the
  group"): a purpose or an addressee;
* acts done with a reporting verb: a plea in court ("pleaded guilty to fraud", "pleads not
  guilty", "pleaded no contest"; but "pleaded with fans to stay calm" asks something), a
  prize, a place or a win taken ("claimed second place", "claimed the title", "claimed
  victory", "claimed her first win"; but "claimed responsibility", "claimed to have ..."
  and "claimed the plan would fail" say something), and a talk about a topic with no
  clause ("ministers are discussing a new plan", "will discuss the rescue plan");
* a would-be source whose head, in lower case, is a weapon, a craft or an event
  ("helicopters attacked targets", "a disease called X", "fighting between clans");
* a participle right after a possessive ("Qantas' proposed wage freeze"): an adjective;
* "seek" with no "to" after it ("is seeking approval to ..."), "consider" before an -ing
  form ("is considering playing X"): a plan or a request, no claim;
* a verb of perceiving, seeking, deciding or acting whose content is only an object or an
  infinitive, with no clause ("found work tiling sites", "saw the match", "is seeking a
  buyer", "rejected the move", "decided to look", "will continue to sell", "maintains a
  lead", "has added two games", "did not respond to the letter"), unless a finding is the
  subject ("a survey found more ferries", "polls show Okafor ahead") or it is a view
  ("sees the plan as a mistake", "considers him honest", "rejected the allegation");
* an -ing form right after its would-be source, with no clause after it: a noun or an
  adjective ("the congestion charging scheme", "three-time defending champion, in the
  standings", "start answering questions"), unless the phrase opens with "with" ("with
  the agency reporting that ..."), names someone ("Newt Gingrich decrying ...") or is
  something issued ("a statement condemning the attack"); and "reporting by" (a credit);
* a would-be source that is one adverb in -ly ("duly warned"), a plural quantifier before
  a word in -s ("some hints that ...": a noun), and content that opens with "than"
  ("easier said than done");
* a would-be source that ends with a word of degree ("little", "the most", "perhaps") or
  a preposition or article ("the decision by the board to [not recommend]"), or is "This"
  or "That" before a bare noun ("That challenge has spurred ...");
* content that is only "this" or "that" ("This, she said."), or an aside naming another
  speaker ("..., she said, as an aide said"); a modal passive after "it" ("it should be
  noted that ...", "it must be said"): the writer's own aside;
* a would-be source that is no noun phrase: a lone verb form ("missing forecasts"),
  "including" before a common noun ("including rivals viewed"), or a phrase that holds a
  verb with its object ("Clinton avoided all mention", "the bank raised rates by two
  percentage points to"): the cue word there is a noun or the verb of another clause.

Stance verbs with an object ("opposed the deal", "believes the plan will fail") stay.
A clause is read without a tagger: "that", a subject pronoun, or a finite verb (an
auxiliary, a past tense in -ed, a verb in -s after a name) before the first comma or
conjunction.
"""

from __future__ import annotations

import re

from briefing.analysis.attribution.cues import LEXICON, SENDING_VERBS, Form
from briefing.analysis.attribution.kinds import (
    CHANNEL_WORDS,
    COMMON_NOUNS,
    DOCUMENT_WORDS,
    is_person_noun,
)
from briefing.analysis.attribution.wordclasses import (
    BE_FORMS,
    DETERMINERS,
    PREPOSITIONS,
    VERB_PARTICLES,
)

_OBJECT_VERBS = frozenset({"find", "testify", "recognize", "see", "know", "seek", "show",
                           "consider", "reject", "decide", "add", "continue", "maintain",
                           "respond", "state", "conclude", "comment", "discuss"})
"""Verbs that take an object as often as a clause: only a clause makes them a claim.

Verbs of opinion and stance ("believes the plan", "opposed the deal") stay claims with
an object alone: they say what someone holds. These say what someone saw, sought, did
or decided ("saw the match", "is seeking a buyer", "continues to sell bread")."""
_MARKS = " ,.;:!?\"“”‘’'()[]-—–…"
"""Punctuation that alone is no content ("?" after "as some have suggested")."""
_PLURAL_QUANTIFIERS = frozenset({"some", "many", "few", "several", "both", "all", "most"})
"""Plural subjects that take no verb in -s: after them "hints" or "claims" is a noun."""
_RELATIVE = frozenset({"who", "which", "whose", "that"})
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
_VERB_SUBJECTS = _CLAUSE_SUBJECTS | {"it"}
_WH = frozenset({"whether", "if", "why", "what", "who", "where", "when", "which"})
_UNANSWERED = _WH | {"how"}
"""First words of a question left open: a negated cue before one says nothing ("did not say
whether", "would not say how much")."""
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
_SEEMING = frozenset({"seem", "appear"})
"""Verbs of seeming: "X seems/appears to ..." says how things look, not what X said."""
_BELIEVING = frozenset({"expect", "think", "believe", "consider", "see", "know", "feel",
                        "hope", "fear", "assume", "suspect"})
"""Verbs whose passive before "to"/"as" is a belief held by nobody named ("is expected to")."""
_VIEW_WORDS = 8
"""Words of content read for "as" or a noun of saying."""
_SAYING_NOUNS = frozenset({
    "allegation", "allegations", "claim", "claims", "accusation", "accusations", "charge",
    "charges", "criticism", "criticisms", "suggestion", "suggestions", "idea", "ideas",
    "notion", "label", "characterization", "characterisation", "comparison", "assertion",
    "assertions", "argument", "arguments", "premise", "report", "reports", "attacks",
    "description", "view", "views", "theory", "rumours", "rumors", "story",
})
"""Nouns of what is said: rejecting one is a stance ("rejected the allegation")."""
_REFUSING = frozenset({"decline", "refuse"})
"""Verbs that refuse speech only before "to" ("declined to comment")."""
_MINDS = frozenset({"want", "feel", "hope", "wish", "fear", "worry", "prefer", "regret",
                    "intend", "doubt"})
"""Verbs of wanting and feeling: only someone, not something, wants or fears."""
_GROUPS = frozenset({
    "country", "nation", "side", "family", "crowd", "public", "world", "market", "community",
    "region", "state", "city", "town", "village", "couple", "pair", "duo", "trio", "squad",
    "majority", "minority", "electorate", "audience", "bloc", "administration", "house",
    "man", "woman", "boy", "girl", "child", "baby", "player", "star", "singer", "actor",
    "actress", "victim", "mother", "father", "wife", "husband", "friend", "winner", "champion",
    "body", "management", "leadership", "establishment", "opposition", "club", "staff", "team",
    "firm", "group", "company", "industry", "sector", "province", "county", "island",
})
"""Singular nouns of people or bodies that the word lists of ``kinds`` do not hold."""
_SHOWING = frozenset({"show", "find"})
"""Verbs of evidence: "polls show X ahead" and "a survey found support" are findings."""
_MODALS = frozenset({"could", "might", "may", "can", "would", "must", "should"})
"""Modals of a passive cue ("it should be noted that ...", "could be seen")."""
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_ASIDE_SUBJECTS = DETERMINERS | {"he", "she", "they", "we", "i", "it"}
_ASIDE_PRESENT = frozenset({"says", "notes", "writes", "reports", "puts"})
_BARE = _DEMONSTRATIVES | {"which"}
"""Contents that are one pronoun pointing elsewhere and say nothing ("This, she said.")."""
_NO_LAST_WORD = PREPOSITIONS | (DETERMINERS - {
    "his", "her", "its", "their", "another", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "some", "many", "most", "several", "all", "few", "both",
    "this", "that", "these", "those", "others", "any", "each"})
"""Words no source phrase ends with ("a decision by the board to", "the")."""
_IRREGULAR_PARTICIPLES = frozenset({
    "held", "made", "taken", "given", "seen", "known", "kept", "left", "led", "brought",
    "built", "sent", "won", "lost", "shown", "chosen", "driven", "written", "spent", "sold",
})
_NO_ADJECTIVE = frozenset({"little", "more", "most", "less", "least", "much", "perhaps",
                           "maybe"})
"""Last words that no source phrase ends with ("little seems", "more important was")."""


def cue_verb(cue: str) -> tuple[str, Form] | None:
    """The base form and form of a cue's verb ("has also said" -> ("say", PAST))."""
    return _verb_of(cue.lower().split())


def _verb_of(cue_words: list[str]) -> tuple[str, Form] | None:
    """``cue_verb`` of the cue's lower-case words."""
    for word in reversed(cue_words):
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
                    and (words[i - 1][:1].isupper() or previous in _VERB_SUBJECTS):
                return True  # "polls show Okafor leads"
        previous = word
    return False


def states_something(text: str, source: tuple[int, int] | None, cue: tuple[int, int],
                     content: tuple[int, int], quote: bool) -> bool:
    """False when the cue word is used outside reporting (see the module docstring)."""
    return why_unstated(text, source, cue, content, quote) is None


def why_unstated(text: str, source: tuple[int, int] | None, cue: tuple[int, int],
                 content: tuple[int, int], quote: bool) -> str | None:
    """The rule that finds nothing stated ("seeming", "object", ...), None if something is."""
    cue_words = text[cue[0]:cue[1]].lower().split()
    verb = _verb_of(cue_words)
    if verb is None:
        return None
    base, form = verb
    phrase = text[source[0]:source[1]].split() if source is not None else []
    if phrase and phrase[-1].lower().strip(",.") in _NO_ADJECTIVE:
        return "degree"
    if len(phrase) == 1 and ((phrase[0].endswith("ly") and phrase[0].islower())
                             or (phrase[0].lower() in _PLURAL_QUANTIFIERS
                                 and form is Form.PRESENT)):
        return "noun"  # "duly warned", "some hints that": an adverb, or a noun after "some"
    if text[content[0]:content[0] + 5].lower() == "than ":
        return "comparison"  # "easier said than done": no one says anything
    if phrase and _possessive(phrase[-1]) and len(cue_words) == 1 \
            and form in (Form.PAST, Form.PARTICIPLE) and content[0] >= cue[1] \
            and not has_clause(text[content[0]:content[1]]):
        return "modifier"  # "Qantas' proposed wage freeze": a participle before a noun
    if phrase and _inanimate(phrase):
        return "inanimate"  # "helicopters attacked", "a bomb called the Daisy Cutter"
    if phrase and phrase[-1].lower() in _NO_LAST_WORD and not any(
            w.endswith(",") or w.lower() in _RELATIVE for w in phrase):
        return "unfinished"  # "a decision by the board to [not recommend] ..."
    if _verb_phrase(phrase):
        return "verb"  # "missing [forecasts]", "Clinton avoided all [mention]"
    if len(phrase) == 1 and phrase[0] in ("This", "this", "That") and form is Form.BASE \
            and len(cue_words) == 1:
        return "noun"  # "That challenge has spurred ...": a noun after "that"
    if base in _MINDS and source is not None and _thing(text[source[0]:source[1]]):
        return "thing"  # "the game wants to be ...": a thing holds no wish or feeling
    if base == "refer" and _head(text, source) in _WORDS_FOR_WORDS:
        return "meaning"  # "The name refers to the old crossing": what a word means
    if base in _SEEMING:
        return "seeming"  # "the players appear unhappy", "it seems", "will appear before"
    if _believed(text, cue, base, form, cue_words) or _reduced_belief(text, cue, base,
                                                                       cue_words):
        return "believed"  # "is expected to join", "is thought to have spread"
    if _moved(text, cue, form, cue_words):
        return "moved"  # "have been added to the list": a passive of placing, no saying
    if base == "intend" and form in (Form.PAST, Form.PARTICIPLE) \
            and not BE_FORMS.isdisjoint(cue_words[:-1]):
        return "purpose"  # "the campaign is intended to help": what it is for, nobody speaks
    if len(cue_words) >= 3 and cue_words[0] in _MODALS and cue_words[-2] == "be" \
            and (source is None or text[source[0]:source[1]].lower() == "it") \
            and text[max(0, cue[0] - 4):cue[0]].rstrip().lower().endswith("it"):
        return "aside"  # "It should be noted that ...": the writer's aside, nobody's claim
    if quote:
        return None
    said = text[content[0]:content[1]]
    if said.strip(" ,.;:!?").lower() in _BARE or not said.strip(_MARKS):
        return "bare"  # "This, she said.": a pronoun is no claim
    if _as_aside(said):
        return "aside"  # "..., she said, as an aide said": someone else's aside
    if content[0] < cue[1]:
        return None
    if said.split(maxsplit=1)[0].lower() in _UNANSWERED and _negated(cue_words):
        return "unsaid"  # "did not say which province ...": what was left unsaid
    if base in _REFUSING and not said.lower().startswith("to "):
        return "object"  # "imports declined by 2%", "refused the offer": no saying
    if base in SENDING_VERBS and said.lower().startswith("to ") and not has_clause(said):
        return "purpose"  # "had written to complain about the levy": why, not what
    if base == "seek" and not said.lower().startswith("to "):
        return "object"  # "is seeking approval to have a baby that ...": no clause follows
    if base == "consider" and said.split(maxsplit=1)[0].lower().endswith("ing"):
        return "plan"  # "is considering playing Boje": a plan, no view
    if base == "claim" and _TOLL.match(said) is not None:
        return "toll"  # "the crash which claimed the life of ...", "claimed 40 lives"
    if base == "plead" and _PLEA.match(said) is not None:
        return "plea"  # "pleaded guilty to fraud", "pleads not guilty": an act in court
    if base == "claim" and _taken(said):
        return "taken"  # "claimed second place", "claimed the title": a prize won
    if base in _OBJECT_FIRST and form is Form.PAST and len(cue_words) == 1 \
            and said.lower().startswith(_OBJECT_FIRST.get(base, ("for ", "of "))):
        return "passive"  # "the government blamed for the recession": a reduced passive
    head = _head(text, source)
    finding = source is not None and not _EVIDENCE.isdisjoint(
        text[source[0]:source[1]].lower().split())
    if base in _OBJECT_VERBS and not has_clause(said) and not (finding and base in _SHOWING) \
            and not _holds_view(base, cue_words, said):
        return "object"  # "found work tiling sites", "rejected the move", "sought office"
    if form is Form.GERUND and said.lower().startswith("by "):
        return "credit"  # "additional reporting by ..."
    # "the congestion charging scheme", "start answering questions": no saying
    if form is Form.GERUND and len(cue_words) == 1 and source is not None \
            and not text[source[1]:cue[0]].strip() and head not in _ISSUED \
            and not _named(text, source) \
            and not text[max(0, source[0] - 5):source[0]].lower().endswith("with ") \
            and not has_clause(said):
        return "gerund"
    return None


def _negated(cue_words: list[str]) -> bool:
    """True when the cue is negated: "did not say", "never explained", "wouldn't say"."""
    return any(w in ("not", "never") or w.endswith(("n't", "n’t")) for w in cue_words)


def _verb_form(word: str) -> bool:
    """True for a lower-case participle or -ing form ("interviewed", "held", "missing")."""
    return word[:1].islower() and word.isalpha() and word not in DETERMINERS and (
        (len(word) > 4 and word.endswith("ed")) or (len(word) > 5 and word.endswith("ing"))
        or word in _IRREGULAR_PARTICIPLES)


def _verb_phrase(phrase: list[str]) -> bool:
    """True when a would-be source is a verb's phrase, not a noun phrase (module docstring)."""
    if not phrase:
        return False
    first = phrase[0]
    if (first == "including" and len(phrase) > 1 and phrase[1][:1].islower()) or (
            _verb_form(first) and len(phrase) == 1):
        return True  # "missing [forecasts]", "including sentiments [viewed]"
    for k in range(1, len(phrase) - 1):
        word, before, after = phrase[k], phrase[k - 1], phrase[k + 1]
        if before.endswith(",") or before.lower() in _RELATIVE:
            return False  # "Ms Ray, who ..., ...": an aside, read elsewhere
        if not (len(word) > 4 and word.endswith("ed") and word.isalpha() and word.islower()) \
                or before.lower() in DETERMINERS or before.lower() in PREPOSITIONS:
            continue  # "the elected officials", "records compiled by"
        if (after in DETERMINERS and after not in _DEMONSTRATIVES) or after in VERB_PARTICLES or (
                k + 2 < len(phrase) and after.isalpha() and after.islower()
                and after.endswith("s") and not after.endswith(("ss", "ous"))):
            # "Clinton avoided all", "China raised rates by", "workers walked out"; but
            # "Democratic registered voters" ends with its noun
            return True
    return False


def _thing(phrase: str) -> bool:
    """True for a description of one thing ("the game", "your body"), not of people or a
    body ("the club", "the minister", "fans") and not a name or a pronoun."""
    words = phrase.split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in DETERMINERS:
        return False
    if any(w[:1].isupper() for w in words[1:]) or any(not w.isalpha() for w in words[1:]):
        return False  # "the Labour leader", "the BBC", "the 29-year-old"
    head = words[-1].lower()
    return not head.endswith("s") and head not in COMMON_NOUNS and head not in _GROUPS \
        and not is_person_noun(head)


def _holds_view(base: str, cue_words: list[str], said: str) -> bool:
    """A view with an object: "sees the plan as a mistake", "considers him honest",
    "rejected the allegation" (a stance on something said), not "is considering a run"."""
    words = [w.lower().strip(",.;:\"“”") for w in said.split()[:_VIEW_WORDS]]
    if base == "see":
        return "as" in words
    if base == "consider":
        return not (cue_words[-1].endswith("ing") or (words and words[0].endswith("ing")))
    if base == "reject":
        return not _SAYING_NOUNS.isdisjoint(words)
    return False


def _as_aside(said: str) -> bool:
    """"as an aide said", "as the report noted": an aside naming another speaker."""
    words = said.lower().rstrip(" .,;:!?").split()
    if len(words) < 3 or words[0] != "as" or words[1] not in _ASIDE_SUBJECTS:
        return False
    entry = LEXICON.get(words[-1])
    return entry is not None and (entry[1] is Form.PAST or words[-1] in _ASIDE_PRESENT)


_TOLL = re.compile(r"(?:(?:the|their|his|her|its)\s+)?(?:lives|life)\b|(?:(?:more\s+than|"
                   r"at\s+least|over|some|about|nearly|almost)\s+)?(?:[\d,]+|hundreds\s+of|"
                   r"thousands\s+of|dozens\s+of|scores\s+of|many|more|several|two|three|"
                   r"four|five|six|seven|eight|nine|ten|\w+\s+(?:hundred|thousand))\s+"
                   r"(?:more\s+)?lives\b", re.I)
"""A death toll after "claimed" ("the life of", "40 lives", "hundreds of lives"): no claim."""
_PLEA = re.compile(r"(?:not\s+)?guilty\b|innocent\b|no\s+contest\b|nolo\b", re.I)
"""A plea after "pleaded" ("guilty", "not guilty", "no contest"): an act in court."""
_PRIZES = frozenset({
    "title", "titles", "crown", "victory", "victories", "win", "wins", "place", "spot",
    "position", "prize", "prizes", "award", "awards", "medal", "medals", "gold", "silver",
    "bronze", "trophy", "cup", "championship", "pole", "lead", "seat", "seats", "honours",
    "honors", "victim", "victims", "scalp", "double", "treble", "bonus", "point", "points",
})
"""Nouns of what is won or taken: "claimed the title", "claimed a high-profile victim"."""
_RANKED = re.compile(r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
                     r"eighth|ninth|tenth|top|runners?-up|last)$")
"""Ordinal and ranking words of a place taken ("second", "7th", "top", "runners-up")."""
_TAKEN_STOPS = frozenset({"in", "at", "on", "for", "with", "ahead", "after", "over", "from",
                          "by", "of", "against", "since", "while", "and", "as"})
"""Words that end the object of "claimed" ("the title [in] Paris")."""
_CLAIMED_AS_SAID = frozenset({"responsibility", "credit", "ownership", "authorship"})
"""Objects of "claimed" that say something: a claim of having done or owning it."""


def _taken(said: str) -> bool:
    """True when "claimed" takes a prize, a place or a win, not a statement: "second place",
    "the title", "victory", "her seventh Grand Slam title", "top spot in Group A"; not
    "responsibility for the attack", "to be an editor" or a clause ("the plan would fail").
    """
    words = [w.lower().strip(",.;:!?\"“”‘’'()") for w in said.split()]
    obj: list[str] = []
    for word in words:
        if not word or word in _TAKEN_STOPS:
            break
        obj.append(word)
    if not obj or len(obj) > 6 or obj[0] == "to" or not _CLAIMED_AS_SAID.isdisjoint(obj) \
            or has_clause(said):
        return False
    head = obj[-1].removesuffix("'s").removesuffix("’s")
    return head in _PRIZES or re.fullmatch(r"\d+(?:m|km|metres|meters)", head) is not None \
        or any(_RANKED.match(w) is not None for w in obj)
_OBJECT_FIRST: dict[str, tuple[str, ...]] = {
    base: ("for ", "of ") for base in ("blame", "accuse", "criticise", "criticize", "praise",
                                       "condemn", "fault", "credit", "applaud", "commend",
                                       "slam")} | {"charge": ("with ",)}
"""Verbs whose active use names its object first ("blamed the unions for ...", "charged
him with ..."), and the preposition that, right after the verb, makes the form a passive
participle ("the firm blamed for ...", "a guide charged with manslaughter")."""
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")
"""Ends of a possessive: "Qantas' proposed freeze", "the council's planned cuts"."""
_INANIMATE = frozenset({
    "bomb", "bombs", "missile", "missiles", "rocket", "rockets", "shell", "shells", "mortar",
    "mortars", "grenade", "grenades", "helicopter", "helicopters", "gunship", "gunships",
    "warplane", "warplanes", "jet", "jets", "plane", "planes", "aircraft", "tank", "tanks",
    "artillery", "drone", "drones", "warship", "warships", "fighting", "violence", "clashes",
    "blaze", "bushfire", "bushfires", "storm", "storms", "flood", "floods", "floodwaters",
    "quake", "earthquake", "tremor", "explosion", "explosions", "blast", "blasts", "disease",
    "diseases", "virus", "epidemic", "drought", "cyclone", "hurricane", "typhoon", "tornado",
    "avalanche",
})
"""Heads of weapons, craft and events: what they "attacked", "claimed" or were "called"
is no speech ("helicopters attacked targets", "a disease called X", "fighting has claimed")."""
_WORDS_FOR_WORDS = frozenset({"name", "term", "word", "phrase", "title", "label", "acronym",
                              "abbreviation", "nickname", "expression", "slang", "names",
                              "terms", "words", "phrases", "labels"})
"""Heads of a would-be source that is a word: what it "refers to" is its meaning."""


def _possessive(word: str) -> bool:
    """True for "Qantas'" or "the council's", not for "he's", "it's", "who's" ("is", "has")."""
    return word.endswith(_POSSESSIVE_ENDS) and _PRONOUN_CONTRACTION.match(word.lower()) is None \
        and word.lower()[:-2] not in ("who", "what", "where", "here", "let")


def _inanimate(phrase: list[str]) -> bool:
    """True when the head of the would-be source is a weapon, a craft or an event
    ("Israeli helicopters and warplanes", "fighting between X and Y"): its last word before
    a preposition or a comma."""
    head = ""
    for word in phrase:
        low = word.strip(",.;:")
        if low.lower() in PREPOSITIONS:
            break
        head = low  # in lower case: "The Blaze reported" names a website
        if word.endswith(","):
            break
    return head in _INANIMATE


def _reduced_belief(text: str, cue: tuple[int, int], base: str, cue_words: list[str]) -> bool:
    """"The attackers, understood to be former soldiers, ...": a reduced passive of
    "understand" before "to be"/"to have" is hearsay of nobody named, not the noun's claim."""
    return base == "understand" and cue_words == ["understood"] and text[
        cue[1]:cue[1] + 9].lower().lstrip().startswith(("to be ", "to have "))
_PLACING = re.compile(r"\s+(?:to|into|onto)\s+(?:(?:the|a|an|its|their|his|her|this|these|"
                      r"those|\d)\b|[A-Z][a-z])")
"""A preposition of place and a noun phrase after a passive ("added to the list")."""


def _moved(text: str, cue: tuple[int, int], form: Form, cue_words: list[str]) -> bool:
    """"have been added to the list", "was told to the court": a passive followed by "to"
    and a noun phrase, not by an infinitive: something was put somewhere, nobody spoke."""
    return form in (Form.PAST, Form.PARTICIPLE) and not BE_FORMS.isdisjoint(cue_words[:-1]) \
        and _PLACING.match(text, cue[1]) is not None


def _believed(text: str, cue: tuple[int, int], base: str, form: Form,
              cue_words: list[str]) -> bool:
    """"is expected to", "is thought to be", "could be said to be": belief, no one speaks."""
    after = text[cue[1]:cue[1] + 4].lower().lstrip()
    if not after.startswith(("to ", "as ")) or form not in (Form.PAST, Form.PARTICIPLE):
        return False  # "is hoping to win" is no passive
    if base in _BELIEVING:
        # "is widely expected", "are thought"; "temperatures expected to be in the 30s"
        return not BE_FORMS.isdisjoint(cue_words[:-1]) or (
            len(cue_words) == 1 and text[cue[1]:cue[1] + 9].lower().lstrip().startswith(
                ("to be ", "to have ")))
    return base == "say" and "be" in cue_words[:-1] \
        and not BE_FORMS.isdisjoint(cue_words[:-1]) and cue_words[0] in _MODALS


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
