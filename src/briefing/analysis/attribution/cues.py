"""Cues: the words that mark an attribution ("said", "has also called for", "according to").

A cue is a reporting verb from the lexicon below, with the auxiliaries and adverbs
right before it ("has also said") and its particle after it ("called for", "pointed
out"). The lexicon is plain English: verbs of saying, reporting, thinking, wanting and
showing, each with the frame that says where its content starts.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefing.analysis.attribution.tokens import Token
from briefing.analysis.attribution.wordclasses import (
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
)


class Frame(str, enum.Enum):
    """Where a cue's content starts."""

    CLAUSE = "clause"
    """Right after the cue: "said (that) ...", "wants to ...", "criticized X"."""
    RECIPIENT = "recipient"
    """After the hearer: "told reporters (that) ..."."""
    ACCORDING = "according"
    """"according to X": the source follows the cue."""


class Form(str, enum.Enum):
    """The grammatical form of the cue's verb."""

    BASE = "base"
    PRESENT = "present"
    PAST = "past"
    PARTICIPLE = "participle"
    GERUND = "gerund"
    PHRASE = "phrase"


@dataclass(frozen=True, slots=True)
class Verb:
    """A reporting verb: its base form and how its content is framed."""

    base: str
    frame: Frame
    particles: tuple[str, ...] = ()
    """Words that belong to the cue when they follow the verb ("for", "on")."""
    needs_particle: bool = False
    """Only a cue together with one of its particles ("pointed out", not "pointed")."""


# base [forms...] : irregular or doubled forms, else regular inflection
_SPEECH = (
    "say:said,said,says,saying add argue claim announce report explain declare insist warn "
    "acknowledge admit:admitted,admitted,admits,admitting deny:denied,denied,denies,denying "
    "reply:replied,replied,replies,replying respond state tweet:tweeted retweet post recall "
    "agree conclude contend assert concede confirm complain emphasize stress note "
    "indicate reveal promise vow pledge urge predict estimate suggest allege "
    "testify:testified,testified,testifies,testifying joke quip:quipped,quipped,quips,quipping "
    "boast brag:bragged,bragged,brags,bragging charge counter retort shout yell whisper "
    "observe remark comment mention disclose describe tout accuse criticize criticise praise "
    "blast slam:slammed,slammed,slams,slamming mock question demand threaten propose recommend "
    "repeat reiterate lament scoff exclaim proclaim assure caution speculate hint imply:implied,"
    "implied,implies,implying signal:signaled,signaled,signals,signaling muse cite endorse "
    "express condemn denounce reject defend dismiss welcome applaud decry blame "
    "write:wrote,written,writes,writing ask "
    "predict forecast:forecast,forecast,forecasts,forecasting rip:ripped,ripped,rips,ripping "
    "echo:echoed,echoed,echoes,echoing rail lash decline refuse "
    "plead:pleaded,pleaded,pleads,pleading swear:swore,sworn,swears,swearing "
    "recount outline highlight champion chide scold slam fault attack question wonder "
    "characterize portray label dub:dubbed,dubbed,dubs,dubbing brand call "
    "announce invoke concur maintain cheer chant answer continue remember encourage "
    "challenge thank discuss compare request decide"
)
# verbs whose base and present forms are mostly nouns or adjectives ("the press", "an
# offer", "in order to"): only their past, participle and -ing forms are cues
_MARKED_ONLY = (
    "offer order view sound voice deem unveil press"
)
_THOUGHT = (
    "think:thought,thought,thinks,thinking believe feel:felt,felt,feels,feeling "
    "know:knew,known,knows,knowing expect hope fear worry:worried,worried,worries,worrying "
    "doubt suspect assume want wish plan:planned,planned,plans,planning intend "
    "seek:sought,sought,seeks,seeking understand:understood,understood,understands,"
    "understanding realize recognize imagine envision prefer:preferred,preferred,prefers,"
    "preferring regret:regretted,regretted,regrets,regretting support oppose favor "
    "see:saw,seen,sees,seeing consider seem appear"
)
_EVIDENCE = "show:showed,shown,shows,showing find:found,found,finds,finding"
_RECIPIENT = "tell:told,told,tells,telling inform remind assure"
_PARTICLES: dict[str, tuple[str, ...]] = {
    "call": ("for", "on"),
    "point": ("out", "to"),
    "refer": ("to",),
    "talk": ("about",),
    "speak": ("about", "of", "out"),
    "write": ("about", "of"),
    "warn": ("of", "against", "about"),
    "complain": ("about",),
    "rail": ("against",),
    "lash": ("out",),
    "hint": ("at",),
    "weigh": ("in",),
    "push": ("for", "back"),
    "fire": ("back",),
    "hit": ("back",),
    "shoot": ("back",),
    "worry": ("about",),
    "ask": ("for", "about"),
    "argue": ("for", "against"),
}
_NEEDS_PARTICLE = frozenset({"point", "refer", "talk", "speak", "lash", "weigh", "push",
                             "fire", "hit", "shoot", "rail"})
