"""The sources met so far, and how a name finds one: ``Registry``.

A proper name matches a source with the same name or alias, one whose name ends with it
("Smith" -> "John Smith"), whose initials it is ("FBI" -> "Federal Bureau of
Investigation") or a company whose short name it is ("Kodak" -> "Eastman Kodak Co"). A
name that has not spoken yet may stand for a fuller one the article uses (``short_name``):
an acronym defined in parentheses, the one person of a surname, a company's first word.
A surname that several people of the article share is the one of them ``families`` finds
it stands for there, or, when that is not clear, a source of its own named as written.

``Registry`` holds the article's state for the resolver (its entities, the readers of
phrases and kinds, each read once, and the readers it leans on: ``evidence``,
``subjects``, ``voice``, ``families``), makes entities and gives them attributions
(``_attach``). The rest of the resolver builds on it: ``persons``, ``pronouns``,
``descriptions``, ``resolve``.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence

from briefing.analysis.attribution.entities import AUTHOR, PERSON_KINDS, UNNAMED, Entity
from briefing.analysis.attribution.evidence import (
    GROUP_HEADS,
    NOT_GIVEN,
    PARTY_HEADS,
    NameEvidence,
    may_be_surname,
)
from briefing.analysis.attribution.families import Families, Member
from briefing.analysis.attribution.gazetteer import Gazetteer
from briefing.analysis.attribution.genders import gender_of
from briefing.analysis.attribution.kinds import (
    COMPANY_WORDS,
    HONORIFICS,
    LEGAL_SUFFIXES,
    classify,
    is_anonymous,
    is_company_name,
    is_country,
)
from briefing.analysis.attribution.names import (
    PERSONAL_PRONOUNS,
    TITLE_WORDS,
    Mention,
    parse_mention,
)
from briefing.analysis.attribution.subjects import Subjects, sentence_of
from briefing.analysis.attribution.tokens import BlockTokens, tokenize
from briefing.analysis.attribution.voice import Voice
from briefing.analysis.attribution.wordclasses import CONNECTIVES, TIME_WORDS
from briefing.model import SourceKind

_PERSON_OR_OTHER = PERSON_KINDS | {SourceKind.OTHER}
_TITLES = frozenset(t.rstrip(".") for t in TITLE_WORDS)
"""Title words without their full stop ("sen", "president"), for ``families``."""
_HE_WORDS = frozenset({"he", "him", "his", "himself", "he's", "he’s", "he'd", "he’d"})
_SHE_WORDS = frozenset({"she", "her", "hers", "herself", "she's", "she’s", "she'd", "she’d"})
"""Personal pronouns of one gender ("Clinton said she ...")."""
_NOT_FAMILY_NAMES = NOT_GIVEN | _TITLES | CONNECTIVES
"""Words before a surname that are no first name of a family's member ("The", "However")."""
_COMPANY_LAST_WORDS = COMPANY_WORDS | LEGAL_SUFFIXES | {"corp.", "inc.", "co."}
"""Last words of company names, whose first word alone may stand for them ("Acme")."""


def _core_words(name: str) -> tuple[str, ...]:
    """The first and last words of a company's name before its legal suffixes, lower case
    ("Eastman Kodak Co" -> ("eastman", "kodak"))."""
    words = name.lower().split()
    while len(words) > 1 and words[-1].strip(".,") in LEGAL_SUFFIXES:
        words.pop()
    return (words[0], words[-1]) if len(words) > 1 else ()


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


