"""The names an article uses anywhere, not only as sources, for resolving short references.

A source is often first named where it says nothing ("Harwick Regional Transit (HRT)
and the Rail Workers' Federation met ...") and later speaks under a short form: an
acronym ("HRT said"), a description ("the federation says"), or the first word of a
company's name ("Acme would not confirm"). The gazetteer reads the capitalised runs of
the whole text (and the title) once, when first asked, and answers:

* ``expand_acronym``: "HRT" -> "Harwick Regional Transit", from a definition in
  parentheses whose letters fit the name;
* ``by_head``: "federation" -> the name ending with that word used shortly before;
* ``by_first_word``: "Acme" -> "Acme Diagnostics", for names of companies only, and
  only when the word is never a surname in the article ("Mr. Acme", "Jane Acme");
* ``by_modifier``: "authority" -> the one name, used at least twice, that carries
  capitalised a noun written before "authority" elsewhere ("the transit authority" ->
  "Harwick Regional Transit");
* ``full_names``: "Okafor" -> the names of two or three words ending with it
  ("Ada Okafor"), so that a surname that speaks alone is known to be a person's;
* ``capitalised_inside``: whether a word is ever written capitalised inside a
  sentence, which a name is and a word that only opens sentences ("Maybe") is not.

Each answer is one name or None: where two names fit, the gazetteer does not guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set
from dataclasses import dataclass, field
from functools import cached_property

from briefing.analysis.attribution.names import TITLE_WORDS
from briefing.analysis.attribution.wordclasses import (
    CLAUSE_WORDS,
    CONNECTIVES,
    DETERMINERS,
    PREPOSITIONS,
)

_WORD = r"[A-Z][\w’'&-]*"
_RUN = re.compile(
    rf"{_WORD}(?:[^\S\n]+(?:(?:of|for|and|de|of the|&)[^\S\n]+)?{_WORD})*"
    r"(?:[^\S\n]*\(([A-Z][A-Za-z&]{1,9})\))?"
)
_LONGER = re.compile(rf"(?:[^\S\n]+(?:(?:of|for|and|&)[^\S\n]+)?{_WORD})+")
_COMPANY_APPOSITIVE = re.compile(
    r",[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:company|firm|manufacturer|maker"
    r"|business|start-?up|supplier|developer|operator|retailer|carrier|lender|bank|insurer"
    r"|chain|brand|conglomerate|contractor|group)\b")
_BEFORE = re.compile(r"\b([A-Z][\w’'-]*)\.?[^\S\n]+$")
_POSSESSIVE = ("’s", "'s")
_CONJOINED = re.compile(r"\s+(?:and|&)\s+")
NEAR = 2000
"""Characters within which a description may take a name used only before it."""
_NOT_NAMES = frozenset({"The", "A", "An", "In", "At", "On", "By", "For", "With", "From", "To",
                        "But", "And", "As", "If", "When", "While", "After", "Before", "Of"})
_NOT_FIRST_WORDS = DETERMINERS | PREPOSITIONS | CLAUSE_WORDS | CONNECTIVES
"""Words that open a sentence before a name, not the name ("However Acme", "Since Okafor")."""
_NOT_MODIFIERS = DETERMINERS | PREPOSITIONS | frozenset({
    "own", "new", "old", "same", "said", "former", "whole", "entire", "main", "local", "and",
    "or", "but", "that", "which", "who", "its", "their", "his", "her", "our",
})


def _strip(name: str) -> str:
    for end in _POSSESSIVE:
        if name.endswith(end):
            return name[: -len(end)]
    return name


def _initials_fit(acronym: str, name: str) -> bool:
    """True when the acronym's letters are, in order, initials of the name's words."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    initials = [w[0].upper() for w in name.split() if w[:1].isalpha()]
    if not letters or not initials or letters[0] != initials[0]:
        return False
    k = 0
    for c in initials:
        if k < len(letters) and c == letters[k]:
            k += 1
    return k == len(letters)


@dataclass(slots=True)
class _Tables:
    names: list[tuple[int, str]] = field(default_factory=list)
    """(offset, name) of every capitalised run of two words or more, "The" aside."""
    acronyms: dict[str, str] = field(default_factory=dict)


