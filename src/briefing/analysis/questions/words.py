"""Word classes that more than one question finder reads: reporting verbs in the past,
determiners of anonymous and definite noun phrases, words that end a noun phrase, words that
are never a reporter, and the word pattern itself; and the word classes the clause finders
share (``clauses``, ``relatives``, ``raising``): words that open a clause, subject pronouns,
adverbs that may stand between a subject and its verb, determiners.
"""

from __future__ import annotations

import re

COMPLEMENT_VERBS = frozenset((
    "thought", "think", "thinks", "believe", "believes", "believed", "said", "says", "say",
    "reported", "reports", "claimed", "claims", "claim", "suggested", "suggests", "suggest",
    "suspect", "suspects", "suspected", "speculated", "speculate", "speculates", "fear",
    "fears", "feared", "expect", "expects", "expected", "argued", "argues", "argue",
    "alleged", "alleges", "allege", "warned", "warns", "told", "added", "insisted",
))


PAST_VERBS = frozenset(("thought", "believed", "said", "reported", "claimed", "suggested",
                        "suspected", "speculated", "feared", "expected", "argued", "alleged",
                        "warned", "told", "added", "insisted"))
WORD = re.compile(r"[\w\u2019'\-.]+")
ANON_DETERMINERS = frozenset(("a", "an", "one", "two", "three", "four", "several", "some",
                              "many", "other", "unnamed", "anonymous", "multiple"))
DEFINITE = frozenset(("the", "this", "that", "these", "those", "his", "her", "its", "their",
                      "our", "my", "your"))
ARTICLES = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "my", "your"))
"""Before these a past form is an adjective ("the alleged agent"), not a verb of saying."""
NP_BOUNDARY = frozenset(("and", "but", "while", "as", "because", "though", "although",
                         "that", "when", "after", "before", "since", "so"))
NOT_REPORTERS = frozenset(("he", "she", "it", "they", "we", "i", "you", "who", "which",
                           "that", "this", "these", "those", "there", "what", "whom", "few",
                           "no", "none"))


def absent(words: tuple[str, ...], text: str) -> bool:
    """True when ``text`` surely holds none of ``words`` (lower case) in any letter case: a
    quick test that spares a case-insensitive scan for a pattern that needs one of them.

    Only for ASCII text does ``lower()`` fold letters as the pattern matcher does (there
    "\u017f" matches "s"), so other text is never ruled out.
    """
    if not text.isascii():
        return False
    low = text.lower()
    return not any(map(low.__contains__, words))  # map: no generator frame per word


CLAUSE_OPENERS = frozenset((
    "that", "because", "if", "when", "while", "although", "though", "since", "as", "unless",
    "whereas", "once", "saying", "arguing", "warning", "claiming", "predict", "predicts",
    "predicted", "forecast", "forecasts", "believing", "fearing", "suggesting", "so", "how",
    "why", "whether", "where",
))

OTHER_REPORTING = frozenset((
    "admitted", "conceded", "acknowledged", "noted", "stressed", "explained", "revealed",
    "announced", "stated", "wrote", "disclosed",
))
"""Past reporting verbs that open a reported clause but are no cue themselves."""

SUBJECT_ADVERBS = frozenset(("also", "now", "still", "even", "only", "already", "generally",
                              "widely", "often", "then", "usually"))

TO_OR_THAT = re.compile(r"\s+(?:to|that)\b")

DETERMINER_SLOTS = frozenset(("of", "in", "on", "at", "for", "from", "with", "by", "about",
                              "into", "over", "under", "against", "through"))
"""After these a "that" is a determiner ("control of that chamber"), never a complementizer."""

SUBJECT_FORMS = frozenset(("he", "she", "they", "we", "i"))
"""Pronouns that can only be a subject: before a verb they open a clause of their own."""

NOUN_DETERMINERS_BACK = frozenset(("a", "an", "the", "every", "any", "each", "some", "few",
                                    "his", "her", "its", "their", "our", "my", "your", "this",
                                    "these", "those", "no"))

PRONOUN_SUBJECTS = frozenset(("he", "she", "it", "they", "we", "you", "i", "someone",
                               "anyone", "everyone", "nobody", "somebody"))

THAT = re.compile(r"\bthat\b")
