"""Cues that take the content after them: "X said (that) Y", "X told reporters Y",
"X said: “Q”", "according to X, Y", "..., saying Y".

The content runs to the end of the clause, a semicolon, a following ", adding ..." cue or
another cue of the same form (``content_after``); in an adverbial clause that opens the
sentence ("While Roe maintains that A, critics argue B") it ends with that clause, at its
comma (``_subordinate_end``), and the main clause is read on its own. A cue with no source
before it takes that of the attribution before it (", adding ...") or the subject of its
clause (``main_subject``); a passive cue names no source ("It was reported that ...") unless an
agent follows ("reported by Y").
"""

from __future__ import annotations

from briefing.analysis.attribution.blocks import (
    END,
    Block,
    is_title,
    quote_closing_at,
    quote_opening_at,
    strip_end,
)
from briefing.analysis.attribution.continuations import LEADERS, NOT_SUBJECT_STARTERS
from briefing.analysis.attribution.cues import (
    ACCORDING,
    CUE_WORDS,
    LEXICON,
    SENDING_VERBS,
    Cue,
    Form,
    Frame,
    cue_at,
    is_passive,
    is_verb_use,
)
from briefing.analysis.attribution.gaps import relative_gap
from briefing.analysis.attribution.kinds import is_person_noun
from briefing.analysis.attribution.names import ORG_WORDS
from briefing.analysis.attribution.participles import (
    NOT_GERUNDS,
    is_participle,
    person_like,
    reduced_relative_source,
    spent_time,
)
from briefing.analysis.attribution.phrases import (
    finite_cue,
    skip_adjuncts,
    skip_recipient,
    source_after,
)
from briefing.analysis.attribution.quotes import Quote
from briefing.analysis.attribution.units import Unit
from briefing.analysis.attribution.wordclasses import (
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    OBJECT_PRONOUNS,
    PERSONAL_SUBJECTS,
    PREPOSITIONS,
)

_ASKING = frozenset({"ask", "question", "press", "tell", "urge", "challenge", "pressed"})
_ASKING_VERBS = frozenset({"ask", "request", "insist", "demand"})
_CONTENT_OPENERS = frozenset({"whether", "if", "about", "to", "what", "how", "why", "that",
                              "for", "when", "who", "which"})
_MEANS = frozenset({"phone", "telephone", "email", "e-mail", "text", "letter", "video",
                    "videolink", "satellite", "radio", "mail", "post", "fax", "twitter"})
"""Last words after "said by" that name a means, not an agent ("said by telephone")."""
_TIME_CLAUSES = frozenset({"after", "before", "when", "as", "while", "once", "until"})
"""Openers of a clause of time right after a cue ("tweeted after Roe argued ...")."""
_OPENERS = frozenset({"while", "whereas", "although", "though", "as", "when", "whenever",
                      "if", "unless", "because", "since", "after", "before", "once", "until"})
"""Words that open an adverbial clause before the main one ("While Roe maintains A, B")."""
_RELATIVES = frozenset({"who", "whom", "whose", "which", "where"})
_CONTRASTS = frozenset({"while", "whereas", "although", "though", "but", "yet"})
"""Words that set a second speaker against the first ("X said A while Y insisted B")."""
_FINITE = frozenset({Form.PAST, Form.PRESENT, Form.BASE})
"""Forms of a cue after its subject ("Y insisted", "Y insists", "critics insist")."""
_NO_RIVALS = frozenset({
    "see", "seem", "appear", "show", "find", "favor", "support", "oppose", "prefer", "want",
    "wish", "plan", "intend", "seek", "know", "understand", "realize", "recognize", "imagine",
    "envision", "remember", "consider", "regret", "continue", "decide", "discuss", "compare",
    "thank", "cheer", "welcome", "press", "view", "sound", "offer", "order", "unveil", "voice",
    "deem", "post"})
"""Cue verbs that, after "while" or "but", rarely bring a second speaker ("while the
economy appeared to ...", "but he did remember ...")."""
_AGENT_ENDS = frozenset({"on", "in", "at", "during", "last", "this", "earlier", "as"})
"""Words after a participle's agent that end it ("echoed by Japan on Saturday")."""