_EXTRA_PARTICLE_VERBS = (
    "point refer:referred,referred,refers,referring talk speak:spoke,spoken,speaks,speaking "
    "weigh push fire:fired,fired,fires,firing hit:hit,hit,hits,hitting "
    "shoot:shot,shot,shoots,shooting"
)



def _regular(base: str) -> tuple[str, str, str, str]:
    """past, participle, present (3rd person), gerund of a regular verb."""
    if base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        present = base + "es"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        present = base[:-1] + "ies"
    else:
        present = base + "s"
    return past, past, present, ing


def _entries(spec: str) -> Iterable[tuple[str, tuple[str, str, str, str]]]:
    for item in spec.split():
        base, _, irregular = item.partition(":")
        forms = irregular.split(",") if irregular else []
        if len(forms) == 4:
            yield base, (forms[0], forms[1], forms[2], forms[3])
        else:
            past, part, present, ing = _regular(base)
            if forms:  # only the past given ("tweeted")
                past = part = forms[0]
            yield base, (past, part, present, ing)


def _lexicon() -> dict[str, tuple[Verb, Form]]:
    table: dict[str, tuple[Verb, Form]] = {}
    for spec, frame in ((_SPEECH, Frame.CLAUSE), (_THOUGHT, Frame.CLAUSE),
                        (_EVIDENCE, Frame.CLAUSE), (_RECIPIENT, Frame.RECIPIENT),
                        (_EXTRA_PARTICLE_VERBS, Frame.CLAUSE), (_MARKED_ONLY, Frame.CLAUSE)):
        marked_only = spec is _MARKED_ONLY
        for base, (past, part, present, ing) in _entries(spec):
            verb = Verb(base, frame, _PARTICLES.get(base, ()), base in _NEEDS_PARTICLE)
            for word, form in ((base, Form.BASE), (present, Form.PRESENT), (ing, Form.GERUND),
                               (past, Form.PAST), (part, Form.PARTICIPLE)):
                if marked_only and form in (Form.BASE, Form.PRESENT):
                    continue
                table.setdefault(word, (verb, form))
    return table


LEXICON: dict[str, tuple[Verb, Form]] = _lexicon()
"""Every inflected form of every reporting verb, lower case."""

