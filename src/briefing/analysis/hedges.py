"""Sentence-level uncertainty: the hedges, weasel words and unconfirmed reports in a text.

A small hand-built scorer, no trained model. Every *cue* is a trigger word plus an
optional context (words that must or must not stand right before or after it), with a
kind and a weight in three tiers:

* ``STRONG`` (1.0): the word alone makes a claim uncertain ("probably", "reportedly",
  "it is thought", "some scholars");
* ``MEDIUM`` (0.6): usually does ("may", "most", "generally", "considered");
* ``WEAK`` (0.25): only together with another cue ("can", "often", "recently").

Certainty markers ("it is clear that", "confirmed") weigh against. A sentence is
uncertain when its cue weights add up to ``THRESHOLD``. Context rules tell the modal
"may" from the month, "might" the verb from "military might", "most of" from "almost",
"known for" from "known as", "as soon as possible" from "it is possible that".

``find_cues`` is cheap: one regex pass to split words and a dict look-up per word;
the context rules run only for the few words that are triggers.

Nothing here is fitted: the weights are hand-set tiers. ``benchmarks/eval_questions.py``
checks them by 5-fold cross-validation on the CoNLL-2010 Wikipedia sample: a threshold
fitted on each fold's training part comes out at ``THRESHOLD`` in every fold, and a
logistic model over cue kind x tier counts, fitted per fold, scores lower held-out F1
than these fixed tiers, so no fitted constants are frozen in. On that sample's noisy
labels F1 favours recall: dropping a cue pays only where fewer than about 40% of the
sentences it alone decides are uncertain, so precision is raised only by context rules
that tell such readings apart ("could be converted", "I think"), each a general reading of
the words rather than a phrase from the data: "most" after "the"/"is" is a degree word
("the most basic unit"), a peacock only before a word of praise ("his most famous film");
"highly"/"extremely" likewise; "said" is hearsay only as "is said to/that" ("prayers were
said aloud" is not); "nine other people" is a counted group, not a vague authority; a
weak word repeated ("a great cook, a great host") counts once, modal verbs excepted; "some"
before a number is "about" ("some 200 fans"), weak as "roughly"; "one of the" is praise
only before a ranking word ("one of the largest", "one of the world's main"), while "one of
the three pilots" just picks a member; and "the chance to" act is an opportunity, not a
likelihood ("a good chance to win" stays one).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Container, Mapping
from dataclasses import dataclass, field

STRONG = 1.0
MEDIUM = 0.6
WEAK = 0.25
THRESHOLD = 0.55
"""Score from which a sentence counts as uncertain: one medium cue or two weak ones."""


class CueKind(str, enum.Enum):
    """What makes a word a cue."""

    HEDGE = "hedge"
    """The writer hedges: may, might, possibly, probably, it's possible that, appears to."""
    BELIEF = "belief"
    """Someone believes, thinks, expects or suspects: is thought to, believed, expected to."""
    REPORT = "report"
    """An unconfirmed report or claim: reportedly, allegedly, is said to, claimed, sources say."""
    WEASEL = "weasel"
    """Vague quantities or authorities: some, many, critics, widely, generally."""
    PEACOCK = "peacock"
    """Unsupported praise or importance: famous, one of the most, renowned."""
    CERTAINTY = "certainty"
    """Markers of certainty that weigh against: it is clear that, confirmed."""


@dataclass(frozen=True, slots=True)
class HedgeCue:
    """One cue found in a text."""

    text: str
    """The cue as it stands in the text, context words included ("It's possible that")."""
    start: int
    """Offset of its first character in the text."""
    end: int
    """Offset one past its last character."""
    kind: CueKind
    """Hedge, belief, report, weasel, peacock or certainty."""
    weight: float
    """Positive for uncertainty, negative for certainty."""


Words = frozenset[str]