class LeadingCues(Block):
    """The frames of cues that come before their content."""

    def content_after(self, start: int, unit: Unit, head: Cue) -> tuple[int, int, Quote | None]:
        """Token range of the content that starts at ``start``, and its quotation if it is one."""
        toks = self.tokens
        q = quote_opening_at(self.quotes, start)
        if q is not None:
            close = q.close if q.close is not None else len(toks)
            rest = [t for t in toks[close + 1:unit.end] if t.text not in END]
            if not rest:
                return start, min(close + 1, len(toks)), q
        end = start
        while end < unit.end:
            t = toks[end]
            if self.claimed[end] and end > start and not self.inside[end] and not t.is_quote:
                break  # "..., and according to X, Y": Y is taken already
            if self.inside[end]:
                end += 1
                continue
            if t.text == ";":
                break
            if t.text == "," and end + 1 < unit.end and not self.inside[end + 1]:
                w = toks[end + 1].lower
                if w.endswith("ing") and len(w) > 5 and w not in NOT_GERUNDS \
                        and not toks[end + 1].is_capitalized:
                    break  # ", adding that ...", ", leaving ..."
            if t.lower in _CONTRASTS and self._contrasted_cue(start, end, unit):
                if end > start + 1 and toks[end - 1].lower == "even":
                    end -= 1  # "..., even though Y argued B"
                break  # "X said A while Y insisted B": B is Y's
            if t.lower in ("and", "but") and end + 1 < unit.end and head.form in (
                    Form.PAST, Form.PRESENT):
                nxt = cue_at(toks, end + 1, end + 1)
                if nxt is not None and nxt.form is head.form and not self.inside[end + 1] \
                        and is_verb_use(toks, nxt, end + 1):
                    break
            end += 1
        return start, strip_end(toks, start, end), None

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
        if source is not None and cue.form is Form.GERUND and source[1] >= a - 1 \
                and cue.start == cue.head and toks[a - 1].text != "," \
                and spent_time(toks, source[0], a):
            # "He spent his time on the stand attacking X": the subject attacks, not the time
            source = self.main_subject(a, unit)
            if source is None or not self.free(*source):
                return
        elif source is not None and cue.form is Form.GERUND and source[1] == a \
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
                    and person_like(toks[agent[1] - 1]) \
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
        if source is not None and cue.form is Form.PAST and cue.start == cue.head \
                and source[1] == a and self._opening_phrase(source[0], unit) \
                and not toks[source[1] - 1].is_capitalized:
            return  # "In a video posted after the vote, Roe said": a participle after a noun
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
        if self.quoted_speaker(cue, unit):
            # "“...,” Roe said of the resort, “...”": the topic is no content
            start = skip_adjuncts(toks, self.past_trailing_phrase(start, unit), unit.end)
        if start < unit.end and toks[start].text == ",":
            start += 1
        if start >= unit.end or (toks[start].lower in _TIME_CLAUSES
                                 and self._cued_clause(start, unit)):
            return
        if cue.verb.base in SENDING_VERBS:
            sent = self._past_addressee(cue, start, unit)
            if sent > start:
                self.claim(start, sent)  # the addressee and "saying" are no attribution's
                start = sent
        opener = self._opener(source, unit) if source is not None else None
        if opener is not None:
            # "While Roe maintains that A, critics argue B": Roe's content ends with her clause
            stop = self._subordinate_end(start, unit)
            s, e, q = self.content_after(start, Unit(unit.start, stop), cue)
            if opener == "as" and stop < unit.end and e > s and toks[s].lower in PREPOSITIONS \
                    and toks[s].lower != "to" and not any(t.lower == "that" for t in toks[s:e]):
                # "As Roe notes in her book, A": the main clause is what she notes
                s, e, q = self.content_after(stop + (toks[stop].text == ","), unit, cue)
        else:
            s, e, q = self.content_after(start, unit, cue)
        if e <= s or self._asks_anonymity(cue, s) or (q is None and self._asks_only(cue, s, e)):
            return
        if q is None and toks[s].lower in ("and", "or") and s > b \
                and cue.verb.frame is Frame.RECIPIENT:
            # "told reporters and officials that ...": a second hearer; "could tell stories
            # and share ideas": the object, then another verb, and nothing told
            k = skip_recipient(toks, s + 1, unit.end)
            if k < unit.end and toks[k].text == ":":
                k += 1  # "told MPs and peers: “...”"
            if k >= unit.end or not (toks[k].lower == "that" or toks[k].is_quote
                                     or toks[k].lower in PERSONAL_SUBJECTS):
                return
            s, e, q = self.content_after(k, unit, cue)
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
            first = quote_closing_at(self.quotes, k)
            if first is not None and self.free(first.open, k + 1):
                self.add(source, (a, b), (first.open, k + 1), first, cue.head)
        if q is not None and q.close is not None and is_title(toks[q.open + 1:q.close]):
            return  # "told CNN’s “The Lead.”": a programme's name, nothing said
        self.add(source, (a, b), (s, e), q, cue.head, inherited, gap)

    def _contrasted_cue(self, start: int, k: int, unit: Unit) -> bool:
        """True when the contrasting word at ``k`` ("while", "whereas", "but") opens a
        clause whose subject says or thinks something of its own: a short source phrase
        right after it, then a finite active cue of saying or opinion ("while the
        inspectors insisted ..."), after some words of the content that starts at
        ``start`` and outside brackets."""
        toks = self.tokens
        floor = k + 1
        if floor >= unit.end or toks[floor].lower in PREPOSITIONS or sum(
                t.is_word and t.lower != "that" for t in toks[start:k]) < 2:
            return False  # "that while he agreed, ...": no content before the clause
        for i in range(floor + 1, min(unit.end, floor + 7)):
            t = toks[i]
            if self.inside[i] or not t.is_word:
                return False
            entry = LEXICON.get(t.lower)
            if entry is None or entry[1] not in _FINITE or not t.text.islower():
                continue
            cue = cue_at(toks, i, floor)
            if cue is None or cue.verb.base in _NO_RIVALS or is_passive(toks, cue) \
                    or not is_verb_use(toks, cue, floor) \
                    or (cue.end < unit.end and toks[cue.end].lower in AUXILIARIES):
                return False
            source = self.source_before(cue.start, floor)
            return source is not None and source[0] == floor \
                and "(" not in (t.text for t in toks[start:k])
        return False

    def _opener(self, source: tuple[int, int], unit: Unit) -> str | None:
        """The word that opens the unit's adverbial clause right before ``source``
        ("While", "Although", "As", "Even though"), after "And" or "But"; else None."""
        k = source[0] - 1
        toks = self.tokens
        if k < unit.start or toks[k].lower not in _OPENERS:
            return None
        j = k - 1 if k - 1 >= unit.start and toks[k - 1].lower == "even" else k
        while j > unit.start and (toks[j - 1].lower in LEADERS or toks[j - 1].is_quote):
            j -= 1
        return toks[k].lower if j == unit.start else None

    def _subordinate_end(self, start: int, unit: Unit) -> int:
        """Where an adverbial clause whose content starts at ``start`` ends: at its first
        comma outside quotations and brackets, but for one that opens a relative clause,
        one that closes it before a verb ("the roads, which were built in 1990, are
        safe"), one before a year or an abbreviated state ("Reno, Nev.,"); past a
        quotation that closes on a comma ("said he would “protect our farms,” the crowd
        ..."). The unit's end when there is none."""
        toks = self.tokens
        depth = 0
        aside = False
        for k in range(start + 1, unit.end - 1):
            t = toks[k]
            if t.text != ",":
                if t.text == "(":
                    depth += 1
                elif t.text == ")" and depth:
                    depth -= 1
                continue
            nxt = toks[k + 1]
            if depth:
                continue
            if self.inside[k]:
                if nxt.is_quote and quote_closing_at(self.quotes, k + 1) is not None:
                    return k + 2
                continue
            if nxt.lower in _RELATIVES:
                aside = True  # the comma that closes the relative clause may end it
                continue
            if (aside and nxt.lower in AUXILIARIES) or nxt.text[0].isdigit() or (
                    nxt.text.endswith(".") and k + 2 < unit.end and toks[k + 2].text == ","):
                aside = False
                continue
            return k
        return unit.end

    def _past_addressee(self, cue: Cue, start: int, unit: Unit) -> int:
        """Where the words sent start after "wrote to the council saying ...": past the
        addressee and "saying" (or at "that"), when one follows within a few words."""
        toks = self.tokens
        if cue.verb.base not in SENDING_VERBS or start >= unit.end or toks[start].lower != "to":
            return start
        for k in range(start + 1, min(unit.end - 1, start + 9)):
            t = toks[k]
            if t.lower == "saying" or (t.lower == "that" and toks[k - 1].lower != "to"):
                nxt = k + 1 if t.lower == "saying" else k
                if nxt < unit.end and toks[nxt].text == ":":
                    nxt += 1
                return nxt
            if not t.is_word and t.text != ",":
                break
        return start

    def _cued_clause(self, start: int, unit: Unit) -> bool:
        """True for an adverbial clause at ``start`` with a cue of its own ("tweeted after
        Roe argued that ..."): what follows is that cue's content, not this one's."""
        toks = self.tokens
        if toks[start].lower not in _TIME_CLAUSES:
            return False
        for k in range(start + 1, min(unit.end, start + 8)):
            if toks[k].text in END or toks[k].text == "," or self.inside[k]:
                return False
            if finite_cue(toks[k]) and k > start + 1:
                return self._that_follows(k + 1, unit)
        return False

    def _that_follows(self, start: int, unit: Unit) -> bool:
        """True when "that" or a quotation opens the clause's content within a few words
        ("argued for the second straight debate that “...”"), before any comma."""
        toks = self.tokens
        for k in range(start, min(unit.end, start + 8)):
            if toks[k].lower == "that" or quote_opening_at(self.quotes, k) is not None:
                return True
            if toks[k].text in END or toks[k].text == ",":
                return False
        return False

    def _opening_phrase(self, start: int, unit: Unit) -> bool:
        """True when ``start`` follows the preposition that opens the unit ("In a video
        posted ..."), not one after a noun ("50% of those questioned said")."""
        toks = self.tokens
        p = unit.start
        while p < start and toks[p].lower in LEADERS:
            p += 1
        return p == start - 1 and toks[p].lower in PREPOSITIONS \
            and toks[start].lower in ("a", "an", "the", "his", "her", "its", "their")

    def _asks_only(self, cue: Cue, start: int, end: int) -> bool:
        """"The host asked Roe.", "the lawyer questioning Roe let him talk": whom a
        question was put to, and no question: the content is only that person, or, after a
        participle on its noun, that person and the verb of the main clause."""
        if cue.verb.base not in ("ask", "question"):
            return False
        toks = self.tokens
        r = skip_recipient(toks, start, end)
        if r <= start or not (person_like(toks[r - 1]) or toks[r - 1].lower in OBJECT_PRONOUNS):
            return False
        if r >= end:
            return cue.verb.base == "ask"
        nxt = toks[r]
        return cue.form is Form.GERUND and cue.start > 0 and toks[cue.start - 1].is_word \
            and nxt.is_word and nxt.text.islower() and nxt.lower not in _CONTENT_OPENERS \
            and nxt.lower not in DETERMINERS and nxt.lower not in PREPOSITIONS \
            and not is_participle(nxt) and not nxt.lower.endswith("ly")

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
            while p < before and (toks[p].lower in LEADERS or toks[p].lower in ADVERBS):
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
            if not toks[p].is_capitalized or w in NOT_SUBJECT_STARTERS or (
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
                after.endswith("s") and after not in CUE_WORDS and after not in AUXILIARIES):
            return None
        if subject[1] - subject[0] >= 2 or (
                toks[subject[0]].is_capitalized
                and self.gazetteer.full_names(toks[subject[0]].text)):
            return subject
        return None

    def _after_conjunction(self, a: int, unit: Unit) -> bool:
        """True for "..., but (,) according to": the clause after the source is what it
        says, not the clause before the conjunction."""
        toks = self.tokens
        k = a - 1 if a - 1 >= unit.start and toks[a - 1].text == "," else a
        return k - 2 >= unit.start and toks[k - 1].lower in ("but", "and", "yet", "so") \
            and toks[k - 2].text == ","

    def _according(self, cue: Cue, unit: Unit) -> None:
        toks = self.tokens
        a, b = cue.start, cue.end
        lead = a
        while lead > unit.start and toks[lead - 1].lower in ("but", "and", "yet", "so"):
            lead -= 1
        if self._after_conjunction(a, unit):
            # "The town grew, but, according to Roe, the cost has been higher rents."
            source = source_after(toks, b, unit.end)
            if source is not None and source[1] + 1 < unit.end and toks[source[1]].text == ",":
                s, e, q = self.content_after(source[1] + 1, unit, cue)
                if e - s >= 3 and self.free(s, e):
                    self.add(source, (a, b), (s, e), q, cue.head)
                return
        source = source_after(toks, b, unit.end, whole_clause=lead > unit.start)
        if source is None:
            return
        if lead == unit.start:
            start = source[1]
            if start < unit.end and toks[start].text == ",":
                start += 1
            s, e, q = self.content_after(start, unit, cue)
        else:
            s, e, q = unit.start, strip_end(toks, unit.start, a), None
            if not self.free(s, e):
                return
        self.add(source, (a, b), (s, e), q, cue.head)
