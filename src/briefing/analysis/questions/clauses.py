"""The clause that holds a hedge: where it starts (``clause_start``), whether it is
reported speech in the past, which conjunct of it the hedge belongs to (``shared_subject``,
``focus``) and where a reported clause after a verb of belief starts (``innermost``).
"""

from __future__ import annotations

import re

from briefing.analysis.phrasing import (
    AUXILIARIES,
    bare_word,
    is_finite_verb,
    is_present_verb,
)
from briefing.analysis.questions.relatives import (
    CONTENT_NOUNS,
    object_relative,
    where_relative,
)
from briefing.analysis.questions.words import (
    ANON_DETERMINERS,
    ARTICLES,
    CLAUSE_OPENERS,
    COMPLEMENT_VERBS,
    DEFINITE,
    DETERMINER_SLOTS,
    NOT_REPORTERS,
    NOUN_DETERMINERS_BACK,
    OTHER_REPORTING,
    PAST_VERBS,
    PRONOUN_SUBJECTS,
    SUBJECT_ADVERBS,
    SUBJECT_FORMS,
    TO_OR_THAT,
    WORD,
)

_AS_LABEL = frozenset(("seen", "regarded", "viewed", "described", "known", "treated", "considered",
                       "billed", "hailed", "branded", "labelled", "labeled", "dubbed"))
"""Before "as" these take a noun ("seen as a rival"), not a clause."""


_PREDICTING = frozenset(("predict", "predicts", "predicted", "forecast", "forecasts"))


_SPLICE_SUBJECTS = frozenset(("it", "he", "she", "they", "there"))
"""A pronoun after a comma and a finite verb opens a second main clause (a comma splice)."""


_SUBORDINATORS = frozenset(("because", "if", "when", "while", "although", "though", "since",
                            "as", "unless", "whereas", "once"))


_PERFECT = frozenset(("has", "have", "\u2019ve", "'ve"))


def reported_past(text: str, verb_end: int) -> bool:
    """True when the verb of saying or belief that ends at ``verb_end`` is in the simple
    past ("alleged that X was"), so the reported clause is backshifted; not after "has"
    ("has alleged that X was": the "was" is a real past)."""
    words = [w.lower() for w in WORD.findall(text[:verb_end])[-3:]]
    if not words or words[-1] not in PAST_VERBS:
        return False
    before = [w for w in words[:-1] if w not in SUBJECT_ADVERBS]
    if not (before and (before[-1] in _PERFECT or before[-1].endswith(("'ve", "\u2019ve")))):
        return True
    # "has suggested X would be": "would" is still a future seen from the past -> "Will"
    after = [w.lower() for w in WORD.findall(text[verb_end : verb_end + 80])[:8]]
    return next((w for w in after if w in AUXILIARIES), "") == "would"


_NO_SUBJECT_BEFORE = frozenset(("whether", "if", "a", "an", "the", "its", "his", "her", "their",
                                "our", "these", "those"))
"""After these a verb of belief has no subject of its own: it is an adjective on the noun
that follows ("whether suspected militants", "the alleged plot"). Not "that", which may be
the subject ("a report that claimed X")."""


def adjective_at(text: str, at: int) -> bool:
    """True when the verb of belief at ``at`` follows a word that leaves it no subject."""
    before = WORD.findall(text[max(0, at - 30) : at])[-1:]
    return bool(before) and (before[0].lower() in _NO_SUBJECT_BEFORE
                             or before[0].lower() in DETERMINER_SLOTS)


def innermost(text: str, start: int) -> tuple[int, str]:
    """From a complement verb at ``start``: where the innermost reported clause starts,
    and its verb ("reported some troops thought X" -> X, "thought")."""
    verb = ""
    pos = start
    while True:
        m = WORD.match(text, pos)
        if m is None:
            return pos, verb
        verb = m.group().lower()
        pos = m.end()
        nxt = None
        for k, w in enumerate(WORD.finditer(text, pos)):
            if k >= 6:
                break
            if w.group().lower() in COMPLEMENT_VERBS and w.group()[:1].islower() and not (
                    adjective_at(text, w.start())):
                nxt = w
                break
        if nxt is None:
            return pos, verb
        pos = nxt.start()


