"""Words of English text for the lexical analyses: tokens, stop words and a light stemmer.

Offline and deterministic: a regular expression finds words, a fixed list drops function
words, and a few suffix rules fold plurals and possessives ("markets", "market's" ->
"market"). Deliberately light: a heavier stemmer merges words that a reader tells apart
and costs time on every sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
"""A word: letters and digits, with inner apostrophes, dots and hyphens ("don't", "U.S.",
"one-off", "3.5")."""

_STOPWORD_TEXT = """
a about above across after afterwards again against ago ahead all almost alone along already
also although always am among amongst an and another any anybody anyhow anyone anything anyway
anywhere are aren't around as at away back be became because become becomes becoming been
before beforehand behind being below beside besides between beyond both but by can can't
cannot could couldn't did didn't do does doesn't doing don't done down during each either else
elsewhere enough etc even ever every everybody everyone everything everywhere except far few
for former formerly from further furthermore get gets getting given gives go goes going gone
got had hadn't has hasn't have haven't having he he'd he'll he's hence her here here's hers
herself him himself his how however i i'd i'll i'm i've if in indeed instead into is isn't
it it's its itself just keep kept last latter least less let let's like likely made make makes
many may maybe me meanwhile might mine more moreover most mostly mr mrs ms much must mustn't my
myself namely neither never nevertheless next no nobody none nor not nothing now nowhere of
off often on once one ones only onto or other others otherwise ought our ours ourselves out
over own per perhaps quite rather really said same say saying says see seem seemed seeming
seems several shall shan't she she'd she'll she's should shouldn't since so some somebody
somehow someone something sometime sometimes somewhat somewhere still such than that that's
the their theirs them themselves then thence there there's thereafter thereby therefore
therein these they they'd they'll they're they've this those though through throughout thus
to together too took toward towards under unless until up upon us very via was wasn't we we'd
we'll we're we've well were weren't what what's whatever when whenever where where's whereas
whereby wherever whether which while who who's whoever whole whom whose why will with within
without won't would wouldn't yet you you'd you'll you're you've your yours yourself yourselves
"""
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())
"""English function words, reporting verbs ("said", "says") and titles ("mr"): words that
say nothing about what a sentence is about."""

_POSSESSIVE = re.compile(r"['’]s?$")
_KEEP_S = frozenset({"news", "series", "species", "means", "always", "perhaps", "across"})


def words(text: str) -> list[str]:
    """Every word of ``text``, lower-cased, in order."""
    if text.isascii():  # lower-casing ASCII changes no word's extent: one call for all
        return WORD.findall(text.lower())
    return [w.lower() for w in WORD.findall(text)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem of a lower-case word: possessives and regular plurals folded."""
    word = _POSSESSIVE.sub("", word)
    if word in _KEEP_S:
        return word
    n = len(word)
    if n > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if n > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if n > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """The stems of the words of ``text`` that are not stop words or bare numbers."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and not w[0].isdigit()]
