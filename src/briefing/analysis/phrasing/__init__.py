"""Word a claim as the yes/no question a reader would ask about it.

Template rewriting, no parser: the claim clause is cleaned (quotes, trailing
attributions, appositions and long coordinations trimmed), hedges are dropped, and the
subject and the first auxiliary swap places::

    Russia's retreat is to move troops to defensible positions
        -> Is Russia's retreat meant to move troops to defensible positions?
    Russia may be falling back to Kherson      -> Is Russia falling back to Kherson?
    the talks may have stalled                 -> Did the talks stall?
    the war could last years                   -> Could the war last years?
    (said) Russians were retreating            -> Were Russians retreating?
    (said) the dam had burst                   -> Did the dam burst?
    Ukraine retook two towns                   -> Did Ukraine retake two towns?

When no auxiliary or past-tense verb can be found the clause stays as it is behind a
grammatical frame ("Is it true that ...?"); when it does not look like a clause at all
the answer is None and the caller drops the candidate.

The package: ``words`` (what the rewriting knows of English words: auxiliaries, plurals,
verb forms, everyday words), ``claims`` (cleaning and trimming a claim before it is asked
about), ``gate`` (the checks that refuse a question the rewriting is not sure of), and the
question forms (``forms``), which invert a claim (``inversion``: its ``openings``, its
``subjects``, the question's ``auxiliaries``, and where the clause ``run_ons`` end). This
module puts together the names the analyses use.
"""

from __future__ import annotations

from briefing.analysis.phrasing.auxiliaries import UP_TO_NOW, number_unclear
from briefing.analysis.phrasing.claims import (
    clean_claim,
    drop_asides,
    expand_contractions,
    trim_words,
)
from briefing.analysis.phrasing.forms import hedge_count, is_it_true, question, to_question
from briefing.analysis.phrasing.gate import has_subject, name_list
from briefing.analysis.phrasing.run_ons import FINITE
from briefing.analysis.phrasing.subjects import comma_in_noun_phrase
from briefing.analysis.phrasing.words import (
    AUXILIARIES,
    HEDGE_ADVERBS,
    PREPOSITIONS,
    KnowsNames,
    bare_word,
    base_form,
    is_comparative,
    is_dictionary_word,
    is_everyday_word,
    is_finite_verb,
    is_participle,
    is_plural,
    is_present_verb,
    there_plural,
)

__all__ = [
    "AUXILIARIES",
    "FINITE",
    "HEDGE_ADVERBS",
    "PREPOSITIONS",
    "UP_TO_NOW",
    "KnowsNames",
    "bare_word",
    "base_form",
    "clean_claim",
    "comma_in_noun_phrase",
    "drop_asides",
    "expand_contractions",
    "has_subject",
    "hedge_count",
    "is_comparative",
    "is_dictionary_word",
    "is_everyday_word",
    "is_finite_verb",
    "is_it_true",
    "is_participle",
    "is_plural",
    "is_present_verb",
    "name_list",
    "number_unclear",
    "question",
    "there_plural",
    "to_question",
    "trim_words",
]
