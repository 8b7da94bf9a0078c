"""Attribution frames in one block: which cue goes with which source and content.

A *unit* is a sentence, or several when a quotation runs across them. In each unit the
cue candidates (outside quotations) are read in this order:

1. cues that end their clause ("..., the ministry said.", "“...,” said Roe.") take the
   content before them: the quotation, or the clause up to the comma;
2. the other cues, left to right, take the content after them ("X said (that) Y",
   "X told reporters Y", "X said: “Q”", "according to X, Y"), up to the end of the
   clause, a semicolon, or a following ", adding ..." cue.

A token belongs to at most one attribution, so a cue inside another's content is not
read again ("X said Y believes Z" is one attribution). A quotation with no cue right
after a quoted attribution continues it (same source and cue), also in the next paragraph,
unless a sentence in between has another named person as its subject ("Tom Reed runs the
depot. “...”": the quotation is not the earlier speaker's), and a sentence of its own that
gives the quotation a cue takes it back ("“...?” | Tom Reed asked."). A quotation that runs over
several paragraphs (each opens with a quotation mark, only the last closes) takes the cue
of its last paragraph ("“...¶“...,” said Mr Joseph."). Quotations inside reported content
are returned again as verbatim quotes of the same source.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import NamedTuple

from briefing.analysis.attribution.cues import (
    ACCORDING,
    LEXICON,
    Cue,
    Form,
    Frame,
    cue_at,
    is_passive,
    is_verb_use,
)
from briefing.analysis.attribution.gaps import Gap, relative_gap
from briefing.analysis.attribution.gazetteer import Gazetteer
from briefing.analysis.attribution.genders import is_first_name
from briefing.analysis.attribution.kinds import (
    CHANNEL_WORDS,
    DOCUMENT_WORDS,
    is_person_noun,
)
from briefing.analysis.attribution.names import ORG_WORDS, PLACE_WORDS, PRONOUNS, TITLE_WORDS
from briefing.analysis.attribution.phrases import (
    phrase_start,
    skip_adjuncts,
    skip_recipient,
    source_after,
    source_before,
)
from briefing.analysis.attribution.quotes import Quote, find_quotes, inside_mask
from briefing.analysis.attribution.tokens import Token, tokenize
from briefing.analysis.attribution.units import Unit, split_units
from briefing.analysis.attribution.wordclasses import (
    ADVERBS,
    AUXILIARIES,
    CONNECTIVES,
    DETERMINERS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    VERB_PARTICLES,
)

_MIN_PARTIAL_QUOTE = 4
"""Words a quotation inside reported content needs to count as a verbatim quote."""
_END = frozenset({".", "!", "?"})
_TRIM_END = frozenset({".", ",", ":", ";", "—", "–", "--", "-"})
_NOT_GERUNDS = frozenset({"including", "according", "during", "something", "nothing",
                          "anything", "everything", "morning", "evening", "thing", "spring",
                          "string", "king", "wing", "bring", "sing", "ring", "beijing",
                          "notwithstanding", "pending", "regarding", "concerning"})
_ASKING = frozenset({"ask", "question", "press", "tell", "urge", "challenge", "pressed"})
_ASKING_VERBS = frozenset({"ask", "request", "insist", "demand"})
_CONTENT_OPENERS = frozenset({"whether", "if", "about", "to", "what", "how", "why", "that",
                              "for", "when", "who", "which"})
_LEADERS = frozenset({"and", "but", "so", "yet", "then", "still", "meanwhile", "also"})
_NOT_SUBJECT_STARTERS = frozenset({
    "on", "in", "at", "after", "before", "when", "while", "as", "but", "and", "so", "if",
    "during", "since", "for", "with", "without", "by", "from", "although", "though",
    "because", "despite", "asked", "speaking", "earlier", "later", "last", "this", "that",
    "the", "a", "an", "it's", "it’s", "there", "here", "then", "now", "still", "yet",
})
_NOT_SPEAKERS = frozenset({"note", "update", "updated", "editor", "editor's", "editor’s",
                           "correction", "related", "photo", "video", "watch", "read", "source",
                           "sources", "disclosure", "clarification", "warning", "advertisement",
                           "see", "also", "more", "click", "follow", "subscribe", "abstract",
                           "full", "text", "summary", "background", "analysis", "opinion",
                           "transcript", "question", "answer", "step", "part", "chapter"})
_RELATIVE = frozenset({"who", "which", "that"})
_CUE_WORDS = frozenset(LEXICON) | {"according"}
"""Lower-case words that may be cues: every form of a reporting verb, and "according"."""
TOPIC_PREPOSITIONS = frozenset({"of", "about", "during", "in", "on", "at", "from", "after",
                                 "while", "amid"})
"""Openers of a topic or an occasion after a cue: "“...,” Roe said of the plan.", "tweeted
about the game" (no claim: ``sources.is_claim``)."""
_PLACE_WORDS = PLACE_WORDS | {"day", "week", "month", "year"}
"""Last words of a capitalised run that make it a place or a time, not a person."""
_NAME_RUN = 3
"""Most capitalised words, titles aside, of a person named as a sentence's subject."""
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "’s", "'s"})
_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*")


@dataclass(frozen=True, slots=True)
class Found:
    """One attribution, in offsets of ``Article.text``."""

    source: tuple[int, int] | None
    """The words naming the source; None when nobody is named ("it was reported")."""
    cue: tuple[int, int]
    content: tuple[int, int]
    quote: bool
    cue_at: int
    """Offset of the cue's verb, to find its sentence."""
    inherited: bool = False
    """True when the source was named in an earlier attribution (", adding ...")."""
    antecedent: tuple[int, int] | None = None
    """For a relative pronoun source ("Roe, who said"): the phrase it stands for."""
    gap: tuple[int, int] | None = None
    """For a claim inside a relative clause ("the regions that Russia says it is
    annexing"): the phrase the clause is about, missing from the claim (``gaps``)."""
    gap_at: int = 0
    """Offset in the content where ``gap`` belongs (the content's end: after it)."""


