"""Cleaning a claim before it is asked about: contractions expanded, asides, quotations,
opening participle clauses ("Having been promoted ..., X has") and trailing attributions
dropped, datelines cut, and long clauses trimmed at a point where
nothing is left dangling (not inside a noun phrase, a list, a comparison or an open
"in what" clause).
"""

from __future__ import annotations

import re

from briefing.analysis.phrasing.openings import opening_phrases, that_time
from briefing.analysis.phrasing.run_ons import modifier_comma, modifier_pair
from briefing.analysis.phrasing.words import (
    AUXILIARIES,
    COMPARATIVES,
    DETERMINERS,
    FUNCTION_WORDS,
    JOINTS,
    MOVABLE,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    VERBISH_S,
    WH_WORDS,
    bare_word,
    is_finite_verb,
    is_participle,
    lemma_of,
    word_set,
)

_PRONOUN_S = tuple(f"{end}{mark}s" for end in ("it", "at", "ere", "he", "ho", "is")
                   for mark in "'\u2019")
"""Pieces of "it's", "that's", "what's", "there's", "he's", "she's", "who's", "this's"."""
_FOLDED = frozenset("\u0130\u0131\u017f")
"""Letters that match "i" or "s" when case is ignored but do not lower-case to them."""
_CONTRACTIONS: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    # each with the lower-case pieces one of which it needs (see ``expand_contractions``)
    # "he's done", "it's been": "has" before a participle that is no adjective
    (_PRONOUN_S,
     re.compile(r"\b(it|that|there|he|she|what|who|this)['\u2019]s(\s+(?:\w+ly\s+)?(?:been|"
                r"got|gotten|done|had|gone|seen|taken|given|become|come|begun|written|won|"
                r"grown|fallen|risen|driven|spoken|chosen|shown|left|lost|led|made|found|put|"
                r"sent|spent|told|heard|held|kept|brought|bought|paid|met)\b)", re.IGNORECASE),
     r"\1 has\2"),
    (_PRONOUN_S,
     re.compile(r"\b(it|that|there|he|she|what|who|this)['\u2019]s\b", re.IGNORECASE), r"\1 is"),
    (("'ll", "\u2019ll"), re.compile(r"\b(\w+)['\u2019]ll\b", re.IGNORECASE), r"\1 will"),
    (("'re", "\u2019re"), re.compile(r"\b(they|we|you)['\u2019]re\b", re.IGNORECASE), r"\1 are"),
    (("i'm", "i\u2019m"), re.compile(r"\bI['\u2019]m\b"), "I am"),
    (("'ve", "\u2019ve"), re.compile(r"\b(\w+)['\u2019]ve\b", re.IGNORECASE), r"\1 have"),
    (("n't", "n\u2019t"), re.compile(r"\bwon['\u2019]t\b", re.IGNORECASE), "will not"),
    (("n't", "n\u2019t"), re.compile(r"\bcan['\u2019]t\b", re.IGNORECASE), "cannot"),
    (("n't", "n\u2019t"),
     re.compile(r"\b(is|are|was|were|has|have|had|does|do|did|could|would|should)"
                r"n['\u2019]t\b", re.IGNORECASE), r"\1 not"),
)
_CANNOT = re.compile(r"\b([Cc])annot\b")
_QUOTES = re.compile(
    r"(?=[\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019])"  # a quotation mark starts every match
    r"(?:[\"\u201c\u201d\u201e\u00ab\u00bb]|(?<!\w)['\u2018\u2019]|(?<![sS])['\u2018\u2019](?!\w))"
)
# where a clause can be cut without breaking its grammar: an aside, a relative or
# participle clause, an apposition, a trailing attribution. The lookahead names how a cut
# can start (a mark, or spaces and then a dash, a mark, "but" or "and"), so that the scan
# passes over the letters of a word and most spaces fast.
_CUT = re.compile(
    r"(?=[\s,.\u2026;:(\-])"  # the first character alone, which the scan passes over fastest
    r"(?=[,.\u2026;:(\-]|\s+(?:[\u2014\u2013\-.\u2026;:(]|but\s|and\s|thinks\s|believes\s|says\s|"
    r"reckons\s|argues\s|warns\s|claims\s|he\s|she\s|they\s))(?:"
    r"\s+[\u2014\u2013-]\s+|\s*--\s*|\s*(?:\.\.\.|\u2026)\s*|\s*[;:]\s+|\s*\("
    r"|,\s+(?:which|who|whom|whose|where|while|whereas|although|though|rather than|"
    r"making|including|according to|as well as|such as|like|despite|after|before|"
    r"amid|with|the|a|an|its|his|her|their|and|but|or|so|because|since|even|"
    r"it|he|she|they|we|i|I|there|this|"
    r"[\w\-]+ing|said|says|added|told|[A-Z][\w\-]*(?:\s+[\w\-]+){0,4}\s+"
    r"(?:said|says|added|reported|told|claimed|wrote|noted|believes|thinks|argues|warns))\b"
    r"|\s+but\s+|\s+and\s+(?=(?:there|it|he|she|they|we|i|you)\s)"
    # an attribution after the claim with no comma: "... the tip of the iceberg thinks Tim
    # Danton, editor of ..."
    r"|\s+(?:thinks|believes|says|reckons|argues|warns|claims)\s+(?=[A-Z])"
    r"(?:[A-Z][\w\-.'\u2019]*\s+){0,2}[A-Z][\w\-.'\u2019]*(?=,|\.?$)"
    # "... down the line he warned": a pronoun's attribution at the end, with no comma
    r"|\s+(?:he|she|they)\s+(?:said|says|warned|warns|added|argued|insisted|noted|claimed)"
    r"(?=\W*$)"
    r"|,\s+(?:[\w\-'\u2019]+\s+){0,7}(?:said|says|forecast|forecasts|predicted|predict|"
    r"believes|believe|warned|argued|added|reported|noted|wrote|estimated|learned|learnt|"
    r"understands|confirmed|revealed|disclosed)\W*$)"
)
_QUOTE_ATTRIBUTION = re.compile(r",[\"\u201d']\s+\S")
_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'\-]{2,}(?:,?\s+[A-Z][A-Za-z.'\-]*){0,3}|\(\w+\))"
                       r"\s*(?:--|[-\u2013\u2014])\s+(?=[A-Z])")
