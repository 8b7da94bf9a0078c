"""Families: which of several people who share a surname a surname alone stands for.

An article that names "Donald Trump" and "Eric Trump", or "Hillary Clinton" and "Bill
Clinton", still writes "Trump said" or "Mrs. Clinton said" for one of them. The people
of a surname (``Families.members``) are the full names of persons the article uses that
end with it, one member per person: "Hillary Clinton" and "Hillary Rodham Clinton",
"Dave Collins" and "David Collins", "J Robinson" and "Jason Robinson" are one. A surname
alone is then given (``Families.choose``), in this order, to:

1. the only member of the gender its honorific or description says ("Mrs. Clinton" is
   not Bill Clinton), or, when others are of no known gender, the only one known to be of
   it ("Mr. Clinton" is Bill Clinton, not Chelsea Clinton, whose first name is of no
   listed gender);
2. the only member written with the title it carries ("President Clinton" is the one
   the article calls "former President Bill Clinton");
3. the only member the headline names in full ("Bill Clinton calls ...");
4. the member named last as a speaker or a subject in the paragraph or the two before
   it, or three sentences back ("Donald Trump also criticized ... “...,” he said. ... Trump
   said Friday"); after "Mr." or "Mrs.", only a member known to be of that gender;
5. the member the article names in full first, at least three times and at least
   twice as often as any other ("Hillary Clinton" first and 20 times, "Bill Clinton"
   4 times): the one the story is about;
6. the only member of the gender of the first "he" or "she" that follows the surname
   in its sentence ("Clinton said she ...", "Trump refused to release his ...").

Anything else is left undecided (None): the surname then stands for no one of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from briefing.analysis.attribution.genders import gender_of

_GENERIC_TITLES = frozenset({"former", "ex", "mr", "mrs", "ms", "miss", "dr", "late"})
"""Words before a name that tell no two people of one family apart."""
_NEAR_SENTENCES = 3
"""Sentences before the surname's own in which a member named last is the one meant."""
_DOMINANT_USES = 3
"""Full-name uses that make a member the one meant when the others are named half as often."""
_OPENS = ".!?…\"“”'‘’,;:(—–\n"
"""Marks after which a name opens a sentence or a clause (a subject, not an object)."""
_TITLE_SPAN = 40
"""Characters before a full name read for its titles ("former President Bill Clinton")."""


@dataclass(frozen=True, slots=True)
class Member:
    """One person of a family: every form of their full name and what the article says."""

    name: str
    """The form the article uses most ("Hillary Clinton")."""
    names: frozenset[str]
    """Every form of the full name ("Hillary Clinton", "Hillary Rodham Clinton")."""
    gender: str | None
    """"he" or "she" by the first name or a word right before the name ("his daughter,
    Chelsea Clinton"), else None."""
    titles: frozenset[str]
    """Title words, lower case and without a full stop, written before the full name."""
    uses: int
    """How often the text names the member in full."""
    named_at: tuple[int, ...]
    """Offsets where the full name is a subject: it opens a sentence or a clause."""
    first: int
    """Offset of the first use of the full name in the text (-1: only in the headline)."""