_TIME_NOUNS = frozenset(("night", "day", "morning", "evening", "afternoon", "week", "weekend",
                         "month", "year", "season", "summer", "winter", "spring", "autumn",
                         "time", "moment", "point"))


def _time_that(text: str, pos: int, before: str) -> bool:
    """True when "that" ending at ``pos`` points at a time ("later that night", "all that
    time"): a determiner, unless the word before it takes a clause ("said that time is
    short", "the fear that summer brings floods")."""
    nxt = [w.lower() for w in WORD.findall(text, pos, pos + 30)[:2]]
    if nxt[:1] == ["same"]:
        nxt = nxt[1:]
    return bool(nxt) and nxt[0] in _TIME_NOUNS and not (
        before in COMPLEMENT_VERBS or before in OTHER_REPORTING or before in CONTENT_NOUNS
        or before in CLAUSE_OPENERS or is_finite_verb(before) or is_present_verb(before))


_COUNT_HEADS = frozenset(("number", "figure", "total", "threshold", "deal", "plan", "bill",
                          "trend", "scenario", "strategy", "approach", "move", "policy", "rule",
                          "decision", "project", "proposal", "process", "amount", "level",
                          "rate", "target", "estimate"))
"""Nouns that need a determiner as a subject: in "shows that number could fall" the "that"
is theirs."""


_COUNT_THAT = re.compile(r"\s+(?P<noun>[a-z]+)\s+(?:could|may|might|will|would|can|should|"
                         r"must|is|was|has|had)\b")


def count_that(text: str, pos: int) -> bool:
    """True when "that" ending at ``pos`` is the determiner of a noun that cannot stand bare
    as a subject, before its verb: "shows that number could fall" (a clause about "that
    number", not "number")."""
    m = _COUNT_THAT.match(text, pos)
    return m is not None and m.group("noun") in _COUNT_HEADS


def _noun_next(text: str, pos: int) -> bool:
    """True when the word after ``pos`` can be a noun after a demonstrative "that" ("that
    kind of thinking"): a lower-case word that is no determiner, pronoun or verb."""
    nxt = WORD.match(text, pos + 1) if text[pos : pos + 1] == " " else None
    if nxt is None:
        return False
    w = nxt.group()
    return w.isalpha() and w.islower() and w not in NOT_REPORTERS and w not in DEFINITE and (
        w not in ANON_DETERMINERS) and not is_finite_verb(w) and w not in CLAUSE_OPENERS


def _demonstrative(text: str, pos: int) -> bool:
    """True when "that" ending at ``pos`` points at a noun: "but that company might"."""
    nxt = [w.lower() for w in WORD.findall(text[pos : pos + 60])[:2]]
    return (len(nxt) == 2 and nxt[0].isalpha() and nxt[0] not in NOT_REPORTERS
            and nxt[0] not in ANON_DETERMINERS and nxt[0] not in DEFINITE
            and not nxt[0].startswith(("every", "some", "no", "any"))
            and nxt[1] in AUXILIARIES)


_MODAL_AT = re.compile(r"(?:could|may|might|would|will|should|can|must)\b", re.I)


_NOUN_DETERMINERS = frozenset(("these", "those", "such", "many", "several", "some", "any",
                               "both", "no"))
"""Before these a word like "claims" or "fears" is a noun ("these claims could ...")."""


