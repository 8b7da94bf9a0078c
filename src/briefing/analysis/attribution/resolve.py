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

The parts it leans on have modules of their own: the article's evidence about its words
(which capitalised words are no names, which full names of persons a surname may stand
for) is ``evidence.NameEvidence``; the names each sentence is about, which a pronoun may
stand for, ``subjects.Subjects``; whose an "I" or a "we" is (the writer's, a quoted
speaker's, a reader's), ``voice.Voice``; the entities themselves, ``entities``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefing.analysis.attribution.entities import (
    AUTHOR,
    PERSON_KINDS,
    PLURALS_WITHOUT_S,
    UNNAMED,
    Entity,
    Resolved,
)
from briefing.analysis.attribution.evidence import (
    GROUP_HEADS,
    NOT_GIVEN,
    PARTY_HEADS,
    PARTY_NAMES,
    NameEvidence,
    is_group_name,
    may_be_surname,
)
from briefing.analysis.attribution.families import Families, Member
from briefing.analysis.attribution.gazetteer import Gazetteer
from briefing.analysis.attribution.genders import gender_of, is_first_name
from briefing.analysis.attribution.kinds import (
    CHANNEL_WORDS,
    COMPANY_WORDS,
    DEMONYMS,
    DOCUMENT_WORDS,
    HONORIFICS,
    LEGAL_SUFFIXES,
    classify,
    is_anonymous,
    is_company_name,
    is_country,
    is_person_noun,
)
from briefing.analysis.attribution.names import (
    ORG_WORDS,
    PERSONAL_PRONOUNS,
    PLACE_WORDS,
    TITLE_WORDS,
    Mention,
    parse_mention,
)
from briefing.analysis.attribution.subjects import Subjects, sentence_of
from briefing.analysis.attribution.tokens import tokenize
from briefing.analysis.attribution.voice import Voice
from briefing.analysis.attribution.wordclasses import (
    CONNECTIVES,
    POSSESSIVES,
    TIME_WORDS,
)
from briefing.model import SourceKind

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
_OFFICES = frozenset({
    "minister", "secretary", "leader", "president", "chancellor", "premier", "mayor",
    "governor", "senator", "congressman", "congresswoman", "ambassador", "commissioner",
})
"""Offices that a definite description names a person by ("the prime minister")."""
_INSTITUTION_HEADS = (ORG_WORDS | {"regulator", "operator", "utility", "manufacturer",
                                   "maker", "insurer", "lender", "broadcaster", "carrier",
                                   "airline", "hospital", "school", "provider", "developer"}) - {
    "state", "states", "house", "nations", "staff", "team", "news", "press", "service",
    "project", "watch", "review", "center", "centre", "forces", "force", "guard", "radio", "tv",
    "post", "times", "journal", "magazine",
}
"""Nouns of descriptions that may stand for a name used elsewhere ("the federation")."""
_COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "organisation", "organization",
                            "airline", "insurer"})
