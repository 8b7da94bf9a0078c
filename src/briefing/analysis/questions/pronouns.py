"""The person a "he" or "she" plainly stands for, so that a claim about them can be asked
by name: "Ann Vos fled the city. He is now thought to be in Rome." -> "Is Ann Vos now in
Rome?".

A question about "he" says nothing out of its sentence, and a "he" is as often someone the
article named long before as the person named last, so only the plain case counts: the
names before the pronoun, in its own sentence and the one before it, hold exactly one
person, of a gender that does not contradict the pronoun, and no "he"/"she" of theirs
comes before that person is named there ("He has been out for months ... Ferguson hinted
he may be back": the "he" is someone named earlier still).

The names are read by the sources analysis' own reader of names (``attribution``'s
``Resolver`` and its ``Subjects``), built for the article once, when first needed.
"""

from __future__ import annotations

import re

from briefing.analysis.attribution.entities import Entity
from briefing.analysis.attribution.gazetteer import Gazetteer
from briefing.analysis.attribution.genders import gender_of
from briefing.analysis.attribution.kinds import is_person_noun
from briefing.analysis.attribution.resolve import Resolver
from briefing.analysis.attribution.wordclasses import DAYS, TIME_WORDS
from briefing.model import Article, SourceKind

SUBJECT_PRONOUN = re.compile(r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])(?:e|is|er)|(?<=[Ss])he)\b"
                             r"(?=\s+[a-z])")
r"""A "he" or "she" before a lower-case word: a subject ("she may", "he is thought"); or a
"his" or "her" that may own one ("his term will be brief").

It is ``\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b(?=\s+[a-z])`` written to open with its first
letter, which lets the scan of every sentence pass over the other letters fast: the
lookbehind after it is the ``\b`` before it."""

_SAME_PERSON_PRONOUNS = {"he": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b"),
                         "she": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")}
_DESCRIBED = re.compile(r"\b(?:a|an|the|another|one)\s+(?:[\w\-]+\s+){0,2}?([a-z][a-z\-]+)\b")
"""A person described, not named ("a Devon man", "the 28-year-old"): the head word is
looked up with ``is_person_noun``."""
_QUOTES = re.compile(r"[\"\u201c\u201d]")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+$")


class PronounNames:
    """Who a subject "he"/"she" of an article's sentences plainly is (read when asked)."""

    def __init__(self, article: Article) -> None:
        self._article = article
        self._resolver: Resolver | None = None

    def _names(self) -> Resolver:
        """The resolver, once it has read the whole article.

        It reads as a reader does: which of several Trumps a bare "Trump" is depends on
        the people met so far, and reading a sentence's subjects adds them. So it reads
        the subjects of every sentence, in order, before any question is answered: an
        answer never depends on which sentences were asked about before (listing a
        sentence's names, ``names_before``, adds none).
        """
        if self._resolver is None:
            text = self._article.text
            self._resolver = Resolver(text, [s.start for s in self._article.sentences],
                                      Gazetteer(text, self._article.meta.title))
            for s in self._article.sentences:  # the subjects it meets are added
                self._resolver.subjects.clause_subjects(s.index)
        return self._resolver

    def _people_before(self, sentence: int, at: int) -> list[Entity]:
        """Every named person (and every proper name that may be one) of the sentence
        ``sentence`` before offset ``at``."""
        seen = self._names().subjects.names_before(sentence, at)
        return [e for e in seen if e.person or (
            e.proper and e.kind is SourceKind.OTHER and e.head not in DAYS
            and e.head not in TIME_WORDS)]

    def _subjects_before(self, sentence: int, at: int) -> set[str]:
        """Last words of the names that are subjects of clauses of ``sentence`` (or own
        them: "Herzog's party") before offset ``at``."""
        return {e.last_word
                for pos, e, _ in self._names().subjects.clause_subjects(sentence) if pos < at}

    def name_for(self, sentence: int, at: int, pronoun: str) -> str | None:
        """The name of the one person the pronoun at offset ``at`` of ``sentence`` stands
        for, as the article writes it (honorific kept: "Mr Glazer"); None unless plain."""
        sentences = self._article.sentences
        first = sentences[sentence - 1].start if sentence > 0 else sentences[sentence].start
        if _QUOTES.search(self._article.text, first, at):
            return None  # names inside quotations are not read: none is plain there (asked
            # before the names, which cost a reading of the whole article)
        people = self._people_before(sentence, at)
        subjects = self._subjects_before(sentence, at)
        if sentence > 0:
            people += self._people_before(sentence - 1, sentences[sentence - 1].end)
            subjects |= self._subjects_before(sentence - 1, sentences[sentence - 1].end)
        keys = {e.last_word for e in people}
        if len(keys) != 1:
            return None
        person = max(people, key=lambda e: len(e.name))
        text = self._article.text
        gender = gender_of(person.name, person.words, text)
        if gender not in (None, pronoun) or not (person.person or gender == pronoun):
            return None  # "she" for "Mr Okafor"; a name that may be a place or a firm
        if gender is None and not keys <= subjects:
            return None  # "a neutral party like X ..., she chose": only a subject is plain
        if (person.name.endswith("s") and person.name[:-1].isupper()) or " and " in person.name:
            return None  # "MPs", "Smith and Jones": more than one
        last = person.name.split()[-1]
        named = text.find(last, first, at)
        if named < 0:
            return None
        if _SAME_PERSON_PRONOUNS[pronoun].search(text, first, named):
            return None  # a "he" before the name: someone named earlier still
        if any(is_person_noun(m.group(1).lower()) for m in _DESCRIBED.finditer(text, named, at)):
            return None  # "X said a Devon man had been told he could ...": the man
        begin = text.find(person.name, first, at)
        honorific = _HONORIFIC.search(text, max(0, begin - 8), begin) if begin >= 0 else None
        return f"{honorific.group().strip()} {person.name}" if honorific else person.name