def clause_start(text: str, pos: int) -> tuple[int, bool] | None:
    """Where the clause that holds ``text[pos]`` starts, and whether it is reported speech
    in the past; None inside a relative clause ("..., which may help")."""
    start, backshift, relative, finite, pending = 0, False, False, False, False
    outer, restrictive = 0, False  # the clause around a relative one, and no comma before it
    gapped = False  # the relative clause is one with a gap ("investors that the state could")
    prev = ""
    if ":" in text or ";" in text:  # "... get richer: Ann and Bea Vos are likely worth"
        start = outer = max(text.rfind(": ", 0, pos), text.rfind("; ", 0, pos)) + 2
        if start == 1:
            start = outer = 0
    first = start  # a capital here opens the clause, as at the start of the sentence
    for m in WORD.finditer(text, start, pos):
        w, before = m.group().lower(), prev
        prev = w
        if pending and text[m.end():m.end() + 1] == ",":
            # "If Turkcell backs out, MTN may ...": the main clause follows the comma
            start, pending, finite = m.end() + 1, False, False
            continue
        if not m.group()[:1].islower() and m.start() > first:
            continue
        if w not in _CLAUSE_WORDS:  # most words: only the last branch below can hold
            if is_finite_verb(w):
                finite = True
            continue
        if w == "as" and (before in _AS_LABEL or before == "such"):
            continue  # "what is seen as a rival plan", "such as": no clause opens
        if w == "that" and (m.start() == first or before in DETERMINER_SLOTS or _time_that(
                text, m.end(), before)):
            continue  # "That could clear ...", "control of that chamber could", "a win
            # later that night could": a determiner
        if w == "that" and ((text[: m.start()].rstrip().endswith(",") and _noun_next(
                text, m.end())) or count_that(text, m.end())):
            # "In this case, that kind of", "shows that number could fall": a determiner
            start, relative, finite = m.start(), False, False
            continue
        if w == "that" and relative and gapped and before in ("and", "or"):
            start, finite = m.end(), False  # "baggage that he brings and that X might exploit"
        elif w == "that" and object_relative(text, m.start(), m.end()):
            # "touches that Mr Biden might appreciate": the clause is about the noun
            outer, restrictive, gapped = start, True, True
            start, relative, finite = m.end(), True, False
        elif w == "where" and where_relative(text, m.start(), m.end(), before):
            # "a place where the work could be seen", "a taste of where the race could be
            # heading": a clause about a place, whose question would lose the place
            outer, restrictive, gapped = start, True, False
            start, relative, finite = m.end(), True, False
        elif w == "that" and before in ("and", "but", "so", "or", "yet") and _demonstrative(
                text, m.end()):
            start, relative, finite = m.start(), False, False  # "but that company might"
        elif w in _SPLICE_SUBJECTS and finite and text[: m.start()].rstrip().endswith(","):
            start, relative, finite = m.start(), False, False  # "X has years, it could ..."
        elif (w in COMPLEMENT_VERBS or w in OTHER_REPORTING) and (
                before in ARTICLES or before in _NOUN_DETERMINERS):
            continue  # "the alleged smuggling", "these claims": an adjective or a noun
        elif w in COMPLEMENT_VERBS and (before in BE_FORMS or before in SUBJECT_ADVERBS) \
                and LIKELY_TO.match(text, m.end()):
            continue  # "the Tories are also thought likely to propose": a raised subject
        elif w in _WORRIED and (before in BE_FORMS or before in _DEGREE) and not TO_OR_THAT.match(
                text, m.end()) and _clause_follows(text, m.end(), pos):
            # "he is concerned ASIO could use the laws": the worry's clause, with no "that"
            start, relative, finite = m.end(), False, False
            backshift = before in ("was", "were")
        elif w in _SHOWING and before not in ARTICLES and before not in _NOUN_DETERMINERS and (
                _bare_clause(text, m.end(), pos)):
            # "polls show young voters could", "the minister hinted cuts could":
            # the shown clause, with no "that"
            start, relative, finite = m.end(), False, False
            backshift = w.endswith("ed")
        elif w in COMPLEMENT_VERBS or w in CLAUSE_OPENERS or w in OTHER_REPORTING:
            start, relative, finite = m.end(), False, False
            pending = w in _SUBORDINATORS
            if w in COMPLEMENT_VERBS:
                backshift = reported_past(text, m.end())
            elif w in OTHER_REPORTING or w in _PREDICTING:
                backshift = True  # "predict X would": a future, "Will X ...?"
        elif w in ("which", "who", "whom", "whose", "what"):
            restrictive = (w in ("which", "who") and not relative
                           and not text[: m.start()].rstrip().endswith(","))
            outer, gapped = start, False
            start, relative, finite = m.end(), True, False
        elif w in ("and", "but") and (finite or text[: m.start()].rstrip().endswith((",", ";"))) \
                and not _in_list(text[start : m.start()]) and not _name_pair(text, m) and not (
                    finite and _verb_conjunct(text, m.end(), pos)):
            # a second main clause, not the last item of a list ("95, 98, 2000, and XP")
            start, relative, finite = m.end(), False, False
        elif is_finite_verb(w):
            finite = True
    if relative and not restrictive and finite and _MODAL_AT.match(text, pos) and (
            text[start:pos].count(",") == 1 and text[start:pos].rstrip().endswith(",")
            and text[:start].rstrip().endswith((", which", ", who"))
            and text[outer:start].count(",") == 1):
        # "the fire, which was brought under control, could have been arson": the aside
        # has closed, and the modal's subject is the noun before it
        return outer, backshift
    if relative and restrictive and finite and "," not in text[start:pos] and _MODAL_AT.match(
            text, pos):
        # "opposition from members who have attacked the plan could block it": the
        # relative clause has its verb, so the cue belongs to the clause around it; but not
        # when the modal has a subject of its own ("looked for work [they could take up]"):
        # a relative clause with no "that", whose object is the noun before it
        if prev in SUBJECT_FORMS:
            return None
        return outer, backshift
    return None if relative else (start, backshift)