class Gazetteer:
    """Names used in one article's text and title, read lazily."""

    def __init__(self, text: str, title: str = "") -> None:
        self.text = text
        self.title = title
        # answers already given: the resolver asks about the same words again and again
        self._modifiers: dict[str, frozenset[str]] = {}
        self._inside: dict[str, bool] = {}

    @cached_property
    def _tables(self) -> _Tables:
        t = _Tables()
        for source, base in ((self.text, 0), (self.title, -1)):
            for m in _RUN.finditer(source):
                run = m.group(0)
                acronym = m.group(1)
                if acronym is None and " " not in run:
                    continue  # one word, most runs: no name of two words, no acronym
                if acronym is not None:
                    run = run[: run.rfind("(")].rstrip()
                run = _strip(run)
                if run.startswith("The "):
                    run = run[4:]
                if acronym is not None and " " in run and _initials_fit(acronym, run):
                    t.acronyms.setdefault(acronym, run)
                if " " in run:
                    t.names.append((m.start() if base == 0 else -1, run))
        return t

    def expand_acronym(self, acronym: str) -> str | None:
        """The full name an acronym was defined for ("Full Name (FN)"), if any."""
        if f"({acronym})" not in self.text and f"({acronym})" not in self.title:
            return None  # no definition: the tables need not be read
        return self._tables.acronyms.get(acronym)

    def by_head(self, noun: str, before: int) -> str | None:
        """The name that ends with ``noun`` ("federation") and was used shortly before.

        The nearest such name before offset ``before``, if one of its uses lies within
        ``NEAR`` characters (or in the title); None otherwise, so that "the party" far
        down an article does not take a party named once in its first lines.
        """
        noun = noun.lower()
        capitalised = noun[:1].upper() + noun[1:]
        if capitalised not in self.text and capitalised not in self.title:
            return None
        hits = [(at, n) for at, n in self._tables.names
                if at < before and n.rsplit(None, 1)[-1].lower() == noun]
        if not hits:
            return None
        at, name = max(hits)
        return name if at < 0 or before - at <= NEAR else None

    def names_before(self, before: int, reach: int) -> list[str]:
        """The capitalised runs, one word or more, within ``reach`` characters before ``before``.

        Runs that only open a sentence ("The", "In") are left out; "Mr"/"The" in front
        of a run are dropped.
        """
        start = max(0, before - reach)
        out: list[str] = []
        for m in _RUN.finditer(self.text, start, before):
            run = m.group(0)
            if m.group(1) is not None:
                run = run[: run.rfind("(")].rstrip()
            run = _strip(run)
            if run.startswith("The "):
                run = run[4:]
            if run and run not in _NOT_NAMES:
                out.append(run)
        return out

    def by_first_word(self, word: str, organisation: Set[str]) -> str | None:
        """The one organisation name ("Acme Diagnostics") that starts with ``word``.

        ``organisation`` holds the lower-case last words that make a name an
        organisation; a name followed by ", a company ..." is one too. None when the
        word is used as a surname anywhere in the article ("Mr. Acme", "Jane Acme"), or
        when several names fit.
        """
        fits: set[str] = set()
        for source in (self.text, self.title):
            i = source.find(word)
            while i >= 0:
                j = i + len(word)
                if (i == 0 or not source[i - 1].isalnum()) and (
                        j == len(source) or not source[j].isalnum()):
                    before = _BEFORE.search(source, max(0, i - 30), i)
                    if before is not None and before.group(1) not in _NOT_NAMES:
                        return None  # "Jane Acme", "Mr. Acme": a surname
                    longer = _LONGER.match(source, j)
                    if longer is not None:
                        name = _strip(word + longer.group(0))
                        if name.rsplit(None, 1)[-1].lower() in organisation \
                                or _COMPANY_APPOSITIVE.match(source, longer.end()):
                            fits.add(name)
                i = source.find(word, j)
        return next(iter(fits)) if len(fits) == 1 else None

    def modifiers(self, noun: str) -> frozenset[str]:
        """Lower-case nouns written right before ``noun`` ("transit" in "transit authority")."""
        if noun not in self._modifiers:
            self._modifiers[noun] = self._read_modifiers(noun)
        return self._modifiers[noun]

    def _read_modifiers(self, noun: str) -> frozenset[str]:
        pattern = re.compile(rf"\b([a-z][a-z-]+)[^\S\n]+{re.escape(noun)}\b", re.I)
        out: set[str] = set()
        for source in (self.text, self.title):
            for m in pattern.finditer(source):
                word = m.group(1)
                if word.islower() and word not in _NOT_MODIFIERS:
                    out.add(word)
        return frozenset(out)

    def by_modifier(self, noun: str) -> str | None:
        """The one name that carries, capitalised, a noun written before ``noun`` elsewhere.

        "the authority" in an article that also says "the transit authority" and names
        "Harwick Regional Transit" -> "Harwick Regional Transit". The name must be used
        at least twice (its acronym counts), so that a passing name does not take it.
        """
        mods = self.modifiers(noun)
        if not mods:
            return None
        fits = {n for _, n in self._tables.names
                if {w.lower() for w in n.split()} & mods}
        if len(fits) != 1:
            return None
        name = next(iter(fits))
        return name if self.uses(name) >= 2 else None

    def full_names(self, surname: str) -> frozenset[str]:
        """Names of two or three capitalised words that end with ``surname``.

        "Okafor" -> {"Ada Okafor"}; runs that open with a word that is no first name
        ("The", "In", "But", "However", "Since") or that hold "of"/"for" are left out;
        a long run gives the name after its last title ("Secretary of State Jon Husted"
        -> "Jon Husted"); a run of names joined by "and" ("Ada Okafor and Tom Reyes")
        gives each name.
        """
        return self._full_names.get(surname, frozenset())

    @cached_property
    def _full_names(self) -> dict[str, frozenset[str]]:
        """``full_names`` of every last word, read in one pass over the names."""
        out: dict[str, set[str]] = {}
        for _, run in self._tables.names:
            # "Donald Trump and Hillary Clinton": two names (a run with no "and" is one)
            names = _CONJOINED.split(run) if "and" in run or "&" in run else (run,)
            for n in names:
                words = _after_title(n.split())  # "Secretary of State Jon Husted"
                if 2 <= len(words) <= 3 and words[0] not in _NOT_NAMES \
                        and words[0].lower() not in _NOT_FIRST_WORDS \
                        and not {"of", "for", "and", "de", "&"} & set(words):
                    out.setdefault(words[-1], set()).add(" ".join(words))
        return {last: frozenset(names) for last, names in out.items()}

    def capitalised_inside(self, word: str) -> bool:
        """True when ``word`` is written capitalised somewhere other than a sentence start.

        Names are ("said Okafor", "Okafor's"); a common word that only opens sentences
        ("Maybe", "Remember", "Spitting") is not, also where it follows a quotation that
        ends a sentence ('"We will not pay." Unfortunately'). A title counts as inside
        unless it is in title case.
        """
        if word not in self._inside:
            self._inside[word] = self._read_capitalised_inside(word)
        return self._inside[word]

    def _read_capitalised_inside(self, word: str) -> bool:
        words = self.title.split()
        title_case = sum(w[:1].isupper() for w in words) > 0.6 * len(words)
        if not title_case and any(_ends_word(self.title, k + len(word))
                                  and (k == 0 or not _joins(self.title[k - 1]))
                                  for k in _occurrences(self.title, word)):
            return True  # a title in sentence case writes names capitalised
        for k in _occurrences(self.text, word):
            if not _ends_word(self.text, k + len(word)):
                continue
            j = k
            while j > 0 and self.text[j - 1].isspace() and self.text[j - 1] != "\n":
                j -= 1  # white space, not a line break, then a word or a mark
            if j < k and j > 0 and (_joins(self.text[j - 1])
                                    or self.text[j - 1] in ",;:\")”(") \
                    and not _closes_sentence(self.text, j):
                return True
        return False

    def in_text(self, name: str) -> bool:
        """True when the body (not only the title) writes ``name`` as a whole word or name."""
        return any(_ends_word(self.text, k + len(name)) and (k == 0 or not _joins(self.text[k - 1]))
                   for k in _occurrences(self.text, name))

    def uses(self, name: str) -> int:
        """How often the article uses a name, its acronym included ("HRT")."""
        t = self._tables
        count = sum(1 for _, n in t.names if n == name)
        for acronym, full in t.acronyms.items():
            if full == name:
                count += len(re.findall(rf"\b{re.escape(acronym)}\b", self.text)) - 1
        return count