"""A dateline before the claim: "JERUSALEM - Israeli officials ...", "(CNN) -- The ..."."""
_ASIDE = re.compile(r"\s(?:--|[-\u2013\u2014])\s?(?=\S)[^-\u2013\u2014]{1,90}?"
                    r"\s(?:--|[-\u2013\u2014])\s?")
_PARENTHESIS = re.compile(r"\s*\([^()]{0,120}\)")
_LEADING = re.compile(
    r"^(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Yy]et|[Oo]r|[Hh]owever|[Mm]eanwhile|[Ss]till|[Aa]lso|[Nn]ow|"
    r"[Tt]hen|[Ii]ndeed|[Ii]nstead|[Mm]oreover|[Ff]urthermore|[Nn]onetheless|[Nn]evertheless|"
    r"[Tt]hus|[Tt]herefore|that|whether(?:\s+or\s+not)?|if),?\s+)+")
"""Openings that are no part of the claim; a capital "That" is a demonstrative and stays."""
_MIN_WORDS_BEFORE_CUT = 4
"""An opening adverbial ("In May, the army ...") is not an aside to cut."""


def expand_contractions(text: str) -> str:
    """``it's`` -> ``it is``, ``isn't`` -> ``is not``, ``cannot`` -> ``can not``: the forms
    inversion needs."""
    if "'" in text or "\u2019" in text:
        # a pattern runs only when the text holds a piece it needs: no replacement writes
        # an apostrophe or changes the letters either side of another one, so a piece
        # missing before the first stays missing (with a letter of ``_FOLDED``, which
        # lower() does not fold as the patterns do, every pattern runs)
        low = "" if not _FOLDED.isdisjoint(text) else text.lower()
        for pieces, pattern, repl in _CONTRACTIONS:
            if not low or any(map(low.__contains__, pieces)):
                text = pattern.sub(repl, text)
    if "annot" in text:  # "cannot be trusted" -> "can not be trusted": "can" inverts
        text = _CANNOT.sub(r"\1an not", text)
    return text