def _variants(a: str, b: str) -> bool:
    """True when two full names of one surname are forms of one person's name.

    The same first word ("Hillary Clinton", "Hillary Rodham Clinton"), first words that
    share their first three letters ("Dave", "David"; "Sandy", "Sandra"), an initial
    and a first name it opens ("J Robinson", "Jason Robinson"), or one name's words all
    inside the other's ("Rival Hillary Clinton").
    """
    wa, wb = a.split(), b.split()
    fa, fb = wa[0].rstrip(".").lower(), wb[0].rstrip(".").lower()
    if fa == fb or set(wa) <= set(wb) or set(wb) <= set(wa):
        return True
    if min(len(fa), len(fb)) >= 3 and fa[:3] == fb[:3]:
        return True
    return (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def surname_of(name: str) -> str:
    """The last word of a full name ("Clinton" of "Chelsea Clinton")."""
    return name.rsplit(None, 1)[-1]


def _title_words(words: Iterable[str], titles: frozenset[str]) -> frozenset[str]:
    """The words among ``words`` that are titles, lower case and without a full stop."""
    out = set()
    for w in words:
        low = w.lower().strip(",").rstrip(".")
        if low in titles and low not in _GENERIC_TITLES:
            out.add(low)
    return frozenset(out)


class Families:
    """The families of one article's surnames, read when first asked about."""

    def __init__(self, text: str, title: str, full_names: Callable[[str], Iterable[str]],
                 titles: frozenset[str], not_names: frozenset[str] = frozenset()) -> None:
        """``full_names`` gives the persons' full names that end with a surname;
        ``titles`` the title words, lower case and without a full stop ("president",
        "sen"); ``not_names`` lower-case words that open no full name ("the", "however",
        titles too)."""
        self.text = text
        self.title = title
        self._full_names = full_names
        self._titles = titles
        self._not_names = not_names
        self._members: dict[str, tuple[Member, ...]] = {}

    def members(self, surname: str) -> tuple[Member, ...]:
        """The people named ``surname`` in the article; () when fewer than two."""
        if surname not in self._members:
            self._members[surname] = self._read_members(surname)
        return self._members[surname]

    def _read_members(self, surname: str) -> tuple[Member, ...]:
        if len(self._before(surname)) < 2:
            return ()  # most names: no two capitalised words before them, no family
        names = sorted(set(self._full_names(surname)))
        if len(names) < 2:
            return ()
        uses = {n: self._uses(n) for n in names}
        groups: list[list[str]] = []
        for n in sorted(names, key=lambda n: (-uses[n], len(n), n)):
            group = next((g for g in groups if any(_variants(n, o) for o in g)), None)
            if group is None:
                groups.append([n])
            else:
                group.append(n)
        if len(groups) < 2:
            return ()
        return tuple(self._member(g, uses) for g in groups)

    def _before(self, surname: str) -> set[str]:
        """The capitalised words, titles aside, written right before ``surname``."""
        out = set()
        text = self.text
        k = text.find(" " + surname)
        while k > 0:
            word = text[max(0, k - 30):k].rsplit(None, 1)[-1] if not text[k - 1].isspace() else ""
            if word[:1].isupper() and word[-1:].isalpha() and word.lower() not in self._not_names:
                out.add(word)  # not "The Okafor", "However, Okafor", "Acme. Okafor"
            k = text.find(" " + surname, k + 1)
        return out

    def _member(self, group: Sequence[str], uses: dict[str, int]) -> Member:
        titles: set[str] = set()
        said: set[str] = set()
        named_at: list[int] = []
        earliest = -1
        for n in group:
            for m in self._occurrences(n):
                earliest = m.start() if earliest < 0 else min(earliest, m.start())
                before = self.text[max(0, m.start() - _TITLE_SPAN):m.start()]
                line = before.rsplit("\n", 1)[-1]
                words = line.split()
                titles |= _title_words(words[-4:], self._titles)
                if words:
                    said.add(words[-1].strip(",").lower())  # "his daughter, Chelsea Clinton"
                if self._opens_clause(m.end(), line):
                    named_at.append(m.start())
        first = group[0]  # the most used form, the shortest of those
        gender = gender_of(first, (), "") or gender_of(surname_of(first), said, "")
        return Member(first, frozenset(group), gender, frozenset(titles),
                      sum(uses[n] for n in group), tuple(sorted(named_at)), earliest)

    def _occurrences(self, name: str) -> Iterable[re.Match[str]]:
        return re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", self.text)

    def _uses(self, name: str) -> int:
        return sum(1 for _ in self._occurrences(name))

    def _opens_clause(self, end: int, line: str) -> bool:
        """True when the name before ``end`` is a subject, not an object or a modifier.

        Not a possessive ("Eric Trump’s comments") nor part of a longer name ("the Eric
        Trump Foundation"); only titles ("Former President", "Sen.") between it and the
        start of the line or a mark that opens a clause ("in the administration of
        former President Bill Clinton" is no subject), and no appositive set off by
        commas ("her husband, former President Bill Clinton, ...").
        """
        after = self.text[end:end + 3]
        if after[:2] in ("’s", "'s") or re.match(r"\s[A-Z]", after):
            return False
        words = line.split()
        while words and (words[-1].lower().rstrip(".") in self._titles or (
                words[-1][:1].isupper() and words[-1][-1:] not in _OPENS)):
            words.pop()  # "Former President", "Sen.", "Democrat"
        if not words:
            return True
        mark = words[-1][-1:]
        return mark in _OPENS and not (mark == "," and after[:1] == ",")

    def choose(self, members: Sequence[Member], gender: str | None, titles: Iterable[str],
               known: Callable[[Member], tuple[int, str | None]], at: int, since: int,
               pronoun: str | None = None) -> Member | None:
        """The member a surname at ``at`` stands for, or None when it is not clear.

        ``gender`` and ``titles`` are what the surname's own phrase says ("Mrs.",
        "President"); ``known`` gives what the sources read so far say of a member: the
        offset at which it last spoke or was resolved to (-1: never) and its gender ("Mr.
        Abedini" resolved to it before); ``since`` is where the sentences of rule 4 start;
        ``pronoun`` is the first "he" or "she" after the surname in its sentence (rule 6).
        """
        return self.decide(members, gender, titles, known, at, since, pronoun)[0]

    def decide(self, members: Sequence[Member], gender: str | None, titles: Iterable[str],
               known: Callable[[Member], tuple[int, str | None]], at: int, since: int,
               pronoun: str | None = None) -> tuple[Member | None, str]:
        """``choose``, with the name of the rule that decided ("gender", "title", "headline",
        "near", "first and most named"; "" when none did)."""
        said = {c.name: known(c) for c in members}
        cands = [c for c in members
                 if gender is None or (c.gender or said[c.name][1]) in (None, gender)]
        wanted = _title_words(titles, self._titles)
        if wanted:
            fit = [c for c in cands if c.titles & wanted]
            if len(fit) == 1:
                return fit[0], "title"
        if len(cands) <= 1:
            return (cands[0], "gender") if cands else (None, "")
        # "Mr. Clinton" next to "Bill Clinton" and "Chelsea Clinton": the one man of the name
        sure = [c for c in cands if gender is None or (c.gender or said[c.name][1]) == gender]
        if gender is not None and len(sure) == 1:
            return sure[0], "gender"
        headline = [c for c in cands if any(n in self.title for n in c.names)]
        if len(headline) == 1:
            return headline[0], "headline"
        near = [(max([p for p in c.named_at if since <= p < at] + [said[c.name][0]]), c.name, c)
                for c in sure]
        if near:
            pos, _, best = max(near, key=lambda x: (x[0], x[1]))
            if pos >= since and sum(1 for p, _, _ in near if p == pos) == 1:
                return best, "near"
        ranked = sorted(cands, key=lambda c: -c.uses)
        top = ranked[0]
        if top.uses >= _DOMINANT_USES and top.uses >= 2 * ranked[1].uses and top.first == min(
                c.first for c in members if c.first >= 0):
            return top, "first and most named"
        if gender is None and pronoun is not None:
            said_so = [c for c in cands if (c.gender or said[c.name][1]) == pronoun]
            if len(said_so) == 1:
                return said_so[0], "pronoun"
        return None, ""
