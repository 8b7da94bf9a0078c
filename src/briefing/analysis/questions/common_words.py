"""Which words of an article are no names: the words it writes in lower case, and the
capitalised words that open its sentences but are no names, so that a question that puts one
inside a sentence writes it in lower case ("Is it confirmed that studies have shown ...?").
"""

from __future__ import annotations

import re

from briefing.analysis.lexical import stem
from briefing.analysis.phrasing import (
    AUXILIARIES,
    bare_word,
    is_dictionary_word,
    is_everyday_word,
    is_finite_verb,
)
from briefing.model import Article

_ERS_WORD = re.compile(r"[A-Z][a-z]+ers\b")
_OPENING_WORD = re.compile(r"[\"'\u201c\u2018(]*(?P<word>[A-Z][a-z]+)(?=[\s,;:]+(?P<next>\S+)"
                           r"(?:\s+(?P<after>\S+))?)")
"""A sentence's first word in capitals, quotation marks before it skipped, and the two
words that follow."""
_LINKS = frozenset(("of", "on", "in", "at", "for", "from", "with", "to", "by", "about", "and",
                    "or", "the", "a", "an", "up", "off", "out", "into", "over", "as"))
"""Words between a sentence's first word and a name that make no title ("Shooting on
Casino Royale", unlike "Conservative leader Michael Howard")."""


def common_words_of(article: Article) -> CommonWords:
    """Words the article writes in lower case somewhere: no names. A capitalised word in
    "-ers" that never stands capitalised inside a sentence counts too ("Engineers will ..."
    only at the start is a noun; "beat Rangers" shows a name); so does a word that opens a
    sentence and is no name (see ``CommonWords``).

    The words are read from the text when first asked for: many articles ask none."""
    return CommonWords(article)


def _lower_words(text: str) -> frozenset[str]:
    """The words of ``text`` in lower case, and the capitalised words in "-ers" that are no
    names (see ``common_words_of``)."""
    lower = set(re.findall(r"\b[a-z][a-z\-']+\b", text))
    ers = [(m.group(), m.start()) for m in _ERS_WORD.finditer(text)]
    if ers:
        names = {w for w, at in ers if at > 1 and text[at - 1] == " "
                 and (text[at - 2].islower() or text[at - 2] in ",;0123456789")}
        lower.update(w.lower() for w, _ in ers if w not in names)
    return frozenset(lower)


class CommonWords:
    """The words of an article that are no names (lower case), for ``in`` tests: those it
    writes in lower case, and the capitalised words that open its sentences and are no
    names, so that a question that puts one inside reads "Is it confirmed that studies
    have ...?". The second kind is decided for a word when it is asked for, once.

    It also tells whether a pair of capitalised words is one name (``writes_as_name``,
    ``phrasing.KnowsNames``): when the article writes the pair inside a sentence ("in Great
    Britain"), so that a question keeps the name's capital ("Could Great Britain ...?").

    The article is the evidence: a word that it also writes capitalised inside a sentence
    (or in another form: "Conservatives" for "Conservative"), or that opens a sentence
    before a name ("Mark Lane said", "Conservative leader Michael Howard said"), is taken
    for a name. Of the rest, a word counts when the article writes a form of it in lower
    case ("problem" for "Problems"), or when it is an everyday word (``is_everyday_word``)
    that does not stand alone as a singular subject ("Brown says", "Bush may": names as
    often as not). A word of one letter ("I") or with more capitals ("US", "McCain") is
    never one.
    """

    __slots__ = ("_article", "_decided", "_lower_read", "_names", "_openers")

    def __init__(self, article: Article, lower: frozenset[str] | None = None) -> None:
        self._article = article
        self._lower_read = lower  # None until first needed (``_lower``)
        self._openers: dict[str, list[tuple[str, str]]] | None = None
        self._decided: dict[str, bool] = {}
        self._names: dict[str, bool] = {}

    @property
    def _lower(self) -> frozenset[str]:
        """The words the article writes in lower case (read once, when first asked for)."""
        if self._lower_read is None:
            self._lower_read = _lower_words(self._article.text)
        return self._lower_read

    def __bool__(self) -> bool:
        return bool(self._lower)  # as a set: empty when the article writes no word

    def __contains__(self, word: object) -> bool:
        if word in self._lower:
            return True
        if not isinstance(word, str):
            return False
        if word not in self._decided:
            self._decided[word] = self._opening_word(word)
        return self._decided[word]

    def writes_as_name(self, pair: str) -> bool:
        """True when the article writes ``pair`` ("Great Britain") inside a sentence."""
        if pair not in self._names:
            self._names[pair] = _inside_capital(self._article.text, pair)
        return self._names[pair]

    def _opening_word(self, word: str) -> bool:
        if self._openers is None:
            self._openers = self._scan()
        follows = self._openers.get(word)
        if not follows or any(nxt[:1].isupper() or (after[:1].isupper() and nxt.isalpha()
                                                    and nxt not in _LINKS)
                              for nxt, after in follows):
            return False  # no opener, or one before a name or in a title before one
        forms = _forms(word)
        written = any(f in self._lower for f in forms)
        if not (written or is_everyday_word(word) or _modifier(word, follows)) or any(
                _inside_capital(self._article.text, f.capitalize()) for f in forms):
            return False
        return written or _gerund(word, follows) or not any(_alone(word, nxt) for nxt, _ in follows)

    def _scan(self) -> dict[str, list[tuple[str, str]]]:
        """The words that open sentences and are not written in lower case, each with the
        two words after it, every time."""
        openers: dict[str, list[tuple[str, str]]] = {}
        for s in self._article.sentences:
            head = s.text.split(" ", 1)[0].lstrip("\"'\u201c\u2018(").rstrip(",;:").lower()
            if head in self._lower or not head.isalpha():
                continue  # most sentences: "The", "He", "But" are written in lower case too
            m = _OPENING_WORD.match(s.text)
            if m is not None:
                openers.setdefault(m.group("word").lower(), []).append(
                    (m.group("next"), m.group("after") or ""))
        return openers