def _strip_end(tokens: Sequence[Token], start: int, end: int) -> int:
    """``end`` moved back over closing punctuation of the clause."""
    while end > start and tokens[end - 1].text in _TRIM_END:
        end -= 1
    return end


def _before_aside(tokens: Sequence[Token], end: int) -> int:
    """Where the phrase before a relative pronoun ends: past a comma, a dash and an aside.

    "the study -- which notes", "the government (15%), who said": the study, the government.
    """
    if end > 0 and tokens[end - 1].text in (",", "--", "—", "–"):
        end -= 1
    if end > 0 and tokens[end - 1].text == ")":
        k = end - 1
        while k > max(0, end - 12) and tokens[k].text != "(":
            k -= 1
        if tokens[k].text == "(":
            end = k
    return end


def name_words(phrase: str) -> frozenset[str]:
    """Lower-case capitalised words of a source phrase that name someone: no titles, pronouns.

    "Ada Okafor, the union leader," -> {"ada", "okafor"}; "Mr Reed" -> {"reed"}; "She" -> {}.
    """
    words = set()
    for m in _NAME_WORD.finditer(phrase):
        w = m.group().lower().removesuffix("’s").removesuffix("'s").rstrip(".’'")
        if w and w not in TITLE_WORDS and w + "." not in TITLE_WORDS and w not in PRONOUNS \
                and w not in _NOT_SUBJECT_STARTERS:
            words.add(w)
    return frozenset(words)


class Paragraph(NamedTuple):
    """One block to read: its plain text, its offset in ``Article.text``, its sentences."""

    text: str
    offset: int
    bounds: Sequence[tuple[int, int]]
    """The block's sentences (offsets of ``Article.text``)."""


_CARRIER_VERBS = frozenset({
    "features", "featured", "uses", "used", "shows", "showed", "includes", "included",
    "carries", "carried", "bears", "bore", "wears", "wore", "holds", "held", "left", "made",
    "sent", "put", "posts", "shares", "displays", "has", "had", "got", "filed", "prompted",
})
"""Verbs whose object may be what speaks by a participle ("holding up signs saying")."""
_CARRIERS = CHANNEL_WORDS | DOCUMENT_WORDS | frozenset({
    "sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters",
    "t-shirt", "t-shirts", "shirts", "report", "reports", "petition", "resolution", "ad",
    "ads", "advert", "adverts", "note", "letter", "card", "cards", "flyers", "leaflets"})
"""Things that say what is written or recorded on them: a channel of whoever holds them."""
_OF_WORDS = frozenset({"of", "among", "from"})
_MEANS = frozenset({"phone", "telephone", "email", "e-mail", "text", "letter", "video",
                    "videolink", "satellite", "radio", "mail", "post", "fax", "twitter"})
"""Last words after "said by" that name a means, not an agent ("said by telephone")."""
_AGENT_ENDS = frozenset({"on", "in", "at", "during", "last", "this", "earlier", "as"})
"""Words after a participle's agent that end it ("echoed by Japan on Saturday")."""


def _verb_inside(toks: Sequence[Token], start: int, end: int) -> int:
    """The last token in ``toks[start:end]`` that reads as a verb, or -1.

    Without a tagger: a lower-case word in "-ing" or "-ed" not after an article or a
    possessive ("users holding", "resigned"), or a verb that takes a carrier as object
    ("features", "left", "filed").
    """
    for k in range(end - 2, start - 1, -1):
        t = toks[k]
        w = t.lower
        if not t.is_word or t.is_capitalized:
            continue
        prev = toks[k - 1].lower if k > 0 else ""
        if prev in DETERMINERS or prev.endswith(("’s", "'s")):
            continue
        if w in _CARRIER_VERBS or (len(w) > 5 and w.endswith("ing") and w not in _NOT_GERUNDS
                                   and w not in _CUE_WORDS) \
                or (len(w) > 4 and w.endswith("ed") and w not in _CUE_WORDS):
            return k
    return -1


def _person_like(tok: Token) -> bool:
    return tok.is_capitalized or is_person_noun(tok.lower)


def reduced_relative_source(toks: Sequence[Token], source: tuple[int, int]
                            ) -> tuple[int, int] | None:
    """The source of a participle cue right after a noun ("signs saying ...", "protesters
    demanding ..."): the noun phrase the participle hangs on, not the clause before it.

    Without a comma the participle modifies the noun before it, so the phrase ends at the
    last verb inside it ("The campaign features users holding up signs"). That noun
    speaks when it names people or someone ("protesters", "footage of Ada Roe": Ada Roe).
    A carrier of words (a sign, a letter, a statement) speaks for whoever holds it when it
    is that verb's object: "users holding up signs saying" -> "users". Any other thing
    ("clues to the King's appearance suggesting") speaks for no one: None.
    """
    start, end = source
    k = _verb_inside(toks, start, end)
    if k < 0:
        return source
    s = k + 1
    while s < end and toks[s].lower in VERB_PARTICLES:
        s += 1
    direct = True
    while s < end - 1 and toks[s].lower in PREPOSITIONS:
        s += 1
        direct = False
    if s >= end:
        return None
    of = next((i for i in range(end - 2, s, -1) if toks[i].lower in _OF_WORDS), -1)
    head = toks[end - 1]
    if of > 0 and not _person_like(toks[of - 1]) and (
            _person_like(head) or (head.lower in _CARRIERS
                                   and toks[of - 1].lower not in _CARRIERS)):
        # "protests among students demanding", "footage of Ada Roe asking", "in the wake
        # of a report alleging": the people, or the carrier, after "of"
        return (of + 1, end)
    if head.lower in _CARRIERS:
        if direct and k > start:
            before = _verb_inside(toks, start, k)
            holder = (before + 1, k) if before >= 0 else (start, k)
            if holder[0] < k and toks[k - 1].is_word and toks[k - 1].lower not in _CARRIERS \
                    and toks[holder[0]].lower not in PREPOSITIONS:
                return holder  # "users holding up signs saying": the users
        return (s, end)
    return (s, end) if _person_like(head) else None


