"""Cues that end their clause and take the content before them: "..., the ministry
said.", "“...,” said Roe.", "“...,” Roe said of the plan.".

``ends_clause`` says whether only adjuncts follow a cue before its clause ends; such cues
are read first, right to left (``frames``), and ``before_frame`` records the quotation or
the clause up to the comma before the source. After a quotation that closes right before
its source ("“...,” Roe said"), a phrase with no clause of its own is an adjunct too: a
hearer, a topic or an occasion ("to the judge", "of the resort", "alongside colleagues
in a briefing"), a participle (", raising her voice"), a relative or adverbial clause
(", who ...", ", before taking aim at ..."); a quotation that ends the unit after such a
phrase is the speaker's too. An adverbial clause before the source ("Before the vote could
begin, Roe weighed in.") is no content.
"""

from __future__ import annotations

from briefing.analysis.attribution.blocks import (
    END,
    is_title,
    quote_closing_at,
    quote_opening_at,
    strip_end,
)
from briefing.analysis.attribution.continuations import Continuations
from briefing.analysis.attribution.cues import LEXICON, Cue, Form, Frame, cue_at
from briefing.analysis.attribution.participles import is_participle
from briefing.analysis.attribution.phrases import skip_adjuncts, source_after
from briefing.analysis.attribution.quotes import Quote
from briefing.analysis.attribution.tokens import Token
from briefing.analysis.attribution.units import Unit
from briefing.analysis.attribution.wordclasses import (
    ADVERBS,
    AUXILIARIES,
    CONNECTIVES,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
)

TOPIC_PREPOSITIONS = frozenset({"of", "about", "during", "in", "on", "at", "from", "after",
                                 "while", "amid"})
"""Openers of a topic or an occasion after a cue: "“...,” Roe said of the plan.", "tweeted
about the game" (no claim: ``sources.is_claim``)."""


SUBORDINATORS = frozenset({"before", "after", "when", "whenever", "while", "as", "once",
                           "until", "since", "because", "although", "though", "if", "unless"})
"""Words that open an adverbial clause ("Before the vote could begin, Roe weighed in."): a
clause of time, cause or condition before the source, not what the source said."""


_SCARE_WORDS = 4
"""Most tokens (marks and a closing comma included) of a quotation read as words inside
a clause rather than as what was said ("as ''little talks,''")."""


_ADVERBIAL_WORDS = 12
"""Longest adverbial clause read as such; a longer one runs on into the claim itself ("As
the idea was to prove a point the domain has been handed back, Roe said")."""


def _verb_of_saying(tok: Token) -> bool:
    """True for an inflected reporting verb ("said", "calls"): its quotation is its own."""
    entry = LEXICON.get(tok.lower)
    return entry is not None and entry[1] is not Form.BASE