def _modifier(word: str, follows: list[tuple[str, str]]) -> bool:
    """True when a dictionary word opens sentences only before a lower-case noun phrase
    ("Video games could ...", "Buoyant economic conditions are ..."): a word on a noun,
    not a name, when the article never writes it capitalised inside a sentence."""
    return is_dictionary_word(word) and all(
        nxt.replace("-", "").isalpha() and nxt.islower() and bare_word(nxt) not in AUXILIARIES
        and not is_finite_verb(nxt) and after[:1].islower()
        for nxt, after in follows)  # "Super high-speed networks": a compound is no verb


def _alone(word: str, nxt: str) -> bool:
    """True when a singular ``word`` is the whole subject: a verb follows ("Brown says")."""
    low = bare_word(nxt)
    return not word.endswith("s") and (low in AUXILIARIES or low in _SAYS_NOW or (
        nxt[:1].islower() and is_finite_verb(nxt)))


_SINGULAR_AFTER = frozenset(("is", "was", "has", "will", "would", "could", "may", "might",
                             "can", "should", "must"))


def _gerund(word: str, follows: list[tuple[str, str]]) -> bool:
    """True for the "-ing" form of an everyday verb that opens sentences alone before a
    singular verb or a modal ("Filming is due to start", "Voting could close"): a gerund,
    which the article writes capitalised only there (a name in "-ing", "Reading", "Manning",
    stands inside a sentence too, which the caller checks)."""
    if len(word) < 6 or not word.endswith("ing") or not is_everyday_word(word):
        return False
    stem = word[:-3]
    if not any(is_everyday_word(st) for st in (stem, stem + "e", stem[:-1])):
        return False
    return all(bare_word(nxt) in _SINGULAR_AFTER for nxt, _ in follows)


_SAYS_NOW = frozenset(("says", "thinks", "believes", "adds", "insists", "argues", "warns",
                       "claims", "admits", "hopes", "wants"))
"""Present verbs after a one-word subject ("Brown says"): a singular word that stands alone
as the subject is a name as often as a word, so only the article's own usage counts."""


def _inside_capital(text: str, word: str) -> bool:
    """True when ``text`` has ``word`` (capitalised) inside a sentence: after a lower-case
    word, a comma or a number ("said Brown", "Gordon Brown", "beat Hearts")."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if at > 1 and text[at - 1] == " " and (text[at - 2].islower()
                                               or text[at - 2] in ",;0123456789") and not (
                text[end : end + 1].isalpha()):
            return True
        at = text.find(word, end)
    return False


def _forms(word: str) -> tuple[str, ...]:
    """A lower-case word with its singular and plural ("problems" -> "problem", ...)."""
    base = stem(word)
    plural = base[:-1] + "ies" if base.endswith("y") else base + (
        "es" if base.endswith(("s", "x", "ch", "sh")) else "s")
    return (word, base, plural)