def drop_asides(text: str) -> str:
    """Text without asides in dashes or brackets: "yields - average revenues - fell",
    "a $3bn (£1.6bn) deal"."""
    if "(" in text:
        text = _PARENTHESIS.sub("", text)
    if "-" in text or "\u2013" in text or "\u2014" in text:
        text = _ASIDE.sub(" ", text)  # also "-- a double hyphen --"
    return text


def clean_claim(text: str) -> str:
    """The claim without quotation marks, a leading "that", trailing punctuation or asides.

    What follows a quotation that closes on a comma ("...," said X) is an attribution
    and goes too.
    """
    text = _DATELINE.sub("", drop_asides(text))
    m = _QUOTE_ATTRIBUTION.search(text)
    if m is not None and len(text[: m.start()].split()) >= _MIN_WORDS_BEFORE_CUT:
        text = text[: m.start()]
    text = _QUOTES.sub("", text)
    text = " ".join(text.split())
    text = _LEADING.sub("", text)
    text = _without_opening_participle(text)
    text = _without_relative_aside(text)
    if text.count(",") >= 2:  # most claims: no aside between two commas
        text = _without_subject_aside(text)
    if text.count(",") >= 2:
        text = _VERB_ASIDE.sub(_without_verb_aside, text)
    text = _TRAILING_ACCORDING.sub("", text)  # "Worse could follow, according to X"
    opening = _opening_phrases_end(text)
    for m in _CUT.finditer(text, opening):
        before = text[opening : m.start()].split()
        if m.group().strip() == "but" and len(before) > 1 and modifier_pair(
                [*before, "but", *text[m.end():].split()[:2]], len(before)):
            continue  # "a capable but flawed official": two adjectives, no second clause
        if len(before) >= _MIN_WORDS_BEFORE_CUT:
            text = text[: m.start()]
            break
    return text.strip(" ,.;:!?\u2014\u2013-")


_OPENING_PARTICIPLE = re.compile(
    r"^(?P<verb>[A-Z][a-z]{2,}ing)\s+(?P<next>[a-z]+)\s[^,;:()\"\u201c]{2,120},\s+"
    r"(?=[A-Z]|(?:the|a|an|his|her|its|their|this|these|those|some|many|most|all|both|each|no)\s)")
"""A participle clause before the subject: "Having been moved to the foreign office, Ann Vos
has ...", "Speaking to reporters, the mayor said ..."."""
_ING_PREPOSITIONS = word_set("during including according following regarding concerning pending "
                             "barring excluding considering notwithstanding starting beginning "
                             "given")


def _without_opening_participle(text: str) -> str:
    """``text`` without an opening participle clause closed by a comma ("Having been promoted
    to the cabinet, Ann Vos has ..." -> "Ann Vos has ..."): it is background, no part of
    the claim; prepositions in "-ing" ("During the talks, ...") stay."""
    m = _OPENING_PARTICIPLE.match(text) if text[:1].isupper() and "ing " in text[:20] else None
    if m is None or bare_word(m.group("verb")) in _ING_PREPOSITIONS:
        return text
    nxt = m.group("next")
    if not (nxt in DETERMINERS or nxt in PREPOSITIONS or nxt in SUBJECT_PRONOUNS or nxt in (
            "been", "being", "him", "her", "them") or (nxt.endswith("ly") and len(nxt) > 4)):
        return text  # "Shifting monsoon patterns in Asia, ...": a gerund's noun phrase
    if any(bare_word(w) in AUXILIARIES or bare_word(w) in VERBISH_S
           for w in text[: m.end()].split()[1:]):
        return text  # "Shooting on the film is expected to ..., a sequel": a gerund subject
    return text[m.end():]


