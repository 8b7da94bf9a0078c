"""One block being read for attributions: its tokens, quotations and units, the tokens
that attributions have taken so far, and the attributions recorded (``Found``).

``Block`` records an attribution from token ranges (``add``: its offsets in
``Article.text``, the verbatim quotes inside reported content, the phrase a relative
pronoun source stands for) and answers what the frame readers share about a cue: where it
ends (``_cue_end``) and whether it follows its content (``_inverted``). The readers built
on it are ``continuations``, ``closing_cues`` and ``leading_cues``, put together in
``frames``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.attribution.cues import CUE_WORDS, Cue
from briefing.analysis.attribution.gaps import Gap
from briefing.analysis.attribution.gazetteer import Gazetteer
from briefing.analysis.attribution.phrases import phrase_start, source_before
from briefing.analysis.attribution.quotes import Quote, find_quotes, inside_mask
from briefing.analysis.attribution.tokens import Token, tokenize
from briefing.analysis.attribution.units import Unit, split_units
from briefing.analysis.attribution.wordclasses import (
    AUXILIARIES,
    DETERMINERS,
    OBJECT_PRONOUNS,
    PERSONAL_SUBJECTS,
    PREPOSITIONS,
)

_MIN_PARTIAL_QUOTE = 4
"""Words a quotation inside reported content needs to count as a verbatim quote."""
END = frozenset({".", "!", "?"})
"""Marks that end a sentence."""
_TRIM_END = frozenset({".", ",", ":", ";", "—", "–", "--", "-"})
_RELATIVE = frozenset({"who", "which", "that"})
_TRAILING = PREPOSITIONS | {"alongside", "beside", "before", "after", "during", "toward",
                           "towards", "through", "via", "amid", "outside", "inside"}
"""Words that open a phrase after "“...,” Roe said" naming a hearer, a topic or an occasion."""
_PHRASE_ENDS = END | {",", ";", ":", "—", "–", "--"}


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


_TITLE_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for",
                          "by", "with", "from", "vs", "vs.", "de", "la", "le", "von"})
"""Lower-case words inside a title in quotation marks ("Fox and Friends", "Lords of the
Sith")."""


def is_title(words: Sequence[Token]) -> bool:
    """True for a quotation whose words are a title ("Lords of the Sith", "The Force
    Awakens"): every word capitalised but the small ones, and no closing punctuation.
    A film's, book's or song's name, not anyone's words."""
    if not words or not words[0].text[0].isupper():
        return False
    inner = [t for t in words if t.text != ","]
    if inner and inner[-1].text == ".":
        inner = inner[:-1]  # "“The Lead.”": the sentence's period set inside the marks
    if len(inner) < 2 or not inner[0].is_capitalized or any(
            t.text in (".", "!", "?", ":", ";") for t in inner):
        return False
    if all(t.text.isupper() for t in inner if t.is_word):
        return False  # "“GROWING PARTY,” he declared": capitals shout, they name nothing
    return all(t.is_capitalized or t.lower in _TITLE_SMALL or not t.is_word for t in inner)


def strip_end(tokens: Sequence[Token], start: int, end: int) -> int:
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


_NOT_INVERTED = AUXILIARIES | {"not", "never"}
"""Words that open no inverted cue ("“...,” said Roe"; never "“...” not asked")."""


def quote_closing_at(quotes: Sequence[Quote], index: int) -> Quote | None:
    """The quotation whose mark closes at token ``index``, if any."""
    for q in quotes:
        if q.close == index:
            return q
    return None


def quote_opening_at(quotes: Sequence[Quote], index: int) -> Quote | None:
    """The quotation whose mark opens at token ``index``, if any."""
    for q in quotes:
        if q.open == index:
            return q
    return None


class Block:
    """The state of one block while its attributions are read."""

    def __init__(self, text: str, offset: int, bounds: Sequence[tuple[int, int]],
                 gazetteer: Gazetteer | None = None, tokens: tuple[Token, ...] | None = None
                 ) -> None:
        """``tokens``: ``tokenize(text, offset)``, when read already."""
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer(text)
        """The article's names: is a capitalised word a name (``named_subject``)?"""
        self.tokens = tokenize(text, offset) if tokens is None else tokens
        self.text = text
        self.offset = offset
        self.quotes = find_quotes(self.tokens, text, offset)
        self.inside = inside_mask(self.quotes, len(self.tokens))
        self.units = split_units(self.tokens, bounds, self.quotes)
        inside = self.inside  # cue words are few: test the word first, then the mask
        self.candidates = [i for i, t in enumerate(self.tokens)
                           if t.lower in CUE_WORDS and not inside[i]]
        """Tokens outside quotations that may be cues, in order (``read_unit``)."""
        self.claimed = [False] * len(self.tokens)
        self.found: list[Found] = []
        self.sources: list[tuple[int, tuple[int, int] | None]] = []
        """(cue token, source tokens) of every attribution recorded, in order."""
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

    # ------------------------------------------------------------------ records

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
                        and q.close - q.open > _MIN_PARTIAL_QUOTE \
                        and not is_title(self.tokens[q.open + 1:q.close]):
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

    # ------------------------------------------------------------------ cues

    def _cue_end(self, cue: Cue) -> int:
        b = cue.end
        toks = self.tokens
        if b + 2 < len(toks) and toks[b].lower == "in" and toks[b + 1].lower in ("a", "the") \
                and toks[b + 2].lower == "statement":
            b += 3
        if b < len(toks) and toks[b].text == ":":
            b += 1
        return b

    def quoted_speaker(self, cue: Cue, unit: Unit) -> bool:
        """True when a quotation closes right before the cue's source ("“...,” Roe said")
        or, inverted, right before the cue ("“...,” said Roe"): the quotation is what the
        cue reports, whatever phrases follow the cue."""
        k = cue.start - 1
        if not self._inverted(cue.start, unit):
            source = self.source_before(cue.start, unit.start)
            if source is None:
                return False
            k = source[0] - 1
        toks = self.tokens
        if k >= unit.start and toks[k].text == ",":
            k -= 1
        elif k < 1 or toks[k - 1].text not in (",", "?", "!"):
            return False  # "Marcia “Cia” Price shouted", "... schools.” Roe hopes to"
        return k >= max(0, unit.start - 1) and quote_closing_at(self.quotes, k) is not None

    def past_trailing_phrase(self, k: int, unit: Unit) -> int:
        """Past a prepositional phrase at ``k`` that holds no clause, up to a comma, a
        quotation or the end: "to the judge", "of the resort", "alongside colleagues in a
        briefing introducing the paper" after "“...,” Roe said". ``k`` when there is none."""
        toks = self.tokens
        if k + 1 >= unit.end or toks[k].lower not in _TRAILING:
            return k
        nxt = toks[k + 1]
        if toks[k].lower == "to" and not (nxt.is_capitalized or nxt.lower in DETERMINERS
                                           or nxt.lower in OBJECT_PRONOUNS
                                           or nxt.lower.endswith("s")):
            return k  # "to the judge", "to reporters", not "to emulate"
        j = k + 1
        while j < unit.end and toks[j].text not in _PHRASE_ENDS:
            if toks[j].is_quote:
                title = self._title_after(j)
                if title is None:
                    break
                j = title
                continue
            w = toks[j].lower
            if w == "that" or w in PERSONAL_SUBJECTS or w in AUXILIARIES:
                return k  # "said to reporters that she ...": a clause follows
            j += 1
        return j if j > k + 1 else k

    def _title_after(self, j: int) -> int | None:
        """After a quoted title that opens at ``j`` ("on CNN’s “State of the Union.”"): the
        index past its closing mark; None when the quotation is no title."""
        q = quote_opening_at(self.quotes, j)
        if q is None or q.close is None or q.close - q.open > 8:
            return None
        words = [t for t in self.tokens[q.open + 1:q.close] if t.is_word]
        if not words or not all(t.is_capitalized or t.lower in _TITLE_SMALL for t in words):
            return None
        return q.close + 1

    def _inverted(self, a: int, unit: Unit) -> bool:
        """True when the cue at ``a`` follows its content: "“...,” said X", "..., said X"."""
        if a > unit.start and self.tokens[a - 1].text == ",":
            if self.tokens[a].lower in AUXILIARIES:
                return False  # "The study, from X, does not praise Y": Y is no speaker
            return self.source_before(a, unit.start) is None
        if a < max(1, unit.start - 1):
            return False
        q = quote_closing_at(self.quotes, a - 1)
        if q is None or self.tokens[a].lower in _NOT_INVERTED:
            return False  # "had “cleverly” not asked about ...": a negated verb is no inversion
        # a scare quote of a few words with no mark closing it inside ("he had “cleverly”
        # asked") is part of the clause, not a quotation whose speaker follows
        return self.tokens[a - 2].is_quote or not self.tokens[a - 2].is_word \
            or a - 1 - q.open > 3 or q.open <= unit.start or not self.tokens[q.open - 1].is_word
