"""Noun phrases around a cue, found without a tagger: who is speaking, and to whom.

The rules read closed word classes (determiners, pronouns, auxiliaries, conjunctions,
prepositions) and capital letters. A source before its cue is the noun phrase that ends
right before it, with an appositive or relative clause set off by commas ("Jane Roe, a
spokeswoman for the campaign, said"); a source after its cue ("said Jane Roe") is the
name that follows, without its appositive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis.attribution.cues import LEXICON, Form
from briefing.analysis.attribution.kinds import is_person_noun
from briefing.analysis.attribution.names import TITLE_WORDS
from briefing.analysis.attribution.tokens import Token
from briefing.analysis.attribution.wordclasses import (
    ADVERBS,
    AUXILIARIES,
    CLAUSE_WORDS,
    CONNECTIVES,
    DAYS,
    DETERMINERS,
    OBJECT_PRONOUNS,
    PERSONAL_SUBJECTS,
    POSSESSIVES,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
)

_OPEN_PUNCT = frozenset({",", ";", ":", "(", ")", "[", "]", "—", "–", "--", "-", ".", "!", "?",
                         "“", "”", '"', "''", "``", "‘", "’", "…"})


_PRONOUN_CONTRACTION = re.compile(r"(?:i|you|he|she|we|they)[’'](?:s|re|ve|d|ll|m)")
"""A subject pronoun with its auxiliary in one token ("he’s", "they've")."""
_PREPOSITIONS_AND = PREPOSITIONS | {"and"}
_NOT_NAME_STARTS = DETERMINERS | PREPOSITIONS | CLAUSE_WORDS
_OBJECTS_NOT_SOURCES = OBJECT_PRONOUNS - {"it", "you"}
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})
"""Honorifics that open a name after a place ("in Harrogate Mr Reed")."""
_OPENERS = CONNECTIVES | ADVERBS | TIME_WORDS
"""Words that open a sentence before a comma ("Previously, ..."): capitalised, no name."""
"""Object pronouns that open no source after a cue ("him", "them"; "it" and "you" may)."""


def _is_noun_like(tok: Token, prev: Token | None = None) -> bool:
    """A word that can end or sit inside a noun phrase (``prev``: the token before it)."""
    w = tok.lower
    if w in AUXILIARIES and tok.is_capitalized and prev is not None and prev.is_capitalized \
            and prev.is_word:
        return True  # "James May", "Theresa May": a surname, not "may"
    if not tok.is_word or w in AUXILIARIES or w in CLAUSE_WORDS or w in ADVERBS:
        return False
    if w in SUBJECT_PRONOUNS and w not in ("that", "this", "these", "those", "one"):
        return False
    if w in ("and", "or", "but"):
        return False
    entry = LEXICON.get(w)
    if entry is not None and entry[1] in (Form.PAST, Form.GERUND) and not tok.is_capitalized:
        # "the reported remarks", "Cruz’s thinking" are nouns; "Trump said" is not
        return prev is not None and (prev.lower in DETERMINERS
                                     or prev.lower.endswith(POSSESSIVES))
    return not (w.endswith("ly") and len(w) > 4 and not tok.is_capitalized)


def _two_roles(before: Token, after: Token) -> bool:
    """True for "and" between two roles of one person ("the businessman and reality star").

    The word before names a single person; the one after is a lower-case word that no
    determiner opens, so both describe the one the phrase's "the" picks out.
    """
    return before.text.islower() and not before.lower.endswith("s") \
        and is_person_noun(before.lower) and after.is_word and after.text.islower() \
        and after.lower not in DETERMINERS


def phrase_start(tokens: Sequence[Token], end: int, floor: int) -> tuple[int, bool]:
    """Scan back from ``end`` (exclusive) to where the noun phrase ending there starts.

    Also says whether the phrase starts a clause: it begins at ``floor``, or after
    punctuation or a conjunction, rather than after a preposition or a verb.
    """
    i = end
    while i - 1 >= floor:
        tok = tokens[i - 1]
        prev = tokens[i - 2] if i - 2 >= floor else None
        w = tok.lower
        if tok.text == ")":
            # a parenthesis inside the phrase: "Sen. Bernie Sanders (I-Vt.)"
            k = i - 2
            while k >= floor and k > i - 12 and tokens[k].text not in ("(", ")"):
                k -= 1
            if k > floor and tokens[k].text == "(" and tokens[k - 1].is_capitalized:
                i = k
                continue
            break
        if tok.text in _OPEN_PUNCT or tok.is_quote:
            break
        if w in DETERMINERS and i < end:
            # "the", unless it follows a preposition inside the phrase ("one of the ...")
            # or a conjunction after a name ("Clinton and the State Department")
            if prev is not None and prev.lower in _PREPOSITIONS_AND and i - 3 >= floor \
                    and _is_noun_like(tokens[i - 3]) and (
                        prev.lower != "and" or tokens[i - 3].is_capitalized):
                i -= 2
                continue
            i -= 1
            break
        if w in PREPOSITIONS and i < end:
            if prev is not None and _is_noun_like(prev) and prev.lower not in TIME_WORDS:
                i -= 1
                continue
            break
        if w == "and" and i < end:
            if prev is not None and prev.is_word and (
                    prev.is_capitalized or tokens[i].lower[-1:] == "s"
                    or _two_roles(prev, tokens[i])) \
                    and prev.lower not in DETERMINERS:
                i -= 1
                continue
            break
        if w in ("’s", "'s") and i < end:
            i -= 1
            continue
        if not _is_noun_like(tok, prev):
            if i == end and w in DETERMINERS:  # "those who", "some say"
                i -= 1
            break
        if (w in DAYS or (w in TIME_WORDS and not tok.is_capitalized)) and i < end:
            break  # "by Tuesday morning each was blaming": the time is no part of it
        i -= 1
    clause_start = i <= floor or tokens[i - 1].text in _OPEN_PUNCT or tokens[i - 1].is_quote \
        or tokens[i - 1].lower in CLAUSE_WORDS or tokens[i - 1].lower in ("and", "but", "or")
    return i, clause_start


def source_before(tokens: Sequence[Token], cue_start: int, floor: int) -> tuple[int, int] | None:
    """The source phrase that ends right before ``cue_start``, if there is one."""
    if cue_start <= floor:
        return None
    prev = tokens[cue_start - 1]
    w = prev.lower
    if (w in SUBJECT_PRONOUNS and w not in ("that", "this", "these", "those", "one")) \
            or _PRONOUN_CONTRACTION.fullmatch(w):
        return (cue_start - 1, cue_start)  # "he said", "that he’s been railing against"
    if prev.text == ",":
        return _appositive_source(tokens, cue_start - 1, floor)
    end = cue_start
    while end - 1 > floor:
        # "which it last week declared", "Trump on Tuesday said": the time is no source
        t = tokens[end - 1]
        if (t.lower in TIME_WORDS and not t.is_capitalized) or t.lower in DAYS \
                or (t.lower == "on" and end < cue_start):
            end -= 1
            continue
        break
    if end < cue_start and tokens[end - 1].lower in SUBJECT_PRONOUNS:
        return (end - 1, end)
    start, _ = phrase_start(tokens, end, floor)
    start = _contact_relative_head(tokens, start, floor)
    if start < end and (tokens[start].lower in _NUMBER_STARTS or tokens[start].text[0].isdigit()):
        start = _numeric_bound(tokens, start, end, floor)
    relative = _relative_head(tokens, start, floor)
    if relative is not None:
        return (relative, end)
    if start < end and tokens[start].lower == "that" and start + 1 < end and (
            tokens[start + 1].is_capitalized or tokens[start + 1].lower in DETERMINERS
            or _after_noun(tokens, start, floor)):
        start += 1  # "the regions that Russia says", "the drug that doctors say": relative
    if start + 1 < end and tokens[start].lower in _PERCEIVING and tokens[start].text.islower():
        start += 1  # "you see people posting ...": the people post, nobody sees a source
    while start + 1 < end and tokens[start].lower in CONNECTIVES \
            and tokens[start + 1].is_capitalized:
        start += 1  # "Nevertheless Ana Ruiz said": the connective is no part of the name
    if start < end and participle_opener(tokens, start, end):
        start = _name_after_participle(tokens, start, end)
    if start >= end:
        return None
    return _named_before_title(tokens, start, end, floor) or (start, end)


_PERCEIVING = frozenset({"see", "saw", "seen", "seeing", "hear", "heard", "hearing", "watch",
                         "watched", "watching", "notice", "noticed"})
"""Verbs of perceiving that a phrase found before a participle may open ("see people
posting"): the verb of the clause, not part of the source."""
_NUMBER_WORDS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
    "thousand", "thousands", "dozen", "dozens", "half", "a"})