_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;:]{3,120},\s+(?=(?P<verb>[a-z]+)\s)")


def _without_relative_aside(text: str) -> str:
    """A non-restrictive relative clause between commas goes when the main verb follows it:
    "the deals, which cover five staff, did not require ..." -> "the deals did not ..."."""
    m = _RELATIVE_ASIDE.search(text)
    if m is None or not (is_finite_verb(m.group("verb")) or m.group("verb") in VERBISH_S):
        return text
    return f"{text[: m.start()]} {text[m.end():]}"


_NAME_APPOSITION = re.compile(
    r"^(?P<np>[^,;]{3,60}),\s+(?P<name>(?:[A-Z][\w\u2019'\-.]*\s+){0,3}[A-Z][\w\u2019'\-.]*),\s+"
    r"(?=(?P<verb>[a-z]+)\s)")
"""A subject with a name in apposition: "a second radical group, Islamic Jihad, might"."""
_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?P<aside>(?P<part>[a-z]+)\s[^,;]{2,60}),\s+(?=(?P<verb>[a-z]+)\s)")
"""A participle phrase on the subject: "the cooler temperatures, expected in the town today,
may lead ..."."""
_NOT_APPOSED = PREPOSITIONS | word_set("and or but so yet if when while as after before since "
                                       "because although though meanwhile however also then")


def _main_verb(word: str) -> bool:
    return word in AUXILIARIES or is_finite_verb(word) or word in VERBISH_S


def _without_subject_aside(text: str) -> str:
    """The subject without its aside when the main verb follows it: a name in apposition
    stands for the common noun before it ("a second radical group, Islamic Jihad, might
    follow" -> "Islamic Jihad might follow"; not "in Washington, D.C., had"); a participle
    phrase goes ("the temperatures, expected today, may lead" -> "the temperatures may
    lead")."""
    m = _NAME_APPOSITION.match(text)
    if m is not None and _main_verb(m.group("verb")):
        np = m.group("np").split()
        if len(np) >= 2 and np[-1][:1].islower() and bare_word(np[0]) not in _NOT_APPOSED \
                and not any(w[:1].islower() and _main_verb(bare_word(w)) for w in np):
            return f"{m.group('name')} {text[m.end():]}"
    m = _PARTICIPLE_ASIDE.search(text)
    if m is None or not _main_verb(m.group("verb")) or not is_participle(m.group("part")):
        return text
    if any(_main_verb(bare_word(w)) for w in m.group("aside").split()[1:]):
        return text  # "the fans, upset the club had lost, ...": a clause of its own
    before = text[: m.start()].split()
    if not before or len(before) > 8 or bare_word(before[0]) in _NOT_APPOSED or any(
            w.endswith(",") or (w[:1].islower() and _main_verb(bare_word(w))) for w in before):
        return text
    return f"{text[: m.start()]} {text[m.end():]}"


def trim_words(words: list[str], limit: int = 14) -> list[str]:
    """Cut a long clause at its last joint ("and", a comma, "because") within ``limit``
    words that leaves at least six; a comparison ("as much water as the rules allow") is
    kept whole."""
    out = _trim(words, limit)
    opened = [k for k, w in enumerate(out[:-1])
              if w.lower() == "as" and bare_word(out[k + 1]) in COMPARATIVES]
    if not opened or any(w.lower() == "as" for w in out[opened[-1] + 2:]):
        return out
    second = next((k for k in range(len(out), min(len(words), len(out) + 6))
                   if words[k].lower() == "as"), None)
    if second is None:
        return out
    return words[:next((k for k in range(second + 2, min(len(words), second + 7))
                        if bare_word(words[k]) in JOINTS or bare_word(words[k]) in PREPOSITIONS),
                       min(len(words), second + 7))]