class ClosingCues(Continuations):
    """The frames of cues that follow their content."""

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
            q = quote_closing_at(self.quotes, boundary)
            if boundary >= 0 and q is not None:
                return self._record_quote(source, cue, q, unit)
            return False
        if toks[boundary].text == "," and boundary - 1 >= unit.start:
            q = quote_closing_at(self.quotes, boundary - 1)
            if q is not None and self._scare_quote(q, unit):
                return self._clause_before(source, cue, unit, boundary)
            if q is not None:
                if not self._record_quote(source, cue, q):
                    return False
                self._trailing_quote(source, cue, unit)
                return True
            return self._clause_before(source, cue, unit, boundary)
        q = quote_closing_at(self.quotes, boundary)
        if q is not None and self._scare_quote(q, unit) and toks[boundary - 1].text == ",":
            return self._clause_before(source, cue, unit, boundary + 1)
        if q is not None and self._record_quote(source, cue, q):
            self._trailing_quote(source, cue, unit)
            return True
        return False

    def _clause_before(self, source: tuple[int, int] | None, cue: Cue, unit: Unit,
                       boundary: int) -> bool:
        """"Y, X said.": the clause of the unit up to ``boundary`` (the comma before the
        source) is the content, unless it is only an adverb or an adverbial clause."""
        toks = self.tokens
        if not self.free(unit.start, boundary):
            return False
        start = unit.start
        while start < boundary and toks[start].lower in ("but", "and", "so", "yet"):
            start += 1
        end = strip_end(toks, start, boundary)
        if end <= start or (end - start == 1 and (
                toks[start].lower in CONNECTIVES or toks[start].lower in ADVERBS
                or toks[start].lower.endswith("ly"))):
            return False  # "Unfortunately, Roe told reporters ...": no content before
        if toks[start].lower in SUBORDINATORS and end - start <= _ADVERBIAL_WORDS and not any(
                toks[k].text == "," and not self.inside[k] for k in range(start, end)):
            return False  # "Before the vote could begin, Roe weighed in.": when, not what
        self.add(source, (cue.start, self._cue_end(cue)), (start, end), None, cue.head)
        return True

    def _scare_quote(self, q: Quote, unit: Unit) -> bool:
        """True for a quotation of a few words inside a clause of the unit ("He saw his
        speeches as ''little talks,''"): the clause is what was said, not the quotation."""
        toks = self.tokens
        return q.open > unit.start and q.close is not None and q.close - q.open <= _SCARE_WORDS \
            and toks[q.open - 1].is_word and not _verb_of_saying(toks[q.open - 1]) \
            and not self.inside[q.open - 1] and not is_title(toks[q.open + 1:q.close])

    def _trailing_quote(self, source: tuple[int, int] | None, cue: Cue, unit: Unit) -> None:
        """"“Q1,” Roe said of the report, “Q2.”": the quotation that ends the unit after a
        comma is the same speaker's too, unless a cue comes first (", adding, “Q2”")."""
        toks = self.tokens
        for q in self.quotes:
            if q.open > cue.end and q.open < unit.end and toks[q.open - 1].text == "," \
                    and not any(cue.end <= c < q.open for c in self.candidates) \
                    and q.close is not None and q.close < unit.end \
                    and all(t.text in END or t.is_quote for t in toks[q.close + 1:unit.end]) \
                    and self.free(q.open, q.close + 1) \
                    and not is_title(toks[q.open + 1:q.close]):
                self.add(source, (cue.start, self._cue_end(cue)), (q.open, q.close + 1), q,
                         cue.head)
                return

    def _relative_at(self, k: int, unit: Unit) -> bool:
        """True for a relative clause at ``k`` ("who began ...", "in which she ...")."""
        toks = self.tokens
        if toks[k].lower in ("who", "whom", "whose", "which", "where"):
            return True
        return k + 1 < unit.end and toks[k].lower in PREPOSITIONS \
            and toks[k + 1].lower in ("which", "whom")

    def _record_quote(self, source: tuple[int, int] | None, cue: Cue, q: Quote,
                      unit: Unit | None = None) -> bool:
        if q.close is not None and is_title(self.tokens[q.open + 1:q.close]):
            return False  # "editor of the “Intelligence Report,” told": a name, nobody's words
        if not self.free(q.open, (q.close or q.open) + 1) and (
                unit is None or not self._take_over(q, cue, unit)):
            return False
        self.add(source, (cue.start, self._cue_end(cue)), (q.open, (q.close or q.open) + 1),
                 q, cue.head)
        return True

    def ends_clause(self, cue: Cue, unit: Unit) -> bool:
        """True when nothing but adjuncts follows the cue before its clause ends."""
        toks = self.tokens
        b = self._cue_end(cue)
        if b > cue.end and toks[b - 1].text == ":":
            return False
        quoted = self.quoted_speaker(cue, unit)
        if self._inverted(cue.start, unit):
            # inverted: "..., said Jane Roe, a spokeswoman for the campaign."
            src = source_after(toks, b, unit.end, whole_clause=True)
            if src is not None:
                n = skip_adjuncts(toks, src[1], unit.end)
                if quoted:  # "“...,” said Roe to the clerk."
                    n = skip_adjuncts(toks, self.past_trailing_phrase(n, unit), unit.end)
                if n >= unit.end or toks[n].text in END or toks[n].text == ",":
                    return True
        if cue.verb.frame is Frame.RECIPIENT:
            # "“...,” Kaine told CNN on Monday."
            k = b
            while k < unit.end and toks[k].text not in END and toks[k].text != "," \
                    and not toks[k].is_quote and toks[k].lower not in ("that", "to") \
                    and toks[k].lower not in SUBJECT_PRONOUNS:
                k += 1
            if k - b <= 10:
                b = k
        n = skip_adjuncts(toks, b, unit.end)
        if quoted:  # "“...,” Roe said to the judge.", "“...,” Roe said of the resort, “...”"
            n = skip_adjuncts(toks, self.past_trailing_phrase(n, unit), unit.end)
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
            if quote_opening_at(self.quotes, n + 1) is not None:
                return False
            if quoted and (is_participle(toks[n + 1]) or self._relative_at(n + 1, unit)
                           or toks[n + 1].lower in SUBORDINATORS):
                # "“...,” Roe said, raising her voice", "“...,” Roe said to the nominee, who",
                # "“...,” Roe said of the plan, before taking aim at ..."
                return True
            return self._is_last_clause(n + 1, unit)
        if n >= unit.end:
            return True
        return toks[n].text in END and all(
            t.text in END or t.is_quote for t in toks[n:unit.end])

    def _quoted_before(self, cue: Cue, unit: Unit) -> bool:
        """True when a quotation closes in the unit before the cue ("“...,” Roe said")."""
        return any(q.close is not None and unit.start <= q.close < cue.start
                   for q in self.quotes)

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