_SHOWING = frozenset(("show", "shows", "showed", "indicate", "indicates", "indicated", "hint",
                      "hints", "hinted", "signal", "signals", "signalled", "signaled", "imply",
                      "implies", "implied"))
"""Verbs that take a clause with no "that" ("polls show X could") but are no cue."""


def _bare_clause(text: str, at: int, pos: int) -> bool:
    """True when a subject with no verb of its own runs from ``at`` to the cue at ``pos``
    ("show [young voters] could"): not a preposition, an auxiliary or a verb."""
    words = text[at:pos].split()
    return 0 < len(words) <= 8 and "," not in text[at:pos] and not any(
        bare_word(w) in _NOT_IN_SUBJECT or (w[:1].islower() and is_finite_verb(w))
        for w in words)


_NOT_IN_SUBJECT = frozenset(("to", "that", "which", "who", "of", "in", "on", "at", "for", "by",
                             "with", "from", "about", "as", "if", "whether", "how", "why", "when"))


_WORRIED = frozenset(("concerned", "worried", "afraid", "fearful", "anxious", "confident",
                      "hopeful", "optimistic", "convinced", "sure", "certain"))
"""Adjectives of a state of mind that take a clause with no "that" ("is worried X may")."""


_CLAUSE_WORDS = (frozenset(("as", "that", "where", "which", "who", "whom", "whose", "what", "and",
                            "but")) | _SPLICE_SUBJECTS | COMPLEMENT_VERBS | OTHER_REPORTING
                 | _WORRIED | CLAUSE_OPENERS | _SHOWING)
"""Every word that a branch of ``clause_start`` other than the finite verb's looks for."""


_DEGREE = frozenset(("very", "deeply", "increasingly", "also", "still", "now", "quite",
                     "extremely", "more", "less", "not"))


def _clause_follows(text: str, at: int, pos: int) -> bool:
    """True when a clause with a subject opens at ``at`` and runs to the cue at ``pos``: a
    determiner or a capital first, no preposition ("concerned about", "sure of")."""
    words = text[at:pos].split()
    return 0 < len(words) <= 8 and "," not in text[at:pos] and (
        bare_word(words[0]) in NOUN_DETERMINERS_BACK or words[0][:1].isupper()
        or bare_word(words[0]) in PRONOUN_SUBJECTS)