def _trim(words: list[str], limit: int) -> list[str]:
    if len(words) <= limit:
        return words
    top = min(len(words) - 1, limit)
    low = max(5, opening_phrases(words))  # no cut inside the phrases that open the clause
    for i in range(top, low, -1):
        if words[i - 1].endswith(",") and bare_word(words[i - 2]) not in PREPOSITIONS and not (
                words[i - 1][:1].isupper() and words[i][:1].isupper()
                and bare_word(words[i - 2]) in _PLACE_PREPOSITIONS) \
                and not place_commas(words[:i]) and not _dated_comma(words, i) \
                and not modifier_comma(words, i) and not _aside_after_verb(words, i):
            k = _open_subordinate(words, i)
            if k is not None:  # "after its nearest rival, Zeus Two failed": the clause's own
                if k > 5:
                    return words[:k]
                continue
            return words[:i]  # but not "by large, well-funded groups": a comma inside a noun
    for i in range(top, 5, -1):
        if words[i].lower() in JOINTS and not _comparison_at(words, i) and not (
                that_time(words, i)) and not (
                words[i].lower() == "and" and words[i - 1][:1].isupper()
                and i + 1 < len(words) and words[i + 1][:1].isupper()) and not (
                words[i].lower() == "but" and modifier_pair(words, i)) and not (
                _inside_noun_phrase(words, i)):
            if words[i].lower() == "as" and bare_word(words[i - 1]) == "such":
                return words[: i - 1]  # "currencies [such as ...]": no stranded "such"
            if words[i].lower() in WH_WORDS and bare_word(words[i - 1]) in PREPOSITIONS:
                return words[: i - 1]  # "a plot [in which ...]": no stranded "in"
            if words[i].lower() in ("when", "where", "which", "who") and i > 7 and bare_word(
                    words[i - 2]) in ("a", "an") and bare_word(words[i - 3]) in PREPOSITIONS:
                return words[: i - 3]  # "[on a night] when ...": the noun needs its clause
            return words[: _before_open_wh(words, i)]  # not inside a pair of names either
    if len(words) > 20:  # "... a $3bn deal to build a network in Iran after MPs ..."
        for i in range(top, 7, -1):
            prev = bare_word(words[i - 1])
            if words[i].lower() in PREPOSITIONS and not prev.endswith(("ing", "ed")) \
                    and prev not in DETERMINERS and not _to_verb(words, i) and not (
                        prev == "order" and bare_word(words[i - 2]) == "in"):  # "in order to"
                if _infinitive_at(words, i):  # "heads to turn [at Microsoft]": keep the verb
                    end = next((k for k in range(i + 2, min(len(words), i + 7))
                                if bare_word(words[k]) in PREPOSITIONS
                                or bare_word(words[k]) in JOINTS), None)
                    if end is None:
                        continue
                    return words[:end]
                if words[i].lower() == "of":  # "the end [of X]": cut at a relative clause
                    rel = next((k for k in range(i + 2, min(len(words), limit + 8))
                                if bare_word(words[k]) in ("which", "who")), None)
                    return words[:rel] if rel is not None else words[:i]
                return words[:i]
    return words


def _opening_phrases_end(text: str) -> int:
    """Where the prepositional phrases closed by commas that open ``text`` end when a
    subject follows them (``opening_phrases``), else 0: a cut inside them keeps no clause."""
    if "," not in text:
        return 0
    words = text.split()
    k = opening_phrases(words)
    return len(" ".join(words[:k])) + 1 if k and " ".join(words) == text else 0


_TRAILING_ACCORDING = re.compile(r",\s+according\s+to\s+[^,;:()]+$")
"""An attribution that ends the claim, however short the claim: it is no part of it."""