def _after_title(words: list[str]) -> list[str]:
    """The words after the last title of a run longer than three words, else the run.

    "Secretary of State Jon Husted" -> "Jon Husted", "Former President Bill Clinton" ->
    "Bill Clinton": the name a title and an office ("of State") keep out of reach.
    """
    if len(words) <= 3:
        return words
    last = max((i for i, w in enumerate(words[:-2]) if w.lower() in TITLE_WORDS), default=-1)
    if last < 0:
        return words
    rest = words[last + 1:]
    if len(rest) > 2 and rest[0] in ("of", "for"):
        rest = rest[2:]  # "of State"
    return rest if len(rest) >= 2 else words


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Offsets of ``word`` in ``text``, left to right (str.find: no regex per word)."""
    k = text.find(word) if word else -1
    while k >= 0:
        yield k
        k = text.find(word, k + 1)


def _joins(ch: str) -> bool:
    """A character that continues a word: letters, digits, "_", apostrophes, "-"."""
    return ch.isalnum() or ch in "_’'-"


def _ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not (text[end].isalnum() or text[end] in "_-")


def _closes_sentence(text: str, end: int) -> bool:
    """True when ``text[:end]`` ends with a quotation that ends a sentence ('pay."', '?”').

    The word after it opens the next sentence ('"We will not pay." Unfortunately, ...')
    and is capitalised for that reason, not because it is a name; after '," ' it is not.
    """
    k = end
    while k > 0 and text[k - 1] in "\"”’'":
        k -= 1
    return k < end and k > 0 and text[k - 1] in ".?!…"