ACCORDING = Verb("according to", Frame.ACCORDING)
SENDING_VERBS = frozenset({"write", "post", "tweet", "retweet"})
"""Verbs of sending words, whose "to ..." is the addressee or a purpose ("wrote to complain",
"posted to the group"), never what was said: only a clause after it is a claim."""
CUE_WORDS = frozenset(LEXICON) | {"according"}
"""Lower-case words that may be cues: every form of a reporting verb, and "according"."""


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found in a token sequence: indexes ``[start, end)`` and its verb."""

    start: int
    end: int
    head: int
    """Index of the verb itself ("said" in "has also said")."""
    verb: Verb
    form: Form


def _prefix_start(tokens: Sequence[Token], head: int, floor: int) -> int:
    """Where the auxiliaries and adverbs right before the verb begin."""
    i = head
    while i - 1 >= floor:
        w = tokens[i - 1].lower
        if (w in AUXILIARIES or w in ADVERBS or (w.endswith("ly") and len(w) > 4
                                                 and w not in _NOT_ADVERBS)) \
                and not tokens[i - 1].text[0].isupper():
            # a capitalised word is a name: "Eli Lilly is planning", "James May tweeted"
            i -= 1
            continue
        break
    # an adverb alone before a subject-less verb stays out: "Separately said" is rare,
    # but "which has long said" keeps "has long"
    return i


_NOT_ADVERBS = frozenset({"family", "rally", "early", "italy", "sally", "kelly", "holly",
                          "emily", "billy", "molly", "reilly", "daily", "weekly", "monthly",
                          "july", "ally", "belly", "only"})


_TIMES = frozenset({"first", "second", "third", "fourth", "fifth", "last", "consecutive",
                    "straight", "time", "times", "years", "months", "weeks", "days", "decades"})


def _for_a_time(tokens: Sequence[Token], i: int) -> bool:
    """True for "for" opening a time before a clause ("argued for the second straight
    debate that ...", "has argued for years that ..."): no particle of the verb."""
    if tokens[i].lower != "for":
        return False
    timed = False
    for k in range(i + 1, min(len(tokens), i + 7)):
        w = tokens[k].lower
        if w == "that":
            return timed
        timed = timed or w in _TIMES
        if not tokens[k].is_word:
            return False
    return False


def cue_at(tokens: Sequence[Token], i: int, floor: int) -> Cue | None:
    """The cue whose verb is token ``i``, if it is one; ``floor`` bounds the prefix."""
    w = tokens[i].lower
    if w == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
        return Cue(i, i + 2, i, ACCORDING, Form.PHRASE)
    entry = LEXICON.get(w)
    if entry is None:
        return None
    verb, form = entry
    end = i + 1
    if end < len(tokens) and tokens[end].lower in verb.particles \
            and not _for_a_time(tokens, end):
        end += 1
    elif verb.needs_particle:
        return None
    return Cue(_prefix_start(tokens, i, floor), end, i, verb, form)


_QUANTIFIERS = frozenset({"some", "many", "most", "others", "both", "all", "few", "several",
                          "who", "that", "which", "they", "we", "i", "you", "people"})
_NAMING = frozenset({"called", "named", "dubbed", "titled", "labeled", "labelled", "known"})
# plural nouns far more often than verbs: cues only after a name or a pronoun
_NOUNISH = frozenset({
    "attacks", "plans", "claims", "calls", "reports", "comments", "remarks", "questions",
    "charges", "promises", "estimates", "demands", "answers", "fears", "hopes", "doubts",
    "supports", "views", "concerns", "worries", "wishes", "states", "notes", "posts",
    "tweets", "statements", "signals", "counters", "reviews", "orders", "offers", "requests",
    "thanks", "cheers", "chants", "labels", "brands", "favors", "challenges", "defends",
    "shows", "finds", "studies", "votes", "lists", "names", "records",
})
_CONTRACTED = frozenset({"he's", "he’s", "she's", "she’s", "it's", "it’s", "who's", "who’s",
                         "that's", "that’s"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_BEFORE_GERUND = PREPOSITIONS | {"without", "after", "before", "while", "by", "instead",
                                 "despite"}
"""Words after which an -ing form is no cue ("without saying", "by reporting")."""


def is_verb_use(tokens: Sequence[Token], cue: Cue, floor: int) -> bool:
    """False when the cue word is used as a noun or adjective ("the report", "to say")."""
    head = tokens[cue.head]
    if head.is_capitalized and cue.verb is not ACCORDING:
        return False
    if cue.verb is ACCORDING:
        return True
    has_prefix = cue.start < cue.head
    if head.lower in _NAMING and not has_prefix:
        # "a system called TriageAssist, is ...": naming, not saying
        k = cue.head + 1
        while k < len(tokens) and tokens[k].is_capitalized:
            k += 1
        if k > cue.head + 1 and (k >= len(tokens) or tokens[k].text in (",", ".", ")")
                                 or tokens[k].lower in AUXILIARIES):
            return False
    prev = tokens[cue.head - 1].lower if cue.head > floor else ""
    if prev == "to" and not has_prefix:
        return False
    if cue.form is Form.BASE:
        if has_prefix:
            return not any(tokens[k].lower in _BE for k in range(cue.start, cue.head))
        if prev in _QUANTIFIERS or prev in SUBJECT_PRONOUNS:
            return prev not in ("it", "he", "she", "this", "one")
        before = tokens[cue.head - 1] if cue.head > floor else None
        return before is not None and before.is_word and before.lower.endswith("s") \
            and not before.lower.endswith(("’s", "'s", "ss", "ous")) \
            and prev not in DETERMINERS and not _compound(tokens, cue.head - 1, floor)
    if prev in DETERMINERS and prev not in _QUANTIFIERS and not has_prefix:
        return False
    if prev.endswith(("’s", "'s")) and not has_prefix and prev not in _CONTRACTED:
        return False
    if cue.form is Form.PARTICIPLE:
        return has_prefix
    if cue.verb.base == "continue" and cue.end < len(tokens) and tokens[cue.end].lower == "to":
        return False  # "continues to lead": no saying
    if cue.form is Form.PAST and not has_prefix and (prev in PREPOSITIONS or prev[:1].isdigit()):
        return False  # "by nearly 300 pledged delegates": an adjective
    if cue.form is Form.GERUND and not has_prefix and prev in _BEFORE_GERUND:
        return False
    if cue.form is Form.GERUND and not has_prefix and cue.head - 2 >= floor \
            and tokens[cue.head - 2].lower in DETERMINERS and _adjective(prev):
        return False  # "he brings a new warning: ...": a noun after an adjective
    if cue.form is Form.PRESENT and not has_prefix:
        before = tokens[cue.head - 1] if cue.head > floor else None
        if before is None or before.text == "," or before.is_quote or prev == "and":
            return before is not None  # inverted: "“...,” says Jane Roe"
        subject = before.is_capitalized or prev in SUBJECT_PRONOUNS or (
            before.is_word and not prev.endswith("s") and prev not in TIME_WORDS
            and prev not in PREPOSITIONS and not prev.endswith("ly"))
        if not subject:
            return False
        if head.lower in _NOUNISH and not (before.is_capitalized
                                           or prev in SUBJECT_PRONOUNS):
            return False
        nxt = tokens[cue.end].text if cue.end < len(tokens) else "."
        if nxt in (",", ";", ")") and not before.is_capitalized \
                and prev not in SUBJECT_PRONOUNS:
            return False
    return True


_ADJECTIVES = frozenset({"new", "fresh", "stark", "dire", "grim", "similar", "final", "clear",
                         "strong", "formal", "public", "early", "first", "second", "last",
                         "latest", "recent", "further", "blunt", "sharp", "urgent", "explicit",
                         "veiled", "ominous", "grave", "frank", "direct", "stern", "chilling",
                         "rare", "major", "key", "surprising", "startling"})
"""Adjectives that come before a noun in "-ing" ("a stark warning", "the latest finding")."""


def _adjective(word: str) -> bool:
    """True for an adjective that makes the "-ing" word after it a noun."""
    return word in _ADJECTIVES or (len(word) > 5 and word.endswith(("ous", "ful", "ive")))


def _compound(tokens: Sequence[Token], noun: int, floor: int) -> bool:
    """True when the plural at ``noun`` follows "a" or "an": a modifier ("a damages claim")."""
    return noun - 1 >= floor and tokens[noun - 1].lower in ("a", "an")


def is_passive(tokens: Sequence[Token], cue: Cue) -> bool:
    """True for "was reported", "is expected": a participle after a form of "be"."""
    return cue.form in (Form.PAST, Form.PARTICIPLE) and any(
        tokens[k].lower in _BE for k in range(cue.start, cue.head))