def _quote_closing_at(quotes: Sequence[Quote], index: int) -> Quote | None:
    for q in quotes:
        if q.close == index:
            return q
    return None


def _quote_opening_at(quotes: Sequence[Quote], index: int) -> Quote | None:
    for q in quotes:
        if q.open == index:
            return q
    return None


class _Block:
    """The state of one block while its attributions are read."""

    def __init__(self, text: str, offset: int, bounds: Sequence[tuple[int, int]],
                 before: _Block | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.before = before
        """The block read before this one, for ``speaker``."""
        self.previous: Found | None = None
        """The last attribution of ``before``, which a quotation here may continue."""
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer(text)
        """The article's names: is a capitalised word a name (``named_subject``)?"""
        self.tokens = tokenize(text, offset)
        self.text = text
        self.offset = offset
        self.quotes = find_quotes(self.tokens, text, offset)
        self.inside = inside_mask(self.quotes, len(self.tokens))
        self.units = split_units(self.tokens, bounds, self.quotes)
        self.candidates = [
            i for i, (t, inside) in enumerate(zip(self.tokens, self.inside, strict=True))
            if not inside and t.lower in _CUE_WORDS]
        """Tokens outside quotations that may be cues, in order (``read_unit``)."""
        self.claimed = [False] * len(self.tokens)
        self.found: list[Found] = []
        self.sources: list[tuple[int, tuple[int, int] | None]] = []
        """(cue token, source tokens) of every attribution recorded, in order."""
        self.continued: dict[int, Found] = {}
        """Quotations given to the speaker before them (``_continuation``), by opening mark."""
        self._before: dict[tuple[int, int], tuple[int, int] | None] = {}
        """``source_before`` by (cue token, floor): each cue is looked at several times."""

    def source_before(self, cue_start: int, floor: int) -> tuple[int, int] | None:
        """``phrases.source_before`` on this block's tokens, read once per cue and floor."""
        key = (cue_start, floor)
        if key not in self._before:
            self._before[key] = source_before(self.tokens, cue_start, floor)
        return self._before[key]

    # ------------------------------------------------------------------ spans

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """Plain offsets of tokens ``[start, end)``."""
        return (self.tokens[start].start, self.tokens[end - 1].end)

    def quote_chars(self, q: Quote) -> tuple[int, int] | None:
        """Plain offsets of the words inside a quotation, without a closing comma."""
        s = self.tokens[q.open].end
        e = self.tokens[q.close].start if q.close is not None else self.offset + len(self.text)
        while s < e and self.text[s - self.offset].isspace():
            s += 1
        while e > s and (self.text[e - 1 - self.offset].isspace()
                         or self.text[e - 1 - self.offset] == ","):
            e -= 1
        return (s, e) if e > s else None

    def claim(self, start: int, end: int) -> None:
        """Mark tokens ``[start, end)`` as taken by an attribution."""
        if end > start:
            self.claimed[start:end] = [True] * (end - start)

    def free(self, start: int, end: int) -> bool:
        """True when no token of ``[start, end)`` is taken by an attribution yet."""
        return True not in self.claimed[start:end]

    # ------------------------------------------------------------------ content

    def content_after(self, start: int, unit: Unit, head: Cue) -> tuple[int, int, Quote | None]:
        """Token range of the content that starts at ``start``, and its quotation if it is one."""
        toks = self.tokens
        q = _quote_opening_at(self.quotes, start)
        if q is not None:
            close = q.close if q.close is not None else len(toks)
            rest = [t for t in toks[close + 1:unit.end] if t.text not in _END]
            if not rest:
                return start, min(close + 1, len(toks)), q
        end = start
        while end < unit.end:
            t = toks[end]
            if self.inside[end]:
                end += 1
                continue
            if t.text == ";":
                break
            if t.text == "," and end + 1 < unit.end and not self.inside[end + 1]:
                w = toks[end + 1].lower
                if w.endswith("ing") and len(w) > 5 and w not in _NOT_GERUNDS \
                        and not toks[end + 1].is_capitalized:
                    break  # ", adding that ...", ", leaving ..."
            if t.lower in ("and", "but") and end + 1 < unit.end and head.form in (
                    Form.PAST, Form.PRESENT):
                nxt = cue_at(toks, end + 1, end + 1)
                if nxt is not None and nxt.form is head.form and not self.inside[end + 1] \
                        and is_verb_use(toks, nxt, end + 1):
                    break
            end += 1
        return start, _strip_end(toks, start, end), None

    # ------------------------------------------------------------------ frames

    def add(self, source: tuple[int, int] | None, cue: tuple[int, int],
            content: tuple[int, int], quote: Quote | None, head: int,
            inherited: bool = False, gap: Gap | None = None) -> None:
        """Record one attribution (token ranges) and claim its tokens."""
        if content[1] <= content[0]:
            return
        src = self.chars(*source) if source is not None else None
        cue_chars = self.chars(*cue)
        at = self.tokens[head].start
        ante = self.antecedent(source) if source is not None else None
        if quote is not None:
            inner = self.quote_chars(quote)
            if inner is None:
                return
            self.found.append(Found(src, cue_chars, inner, True, at, inherited, ante))
        else:
            hole = self.chars(*gap.antecedent) if gap is not None else None
            hole_at = 0
            if gap is not None:
                hole_at = self.tokens[gap.at].start if gap.at < content[1] \
                    else self.tokens[content[1] - 1].end
            self.found.append(Found(src, cue_chars, self.chars(*content), False, at, inherited,
                                    ante, hole, hole_at))
            for q in self.quotes:
                if content[0] <= q.open and q.close is not None and q.close < content[1] \
                        and q.close - q.open > _MIN_PARTIAL_QUOTE:
                    # a partial quote of a few words, not a scare-quoted "dilemma"
                    inner = self.quote_chars(q)
                    if inner is not None:
                        self.found.append(Found(src, cue_chars, inner, True, at, inherited,
                                                ante))
        self.sources.append((cue[0], source))
        if source is not None and not inherited:
            self.claim(*source)
        self.claim(*cue)
        self.claim(*content)

    def antecedent(self, source: tuple[int, int]) -> tuple[int, int] | None:
        """What a relative pronoun source stands for: "Roe" in "Roe, who said"."""
        if source[1] - source[0] != 1 or self.tokens[source[0]].lower not in _RELATIVE:
            return None
        end = _before_aside(self.tokens, source[0])
        start, _ = phrase_start(self.tokens, end, 0)
        if start < end and self.tokens[end - 1].is_capitalized:
            # "organised by Lena Park, who": the name, not the whole phrase
            k = end
            while k - 1 >= start and (self.tokens[k - 1].is_capitalized
                                      or self.tokens[k - 1].lower in ("of", "’s", "'s")):
                k -= 1
            start = k
        return self.chars(start, end) if start < end else None

    def last_source(self, before: int, floor: int = 0) -> tuple[int, int] | None:
        """The source tokens of the latest attribution with its cue in ``[floor, before)``."""
        for cue_start, source in reversed(self.sources):
            if floor <= cue_start < before and source is not None:
                return source
        return None

    def before_frame(self, cue: Cue, unit: Unit) -> bool:
        """"Y, X said." / "“Q,” said X." / "“Q,” X said." Returns True when recorded."""
        toks = self.tokens
        a, b = cue.start, cue.end
        inverted = self._inverted(a, unit)
        if inverted:
            source = source_after(toks, b, unit.end, whole_clause=True)
            boundary = a - 1
        else:
            source = self.source_before(a, unit.start)
            if source is None:
                return False
            boundary = source[0] - 1
        if boundary < unit.start:
            # "“...?”" ended the sentence before: "Trump said."
            q = _quote_closing_at(self.quotes, boundary)
            if boundary >= 0 and q is not None:
                return self._record_quote(source, cue, q, unit)
            return False
        if toks[boundary].text == "," and boundary - 1 >= unit.start:
            q = _quote_closing_at(self.quotes, boundary - 1)
            if q is not None:
                return self._record_quote(source, cue, q)
            if not self.free(unit.start, boundary):
                return False
            start = unit.start
            while start < boundary and toks[start].lower in ("but", "and", "so", "yet"):
                start += 1
            end = _strip_end(toks, start, boundary)
            if end <= start or (end - start == 1 and (
                    toks[start].lower in CONNECTIVES or toks[start].lower in ADVERBS
                    or toks[start].lower.endswith("ly"))):
                return False  # "Unfortunately, Roe told reporters ...": no content before
            self.add(source, (cue.start, self._cue_end(cue)), (start, end), None, cue.head)
            return True
        q = _quote_closing_at(self.quotes, boundary)
        if q is not None:
            return self._record_quote(source, cue, q)
        return False

    def _cue_end(self, cue: Cue) -> int:
        b = cue.end
        toks = self.tokens
        if b + 2 < len(toks) and toks[b].lower == "in" and toks[b + 1].lower in ("a", "the") \
                and toks[b + 2].lower == "statement":
            b += 3
        if b < len(toks) and toks[b].text == ":":
            b += 1
        return b

    def _record_quote(self, source: tuple[int, int] | None, cue: Cue, q: Quote,
                      unit: Unit | None = None) -> bool:
        if not self.free(q.open, (q.close or q.open) + 1) and (
                unit is None or not self._take_over(q, cue, unit)):
            return False
        self.add(source, (cue.start, self._cue_end(cue)), (q.open, (q.close or q.open) + 1),
                 q, cue.head)
        return True

    def after_frame(self, cue: Cue, unit: Unit) -> None:
        """"X said (that) Y", "X told reporters Y", "X said: “Q”", "according to X, Y"."""
        toks = self.tokens
        a = cue.start
        if cue.verb is ACCORDING:
            self._according(cue, unit)
            return
        source = self.source_before(a, unit.start)
        inherited = False
        if source is not None and not self.free(*source):
            source = None
        speechless = False
        if source is not None and cue.form is Form.GERUND and source[1] == a \
                and toks[a - 1].text != ",":
            held = reduced_relative_source(toks, source)
            # "offered clues to the King's appearance suggesting ...": a thing speaks for
            # no one; its words are read, but taken by no attribution
            speechless = held is None
            source = held or source
        b = self._cue_end(cue)
        start = b
        if cue.form in (Form.PAST, Form.PARTICIPLE) and b < unit.end and toks[b].lower == "by":
            agent = source_after(toks, b + 1, unit.end)
            if agent is not None and is_passive(toks, cue) and source is not None \
                    and agent[1] >= unit.end - 1:
                # "X was first reported by Y": X is the content
                self.add(agent, (a, b + 1), source, None, cue.head)
                return
            if agent is not None and source is not None and source[1] == a \
                    and cue.start == cue.head and cue.form is Form.PAST \
                    and toks[agent[1] - 1].lower not in _MEANS and self.free(*agent) \
                    and (toks[agent[0]].is_capitalized or toks[agent[0]].lower in DETERMINERS) \
                    and _person_like(toks[agent[1] - 1]) \
                    and cue.verb.base not in ("decline", "refuse") \
                    and (agent[1] >= unit.end - 1 or toks[agent[1]].text in (",", ";")
                         or toks[agent[1]].lower in _AGENT_ENDS):
                # "a call echoed by Japan on Saturday": a passive participle after its
                # noun; the agent (a name or a person) speaks and the noun is what was said
                self.add(agent, (a, b), source, None, cue.head)
                return
            if agent is not None and agent[1] < unit.end and cue.verb.base in _ASKING \
                    and toks[agent[1]].lower in _CONTENT_OPENERS:
                # "(Roe was) asked by host John Doe whether ..."
                source, start = agent, agent[1]
        passive = is_passive(toks, cue) and start == b
        subject: tuple[int, int] | None = None
        if passive and (b >= unit.end or toks[b].lower not in ("to", "that")):
            return  # "patients were seen after ...": no attribution
        if passive:
            # "Trump is expected to win": nobody named, and the subject is what is
            # expected; "It was reported that ...", "I was told that ...": no source
            if source is not None and b < unit.end and toks[b].lower == "to" \
                    and toks[source[0]].lower not in ("it", "i", "we", "you"):
                subject = source
            source = None
        if source is None and not passive:
            prev = toks[a - 1].lower if a > unit.start else ""
            if prev in (",", "and", "but", "while", "before", "after", "by", "—"):
                # ", adding ..." may go back to an earlier sentence of the block; a
                # finite verb ("..., due in March, may show") only to this sentence
                floor = 0 if cue.form is Form.GERUND or prev != "," else unit.start
                source = self.last_source(a, floor)
                if source is not None and source[0] < unit.start and prev == "," \
                        and cue.form is Form.GERUND:
                    # "The ministry cut support on Monday, saying ...": the name that opens
                    # this sentence, before a source of an earlier one
                    source = self._own_subject(a, unit) or source
                if source is None and prev == "," and cue.form is Form.GERUND:
                    source = self.main_subject(a, unit)
                inherited = source is not None
            if source is None:
                return
        if cue.verb.frame is Frame.RECIPIENT:
            start = skip_recipient(toks, start, unit.end)
        start = skip_adjuncts(toks, start, unit.end)
        if start < unit.end and toks[start].text == ",":
            start += 1
        if start >= unit.end:
            return
        s, e, q = self.content_after(start, unit, cue)
        if e <= s or self._asks_anonymity(cue, s):
            return
        if speechless and source is not None:
            self.claimed[source[0]:e] = [True] * (e - source[0])
            return
        if subject is not None and q is None:
            s = subject[0]
        gap = None
        if q is None and source is not None and not inherited:
            gap = relative_gap(toks, source, (s, e), unit.start, self.inside, cue.verb.base)
            if gap is not None:
                e = gap.end
        if q is not None and source is not None and not inherited:
            # "“Q1,” she continued, “Q2.”": the first part is hers too
            k = source[0] - 1
            if k >= unit.start and toks[k].text == ",":
                k -= 1
            first = _quote_closing_at(self.quotes, k)
            if first is not None and self.free(first.open, k + 1):
                self.add(source, (a, b), (first.open, k + 1), first, cue.head)
        self.add(source, (a, b), (s, e), q, cue.head, inherited, gap)

    def _asks_anonymity(self, cue: Cue, start: int) -> bool:
        """"(a nurse, who) asked not to be named ...": a condition of the interview."""
        if cue.verb.base not in _ASKING_VERBS:
            return False
        words = [t.lower for t in self.tokens[start:start + 4]]
        return words[:3] in (["not", "to", "be"], ["to", "remain", "anonymous"]) \
            or words[:2] in (["for", "anonymity"], ["anonymity", "because"])

    def main_subject(self, before: int, unit: Unit) -> tuple[int, int] | None:
        """The subject of the clause a ", saying ..." hangs on: a pronoun or a name."""
        toks = self.tokens
        starts = [unit.start] + [i + 1 for i in range(unit.start, before) if toks[i].text == ","]
        for p in starts:
            while p < before and (toks[p].lower in _LEADERS or toks[p].lower in ADVERBS):
                p += 1
            if p >= before:
                continue
            w = toks[p].lower
            if w in ("he", "she", "they", "we", "i", "it"):
                return (p, p + 1)
            the = w == "the" and p + 1 < before and toks[p + 1].is_capitalized
            if the:  # "The Transport Ministry cut ...": a name with its article
                p += 1
                w = toks[p].lower
            if not toks[p].is_capitalized or w in _NOT_SUBJECT_STARTERS or (
                    w.endswith(("ed", "ing")) and p + 1 < before
                    and toks[p + 1].lower in PREPOSITIONS):
                continue  # "Chastened by ...", "Speaking at ...": no subject
            q = p
            while q < before and (toks[q].is_capitalized or (
                    toks[q].lower in ("of", "the", "’s", "'s") and q + 1 < before
                    and toks[q + 1].is_capitalized)):
                q += 1
            if q < before and toks[q].is_word and not toks[q].is_capitalized:
                return (p - 1 if the else p, q)
        return None

    def _own_subject(self, before: int, unit: Unit) -> tuple[int, int] | None:
        """The name that is the subject of a ", saying ..." cue's own sentence, if sure.

        "The Transport Ministry cut support on Monday, saying", "Downing Street would not
        comment, saying": ``main_subject``, when it is a name of two words or more or a
        surname the article gives in full ("Netanyahu" after "Benjamin Netanyahu"), and
        no noun follows it ("Central European leaders", "The Israeli government" are
        no names).
        """
        subject = self.main_subject(before, unit)
        if subject is None:
            return None
        toks = self.tokens
        after = toks[subject[1]].lower
        if is_person_noun(after) or after in ORG_WORDS or (
                after.endswith("s") and after not in _CUE_WORDS and after not in AUXILIARIES):
            return None
        if subject[1] - subject[0] >= 2 or (
                toks[subject[0]].is_capitalized
                and self.gazetteer.full_names(toks[subject[0]].text)):
            return subject
        return None

    def _according(self, cue: Cue, unit: Unit) -> None:
        toks = self.tokens
        a, b = cue.start, cue.end
        lead = a
        while lead > unit.start and toks[lead - 1].lower in ("but", "and", "yet", "so"):
            lead -= 1
        source = source_after(toks, b, unit.end, whole_clause=lead > unit.start)
        if source is None:
            return
        if lead == unit.start:
            start = source[1]
            if start < unit.end and toks[start].text == ",":
                start += 1
            s, e, q = self.content_after(start, unit, cue)
        else:
            s, e, q = unit.start, _strip_end(toks, unit.start, a), None
            if not self.free(s, e):
                return
        self.add(source, (a, b), (s, e), q, cue.head)

    def ends_clause(self, cue: Cue, unit: Unit) -> bool:
        """True when nothing but adjuncts follows the cue before its clause ends."""
        toks = self.tokens
        b = self._cue_end(cue)
        if b > cue.end and toks[b - 1].text == ":":
            return False
        if self._inverted(cue.start, unit):
            # inverted: "..., said Jane Roe, a spokeswoman for the campaign."
            src = source_after(toks, b, unit.end, whole_clause=True)
            if src is not None:
                n = skip_adjuncts(toks, src[1], unit.end)
                if n >= unit.end or toks[n].text in _END or toks[n].text == ",":
                    return True
        if cue.verb.frame is Frame.RECIPIENT:
            # "“...,” Kaine told CNN on Monday."
            k = b
            while k < unit.end and toks[k].text not in _END and toks[k].text != "," \
                    and not toks[k].is_quote and toks[k].lower not in ("that", "to") \
                    and toks[k].lower not in SUBJECT_PRONOUNS:
                k += 1
            if k - b <= 10:
                b = k
        n = skip_adjuncts(toks, b, unit.end)
        if n + 1 < unit.end and toks[n].lower in ("when", "after", "as", "while", "before") \
                and toks[n + 1].lower in LEXICON:
            return True  # "“...,” Christie said when asked whether ..."
        if n < unit.end and toks[n].lower in TOPIC_PREPOSITIONS \
                and self._quoted_before(cue, unit) and self._is_last_clause(n + 1, unit):
            return True  # "“...,” Roe said of the plan.": the quotation is what was said
        if n < unit.end and toks[n].text == "," and n + 1 < unit.end:
            nxt = cue_at(toks, n + 1, n + 1)
            if nxt is not None and nxt.form is Form.GERUND:
                return True
            if _quote_opening_at(self.quotes, n + 1) is not None:
                return False
            return self._is_last_clause(n + 1, unit)
        if n >= unit.end:
            return True
        return toks[n].text in _END and all(
            t.text in _END or t.is_quote for t in toks[n:unit.end])

    def _quoted_before(self, cue: Cue, unit: Unit) -> bool:
        """True when a quotation closes in the unit before the cue ("“...,” Roe said")."""
        return any(q.close is not None and unit.start <= q.close < cue.start
                   for q in self.quotes)

    def _inverted(self, a: int, unit: Unit) -> bool:
        """True when the cue at ``a`` follows its content: "“...,” said X", "..., said X"."""
        if a > unit.start and self.tokens[a - 1].text == ",":
            if self.tokens[a].lower in AUXILIARIES:
                return False  # "The study, from X, does not praise Y": Y is no speaker
            return self.source_before(a, unit.start) is None
        return a >= max(1, unit.start - 1) and \
            _quote_closing_at(self.quotes, a - 1) is not None

    def _is_last_clause(self, start: int, unit: Unit) -> bool:
        """True when tokens from ``start`` are a trailing phrase, not a clause of their own."""
        k = start
        while k < unit.end and (self.tokens[k].lower in ("and", "but", "then")
                                or self.tokens[k].lower in ADVERBS):
            k += 1
        if k > start and k < unit.end:
            nxt = cue_at(self.tokens, k, k)
            if nxt is not None and nxt.form in (Form.PAST, Form.PRESENT):
                return True  # "..., he said, and then predicted: ..."
        for k in range(start, unit.end):
            t = self.tokens[k]
            if t.is_quote or t.lower in ("that", "and", "but", "because", "he", "she", "they",
                                         "it", "we", "i"):
                return False
            if t.lower in AUXILIARIES:
                return False
        return True

    def _drop_covered(self, cues: list[Cue], unit: Unit) -> list[Cue]:
        """Cues inside another cue's source ("Roe, who estimated X, said") are not cues."""
        covered: set[int] = set()
        for cue in cues:
            if cue.verb is ACCORDING or cue.start in covered:
                continue
            src = self.source_before(cue.start, unit.start)
            if src is not None:
                covered.update(range(*src))
        return [c for c in cues if c.head not in covered]

    def read_unit(self, unit: Unit) -> None:
        """Every attribution of one unit."""
        cues = []
        toks = self.tokens
        first = bisect.bisect_left(self.candidates, unit.start)
        last = bisect.bisect_left(self.candidates, unit.end, first)
        for i in self.candidates[first:last]:
            cue = cue_at(toks, i, unit.start)
            if cue is None or not is_verb_use(self.tokens, cue, unit.start):
                continue
            if cue.form is Form.PRESENT and cue.head > unit.start \
                    and toks[cue.head - 1].text[:1].isdigit():
                continue  # "closed up 23 points to 6,661": a noun after a number
            cues.append(cue)
        cues = self._drop_covered(cues, unit)
        for cue in cues:
            if cue.verb is ACCORDING and cue.start > unit.start and self.free(cue.start, cue.end):
                self._according(cue, unit)
        for cue in cues:
            if cue.verb is not ACCORDING and self.free(cue.start, cue.end):
                self.medial_frame(cue, unit)
        closing = [c for c in cues if c.verb is not ACCORDING and c.form is not Form.GERUND
                   and self.ends_clause(c, unit)]
        for cue in reversed(closing):
            if self.free(cue.start, cue.end):
                self.before_frame(cue, unit)
        for cue in cues:
            if self.free(cue.head, cue.end) and self.free(cue.start, cue.end):
                self.after_frame(cue, unit)
        first_char, end_char = self.tokens[unit.start].start, self.tokens[unit.end - 1].end
        if not any(first_char <= f.cue_at < end_char for f in self.found):
            self._continuation(unit)

    def medial_frame(self, cue: Cue, unit: Unit) -> None:
        """"In 31 cases, she said, the software erred": content on both sides of the cue."""
        toks = self.tokens
        b = cue.end
        if b >= unit.end or toks[b].text != "," or cue.form not in (Form.PAST, Form.PRESENT):
            return
        source = self.source_before(cue.start, unit.start)
        if source is None or source[1] - source[0] > 4 or toks[source[0]].text == "," \
                or source[0] - 1 <= unit.start or toks[source[0] - 1].text != ",":
            return
        comma = source[0] - 1
        if _quote_closing_at(self.quotes, comma - 1) is not None:
            return  # "“...,” she said, “...”" is read as a quote
        start = unit.start
        while start < comma and toks[start].lower in _LEADERS:
            start += 1
        after = b + 1
        if after < unit.end and toks[after].is_quote:
            return
        end = _strip_end(toks, after, unit.end)
        if comma - start < 2 or end - after < 3 or not self.free(start, end):
            return
        self.add(source, (cue.start, b), (start, comma), None, cue.head)
        self.add(source, (cue.start, b), (after, end), None, cue.head, inherited=True)

    def speaker_line(self) -> None:
        """"JANE ROE: Why not debate?" - a transcript line, or "Roe: ..." in an interview."""
        toks = self.tokens
        k = 0
        while k < len(toks) and k < 6 and toks[k].is_word and toks[k].is_capitalized:
            k += 1
        if not 0 < k < len(toks) - 3 or toks[k].text != ":" or self.inside[k]:
            return
        if (k == 1 and len(toks[0].text) == 1) or not all(
                t.text[0].isalpha() or t.is_quote for t in toks[k + 1:k + 3]):
            return  # "Q:", "Clinton: 547."
        if toks[0].lower in _NOT_SPEAKERS or toks[k - 1].lower in _NOT_SPEAKERS:
            return
        end = _strip_end(toks, k + 1, len(toks))
        if end <= k + 1:
            return
        q = _quote_opening_at(self.quotes, k + 1)
        if q is not None and (q.close is None or q.close >= end - 1):
            self.add((0, k), (k, k + 1), (k + 1, end), q, k)
        else:
            self.add((0, k), (k, k + 1), (k + 1, end), None, k)

    def _continuation(self, unit: Unit) -> None:
        """A unit that is one quotation, after a quoted attribution: more of the same.

        Not when a sentence in between has someone else as its subject ("Tom Reed runs
        the depot. “...”"): the quotation is then nobody's that the text names.
        """
        toks = self.tokens
        q = _quote_opening_at(self.quotes, unit.start)
        if q is None or not self.found:
            return
        close = q.close if q.close is not None else len(toks)
        if any(t.text not in _END for t in toks[close + 1:unit.end]):
            return
        last = self.found[-1]
        if not last.quote or self.someone_else_since(last, unit.start):
            return
        if last is self.previous and self.before is not None \
                and self.before.someone_else_since(last, len(self.before.tokens)):
            return  # "“...,” she said. Tom Reed runs the depot.¶“...”"
        inner = self.quote_chars(q)
        if inner is None:
            return
        self.found.append(Found(last.source, last.cue, inner, True, last.cue_at, True))
        self.claim(q.open, min(close + 1, len(toks)))
        self.continued[q.open] = self.found[-1]

    def _take_over(self, q: Quote, cue: Cue, unit: Unit) -> bool:
        """Drop the continuation given to ``q`` when a sentence of its own attributes it:
        "“...?” | Tom Reed asked." (split after "?”"). Only a sentence that is the source
        and the cue and adjuncts, and not "was shown", "is telling" (a form of "be")."""
        guess = self.continued.get(q.open)
        toks = self.tokens
        if guess is None or any(t.lower in _BE for t in toks[max(0, cue.start - 1):cue.head]):
            return False
        end = self._cue_end(cue)
        if self._inverted(cue.start, unit):
            source = source_after(toks, end, unit.end, whole_clause=True)
            end = source[1] if source is not None else end
        end = skip_adjuncts(toks, end, unit.end)
        if any(t.text not in _END and not t.is_quote for t in toks[end:unit.end]):
            return False  # "Lopez appeared at the awards, singing a duet."
        self.found.remove(guess)
        del self.continued[q.open]
        end = min((q.close if q.close is not None else len(self.tokens)) + 1, len(self.tokens))
        self.claimed[q.open:end] = [False] * (end - q.open)
        return True


    # ------------------------------------------------------------------ speakers

    def _words_of(self, chars: tuple[int, int] | None) -> frozenset[str]:
        """``name_words`` of a source given in plain offsets, when it lies in this block."""
        if chars is None or chars[0] < self.offset:
            return frozenset()
        return name_words(self.text[chars[0] - self.offset:chars[1] - self.offset])

    def _named_until(self, last: Found | None) -> frozenset[str]:
        """``name_words`` of the latest source of this block named up to ``last`` (None:
        to the end of the block)."""
        seen = last is None
        for f in reversed(self.found):
            seen = seen or f is last
            if seen:
                words = self._words_of(f.source) | self._words_of(f.antecedent)
                if words:
                    return words
        return frozenset()

    @cached_property
    def speaker(self) -> frozenset[str]:
        """``name_words`` of the latest source named in the blocks before this one."""
        block = self.before
        while block is not None:
            words = block._named_until(None)
            if words:
                return words
            block = block.before
        return frozenset()

    def speaker_words(self, last: Found) -> frozenset[str]:
        """``name_words`` of whoever ``last`` is by: its source, or the latest named before.

        "Ada Okafor said ... “...,” she said.": "she" is read as Ada Okafor, as the
        resolver would read her (a pronoun takes the person just named).
        """
        return self._named_until(last) or self.speaker

    def named_subject(self, unit: Unit) -> frozenset[str]:
        """``name_words`` of a person named as the subject that opens ``unit``, or none.

        "Tom Reed runs the depot.", "Meanwhile, Mr Reed said ...": a run of at most
        ``_NAME_RUN`` capitalised words (titles aside) before a lower-case word, that is
        no organisation ("Acme Corp"), place or time ("Harbour Road"), no possessive ("Mr
        Reed’s depot") and opens with a title, a first name or a word the article writes
        capitalised inside sentences too (not "Strong Oscar contenders ...").
        """
        toks = self.tokens
        p = unit.start
        while p < unit.end and (toks[p].lower in _LEADERS or toks[p].lower in ADVERBS
                                or toks[p].text == ","):
            p += 1
        if p >= unit.end or self.inside[p] or toks[p].lower in _NOT_SUBJECT_STARTERS \
                or toks[p].lower in PRONOUNS:
            return frozenset()
        q = p
        while q < unit.end and toks[q].is_word and toks[q].is_capitalized:
            q += 1
        if q == p or q >= unit.end or not toks[q].is_word or toks[q].is_capitalized \
                or toks[q - 1].lower.endswith(("’s", "'s", "’", "'")):
            return frozenset()  # "Harbour Road, ...", "Tom Reed’s depot"
        run = [t.lower.rstrip(".") for t in toks[p:q]]
        titled = run[0] in TITLE_WORDS or run[0] + "." in TITLE_WORDS
        names = [w for w in run if w not in TITLE_WORDS and w + "." not in TITLE_WORDS]
        if not names or len(names) > _NAME_RUN or (len(names) < 2 and not titled) \
                or any(w in ORG_WORDS for w in run) or names[-1] in _PLACE_WORDS:
            return frozenset()
        if not (titled or is_first_name(run[0])
                or self.gazetteer.capitalised_inside(toks[p].text)):
            return frozenset()
        return frozenset(names)

    def someone_else_since(self, last: Found, until: int) -> bool:
        """True when a sentence after ``last`` and before token ``until`` has another
        named person as its subject (``named_subject``)."""
        since = max(last.content[1], last.cue[1], last.source[1] if last.source else 0)
        for u in self.units:
            if u.start >= until:
                break
            if self.tokens[u.start].start < since:
                continue
            subject = self.named_subject(u)
            if subject and not subject & self.speaker_words(last):
                return True
        return False

    # ------------------------------------------------------------------ paragraphs

    def whole_open_quote(self) -> str | None:
        """The opening mark when the block is one quotation left open ("“...¶“..."), else
        None: the way news copy sets every paragraph but the last of a long quotation."""
        if len(self.quotes) == 1 and self.quotes[0].open == 0 and self.quotes[0].close is None:
            return self.tokens[0].text
        return None

    def opening_attribution(self, mark: str) -> Found | None:
        """The attribution, with a cue of its own, of a closed quotation that opens the
        block with ``mark``: the last paragraph of a long quotation ("“...,” said X.")."""
        if not self.quotes or self.quotes[0].open != 0 or self.quotes[0].close is None \
                or self.tokens[0].text != mark:
            return None
        inner = self.quote_chars(self.quotes[0])
        for f in self.found:
            if f.quote and not f.inherited and f.content == inner:
                return f
        return None

    def read(self, previous: Found | None) -> list[Found]:
        """Every attribution of the block, in order; ``previous`` is the one before it."""
        self.speaker_line()
        self.previous = previous
        if previous is not None and previous.quote:
            self.found.append(previous)
        for unit in self.units:
            self.read_unit(unit)
        if previous is not None and previous.quote:
            self.found.pop(0)
        self.found.sort(key=lambda f: (f.cue_at, f.content))
        return self.found


def _carry_back(read: list[tuple[_Block, list[Found]] | None]) -> None:
    """Give the paragraphs of a long quotation the cue of its last paragraph.

    "“The plant will close.¶“Everyone will lose their jobs,” said Mr Joseph.": every
    paragraph opens with the same mark and only the last closes; the earlier paragraphs
    are Mr Joseph's too, not a continuation of whoever spoke before them. Their
    attributions follow the last paragraph's, so that its source is resolved where it
    stands.
    """
    i = 0
    while i < len(read):
        entry = read[i]
        mark = entry[0].whole_open_quote() if entry is not None else None
        if mark is None:
            i += 1
            continue
        j = i
        while j < len(read) and (e := read[j]) is not None and e[0].whole_open_quote() == mark:
            j += 1
        last = read[j] if j < len(read) else None
        cue = last[0].opening_attribution(mark) if last is not None else None
        if last is not None and cue is not None:
            for entry in read[i:j]:
                assert entry is not None
                block, found = entry
                inner = block.quote_chars(block.quotes[0])
                assert inner is not None
                found[:] = [f for f in found if f.content != inner]
                last[1].append(replace(cue, content=inner, inherited=True, gap=None))
        i = max(j, i + 1)


def find_in_blocks(paragraphs: Sequence[Paragraph | None],
                   gazetteer: Gazetteer | None = None) -> list[Found]:
    """The attributions of an article's blocks (``None`` for a block not read: a highlight).

    ``gazetteer`` holds the article's names (by default, those of the blocks read).

    A paragraph that is one quotation can continue the quote of the paragraph above
    (``_Block._continuation``), and the paragraphs of a long quotation take the cue of
    its last paragraph (``_carry_back``). The attributions are in reading order, except
    that those carried back follow the attribution they take their cue from.
    """
    if gazetteer is None:
        gazetteer = Gazetteer("\n\n".join(p.text for p in paragraphs if p is not None))
    read: list[tuple[_Block, list[Found]] | None] = []
    previous: Found | None = None
    before: _Block | None = None
    for p in paragraphs:
        if p is None:
            read.append(None)
            previous = None
            continue
        block = _Block(p.text, p.offset, p.bounds, before, gazetteer)
        found = block.read(previous)
        read.append((block, found))
        before = block
        previous = found[-1] if found else None
    _carry_back(read)
    return [f for entry in read if entry is not None for f in entry[1]]
