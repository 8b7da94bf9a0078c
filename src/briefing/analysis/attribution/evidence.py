"""What an article's own text says about its words: which capitalised words are no names,
and which full names of persons a surname stands for.

A capitalised word that opens a sentence may be a name ("Okafor said") or a common word
("Maybe", "Spitting", "Candidates"); a surname may stand for one of several full names. No
word list decides that alone: the article does, by how it writes the word elsewhere (in
lower case, capitalised inside a sentence, after a given name) and by the full names it
uses (``gazetteer``). ``NameEvidence`` answers those questions for ``resolve.Resolver``
and for ``sources``, each answer worked out once per article.

The word classes shared with ``resolve`` (function words, words that open sentences, the
words of groups, parties and nationalities) live here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from briefing.analysis.attribution.gazetteer import Gazetteer
from briefing.analysis.attribution.genders import is_first_name
from briefing.analysis.attribution.kinds import (
    DEMONYMS,
    NATIONALITIES,
    is_country,
    is_role_noun,
)
from briefing.analysis.attribution.names import (
    ORG_WORDS,
    PLACE_WORDS,
    PRONOUNS,
    TITLE_WORDS,
    Mention,
)
from briefing.analysis.attribution.wordclasses import (
    AUXILIARIES,
    CLAUSE_WORDS,
    DETERMINERS,
    PREPOSITIONS,
    TIME_WORDS,
)
from briefing.model import SourceKind

OPENING_WORDS = frozenset({"maybe", "perhaps", "remember", "imagine", "consider", "recent",
                            "yes", "no", "please", "sure", "indeed", "sadly", "luckily",
                            "surely", "clearly", "obviously", "certainly", "go", "look",
                            "listen", "think", "start", "note", "say", "suppose", "rather",
                            "throughout", "beyond", "toward", "towards", "via", "amongst"})
"""Words that open sentences ("Maybe ...", "Remember, ...") and never name a source."""

_CONTRACTIONS = ("’s", "'s", "’m", "'m", "’re", "'re", "’ll", "'ll", "’ve", "'ve", "’d", "'d",
                 "n’t", "n't")

GROUP_HEADS = frozenset({"democrats", "republicans", "conservatives", "liberals",
                          "progressives", "americans", "evangelicals", "independents",
                          "voters", "supporters", "critics", "opponents", "dems"})
"""Plural heads of groups of people ("the House Democrats", "Trump supporters")."""

PARTY_HEADS = frozenset({"democrats", "republicans", "conservatives", "liberals", "tories",
                          "greens", "dems"})
"""Group names that are parties ("the Liberal Democrats"): organisations."""

PARTY_NAMES = frozenset({"labour", "tory", "conservative", "liberal", "democrat",
                          "democratic", "republican", "green", "lib", "dem"})
"""Capitalised modifiers an office may carry ("the Liberal Democrat leader")."""

FUNCTION_WORDS = CLAUSE_WORDS | PREPOSITIONS | DETERMINERS | {"it", "there", "here"}
"""Words that are no name, however written ("The", "Of", "Which")."""

NOT_PERSONAL = PARTY_NAMES | PARTY_HEADS | GROUP_HEADS | DEMONYMS | NATIONALITIES
"""Words that name a party, a group or a nationality, not a person ("Tory", "British")."""

_PERSON_OR_MILITARY = frozenset({SourceKind.PERSON, SourceKind.OFFICIAL, SourceKind.EXPERT,
                                 SourceKind.MILITARY})

_PRONOUNS_OR_DETERMINERS = PRONOUNS | DETERMINERS

_ABSTRACT = ("tion", "sion", "ness", "ment", "ism", "ship", "ity", "ance", "ence")
"""Endings of abstract nouns ("Speculation", "Agreement"): no person's name, alone."""

_ABBREVIATIONS = re.compile(r"^(?:[A-Z]{2,} )+")
"""Abbreviations in capitals before a full name ("DJ", "AG")."""

NOT_GIVEN = NOT_PERSONAL | ORG_WORDS | PLACE_WORDS | TIME_WORDS | AUXILIARIES \
    | FUNCTION_WORDS | frozenset({"neither", "either", "whatever", "whenever", "wherever",
                                   "whoever", "first"})
"""Words that open no person's full name ("Neither Okafor", "Tory Okafor")."""


def is_group_name(name: str) -> bool:
    """True for a name made only of party, group or nationality words ("Lib Dems", "Tory")."""
    words = [w.lower().strip(".,") for w in name.split()]
    return bool(words) and all(w in NOT_PERSONAL for w in words)


def may_be_surname(word: str) -> bool:
    """False for a word that ends the names of groups, bodies or places ("Guard")."""
    low = word.lower()
    return not (is_group_name(word) or low in GROUP_HEADS or low in ORG_WORDS
                or low in PLACE_WORDS)


