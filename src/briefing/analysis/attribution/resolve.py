"""Who is who: pronouns, short names and descriptions resolved to one source each.

Attributions are read in order. Each source phrase is parsed into a ``Mention`` and
matched against the sources met so far:

* a proper name matches a source with the same name, or one whose name ends with it
  ("Smith" -> "John Smith"; a later "John Smith" takes over an earlier "Smith"), or
  whose initials it is ("FBI" -> "Federal Bureau of Investigation");
* "he"/"she" take the person mentioned last before them (as a source, or as the subject
  of a recent sentence), not the one named first most recently, "it" the latest
  organisation, "they" the latest group; never a name inside the words attributed
  ("Populists care little, he said"), nor a name that modifies a noun ("a Boca Raton
  lawyer"), and a name inside a prepositional phrase only when no other name fits;
  a sentence's subject may follow an opening adverbial ("During the hearing, Ada Roe
  said ...") or be set off by an appositive ("Ada Roe, a lawyer, said ..."), and the
  possessor of a subject ("Roe's party leads") counts; only when nobody is named before
  does a name inside the words attributed ("Ada Roe will win, she says") stand for it;
  never a name the article writes as a body's ("Acme spokesman X", "a manager at Acme");
* an epithet ("the central defender", "said the American") is the person a "he" would
  stand for, when that person is named and was mentioned in the last three sentences;
* a surname in capitals ("FALLIN:" in a transcript) is the person's name written so;
* "who"/"which" take the phrase they follow ("Roe, who said");
* a definite description ("the ministry", "the company", "the senator") takes the
  latest source whose name, title or description has that word, or whose kind fits;
* names the article uses where nobody speaks (``gazetteer``) fill the gaps: an acronym
  defined in parentheses takes its full name ("HRT" -> "Harwick Regional Transit"), a
  description of an institution that fits no source takes the name that ends with its
  noun ("the federation" -> "Rail Workers' Federation") or carries a noun written before
  it elsewhere ("the authority", "the transit authority" -> "Harwick Regional Transit"),
  and the first word of a company's name takes the full name ("Acme" -> "Acme Labs"), as
  does the first or last word before a legal suffix ("Kodak" -> "Eastman Kodak Co"); "the
  company" (or firm, airline ...) alone is the one body named shortly before;
* a document with an owner ("the authority's own board papers") is named after the
  owner it resolves to ("Harwick Regional Transit's board papers");
* a channel ("the post", "a statement", "a tweet") is the words of whoever issued it:
  its possessive owner ("the band's post"), else the name that opens its sentence
  ("The band released a statement saying ..."); with neither it stays a source of kind
  ``OTHER`` of its own;
* a surname that speaks alone ("Okafor said") takes the one full name of a person
  that ends with it anywhere in the article ("Ada Okafor"); when several people share
  it ("Eric Trump", "Donald Trump"), the one ``families`` finds it stands for there
  ("Mrs. Clinton", the headline's, the one just named...), or, when that is not clear,
  none of them: it is then a person of its own ("Reed", "Mr. Bush");
* "his father", "her husband" is the only other person of the surname of the one "his"
  or "her" stands for, of the gender the word says ("Eric Okafor ... his father" ->
  "Donald Okafor");
* a one-word name of no known kind is a person's when a "he" or "she" stands for it or
  the text writes it after a given name ("Rowan Williams"), unless an "it" stands for it;
* a capitalised word that the article never writes capitalised inside a sentence
  ("Maybe", "Remember", "Spitting") is no name: it names no source, nor is it the
  person a later "he" stands for; nor is a word that reads as a common one
  ("Speculation", "Candidates", "Parenting") unless a full name ends with it.

The resolver is built in layers, one module each: ``registry.Registry`` (the sources met
so far, found by name, short name or shared surname), ``persons.Persons`` (person or body,
and gender), ``pronouns.Pronouns``, ``descriptions.Descriptions``, and ``Resolver`` here,
which reads each source phrase in turn. The article's evidence about its words (which
capitalised words are no names, which full names of persons a surname may stand for) is
``evidence.NameEvidence``; the names each sentence is about, which a pronoun may stand
for, ``subjects.Subjects``; whose an "I" or a "we" is (the writer's, a quoted speaker's, a
reader's), ``voice.Voice``; the entities themselves, ``entities``.
"""