_NUMBER_STARTS = _NUMBER_WORDS | {"least", "most"}
_BOUNDS = (("at", "least"), ("at", "most"), ("more", "than"), ("fewer", "than"),
           ("less", "than"), ("as", "many", "as"), ("only", "about"), ("about",), ("just",),
           ("only",), ("over",), ("around",), ("some",))
"""Words before a number that bound it: "at least 40 residents", "more than 4 in 10"."""


def _numeric_bound(tokens: Sequence[Token], start: int, end: int, floor: int) -> int:
    """Where "at least 40 residents" starts when the phrase found is "least 40 residents".

    A bound on a number ("at least", "more than", "about", "only about") is part of the
    source phrase that counts people: the source is so many of them, not all.
    """
    if start > floor and start + 1 < end and tokens[start].lower in ("least", "most") \
            and tokens[start - 1].lower == "at":
        return start - 1
    if start >= end or not (tokens[start].text[:1].isdigit()
                            or tokens[start].lower in _NUMBER_WORDS):
        return start
    for bound in _BOUNDS:
        k = start - len(bound)
        if k >= floor and all(tokens[k + j].lower == w for j, w in enumerate(bound)) \
                and (k == floor or not tokens[k - 1].is_word
                     or tokens[k - 1].lower in ("and", "but", "while")):
            return _numeric_bound(tokens, k, end, floor) if bound == ("about",) else k
    return start