"""Plain nouns of a body: "the company" alone is the one body named shortly before, not written
in capitals alone (a dateline, "STOCKHOLM", or an acronym that may be a regulator's)."""
_DESCRIBED_KINDS: dict[str, frozenset[SourceKind]] = {
    **{w: frozenset({SourceKind.MEDIA}) for w in (
        "broadcaster", "network", "newspaper", "paper", "channel", "station", "magazine",
        "tabloid", "outlet", "daily", "website")},
    **{w: frozenset({SourceKind.GOVERNMENT}) for w in (
        "ministry", "department", "watchdog", "regulator", "commission")},
    "agency": frozenset({SourceKind.MEDIA, SourceKind.GOVERNMENT}),
    **{w: frozenset({SourceKind.ORGANIZATION}) for w in (
        "giant", "retailer", "carmaker", "automaker", "chipmaker", "conglomerate",
        "drugmaker", "startup", "start-up", *_COMPANY_NOUNS)},
}
"""Descriptions that name the kind of body they stand for ("the broadcaster": media)."""
_EPITHETS = frozenset({
    "player", "star", "actor", "actress", "singer", "rapper", "musician", "comedian",
    "veteran", "champion", "striker", "defender", "midfielder", "goalkeeper", "keeper",
    "winger", "forward", "full-back", "fly-half", "scrum-half", "flanker", "lock", "prop",
    "captain", "skipper", "youngster", "teenager", "sprinter", "athlete", "boxer", "golfer",
    "swimmer", "cyclist", "batsman", "bowler", "all-rounder", "frontman", "novelist",
    "singer-songwriter", "presenter", "hurdler", "jumper", "marathoner", "seed",
    "socialist", "novice", "billionaire", "businessman", "businesswoman", "mogul", "tycoon",
    "front-runner", "frontrunner", "hopeful", "nominee", "populist", "newcomer", "firebrand",
})
"""Nouns by which news calls the person it has just named ("the central defender",
"the self-described democratic socialist")."""
_PARTY_MEMBERS = frozenset({"republican", "democrat"})
"""Capitalised heads of "the Wisconsin Republican": a party member, named just before."""
_KIND_REACH = 1500
"""Characters back within which "the broadcaster" looks for the name of a broadcaster."""
_COMPANY_LAST_WORDS = COMPANY_WORDS | LEGAL_SUFFIXES | {"corp.", "inc.", "co."}
"""Last words of company names, whose first word alone may stand for them ("Acme")."""
_PERSON_SIGNS = HONORIFICS | TITLE_WORDS - PARTY_NAMES - {
    "former", "ex", "vice", "chief", "acting", "assistant", "deputy", "press", "executive",
    "international", "general", "major", "republican", "tory"}
"""Words said of a source that make it a person ("Mr", "Sen.", "minister")."""
_BODY_WORDS = (ORG_WORDS | COMPANY_WORDS | {"band", "group", "magazine", "newspaper", "paper",
                                             "website", "firm", "club", "team"}) - {"house"}
"""Words said of a name that make it a body's ("pop band Busted", "Empire magazine")."""
_PLACE_OR_BODY_HEADS = ORG_WORDS | PLACE_WORDS
"""Last words of the names of places and bodies ("Downing Street", "Reading Council")."""
_PERSON_OR_OTHER = PERSON_KINDS | {SourceKind.OTHER}
_TITLES = frozenset(t.rstrip(".") for t in TITLE_WORDS)
"""Title words without their full stop ("sen", "president"), for ``families``."""
_BY_OWNER = re.compile(r"\b(?:by|from)\b")
"""A description of something made by someone ("figures released by the ministry")."""
_HE_WORDS = frozenset({"he", "him", "his", "himself", "he's", "he’s", "he'd", "he’d"})
_SHE_WORDS = frozenset({"she", "her", "hers", "herself", "she's", "she’s", "she'd", "she’d"})
"""Personal pronouns of one gender ("Clinton said she ...")."""
_NOT_FAMILY_NAMES = NOT_GIVEN | _TITLES | CONNECTIVES
"""Words before a surname that are no first name of a family's member ("The", "However")."""
_KIN_WORDS = frozenset({"father", "mother", "son", "daughter", "brother", "sister", "husband",
                        "wife", "uncle", "aunt", "nephew", "niece", "grandfather",
                        "grandmother", "dad", "mom", "mum"})
"""Kinship nouns: "his father" may be another person of the same surname."""


def _core_words(name: str) -> tuple[str, ...]:
    """The first and last words of a company's name before its legal suffixes, lower case
    ("Eastman Kodak Co" -> ("eastman", "kodak"))."""
    words = name.lower().split()
    while len(words) > 1 and words[-1].strip(".,") in LEGAL_SUFFIXES:
        words.pop()
    return (words[0], words[-1]) if len(words) > 1 else ()


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _office_words(words: list[str]) -> list[str]:
    """The words of a description up to its office, or [] for no description.

    "the prime minister" as is; "the businessman and former secretary of state" ->
    "the former secretary": the last of roles joined by "and", and no "of state" after
    the office. A description without "the" opens with "former" ("former secretary of
    state said").
    """
    if not words or words[0].lower() not in ("the", "former"):
        return []
    body = words[1:] if words[0].lower() == "the" else words
    if "and" in body:
        body = body[body.index("and") + 1:]
    if "of" in body:
        k = body.index("of")
        if k == 0 or len(body) - k > 3 or not all(w.islower() for w in body[k + 1:]):
            return []
        body = body[:k]
    return ["the", *body] if body else []