_EMPLOYEE_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "manager", "executive", "engineer",
    "employee", "director", "analyst", "researcher", "official", "president", "chief",
    "head", "boss", "chairman", "chairwoman", "lawyer", "worker", "works", "worked",
    "working",
})
"""Nouns (and "works") before "at"/"for" and a name: "a security manager at Microsoft"."""
_EMPLOYER_AFTER = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "boss", "manager", "employees", "staff",
    "shares", "shareholders", "headquarters", "executives", "subsidiary", "stock",
})
"""Words after a name that make it an employer's: "Newcastle boss", "Acme shares"."""


class NameEvidence:
    """The article's answers about its words and names, each worked out once.

    ``parse`` and ``classify`` are the resolver's readers of a phrase and of its kind
    (``names.parse_mention`` and ``kinds.classify``, read once per phrase and article).
    """

    def __init__(self, text: str, gazetteer: Gazetteer, parse: Callable[[str], Mention],
                 classify: Callable[[str, bool, str, Iterable[str], bool], SourceKind],
                 ) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self._parse = parse
        self._classify = classify
        self._common: dict[tuple[str, bool], bool] = {}
        """``common_word`` answers by (word, lower_use): the same words open many sentences."""
        self._people: dict[str, dict[str, SourceKind]] = {}
        """``people`` by surname: the full names of persons that end with it, and their kinds."""
        self._bodies: dict[str, bool] = {}
        """``typed_as_body`` answers by name."""
        self._after_given: dict[str, bool] = {}
        """``after_given_name`` answers by word."""

    def typed_as_body(self, name: str) -> bool:
        """True when the article writes ``name`` as a body's, not a person's.

        "Newcastle boss Graeme Souness", "Microsoft spokesman Frank Shaw", "Acme shares",
        "a security manager at Microsoft", "a spokeswoman for Acme": the name of an
        employer, club or company, which a "he" or "she" never stands for. Not a name that
        the article also writes after a given name or gives in full ("Clinton aide Huma
        Abedin" after "Hillary Clinton": a person's aide).
        """
        answer = self._bodies.get(name)
        if answer is None:
            answer = self._bodies[name] = self._read_typed_as_body(name)
        return answer

    def _read_typed_as_body(self, name: str) -> bool:
        text = self.text
        found = False
        k = text.find(name)
        while k >= 0 and not found:
            end = k + len(name)
            if (k == 0 or not text[k - 1].isalnum()) and (
                    end >= len(text) or not text[end].isalnum()):
                after = text[end:end + 24].split(maxsplit=2)
                before = text[max(0, k - 40):k].split()
                found = (bool(after) and after[0].lower() in _EMPLOYER_AFTER) or (
                    len(before) >= 2 and before[-1].lower() in ("at", "for")
                    and before[-2].lower().rstrip(",") in _EMPLOYEE_NOUNS)
            k = text.find(name, k + 1)
        if not found:
            return False
        return not self.gazetteer.full_names(name) and not self.after_given_name(
            name.split()[-1]) and not is_first_name(name.split()[0])

    def common_word(self, word: str, *, lower_use: bool = True) -> bool:
        """True for a capitalised word that is no name here: "Maybe", "It's", "Spitting".

        A contraction, or a word that the article never writes capitalised inside a
        sentence and that looks like a function word, an adverb or a gerund ("Perhaps",
        "Spitting"), or (with ``lower_use``) that the article also writes in lower case,
        is a common word that only opens a sentence. A noun that opens a sentence
        ("Video shows", "Lawmakers said") is a description, not a name, but a source: it
        is common only with ``lower_use``, which the search for a "he" uses. ``word`` is
        one word (a token): one with a space in it is never written in lower case.
        """
        key = (word, lower_use)
        if key not in self._common:
            self._common[key] = self._read_common_word(word, lower_use)
        return self._common[key]

    def _read_common_word(self, word: str, lower_use: bool) -> bool:
        low = word.lower()
        if low.endswith(_CONTRACTIONS) and low[:-2].rstrip("’'") in (
                "that", "there", "what", "you", "we", "who", "here", "let", "ca", "do",
                "does", "did", "is", "are", "was", "were", "has", "have", "had", "wo",
                "would", "could", "should", "ai", "need", "must", "it"):
            return True
        if not word[:1].isupper() or word.isupper() or self.gazetteer.capitalised_inside(word):
            return False
        if low in FUNCTION_WORDS or low in TIME_WORDS or low in OPENING_WORDS \
                or low.endswith(("ly", "ing")):
            return True
        return lower_use and self._written_lower(low)

    def reads_common(self, word: str) -> bool:
        """True for a word that reads as a common one, wherever it is capitalised.

        A function or time word, a word ending like an adverb, a gerund or an abstract
        noun ("Speculation", "Parenting"; not a first name such as "Sterling"), or one
        the article also writes in lower case ("Candidates").
        """
        low = word.lower()
        return low in FUNCTION_WORDS or low in TIME_WORDS or low in OPENING_WORDS \
            or (len(low) > 5 and low.endswith(("ly", "ing", *_ABSTRACT))
                and not is_first_name(word)) \
            or self._written_lower(low)

    def _written_lower(self, low: str) -> bool:
        """True when ``low``, in lower case, stands between spaces or line breaks in the text."""
        if not low.islower() or " " in low or "\n" in low:
            return False
        text = self.text
        k = text.find(low)
        while k >= 0:
            end = k + len(low)
            if (k == 0 or text[k - 1] in " \n") and (end == len(text) or text[end] in " \n"):
                return True
            k = text.find(low, k + 1)
        return False

    def names_nobody(self, surface: str) -> bool:
        """True when a source phrase is one common word written capitalised ("Remember")."""
        words = surface.split()
        if len(words) != 1 or words[0].lower() in _PRONOUNS_OR_DETERMINERS:
            return False  # "It", "Some": a pronoun or a quantifier, read elsewhere
        return words[0][:1].isupper() and self.common_word(
            words[0].strip(",.;:"), lower_use=False)

    def people(self, surname: str) -> dict[str, SourceKind]:
        """The full names of persons the article uses that end with ``surname``, and kinds.

        Names (``gazetteer.full_names``) without their titles ("President Ada Okafor" ->
        "Ada Okafor") of a person, a military officer or of no known kind, whose first
        word may be a given name: not a word that only opens the sentence ("Since
        Okafor", "Neither Okafor"), a title or role ("Senators Okafor", "Sprinter
        Okafor"), a nationality or an abbreviation in capitals ("AG Okafor").
        """
        if surname in self._people:
            return self._people[surname]
        people: dict[str, SourceKind] = {}
        for n in sorted(self.gazetteer.full_names(surname)):
            full = self._parse(n)
            name = _ABBREVIATIONS.sub("", full.name)  # "DJ Lisa Iles": "Lisa Iles"
            if not full.proper or not name.endswith(surname) or (
                    name != surname and not self.given_name(name.split()[0])):
                continue
            kind = self._classify(name, True, full.head, full.words, False)
            if kind in _PERSON_OR_MILITARY:
                people[name] = kind
        if len([n for n in people if n != surname]) > 1 and may_be_surname(surname):
            # several: only names the body uses, whose first word is a given name or a
            # name written inside a sentence ("Classic Okafor" opening one is none)
            people = {n: k for n, k in people.items() if n == surname or (
                self._written_as_name(n.split()[0]) and self.gazetteer.in_text(n))}
        self._people[surname] = people
        return people

    def full_people(self, surname: str) -> list[str]:
        """``people``'s full names, the surname alone aside (for ``families``)."""
        return [n for n in self.people(surname) if n != surname]

    def _written_as_name(self, word: str) -> bool:
        """A common first name, an initial, or a word written capitalised inside a sentence."""
        return is_first_name(word) or len(word.rstrip(".")) == 1 \
            or self.gazetteer.capitalised_inside(word)

    def given_name(self, word: str) -> bool:
        """True when ``word``, the first of a full name, may be a given name or an initial."""
        if is_first_name(word):
            return True
        low = word.lower()
        bare = low.rstrip(".")
        if len(bare) == 1:
            return word[:1].isupper()  # "J Robinson", "J. Robinson"
        single = low[:-1] if low.endswith("s") else low
        return word[:1].isupper() and not word.isupper() and low not in TITLE_WORDS \
            and single not in TITLE_WORDS and not is_role_noun(single) \
            and low not in NOT_GIVEN and not self.common_word(word)

    def after_given_name(self, word: str) -> bool:
        """True when the text writes ``word`` right after a given name ("Rowan Williams").

        An initial may come between ("Gregory W. Meeks"); the given name is a capitalised
        word that may open a person's name (``given_name``: no title, role, place, body
        or common word), with only a space before ``word``, after no article ("a Boca
        Raton lawyer"), and no capitalised word follows (not "Clean Power Plan").
        """
        answer = self._after_given.get(word)
        if answer is None:
            answer = self._after_given[word] = self._read_after_given_name(word)
        return answer

    def _read_after_given_name(self, word: str) -> bool:
        if not word[:1].isupper() or not may_be_surname(word):
            return False
        text = self.text
        k = text.find(" " + word)
        while k > 0:
            end = k + 1 + len(word)
            ends = end >= len(text) or not (text[end].isalnum() or text[end] in "_-")
            if ends and not (text[end:end + 1] == " " and text[end + 1:end + 2].isupper()):
                words = text[max(0, k - 40):k].split(" ")[1 if k > 40 else 0:]
                if len(words) > 1 and len(words[-1]) == 2 and words[-1][0].isupper() \
                        and words[-1][1] == ".":
                    words.pop()  # "Gregory W. Meeks"
                prev = words[-1] if words else ""
                if prev.isalpha() and prev[:1].isupper() and not prev.isupper() \
                        and not (len(words) > 1 and words[-2].lower() in DETERMINERS) \
                        and not is_country(prev) and self.given_name(prev):
                    return True
            k = text.find(" " + word, k + 1)
        return False