_VERB_ASIDE = re.compile(r"\b(?P<verb>[a-z]+),\s+[a-z]+,\s+(?=(?:the|a|an|his|her|its|their)\s)")
"""A one-word aside between a verb and its object: "delivered, unprompted, a long speech"."""


def _without_verb_aside(m: re.Match[str]) -> str:
    """The verb of ``_VERB_ASIDE`` without the aside, if it is a verb in the past; a cut at
    the aside's commas would leave the verb without its object."""
    return f"{m.group('verb')} " if lemma_of(m.group("verb")) is not None else m.group()


def _aside_after_verb(words: list[str], i: int) -> bool:
    """True when the comma ending ``words[i - 1]`` opens a one-word aside between a verb in
    the past and its object ("delivered, unprompted, a long speech")."""
    return i < len(words) and words[i - 1][:1].islower() and lemma_of(
        bare_word(words[i - 1])) is not None and words[i].endswith(",") and words[i][:1].islower()


_SUBORDINATORS = word_set("after before when because since until while although though once "
                          "unless whereas")


def _open_subordinate(words: list[str], i: int) -> int | None:
    """Where a subordinate clause opens that a comma at ``words[i - 1]`` would cut before
    its verb: no finite verb since the subordinator, and one within the next three words
    ("after its nearest rival, Zeus Two failed to finish": the comma sets off a name)."""
    k = next((j for j in range(i - 1, max(-1, i - 8), -1)
              if bare_word(words[j]) in _SUBORDINATORS), None)
    if k is None or any(w[:1].islower() and is_finite_verb(w) for w in words[k + 1 : i]):
        return None
    after = words[i : i + 4]
    if not any(w[:1].islower() and is_finite_verb(w) for w in after):
        return None
    return k


MONTH_NAMES = word_set("january february march april may june july august september october "
                       "november december")


def _inside_noun_phrase(words: list[str], i: int) -> bool:
    """True when the "and"/"or" at ``words[i]`` joins words inside a noun phrase, where a
    cut would leave half of it: the last item of a list ("by doctors, nurses [or other
    workers]") or a second modifier with no determiner of its own ("confronts the health
    [and retirement costs]")."""
    if words[i].lower() not in ("and", "or") or i + 1 >= len(words):
        return False
    if words[i - 2].endswith(",") and not words[i - 1].endswith(","):
        return True
    if _bare_noun_pair(words, i):
        return True
    if bare_word(words[i - 2]) not in DETERMINERS or words[i - 1].endswith(","):
        return False
    shared = []  # "[the health and] retirement costs [of ...]": words up to a plural head
    for w in words[i + 1 : i + 5]:
        b = bare_word(w)
        if not w.rstrip(",.;:").isalpha() or not w.islower() or b in PREPOSITIONS:
            break
        shared.append(b)
        if w.endswith((",", ".", ";", ":")):
            break
    return bool(shared) and shared[-1].endswith("s") and not shared[-1].endswith("ss") and not any(
        b in DETERMINERS or b in SUBJECT_PRONOUNS or b in MOVABLE or b in AUXILIARIES
        for b in shared)


def _to_verb(words: list[str], i: int) -> bool:
    """True when ``words[i]`` follows "to" and a bare verb ("to run [for mayor]"): a cut
    there would leave the verb without its complement."""
    prev = words[i - 1]
    return bare_word(words[i - 2]) == "to" and prev.isalpha() and prev.islower() and (
        prev not in FUNCTION_WORDS) and not (prev.endswith("s") and not prev.endswith("ss"))


def _bare_noun_pair(words: list[str], i: int) -> bool:
    """True when the "and"/"or" at ``words[i]`` joins two bare nouns after a preposition
    ("with donors [and party officials]"): the second is part of the same object."""
    if i + 1 >= len(words) or bare_word(words[i - 2]) not in PREPOSITIONS:
        return False
    prev, nxt = words[i - 1], words[i + 1]
    b = bare_word(nxt)
    return prev.isalpha() and prev.islower() and prev.endswith("s") and b.isalpha() and (
        nxt.islower()) and b not in FUNCTION_WORDS and b not in AUXILIARIES and (
        b not in MOVABLE) and not is_finite_verb(nxt) and not b.endswith("ly")


