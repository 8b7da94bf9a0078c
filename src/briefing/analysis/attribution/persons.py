"""Person or body: what the article says a source of no known kind is, and its gender.

A gendered word, an honorific or a common first name gives a gender (``_gender``); a
sign of a person, or a "he" or "she" standing for a name, makes it a person's
(``_personal_name``, ``_personal_by_usage``); a proper name that nothing makes a person's
and that is no place or group of people is an organisation's (``_body_by_default``).
"""

from __future__ import annotations

from briefing.analysis.attribution.entities import Entity
from briefing.analysis.attribution.evidence import GROUP_HEADS, PARTY_NAMES, is_group_name
from briefing.analysis.attribution.genders import gender_of, is_first_name
from briefing.analysis.attribution.kinds import COMPANY_WORDS, DEMONYMS, HONORIFICS
from briefing.analysis.attribution.names import ORG_WORDS, PERSONAL_PRONOUNS, TITLE_WORDS
from briefing.analysis.attribution.registry import Registry
from briefing.model import SourceKind

_PERSON_SIGNS = HONORIFICS | TITLE_WORDS - PARTY_NAMES - {
    "former", "ex", "vice", "chief", "acting", "assistant", "deputy", "press", "executive",
    "international", "general", "major", "republican", "tory"}
"""Words said of a source that make it a person ("Mr", "Sen.", "minister")."""
_BODY_WORDS = (ORG_WORDS | COMPANY_WORDS | {"band", "group", "magazine", "newspaper", "paper",
                                             "website", "firm", "club", "team"}) - {"house"}
"""Words said of a name that make it a body's ("pop band Busted", "Empire magazine")."""


class Persons(Registry):
    """The resolver's reading of whether a source is a person, and of which gender."""

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