from __future__ import annotations

from briefing.analysis.attribution.descriptions import PARTY_MEMBERS, Descriptions
from briefing.analysis.attribution.entities import AUTHOR, UNNAMED, Entity, Resolved
from briefing.analysis.attribution.kinds import CHANNEL_WORDS, DEMONYMS, DOCUMENT_WORDS
from briefing.analysis.attribution.names import ORG_WORDS, PLACE_WORDS, Mention
from briefing.model import SourceKind

_PLACE_OR_BODY_HEADS = ORG_WORDS | PLACE_WORDS
"""Last words of the names of places and bodies ("Downing Street", "Reading Council")."""


class Resolver(Descriptions):
    """Resolves source phrases, in reading order, to entities."""

    def _without_opener(self, m: Mention) -> Mention:
        """"Perhaps Okafor" -> "Okafor": a common word before a one-word name.

        Not before the head word of a place or a body ("Downing Street", "Reading
        Council"): the first word is part of that name, even one that reads as a
        participle.
        """
        words = m.name.split()
        if m.proper and len(words) == 2 and self.names.common_word(words[0]) \
                and words[1].lower() not in _PLACE_OR_BODY_HEADS \
                and self.gazetteer.capitalised_inside(words[1]):
            return self.parse(words[1])
        return m

    # ------------------------------------------------------------------ entry

    def note(self, surface: str, at: int) -> None:
        """Record a name mentioned at ``at`` in a phrase that states nothing ("Okafor saw ...").

        Only a proper name: it becomes the person a later "he" or "she" may stand for, as
        if it had spoken, without an attribution of its own.
        """
        m = self._without_opener(self.parse(surface))
        if not m.proper or m.pronoun is not None or self.names.common_word(m.name.split()[0]):
            return
        entity = self.by_name(m, at) or self.short_name(m, at) or self._add(m, at)
        entity.last = max(entity.last, at)

    def resolve_as(self, index: int, entity: Entity, at: int) -> Entity:
        """Give attribution ``index`` to a source already found ("the post" -> the band)."""
        return self._attach(entity, index, at, None)

    def resolve(self, index: int, surface: str | None, at: int,
                antecedent: str | None = None,
                content: tuple[int, int] | None = None) -> Entity:
        """The entity behind source phrase ``surface`` (None: nobody named) at offset ``at``.

        ``content`` is the span of what is attributed: a pronoun never stands for a name
        inside it.
        """
        key = (at, surface)
        if key in self._seen:
            return self._attach(self._seen[key], index, at, None)
        entity = self._resolve(index, surface, at, antecedent, content)
        self._seen[key] = entity
        return entity

    def _resolve(self, index: int, surface: str | None, at: int,
                 antecedent: str | None, content: tuple[int, int] | None = None) -> Entity:
        if surface is None:
            m = Mention(UNNAMED, UNNAMED, False, None, "source", frozenset(), False)
            unnamed = self.by_name(m) or self._add(m, at)
            unnamed.anonymous = True
            unnamed.kind = SourceKind.ANONYMOUS
            return self._attach(unnamed, index, at, None)
        m = self.parse(surface)
        if m.pronoun in ("who", "which", "that") and antecedent:
            m = self.parse(antecedent)
        entity: Entity | None = None
        if m.pronoun in ("i", "we") and self.voice.is_author(m.pronoun, at):
            if self.voice.after_reported_speech(m.pronoun, at):
                return self._resolve(index, None, at, None)  # a reader's comment
            self.voice.writer_says_i = self.voice.writer_says_i or m.pronoun == "i"
            author = Mention(AUTHOR, AUTHOR, False, None, "author", frozenset(), True)
            entity = self.by_name(author) or self._add(author, at)
            entity.kind = SourceKind.PERSON
            return self._attach(entity, index, at, None)
        if m.pronoun in ("i", "we") and self.voice.inside_open_quote(at):
            speaker = self._last_speaker(at)  # a quoted "we" is a person's words too
            if speaker is None:
                return self._resolve(index, None, at, None)  # a quoted "I" of nobody known
            return self._attach(speaker, index, at, None)
        if m.pronoun is not None:
            entity = self._pronoun(m.pronoun, at, content) or self.by_name(m) \
                or self._add(m, at)
            entity.neuter = entity.neuter or m.pronoun == "it"
            if m.pronoun in ("he", "she"):
                entity.personal = True
                if entity.kind in (SourceKind.OTHER, SourceKind.ORGANIZATION):
                    entity.kind = SourceKind.PERSON
            return self._attach(entity, index, at, None)
        m = self._without_opener(m)
        if not m.proper and m.head in CHANNEL_WORDS:
            entity = self._channel_owner(m, at)
            if entity is not None:
                return self._attach(entity, index, at, None)
        if m.proper and (m.name.lower() in DEMONYMS
                         or m.name.split()[-1].lower() in PARTY_MEMBERS):
            entity = self._epithet_holder(m.surface, at)  # "the American", "the Ohio Democrat"
            if entity is not None:
                return self._attach(entity, index, at, None)
        if m.proper:
            entity = self.by_name(m, at)
            if entity is not None and len(m.name.split()) > len(entity.name.split()) \
                    and m.name.lower().endswith(entity.name.lower()):
                entity.aliases.add(entity.name)
                entity.name = m.name  # "Smith" first, "John Smith" later
            if entity is None:
                entity = self.short_name(m, at)
        elif m.definite:
            entity = self._by_description(m, at) or self.by_name(m)
            if entity is None and m.head in DOCUMENT_WORDS:
                named = self._owned_document(m, at)
                entity = self.by_name(named) or self._add(named, at)
                if named.name != m.name:
                    entity.aliases.add(m.name)
                m = named
            elif entity is None:
                entity = self._described_name(m, at) or self._named_of_kind(m, at) \
                    or self._office_holder(m, at) or self._epithet_holder(m.surface, at)
        else:
            entity = self._relative(m, at) or self.by_name(m, at)
        if entity is None:
            entity = self._add(m, at)
        return self._attach(entity, index, at, m)

    def finish(self) -> list[Resolved]:
        """The sources with at least one attribution, merged where one name ends another."""
        live = [e for e in self.entities if e.members]
        # "Smith" (met first) and "John Smith" (met later) are one source
        for e in live:
            if not e.proper or len(e.name.split()) != 1 or not e.members \
                    or self._family(self.parse(e.name)):
                continue  # a surname several people share stays as it was resolved
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
            if self._body_by_default(e):
                e.kind = SourceKind.ORGANIZATION
            elif self._personal_by_usage(e):
                e.kind = SourceKind.PERSON  # "Smith said he ...", "Williams" of "Rowan Williams"
            elif e.proper and e.kind is SourceKind.OTHER and self._family(self.parse(e.name)):
                e.kind = SourceKind.PERSON  # "Clinton" of several Clintons: one of them
            elif e.proper and e.kind is SourceKind.OTHER and self._gender(e) is not None:
                e.kind = SourceKind.PERSON  # "His mother, Giselle,", "Lord Coe": a he or a she
            aliases = tuple(sorted(a for a in e.aliases if a != e.name
                                   and a.lower() not in ("he", "she", "it", "they", "we", "i",
                                                         "who", "which", "that", "you")))
            out.append(Resolved(e.name, e.kind, e.anonymous, aliases, tuple(sorted(e.members))))
        return out