@dataclass(frozen=True, slots=True)
class _Rule:
    """One reading of a trigger word; the first rule whose context fits wins.

    ``before``/``after`` are word sets that the neighbouring words must belong to, in
    order (``before[-1]`` is the word right before the trigger); they become part of
    the cue's text. ``not_before``/``not_after`` veto the rule when the word right
    before/after is in them. ``weight`` 0 makes a context that is *not* a cue. In a
    ``before``/``after`` set, ``"#"`` also lets any number written in digits stand there,
    ``"-est"`` any superlative in -est and ``"-'s"`` any possessive (see ``_fits_word``).
    """

    kind: CueKind
    weight: float
    before: tuple[Words, ...] = ()
    after: tuple[Words, ...] = ()
    not_before: Words = frozenset()
    not_after: Words = frozenset()
    passive: bool = False
    """Fits only when "be" and a past participle follow ("may be used")."""
    free: bool = field(init=False, repr=False, compare=False)
    """No context at all: the rule fits wherever its word stands (``_fits`` needs not ask)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "free", not (self.before or self.after or self.not_before
                                              or self.not_after or self.passive))


def _w(words: str) -> Words:
    return frozenset(words.split())


_H, _B, _R, _W, _P, _C = (CueKind.HEDGE, CueKind.BELIEF, CueKind.REPORT, CueKind.WEASEL,
                          CueKind.PEACOCK, CueKind.CERTAINTY)

_BE = _w("is are was were be been being 's seems seemed")
_IT = _w("it this that there")
_DET = _w("the a an his her its their our my your this that these those")
_POSSESSIVE_OR_ADJ = _w("the his her its their our military naval economic full all with of "
                        "great american soviet russian british imperial")
_NOT = _w("not never n't no")
_THAT_TO = _w("that to")
_COPULA_THAT = _w("that to be as")
_ADVERBS = _w("also not only often still even well then usually generally sometimes easily")


_RULES: dict[str, tuple[_Rule, ...]] = {}


def _add(words: str, *rules: _Rule) -> None:
    for word in words.split():
        _RULES[word] = _RULES.get(word, ()) + rules


# --- hedges: modals and epistemic words --------------------------------------------
_add("may",  # the month is told apart in _month(), case-sensitively
     _Rule(_H, STRONG, after=(_w("have"),)), _Rule(_H, WEAK, passive=True), _Rule(_H, MEDIUM))
_add("might", _Rule(_H, 0.0, before=(_POSSESSIVE_OR_ADJ,)),
     _Rule(_H, 0.0, after=(_w("of"),)),  # "the legal and financial might of the banks"
     _Rule(_H, STRONG))
_add("could", _Rule(_H, 0.0, before=(_w("as than"),)), _Rule(_H, STRONG, after=(_w("have"),)),
     _Rule(_H, WEAK, passive=True),  # "could be converted": ability, as "may be used"
     _Rule(_H, MEDIUM, after=(_w("be"),)), _Rule(_H, WEAK))
_add("would", _Rule(_H, MEDIUM, after=(_w("have"),)), _Rule(_H, WEAK))
_add("can", _Rule(_H, WEAK, not_after=_NOT))
_add("should", _Rule(_H, WEAK))
_add("perhaps probably possibly presumably conceivably maybe apparently seemingly "
     "ostensibly potentially likely unlikely hypothetical unclear uncertain "
     "doubtful questionable debatable somewhat",
     _Rule(_H, STRONG))
_add("speculated speculate speculates speculation speculative hypothesized hypothesised "
     "theorized theorised", _Rule(_B, STRONG))
_add("unconfirmed unverified unsubstantiated supposedly purportedly", _Rule(_R, STRONG))
_add("possible",
     _Rule(_H, 0.0, before=(_w("as"),)),  # as soon as possible, as far as possible
     _Rule(_H, 0.0, after=(_w("as"),)),
     _Rule(_H, 0.0, before=(_w("if"),)),
     _Rule(_H, 0.0, before=(_w("where when whenever wherever"),)),
     _Rule(_H, STRONG, before=(_IT, _BE), after=(_w("that"),)),
     _Rule(_H, STRONG, before=(_w("it's that's"),), after=(_w("that"),)),
     _Rule(_H, WEAK, before=(_IT, _BE), after=(_w("to for"),)),
     _Rule(_H, WEAK, before=(_w("it's"),), after=(_w("to for"),)),
     _Rule(_H, STRONG, before=(_IT, _BE)),
     _Rule(_H, STRONG, before=(_w("it's that's"),)),
     _Rule(_H, MEDIUM))
_add("possibility possibilities", _Rule(_H, MEDIUM))
_add("chance",  # "had the chance to equalise": an opportunity; "a good chance to win" stays
     _Rule(_H, 0.0, before=(_DET | _w("last first another"),), after=(_w("to"),)),
     _Rule(_H, MEDIUM))
_add("impossible improbable", _Rule(_H, STRONG, before=(_NOT,)), _Rule(_H, 0.0))  # litotes
_add("potential", _Rule(_H, WEAK))
_add("unknown", _Rule(_H, MEDIUM))
_add("whether", _Rule(_H, MEDIUM))
_add("if", _Rule(_H, WEAK))
_add("appear appears appeared appearing seem seems seemed seeming",
     _Rule(_H, STRONG, after=(_COPULA_THAT,)), _Rule(_H, MEDIUM, after=(_w("like likely"),)),
     _Rule(_H, STRONG, before=(_IT,)), _Rule(_H, 0.0))
_add("suggest suggests suggested suggesting suggestion suggestions indicative",
     _Rule(_H, STRONG))
_add("indicate indicates indicated imply implies implied", _Rule(_H, MEDIUM))
_add("putative", _Rule(_H, STRONG))
_add("propose proposes proposed",  # "we propose that X acts as ...": a hypothesis, not a plan
     _Rule(_B, MEDIUM, after=(_w("that"),)), _Rule(_B, 0.0))
_add("consistent",  # "the data are consistent with a model in which ...": not proof
     _Rule(_H, MEDIUM, before=(_BE,), after=(_w("with"),)), _Rule(_H, 0.0))
_add("understood",  # "is not fully understood", "poorly understood"; "is understood to have"
     _Rule(_H, STRONG, before=(_NOT, _w("fully completely entirely yet clearly well"))),
     _Rule(_H, STRONG, before=(_w("poorly little"),)),
     _Rule(_R, STRONG, before=(_BE,), after=(_THAT_TO,)), _Rule(_H, 0.0))
_add("estimate estimates estimated estimating", _Rule(_B, STRONG))
_add("expected", _Rule(_B, 0.0, before=(_w("than as"),)), _Rule(_B, STRONG, after=(_w("to"),)),
     _Rule(_B, MEDIUM))
_add("assume assumes assumed assuming assumption presume presumed suspect suspects "
     "suspected suspicion",
     _Rule(_B, WEAK, after=(_w("the office control command power responsibility role "
                                "name his her their its"),)),
     _Rule(_B, STRONG))
_add("doubt doubts", _Rule(_C, -WEAK, before=(_w("no without"),)),
     _Rule(_C, -WEAK, before=(_w("never not"), _w("in"))), _Rule(_B, STRONG))
_add("question questioned questionable",
     _Rule(_H, WEAK, before=(_w("the"),), after=(_w("of"),)),  # "the question of": a topic
     _Rule(_H, MEDIUM, before=(_w("the a in into"),)),
     _Rule(_H, WEAK))

# --- reports and beliefs ---------------------------------------------------
_add("reportedly allegedly rumored rumoured rumor rumors rumour rumours alleged alleges "
     "allege purported supposed",
     _Rule(_R, STRONG))
_add("claim claimed claiming", _Rule(_R, STRONG, before=(_BE,)),
     _Rule(_R, 0.0, after=(_w("the a an his her its their our victory responsibility credit "
                              "ownership lives"),)),
     _Rule(_R, MEDIUM))
_add("reported", _Rule(_R, STRONG, before=(_BE,)), _Rule(_R, STRONG, before=(_w("been"),)),
     _Rule(_R, MEDIUM, after=(_w("that"),)), _Rule(_R, WEAK))
_add("argued argues argue", _Rule(_R, STRONG, before=(_BE,)),
     _Rule(_R, STRONG, before=(_w("been"),)), _Rule(_R, MEDIUM))
_FREQUENTLY = _w("often sometimes usually commonly generally widely frequently")
_add("referred described", _Rule(_W, STRONG, before=(_FREQUENTLY,)),
     _Rule(_W, STRONG, before=(_FREQUENTLY, _w("been be"))),
     _Rule(_R, MEDIUM, before=(_w("been"),), after=(_w("as"),)))
_add("claims", _Rule(_R, MEDIUM, after=(_w("that to"),)), _Rule(_R, WEAK))
_add("said says", _Rule(_R, STRONG, before=(_BE,), after=(_w("to that"),)),
     _Rule(_R, STRONG, before=(_IT, _BE)),
     _Rule(_R, WEAK))  # "prayers were said aloud", "nothing is said about": words uttered
_add("believed", _Rule(_B, STRONG))
_add("expect expects", _Rule(_B, 0.0, not_after=_DET), _Rule(_B, MEDIUM))  # "expect the X to"
_add("predicted", _Rule(_B, STRONG, before=(_BE,), after=(_THAT_TO,)), _Rule(_B, 0.0))
_add("tipped", _Rule(_B, STRONG, after=(_w("to as"),)), _Rule(_B, 0.0))  # "tipped to win"
_FIRST_PERSON = _w("i we")
"""A quoted speaker's own opinion ("I think", "we believe") is theirs, not the writer's hedge."""
_OPINION_ADVERBS = _ADVERBS | _w("really truly strongly firmly genuinely honestly do personally")
"""Adverbs that may stand between the speaker and the verb ("we also believe", "I really think")."""
_add("believe believes believing belief beliefs", _Rule(_B, 0.0, before=(_FIRST_PERSON,)),
     _Rule(_B, 0.0, before=(_FIRST_PERSON, _OPINION_ADVERBS)), _Rule(_B, MEDIUM))
_add("thought", _Rule(_B, 0.0, before=(_w("of"), _w("school schools"))),
     _Rule(_B, STRONG, before=(_BE,)), _Rule(_B, STRONG, after=(_THAT_TO,)),
     _Rule(_B, MEDIUM))
_add("think thinks", _Rule(_B, 0.0, before=(_FIRST_PERSON,)),
     _Rule(_B, 0.0, before=(_FIRST_PERSON, _OPINION_ADVERBS)), _Rule(_B, MEDIUM))
_add("considered", _Rule(_B, STRONG))
_add("regarded", _Rule(_B, MEDIUM))
_add("seen viewed perceived", _Rule(_B, MEDIUM, before=(_BE,), after=(_w("as"),)),
     _Rule(_B, MEDIUM, before=(_w("widely often generally commonly"),)))
_add("known", _Rule(_R, 0.0, after=(_w("as"),)),
     _Rule(_R, STRONG, before=(_w("well best little widely lesser"),)),
     _Rule(_R, STRONG, before=(_w("not"),)),
     _Rule(_R, STRONG, before=(_w("is"),), not_before=_w("little")),
     _Rule(_R, MEDIUM, after=(_w("for to"),)), _Rule(_R, WEAK))
_add("according", _Rule(_R, WEAK, after=(_w("to"),)))
_add("sources", _Rule(_R, MEDIUM, after=(_w("say said told says familiar close"),)))

# --- weasel: vague quantities, vague authorities, generalisations ----------------------
_NUMBERS = _w("# two three four five six seven eight nine ten eleven twelve fifteen twenty "
              "thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand "
              "thousands million millions billion dozen dozens")
"""A number after "some" makes it "about" ("some 200 people"), an approximation like
"roughly", not a vague group; "#" is any number written in digits."""
_add("some", _Rule(_W, WEAK, after=(_NUMBERS,)))
_add("some many several countless", _Rule(_W, STRONG))
_add("numerous", _Rule(_W, WEAK))
_add("certain", _Rule(_C, -WEAK, before=(_w("is are was were be been feel felt quite almost"),)),
     _Rule(_C, -WEAK, after=(_w("that"),)), _Rule(_H, STRONG, before=(_NOT,)),
     _Rule(_W, STRONG))
_add("various", _Rule(_W, WEAK))
_PRAISE = _w("popular famous notable noted important influential prominent beautiful eminent "
              "distinguished celebrated renowned respected prestigious successful significant "
              "powerful acclaimed admired legendary iconic valuable remarkable impressive "
              "spectacular brilliant outstanding promising controversial notorious memorable "
              "beloved revered talented prolific innovative visited recognisable recognizable "
              "well-known highly famously notably")
"""Words of praise or importance that make a superlative a peacock ("his most famous work")."""
_SUPERLATIVE = _w("the a an his her its their our my your is are was were be been being")
"""Words before "most" that make it a degree word ("the most basic unit"), not "most people"."""
_add("most", _Rule(_P, STRONG, before=(_w("one"), _w("of"), _w("the"))),
     _Rule(_W, 0.0, before=(_w("at"),)), _Rule(_W, 0.0, after=(_w("recent recently likely"),)),
     _Rule(_P, MEDIUM, after=(_PRAISE,)),
     _Rule(_W, MEDIUM, after=(_FREQUENTLY,)),  # "most often", "most commonly": generalising
     _Rule(_W, MEDIUM, before=(_w("for"), _w("the")), after=(_w("part"),)),  # = "mostly"
     _Rule(_W, WEAK, after=(_w("of"),)),
     _Rule(_W, WEAK, before=(_SUPERLATIVE,)),
     _Rule(_W, MEDIUM))
_add("others", _Rule(_W, MEDIUM))
_add("few", _Rule(_W, MEDIUM))
_add("other", _Rule(_W, 0.0, before=(_w("the each"),)), _Rule(_W, WEAK))
_add("everyone everybody plenty hardly", _Rule(_W, MEDIUM))
_add("general", _Rule(_W, MEDIUM, before=(_w("in"),)))
_add("probability", _Rule(_H, STRONG, before=(_w("all"),)), _Rule(_H, WEAK))
_add("typical", _Rule(_W, WEAK))
_add("much", _Rule(_W, MEDIUM, after=(_w("of"),)), _Rule(_W, WEAK))
_add("little", _Rule(_W, STRONG, after=(_w("is was"),)), _Rule(_W, WEAK))
_add("number", _Rule(_W, MEDIUM, before=(_w("a"),), after=(_w("of"),)))
_add("variety", _Rule(_W, MEDIUM, before=(_w("a"),), after=(_w("of"),)))
_add("lot lots", _Rule(_W, MEDIUM, after=(_w("of"),)))
_add("majority", _Rule(_W, WEAK))
_COUNTED = _w("# the these those his her their its our all both two three four five six seven "
               "eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand "
               "thousands million millions dozen dozens")
"""Words that make "other X" a counted, specific group ("eight other people"); "#" is any
number written in digits."""
_add("critics historians scholars experts observers analysts commentators researchers "
     "skeptics sceptics detractors opponents proponents advocates supporters scientists "
     "someone somebody",
     _Rule(_W, WEAK, before=(_COUNTED, _w("other"))),
     _Rule(_W, WEAK, before=(_w("the"), _w("most"))),  # "the proposal with the most supporters"
     _Rule(_W, STRONG, before=(_w("some many several most other"),)),
     _Rule(_W, WEAK, before=(_DET,)),
     _Rule(_W, MEDIUM))
_add("people", _Rule(_W, WEAK, before=(_COUNTED, _w("other"))),
     _Rule(_W, STRONG, before=(_w("some many most other"),)), _Rule(_W, WEAK))
_add("widely", _Rule(_W, 0.0, before=(_w("vary varies varied varying differ differs differed "
                                           "range ranges ranged"),)), _Rule(_W, STRONG))
_add("largely arguably", _Rule(_W, STRONG))
_add("generally commonly relatively comparatively", _Rule(_W, MEDIUM))
_add("traditionally mainly mostly primarily virtually rarely seldom fairly",
     _Rule(_W, WEAK, before=(_w("or"),)), _Rule(_W, MEDIUM))
_add("rather", _Rule(_W, 0.0, after=(_w("than"),)), _Rule(_W, WEAK))
_add("typically sometimes essentially basically frequently occasionally quite",
     _Rule(_W, WEAK))
_add("often usually normally nearly almost approximately roughly", _Rule(_W, WEAK))
_add("so-called self-proclaimed self-styled", _Rule(_W, STRONG))
_add("recently recent currently nowadays modern today early", _Rule(_W, WEAK))

# --- peacock: unsupported praise and importance ----------------------------------------
_RANKING = _w("-est best worst least first last main major leading top key principal chief "
               "foremost prime premier great greatest few only")
"""Words that rank ("one of the largest", "one of the main", "one of the few"); "-est" is any
superlative in -est. "One of the" before anything else picks a member of a set ("one of the
three pilots", "one of the bidders"): no praise and no vagueness."""
_OWNER = _w("-'s")
"""Any possessive: "one of the world's largest"."""
_add("one", _Rule(_P, MEDIUM, after=(_w("of"), _w("the"), _RANKING)),
     _Rule(_P, MEDIUM, after=(_w("of"), _w("the"), _OWNER, _RANKING)),
     _Rule(_P, MEDIUM, after=(_w("of"), _w("the"), _OWNER, _w("most"))),
     _Rule(_P, 0.0, after=(_w("of"), _w("the"))))  # "one of the most": the rule of "most"
_add("famous famously renowned legendary acclaimed prestigious influential "
     "iconic notable notorious well-known best-known little-known greatest",
     _Rule(_P, STRONG))
_add("highly extremely", _Rule(_P, MEDIUM, after=(_PRAISE,)),
     _Rule(_P, MEDIUM, after=(_w("regarded rated esteemed praised valued prized skilled "
                                 "recommended critical controversial"),)),
     _Rule(_P, WEAK))  # a degree word: praise only with a word of praise ("highly emotional")
_add("highly-rated highly-regarded highly-acclaimed highly-respected highly-praised "
     "highly-esteemed highly-successful highly-influential", _Rule(_P, MEDIUM))
_add("important significant significantly controversial critically criticized criticised "
     "praised",
     _Rule(_P, MEDIUM))
_add("popular best major prominent great very criticism", _Rule(_P, WEAK))
_add("key leading celebrated", _Rule(_P, WEAK))

# --- certainty: weighs against ----------------------------------------------------------
_add("clear clearly", _Rule(_H, STRONG, before=(_NOT,)),
     _Rule(_H, STRONG, before=(_w("not"), _w("yet"))),
     _Rule(_C, -MEDIUM, before=(_IT, _BE), after=(_w("that"),)), _Rule(_C, 0.0))
_add("confirmed proven proved verified", _Rule(_H, STRONG, before=(_NOT,)),
     _Rule(_H, STRONG, before=(_NOT, _w("been yet"))),
     _Rule(_H, STRONG, before=(_NOT, _w("been"), _w("independently yet"))),
     _Rule(_C, -WEAK))
_add("certainly definitely undoubtedly surely", _Rule(_C, -WEAK))


_TOKEN = re.compile(r"\w++(?:['\u2019\-]\w++)*+")
"""A word, with inner apostrophes and hyphens ("don't", "well-known"). Possessive: nothing
follows that could make it give back letters, and the scan is faster without the states."""


def _norm(word: str) -> str:
    return word.lower().replace("\u2019", "'")


_NOT_SUPERLATIVE = _w("interest protest contest request arrest forest honest modest earnest "
                       "harvest suggest manifest conquest inquest digest invest midwest "
                       "northwest southwest")
"""Words in -est that are no superlatives."""


def _fits_word(word: str, allowed: Words) -> bool:
    """True when ``word`` belongs to ``allowed``, whose ``"#"`` stands for any number in
    digits, ``"-est"`` for any superlative in -est ("largest") and ``"-'s"`` for any
    possessive ("world's")."""
    if word in allowed:
        return True
    if "#" in allowed and word.isdigit():
        return True
    if "-'s" in allowed and word.endswith("'s"):
        return True
    return ("-est" in allowed and len(word) > 5 and word.endswith("est")
            and word not in _NOT_SUPERLATIVE)


def _fits(words: list[str], i: int, rule: _Rule) -> tuple[int, int] | None:
    """Token range ``[a, b)`` of the cue when ``rule`` fits at word ``i``, else None."""
    nb = len(rule.before)
    if nb:
        if i < nb:
            return None
        for k, allowed in enumerate(rule.before):
            if not _fits_word(words[i - nb + k], allowed):
                return None
    na = len(rule.after)
    if na:
        if i + na >= len(words):
            return None
        for k, allowed in enumerate(rule.after):
            if not _fits_word(words[i + 1 + k], allowed):
                return None
    if rule.not_before and i > 0 and words[i - 1] in rule.not_before:
        return None
    if rule.not_after and i + 1 < len(words) and words[i + 1] in rule.not_after:
        return None
    if rule.passive and not _passive_after(words, i):
        return None
    return i - nb, i + na + 1


_PARTICIPLES = _w("used made given seen done found known taken shown built written held born "
                  "paid set put run cut grown drawn worn sold told brought kept left lost heard "
                  "met read led fed won hung spent sent bound laid struck spun sung")


def _passive_after(words: list[str], i: int) -> bool:
    """True when "be" and a past participle follow word ``i`` (an adverb may come between)."""
    j = i + 1
    if j < len(words) and words[j] in _ADVERBS:
        j += 1
    if j + 1 >= len(words) or words[j] != "be":
        return False
    nxt = words[j + 1]
    return nxt in _PARTICIPLES or (nxt.endswith("ed") and len(nxt) > 4)


class _Offsets:
    """Where each token of ``low`` starts, found only for the tokens a cue needs.

    Tokens come from one ``findall``; between two tokens stands no word character, and
    each token opens with one, so the next occurrence of a token's text after the end of
    the one before it is the token itself.
    """

    __slots__ = ("_end", "_low", "_starts", "_words")

    def __init__(self, low: str, words: list[str]) -> None:
        self._low, self._words = low, words
        self._starts: list[int] = []
        self._end = 0

    def __len__(self) -> int:
        return len(self._words)

    def span(self, i: int) -> tuple[int, int]:
        """The offsets ``[start, end)`` of token ``i``."""
        starts, words = self._starts, self._words
        if len(starts) <= i:  # the tokens up to ``i`` found in one loop, in locals
            find, end = self._low.find, self._end
            for word in words[len(starts) : i + 1]:
                at = find(word, end)
                end = at + len(word)
                starts.append(at)
            self._end = end
        return starts[i], starts[i] + len(words[i])

    def between(self, a: int, b: int) -> tuple[int, int]:
        """The offsets ``[start, end)`` of the tokens ``a`` to ``b - 1``."""
        end = self.span(b - 1)[1]
        return self._starts[a], end


def _month(text: str, offsets: _Offsets, i: int) -> bool:
    """True when ``May`` at word ``i`` is the month, not the modal verb."""
    start, end = offsets.span(i)
    if text[start:end] != "May":
        return False
    if i > 0:
        return True  # a capital "May" inside a sentence is the month (or a name)
    if len(offsets) < 2:
        return True
    start, end = offsets.span(1)
    return text[start].isdigit() or text[start].isupper()


def trigger_words(kinds: Container[CueKind], min_weight: float) -> frozenset[str]:
    """The words that make a cue of one of ``kinds`` with a weight of ``min_weight`` or more
    in some context: no other word can (for ``find_cues``' ``wanted``)."""
    return frozenset(w for w, rules in _RULES.items()
                     if any(r.kind in kinds and r.weight >= min_weight for r in rules))


def find_cues(text: str, rules: Mapping[str, tuple[_Rule, ...]] = _RULES, *,
              wanted: Container[str] | None = None) -> tuple[HedgeCue, ...]:
    """Every cue in ``text``, in text order; cues whose context says "not a cue" are left out.

    With ``wanted``, none when no word that could start a cue is in it: a quick answer for a
    caller that reads only the cues of those words (see ``trigger_words``).
    """
    low = _norm(text)  # one lower() for the whole text: the same length, the same offsets
    if len(low) != len(text):  # a few letters ("İ") grow when lower-cased
        low = "".join(ch if len(_norm(ch)) != 1 else _norm(ch) for ch in text)
    words = _TOKEN.findall(low)  # one scan for the words; offsets only where a cue is
    if "-" in low:
        hits = [i for i, w in enumerate(words)
                if w in rules or ("-" in w and w.split("-", 1)[0] in rules)]
    else:  # no hyphenated word: a set look-up per word
        hits = [i for i, w in enumerate(words) if w in rules]
    if not hits:
        return ()
    if wanted is not None and not any(
            (words[i] if words[i] in rules else words[i].split("-", 1)[0]) in wanted
            for i in hits):
        return ()
    offsets = _Offsets(low, words)
    cues: list[HedgeCue] = []
    taken = -1  # words up to here belong to an earlier cue
    for i in hits:
        if i <= taken:
            continue
        word = words[i]
        options = rules.get(word)
        if options is None:
            options = rules[word.split("-", 1)[0]]
        if word == "may" and _month(text, offsets, i):
            continue
        if word in _MODALS and _in_comparison(words, i, low, offsets):
            continue
        for rule in options:
            found = (i, i + 1) if rule.free else _fits(words, i, rule)
            if found is None:
                continue
            if rule.weight != 0.0:
                a, b = found
                start, end = offsets.between(a, b)
                cues.append(HedgeCue(text[start:end], start, end, rule.kind, rule.weight))
                taken = b - 1
            break
    return tuple(cues)


_MODALS = _w("can could would should may might")
"""Modal verbs hedge each clause they stand in, so a repeated one still adds up."""
_CLAUSE_BREAKS = _w("that which who whom because if when while although though and but or "
                    "so unless whether")


def _in_comparison(words: list[str], i: int, low: str, offsets: _Offsets) -> bool:
    """Whether the modal at ``words[i]`` stands in the clause of a comparison ("a lower
    group than nurses would have", "faster than anyone could"): it weighs what is against
    what would have been, and hedges nothing. Not "rather than" or "other than", and not
    past punctuation or a word that opens a clause of its own ("slower than people, users
    would be", "more than that the plan would")."""
    for k in range(i - 1, max(-1, i - 5), -1):
        w = words[k]
        if w == "than":
            between = low[offsets.span(k)[1]:offsets.span(i)[0]]
            return (k == 0 or words[k - 1] not in ("rather", "other")) \
                and not any(ch in between for ch in ",;:()\u2014")
        if w in _CLAUSE_BREAKS:
            return False
    return False


def uncertainty_score(cues: tuple[HedgeCue, ...]) -> float:
    """The sum of the cue weights, a weak cue word counted once however often it recurs.

    A weak word repeated ("the potential ... a vector potential", "various shapes in various
    sizes") is the topic's vocabulary, not piling doubt on doubt.
    """
    seen: set[str] = set()
    total = 0.0
    for c in cues:
        if 0 < c.weight < MEDIUM and c.text.lower() not in _MODALS:
            key = c.text.lower()
            if key in seen:
                continue
            seen.add(key)
        total += c.weight
    return total


def strongest(cues: tuple[HedgeCue, ...]) -> HedgeCue | None:
    """The cue with the largest weight (the first of equals), or None if none is positive."""
    best: HedgeCue | None = None
    for c in cues:
        if c.weight > 0 and (best is None or c.weight > best.weight):
            best = c
    return best


def is_uncertain(text: str) -> str | None:
    """The words that make ``text`` uncertain, or None when it reads as certain."""
    cues = find_cues(text)
    if uncertainty_score(cues) < THRESHOLD:
        return None
    best = strongest(cues)
    return best.text if best is not None else None