class Registry:
    """The sources of one article met so far, found and made by name."""

    def __init__(self, text: str, sentence_starts: Sequence[int],
                 gazetteer: Gazetteer | None = None, tokens: BlockTokens | None = None
                 ) -> None:
        """``tokens``: the article's block tokens, when read already (``frames``)."""
        self.text = text
        self.sentence_starts = sentence_starts
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer(text)
        self.entities: list[Entity] = []
        self._seen: dict[tuple[int, str | None], Entity] = {}
        """Entities by source occurrence: one phrase is one source, however many quotes."""
        self._genders: dict[str, str | None] = {}
        """``_gender`` of each name asked about."""
        self._kinds: dict[tuple[str, bool, str, frozenset[str], bool], SourceKind] = {}
        """``classify`` answers by its arguments: an entity is classified again and again."""
        self._mentions: dict[str, Mention] = {}
        """``parse_mention`` of each phrase read so far: the same names recur in an article."""
        self._families: dict[str, tuple[Member, ...]] = {}
        """``_family`` of each name asked about."""
        # The readers below call back into the registry through a weak reference, so that
        # they and the registry make no reference cycle: the article's entities, mentions and
        # tokens are freed as soon as the resolver is, not left to the cycle collector.
        me = weakref.proxy(self)
        self.names = NameEvidence(text, self.gazetteer, lambda phrase: me.parse(phrase),
                                  lambda *args: me._classify(*args))
        """What the article says about its words: common words, people by surname."""
        self.subjects = Subjects(text, sentence_starts, me, tokens)
        """The names each sentence is about, for pronouns."""
        self.voice = Voice(text, sentence_starts, self.subjects)
        """Whose an "I" or a "we" is."""
        self.families = Families(text, self.gazetteer.title, self.names.full_people, _TITLES,
                                 _NOT_FAMILY_NAMES)

    def parse(self, phrase: str) -> Mention:
        """``parse_mention(phrase)``, read once per phrase and article."""
        m = self._mentions.get(phrase)
        if m is None:
            m = self._mentions[phrase] = parse_mention(phrase)
        return m

    def _classify(self, name: str, proper: bool, head: str, words: Iterable[str],
                  anonymous: bool) -> SourceKind:
        """``kinds.classify``, read once per distinct description in the article."""
        key = (name, proper, head, frozenset(words), anonymous)
        kind = self._kinds.get(key)
        if kind is None:
            kind = self._kinds[key] = classify(name, proper, head, words, anonymous)
        return kind

    def new_entity(self, m: Mention, at: int) -> Entity:
        """A new entity for mention ``m`` at offset ``at`` (not yet among the entities).

        A surname that several people of the article share is the one of them it stands
        for here (``families``), or, when that is not clear, a source of its own named as
        written ("Clinton", "Mrs. Clinton").
        """
        members = self._family(m)
        if members:
            member = self._family_member(m, members, at)
            m = self.parse(member.name) if member is not None else Mention(
                m.surface, self._undecided_name(m), True, None, m.head, m.words, False)
            entity = self._entity_of(m, at)
            if entity.kind is SourceKind.OTHER:
                entity.kind = SourceKind.PERSON  # one of several people, whoever it is
            return entity
        return self._entity_of(m, at)

    def _entity_of(self, m: Mention, at: int) -> Entity:
        """A new entity for mention ``m`` as it stands."""
        anonymous = is_anonymous(m.name, m.proper, m.head, m.words)
        kind = self._classify(m.name, m.proper, m.head, m.words, anonymous)
        if m.proper and m.head in GROUP_HEADS:
            kind = SourceKind.ORGANIZATION if m.head in PARTY_HEADS else SourceKind.OTHER
        if m.pronoun in PERSONAL_PRONOUNS:
            kind = SourceKind.PERSON
        return Entity(m.name, m.proper, m.head, kind, anonymous, set(m.words), at)

    def _add(self, m: Mention, at: int) -> Entity:
        entity = self.new_entity(m, at)
        self.entities.append(entity)
        return entity

    def _named(self, name: str, at: int) -> Entity:
        """The source called ``name``, made if it has not spoken yet."""
        m = self.parse(name)
        return self.by_name(m, at) or self._add(m, at)

    def _attach(self, entity: Entity, index: int, at: int, m: Mention | None) -> Entity:
        entity.members.append(index)
        if entity.name not in (UNNAMED, AUTHOR):
            self.voice.reported(at)
        entity.last = max(entity.last, at)
        if m is not None:
            entity.spoke = entity.spoke or (m.proper and m.pronoun is None)
            entity.words |= m.words
            if m.name != entity.name:
                entity.aliases.add(m.name)
            if not entity.proper and m.proper:
                entity.name, entity.proper, entity.head = m.name, True, m.head
            if entity.anonymous and m.proper:
                entity.anonymous = False
            if entity.kind is SourceKind.OTHER or (entity.kind is SourceKind.PERSON
                                                   and not m.pronoun):
                entity.kind = self._classify(entity.name, entity.proper, entity.head,
                                       entity.words, entity.anonymous)
        return entity

    # ------------------------------------------------------------------ matching

    def by_name(self, m: Mention, at: int | None = None) -> Entity | None:
        """The source already met that mention ``m`` names, if any.

        The same name or an alias; "Smith" after "John Smith"; an acronym of a name; a
        company's short name. A surname that several people share is, at offset ``at``,
        the one of them it stands for (``families``), or the source named as written
        when that is not clear.
        """
        if at is not None:
            members = self._family(m)
            if members:
                return self._family_entity(m, members, at)
        low = m.name.lower()
        for e in reversed(self.entities):
            if e.name.lower() == low or low in map(str.lower, e.aliases):
                return e
        words = low.split()
        if m.proper and 2 <= len(words) <= 3 and m.words & HONORIFICS:
            return self._by_family_name(low)  # "Mr Rodriguez Saa", "Mr de la Vega"
        if not m.proper or len(words) != 1:
            return None  # only a one-word name is short for a longer one
        for e in reversed(self.entities):
            if not e.proper or e.kind not in _PERSON_OR_OTHER:
                continue
            ewords = e.name.lower().split()
            if len(ewords) > 1 and ewords[-1] == words[0]:
                return e  # "Smith" after "John Smith"
        for e in reversed(self.entities):
            if e.proper and is_company_name(e.name) and words[0] in _core_words(e.name):
                return e  # "Kodak" after "Eastman Kodak Co", "Nissan" after "Nissan Motor Co"
        acronym = len(m.name) >= 2 and m.name.isupper()
        prefix = len(m.name) >= 4
        for e in reversed(self.entities):
            if acronym and _initials(e.name) == m.name:
                return e  # "FBI" after "Federal Bureau of Investigation"
            if prefix and e.proper and " " not in e.name \
                    and len(e.name) > len(m.name) and e.name.startswith(m.name) \
                    and e.name[len(m.name)].isupper():
                return e  # "Glaxo" after "GlaxoSmithKline"
        return None

    def _by_family_name(self, low: str) -> Entity | None:
        """The person met last whose longer name ends with the family name ``low`` of two
        or three words, written after an honorific ("Mr Rodriguez Saa" -> "Adolfo
        Rodriguez Saa")."""
        for e in reversed(self.entities):
            if e.proper and e.kind in _PERSON_OR_OTHER and e.name.lower().endswith(" " + low):
                return e
        return None

    # ------------------------------------------------------------------ shared surnames

    def _family(self, m: Mention) -> tuple[Member, ...]:
        """The people who share the surname ``m`` names alone; () for any other phrase."""
        if not m.proper or m.pronoun is not None or " " in m.name:
            return ()
        members = self._families.get(m.name)
        if members is None:
            members = self._families[m.name] = self.families.members(m.name) if (
                m.name[:1].isupper() and may_be_surname(m.name)) else ()
        return members  # not "Republicans" after "House Republicans": no surname

    def _family_member(self, m: Mention, members: Sequence[Member], at: int) -> Member | None:
        """The member of a family that the surname ``m`` at ``at`` stands for, if clear."""
        k = m.surface.find(m.name)
        titles = m.surface[:k].split() if k > 0 else []
        sentence = sentence_of(self.sentence_starts, at)
        since = self.sentence_starts[max(0, sentence - 3)] if self.sentence_starts else 0
        paragraph = at
        for _ in range(3):  # this paragraph and the two before it
            paragraph = self.text.rfind("\n", 0, max(0, paragraph - 2)) + 1
        since = min(since, paragraph)

        def known(member: Member) -> tuple[int, str | None]:
            own = [e for e in self.entities if e.proper and (
                e.name in member.names or not member.names.isdisjoint(e.aliases))]
            last = max((e.last for e in own if e.last < at), default=-1)
            words = set().union(*(e.words for e in own))
            return last, gender_of(member.name, words, "")

        return self.families.choose(members, gender_of(m.name, m.words, ""), titles, known,
                                    at, since, self._pronoun_after(m.name, at))

    def _pronoun_after(self, name: str, at: int) -> str | None:
        """"he" or "she": the first personal pronoun after ``name`` (at ``at``) in its sentence.

        "Clinton said she ...", "Trump refuses to release his ...": read up to a
        quotation mark or another capitalised word inside the sentence, which may be the
        person the pronoun stands for.
        """
        k = self.text.find(name, at)
        sentence = sentence_of(self.sentence_starts, at)
        end = self.sentence_starts[sentence + 1] if sentence + 1 < len(
            self.sentence_starts) else len(self.text)
        if k < 0 or k >= end:
            return None
        for t in tokenize(self.text[k + len(name):end]):
            if t.is_quote:
                return None
            low = t.lower
            if low in _HE_WORDS:
                return "he"
            if low in _SHE_WORDS:
                return "she"
            if t.is_capitalized and low not in TIME_WORDS:
                return None
        return None

    def _family_entity(self, m: Mention, members: Sequence[Member], at: int) -> Entity | None:
        """The source met already that a shared surname at ``at`` stands for, if any."""
        member = self._family_member(m, members, at)
        if member is None:
            name = self._undecided_name(m)
            return next((e for e in reversed(self.entities) if e.name == name), None)
        return next((e for e in reversed(self.entities) if e.name in member.names), None)

    @staticmethod
    def _undecided_name(m: Mention) -> str:
        """A shared surname's name as a source of its own: with its honorific, if written."""
        k = m.surface.find(m.name)
        before = m.surface[:k].split() if k > 0 else []
        if before and before[-1].lower() in HONORIFICS:
            return f"{before[-1]} {m.name}"
        return m.name

    # ------------------------------------------------------------------ short names

    def short_name(self, m: Mention, at: int) -> Entity | None:
        """A source for an acronym, a company's first word or a surname, from a fuller name."""
        if " " in m.name or is_country(m.name):
            return None
        full = self.gazetteer.expand_acronym(m.name)
        if full is not None:
            return self._named(full, at)
        if m.name.isupper():
            # "FALLIN:" in a transcript: the surname of "Mary Fallin", written in capitals
            if len(m.name) < 3 or not m.name.isalpha():
                return None
            return self._surname(self.parse(m.name.title()), at, people_only=True)
        return self._surname(m, at)

    def _surname(self, m: Mention, at: int, *, people_only: bool = False) -> Entity | None:
        """"Okafor" -> "Ada Okafor", the one person named so in the article; else a person.

        Full names with a title ("President Okafor") give the title's kind. A word that
        names no person may still be a company's first word ("Acme" -> "Acme Labs").
        """
        if self._family(m):
            entity = self.by_name(m, at) or self._add(m, at)
            if entity.kind is SourceKind.OTHER:
                entity.kind = SourceKind.PERSON
            return entity
        people = self.names.people(m.name)
        longer = [n for n in people if n != m.name]
        if len(longer) == 1:
            entity = self._named(longer[0], at)
            entity.aliases.add(m.name)
            if entity.kind is SourceKind.OTHER:
                entity.kind = people[longer[0]]
            return entity
        if people:
            entity = self._add(m, at)
            if entity.kind is SourceKind.OTHER:
                entity.kind = people.get(m.name, SourceKind.PERSON)
            return entity
        if people_only:
            return None
        company = self.gazetteer.by_first_word(m.name, _COMPANY_LAST_WORDS)
        if company is None:
            return None
        entity = self._named(company, at)
        if entity.kind is not SourceKind.MEDIA:
            entity.kind = SourceKind.ORGANIZATION  # only company names are found this way
        return entity
