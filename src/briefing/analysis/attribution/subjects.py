"""The names a sentence is about: its subject, the subjects of its clauses, and the names
before a point in it.

A "he" or "she" stands for the person mentioned last, and that is often no source at all
but the subject of a recent sentence ("Okafor arrived late. He said ..."). ``Subjects``
reads, for one article:

* a sentence's subject: the capitalised run that opens it and that a lower-case verb or an
  appositive follows, after leading words ("But", "Meanwhile") and titles ("Mayor Maria
  Lopez"); the name after role words ("Tory co-chairman Liam Fox"); an indefinite person
  set off by a comma ("A nurse at the hospital, who asked not to be named, ...");
* the subjects of later clauses ("..., but Mr Milburn is ...", "; X said"), the subject
  after an opening adverbial ("During a town hall, Tina Houchins had ..."), and the
  possessor of a subject ("Herzog's party is in the lead");
* the nearest name before a point in a sentence, quotations and names that modify a noun
  aside, names inside prepositional phrases last.

It finds and makes entities through the resolver (``Lookup``), so that a name met as a
subject is the same entity when it later speaks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from typing import Protocol

from briefing.analysis.attribution.entities import Entity
from briefing.analysis.attribution.evidence import FUNCTION_WORDS, OPENING_WORDS, NameEvidence
from briefing.analysis.attribution.kinds import is_country, is_person_noun
from briefing.analysis.attribution.names import PRONOUNS, TITLE_WORDS, Mention
from briefing.analysis.attribution.runs import (
    appositive_follows,
    fronted_opener,
    modifier_run,
    name_after_role,
    oblique_run,
    possessive_length,
    role_follows,
)
from briefing.analysis.attribution.tokens import QUOTE_MARKS, BlockTokens, Token, tokenize
from briefing.analysis.attribution.wordclasses import DAYS, POSSESSIVES, TIME_WORDS
from briefing.model import SourceKind

_SENTENCE_LEADERS = frozenset({"but", "and", "so", "yet", "still", "meanwhile", "then",
                               "however", "now", "also", "later", "earlier", "mr.", "mrs.",
                               "ms.", "dr."})


_CLAUSE_LEADERS = _SENTENCE_LEADERS - {"mr.", "mrs.", "ms.", "dr."}
"""Words before a sentence's subject ("But", "Meanwhile")."""


_CLAUSE_JOINS = frozenset({"but", "while", "whereas", "though", "although"})
"""Words that join a clause with a subject of its own to the sentence ("..., but X is")."""


TITLES_NOT_NAMES = TITLE_WORDS - {"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen."}
"""Titles that do not open a name as a subject ("Former", "President"; not "Mr.")."""


_SUBJECT_SPAN = 400
"""How much of a sentence is read for the subjects of its clauses (characters)."""


_SPLIT_CONTRACTION = re.compile(r"[’']")


_PLURAL_VERBS = frozenset({"are", "were", "have", "say", "think", "believe", "want"})
"""Verbs after a subject that make it plural ("Veritas are starting")."""


def sentence_of(starts: Sequence[int], at: int) -> int:
    """Index of the sentence (by its start offsets ``starts``) that offset ``at`` falls in."""
    return max(0, bisect_right(starts, at) - 1)


class Lookup(Protocol):
    """What ``Subjects`` needs of the resolver: its entities and how it finds and makes them."""

    entities: list[Entity]
    names: NameEvidence

    def parse(self, phrase: str) -> Mention:
        """The phrase read as a mention."""
        ...

    def by_name(self, m: Mention, at: int | None = None) -> Entity | None:
        """The entity already met that ``m`` names, if any."""
        ...

    def short_name(self, m: Mention, at: int) -> Entity | None:
        """An entity for an acronym, a company's first word or a surname, if any."""
        ...

    def new_entity(self, m: Mention, at: int) -> Entity:
        """A new entity for ``m`` (not yet among ``entities``)."""
        ...