_RAISED_CUE = re.compile(r"(?:likely|unlikely|expected|thought|believed|said|reported|set|due|"
                         r"tipped|seems?|appears?)\b", re.I)


def _verb_conjunct(text: str, at: int, pos: int) -> bool:
    """True when the "and" ending at ``at`` joins a second verb phrase to the same subject,
    up to the cue at ``pos`` ("X will play and is likely to ..."): no comma, and only
    auxiliaries or adverbs between it and the cue."""
    between = text[at:pos].split()
    if not (_MODAL_AT.match(text, pos) or _RAISED_CUE.match(text, pos)):
        return False  # "arrived and were seemingly in good spirits": the hedge is the adverb's
    return "," not in text[at:pos] and all(
        bare_word(w) in AUXILIARIES or (bare_word(w).endswith("ly") and len(w) > 4)
        or bare_word(w) in SUBJECT_ADVERBS for w in between)


def shared_subject(clause: str, cue_at: int) -> str:
    """"X will play in the match and is likely to V" -> "X is likely to V": the verb phrase
    of the cue with the subject it shares (``_verb_conjunct``); else ``clause``."""
    words = clause.split()
    k = len(clause[:cue_at].split())
    j = next((i for i in range(k - 1, 0, -1) if words[i].lower() in ("and", "but")), None)
    if j is None or not _verb_conjunct(" ".join(words), len(" ".join(words[: j + 1])),
                                       len(" ".join(words[:k])) + 1):
        return clause
    # the subject of the last clause before the joint: "X needs Y and Ann Vos keeps going
    # and seems to be" -> "Ann Vos seems to be"
    s = next((i + 1 for i in range(j - 2, 0, -1) if words[i].lower() in ("and", "but") and (
        words[i + 1][:1].isupper() or bare_word(words[i + 1]) in NOUN_DETERMINERS_BACK) and any(
            w[:1].islower() and (is_finite_verb(w) or is_present_verb(w)) for w in words[1:i])),
             0)  # not "both Ann Vos and Bea Lund are": a pair of names
    f = next((i for i, w in enumerate(words[:j]) if i > s and w[:1].islower() and (
        bare_word(w) in AUXILIARIES or is_finite_verb(w))), None)
    if f is None:  # "the company makes toys and is expected to": a present verb
        f = next((i for i, w in enumerate(words[:j]) if i > s and w[:1].islower()
                  and is_present_verb(w)), None)
    if f is None or any(bare_word(w) in CLAUSE_OPENERS or w.endswith(",") for w in words[:j]):
        return clause
    if bare_word(words[f]) == "set" and bare_word(words[f - 1]) in _LOOKS:
        f -= 1  # "electric cars look set to ... and are likely to": "look" is the verb
    return " ".join(words[s:f] + words[j + 1 :])


_LOOKS = frozenset(("look", "looks", "looked", "seem", "seems", "seemed", "appear", "appears",
                    "appeared"))


def _name_pair(text: str, joint: re.Match[str]) -> bool:
    """True when the "and" of ``joint`` stands between two capitalised words that open a
    clause ("richer: Ann and Bea Vos are"): it joins two names, not two clauses (but
    "in May and Zenco is": a name after a preposition ends a phrase)."""
    if not text[joint.end():].lstrip()[:1].isupper():
        return False
    words = text[max(0, joint.start() - 60) : joint.start()].split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1][-1:].isalpha():
        k -= 1
    if k == len(words):
        return False
    lead = words[k - 1] if k > 0 else ""
    return not lead or lead.endswith((",", ":", ";")) or lead.lower() in _PAIR_LEADS


_PAIR_LEADS = COMPLEMENT_VERBS | frozenset(("that", "and", "but", "both", "because", "while",
                                            "as", "when", "if"))


def _in_list(segment: str) -> bool:
    """True when ``segment`` ends in a list of short items ("in 1995, 98, 2001,"): an "and"
    after it adds the last item, not a second clause."""
    parts = segment.rstrip().rstrip(",").split(",")
    return len(parts) >= 3 and all(1 <= len(p.split()) <= 3 for p in parts[-2:])