_NOT_INFINITIVES = word_set("court power school date market prison jail hospital church bed "
                            "work office trial death life home war sea town")
"""Nouns that follow "to" as a place or a state ("went to court", "came to power")."""


_OBJECT_CONTROL = word_set("cause causes caused allow allows allowed force forces forced enable "
                           "enables enabled encourage encourages encouraged persuade persuaded "
                           "urge urges urged want wants wanted expect expects expected lead leads "
                           "led get gets got help helps helped prompt prompts prompted push pushed "
                           "invite invited require requires required order ordered tell told ask "
                           "asked")
"""Verbs with an object and then "to" + a verb: "cause a few heads to turn"."""


def _infinitive_at(words: list[str], i: int) -> bool:
    """True when ``words[i]`` is the "to" of an infinitive after a verb and its object ("cause
    a few heads to turn"): a cut there would leave the verb without the clause it takes."""
    if bare_word(words[i]) != "to" or i + 1 >= len(words) or not any(
            bare_word(w) in _OBJECT_CONTROL for w in words[max(0, i - 5) : i - 1]):
        return False
    nxt = words[i + 1]
    b = bare_word(nxt)
    return nxt[:1].islower() and b.isalpha() and b not in DETERMINERS and (
        b not in _NOT_INFINITIVES) and b not in FUNCTION_WORDS and not b.endswith(
        ("ing", "ed", "s", "ly")) and not b.isdigit()


def _dated_comma(words: list[str], i: int) -> bool:
    """True when the comma before ``words[i]`` is a date's ("an April, 2012 meeting")."""
    return bare_word(words[i - 1]) in MONTH_NAMES and words[i - 1][:1].isupper() and (
        words[i][:4].isdigit())


def _before_open_wh(words: list[str], i: int) -> int:
    """Where a cut at ``i`` should be made so that no clause opened by a preposition and a
    wh-word is left without its end: "leaked [in what they describe] as a breach" -> before
    "in"; else ``i``."""
    for k in range(i - 1, max(1, i - 5), -1):
        if bare_word(words[k]) in WH_WORDS and bare_word(words[k - 1]) in PREPOSITIONS:
            return k - 1 if k - 1 >= _MIN_WORDS_BEFORE_CUT else i
        if words[k].endswith(","):
            break
    return i


def _comparison_at(words: list[str], i: int) -> bool:
    """True when the "as" at ``i`` opens a comparison ("as much water as the rules allow"),
    not a reason ("low as few copies have been found"): a second "as" follows."""
    return (words[i].lower() == "as" and i + 1 < len(words)
            and bare_word(words[i + 1]) in COMPARATIVES
            and any(bare_word(w) == "as" for w in words[i + 2 : i + 9]))


_PLACE_PREPOSITIONS = word_set("in of at from near outside")


def place_commas(subject: list[str]) -> int:
    """How many words at the end of ``subject`` are a place set off by commas after a
    preposition ("the museum in Dayton, Ohio,": 4), else 0."""
    if len(subject) < 4 or not subject[-1].endswith(",") or not subject[-1][:1].isupper():
        return 0
    k = next((j for j in range(len(subject) - 2, 0, -1) if subject[j].endswith(",")), None)
    if k is None or len(subject) - k - 1 > 3 or not all(
            w[:1].isupper() for w in subject[k + 1 :]):
        return 0
    j = k
    while j > 0 and subject[j][:1].isupper() and k - j < 3:
        j -= 1
    return len(subject) - j - 1 if bare_word(subject[j]) in _PLACE_PREPOSITIONS and j < k else 0
