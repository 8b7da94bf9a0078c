"""Closed word classes that the attribution rules read instead of a part-of-speech tagger."""

from __future__ import annotations

SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which",
                              "that", "this", "these", "those", "one"})
OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them", "you", "it"})
PERSONAL_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they"})
"""Pronouns that open a relative clause without "who" or "that" ("the experts I interviewed",
"everyone we spoke to")."""
VERB_PARTICLES = frozenset({"up", "out", "off", "down", "back", "aloft"})
"""Particles of phrasal verbs ("holding up signs", "workers walked out")."""
DETERMINERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
    "my", "your", "some", "many", "most", "several", "both", "all", "each", "every", "no",
    "other", "another", "few", "more", "any", "such", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "one", "whose", "numerous", "various", "certain",
})
PREPOSITIONS = frozenset({
    "of", "for", "at", "in", "from", "with", "on", "by", "to", "among", "within", "inside",
    "near", "under", "over", "against", "about", "across", "behind", "around", "outside",
})
CLAUSE_WORDS = frozenset({
    "that", "because", "while", "when", "whereas", "although", "though", "if", "unless",
    "since", "after", "before", "until", "as", "but", "or", "so", "nor", "yet", "than",
    "whether", "where", "how", "why", "what", "however", "meanwhile", "instead", "moreover",
    "also", "still", "even", "just", "then", "now", "thus", "therefore", "indeed", "yes",
    "well", "here", "there", "too", "only", "not", "without", "despite", "during", "through",
    "into", "upon", "amid", "like", "unlike", "whom", "said", "says", "say", "tell",
})
TIME_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "tomorrow", "earlier", "later", "recently", "previously",
    "last", "next", "this", "week", "month", "year", "morning", "afternoon", "evening",
    "night", "weekend", "ago", "again", "once", "already", "repeatedly", "publicly",
    "privately", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
})
DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday", "today", "yesterday", "tonight"})

AUXILIARIES = frozenset({
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would",
    "could", "should", "may", "might", "must", "can", "did", "does", "do", "'s", "’s",
    "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "hasn't", "hasn’t", "haven't",
    "haven’t", "won't", "won’t", "wouldn't", "wouldn’t", "isn't", "isn’t", "wasn't", "wasn’t",
    "can't", "can’t", "couldn't", "couldn’t", "cannot", "not", "never",
})
ADVERBS = frozenset({
    "also", "still", "even", "just", "again", "then", "now", "later", "already", "once",
    "further", "long", "first", "often", "since", "ever", "repeatedly", "previously",
    "recently", "publicly", "privately", "reportedly", "openly", "separately", "subsequently",
    "quickly", "flatly", "strongly", "widely", "frequently", "falsely", "famously", "earlier",
    "initially", "originally", "immediately", "similarly", "simply", "directly",
})

CONNECTIVES = frozenset({
    "nevertheless", "nonetheless", "otherwise", "however", "meanwhile", "moreover",
    "furthermore", "additionally", "besides", "instead", "still", "yet", "thus", "hence",
    "therefore", "consequently", "accordingly", "likewise", "similarly", "conversely",
    "alternatively", "indeed", "separately", "subsequently", "finally", "eventually",
    "ultimately", "previously", "earlier", "later", "now", "then", "also", "again",
    "overall", "clearly", "obviously", "notably", "importantly", "initially", "originally",
    "elsewhere", "afterwards", "afterward", "apparently", "reportedly", "surprisingly",
    "ironically", "interestingly", "unfortunately", "fortunately", "curiously", "crucially",
    "admittedly", "incidentally", "regardless", "anyway", "recently", "certainly",
    "perhaps", "maybe", "presumably", "evidently", "understandably", "predictably",
    "tellingly", "significantly", "specifically", "privately", "publicly", "personally",
    "officially", "undeterred", "unsurprisingly", "naturally", "sadly", "thankfully",
})
"""Sentence adverbs and connectives that open a clause ("Nevertheless, ...", "Otherwise
X said"): written capitalised at the start of a sentence, never part of a name."""
POSSESSIVES = ("’s", "'s", "s’", "s'")
"""Endings of a possessive ("Herzog's", "Jones’"), for ``str.endswith``."""

BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "’s", "'s"})
"""Forms of "be", contracted ones too ("it's been said")."""