class Subjects:
    """The subjects of one article's sentences, read when first asked for and kept."""

    def __init__(self, text: str, sentence_starts: Sequence[int], lookup: Lookup,
                 tokens: BlockTokens | None = None) -> None:
        self.text = text
        self.tokens = tokens
        """The article's block tokens, when read already: stretches are taken from them."""
        self.sentence_starts = sentence_starts
        self.lookup = lookup
        self._subjects: dict[int, Entity | None] = {}
        self._clauses: dict[int, list[tuple[int, Entity, bool]]] = {}
        """``clause_subjects`` of each sentence, once looked at."""
        self._tokens: dict[int, list[Token]] = {}
        """The tokens of the first ``_SUBJECT_SPAN`` characters of each sentence looked at."""
        self._subject_at: dict[int, int] = {}
        """Offset of the first word of each sentence's subject, once looked at."""

    def last_as_subject(self, entity: Entity, first: int, last: int) -> int:
        """The latest offset at which ``entity`` is the subject of a sentence ``first`` to
        ``last`` (those already read), or -1."""
        return max([-1] + [self._subject_at.get(s, -1) for s in range(first, last + 1)
                           if self._subjects.get(s) is entity])

    def subject(self, sentence: int) -> Entity | None:
        """The person or organisation a sentence starts with, if it names one."""
        if sentence in self._subjects:
            return self._subjects[sentence]
        toks = self._sentence_tokens(sentence)
        i = 0
        while i < len(toks) and toks[i].lower in _CLAUSE_LEADERS:
            i += 1
        j = i
        while j < len(toks) and (toks[j].is_capitalized or toks[j].lower in ("’s", "'s")):
            j += 1
        found = self._described_subject(toks, i)
        if i < len(toks):
            self._subject_at[sentence] = toks[i].start
        if j == i + 1 and i < len(toks) and self.lookup.names.common_word(toks[i].text):
            j = i  # "Spitting at ...", "It's amazing": no name opens the sentence
        if i < j < len(toks) and role_follows(toks, j):
            # "Tory co-chairman Liam Fox has ...": the name after the role; "Tory
            # delegates are ...": a modifier of the role, no name
            j = name_after_role(toks, j)
        k = i  # "Mayor Maria Lopez spoke ...": the name after the titles
        while k < j and toks[k].lower in TITLES_NOT_NAMES:
            k += 1
        if k < j < len(toks) and toks[k].lower not in FUNCTION_WORDS and (
                (toks[j].text[0].isalpha() and not toks[j].is_capitalized)
                or appositive_follows(toks, k, j)) \
                and not toks[j - 1].lower.endswith(("’s", "'s")):  # "Snow's plan": no subject
            found = self._proper_source(toks, k, j, toks[i].start) or found
        self._subjects[sentence] = found
        return found

    def _fronted_subject(self, toks: Sequence[Token], i: int
                         ) -> tuple[int, Entity, bool] | None:
        """The name that is the subject after an opening adverbial ("During a town hall,
        Tina Houchins had ..."), or whose possessive opens the clause; not a modifier of a
        role ("As ..., Mexican officials conducted ...")."""
        j = i
        while j < len(toks) and toks[j].is_capitalized and not toks[j].is_quote:
            j += 1
        if i < j < len(toks) and role_follows(toks, j):
            return None
        return self._clause_name(toks, i) or self._possessor(toks, i)

    def _possessor(self, toks: Sequence[Token], i: int) -> tuple[int, Entity, bool] | None:
        """The name whose possessive opens the clause at ``toks[i]`` ("Herzog's party is in
        the lead").

        Not the subject, but the person the clause is about: a later "he" may stand for
        them. Only when the sentence has no named subject of its own.
        """
        while i < len(toks) and toks[i].lower in _CLAUSE_LEADERS:
            i += 1
        j = i
        while j < len(toks) and toks[j].is_capitalized and not toks[j].is_quote \
                and not toks[j].lower.endswith(POSSESSIVES):
            j += 1
        if j >= len(toks) or not toks[j].is_capitalized \
                or not toks[j].lower.endswith(POSSESSIVES) or j + 1 >= len(toks) \
                or not toks[j + 1].text[:1].isalpha():
            return None
        k = i
        while k < j and toks[k].lower in TITLES_NOT_NAMES:
            k += 1
        end = toks[j].end - possessive_length(toks[j].lower)
        last = self.text[toks[j].start:end]
        if toks[k].lower in FUNCTION_WORDS or last.lower() in DAYS \
                or last.lower() in TIME_WORDS or (k == j and self.lookup.names.common_word(last)):
            return None  # "Thursday's memo", "Today's ruling": no one's
        text = self.text[toks[k].start:end]
        m = self.lookup.parse(text)
        if not m.proper or is_country(m.name):
            return None
        entity = self.lookup.by_name(m, toks[k].start) or self.lookup.short_name(m, toks[k].start) \
            or self.lookup.new_entity(m, toks[k].start)
        return toks[k].start, entity, False

    def _sentence_tokens(self, sentence: int) -> list[Token]:
        """The tokens of a sentence's first ``_SUBJECT_SPAN`` characters (kept)."""
        toks = self._tokens.get(sentence)
        if toks is None:
            start = self.sentence_starts[sentence]
            end = self.sentence_starts[sentence + 1] if sentence + 1 < len(
                self.sentence_starts) else len(self.text)
            toks = self._tokens[sentence] = self._between(start, min(end, start + _SUBJECT_SPAN))
        return toks

    def _between(self, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]`` (``tokenize``)."""
        if self.tokens is not None:
            return self.tokens.between(start, end)
        return list(tokenize(self.text[start:end], start))

    def _proper_source(self, toks: Sequence[Token], k: int, j: int, at: int,
                       ) -> Entity | None:
        """The source that the proper name ``toks[k:j]`` names (new ones first met at ``at``);
        None if it names no source or a country."""
        m = self.lookup.parse(self.text[toks[k].start:toks[j - 1].end])
        if not m.proper or is_country(m.name):
            return None
        return self.lookup.by_name(m, at) or self.lookup.short_name(m, at) \
            or self.lookup.new_entity(m, at)

    def _described_subject(self, toks: Sequence[Token], i: int) -> Entity | None:
        """"A nurse at the hospital, who asked not to be named, ...": an unnamed person.

        Only an indefinite singular description of a person set off by a comma or "who",
        so that a later "she" can take it.
        """
        if i >= len(toks) or toks[i].lower not in ("a", "an"):
            return None
        for k in range(i + 2, min(len(toks), i + 16)):
            if toks[k].text in (",", "(", "—") or toks[k].lower == "who":
                m = self.lookup.parse(self.text[toks[i].start:toks[k - 1].end])
                if m.proper or m.plural or not is_person_noun(m.head) \
                        or m.head in TIME_WORDS:
                    return None
                return self.lookup.by_name(m) or self.lookup.new_entity(m, toks[i].start)
            if toks[k].is_quote or toks[k].text in (".", ";", ":"):
                return None
        return None

    def clause_subjects(self, sentence: int) -> list[tuple[int, Entity, bool]]:
        """The named subjects of a sentence's clauses, with the offset of each, in order.

        The sentence's subject (``_subject``), then the name that opens a clause after
        "but", "while", "whereas", "though", "although" or ";" ("Mr Brown has headed the
        campaign before but Mr Milburn is taking that role"): the latest is the person a
        later "he" stands for, before an earlier one. The flag says that the verb is
        plural ("while Veritas are starting"): a "they", not a "he".
        """
        if sentence in self._clauses:
            return self._clauses[sentence]
        out: list[tuple[int, Entity, bool]] = []
        subject = self.subject(sentence)
        if subject is not None:
            out.append((self._subject_at.get(sentence, self.sentence_starts[sentence]), subject,
                        False))
        toks = self._sentence_tokens(sentence)
        if subject is None:
            owner = self._possessor(toks, 0)
            if owner is not None:
                out.append(owner)
        fronted = bool(toks) and fronted_opener(toks[0]) and (
            subject is None or not subject.person)
        inside = False
        for i, t in enumerate(toks):
            if t.text in QUOTE_MARKS:  # ``t.is_quote``, without a call for every token
                inside = not inside
            if fronted and t.text == ",":
                # "During a town hall, Tina Houchins had ...": the subject after the opener
                fronted = False
                if not inside:
                    named = self._fronted_subject(toks, i + 1)
                    if named is not None:
                        out.append(named)
                continue
            if inside or i == 0 or not (t.lower in _CLAUSE_JOINS or t.text == ";"):
                continue
            named = self._clause_name(toks, i + 1)
            if named is not None:
                out.append(named)
        self._clauses[sentence] = out
        return out

    def _clause_name(self, toks: Sequence[Token], i: int) -> tuple[int, Entity, bool] | None:
        """The name that opens the clause at ``toks[i]`` as its subject, if one does.

        Titles and honorifics may come first ("Mr Milburn", "Mayor Maria Lopez"); a
        lower-case word (the verb) must follow the name.
        """
        while i < len(toks) and toks[i].lower in _CLAUSE_LEADERS:
            i += 1
        j = i
        while j < len(toks) and toks[j].is_capitalized and not toks[j].is_quote:
            j += 1
        if not i < j < len(toks) or not toks[j].text[:1].isalpha() \
                or not toks[j].text[:1].islower() or toks[i].lower in FUNCTION_WORDS \
                or _SPLIT_CONTRACTION.split(toks[i].lower)[0] in PRONOUNS \
                or toks[j - 1].lower.endswith(POSSESSIVES) \
                or (j == i + 1 and self.lookup.names.common_word(toks[i].text)):
            return None
        named = self._proper_source(toks, i, j, toks[i].start)
        if named is None:
            return None
        return toks[i].start, named, toks[j].lower in _PLURAL_VERBS

    def earlier_in_sentence(self, sentence: int, at: int, fits: Callable[[Entity], bool],
                             content: tuple[int, int] | None = None) -> Entity | None:
        """The nearest fitting name before offset ``at`` in its sentence, quotes aside.

        A name that modifies a noun ("a Boca Raton lawyer", "the Obama administration")
        mentions nobody who could speak, and a name inside a prepositional phrase ("on the
        board of the Harwick Club") is taken only when no other name fits: the subject
        ("Ada Okafor, a Lowen lawyer who sits on the board of X, said she ...") comes first.
        Names inside ``content`` (what is attributed) are passed over.
        """
        return self._first_fitting(self._runs_before(sentence, at, content), fits)

    def _runs_before(self, sentence: int, at: int, content: tuple[int, int] | None = None,
                     ) -> list[tuple[int, int, bool]]:
        """The capitalised runs before ``at`` in its sentence that may name someone, as
        ``(start, end, oblique)``, quotes, modifiers and ``content`` aside."""
        start = self.sentence_starts[sentence] if self.sentence_starts else 0
        if at - start > 400:
            start = at - 400
        toks = self._between(start, at)
        runs: list[tuple[int, int, bool]] = []
        inside = False
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.is_quote:
                inside = not inside
                i += 1
                continue
            if inside or not t.is_capitalized or (i == 0 and not self._opens_name(toks)):
                i += 1
                continue
            j = i
            while j < len(toks) and toks[j].is_capitalized and not toks[j].is_quote:
                j += 1
            if content is not None and content[0] <= toks[i].start < content[1]:
                i = j
                continue
            if not modifier_run(toks, i, j):
                end = toks[j - 1].end  # "Mr. Trump's favorite": the name without "'s"
                if j - 1 > i:
                    end -= possessive_length(toks[j - 1].lower)
                runs.append((toks[i].start, end, oblique_run(toks, i)))
            i = j
        return runs

    def _first_fitting(self, runs: list[tuple[int, int, bool]],
                       fits: Callable[[Entity], bool]) -> Entity | None:
        """The first name of ``runs`` (``_names_in``'s order) that fits; a new one fits only
        when it has a kind, and is then added to the entities met."""
        for candidate, known in self._names_in(runs):
            if fits(candidate) and (known or candidate.kind is not SourceKind.OTHER):
                if not known:
                    self.lookup.entities.append(candidate)
                return candidate
        return None

    def names_before(self, sentence: int, at: int) -> list[Entity]:
        """Every proper name before offset ``at`` in its sentence, quotes aside, in the
        order ``earlier_in_sentence`` weighs them, each as the entity it stands for; none
        is added to the entities met."""
        return [candidate for candidate, _ in self._names_in(self._runs_before(sentence, at))]

    def _names_in(self, runs: list[tuple[int, int, bool]]) -> Iterator[tuple[Entity, bool]]:
        """The entity of each proper name among ``runs``, nearest first and names inside a
        prepositional phrase last, with whether it is one already met."""
        for oblique in (False, True):
            for s, e, obl in reversed(runs):
                if obl is not oblique:
                    continue
                m = self.lookup.parse(self.text[s:e])
                if not m.proper:
                    continue
                known = self.lookup.by_name(m, s)
                yield (known, True) if known is not None else (self.lookup.new_entity(m, s),
                                                               False)

    def _opens_name(self, toks: Sequence[Token]) -> bool:
        """True when the first word of a sentence opens a name of two or more words.

        "Michelle F. Tanzer, a lawyer, ..." opens with a name; "In January", "Grandkids:"
        and "Populists in ..." do not.
        """
        first = toks[0]
        low = first.lower
        return len(toks) > 1 and toks[1].is_capitalized and not toks[1].is_quote \
            and low not in FUNCTION_WORDS and low not in TIME_WORDS \
            and low not in OPENING_WORDS and low not in TITLE_WORDS \
            and not self.lookup.names.common_word(first.text)
