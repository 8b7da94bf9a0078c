"""Descriptions resolved to a named source: "the ministry", "the broadcaster", "the prime
minister", "the central defender", "the band's post", "his father".

* a definite description takes the latest source whose name, title or description has
  its noun, or whose kind fits (``_by_description``);
* a description of an institution that fits no source takes the name that ends with its
  noun or carries a noun written before it elsewhere (``_described_name``); one that names
  a kind of body, the one body of that kind named shortly before (``_named_of_kind``);
* an office or an epithet is the person named just before (``_office_holder``,
  ``_epithet_holder``);
* a document with an owner is named after the owner (``_owned_document``), a channel is
  the words of whoever issued it (``_channel_owner``), and "his father" is the one other
  person of his surname of that gender (``_relative``).
"""

from __future__ import annotations

import re

from briefing.analysis.attribution.entities import Entity
from briefing.analysis.attribution.evidence import PARTY_NAMES
from briefing.analysis.attribution.genders import gender_of
from briefing.analysis.attribution.kinds import CHANNEL_WORDS, DEMONYMS, is_person_noun
from briefing.analysis.attribution.names import ORG_WORDS, TITLE_WORDS, Mention
from briefing.analysis.attribution.pronouns import Pronouns
from briefing.analysis.attribution.subjects import sentence_of
from briefing.analysis.attribution.wordclasses import POSSESSIVES
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
PARTY_MEMBERS = frozenset({"republican", "democrat"})
"""Capitalised heads of "the Wisconsin Republican": a party member, named just before."""
_KIND_REACH = 1500
"""Characters back within which "the broadcaster" looks for the name of a broadcaster."""
_BY_OWNER = re.compile(r"\b(?:by|from)\b")
"""A description of something made by someone ("figures released by the ministry")."""
_KIN_WORDS = frozenset({"father", "mother", "son", "daughter", "brother", "sister", "husband",
                        "wife", "uncle", "aunt", "nephew", "niece", "grandfather",
                        "grandmother", "dad", "mom", "mum"})
"""Kinship nouns: "his father" may be another person of the same surname."""


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


class Descriptions(Pronouns):
    """The resolver's reading of descriptions."""

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
        party = head in PARTY_MEMBERS and words[-1][:1].isupper() and len(words) == 3 \
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