class Resolver:
    """Resolves source phrases, in reading order, to entities."""

    def __init__(self, text: str, sentence_starts: Sequence[int],
                 gazetteer: Gazetteer | None = None) -> None:
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
        self.names = NameEvidence(text, self.gazetteer, self.parse, self._classify)
        """What the article says about its words: common words, people by surname."""
        self.subjects = Subjects(text, sentence_starts, self)
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

    def _by_description(self, m: Mention, at: int) -> Entity | None:
        head = m.head
        kinds = _KIND_NOUNS.get(head)
        marks = {w.lower() for w in m.name.split()[1:] if w[:1].isupper()}
        for e in reversed(self.entities):
            if e.last >= at:
                continue
            if marks and not marks <= (e.words | set(e.name.lower().split())):
                continue  # "the Trump campaign" is not "the Clinton campaign"
            titles = {_TITLE_NOUNS.get(w, w) for w in e.words}
            if head == e.head or ((head in e.name.lower().split() or (
                    head in titles and (head in TITLE_WORDS or is_person_noun(head))))
                                  and not _BY_OWNER.search(e.name)):
                # "the senator" for "Sen. Ada Okafor"; not "the ministry" for "figures
                # released by the ministry" nor for "a spokeswoman for the ministry"
                return e
            if kinds is not None and e.proper and (e.kind in kinds or (
                    SourceKind.ORGANIZATION in kinds and self._body_by_default(e))):
                return e
        return None

    def _pronoun(self, pronoun: str, at: int,
                 content: tuple[int, int] | None = None) -> Entity | None:
        """The entity a pronoun at ``at`` stands for; never a name inside ``content``.

        The speaker is not one of the names in the words attributed to them ("Obama is
        wrong, he said"), so names inside the attribution's content are passed over.
        """
        def fits(e: Entity) -> bool:
            if e.name in (UNNAMED, AUTHOR):
                return False
            unknown = e.proper and e.kind is SourceKind.OTHER and e.head not in GROUP_HEADS
            if pronoun in ("he", "she", "i"):
                if pronoun != "i" and self._gender(e) not in (None, pronoun):
                    return False  # "she" is not the Mr Okafor named before
                if e.name.lower() in ("he", "she") and e.name.lower() != pronoun:
                    return False  # "she" is not an unknown "he" met before
                if e.proper and is_group_name(e.name):
                    return False  # "the Lib Dems", "Tory": a party, whatever its kind
                if unknown and self.names.typed_as_body(e.name):
                    return False  # "Newcastle boss X", "a manager at Microsoft": a body
                return e.person or (unknown and self._personal_name(e))
            if pronoun == "it":
                return not e.person and not ((e.head.endswith("s") or e.head in
                                              PLURALS_WITHOUT_S) and not e.proper)
            if pronoun in ("they", "we"):
                # a group or a body, not a thing ("a video", "more important")
                return not e.person and (e.proper or e.kind is not SourceKind.OTHER
                                         or e.head.endswith("s"))
            return False

        sentence = sentence_of(self.sentence_starts, at)
        near = self.subjects.earlier_in_sentence(sentence, at, fits, content)
        if near is not None:
            return near
        # the one mentioned last, not the one met last: "Lind ... Ruiz ... Lind said" -> Lind
        best = max((e for e in self.entities if e.last < at and fits(e)),
                   key=lambda e: e.last, default=None)
        for s in range(sentence, max(-1, sentence - 3), -1):
            if self.sentence_starts[s] >= at:
                continue
            singular = pronoun in ("he", "she", "it", "i")
            found = next(((pos, e) for pos, e, plural in reversed(self.subjects.clause_subjects(s))
                          if pos < at and fits(e) and not (plural and singular) and not (
                              content is not None and content[0] <= pos < content[1])), None)
            if found is None:
                continue  # "Populists have little interest ..., he said": what he said
            pos, subj = found
            if best is None or best.last < pos:
                if subj not in self.entities:
                    self.entities.append(subj)
                return subj
            break
        if best is None and content is not None and pronoun in ("he", "she"):
            # nobody named before but in the words attributed: "For $89, entrepreneur Kyle
            # Waring will ship you snow, he says" is his own claim
            return self.subjects.earlier_in_sentence(sentence, at, fits)
        return best

    def _personal_name(self, e: Entity) -> bool:
        """True when a name of no known kind may be the person a "he" or "she" stands for.

        A sign of a person makes it one: a gender the article makes clear ("Mr Okafor",
        "Ada"), or a title or honorific said of it. A sign of something else makes it
        none: a party, group or nationality word ("Tory", "Labour", "Conservative", "the
        Scot"), a word said of it that names a body ("pop band Busted", "Empire
        magazine"), or an abbreviation ("Md."). One word that neither speaks itself nor
        is ever written capitalised inside a sentence ("Asked", "Injuries" opening one)
        is no name at all, and one that reads as a common word ("Speculation",
        "Parenting", "Candidates" also written in lower case) is a person's only as the
        surname of a full name the article uses. Any other name ("Husted said") may be
        a person's.
        """
        if self._gender(e) is not None or e.words & _PERSON_SIGNS:
            return True
        words = e.name.split()
        if not words or is_group_name(e.name) or e.words & _BODY_WORDS:
            return False
        if len(words) > 1:
            return True
        # one word: a name if it speaks ("McLenney said") or the article writes it
        # capitalised inside a sentence; not an abbreviation ("Md."); a word that reads
        # as a common one ("Speculation suggests", "- Parenting plans", "Candidates who
        # think") only as the surname of a full name the article uses ("Ada Manning")
        if (e.name.endswith(".") and len(e.name) <= 5) \
                or not (e.spoke or self.gazetteer.capitalised_inside(e.name)):
            return False
        return not self.names.reads_common(e.name) \
            or any(n != e.name for n in self.names.people(e.name))

    def _gender(self, e: Entity) -> str | None:
        """"he" or "she" when the article says which the source is, else None.

        The evidence, in order: a gendered word said of the source ("spokeswoman",
        "his wife, Ada"), the honorific the article writes before its last name ("Mr
        Okafor", "Ms Okafor"; both: no answer), a common first name of one gender.
        """
        if e.name in self._genders:
            return self._genders[e.name]
        answer = gender_of(e.name, e.words, self.text)
        words = e.name.split()
        if len(words) > 1 and answer is not None:
            # "Mrs. Clinton" says nothing of "Bill Clinton" when the article names several
            # Clintons: his first name does
            own = gender_of(e.name, e.words, "")
            if own is not None and own != answer and self._family(self.parse(words[-1])):
                answer = own
        self._genders[e.name] = answer
        return answer

    # ------------------------------------------------------------------ speakers, openers

    def _last_speaker(self, at: int) -> Entity | None:
        """The person whose words were attributed last before ``at``, if any."""
        people = [e for e in self.entities if e.members and e.last < at
                  and e.name not in (UNNAMED, AUTHOR)
                  and (e.person or (e.proper and e.kind is SourceKind.OTHER))]
        return max(people, key=lambda e: e.last, default=None)

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
                         or m.name.split()[-1].lower() in _PARTY_MEMBERS):
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

    # ------------------------------------------------------------------ names elsewhere

    def _named(self, name: str, at: int) -> Entity:
        """The source called ``name``, made if it has not spoken yet."""
        m = self.parse(name)
        return self.by_name(m, at) or self._add(m, at)

    def _relative(self, m: Mention, at: int) -> Entity | None:
        """"his father" -> the one other person of his surname, of the relative's gender.

        "Eric Okafor's remarks came after his father posted ...": when the article names
        several people of the surname of the one "his" or "her" stands for ("Eric Okafor",
        "Donald Okafor"), the relative is the only other of them of the gender the kinship
        word says (``families``). Otherwise the description stays a source of its own.
        """
        words = m.name.split()
        if m.proper or len(words) != 2 or m.head not in _KIN_WORDS \
                or words[0].lower() not in ("his", "her"):
            return None
        owner = self._pronoun("he" if words[0].lower() == "his" else "she", at)
        if owner is None or not owner.proper or " " not in owner.name:
            return None
        name = owner.name
        for end in POSSESSIVES:
            name = name.removesuffix(end)  # "Eric Okafor’s remarks came after his father"
        gender = gender_of("", (m.head,), "")
        kin = [c for c in self._family(self.parse(name.rsplit(None, 1)[-1]))
               if name not in c.names and c.gender == gender]
        return self._named(kin[0].name, at) if len(kin) == 1 else None

    def _channel_owner(self, m: Mention, at: int) -> Entity | None:
        """Who issued "the post", "a statement": its possessive owner or its sentence's subject.

        "the band's post" -> the band; "Okafor released a statement saying ..." -> Okafor.
        None when neither is found: the channel then stands as a source of its own.
        """
        words = m.name.split()
        owner_words = {"his": "he", "her": "she", "its": "it", "their": "they"}
        if len(words) >= 2 and words[0].lower() in owner_words:
            return self._pronoun(owner_words[words[0].lower()], at)  # "its statement"
        k = max((i for i, w in enumerate(words[:-1]) if w.endswith(POSSESSIVES)), default=-1)
        if k >= 0:
            owner_phrase = " ".join(words[:k + 1])
            for end in POSSESSIVES:
                owner_phrase = owner_phrase.removesuffix(end)
            owner_m = self.parse(owner_phrase)
            if owner_m.proper:
                return self.by_name(owner_m, at) or self.short_name(owner_m, at) \
                    or self._add(owner_m, at)
            if owner_m.definite:
                return self._by_description(owner_m, at) or self._described_name(owner_m, at)
            return None
        sentence = sentence_of(self.sentence_starts, at)
        subject = self.subjects.subject(sentence)
        if subject is not None and self.sentence_starts[sentence] < at \
                and subject.head not in CHANNEL_WORDS:
            if subject not in self.entities:
                self.entities.append(subject)
            return subject
        return None

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

    def _described_name(self, m: Mention, at: int) -> Entity | None:
        """"the federation" -> the one name used for a federation in the article, if any.

        Only for "the <noun>" or "the <modifier> <noun>" in lower case, where the name
        found carries the modifier ("the transit authority" -> "... Transit").
        """
        head = m.head
        words = m.name.split()
        if head not in _INSTITUTION_HEADS or is_person_noun(head) or not 2 <= len(words) <= 3 \
                or words[-1].lower() != head or any(w[:1].isupper() for w in words):
            return None
        full = self.gazetteer.by_head(head, at) or self.gazetteer.by_modifier(head)
        if full is None:
            return None
        named = self.parse(full)
        if not named.proper or not {w.lower() for w in words[1:-1]} <= {
                w.lower() for w in full.split()}:
            return None
        entity = self.by_name(named) or self._add(named, at)
        if entity.kind in (SourceKind.OTHER, SourceKind.PERSON) and not entity.members:
            # the description says what the name is: "the fund" -> an organisation
            entity.kind = self._classify(m.name, False, head, m.words, False)
        return entity

    def _named_of_kind(self, m: Mention, at: int) -> Entity | None:
        """"the broadcaster" -> the one media name used shortly before; so for bodies.

        Only "the <noun>" or "the <modifier> <noun>" in lower case, for nouns that say
        what kind of body it is (``_DESCRIBED_KINDS``); the names are those written
        within ``_KIND_REACH`` characters before, and exactly one must be of that kind.
        """
        kinds = _DESCRIBED_KINDS.get(m.head)
        words = m.name.split()
        if kinds is None or not 2 <= len(words) <= 4 or words[0].lower() != "the" \
                or any(w[:1].isupper() for w in words) \
                or (m.head in _COMPANY_NOUNS and len(words) != 2):
            return None  # "the state power company" may be another body than the one named
        found = self._names_of_kind(kinds, at, _KIND_REACH)
        if m.head in _COMPANY_NOUNS:
            found = {name for name in found if not name.isupper()}
        if len(found) > 1 and self.sentence_starts:
            # "Amazon rose 1 percent. The online retail giant reported ...": the one
            # named in this or the sentence before, among many further back
            start = self.sentence_starts[max(0, sentence_of(self.sentence_starts, at) - 1)]
            found = self._names_of_kind(kinds, at, at - start)
            if m.head in _COMPANY_NOUNS:
                found = {name for name in found if not name.isupper()}
        if len(found) != 1:
            return None
        entity = self._named(found.pop(), at)
        entity.aliases.add(m.name)
        return entity

    def _names_of_kind(self, kinds: frozenset[SourceKind], at: int, reach: int) -> set[str]:
        """The names of bodies of one of ``kinds`` written within ``reach`` before ``at``."""
        found: set[str] = set()
        for name in self.gazetteer.names_before(at, reach):
            named = self.parse(name)
            if named.proper and self._classify(named.name, True, named.head, named.words,
                                         False) in kinds:
                found.add(named.name)
        return found

    def _office_holder(self, m: Mention, at: int) -> Entity | None:
        """"the prime minister" -> the person named in this or the sentence before.

        News writes a name and then the office ("Ada Okafor said ... The prime minister
        added ..."). Only for "the [modifiers] <office>" in lower case, singular, when the
        person last mentioned is named, was mentioned in the same or the previous sentence,
        and holds no other office by the article's words; the person is then an official.
        """
        words = _office_words(m.name.split())
        if not words or words[-1] not in _OFFICES or len(words) > 4 \
                or any(w[:1].isupper() for w in words[1:-1] if w.lower() not in PARTY_NAMES):
            return None
        sentence = sentence_of(self.sentence_starts, at)
        start = self.sentence_starts[max(0, sentence - 1)] if self.sentence_starts else 0
        last = max((e for e in self.entities if e.last < at), key=lambda e: e.last,
                   default=None)
        if last is None or last.last < start or not last.proper or not last.person \
                or last.kind is SourceKind.EXPERT:
            return None
        held = {w for w in last.words if w in _OFFICES}
        if held and m.head not in held:
            return None  # "Mia Ruiz, the mayor, ... the minister said": someone else
        last.kind = SourceKind.OFFICIAL
        last.aliases.add(m.name)
        return last

    def _epithet_holder(self, surface: str, at: int) -> Entity | None:
        """"the central defender", "the American" -> the person named just before.

        Sports and arts news names a person and then calls them by a trade or a
        nationality, political news by a party and a state ("the Wisconsin Republican").
        Only "the [lower-case modifiers] <epithet>", singular, when the
        person a "he" or "she" would stand for is named and was mentioned within the last
        three sentences.
        """
        words = surface.split()
        if "and" in words[2:-1] and words[0].lower() == "the":  # "the businessman and reality
            words = ["the", *words[words.index("and") + 1:]]  # star": the last of the roles
        head = words[-1].lower() if words else ""
        party = head in _PARTY_MEMBERS and words[-1][:1].isupper() and len(words) == 3 \
            and words[1].isalpha() and words[1][:1].isupper()  # "the Wisconsin Republican"
        if not 2 <= len(words) <= 4 or words[0].lower() != "the" or (not party and any(
                not w.replace("-", "").isalpha() or not w.islower() for w in words[1:-1])):
            return None
        if not (head in _EPITHETS and words[-1].islower()) and not party \
                and not (head in DEMONYMS and words[-1][:1].isupper()):
            return None
        sentence = sentence_of(self.sentence_starts, at)
        start = self.sentence_starts[max(0, sentence - 3)] if self.sentence_starts else 0
        last = self._pronoun("i", at)  # found as "he" or "she" is, whatever the gender
        if last is not None and last.kind is SourceKind.OTHER and " " not in last.name:
            last = self._surname(self.parse(last.name), at, people_only=True)  # "Agassi"
        if last is None or not last.proper or not last.person:
            return None
        seen = max(last.last, self.subjects.last_as_subject(last, max(0, sentence - 3),
                                                            sentence))
        if seen < start:
            return None
        last.aliases.add(" ".join(["the", *words[1:]]))
        return last

    def _owned_document(self, m: Mention, at: int) -> Mention:
        """"the authority's own board papers" named after the owner the possessive finds."""
        words = m.name.split()
        k = next((i for i, w in enumerate(words) if w.endswith(POSSESSIVES)), -1)
        if k < 0 or k == len(words) - 1:
            return m
        owner_phrase = " ".join(words[:k + 1])
        mark = "’" if "’" in words[k] else "'"
        for end in POSSESSIVES:
            if owner_phrase.endswith(end):
                owner_phrase = owner_phrase[: -len(end)]
                break
        owner_m = self.parse(owner_phrase)
        owner: Entity | None
        if owner_m.proper:
            owner = self.by_name(owner_m, at) or self.short_name(owner_m, at)
        elif owner_m.definite:
            owner = self._by_description(owner_m, at) or self._described_name(owner_m, at)
        else:
            return m
        if owner is None:
            return m
        rest = [w for w in words[k + 1:] if w.lower() != "own"]
        name = f"{owner.name}{mark}s {' '.join(rest)}"
        return Mention(m.surface, name, False, None, m.head, m.words, True)

    def _add(self, m: Mention, at: int) -> Entity:
        entity = self.new_entity(m, at)
        self.entities.append(entity)
        return entity

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

    def _body_by_default(self, e: Entity) -> bool:
        """True for a proper name of no known kind that nothing says is a person.

        "Lockheed said it had signed ...", "Acme Diagnostics": a name that no title,
        honorific ("Mr"), gendered word or common first name makes a person's, and that
        is no place or group of people, is in the news an organisation's; not a common
        word that opens a sentence ("Some", "Reports", "Candidates" also written in lower
        case).
        """
        if not e.proper or e.kind is not SourceKind.OTHER or e.head in GROUP_HEADS \
                or e.words & HONORIFICS or not e.name[:1].isupper() \
                or e.head.removesuffix("s") in DEMONYMS:  # "Mexicans": people, no body
            return False
        if e.personal or any(w in PERSONAL_PRONOUNS for w in (a.lower() for a in e.aliases)):
            return False
        words = e.name.split()
        if len(words) == 1 and (self.gazetteer.full_names(e.name) or self.names.common_word(e.name)
                                or self.names.after_given_name(e.name)):
            return False  # "Grewcock" after "Danny Grewcock": a surname; "Candidates", "Some"
        return self._gender(e) is None and not is_first_name(words[0])

    def _personal_by_usage(self, e: Entity) -> bool:
        """True for a proper name of no known kind that the article uses as a person's.

        A "he" or "she" stands for it ("Smith said he ..."), or, for one word, the text
        writes it after a given name somewhere ("Williams" after "Archbishop of
        Canterbury Rowan Williams", "Meeks" after "Gregory W. Meeks"), even where no
        full name of two or three words could be read. Not a name an "it" stands for.
        """
        if not e.proper or e.kind is not SourceKind.OTHER or is_group_name(e.name) \
                or e.head in GROUP_HEADS or e.words & _BODY_WORDS or e.neuter:
            return False  # "Cyclone Pam ... it said": no person
        return e.personal or (" " not in e.name and self.names.after_given_name(e.name))

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