_OWN_SUBJECTS = frozenset(("he", "she", "they", "we", "i", "you", "it", "there"))


def focus(clause: str, cue_at: int) -> str:
    """"X is fitted and could fall out" -> "X could fall out": keep the conjunct of the cue."""
    words = clause.split()
    k = len(clause[:cue_at].split())  # index of the cue's word
    first_aux = next((i for i, w in enumerate(words[:k])
                      if w.lower() in AUXILIARIES and i > 0), None)
    if first_aux is None:
        return _past_conjunct(words, k) or clause
    joints = [i for i in range(first_aux, k) if words[i].lower() in ("and", "or", "but")]
    if not joints:
        return clause
    own = [w for w in words[joints[-1] + 1 : k] if not w.lower().endswith("ly")
           and w.lower() not in SUBJECT_ADVERBS]
    if own and bare_word(own[0]) in _OWN_SUBJECTS:
        # "voting Tory is a bad idea or we could send ...": a pronoun subject of its own (a
        # noun after "or" may still be a list's: "employees of X or other agencies might")
        return " ".join(words[joints[-1] + 1 :])
    return " ".join(words[:first_aux] + words[k:])


def _past_conjunct(words: list[str], k: int) -> str | None:
    """"X drew a qualifier but could meet Y" -> "X could meet Y": a cue right after "and"
    or "but" opens a second verb phrase of the subject before the first verb, a verb in the
    past; an aside between commas is passed over ("X, seeded fourth, drew"), and a verb in
    "-ed" before a preposition is taken for a participle on a noun ("the number killed in
    the storm rose"). None when there is no such verb."""
    if k < 3 or words[k - 1].lower() not in ("and", "but"):
        return None
    i, closed = 1, False
    while i < k - 1:
        w, b = words[i], bare_word(words[i])
        if words[i - 1].endswith(",") and not closed:  # an aside: on after its closing comma
            close = next((j for j in range(i, min(k - 1, i + 6)) if words[j].endswith(",")), None)
            if close is None:
                return None
            i, closed = close + 1, True
            continue
        closed = False
        if b in CLAUSE_OPENERS or b in ("who", "which"):
            return None  # a verb in a clause of its own would be taken for the subject's
        if w[:1].islower() and bare_word(words[i - 1]) not in NOUN_DETERMINERS_BACK and (
                is_finite_verb(w) and b not in AUXILIARIES) and not (
                b.endswith("ed") and bare_word(words[i + 1]) in _PARTICIPLE_PREPOSITIONS):
            return " ".join(words[:i] + words[k:])
        i += 1
    return None


_PARTICIPLE_PREPOSITIONS = frozenset(("in", "by", "at", "on", "from", "during", "after", "for",
                                      "with", "near", "since"))


BE_FORMS = frozenset(("is", "are", "was", "were", "been"))


LIKELY_TO = re.compile(r"\s+(?:likely|unlikely)\s+to\b")


_NAME_SUBJECT = re.compile(r"^(?:[A-Z][\w\u2019'\-.]*\s+){0,3}[A-Z][\w\u2019'\-.]*$")


def main_subject(text: str, end: int) -> str:
    """A name as the subject before ``end`` ("Kim Lee has" -> "Kim Lee"), else ""."""
    words = text[:end].split()
    while words and (words[-1].lower() in AUXILIARIES or words[-1].lower().endswith("ly")
                     or words[-1].lower() in ("also", "again", "still")):
        words.pop()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and len(words) - k < 4:
        k -= 1  # "Belgian star Ann Vos" -> "Ann Vos"
    subj = " ".join(words[k:])
    if k > 0 and words[k - 1].lower() in DETERMINER_SLOTS:
        return ""  # "Cruz on Friday played down": a time or a place, not the subject
    return subj if subj and _NAME_SUBJECT.match(subj) else ""