def _contact_relative_head(tokens: Sequence[Token], start: int, floor: int) -> int:
    """Where "the experts I interviewed" starts when the phrase found is "interviewed".

    A relative clause without "who" or "that" ("the experts [whom] I interviewed said"):
    a lower-case past participle right after a subject pronoun that follows a noun.
    """
    if start - 2 < floor or tokens[start - 1].lower not in PERSONAL_SUBJECTS:
        return start
    head = tokens[start]
    entry = LEXICON.get(head.lower)
    regular = head.lower.endswith("ed") and len(head.lower) > 4
    if head.is_capitalized or not (regular or (entry is not None and entry[1] is Form.PAST)):
        return start
    noun = tokens[start - 2]
    if not noun.is_word or not _is_noun_like(noun) or noun.lower in DETERMINERS:
        return start
    begin, _ = phrase_start(tokens, start - 1, floor)
    return begin if begin < start - 1 else start


def _name_after_participle(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where the name starts in "Speaking in Harrogate Mr Reed": at its title, if it has
    one, else at the capitalised run that ends the phrase; ``start`` if there is none."""
    k = end
    while k - 1 > start and (tokens[k - 1].is_capitalized or _role(tokens[k - 1].lower)):
        k -= 1  # "Responding to the claims Tory co-chairman Liam Fox"
    while k < end and not tokens[k].is_capitalized:
        k += 1
    if k == end or k - 1 == start:
        return start
    for i in range(k, end - 1):
        if tokens[i].lower.rstrip(".") in _HONORIFICS:
            return i
    return k


def _role(word: str) -> bool:
    """A lower-case noun of a role ("co-chairman", "spokesman", "leader")."""
    last = word.rsplit("-", 1)[-1]
    return word.replace("-", "").isalpha() and (is_person_noun(last) or last in TITLE_WORDS)


def _after_noun(tokens: Sequence[Token], that: int, floor: int) -> bool:
    """True when the "that" at ``that`` follows a common noun ("the drug that doctors
    say"), so it opens a relative clause rather than pointing ("that report says")."""
    if that - 1 < floor:
        return False
    before = tokens[that - 1]
    w = before.lower
    return before.is_word and not before.is_capitalized and w not in LEXICON \
        and w not in DETERMINERS and w not in PREPOSITIONS and w not in AUXILIARIES \
        and w not in CLAUSE_WORDS and w not in ADVERBS and w not in SUBJECT_PRONOUNS \
        and w not in OBJECT_PRONOUNS and not w.endswith("ly")


def _named_before_title(tokens: Sequence[Token], start: int, end: int, floor: int
                        ) -> tuple[int, int] | None:
    """"Ada Okafor, chief executive of the society told": the name before the title.

    The appositive's closing comma is missing, so the phrase before the cue is only the
    role ("chief executive of the society", "a professor at ..."); when a capitalised
    name that opens the clause stands right before its comma, the name is the source.
    """
    if start - 1 <= floor or tokens[start - 1].text != ",":
        return None
    first = tokens[start]
    k = start + 1 if first.lower in ("a", "an") else start
    if k >= end or first.is_capitalized or not is_person_noun(tokens[k].lower):
        return None
    name_end = start - 1
    name_start = name_end
    while name_start - 1 >= floor and tokens[name_start - 1].is_capitalized \
            and tokens[name_start - 1].is_word:
        name_start -= 1
    if not 1 <= name_end - name_start <= 4:
        return None
    before = tokens[name_start - 1] if name_start > floor else None
    if before is not None and before.text not in _OPEN_PUNCT and not before.is_quote:
        return None
    if tokens[name_start].lower in _NOT_NAME_STARTS or (
            name_end - name_start == 1 and tokens[name_start].lower in _OPENERS):
        return None  # "Previously, passengers could claim": an adverb, no name
    return (name_start, end)


def _relative_head(tokens: Sequence[Token], start: int, floor: int) -> int | None:
    """Where "officials" starts in "officials who spoke on condition of anonymity said"."""
    k = start - 1
    while k > floor and start - k < 15:
        t = tokens[k]
        if t.text in _OPEN_PUNCT or t.is_quote:
            return None
        if t.lower == "who":
            if _is_noun_like(tokens[k - 1]):
                head, _ = phrase_start(tokens, k, floor)
                return head if head < k else None
            return None
        k -= 1
    return None


_APPOSITIVE_OPENERS = frozenset({"who", "whose", "which", "the", "a", "an", "his", "her",
                                 "their", "its", "now", "then", "formerly", "himself",
                                 "herself", "also", "both", "one"})
_INTERJECTED = frozenset({"when", "after", "before", "while", "as", "if", "in", "on", "at",
                          "during", "speaking", "asked", "however", "though", "meanwhile",
                          "for", "by", "with", "too", "moreover", "instead", "separately"})


def _segments(tokens: Sequence[Token], comma: int, floor: int) -> list[tuple[int, int]]:
    """Comma-separated stretches before ``comma`` (nearest first), up to a hard stop."""
    out: list[tuple[int, int]] = []
    end = comma
    j = comma - 1
    while j >= floor and comma - j < 45 and len(out) < 6:
        t = tokens[j]
        if t.text == ",":
            out.append((j + 1, end))
            end = j
        elif t.text in (";", ":") or t.is_quote or t.text in (".", "!", "?"):
            break
        j -= 1
    out.append((max(j + 1, floor), end))
    return [(s, e) for s, e in out if e > s]


def _looks_appositive(tokens: Sequence[Token], seg: tuple[int, int]) -> bool:
    head = tokens[seg[0]]
    if seg[1] - seg[0] > 30 or head.lower in _INTERJECTED:
        return False
    if head.lower not in ("who", "whose", "which") and any(
            t.lower in AUXILIARIES for t in tokens[seg[0]:seg[1]]):
        return False  # "Despite X, Clinton had ...": a clause, not an appositive
    if _clause_subject(tokens, seg) > 0:
        return False  # "Back in 1999, Mr. Reed expressed admiration ..., saying"
    return head.lower in _APPOSITIVE_OPENERS or head.lower in DETERMINERS \
        or head.is_capitalized or head.text[0].isdigit() or _bare_title(tokens, seg) \
        or _home_town(tokens, seg)


def _clause_subject(tokens: Sequence[Token], seg: tuple[int, int]) -> int:
    """The end of the name that opens ``seg`` when a verb follows it, else -1.

    "The Transport Ministry approved funding", "Mr. Reed expressed admiration": a
    clause, whose subject is the name. The verb is a reporting verb or a lower-case word
    of five letters or more ending in "-ed"; an appositive's name is followed by a noun
    ("Acme chief") or by nothing.
    """
    k = seg[0]
    while k < seg[1] and (tokens[k].is_capitalized or (
            tokens[k].lower in ("of", "for", "and", "the") and k + 1 < seg[1]
            and tokens[k + 1].is_capitalized)):
        k += 1  # "The Ministry of Energy"
    if not seg[0] < k < seg[1] or not tokens[k].is_word or not tokens[k].text[:1].islower():
        return -1
    w = tokens[k].lower
    return k if w in LEXICON or (w.endswith("ed") and len(w) > 4) else -1


def participle_opener(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True for "Speaking in Harrogate Mr Reed": a reporting verb's "-ing" form, capitalised,
    then a preposition, opening the words before a cue (BBC style drops the comma)."""
    if end - start < 3:
        return False
    t = tokens[start]
    entry = LEXICON.get(t.lower)
    return t.is_capitalized and (t.lower in _INTERJECTED or (
        entry is not None and entry[1] is Form.GERUND)) and tokens[start + 1].lower in PREPOSITIONS


def _home_town(tokens: Sequence[Token], seg: tuple[int, int]) -> bool:
    """"of Ashton", "from Springfield": where the person named before the comma lives."""
    return seg[1] - seg[0] <= 4 and tokens[seg[0]].lower in ("of", "from") \
        and seg[0] + 1 < seg[1] and tokens[seg[0] + 1].is_capitalized \
        and all(t.is_capitalized for t in tokens[seg[0] + 1:seg[1]])


_ROLE_HEADS = frozenset({"head", "boss", "chief", "member", "partner", "co-head"})
"""Nouns of a post that name no kind of person by themselves ("head of research at X")."""


def _bare_title(tokens: Sequence[Token], seg: tuple[int, int]) -> bool:
    """"professor at X", "chief executive of Y", "global security manager for Z": a role.

    A role without an article, its noun among the first three words."""
    words = [t.lower for t in tokens[seg[0]:min(seg[1], seg[0] + 4)] if t.is_word]
    return bool(words) and any(is_person_noun(w) or w in _ROLE_HEADS for w in words[:3]) \
        and not tokens[seg[0]].is_capitalized


def _name_like(tokens: Sequence[Token], start: int, end: int) -> bool:
    words = tokens[start:end]
    return any(t.is_capitalized and t.lower not in DAYS for t in words) or any(
        t.lower in DETERMINERS for t in words)


def _appositive_source(tokens: Sequence[Token], comma: int, floor: int) -> tuple[int, int] | None:
    """``Name, appositive,`` before a cue: the whole stretch, closing comma included.

    Several appositives may follow each other ("Jane Roe, the president of X, which
    endorsed Y, said"); an adverbial set off by commas ("Roe, when asked, said") is
    skipped and the name before it is the source. The clause before ", saying" that
    opens with a name and a verb ("The ministry approved funding on Monday, saying")
    has that name as its source.
    """
    segs = _segments(tokens, comma, floor)
    if not segs:
        return None
    nearest = segs[0]
    subject_end = _clause_subject(tokens, nearest)
    if subject_end > 0 and tokens[nearest[0]].lower not in _INTERJECTED \
            and comma + 1 < len(tokens) and tokens[comma + 1].lower.endswith("ing"):
        # "The ministry approved funding on Monday, saying": the clause's own subject
        return (nearest[0], subject_end)
    if tokens[nearest[0]].lower in _INTERJECTED and len(segs) > 1:
        # "Powell’s office, when contacted by Reuters, said"
        prev_seg = segs[1]
        start, clause = phrase_start(tokens, prev_seg[1], prev_seg[0])
        if start < prev_seg[1] and clause and _name_like(tokens, start, prev_seg[1]):
            return (start, prev_seg[1])
        return None
    best: tuple[int, int] | None = None
    for k in range(1, len(segs)):
        if not _looks_appositive(tokens, segs[k - 1]):
            break
        head_end = segs[k][1]
        start, clause = phrase_start(tokens, head_end, segs[k][0])
        if start < head_end and clause and _name_like(tokens, start, head_end) \
                and not participle_opener(tokens, start, head_end):
            best = (start, comma + 1)  # not "Speaking at X, Reed went after Y, calling"
    if best is not None:
        return best
    # "..., Gov. John Kasich (R-OH), said": a name set off by commas
    start, _ = phrase_start(tokens, comma, nearest[0])
    if start == nearest[0] and _name_like(tokens, start, comma) and \
            tokens[start].lower not in _INTERJECTED and subject_end < 0:
        return (start, comma)  # not "China accounted for 20% of trade, compared"
    return None


def source_after(tokens: Sequence[Token], start: int, limit: int,
                 *, whole_clause: bool = False) -> tuple[int, int] | None:
    """The source phrase that starts at ``start`` ("said Jane Roe"), if any.

    With ``whole_clause`` the phrase runs on over an appositive or relative clause to
    the end of the clause ("said Jane Roe, a spokeswoman for X, who ..."), as it does
    when it closes a sentence.
    """
    if start >= limit:
        return None
    first = tokens[start].lower
    if first in CLAUSE_WORDS or first in PREPOSITIONS or first in AUXILIARIES \
            or first in _OBJECTS_NOT_SOURCES:
        return None
    i = start
    while i < limit:
        tok = tokens[i]
        w = tok.lower
        if tok.text == "(" and i > start and tokens[i - 1].is_capitalized:
            k = i + 1
            while k < limit and k - i < 10 and tokens[k].text not in ("(", ")"):
                k += 1
            if k < limit and tokens[k].text == ")":
                i = k + 1
                continue
            break
        if tok.text in _OPEN_PUNCT or tok.is_quote:
            break
        if i > start and (w in CLAUSE_WORDS or w in ("who", "which", "in", "on", "at",
                                                     "during", "when", "after")
                          or w in DAYS):
            break
        if w in AUXILIARIES and i > start:
            break
        if w == "to" and i > start and tokens[i - 1].is_capitalized \
                and not _role(tokens[i - 1].lower) and i + 1 < limit \
                and not tokens[i + 1].is_capitalized:
            break  # "said Roe to the clerk", not "said Ambassador to the UN Ann Roe"
        i += 1
    if i == start:
        return None
    if whole_clause:
        i = _clause_end(tokens, i, limit)
    return (start, i)


_MANNER = frozenset({"over", "via", "by", "in", "on", "during", "after", "before", "through"})
"""Prepositions that open how or when something was said ("over email", "in a statement")."""


def _to_end(tokens: Sequence[Token], k: int, limit: int) -> bool:
    """True when no more than six words run from ``k`` to the end of the clause."""
    j = k
    while j < limit and tokens[j].is_word and j - k < 7:
        j += 1
    return j > k and (j >= limit or tokens[j].text in (".", "!", "?", ";"))


def _clause_end(tokens: Sequence[Token], i: int, limit: int) -> int:
    """From the end of a name, on over ", appositive" and "who ..." to the clause end."""
    end = i
    k = i
    while k < limit:
        t = tokens[k]
        w = t.lower
        if t.is_quote or t.text in (";", ".", "!", "?", ":", "—", "–", "--"):
            break
        if t.text == "," and k + 1 < limit:
            nxt = tokens[k + 1].lower
            if (nxt.endswith("ing") and nxt not in ("including",)) or nxt in (
                    "and", "but", "according", "adding", "as", "while", "though"):
                break
            if nxt in _MANNER and _to_end(tokens, k + 2, limit):
                break  # "said Ann Roe, a chemist at X, over email.": how, not who
        if k == i and t.text != "," and w not in ("who", "whose", "which", "of", "at", "from",
                                                   "with", "for"):
            break
        k += 1
        if t.text != ",":
            end = k
    return end


def skip_recipient(tokens: Sequence[Token], start: int, limit: int) -> int:
    """After "told": the index where what was told starts (past "reporters", "CNN")."""
    i = start
    if i < limit and tokens[i].lower in OBJECT_PRONOUNS:
        return i + 1
    j = i
    while j < limit and j - i < 8:
        tok = tokens[j]
        w = tok.lower
        if w == "that" or tok.text in _OPEN_PUNCT or tok.is_quote or w in SUBJECT_PRONOUNS:
            break
        if j > i and (w in DETERMINERS or w in CLAUSE_WORDS) and tokens[j - 1].lower not in (
                "the", "a", "an"):
            break
        if j > i and not tok.is_capitalized and tokens[j - 1].is_capitalized \
                and tokens[j - 1].lower not in DETERMINERS:
            break
        j += 1
        if not tokens[j - 1].is_capitalized and tokens[j - 1].lower not in DETERMINERS:
            break  # one common noun: "reporters", "supporters"
    return j


def _date_number(tokens: Sequence[Token], i: int, start: int, limit: int) -> bool:
    """Whether the number at ``i`` is part of a date ("said March 5 that", "said 5 March"),
    not the start of what was said ("says 69% of firms", "said 40 people died")."""
    nxt = tokens[i + 1].lower if i + 1 < limit else ""
    return (i > start and tokens[i - 1].lower in TIME_WORDS) or nxt in TIME_WORDS \
        or nxt in (",", "that", "day", "days", "")


def finite_cue(tok: Token) -> bool:
    """True for a reporting verb in the past or present tense, in lower case ("argued")."""
    entry = LEXICON.get(tok.lower)
    return entry is not None and entry[1] in (Form.PAST, Form.PRESENT) and tok.text.islower()


def skip_adjuncts(tokens: Sequence[Token], start: int, limit: int) -> int:
    """Past time words and short prepositional phrases right after a cue."""
    i = start
    while i < limit:
        w = tokens[i].lower
        if w in TIME_WORDS or w in ("in", "on", "at", "during", "after", "before", "late",
                                    "early", "day", "days", "for") \
                or (w[0].isdigit() and tokens[i].is_word and _date_number(tokens, i, start, limit)):
            if w in ("in", "on", "at", "during", "after", "before", "for"):
                j = i + 1
                while j < limit and j - i <= 7 and tokens[j].is_word \
                        and tokens[j].lower not in ("that", "he", "she", "they", "it", "we", "i"):
                    if finite_cue(tokens[j]):
                        return i  # "tweeted after Roe argued ... that": a clause of its own
                    j += 1
                if w == "for" and (j >= limit or tokens[j].text != "that"):
                    return i  # "said for now the plan is on hold": no phrase of time
                if (j < limit and tokens[j].text in (",", ".", ":", ";")) or j >= limit:
                    i = j
                    continue
                if j < limit and tokens[j].lower == "that":
                    i = j
                    continue
                return i
            i += 1
            continue
        break
    return i
