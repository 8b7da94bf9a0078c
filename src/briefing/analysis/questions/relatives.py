"""Relative clauses that a hedge may sit in: a clause about a noun ("touches that Mr Biden
might appreciate", "a place where the work could be seen", "the gap the Tories believe Mr
Brown will have to fill") says nothing a reader could check, so it is asked about only
through the clause around it. ``_object_gap`` reads whether a clause lacks its object.
"""

from __future__ import annotations

import re

from briefing.analysis.phrasing import (
    AUXILIARIES,
    PREPOSITIONS,
    bare_word,
    has_subject,
    is_finite_verb,
    is_participle,
)
from briefing.analysis.questions.words import (
    CLAUSE_OPENERS,
    COMPLEMENT_VERBS,
    DETERMINER_SLOTS,
    NOUN_DETERMINERS_BACK,
    NP_BOUNDARY,
    OTHER_REPORTING,
    PRONOUN_SUBJECTS,
    SUBJECT_ADVERBS,
    SUBJECT_FORMS,
    WORD,
)

CONTENT_NOUNS = frozenset((
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


_TIME_WORDS = frozenset(("year", "years", "week", "weeks", "month", "months", "day", "days",
                         "time", "times", "night", "morning", "evening", "afternoon", "moment",
                         "season", "decade", "era", "period", "point", "stage", "way"))


_SEGMENT_END = re.compile(r"[,;:!?\u2014\u2013\"\u201d]|(?<![A-Z][a-z])(?<!Mrs)(?<![A-Z])\."
                          r"|\s-+\s|\s(?:and|or|but)\s")
"""Where a relative clause ends: punctuation (not the stop of "Mr." or "U.S."), a dash, a
conjunction."""


def where_relative(text: str, where_at: int, where_end: int, before: str) -> bool:
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
    bare = [bare_word(w) for w in (after[: cut.start()] if cut else after).split()]
    a = next((i for i, w in enumerate(bare[:9]) if i > 0 and (
        w in AUXILIARIES or is_finite_verb(w))), None)
    if a is None:
        return False
    j = a
    while j < len(bare) and (bare[j] in AUXILIARIES or bare[j] in _VERB_CHAIN
                             or (bare[j].endswith("ly") and len(bare[j]) > 4)):
        j += 1
    return j + 1 >= len(bare)


def contact_relative(text: str, at: int) -> bool:
    """True when the verb of belief at ``at`` opens a relative clause with no "that" about the
    noun before its subject ("the black hole [the Tories, backed by X, believe Mr Brown will
    have to fill]"): what is believed has a gap where that noun belongs, and as a question
    ("Will Mr Brown have to fill?") it would not read. The noun must follow a verb of the
    clause around it, so that an opening phrase ("After years of decline the Tories believe")
    is no antecedent."""
    lead = text[:at].rstrip()
    if lead.endswith(","):  # an aside before the verb: "the Tories, backed by X, believe"
        k = lead.rfind(",", 0, len(lead) - 1)
        lead = lead[:k].rstrip() if k > 0 else ""
    words = lead.split()
    j = len(words)
    if j and bare_word(words[-1]) in SUBJECT_FORMS:
        j -= 1
    else:
        while j > 0 and words[j - 1][:1].isupper() and len(words) - j < 4:
            j -= 1  # a name: "Mr Brown"
        if j == len(words):  # else a determiner and up to three words: "the Tories"
            j = next((k for k in range(len(words) - 1, max(-1, len(words) - 5), -1)
                      if bare_word(words[k]) in NOUN_DETERMINERS_BACK), 0)
            if any(bare_word(w) in _STRANDED or bare_word(w) in DETERMINER_SLOTS
                   or is_finite_verb(w) for w in words[j + 1 :]):
                return False  # "any reason to [believe]": no subject
        elif j > 0 and bare_word(words[j - 1]) == "the":
            j -= 1
    if j < 2 or j == len(words):
        return False
    noun, b = words[j - 1].strip("\"'\u201d\u2019"), bare_word(words[j - 1])
    if not noun.isalpha() or not noun.islower() or b.endswith("ly") or (
            b in NP_BOUNDARY or b in DETERMINER_SLOTS or b in _STRANDED or b in _TIME_WORDS
            or b in CONTENT_NOUNS or b in _COMMUNICATING or b in _VERB_WORDS
            or b in COMPLEMENT_VERBS or b in CLAUSE_OPENERS or b in NOUN_DETERMINERS_BACK
            or b in PRONOUN_SUBJECTS or b in PREPOSITIONS or is_finite_verb(b)
            or is_participle(b)):
        return False  # "airports like Exeter believe": a preposition, no noun before a clause
    before = [bare_word(w) for w in words[: j - 1]]
    if before and before[-1] in _COMMUNICATING:
        return False  # "told reporters the Tories believe ...": the clause is a claim
    return any(w in AUXILIARIES for w in before)


def object_relative(text: str, that_at: int, that_end: int) -> bool:
    """True when "that" at ``that_at`` opens a relative clause with a gap where its object
    should be: it follows a noun that takes no "that" clause of its own (not "the risk
    that", not "told the board that"), and the clause after it lacks what its verb needs
    ("touches that Mr Biden might appreciate", "investors that the state could pressure to
    pay", "ground that his party is unlikely to help him defend", "a part of the job that
    anyone could be bad at"): the clause says something of the noun, and as a question
    ("Could the state pressure to pay?") it would not read."""
    raw = WORD.findall(text[max(0, that_at - 80) : that_at])[-5:]
    back = [w.lower() for w in raw]
    if not back or not raw[-1].isalpha() or not raw[-1].islower() or (
            back[-1] in CONTENT_NOUNS or back[-1] in NP_BOUNDARY
            or back[-1].endswith(("ing", "ed", "ly")) or _verb_before_that(back)):
        return False
    if any(w in _RESULT_WORDS or w in _COMMUNICATING for w in back):
        return False  # "so bad that", "told the board that": the clause is a claim
    k = next((i for i in range(len(back) - 2, -1, -1) if back[i] in NOUN_DETERMINERS_BACK),
             len(back) - 1 if back[-1] in _BARE_HEADS else None)  # "see things that ..."
    # a plural with no determiner ("... - attacks that X is likely to use"): only a clause
    # that stops at its verb marks it, as a plural verb ("officials that") may stand there
    bare_plural = k is None and len(back[-1]) > 3 and back[-1].endswith("s") and (
        not back[-1].endswith("ss"))
    if bare_plural:
        k = len(back) - 1
    if k is None or any(w in AUXILIARIES or w in COMPLEMENT_VERBS or w in OTHER_REPORTING
                        for w in back[k:]):
        return False
    after = text[that_end : that_end + 160]
    cut = _SEGMENT_END.search(after)
    gap = _object_gap((after[: cut.start()] if cut else after).split())
    # a time or a manner takes a clause with no gap too ("the day that prices rose"): only
    # a clause that plainly stops short marks it
    return gap == "end" or (gap == "short" and back[-1] not in _TIME_WORDS and not bare_plural)


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
    if last in _VERB_WORDS or last in COMPLEMENT_VERBS or last in OTHER_REPORTING or (
            is_finite_verb(last)):
        return True
    return len(back) > 1 and (back[-2] in PRONOUN_SUBJECTS or back[-2] in SUBJECT_ADVERBS)


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


def _object_gap(words: list[str]) -> str:
    """How plainly a clause ("the state could pressure to pay") lacks an object after its
    verb: "end" when it stops at its verb, a particle or a preposition ("he brings", "could
    easily find out", "could be bad at"), "short" when its verb is followed by "to" + a
    verb or by "as" ("could pressure to pay", "are likely to receive as a gift"), "" when
    an object or a complement follows (a clause of its own)."""
    bare = [bare_word(w) for w in words]
    while bare and (bare[0] in ("maybe", "perhaps") or bare[0].endswith("ly")):
        bare, words = bare[1:], words[1:]  # "that maybe a lot of the folks ..."
    a = next((i for i, w in enumerate(bare[:9]) if i > 0 and words[i][:1].islower() and (
        w in AUXILIARIES or is_finite_verb(w)
        or (bare[i - 1] in PRONOUN_SUBJECTS and w.endswith("s") and w.isalpha()))), None)
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
        if _how_often(rest) or (verb in _NEEDS_OBJECT and _only_when(rest)):
            rest = []  # "have seen many times over", "use in the fall": no object
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
                rest[1] not in NOUN_DETERMINERS_BACK) and verb not in _QUANTITIES:
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


_BARE_HEADS = frozenset(("things", "something", "anything", "everything", "nothing",
                         "stuff"))
"""Nouns with no determiner that still head a noun phrase a relative clause is about."""


_OFTEN = frozenset(("again", "before", "twice", "often", "since", "already", "over", "too"))


_NEEDS_OBJECT = frozenset((
    "use", "exploit", "make", "take", "give", "bring", "find", "need", "want", "get", "buy",
    "sell", "face", "see", "do", "pay", "raise", "spend", "win", "offer", "build", "sign",
    "launch", "release", "introduce", "adopt", "accept", "reject", "support", "oppose",
    "approve", "pass", "consider", "hold", "keep", "put", "show", "tell", "send", "hear"))
"""Verbs that cannot stand without an object: "use in the fall" lacks one."""


_WHEN_PREPOSITIONS = frozenset(("in", "at", "on", "during", "before", "after", "by", "until",
                                "next", "this", "last"))


_SEASONS = frozenset(("fall", "autumn", "spring", "summer", "winter", "future", "campaign",
                      "election", "end", "meantime", "run-up", "weeks", "months", "years"))


def _only_when(rest: list[str]) -> bool:
    """True when ``rest`` is only a time ("in the fall", "next year", "this week"): an
    adverbial, no object."""
    if not rest or rest[0] not in _WHEN_PREPOSITIONS or len(rest) > 4:
        return False
    return rest[-1] in _SEASONS or rest[-1] in _TIME_WORDS


def _how_often(rest: list[str]) -> bool:
    """True when ``rest`` only says how often or when ("many times over", "twice before",
    "again"): an adverbial, no object."""
    k = 0
    if len(rest) > 1 and rest[1] == "times" and (rest[0] in ("many", "several", "countless")
                                                 or rest[0].isdigit()):
        k = 2
    while k < len(rest) and rest[k] in _OFTEN:
        k += 1
    return k > 0 and k == len(rest)


_QUANTITIES = frozenset(("more", "less", "much", "enough", "nothing", "something", "anything",
                         "everything", "little", "plenty", "lot", "lots", "work", "time"))
"""Objects before "to" + a verb ("would have more to say"): the clause is whole."""
