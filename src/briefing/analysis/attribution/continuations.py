"""Quotations with no cue of their own: whose they are.

A quotation that is a whole unit, right after a quoted attribution, is more of the same
speaker's words (``_continuation``), also in the next paragraph, unless a sentence in
between has another named person as its subject ("Tom Reed runs the depot. “...”":
``someone_else_since``, with ``named_subject`` and the words naming the last speaker,
``speaker_words``). A sentence of its own that gives the quotation a cue takes it back
("“...?” | Tom Reed asked.": ``_take_over``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

from briefing.analysis.attribution.blocks import END, Block, Found, quote_opening_at
from briefing.analysis.attribution.cues import Cue
from briefing.analysis.attribution.gazetteer import Gazetteer
from briefing.analysis.attribution.genders import is_first_name
from briefing.analysis.attribution.names import ORG_WORDS, PLACE_WORDS, PRONOUNS, TITLE_WORDS
from briefing.analysis.attribution.participles import is_participle
from briefing.analysis.attribution.phrases import skip_adjuncts, source_after
from briefing.analysis.attribution.quotes import Quote
from briefing.analysis.attribution.tokens import Token
from briefing.analysis.attribution.units import Unit
from briefing.analysis.attribution.wordclasses import ADVERBS, BE_FORMS

LEADERS = frozenset({"and", "but", "so", "yet", "then", "still", "meanwhile", "also"})
"""Words that may come before a clause's subject ("And", "Meanwhile")."""
NOT_SUBJECT_STARTERS = frozenset({
    "on", "in", "at", "after", "before", "when", "while", "as", "but", "and", "so", "if",
    "during", "since", "for", "with", "without", "by", "from", "although", "though",
    "because", "despite", "asked", "speaking", "earlier", "later", "last", "this", "that",
    "the", "a", "an", "it's", "it’s", "there", "here", "then", "now", "still", "yet",
})
"""Words that open no subject, nor a name ("In", "Asked", "The"): ``name_words``."""
_PLACE_WORDS = PLACE_WORDS | {"day", "week", "month", "year"}
"""Last words of a capitalised run that make it a place or a time, not a person."""
_NAME_RUN = 3
"""Most capitalised words, titles aside, of a person named as a sentence's subject."""
_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*")


def name_words(phrase: str) -> frozenset[str]:
    """Lower-case capitalised words of a source phrase that name someone: no titles, pronouns.

    "Ada Okafor, the union leader," -> {"ada", "okafor"}; "Mr Reed" -> {"reed"}; "She" -> {}.
    """
    words = set()
    for m in _NAME_WORD.finditer(phrase):
        w = m.group().lower().removesuffix("’s").removesuffix("'s").rstrip(".’'")
        if w and w not in TITLE_WORDS and w + "." not in TITLE_WORDS and w not in PRONOUNS \
                and w not in NOT_SUBJECT_STARTERS:
            words.add(w)
    return frozenset(words)


_SAYING = frozenset({"say", "ask", "add", "tell", "write", "reply", "respond", "explain",
                     "continue", "shout", "joke", "insist"})
"""Verbs that report words and nothing else: "Roe said, looking out at the crowd"."""


_CLOSING_MARKS = frozenset({'"', "”", "'"})


class Continuations(Block):
    """A block that knows the block before it, to continue its speaker's quotations."""

    def __init__(self, text: str, offset: int, bounds: Sequence[tuple[int, int]],
                 before: Continuations | None = None, gazetteer: Gazetteer | None = None,
                 tokens: tuple[Token, ...] | None = None) -> None:
        self.before = before
        """The block read before this one, for ``speaker``."""
        self.previous: Found | None = None
        """The last attribution of ``before``, which a quotation here may continue."""
        self.continued: dict[int, Found] = {}
        """Quotations given to the speaker before them (``_continuation``), by opening mark."""
        super().__init__(text, offset, bounds, gazetteer, tokens)

    def _continuation(self, unit: Unit) -> None:
        """A unit that is one quotation, after a quoted attribution: more of the same.

        Not when a sentence in between has someone else as its subject ("Tom Reed runs
        the depot. “...”"): the quotation is then nobody's that the text names.
        """
        toks = self.tokens
        q = quote_opening_at(self.quotes, unit.start)
        if q is None or not self.found:
            return
        close = q.close if q.close is not None else len(toks)
        if any(t.text not in END for t in toks[close + 1:unit.end]):
            return
        last = self.found[-1]
        if not (last.quote or self._ends_quoted(last)) \
                or self.someone_else_since(last, unit.start):
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

    def _ends_quoted(self, found: Found) -> bool:
        """True for reported content of this block that ends with a quotation ("The summit
        accomplished “too little,” he added."): a quotation after it goes on with it."""
        end = found.content[1] - self.offset
        return found.content[0] >= self.offset and 0 < end <= len(self.text) \
            and self.text[end - 1] in _CLOSING_MARKS

    def _take_over(self, q: Quote, cue: Cue, unit: Unit) -> bool:
        """Drop the continuation given to ``q`` when a sentence of its own attributes it:
        "“...?” | Tom Reed asked." (split after "?”"). Only a sentence that is the source
        and the cue and adjuncts, and not "was shown", "is telling" (a form of "be")."""
        guess = self.continued.get(q.open)
        toks = self.tokens
        if guess is None or any(t.lower in BE_FORMS for t in toks[max(0, cue.start - 1):cue.head]):
            return False
        end = self._cue_end(cue)
        if self._inverted(cue.start, unit):
            source = source_after(toks, end, unit.end, whole_clause=True)
            end = source[1] if source is not None else end
        end = skip_adjuncts(toks, self.past_trailing_phrase(skip_adjuncts(toks, end, unit.end),
                                                            unit), unit.end)
        if end + 1 < unit.end and toks[end].text == "," and is_participle(toks[end + 1]) \
                and cue.verb.base in _SAYING:
            end = unit.end  # "“...?” | Roe said, looking out at the crowd."
        if any(t.text not in END and not t.is_quote for t in toks[end:unit.end]):
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
        while p < unit.end and (toks[p].lower in LEADERS or toks[p].lower in ADVERBS
                                or toks[p].text == ","):
            p += 1
        if p >= unit.end or self.inside[p] or toks[p].lower in NOT_SUBJECT_STARTERS \
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
