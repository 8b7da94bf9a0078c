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
  and the first word of a company's name takes the full name ("Acme" -> "Acme Labs");
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

The article's own evidence about its words (which capitalised words are no names, which full
names of persons a surname may stand for) is ``evidence.NameEvidence``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from briefing.analysis.attribution.cues import LEXICON
from briefing.analysis.attribution.evidence import (
    FUNCTION_WORDS,
    GROUP_HEADS,
    NOT_GIVEN,
    OPENING_WORDS,
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
    classify,
    is_anonymous,
    is_country,
    is_person_noun,
    proper_kind,
)
from briefing.analysis.attribution.names import (
    ORG_WORDS,
    PERSONAL_PRONOUNS,
    PLACE_WORDS,
    PRONOUNS,
    TITLE_WORDS,
    Mention,
    parse_mention,
)
from briefing.analysis.attribution.tokens import Token, tokenize
from briefing.analysis.attribution.wordclasses import (
    AUXILIARIES,
    CONNECTIVES,
    DAYS,
    DETERMINERS,
    PREPOSITIONS,
    TIME_WORDS,
)
from briefing.model import SourceKind

UNNAMED = "unnamed source"
"""Name of the source of attributions that name nobody ("it was reported that ...")."""
AUTHOR = "the author"
"""Name of the article's own "I"/"we" outside quotations ("we now know", "I asked her")."""

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
_DESCRIBED_KINDS: dict[str, frozenset[SourceKind]] = {
    **{w: frozenset({SourceKind.MEDIA}) for w in (
        "broadcaster", "network", "newspaper", "paper", "channel", "station", "magazine",
        "tabloid", "outlet", "daily", "website")},
    **{w: frozenset({SourceKind.GOVERNMENT}) for w in (
        "ministry", "department", "watchdog", "regulator", "commission")},
    "agency": frozenset({SourceKind.MEDIA, SourceKind.GOVERNMENT}),
    **{w: frozenset({SourceKind.ORGANIZATION}) for w in (
        "giant", "retailer", "carmaker", "automaker", "chipmaker", "conglomerate",
        "drugmaker", "startup", "start-up")},
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
_COMPANY_LAST_WORDS = COMPANY_WORDS | {"corp", "corp.", "inc", "inc.", "llc", "ltd", "co.",
                                       "company", "corporation", "plc", "gmbh", "ag"}
"""Last words of company names, whose first word alone may stand for them ("Acme")."""
_POSSESSIVES = ("’s", "'s", "s’", "s'")
_SENTENCE_LEADERS = frozenset({"but", "and", "so", "yet", "still", "meanwhile", "then",
                               "however", "now", "also", "later", "earlier", "mr.", "mrs.",
                               "ms.", "dr."})
_CLAUSE_LEADERS = _SENTENCE_LEADERS - {"mr.", "mrs.", "ms.", "dr."}
"""Words before a sentence's subject ("But", "Meanwhile")."""
_CLAUSE_JOINS = frozenset({"but", "while", "whereas", "though", "although"})
"""Words that join a clause with a subject of its own to the sentence ("..., but X is")."""
_TITLES_NOT_NAMES = TITLE_WORDS - {"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen."}
"""Titles that do not open a name as a subject ("Former", "President"; not "Mr.")."""
_PERSON_SIGNS = HONORIFICS | TITLE_WORDS - PARTY_NAMES - {
    "former", "ex", "vice", "chief", "acting", "assistant", "deputy", "press", "executive",
    "international", "general", "major", "republican", "tory"}
"""Words said of a source that make it a person ("Mr", "Sen.", "minister")."""
_BODY_WORDS = (ORG_WORDS | COMPANY_WORDS | {"band", "group", "magazine", "newspaper", "paper",
                                             "website", "firm", "club", "team"}) - {"house"}
"""Words said of a name that make it a body's ("pop band Busted", "Empire magazine")."""
_PLURALS_WITHOUT_S = frozenset({"people", "men", "women", "children", "police", "staff",
                                "crew", "folk", "personnel"})
"""Plural nouns of people that do not end in "s": no "he" or "she"."""
_PLACE_OR_BODY_HEADS = ORG_WORDS | PLACE_WORDS
"""Last words of the names of places and bodies ("Downing Street", "Reading Council")."""
_SUBJECT_SPAN = 400
"""How much of a sentence is read for the subjects of its clauses (characters)."""
_PERSON_OR_OTHER = _PERSON_KINDS | {SourceKind.OTHER}
_NOT_ROLES = FUNCTION_WORDS | AUXILIARIES | frozenset(LEXICON)
"""Lower-case words that end a run of role words: "is", "said", "of" ("X is senior ...")."""
_SPLIT_CONTRACTION = re.compile(r"[’']")
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
_PLURAL_VERBS = frozenset({"are", "were", "have", "say", "think", "believe", "want"})
"""Verbs after a subject that make it plural ("Veritas are starting")."""


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
    spoke: bool = False
    """True once a proper name of its own was the source of an attribution ("Husted said")."""
    personal: bool = False
    """True once a "he" or "she" was resolved to it."""
    neuter: bool = False
    """True once an "it" was resolved to it."""
    members: list[int] = field(default_factory=list)
    """Indexes of the attributions that belong to it."""

    @property
    def person(self) -> bool:
        """True when the source is a single person (not a group or an organisation)."""
        if self.kind is SourceKind.ANONYMOUS and not self.proper:
            return is_person_noun(self.head) and not self.head.endswith("s") \
                and self.head not in _PLURALS_WITHOUT_S  # "a nurse", not "1,000 people"
        if self.kind is SourceKind.MEDIA:  # "BBC correspondent Jane Smith", not "the BBC"
            return self.proper and self.head not in ORG_WORDS \
                and proper_kind(self.name) is SourceKind.PERSON
        if self.kind is SourceKind.MILITARY:
            return self.proper and len(self.name.split()) >= 2 \
                and self.head not in ORG_WORDS  # "Gen. Ada Okafor", not "the Lowen Army"
        if self.kind not in _PERSON_KINDS:
            return False
        if self.kind is SourceKind.EXPERT and not self.proper \
                and not is_person_noun(self.head):
            return False  # "a study", "the survey": expert, but no person
        return self.proper or not (self.head.endswith("s") or self.head in _PLURALS_WITHOUT_S)

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



def _modifier_run(toks: Sequence[Token], i: int, j: int) -> bool:
    """True for a name that modifies the noun after it: "a Boca Raton lawyer".

    The run follows an article or a possessive and a lower-case word follows it.
    """
    before = toks[i - 1].lower if i > 0 else ""
    return (before in ("a", "an", "the") or before.endswith(_POSSESSIVES)) \
        and j < len(toks) and toks[j].text[:1].isalpha() and toks[j].text[:1].islower()




def _role_word(word: str) -> bool:
    """A lower-case noun of a role or of people ("co-chairman", "minister", "delegates")."""
    last = word.rsplit("-", 1)[-1]
    return word.isascii() and word.replace("-", "").isalpha() and (
        is_person_noun(word) or word in TITLE_WORDS or last in TITLE_WORDS
        or last.endswith(("man", "woman")))


def _role_stretch(toks: Sequence[Token], j: int) -> int:
    """The end of up to four lower-case words from ``j`` that end with a role word, or ``j``.

    "shadow home secretary", "co-chairman", "delegates": the words between a modifier
    ("Conservative", "Tory") and the name of the person, if one follows.
    """
    end = j
    k = j
    while k < len(toks) and k - j < 4 and toks[k].text[:1].islower() \
            and toks[k].text.replace("-", "").isalpha() and toks[k].lower not in _NOT_ROLES:
        k += 1
        if _role_word(toks[k - 1].lower):
            end = k
    return end


def _role_follows(toks: Sequence[Token], j: int) -> bool:
    """True when lower-case words ending with a role word start at ``j``."""
    return _role_stretch(toks, j) > j


def _name_after_role(toks: Sequence[Token], j: int) -> int:
    """After a capitalised run and the role words from ``j``: the end of the name after them.

    "Tory co-chairman Liam Fox has", "Conservative shadow home secretary David Davis
    was": a capitalised run that a lower-case word follows; the end of that run. When
    no name follows ("Tory delegates are"), -1: the caller finds no name.
    """
    k = _role_stretch(toks, j)
    end = k
    while end < len(toks) and toks[end].is_capitalized and not toks[end].is_quote:
        end += 1
    if k < end < len(toks) and toks[end].text[:1].isalpha() and toks[end].text[:1].islower():
        return end
    return -1


def _oblique_run(toks: Sequence[Token], i: int) -> bool:
    """True for a name inside a prepositional phrase: "on the board of the X Association"."""
    k = i - 1
    while k >= 0 and i - k <= 3 and toks[k].lower in DETERMINERS:
        k -= 1
    return k >= 0 and toks[k].lower in PREPOSITIONS


_FRONTED = frozenset({
    "back", "when", "while", "after", "before", "as", "since", "once", "until", "during",
    "despite", "amid", "following", "throughout", "upon", "through", "unlike", "like",
    "although", "though", "because", "if", "last", "this", "earlier", "later", "now", "then",
    "today", "yesterday", "speaking", "asked", "writing"})
"""Words that open an adverbial before the subject ("Back in 1983, ...", "When ..., ...")."""


def _possessive_length(word: str) -> int:
    """Characters of the possessive ending of ``word``: 2 ("Herzog's"), 1 ("Jones'"), 0."""
    if word.endswith(("’s", "'s")):
        return 2
    return 1 if word.endswith(("s’", "s'")) else 0


def _fronted_opener(tok: Token) -> bool:
    """True when a sentence's first word opens an adverbial phrase or clause, not a name
    ("During a town hall, ...", "Back in 1983, ...", "Recently, ...")."""
    w = tok.lower
    return w in PREPOSITIONS or w in TIME_WORDS or w in _FRONTED \
        or (len(w) > 4 and w.endswith("ly") and w.isalpha())


def _appositive_follows(toks: Sequence[Token], k: int, j: int) -> bool:
    """True when the name ``toks[k:j]`` (two words or more) is set off by a comma before an
    appositive or a relative clause: "Gene Sperling, a longtime adviser, ...", "Tashfeen
    Malik, who ..."."""
    return j - k >= 2 and toks[j].text == "," and j + 1 < len(toks) \
        and toks[j + 1].lower in ("a", "an", "the", "who", "whose")


_QUOTE_REPORT = re.compile(r'[,?!]["”] [a-z]|\b(?:said|says|told \w+)[:,] ["“]')
"""A quotation reported as news reports it: `," she said`, `said: "`, `told reporters: "`."""


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
        self._subjects: dict[int, Entity | None] = {}
        self._clauses: dict[int, list[tuple[int, Entity, bool]]] = {}
        """``_clause_subjects`` of each sentence, once looked at."""
        self._tokens: dict[int, list[Token]] = {}
        """The tokens of the first ``_SUBJECT_SPAN`` characters of each sentence looked at."""
        self._subject_at: dict[int, int] = {}
        """Offset of the first word of each sentence's subject, once looked at."""
        self._seen: dict[tuple[int, str | None], Entity] = {}
        self._reports: list[int] = []
        """Offsets of the attributions given to a source other than the writer or nobody."""
        self._readers_from: int | None = None
        """Where the readers' comments that end the article begin, once found."""
        self._writer_says_i = False
        """True once an "I" was found to be the writer's."""
        self._genders: dict[str, str | None] = {}
        """Entities by source occurrence: one phrase is one source, however many quotes."""
        self._kinds: dict[tuple[str, bool, str, frozenset[str], bool], SourceKind] = {}
        """``classify`` answers by its arguments: an entity is classified again and again."""
        self._mentions: dict[str, Mention] = {}
        """``parse_mention`` of each phrase read so far: the same names recur in an article."""
        self._families: dict[str, tuple[Member, ...]] = {}
        """``_family`` of each name asked about."""
        self.names = NameEvidence(text, self.gazetteer, self._parse, self._classify)
        """What the article says about its words: common words, people by surname."""
        self.families = Families(text, self.gazetteer.title, self.names.full_people, _TITLES,
                                 _NOT_FAMILY_NAMES)

    def _parse(self, phrase: str) -> Mention:
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

    def _new_entity(self, m: Mention, at: int) -> Entity:
        """A new entity for mention ``m`` at offset ``at`` (not yet among the entities).

        A surname that several people of the article share is the one of them it stands
        for here (``families``), or, when that is not clear, a source of its own named as
        written ("Clinton", "Mrs. Clinton").
        """
        members = self._family(m)
        if members:
            member = self._family_member(m, members, at)
            m = self._parse(member.name) if member is not None else Mention(
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

    def _by_name(self, m: Mention, at: int | None = None) -> Entity | None:
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
        if not m.proper or len(words) != 1:
            return None  # only a one-word name is short for a longer one
        for e in reversed(self.entities):
            if not e.proper or e.kind not in _PERSON_OR_OTHER:
                continue
            ewords = e.name.lower().split()
            if len(ewords) > 1 and ewords[-1] == words[0]:
                return e  # "Smith" after "John Smith"
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
        sentence = self._sentence_of(at)
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
        sentence = self._sentence_of(at)
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

    def _subject(self, sentence: int) -> Entity | None:
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
        if j == i + 1 and i < len(toks) and self.names.common_word(toks[i].text):
            j = i  # "Spitting at ...", "It's amazing": no name opens the sentence
        if i < j < len(toks) and _role_follows(toks, j):
            # "Tory co-chairman Liam Fox has ...": the name after the role; "Tory
            # delegates are ...": a modifier of the role, no name
            j = _name_after_role(toks, j)
        k = i  # "Mayor Maria Lopez spoke ...": the name after the titles
        while k < j and toks[k].lower in _TITLES_NOT_NAMES:
            k += 1
        if k < j < len(toks) and toks[k].lower not in FUNCTION_WORDS and (
                (toks[j].text[0].isalpha() and not toks[j].is_capitalized)
                or _appositive_follows(toks, k, j)) \
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
        if i < j < len(toks) and _role_follows(toks, j):
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
                and not toks[j].lower.endswith(_POSSESSIVES):
            j += 1
        if j >= len(toks) or not toks[j].is_capitalized \
                or not toks[j].lower.endswith(_POSSESSIVES) or j + 1 >= len(toks) \
                or not toks[j + 1].text[:1].isalpha():
            return None
        k = i
        while k < j and toks[k].lower in _TITLES_NOT_NAMES:
            k += 1
        end = toks[j].end - _possessive_length(toks[j].lower)
        last = self.text[toks[j].start:end]
        if toks[k].lower in FUNCTION_WORDS or last.lower() in DAYS \
                or last.lower() in TIME_WORDS or (k == j and self.names.common_word(last)):
            return None  # "Thursday's memo", "Today's ruling": no one's
        text = self.text[toks[k].start:end]
        m = self._parse(text)
        if not m.proper or is_country(m.name):
            return None
        entity = self._by_name(m, toks[k].start) or self._short_name(m, toks[k].start) \
            or self._new_entity(m, toks[k].start)
        return toks[k].start, entity, False

    def _sentence_tokens(self, sentence: int) -> list[Token]:
        """The tokens of a sentence's first ``_SUBJECT_SPAN`` characters (kept)."""
        toks = self._tokens.get(sentence)
        if toks is None:
            start = self.sentence_starts[sentence]
            end = self.sentence_starts[sentence + 1] if sentence + 1 < len(
                self.sentence_starts) else len(self.text)
            toks = self._tokens[sentence] = list(
                tokenize(self.text[start:min(end, start + _SUBJECT_SPAN)], start))
        return toks

    def _proper_source(self, toks: Sequence[Token], k: int, j: int, at: int,
                       ) -> Entity | None:
        """The source that the proper name ``toks[k:j]`` names (new ones first met at ``at``);
        None if it names no source or a country."""
        m = self._parse(self.text[toks[k].start:toks[j - 1].end])
        if not m.proper or is_country(m.name):
            return None
        return self._by_name(m, at) or self._short_name(m, at) or self._new_entity(m, at)

    def _described_subject(self, toks: Sequence[Token], i: int) -> Entity | None:
        """"A nurse at the hospital, who asked not to be named, ...": an unnamed person.

        Only an indefinite singular description of a person set off by a comma or "who",
        so that a later "she" can take it.
        """
        if i >= len(toks) or toks[i].lower not in ("a", "an"):
            return None
        for k in range(i + 2, min(len(toks), i + 16)):
            if toks[k].text in (",", "(", "—") or toks[k].lower == "who":
                m = self._parse(self.text[toks[i].start:toks[k - 1].end])
                if m.proper or m.plural or not is_person_noun(m.head) \
                        or m.head in TIME_WORDS:
                    return None
                return self._by_name(m) or self._new_entity(m, toks[i].start)
            if toks[k].is_quote or toks[k].text in (".", ";", ":"):
                return None
        return None

    def _sentence_of(self, at: int) -> int:
        lo, hi = 0, len(self.sentence_starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentence_starts[mid] <= at:
                lo = mid + 1
            else:
                hi = mid
        return max(0, lo - 1)

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
                                              _PLURALS_WITHOUT_S) and not e.proper)
            if pronoun in ("they", "we"):
                # a group or a body, not a thing ("a video", "more important")
                return not e.person and (e.proper or e.kind is not SourceKind.OTHER
                                         or e.head.endswith("s"))
            return False

        sentence = self._sentence_of(at)
        near = self._earlier_in_sentence(sentence, at, fits, content)
        if near is not None:
            return near
        # the one mentioned last, not the one met last: "Lind ... Ruiz ... Lind said" -> Lind
        best = max((e for e in self.entities if e.last < at and fits(e)),
                   key=lambda e: e.last, default=None)
        for s in range(sentence, max(-1, sentence - 3), -1):
            if self.sentence_starts[s] >= at:
                continue
            singular = pronoun in ("he", "she", "it", "i")
            found = next(((pos, e) for pos, e, plural in reversed(self._clause_subjects(s))
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
            return self._earlier_in_sentence(sentence, at, fits)
        return best

    def _clause_subjects(self, sentence: int) -> list[tuple[int, Entity, bool]]:
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
        subject = self._subject(sentence)
        if subject is not None:
            out.append((self._subject_at.get(sentence, self.sentence_starts[sentence]), subject,
                        False))
        toks = self._sentence_tokens(sentence)
        if subject is None:
            owner = self._possessor(toks, 0)
            if owner is not None:
                out.append(owner)
        fronted = bool(toks) and _fronted_opener(toks[0]) and (
            subject is None or not subject.person)
        inside = False
        for i, t in enumerate(toks):
            if t.is_quote:
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
                or toks[j - 1].lower.endswith(_POSSESSIVES) \
                or (j == i + 1 and self.names.common_word(toks[i].text)):
            return None
        named = self._proper_source(toks, i, j, toks[i].start)
        if named is None:
            return None
        return toks[i].start, named, toks[j].lower in _PLURAL_VERBS

    def _earlier_in_sentence(self, sentence: int, at: int, fits: Callable[[Entity], bool],
                             content: tuple[int, int] | None = None) -> Entity | None:
        """The nearest fitting name before offset ``at`` in its sentence, quotes aside.

        A name that modifies a noun ("a Boca Raton lawyer", "the Obama administration")
        mentions nobody who could speak, and a name inside a prepositional phrase ("on the
        board of the Harwick Club") is taken only when no other name fits: the subject
        ("Ada Okafor, a Lowen lawyer who sits on the board of X, said she ...") comes first.
        Names inside ``content`` (what is attributed) are passed over.
        """
        start = self.sentence_starts[sentence] if self.sentence_starts else 0
        if at - start > 400:
            start = at - 400
        toks = tokenize(self.text[start:at], start)
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
            if not _modifier_run(toks, i, j):
                end = toks[j - 1].end  # "Mr. Trump's favorite": the name without "'s"
                if j - 1 > i:
                    end -= _possessive_length(toks[j - 1].lower)
                runs.append((toks[i].start, end, _oblique_run(toks, i)))
            i = j
        for oblique in (False, True):
            for s, e, obl in reversed(runs):
                if obl is not oblique:
                    continue
                m = self._parse(self.text[s:e])
                if not m.proper:
                    continue
                known = self._by_name(m, s)
                candidate = known or self._new_entity(m, s)
                if fits(candidate) and (known is not None
                                        or candidate.kind is not SourceKind.OTHER):
                    if known is None:
                        self.entities.append(candidate)
                    return candidate
        return None

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
            and not self.names.common_word(first.text)

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
            if own is not None and own != answer and self._family(self._parse(words[-1])):
                answer = own
        self._genders[e.name] = answer
        return answer

    # ------------------------------------------------------------------ not names

    def is_author(self, surface: str, at: int) -> bool:
        """True for "I"/"we" outside quotations with no speaker named earlier in the sentence.

        Reported speech is quoted or attributed; an "I" or a "we" that speaks in the
        article's own voice ("we now know", "I call on ...") is its writer.
        """
        pronoun = surface.strip().lower()
        if pronoun not in ("i", "we") or self._inside_open_quote(at):
            return False

        def fits(e: Entity) -> bool:
            return e.person if pronoun == "i" else not e.person

        return self._earlier_in_sentence(self._sentence_of(at), at, fits) is None

    def _after_reported_speech(self, pronoun: str, at: int) -> bool:
        """True for an "I"/"we" of no one named in the readers' views an article ends with.

        A writer who speaks as "I" does so before or among the speech reported. An "I"
        that first shows in a paragraph after two or more attributions to others, in
        earlier paragraphs, with no quotation reported in the rest of the article
        (`," she said`, `said: "`), opens the readers' comments some articles collect at
        their end: it and every later "I" or "we" of no one named is a reader's view, not
        the writer's. A "we" opens nothing ("we know from history" is the writer's).
        """
        if self._readers_from is not None:
            return at >= self._readers_from
        if pronoun != "i" or self._writer_says_i:
            return False
        paragraph = self.text.rfind("\n", 0, at) + 1
        if len(self._reports) < 2 or self._reports[0] >= paragraph:
            return False
        if _QUOTE_REPORT.search(self.text, paragraph):
            return False
        self._readers_from = paragraph
        return True

    def _last_speaker(self, at: int) -> Entity | None:
        """The person whose words were attributed last before ``at``, if any."""
        people = [e for e in self.entities if e.members and e.last < at
                  and e.name not in (UNNAMED, AUTHOR)
                  and (e.person or (e.proper and e.kind is SourceKind.OTHER))]
        return max(people, key=lambda e: e.last, default=None)

    def _inside_open_quote(self, at: int) -> bool:
        """True when a quotation opened earlier in the paragraph is still open at ``at``.

        Only a paragraph or a sentence that opens with a quotation mark not closed before
        ``at``: a quotation that runs on over several paragraphs ("“We believe this is
        ... ¶ “The team just wants ...", also with the paragraphs run together) escapes
        the pairing of quotation marks, and an "I" inside it is the speaker's, not the
        writer's.
        """
        paragraph = self.text.rfind("\n", 0, at) + 1
        sentence = self.sentence_starts[self._sentence_of(at)] if self.sentence_starts else 0
        for start in {paragraph, max(paragraph, sentence)}:
            before = self.text[start:at].lstrip()
            if (before[:1] == "“" and "”" not in before) \
                    or (before[:1] == '"' and before.count('"') == 1):
                return True
        return self._last_mark_opens(paragraph, at)

    def _last_mark_opens(self, paragraph: int, at: int) -> bool:
        """True when the last quotation mark before ``at`` in its paragraph opens a quotation.

        A quotation that runs on over sentences, each opened anew and none closed
        (`said: "We tried. "Obviously we failed. I just hope ...`), leaves the "I" inside.
        A straight mark opens when it follows a space, a colon or the paragraph start and a
        word follows it.
        """
        text = self.text
        last = max(text.rfind('"', paragraph, at), text.rfind("“", paragraph, at),
                   text.rfind("”", paragraph, at))
        if last < 0 or text[last] == "”":
            return False
        if text[last] == "“":
            return True
        return (last == paragraph or text[last - 1] in " (:") \
            and last + 1 < at and text[last + 1].isalnum()

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
            return self._parse(words[1])
        return m

    # ------------------------------------------------------------------ entry

    def note(self, surface: str, at: int) -> None:
        """Record a name mentioned at ``at`` in a phrase that states nothing ("Okafor saw ...").

        Only a proper name: it becomes the person a later "he" or "she" may stand for, as
        if it had spoken, without an attribution of its own.
        """
        m = self._without_opener(self._parse(surface))
        if not m.proper or m.pronoun is not None or self.names.common_word(m.name.split()[0]):
            return
        entity = self._by_name(m, at) or self._short_name(m, at) or self._add(m, at)
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
            unnamed = self._by_name(m) or self._add(m, at)
            unnamed.anonymous = True
            unnamed.kind = SourceKind.ANONYMOUS
            return self._attach(unnamed, index, at, None)
        m = self._parse(surface)
        if m.pronoun in ("who", "which", "that") and antecedent:
            m = self._parse(antecedent)
        entity: Entity | None = None
        if m.pronoun in ("i", "we") and self.is_author(m.pronoun, at):
            if self._after_reported_speech(m.pronoun, at):
                return self._resolve(index, None, at, None)  # a reader's comment
            self._writer_says_i = self._writer_says_i or m.pronoun == "i"
            author = Mention(AUTHOR, AUTHOR, False, None, "author", frozenset(), True)
            entity = self._by_name(author) or self._add(author, at)
            entity.kind = SourceKind.PERSON
            return self._attach(entity, index, at, None)
        if m.pronoun in ("i", "we") and self._inside_open_quote(at):
            speaker = self._last_speaker(at)  # a quoted "we" is a person's words too
            if speaker is None:
                return self._resolve(index, None, at, None)  # a quoted "I" of nobody known
            return self._attach(speaker, index, at, None)
        if m.pronoun is not None:
            entity = self._pronoun(m.pronoun, at, content) or self._by_name(m) \
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
            entity = self._by_name(m, at)
            if entity is not None and len(m.name.split()) > len(entity.name.split()) \
                    and m.name.lower().endswith(entity.name.lower()):
                entity.aliases.add(entity.name)
                entity.name = m.name  # "Smith" first, "John Smith" later
            if entity is None:
                entity = self._short_name(m, at)
        elif m.definite:
            entity = self._by_description(m, at) or self._by_name(m)
            if entity is None and m.head in DOCUMENT_WORDS:
                named = self._owned_document(m, at)
                entity = self._by_name(named) or self._add(named, at)
                if named.name != m.name:
                    entity.aliases.add(m.name)
                m = named
            elif entity is None:
                entity = self._described_name(m, at) or self._named_of_kind(m, at) \
                    or self._office_holder(m, at) or self._epithet_holder(m.surface, at)
        else:
            entity = self._relative(m, at) or self._by_name(m, at)
        if entity is None:
            entity = self._add(m, at)
        return self._attach(entity, index, at, m)

    # ------------------------------------------------------------------ names elsewhere

    def _named(self, name: str, at: int) -> Entity:
        """The source called ``name``, made if it has not spoken yet."""
        m = self._parse(name)
        return self._by_name(m, at) or self._add(m, at)

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
        for end in _POSSESSIVES:
            name = name.removesuffix(end)  # "Eric Okafor’s remarks came after his father"
        gender = gender_of("", (m.head,), "")
        kin = [c for c in self._family(self._parse(name.rsplit(None, 1)[-1]))
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
        k = max((i for i, w in enumerate(words[:-1]) if w.endswith(_POSSESSIVES)), default=-1)
        if k >= 0:
            owner_phrase = " ".join(words[:k + 1])
            for end in _POSSESSIVES:
                owner_phrase = owner_phrase.removesuffix(end)
            owner_m = self._parse(owner_phrase)
            if owner_m.proper:
                return self._by_name(owner_m, at) or self._short_name(owner_m, at) \
                    or self._add(owner_m, at)
            if owner_m.definite:
                return self._by_description(owner_m, at) or self._described_name(owner_m, at)
            return None
        sentence = self._sentence_of(at)
        subject = self._subject(sentence)
        if subject is not None and self.sentence_starts[sentence] < at \
                and subject.head not in CHANNEL_WORDS:
            if subject not in self.entities:
                self.entities.append(subject)
            return subject
        return None

    def _short_name(self, m: Mention, at: int) -> Entity | None:
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
            return self._surname(self._parse(m.name.title()), at, people_only=True)
        return self._surname(m, at)

    def _surname(self, m: Mention, at: int, *, people_only: bool = False) -> Entity | None:
        """"Okafor" -> "Ada Okafor", the one person named so in the article; else a person.

        Full names with a title ("President Okafor") give the title's kind. A word that
        names no person may still be a company's first word ("Acme" -> "Acme Labs").
        """
        if self._family(m):
            entity = self._by_name(m, at) or self._add(m, at)
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
        named = self._parse(full)
        if not named.proper or not {w.lower() for w in words[1:-1]} <= {
                w.lower() for w in full.split()}:
            return None
        entity = self._by_name(named) or self._add(named, at)
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
                or any(w[:1].isupper() for w in words):
            return None
        found = self._names_of_kind(kinds, at, _KIND_REACH)
        if len(found) > 1 and self.sentence_starts:
            # "Amazon rose 1 percent. The online retail giant reported ...": the one
            # named in this or the sentence before, among many further back
            start = self.sentence_starts[max(0, self._sentence_of(at) - 1)]
            found = self._names_of_kind(kinds, at, at - start)
        if len(found) != 1:
            return None
        entity = self._named(found.pop(), at)
        entity.aliases.add(m.name)
        return entity

    def _names_of_kind(self, kinds: frozenset[SourceKind], at: int, reach: int) -> set[str]:
        """The names of bodies of one of ``kinds`` written within ``reach`` before ``at``."""
        found: set[str] = set()
        for name in self.gazetteer.names_before(at, reach):
            named = self._parse(name)
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
        sentence = self._sentence_of(at)
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
        sentence = self._sentence_of(at)
        start = self.sentence_starts[max(0, sentence - 3)] if self.sentence_starts else 0
        last = self._pronoun("i", at)  # found as "he" or "she" is, whatever the gender
        if last is not None and last.kind is SourceKind.OTHER and " " not in last.name:
            last = self._surname(self._parse(last.name), at, people_only=True)  # "Agassi"
        if last is None or not last.proper or not last.person:
            return None
        seen = max([last.last] + [self._subject_at.get(s, -1) for s in range(
            max(0, sentence - 3), sentence + 1) if self._subjects.get(s) is last])
        if seen < start:
            return None
        last.aliases.add(" ".join(["the", *words[1:]]))
        return last

    def _owned_document(self, m: Mention, at: int) -> Mention:
        """"the authority's own board papers" named after the owner the possessive finds."""
        words = m.name.split()
        k = next((i for i, w in enumerate(words) if w.endswith(_POSSESSIVES)), -1)
        if k < 0 or k == len(words) - 1:
            return m
        owner_phrase = " ".join(words[:k + 1])
        mark = "’" if "’" in words[k] else "'"
        for end in _POSSESSIVES:
            if owner_phrase.endswith(end):
                owner_phrase = owner_phrase[: -len(end)]
                break
        owner_m = self._parse(owner_phrase)
        owner: Entity | None
        if owner_m.proper:
            owner = self._by_name(owner_m, at) or self._short_name(owner_m, at)
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
        entity = self._new_entity(m, at)
        self.entities.append(entity)
        return entity

    def _attach(self, entity: Entity, index: int, at: int, m: Mention | None) -> Entity:
        entity.members.append(index)
        if entity.name not in (UNNAMED, AUTHOR):
            self._reports.append(at)
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
                    or self._family(self._parse(e.name)):
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
            elif e.proper and e.kind is SourceKind.OTHER and self._family(self._parse(e.name)):
                e.kind = SourceKind.PERSON  # "Clinton" of several Clintons: one of them
            aliases = tuple(sorted(a for a in e.aliases if a != e.name
                                   and a.lower() not in ("he", "she", "it", "they", "we", "i",
                                                         "who", "which", "that", "you")))
            out.append(Resolved(e.name, e.kind, e.anonymous, aliases, tuple(sorted(e.members))))
        return out
