"""Who is who: pronouns, short names and descriptions resolved to one source each.

Attributions are read in order. Each source phrase is parsed into a ``Mention`` and
matched against the sources met so far:

* a proper name matches a source with the same name, or one whose name ends with it
  ("Smith" -> "John Smith"; a later "John Smith" takes over an earlier "Smith"), or
  whose initials it is ("FBI" -> "Federal Bureau of Investigation");
* "he"/"she" take the latest person named before them (as a source, or as the subject
  of a recent sentence), "it" the latest organisation, "they" the latest group;
* "who"/"which" take the phrase they follow ("Roe, who said");
* a definite description ("the ministry", "the company", "the senator") takes the
  latest source whose name, title or description has that word, or whose kind fits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from briefing.analysis.attribution.kinds import classify, is_anonymous, is_country
from briefing.analysis.attribution.names import (
    ORG_WORDS,
    PERSONAL_PRONOUNS,
    TITLE_WORDS,
    Mention,
    parse_mention,
)
from briefing.analysis.attribution.tokens import tokenize
from briefing.analysis.attribution.wordclasses import CLAUSE_WORDS, DETERMINERS, PREPOSITIONS
from briefing.model import SourceKind

UNNAMED = "unnamed source"
"""Name of the source of attributions that name nobody ("it was reported that ...")."""

_KIND_NOUNS: dict[str, frozenset[SourceKind]] = {
    "company": frozenset({SourceKind.ORGANIZATION}),
    "firm": frozenset({SourceKind.ORGANIZATION}),
    "group": frozenset({SourceKind.ORGANIZATION, SourceKind.OTHER}),
    "organization": frozenset({SourceKind.ORGANIZATION}),
    "campaign": frozenset({SourceKind.ORGANIZATION}),
    "newspaper": frozenset({SourceKind.MEDIA}),
    "paper": frozenset({SourceKind.MEDIA}),
    "network": frozenset({SourceKind.MEDIA}),
    "outlet": frozenset({SourceKind.MEDIA}),
    "magazine": frozenset({SourceKind.MEDIA}),
    "broadcaster": frozenset({SourceKind.MEDIA}),
    "government": frozenset({SourceKind.GOVERNMENT}),
    "country": frozenset({SourceKind.GOVERNMENT}),
    "agency": frozenset({SourceKind.GOVERNMENT}),
    "military": frozenset({SourceKind.MILITARY}),
    "army": frozenset({SourceKind.MILITARY}),
}
_TITLE_NOUNS = {
    "sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general",
    "pres.": "president", "prof.": "professor", "dr.": "doctor", "amb.": "ambassador",
    "sens.": "senator", "reps.": "representative", "col.": "colonel", "adm.": "admiral",
}
_PERSON_KINDS = frozenset({SourceKind.PERSON, SourceKind.OFFICIAL, SourceKind.EXPERT})
_GROUP_HEADS = frozenset({"democrats", "republicans", "conservatives", "liberals",
                          "progressives", "americans", "evangelicals", "independents",
                          "voters", "supporters", "critics", "opponents"})
_FUNCTION_WORDS = CLAUSE_WORDS | PREPOSITIONS | DETERMINERS | {"it", "there", "here"}
_SENTENCE_LEADERS = frozenset({"but", "and", "so", "yet", "still", "meanwhile", "then",
                               "however", "now", "also", "later", "earlier", "mr.", "mrs.",
                               "ms.", "dr."})


@dataclass(slots=True)
class Entity:
    """One source being built: its best name and everything said about it."""

    name: str
    proper: bool
    head: str
    kind: SourceKind
    anonymous: bool
    words: set[str]
    last: int
    """Plain offset of its latest mention."""
    aliases: set[str] = field(default_factory=set)
    members: list[int] = field(default_factory=list)
    """Indexes of the attributions that belong to it."""

    @property
    def person(self) -> bool:
        """True when the source is a single person (not a group or an organisation)."""
        if self.kind not in _PERSON_KINDS:
            return False
        return not (self.head.endswith("s") and not self.proper)

    @property
    def last_word(self) -> str:
        """Last word of the name, lower case: "smith" for "John Smith"."""
        return self.name.split()[-1].lower().rstrip(".,") if self.name else ""


@dataclass(frozen=True, slots=True)
class Resolved:
    """A finished source: name, kind, anonymity, aliases and its attributions."""

    name: str
    kind: SourceKind
    anonymous: bool
    aliases: tuple[str, ...]
    members: tuple[int, ...]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _new_entity(m: Mention, at: int) -> Entity:
    anonymous = is_anonymous(m.name, m.proper, m.head, m.words)
    kind = classify(m.name, m.proper, m.head, m.words, anonymous)
    if m.proper and m.head in _GROUP_HEADS:
        kind = SourceKind.OTHER
    if m.pronoun in PERSONAL_PRONOUNS:
        kind = SourceKind.PERSON
    return Entity(m.name, m.proper, m.head, kind, anonymous, set(m.words), at)


class Resolver:
    """Resolves source phrases, in reading order, to entities."""

    def __init__(self, text: str, sentence_starts: Sequence[int]) -> None:
        self.text = text
        self.sentence_starts = sentence_starts
        self.entities: list[Entity] = []
        self._subjects: dict[int, Entity | None] = {}
        self._seen: dict[tuple[int, str | None], Entity] = {}
        """Entities by source occurrence: one phrase is one source, however many quotes."""

    # ------------------------------------------------------------------ matching

    def _by_name(self, m: Mention) -> Entity | None:
        low = m.name.lower()
        for e in reversed(self.entities):
            if e.name.lower() == low or low in {a.lower() for a in e.aliases}:
                return e
        if not m.proper:
            return None
        words = low.split()
        for e in reversed(self.entities):
            if not e.proper or e.kind not in _PERSON_KINDS | {SourceKind.OTHER}:
                continue
            ewords = e.name.lower().split()
            if len(words) == 1 and len(ewords) > 1 and ewords[-1] == words[0]:
                return e  # "Smith" after "John Smith"
        for e in reversed(self.entities):
            if len(words) == 1 and len(m.name) >= 2 and m.name.isupper() \
                    and _initials(e.name) == m.name:
                return e  # "FBI" after "Federal Bureau of Investigation"
        return None

    def _by_description(self, m: Mention, at: int) -> Entity | None:
        head = m.head
        kinds = _KIND_NOUNS.get(head)
        for e in reversed(self.entities):
            if e.last >= at:
                continue
            titles = {_TITLE_NOUNS.get(w, w) for w in e.words}
            if head == e.head or head in titles or (
                    head in e.name.lower().split()):
                return e
            if kinds is not None and e.kind in kinds and e.proper:
                return e
        return None

    def _subject(self, sentence: int) -> Entity | None:
        """The person or organisation a sentence starts with, if it names one."""
        if sentence in self._subjects:
            return self._subjects[sentence]
        start = self.sentence_starts[sentence]
        end = self.sentence_starts[sentence + 1] if sentence + 1 < len(
            self.sentence_starts) else len(self.text)
        toks = tokenize(self.text[start:min(end, start + 200)], start)
        i = 0
        while i < len(toks) and toks[i].lower in _SENTENCE_LEADERS - {"mr.", "mrs.", "ms.",
                                                                      "dr."}:
            i += 1
        j = i
        while j < len(toks) and (toks[j].is_capitalized or toks[j].lower in ("’s", "'s")):
            j += 1
        found = None
        if i < j < len(toks) and toks[j].text[0].isalpha() and not toks[j].is_capitalized \
                and toks[i].lower not in _FUNCTION_WORDS \
                and toks[i].lower not in TITLE_WORDS - {"mr.", "mrs.", "ms.", "dr.", "sen.",
                                                        "rep.", "gov.", "gen."}:
            m = parse_mention(self.text[toks[i].start:toks[j - 1].end])
            if m.proper and not is_country(m.name):
                found = self._by_name(m) or _new_entity(m, toks[i].start)
        self._subjects[sentence] = found
        return found

    def _sentence_of(self, at: int) -> int:
        lo, hi = 0, len(self.sentence_starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentence_starts[mid] <= at:
                lo = mid + 1
            else:
                hi = mid
        return max(0, lo - 1)

    def _pronoun(self, pronoun: str, at: int) -> Entity | None:
        def fits(e: Entity) -> bool:
            unknown = e.proper and e.kind is SourceKind.OTHER and e.head not in _GROUP_HEADS
            if pronoun in ("he", "she", "i"):
                return e.person or unknown
            if pronoun == "it":
                return not e.person and not (e.head.endswith("s") and not e.proper)
            if pronoun in ("they", "we"):
                return not e.person
            return False

        sentence = self._sentence_of(at)
        near = self._earlier_in_sentence(sentence, at, fits)
        if near is not None:
            return near
        best: Entity | None = None
        for e in reversed(self.entities):
            if e.last < at and fits(e):
                best = e
                break
        for s in range(sentence, max(-1, sentence - 3), -1):
            subj = self._subject(s)
            if subj is None or not fits(subj) or self.sentence_starts[s] >= at:
                continue
            if best is None or best.last < self.sentence_starts[s]:
                if subj not in self.entities:
                    self.entities.append(subj)
                return subj
            break
        return best

    def _earlier_in_sentence(self, sentence: int, at: int, fits: Callable[[Entity], bool]
                             ) -> Entity | None:
        """The nearest fitting name before offset ``at`` in its sentence, quotes aside."""
        start = self.sentence_starts[sentence] if self.sentence_starts else 0
        if at - start > 400:
            start = at - 400
        toks = tokenize(self.text[start:at], start)
        runs: list[tuple[int, int]] = []
        inside = False
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.is_quote:
                inside = not inside
                i += 1
                continue
            if inside or not t.is_capitalized or i == 0:
                i += 1
                continue
            j = i
            while j < len(toks) and toks[j].is_capitalized and not toks[j].is_quote:
                j += 1
            runs.append((toks[i].start, toks[j - 1].end))
            i = j
        for s, e in reversed(runs):
            m = parse_mention(self.text[s:e])
            if not m.proper:
                continue
            known = self._by_name(m)
            candidate = known or _new_entity(m, s)
            if fits(candidate) and (known is not None or candidate.kind is not SourceKind.OTHER):
                if known is None:
                    self.entities.append(candidate)
                return candidate
        return None

    # ------------------------------------------------------------------ entry

    def resolve(self, index: int, surface: str | None, at: int,
                antecedent: str | None = None) -> Entity:
        """The entity behind source phrase ``surface`` (None: nobody named) at offset ``at``."""
        key = (at, surface)
        if key in self._seen:
            return self._attach(self._seen[key], index, at, None)
        entity = self._resolve(index, surface, at, antecedent)
        self._seen[key] = entity
        return entity

    def _resolve(self, index: int, surface: str | None, at: int,
                 antecedent: str | None) -> Entity:
        if surface is None:
            m = Mention(UNNAMED, UNNAMED, False, None, "source", frozenset(), False)
            unnamed = self._by_name(m) or self._add(m, at)
            unnamed.anonymous = True
            unnamed.kind = SourceKind.ANONYMOUS
            return self._attach(unnamed, index, at, None)
        m = parse_mention(surface)
        if m.pronoun in ("who", "which", "that") and antecedent:
            m = parse_mention(antecedent)
        entity: Entity | None = None
        if m.pronoun is not None:
            entity = self._pronoun(m.pronoun, at) or self._by_name(m) or self._add(m, at)
            if m.pronoun in ("he", "she") and entity.kind in (SourceKind.OTHER,
                                                             SourceKind.ORGANIZATION):
                entity.kind = SourceKind.PERSON
            return self._attach(entity, index, at, None)
        if m.proper:
            entity = self._by_name(m)
            if entity is not None and len(m.name.split()) > len(entity.name.split()) \
                    and m.name.lower().endswith(entity.name.lower()):
                entity.aliases.add(entity.name)
                entity.name = m.name  # "Smith" first, "John Smith" later
        elif m.definite:
            entity = self._by_description(m, at) or self._by_name(m)
        else:
            entity = self._by_name(m)
        if entity is None:
            entity = self._add(m, at)
        return self._attach(entity, index, at, m)

    def _add(self, m: Mention, at: int) -> Entity:
        entity = _new_entity(m, at)
        self.entities.append(entity)
        return entity

    def _attach(self, entity: Entity, index: int, at: int, m: Mention | None) -> Entity:
        entity.members.append(index)
        entity.last = max(entity.last, at)
        if m is not None:
            entity.words |= m.words
            if m.name != entity.name:
                entity.aliases.add(m.name)
            if not entity.proper and m.proper:
                entity.name, entity.proper, entity.head = m.name, True, m.head
            if entity.anonymous and m.proper:
                entity.anonymous = False
            if entity.kind is SourceKind.OTHER or (entity.kind is SourceKind.PERSON
                                                   and not m.pronoun):
                entity.kind = classify(entity.name, entity.proper, entity.head,
                                       entity.words, entity.anonymous)
        return entity

    def finish(self) -> list[Resolved]:
        """The sources with at least one attribution, merged where one name ends another."""
        live = [e for e in self.entities if e.members]
        # "Smith" (met first) and "John Smith" (met later) are one source
        for e in live:
            if not e.proper or len(e.name.split()) != 1 or not e.members:
                continue
            longer = [o for o in live if o is not e and o.proper and o.members
                      and len(o.name.split()) > 1 and o.last_word == e.name.lower()
                      and o.head not in ORG_WORDS]
            if len(longer) == 1:
                target = longer[0]
                target.members.extend(e.members)
                target.aliases.add(e.name)
                target.aliases |= e.aliases
                e.members = []
        out = []
        for e in live:
            if not e.members:
                continue
            aliases = tuple(sorted(a for a in e.aliases if a != e.name
                                   and a.lower() not in ("he", "she", "it", "they", "we", "i",
                                                         "who", "which", "that", "you")))
            out.append(Resolved(e.name, e.kind, e.anonymous, aliases, tuple(sorted(e.members))))
        return out
